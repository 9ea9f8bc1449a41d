//! Language identification for article-length text, in a few kilobytes.
//!
//! Two steps: the writing system decides outright for most non-Latin
//! languages (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Hangul,
//! kana, Han…); Latin-script text is then scored by how many of its words are
//! the commonest function words of each language, and by the letters that
//! mark each language's words (`ã` and `ção` Portuguese, `ñ` Spanish, `ij`
//! Dutch, `ß` German). On a paragraph or more of running text this is as
//! reliable as trigram models, and it costs about 3 KB of word lists instead
//! of the ≈ 69 KB (gzipped, in WebAssembly) that whatlang's trigram profiles
//! cost — more than half the page's budget. The letters carry short texts, a
//! sentence or a headline, that have too few function words to tell
//! (docs/languages.md, "Identification").
//!
//! The function words and letters are each language file's `[identification]`
//! table; its `priority` breaks ties (English, the fallback, first).

use super::{profile, tables::BY_FUNCTION_WORDS, Language, WordList};

/// Scripts that identify a language by themselves (or nearly).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Bengali,
    Tamil,
    Thai,
    Hangul,
    Kana,
    Han,
}

fn script(c: char) -> Option<Script> {
    Some(match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x400..=0x52F => Script::Cyrillic,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x590..=0x5FF => Script::Hebrew,
        0x900..=0x97F => Script::Devanagari,
        0x980..=0x9FF => Script::Bengali,
        0xB80..=0xBFF => Script::Tamil,
        0xE00..=0xE7F => Script::Thai,
        0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => Script::Hangul,
        0x3040..=0x30FF | 0x31F0..=0x31FF => Script::Kana,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF => Script::Han,
        _ => return None,
    })
}

/// The language of `sample`, or `None` when there is too little text to tell.
pub fn identify(sample: &str) -> Option<Language> {
    let mut counts = [0usize; 12];
    for c in sample.chars() {
        if let Some(s) = script(c) {
            counts[s as usize] += 1;
        }
    }
    let total: usize = counts.iter().sum();
    if total < 8 {
        return None;
    }
    let (top, _) = counts.iter().enumerate().max_by_key(|(i, n)| (**n, usize::MAX - i)).unwrap();
    let n = |s: Script| counts[s as usize];
    let has = |chars: &str| sample.chars().any(|c| crate::text::has_char(chars, c));
    // Japanese mixes kana and Han; any real share of kana means Japanese.
    if n(Script::Kana) * 10 >= n(Script::Kana) + n(Script::Han) && n(Script::Kana) > 0 && top >= Script::Kana as usize {
        return Some(Language::Ja);
    }
    match top {
        t if t == Script::Cyrillic as usize => Some(if has("іїєґІЇЄҐ") { Language::Uk } else { Language::Ru }),
        t if t == Script::Greek as usize => Some(Language::El),
        t if t == Script::Arabic as usize => Some(if has("پچژگ") { Language::Fa } else { Language::Ar }),
        t if t == Script::Hebrew as usize => Some(Language::He),
        t if t == Script::Devanagari as usize => Some(Language::Hi),
        t if t == Script::Bengali as usize => Some(Language::Bn),
        t if t == Script::Tamil as usize => Some(Language::Ta),
        t if t == Script::Thai as usize => Some(Language::Th),
        t if t == Script::Hangul as usize => Some(Language::Ko),
        t if t == Script::Kana as usize => Some(Language::Ja),
        t if t == Script::Han as usize => Some(Language::Zh),
        _ => latin(sample),
    }
}

/// Scores Latin-script text by function words and marking letters. A word
/// on several lists (`de` is Dutch, French, Spanish, Portuguese…) counts for
/// each of them in proportion, so shared words cannot outvote distinctive
/// ones; so does each marking letter a word holds (`ö`: German, Swedish,
/// Finnish, Hungarian, Turkish).
fn latin(sample: &str) -> Option<Language> {
    let lists = BY_FUNCTION_WORDS.map(|l| profile(l).function_words);
    let letters = BY_FUNCTION_WORDS.map(|l| profile(l).letters);
    let mut scores = [0f32; BY_FUNCTION_WORDS.len()];
    let mut words = 0usize;
    let mut lower = String::new();
    // Apostrophes stay inside words: the `s` of English `Tunisia's` is not
    // the Czech or Slovak `s` (a text of three such words came out Czech).
    let is_apostrophe = |c: char| c == '\'' || c == '\u{2019}';
    let split = sample.split(|c: char| !c.is_alphabetic() && !is_apostrophe(c));
    for word in split.map(|w| w.trim_matches(is_apostrophe)).filter(|w| !w.is_empty()) {
        words += 1;
        lower.clear();
        lower.extend(word.chars().flat_map(crate::text::lowercase::lowercase));
        share(&mut scores, &lists, &lower);
        for (l, marks) in letters.iter().enumerate() {
            // Each mark the word holds counts once, from the first list that has it.
            for mark in marks.iter().filter(|m| lower.contains(m)) {
                if !letters[..l].iter().any(|earlier| earlier.contains(mark)) {
                    share(&mut scores, &letters, mark);
                }
            }
        }
    }
    let (best, &score) = scores.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))?;
    // At least a few function words, and a tenth of all words for short texts.
    if score < 1.5 || score * 10.0 < words.min(40) as f32 {
        return None;
    }
    Some(BY_FUNCTION_WORDS[best])
}

/// One point for `key` (a function word, a marking letter), shared among the
/// languages whose list holds it.
fn share(scores: &mut [f32], lists: &[WordList], key: &str) {
    let shared = lists.iter().filter(|list| list.contains(key)).count();
    for (score, list) in scores.iter_mut().zip(lists) {
        if list.contains(key) {
            *score += 1.0 / shared as f32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::identify;
    use crate::language::Language;

    #[test]
    fn an_english_clitic_is_not_a_czech_word() {
        let text = "Tunisia's president dissolved parliament on Wednesday, deepening a political crisis that began last summer.\nMore on this story\nWhy Tunisia's democracy is in danger\nWhy Tunisia matters to Europe's migration plans";
        assert_ne!(identify(text), Some(Language::Cs));
        assert_eq!(Language::detect(text), Language::En);
        assert_eq!(identify("Prezident s vládou jednal o tom, že to je v pořádku a on to ví."), Some(Language::Cs));
    }

    #[test]
    fn identifies_a_single_short_sentence() {
        // One sentence has too few function words to tell most languages apart; the letters that
        // mark each language's words carry it (all of these but English came out English before).
        let cases = [
            ("pt", "Ela comprou um carro novo na semana passada."),
            ("pt", "Informações sobre a votação serão divulgadas amanhã."),
            ("it", "La settimana scorsa ha comprato una macchina nuova."),
            ("fr", "Elle a acheté une nouvelle voiture la semaine dernière."),
            ("de", "Sie kaufte letzte Woche ein neues Auto."),
            ("nl", "Ze kocht vorige week een nieuwe auto."),
            ("es", "El gobierno aprobó ayer la reforma de las pensiones."),
            ("hu", "Tegnap vett egy új autót a városban."),
            ("tr", "Geçen hafta yeni bir araba aldı."),
            ("pl", "W zeszłym tygodniu kupiła nowy samochód."),
            ("ro", "Săptămâna trecută și-a cumpărat o mașină nouă."),
            ("vi", "Tuần trước cô ấy đã mua một chiếc xe mới."),
            // English keeps its short sentences (`a`, `in` and `I` are other languages' words too).
            ("en", "She bought a new car last week."),
            ("en", "How can I get a visa in Auckland?"),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(code, text)| Language::detect(text).code() != *code)
            .map(|(code, text)| format!("{code}: got {} for {text}", Language::detect(text).code()))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn identifies_common_languages() {
        let cases = [
            ("fr", "La ville de Lyon inaugure un nouveau réseau de pistes cyclables. La métropole de Lyon a inauguré samedi un réseau de quarante kilomètres de pistes cyclables reliant le centre-ville aux communes de la périphérie."),
            ("ro", "Guvernul a anunțat marți că nu va prelungi programul, care a fost criticat de mai multe grupuri pentru că este prea scump."),
            ("en", "The government announced on Tuesday that it would not extend the programme, which has been criticised by several groups."),
            ("fr", "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui est très contestée par les syndicats."),
            ("de", "Die Regierung hat am Dienstag angekündigt, dass sie das Programm nicht verlängern wird, was auf Kritik stößt."),
            ("es", "El gobierno anunció el martes que no prorrogará el programa, que ha sido criticado por varios grupos."),
            ("it", "Il governo ha annunciato martedì che non prorogherà il programma, che è stato criticato da diversi gruppi."),
            ("pt", "O governo anunciou na terça-feira que não vai prorrogar o programa, que foi criticado por vários grupos."),
            ("nl", "De regering heeft dinsdag aangekondigd dat het programma niet wordt verlengd, wat door veel groepen is bekritiseerd."),
            ("sv", "Regeringen meddelade på tisdagen att programmet inte kommer att förlängas, vilket har kritiserats av flera grupper."),
            ("ru", "Правительство объявило во вторник, что не будет продлевать программу, которую критикуют многие группы."),
            ("uk", "Уряд оголосив у вівторок, що не продовжуватиме програму, яку критикують багато груп."),
            ("el", "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι δεν θα παρατείνει το πρόγραμμα."),
            ("ar", "أعلنت الحكومة يوم الثلاثاء أنها لن تمدد البرنامج الذي انتقدته عدة مجموعات."),
            ("he", "הממשלה הודיעה ביום שלישי כי לא תאריך את התוכנית שספגה ביקורת."),
            ("zh", "政府周二宣布不会延长该计划，该计划受到多个团体的批评。"),
            ("ja", "政府は火曜日、この計画を延長しないと発表した。多くの団体が批判している。"),
            ("ko", "정부는 화요일 이 프로그램을 연장하지 않겠다고 발표했다."),
            ("th", "รัฐบาลประกาศเมื่อวันอังคารว่าจะไม่ขยายโครงการดังกล่าว"),
            ("hi", "सरकार ने मंगलवार को घोषणा की कि वह कार्यक्रम का विस्तार नहीं करेगी।"),
            ("da", "Regeringen meddelte tirsdag, at programmet ikke bliver forlænget, og det er blevet kritiseret af flere grupper."),
            ("nb", "Regjeringen kunngjorde tirsdag at programmet ikke blir forlenget, og det har blitt kritisert av flere grupper."),
            ("fi", "Hallitus ilmoitti tiistaina, että ohjelmaa ei jatketa, ja sitä on arvosteltu, koska se on kallis."),
            ("hu", "A kormány kedden bejelentette, hogy nem hosszabbítja meg a programot, amelyet több csoport is bírált."),
            ("tr", "Hükümet salı günü yaptığı açıklamada, birçok grup tarafından eleştirilen bu programı uzatmayacağını ve daha fazla bir şey yapmayacağını söyledi."),
            ("pl", "Rząd ogłosił we wtorek, że nie przedłuży programu, który jest krytykowany przez wiele grup, i to już po raz drugi."),
            ("cs", "Vláda v úterý oznámila, že program neprodlouží, protože je podle mnoha skupin příliš drahý a také neúčinný."),
            ("vi", "Chính phủ đã thông báo vào thứ Ba rằng sẽ không gia hạn chương trình này, vốn bị nhiều nhóm chỉ trích."),
            ("id", "Pemerintah mengumumkan pada hari Selasa bahwa program itu tidak akan diperpanjang karena dikritik oleh banyak kelompok."),
            ("fa", "دولت روز سه‌شنبه اعلام کرد که این برنامه را تمدید نمی‌کند و گروه‌های زیادی از آن انتقاد کرده‌اند."),
            ("bn", "সরকার মঙ্গলবার ঘোষণা করেছে যে তারা কর্মসূচিটি আর বাড়াবে না।"),
            ("ta", "அரசாங்கம் செவ்வாய்க்கிழமை இந்தத் திட்டத்தை நீட்டிக்கப் போவதில்லை என்று அறிவித்தது."),
        ];
        let mut wrong = Vec::new();
        for (code, text) in cases {
            let got = identify(text);
            if got.map(Language::code) != Some(code) {
                wrong.push(format!("{code}: got {got:?} for {text}"));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
        // Every language file has a case here.
        let missing: Vec<&str> =
            Language::ALL.iter().map(|l| l.code()).filter(|c| !cases.iter().any(|(code, _)| code == c)).collect();
        assert!(missing.is_empty(), "no identification case for {missing:?}");
    }

    #[test]
    fn ties_go_to_the_lower_priority() {
        // `for` is English, Danish and Norwegian: English has priority 0.
        assert_eq!(identify("for for for for for"), Some(Language::En));
        // `og` and `ikke` are Danish and Norwegian: Danish comes first.
        assert_eq!(identify("og ikke og ikke og ikke"), Some(Language::Da));
    }

    #[test]
    fn too_little_text_is_unknown() {
        assert_eq!(identify(""), None);
        assert_eq!(identify("12345 !!"), None);
        assert_eq!(identify("Xyzzy"), None);
    }
}
