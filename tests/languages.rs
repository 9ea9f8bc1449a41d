//! Each language with a word-list file: its keywords are content words,
//! never its function words, and an analysis says what it does not support.
//!
//! The articles are short texts written for this test. The function words
//! checked are listed here by hand, not read from languages/*.toml, so a
//! list that loses a word (or an elision that stops being cut off) fails.
#![cfg(feature = "languages")]

use nutshell::{Analyzer, Capability, Language};

struct Case {
    language: Language,
    text: &'static str,
    /// Words that must be among the top keywords (lowercase, any of a
    /// keyword's words).
    expected: &'static [&'static str],
    /// Function words none of the top keywords may start or end with.
    function_words: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        language: Language::De,
        text: "Die Deutsche Bahn erhöht die Preise für Fahrkarten. \
               Die neuen Preise für Fahrkarten gelten ab dem nächsten Monat in ganz Deutschland. \
               Nach Angaben der Bahn steigen die Kosten für Energie und Personal. \
               Fahrgastverbände kritisieren die Erhöhung der Preise scharf. \
               Sie fordern von der Bahn mehr Pünktlichkeit statt höherer Preise für Fahrkarten.",
        expected: &["preise", "fahrkarten", "bahn"],
        function_words: &["der", "die", "das", "und", "für", "von", "nach", "den", "dem", "mehr", "sie", "statt"],
    },
    Case {
        language: Language::Fr,
        text: "La mairie de Lyon a inauguré mardi un nouveau réseau de pistes cyclables. \
               Selon la mairie, les pistes cyclables relieront tous les quartiers de l'agglomération d'ici deux ans. \
               Les associations de cyclistes saluent l'effort de la ville, mais elles regrettent le retard des travaux. \
               L'opposition dénonce le coût du réseau, qu'elle juge trop élevé pour les finances de la ville. \
               Le réseau de pistes cyclables doit être achevé avant l'été.",
        expected: &["pistes", "cyclables", "réseau"],
        function_words: &["la", "le", "les", "de", "des", "du", "l'", "d'", "qu'", "un", "une", "pour", "mais", "avant"],
    },
    Case {
        language: Language::Es,
        text: "El gobierno de España aprobó el martes una nueva ley de vivienda. \
               La ley de vivienda limita el precio del alquiler en las grandes ciudades. \
               Según el gobierno, el precio del alquiler ha subido un veinte por ciento en cinco años. \
               Los propietarios critican la ley porque, según ellos, reducirá la oferta de vivienda. \
               Los inquilinos, por su parte, piden que el precio del alquiler baje aún más.",
        expected: &["vivienda", "alquiler", "precio"],
        function_words: &["el", "la", "los", "las", "de", "del", "por", "que", "una", "un", "en", "su", "según"],
    },
    Case {
        language: Language::It,
        text: "Il comune di Milano ha presentato un nuovo piano per il traffico. \
               Il piano per il traffico prevede nuove corsie per gli autobus e più parcheggi per le biciclette. \
               Secondo il sindaco, il traffico nel centro della città è diminuito negli ultimi anni. \
               I commercianti temono che il piano allontani i clienti dai negozi del centro. \
               Il consiglio comunale voterà il piano per il traffico entro dell'estate.",
        expected: &["piano", "traffico"],
        function_words: &["il", "la", "le", "di", "del", "della", "per", "che", "un", "nel", "negli", "dell'", "i", "gli"],
    },
    Case {
        language: Language::Pt,
        text: "O governo de Portugal anunciou um novo programa de apoio à habitação. \
               O programa de apoio à habitação destina-se às famílias com rendimentos baixos. \
               Segundo o governo, o preço das casas subiu muito nos últimos anos. \
               Os partidos da oposição dizem que o programa chega tarde e que o apoio é insuficiente. \
               O programa de apoio entra em vigor no próximo mês.",
        expected: &["programa", "apoio", "habitação"],
        function_words: &["o", "a", "os", "as", "de", "da", "das", "do", "à", "às", "um", "que", "com", "em", "no"],
    },
    Case {
        language: Language::Nl,
        text: "De gemeente Amsterdam wil het aantal toeristen in de binnenstad beperken. \
               Volgens de gemeente zorgen de toeristen voor overlast in de binnenstad. \
               Daarom komen er minder hotels en worden de regels voor vakantieverhuur strenger. \
               Ondernemers in de binnenstad vrezen dat ze minder klanten krijgen. \
               De gemeenteraad stemt volgende maand over het plan voor de binnenstad.",
        expected: &["binnenstad", "toeristen", "gemeente"],
        function_words: &["de", "het", "een", "van", "voor", "in", "en", "er", "dat", "ze", "volgens", "daarom"],
    },
];

fn analyzer(language: Language) -> Analyzer {
    Analyzer::builder().language(Some(language)).keywords(6).build().unwrap()
}

/// Every case, every failure listed.
#[test]
fn keywords_are_content_words() {
    let mut bad = Vec::new();
    for case in CASES {
        let lang = case.language;
        let keywords = analyzer(lang).keywords(case.text).unwrap();
        let texts: Vec<String> = keywords.iter().map(|k| k.text.to_lowercase()).collect();
        for want in case.expected {
            if !texts.iter().any(|k| k.split([' ', '-']).any(|w| w == *want)) {
                bad.push(format!("{lang}: {want:?} is not among {texts:?}"));
            }
        }
        for k in &texts {
            let words: Vec<&str> = k.split(' ').collect();
            for edge in [words[0], words[words.len() - 1]] {
                let elided = edge.find(['\'', '’']).map(|i| &edge[..=i]);
                if case.function_words.contains(&edge) || elided.is_some_and(|e| case.function_words.contains(&e)) {
                    bad.push(format!("{lang}: keyword {k:?} starts or ends with a function word"));
                }
            }
        }
        // Every span is an occurrence of the keyword or of another form of
        // it (`nuove` for `nuovo`): the same first letters.
        for kw in &keywords {
            let head: String = kw.text.to_lowercase().chars().take(3).collect();
            for s in &kw.spans {
                let piece = case.text.get(s.start..s.end).unwrap_or("").to_lowercase();
                if !piece.starts_with(&head) {
                    bad.push(format!("{lang}: span {piece:?} of keyword {:?}", kw.text));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn the_language_is_detected() {
    let mut bad = Vec::new();
    for case in CASES {
        let found = Analyzer::new().analyze(case.text).unwrap().language;
        if found != case.language.code() {
            bad.push(format!("{}: detected as {found}", case.language));
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn analyses_say_what_they_do_not_support() {
    let english =
        "The council approved the new budget on Monday. The budget raises spending on schools by $12 million. \
                   Critics said the budget ignores roads.";
    let a = Analyzer::new().analyze(english).unwrap();
    assert!(a.unsupported.is_empty(), "{:?}", a.unsupported);

    // German: its stop words, its entity rules and its model: everything.
    let a = analyzer(Language::De).analyze(CASES[0].text).unwrap();
    assert!(a.unsupported.is_empty(), "{:?}", a.unsupported);
    assert!(!a.keywords.is_empty());
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["unsupported"], serde_json::json!([]));

    // Greek has no word lists: a summary, and neither keywords nor entities.
    let greek = "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία. Τα μέτρα αφορούν τις μικρές επιχειρήσεις. \
                 Η αντιπολίτευση ζητά περισσότερη στήριξη για τις οικογένειες.";
    let a = Analyzer::new().analyze(greek).unwrap();
    assert_eq!(a.language, "el");
    assert_eq!(a.unsupported, [Capability::Keywords, Capability::Entities]);
    assert!(a.keywords.is_empty() && a.entities.is_empty());
    assert!(!a.summary.is_empty());
}

#[test]
fn every_language_is_listed_with_a_summary() {
    let list = Analyzer::new().languages();
    assert_eq!(list.len(), Language::ALL.len());
    assert!(list.iter().all(|l| l.summary));
    let with_keywords: Vec<&str> = list.iter().filter(|l| l.keywords).map(|l| l.code).collect();
    // Chinese, Japanese and Thai keywords are character n-grams: no stop words needed.
    assert_eq!(with_keywords, ["de", "en", "es", "fr", "it", "ja", "nl", "pt", "th", "zh"]);
    // The entity rules know the six languages' money and date words (and de, fr, nl have models).
    let with_entities: Vec<&str> = list.iter().filter(|l| l.entities).map(|l| l.code).collect();
    assert_eq!(with_entities, ["de", "en", "es", "fr", "it", "nl", "pt"]);
}
