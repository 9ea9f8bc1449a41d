//! Layout: lines and paragraphs, the title, a news dateline, and the lines a
//! pasted web page drags along that are not part of the article
//! (`Advertisement`, `Leave a Reply`, bylines, photo credits, tag lists…).
//!
//! Boilerplate is recognised by general signals rather than a fixed list of
//! phrases: a short line with no sentence punctuation, vocabulary typical of
//! page furniture (share, subscribe, cookies, photo, credit…), a byline or a
//! timestamp shape, a list of tags.

use crate::language::{LayoutWords, WordList};
use crate::span::Span;
use crate::text::normalize::{fold_word_into, fold_word_push, is_space};
use crate::text::sentences::trimmed;
use crate::text::{cjk, has_char, has_substring};

/// One non-blank line of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Trimmed of white space.
    pub span: Span,
    /// Index of the paragraph (blank-line separated block) it belongs to.
    pub paragraph: usize,
}

/// The role a sentence plays in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The article's headline.
    Title,
    /// A heading or other short line without sentence punctuation.
    Heading,
    /// Page furniture: navigation, bylines, credits, calls to action…
    Boilerplate,
    /// Running text of the article.
    Body,
}

/// Splits the text into trimmed non-blank lines, numbering paragraphs.
/// `\n`, `\r\n` and a lone `\r` all end a line.
pub fn lines(text: &str) -> Vec<Line> {
    Lines::new(text).collect()
}

/// The lines of a text one at a time, as [`lines`] lists them (a text of
/// millions of tiny lines is read without a list of them).
#[derive(Debug, Clone)]
pub struct Lines<'t> {
    text: &'t str,
    /// Where the next line starts, or past the end when done.
    start: usize,
    paragraph: usize,
    blank_run: bool,
    /// Whether a line was handed out yet.
    any: bool,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Lines<'t> {
        Lines { text, start: 0, paragraph: 0, blank_run: false, any: false }
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let bytes = self.text.as_bytes();
        while self.start <= bytes.len() {
            let start = self.start;
            let end =
                start + bytes[start..].iter().position(|&b| b == b'\n' || b == b'\r').unwrap_or(bytes.len() - start);
            // The next line starts after this one's break (`\r\n` is one break).
            self.start = if end < bytes.len() && bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                end + 2
            } else {
                end + 1
            };
            match trimmed(self.text, start, end) {
                Some(span) => {
                    if self.blank_run && self.any {
                        self.paragraph += 1;
                    }
                    self.blank_run = false;
                    self.any = true;
                    return Some(Line { span, paragraph: self.paragraph });
                }
                None => self.blank_run = true,
            }
        }
        None
    }
}

/// Finds the title: the first line, before any running text, that reads as
/// a headline (see [`reads_as_headline`]: up to 25 words, ending without a
/// full stop, or with a question or exclamation mark), followed by more
/// text. Page furniture above it (navigation, sign-in links, share buttons)
/// is skipped, and so is a one- to three-word line such as a section name
/// when a longer headline follows it: a page pasted whole still has its
/// headline found. Returns the line's index. `lists`: the language's
/// furniture words.
pub fn find_title(text: &str, lines: &[Line], lists: &LayoutWords) -> Option<usize> {
    // A short heading (a section name, or a short title) kept in case no
    // longer headline follows before the running text.
    let mut short: Option<usize> = None;
    for (i, line) in lines.iter().enumerate().take(12) {
        if i + 1 >= lines.len() {
            break;
        }
        let s = line.span.slice(text);
        if classify_line(s, lists) == Role::Boilerplate {
            continue;
        }
        if !reads_as_headline(s) {
            break; // running text: a title, if any, was above
        }
        let words = word_count(s);
        if words >= 4 {
            return Some(i);
        }
        // A lone word below the top of the page is a menu entry, not a title.
        if short.is_none() && (i == 0 || words >= 2) {
            short = Some(i);
        }
    }
    short
}

/// Whether a line standing on its own reads as a headline: 1 to 25 words,
/// at most 250 bytes, some letters, and no full stop, comma, semicolon or
/// colon at the end, in Latin or CJK punctuation (a headline may end in `?`
/// or `!`).
pub fn reads_as_headline(line: &str) -> bool {
    let words = word_count(line);
    let last = line.chars().rev().find(|c| !is_space(*c)).unwrap_or(' ');
    (1..=25).contains(&words)
        && line.len() <= 250
        && !matches!(last, '.' | ',' | ';' | ':' | '…' | '。' | '，' | '；' | '：')
        && line.chars().any(char::is_alphabetic)
}

/// Whether a sentence cut off the start of its line reads as a headline run
/// into the article: a headline of at least two words (one is a section
/// name) that ends in a letter or digit, the cut the splitter makes without
/// punctuation.
pub fn reads_as_run_in_headline(sentence: &str) -> bool {
    reads_as_headline(sentence)
        && word_count(sentence) >= 2
        && sentence.trim_end_matches(is_space).chars().next_back().is_some_and(char::is_alphanumeric)
}

fn word_count(s: &str) -> usize {
    s.split(is_space).filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// How many of `list` the line holds: a phrase (with a space) anywhere in
/// it, a word as a whole word (`words` hold no space). A line holds each byte
/// pair of a word of it, so an entry with a pair missing is out before any
/// search; the others are compared with the line's few words (≤ 15 where
/// it is asked), not searched for in the list. `pairs` are the byte pairs
/// of `lower`.
fn count_in(list: WordList, lower: &str, pairs: &BytePairs, words: &Words) -> usize {
    list.iter()
        .filter(|f| {
            pairs.may_hold(f) && if has_char(f, ' ') { has_substring(lower, f) } else { words.iter().any(|w| w == *f) }
        })
        .count()
}

/// A line's words, folded, one after the other in one string: word `k` ends
/// at `ends[k]` (and starts where the one before it ends).
struct Words<'a> {
    folded: &'a str,
    ends: &'a [usize],
}

impl<'a> Words<'a> {
    fn iter(&self) -> impl Iterator<Item = &'a str> + 'a {
        let (folded, ends) = (self.folded, self.ends);
        std::iter::once(0).chain(ends.iter().copied()).zip(ends).map(move |(start, &end)| &folded[start..end])
    }
}

/// The buffers [`classify_line_in`] fills for each line, kept from one line
/// to the next by a caller that classifies many (no allocation per line once
/// they have grown).
#[derive(Default)]
pub struct LineScratch {
    /// The line's words, folded, one after the other (see [`Words`]).
    folded: String,
    ends: Vec<usize>,
    /// The whole line, folded.
    lower: String,
}

/// The pairs of adjacent bytes of a text, each byte cut to its low 5 bits (a
/// letter's place in the alphabet whatever its case): a text that holds a
/// phrase holds each of its pairs, so a phrase with a pair missing is not
/// searched for (most lines hold no furniture phrase, and a search scans
/// the whole line).
struct BytePairs([u32; 32]);

impl BytePairs {
    fn of(text: &str) -> BytePairs {
        let mut bits = [0u32; 32];
        for w in text.as_bytes().windows(2) {
            bits[(w[0] & 31) as usize] |= 1 << (w[1] & 31);
        }
        BytePairs(bits)
    }

    /// False when `phrase` cannot occur in the text.
    fn may_hold(&self, phrase: &str) -> bool {
        phrase.as_bytes().windows(2).all(|w| self.0[(w[0] & 31) as usize] & 1 << (w[1] & 31) != 0)
    }
}

/// Classifies a line that stands on its own (a whole line of the text), with
/// the furniture, timestamp and byline words of the text's language.
pub fn classify_line(line: &str, lists: &LayoutWords) -> Role {
    classify_line_in(line, lists, &mut LineScratch::default())
}

/// [`classify_line`] with buffers the caller keeps from one line to the next.
pub fn classify_line_in(line: &str, lists: &LayoutWords, scratch: &mut LineScratch) -> Role {
    let LineScratch { folded, ends, lower } = scratch;
    // The words, folded, one after the other in one string (not a string each).
    folded.clear();
    ends.clear();
    for w in line.split(|c: char| is_space(c) || c == '|' || c == '/' || c == ':' || c == '(' || c == ')') {
        fold_word_push(w.trim_matches(|c: char| !c.is_alphanumeric()), folded);
        if folded.len() > ends.last().copied().unwrap_or(0) {
            ends.push(folded.len());
        }
    }
    let words = Words { folded: &folded[..], ends: &ends[..] };
    // Chinese, Japanese, Thai: no spaces, so a "word" can be a whole clause.
    // An ASCII word counts one (no script without spaces in it).
    let n = words.iter().map(|w| if w.is_ascii() { 1 } else { cjk::estimated_words(w).max(1) }).sum::<usize>();
    let trimmed = line.trim_end_matches(|c: char| {
        is_space(c) || matches!(c, '"' | '\'' | ')' | '\u{201D}' | '\u{2019}' | ']' | '」' | '』' | '）')
    });
    let terminal = trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？', '｡']);
    if n == 0 {
        // Only symbols or punctuation: separators, bullets, emoji.
        return Role::Boilerplate;
    }
    fold_word_into(line, lower);
    let lower: &str = lower;
    // Counted only where a test reads them (most lines never get there); the
    // line's byte pairs made once for both lists.
    let pairs = std::cell::OnceCell::new();
    let pairs = || pairs.get_or_init(|| BytePairs::of(lower));
    let furniture = || count_in(lists.furniture, lower, pairs(), &words);
    let stamps = || count_in(lists.stamps, lower, pairs(), &words);
    // Counted only when a test reads them, as the lists are.
    let digits = || line.bytes().filter(u8::is_ascii_digit).count();
    let separators = || line.matches([',', '|', '•', '·']).count();

    if has_substring(lower, "cookie")
        && (has_substring(lower, "accept") || has_substring(lower, "consent") || has_substring(lower, "use of"))
        && n <= 60
    {
        return Role::Boilerplate;
    }
    // A copyright notice is a short line; a long one that ends with a
    // notice is an article pasted as one line.
    if (has_char(line, '©') || has_substring(lower, "all rights reserved")) && n <= 40 {
        return Role::Boilerplate;
    }
    if n <= 12 && matches!(furniture(), f if f >= 1 && (!terminal || f >= 2)) {
        return Role::Boilerplate;
    }
    // Byline: "By Jane Smith", "By Jane Smith and John Doe, CNN". English's
    // `by` opens one whatever follows (as it always did); the other
    // languages' byline words also open headings (`Von der Leyen warnt`,
    // `Por qué…`), so names must follow them.
    let first = &words.folded[..words.ends[0]];
    if lists.bylines.contains(first) && n <= 8 && !terminal && (first == "by" || names_follow(line)) {
        return Role::Boilerplate;
    }
    // Timestamp: "Updated 10:32 AM EST, Mon March 2, 2015".
    if n <= 15 && !terminal && digits() >= 2 && (stamps() >= 1 || has_char(line, ':')) {
        return Role::Boilerplate;
    }
    // A dateline or byline in any language, known by its shape: a time of
    // day ("07:19", "13h36"), or a date with field separators around it
    // ("Le Monde | 04.05.2015 à 13h36 | Par Claire Dubois", "AFP 30 avril
    // 2015 à 07:19").
    let fields = || line.matches(['|', '•', '·']).count();
    if !terminal && n <= 25 && (has_time(line) || (has_date(line) && (n <= 6 || fields() >= 1))) {
        return Role::Boilerplate;
    }
    // A list of tags or links: many separators, no sentence.
    if !terminal && n <= 25 && matches!(separators(), s if s >= 3 && s * 2 >= n / 2) {
        return Role::Boilerplate;
    }
    if !terminal && n <= 3 {
        // "/Article", "Leave a Reply", "Advertisement": too short to be a heading
        // worth keeping when it does not look like one (no capital start; a
        // script without case, such as Chinese, has no capitals to show).
        let first = line.chars().find(|c| c.is_alphanumeric()).unwrap_or('a');
        let capital = first.is_uppercase() || (first.is_alphabetic() && !first.is_lowercase());
        if !capital || line.starts_with(['/', '#', '>', '<', '[', '@', '*', '-', '|']) {
            return Role::Boilerplate;
        }
        return Role::Heading;
    }
    if !terminal && n <= 12 {
        return Role::Heading;
    }
    Role::Body
}

/// Whether the line holds a time of day: `07:19`, `9:14`, `13h36`.
fn has_time(line: &str) -> bool {
    let b = line.as_bytes();
    (1..b.len().saturating_sub(2)).any(|i| {
        matches!(b[i], b':' | b'h')
            && b[i - 1].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
            && (i + 3 == b.len() || !b[i + 3].is_ascii_digit())
            && (i < 3 || !b[i - 3].is_ascii_digit())
    })
}

/// Whether the line holds a numeric date (`04.05.2015`, `5/4/15`,
/// `2015-05-04`) or a day, a word and a year (`30 avril 2015`, `March 2,
/// 2015`).
fn has_date(line: &str) -> bool {
    // Both shapes hold digits (a numeric date's parts, a day and a year).
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let year =
        |t: &str| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) && (t.starts_with("19") || t.starts_with("20"));
    let day = |t: &str| (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    let word = |t: &str| t.chars().all(char::is_alphabetic) && crate::text::char_count(t) >= 3;
    // Three parts of 1 to 4 digits, at most one of 4.
    let numeric = |t: &str| {
        let (mut parts, mut long) = (0, 0);
        t.split(['.', '/', '-']).all(|p| {
            parts += 1;
            long += usize::from(p.len() == 4);
            (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
        }) && parts == 3
            && long <= 1
    };
    // One pass over the tokens, the last three in `w`: no allocation (most lines come here).
    let mut w = [""; 3];
    for (n, t) in line.split(|c: char| is_space(c) || c == ',').filter(|t| !t.is_empty()).enumerate() {
        if numeric(t) {
            return true;
        }
        w = [w[1], w[2], t];
        if n >= 2 && ((day(w[0]) && word(w[1]) && year(w[2])) || (word(w[0]) && day(w[1]) && year(w[2]))) {
            return true;
        }
    }
    false
}

/// True when every word of `line` after the first is capitalized or a short
/// joining word (`Par Claire Dubois`, `Door Jan de Vries`, `Von Anna Weber, dpa`).
fn names_follow(line: &str) -> bool {
    let rest = line.split(|c: char| is_space(c) || c == ',').filter(|w| w.chars().any(char::is_alphabetic)).skip(1);
    let mut names = 0;
    for w in rest {
        let first = w.chars().find(|c| c.is_alphabetic()).unwrap_or('a');
        if first.is_uppercase() {
            names += 1;
        } else if crate::text::char_count(w) > 3 {
            return false;
        }
    }
    names > 0
}

/// Finds a news dateline at the start of `sentence`: `(CNN)`, `(CNN) -- `,
/// `LONDON (Reuters) - `, `WASHINGTON — `. Returns its length in bytes
/// (including the white space after it), or 0.
pub fn dateline_len(sentence: &str) -> usize {
    let b = sentence.as_bytes();
    let mut i = 0;
    // Optional place in capitals: "LONDON", "NEW YORK", "SAN JOSE, Calif.,"
    let place_start = i;
    while i < b.len() && i < 60 && (b[i].is_ascii_uppercase() || b[i] == b' ' || b[i] == b',' || b[i] == b'.') {
        i += 1;
    }
    let place = &sentence[place_start..i];
    let caps_place = place.trim().len() >= 2 && place.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2;
    if i < b.len() && b[i] == b'(' {
        // "(CNN)", "(Reuters)", "(AP)"
        let close = match sentence[i..].find(')') {
            Some(c) if c <= 24 => i + c,
            _ => return 0,
        };
        let inner = &sentence[i + 1..close];
        if inner.is_empty() || !inner.chars().all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '.') {
            return 0;
        }
        if !inner.starts_with(|c: char| c.is_ascii_uppercase()) {
            return 0;
        }
        if !place.trim().is_empty() && !caps_place {
            return 0;
        }
        let mut j = close + 1;
        j = skip_dash(sentence, j);
        return j.min(sentence.len());
    }
    if caps_place {
        let j = skip_dash(sentence, i);
        if j > i && sentence[i..j].contains(['-', '\u{2014}', '\u{2013}']) {
            return j;
        }
    }
    0
}

/// Skips white space, an optional dash (`-`, `--`, `—`, `–`) and white space.
fn skip_dash(s: &str, mut j: usize) -> usize {
    let rest = &s[j..];
    let trimmed = rest.trim_start_matches(is_space);
    j += rest.len() - trimmed.len();
    let after_dash = trimmed.trim_start_matches(['-', '\u{2014}', '\u{2013}']);
    if after_dash.len() != trimmed.len() {
        j += trimmed.len() - after_dash.len();
        let t = &s[j..];
        j += t.len() - t.trim_start_matches(is_space).len();
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::ENGLISH;

    #[test]
    fn byte_pairs_never_rule_out_a_phrase_the_text_holds() {
        let texts = ["share this article on twitter", "sign up for our newsletter", "Ünïcode – “quoted” ©", "a"];
        for text in texts {
            let pairs = BytePairs::of(text);
            // Every piece of the text is held; a phrase not in it may be ruled out.
            for i in 0..text.len() {
                for j in i..=text.len() {
                    if let Some(piece) = text.get(i..j) {
                        assert!(pairs.may_hold(piece), "{text:?} {piece:?}");
                    }
                }
            }
        }
        let pairs = BytePairs::of("share this article");
        assert!(!pairs.may_hold("sign up"));
        assert!(!pairs.may_hold("follow us"));
    }

    #[test]
    fn lines_and_paragraphs() {
        let text = "Title\r\n\r\nOne.\nTwo.\r\rThree.";
        let ls = lines(text);
        let got: Vec<(&str, usize)> = ls.iter().map(|l| (l.span.slice(text), l.paragraph)).collect();
        assert_eq!(got, [("Title", 0), ("One.", 1), ("Two.", 1), ("Three.", 2)]);
    }

    #[test]
    fn boilerplate_lines() {
        for line in [
            "/Article",
            "Leave a Reply",
            "Advertisement",
            "Share this article",
            "Read more",
            "Sign up for our newsletter",
            "Photo: Getty Images",
            "By Jane Smith",
            "Updated 10:32 AM EST, Mon March 2, 2015",
            "Tags: AI, Microsoft, CoreWeave, cloud, IPO",
            "We use cookies to improve your experience. By continuing you accept our use of cookies.",
            "© 2026 Example News. All rights reserved.",
        ] {
            assert_eq!(classify_line(line, &ENGLISH.layout), Role::Boilerplate, "{line}");
        }
        for line in [
            "Microsoft has decided not to exercise its option to purchase capacity.",
            "The company said it would share the details with regulators next week.",
        ] {
            assert_eq!(classify_line(line, &ENGLISH.layout), Role::Body, "{line}");
        }
    }

    #[test]
    fn run_in_headlines() {
        let cases = [
            ("a headline", "Prefeitura adia reforma da ponte", true),
            ("ends in a digit", "Inflação sobe em 1994", true),
            ("two words", "Recurso negado", true),
            ("one word is a section name", "Execução", false),
            ("an emoticon", "Loved it :-)", false),
            ("a colon", "Veja as regras:", false),
            ("a full stop", "A ponte caiu.", false),
        ];
        let bad: Vec<_> = cases.iter().filter(|(_, s, want)| reads_as_run_in_headline(s) != *want).collect();
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn titles() {
        let long = "Warm winter lets a rare alpine flower bloom two months early in Norway, and scientists fear its \
                    pollinators will not be ready";
        let too_long = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
                        sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three four five six";
        let cases: Vec<(String, Option<&str>)> = vec![
            (
                "Can Harbour City keep its night buses?\n\nThe transit authority will cut routes.".into(),
                Some("Can Harbour City keep its night buses?"),
            ),
            (
                "Riverside Rovers win the cup at last!\n\nThe club won on Saturday.".into(),
                Some("Riverside Rovers win the cup at last!"),
            ),
            (format!("{long}\n\nA rare flower has bloomed early."), Some(long)),
            (
                "Skip to main content\nMenu\nHome | World | Business | Tech | Sport\nSearch\nSign in\n\n\
                 Chipmaker Veltron to build plant in Ohio\n\nBy Sarah Lindqvist\nVeltron will build a factory."
                    .into(),
                Some("Chipmaker Veltron to build plant in Ohio"),
            ),
            (
                "Technology\nChipmaker Veltron to build plant in Ohio\n\nVeltron will build a factory.".into(),
                Some("Chipmaker Veltron to build plant in Ohio"),
            ),
            (
                "Where do strained U.S.-Israeli relations go after Netanyahu's victory?\nBy Ann Lee\n\n\
                 The two governments have drifted apart."
                    .into(),
                Some("Where do strained U.S.-Israeli relations go after Netanyahu's victory?"),
            ),
            (
                "长江流域今年冬季降水偏少 多地启动抗旱应急响应\n\n记者从水利部门获悉，今年入冬以来降水偏少。".into(),
                Some("长江流域今年冬季降水偏少 多地启动抗旱应急响应"),
            ),
            (
                "週末の低山ハイキングで気をつけたい三つのこと\n\n秋は低山ハイキングにいちばん良い季節です。".into(),
                Some("週末の低山ハイキングで気をつけたい三つのこと"),
            ),
            ("秋は低山ハイキングにいちばん良い季節です。\n標高が低い山でも道に迷います。".into(), None),
            ("Bees\n\nHoneybees dance to share where food is.".into(), Some("Bees")),
            ("Short Title\nBy Jane Smith\n\nThe body starts here.".into(), Some("Short Title")),
            ("The council approved the plan on Tuesday.\nIt will start in March.".into(), None),
            ("Dear John,\nThe plan starts in March.".into(), None),
            (format!("{too_long}\n\nThe body starts here."), None),
            ("Only one line?".into(), None),
        ];
        let mut failures = Vec::new();
        for (text, expected) in &cases {
            let ls = lines(text);
            let got = find_title(text, &ls, &ENGLISH.layout).map(|i| ls[i].span.slice(text));
            if got != *expected {
                failures.push(format!("{text:?}: got {got:?}, expected {expected:?}"));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn datelines_and_bylines_in_any_language() {
        let long_line =
            format!("{} © 2015 The Hollywood Reporter. All rights reserved.", "The actor has died at 86. ".repeat(20));
        let mut failures = Vec::new();
        for line in [
            "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 04.05.2015 à 15h02 | Par Claire Dubois",
            "AFP 30 avril 2015 à 07:19",
            "Publié le 12/03/2021 à 18h45",
            "Von Anna Schmidt | 12.03.2021, 18:45 Uhr",
            "Actualizado: 30 abr 2015 - 07:19",
            "Published 9:14 AM EDT, Tue May 5, 2026",
            "Pubblicato il 2015-05-04",
        ] {
            if classify_line(line, &ENGLISH.layout) != Role::Boilerplate {
                failures.push(format!("{line:?} is not boilerplate"));
            }
        }
        for line in [
            "The vote was moved to 12.03.2021 after the court ruled.",
            "Warm winter lets a rare alpine flower bloom two months early in Norway",
            "Election results for March 2, 2015 and what they mean for the country's next government",
            long_line.as_str(),
        ] {
            if classify_line(line, &ENGLISH.layout) == Role::Boilerplate {
                failures.push(format!("{line:?} is boilerplate"));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    /// Other languages' furniture, timestamps and bylines, and the headings
    /// their byline words open, as one table (every failure listed).
    #[cfg(feature = "languages")]
    #[test]
    fn boilerplate_lines_per_language() {
        use crate::language::Language::{De, Es, Fr, It, Nl, Pt};
        let mut bad = Vec::new();
        for (lang, line, want) in [
            (Fr, "Par Claire Dubois", Role::Boilerplate),
            (Fr, "Publié le 04.05.2015 à 13h36 - Mis à jour le 04.05.2015 à 15h02", Role::Boilerplate),
            (Fr, "Lire aussi : la réforme des retraites", Role::Boilerplate),
            (Fr, "Par amour du rugby", Role::Heading),
            (De, "Von Claudia Schmidt, dpa", Role::Boilerplate),
            (De, "Aktualisiert am 12.03.2026, 13:36 Uhr", Role::Boilerplate),
            (De, "Von der Leyen warnt vor neuen Zöllen", Role::Heading),
            (Es, "Por Ana García y Luis Pérez", Role::Boilerplate),
            (Es, "Por qué sube el precio del alquiler", Role::Heading),
            (It, "Leggi anche: il piano per il traffico", Role::Boilerplate),
            (Pt, "Atualizado em 04/05/2015 às 13h36", Role::Boilerplate),
            (Nl, "Door Jan de Vries", Role::Boilerplate),
            (Nl, "Door de storm vallen bomen om", Role::Heading),
            (Fr, "La mairie de Lyon a inauguré mardi un nouveau réseau de pistes cyclables.", Role::Body),
        ] {
            let got = classify_line(line, lang.profile().layout_words());
            if got != want {
                bad.push(format!("{lang} {line:?}: {got:?}, expected {want:?}"));
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn datelines() {
        for (s, d) in [
            ("(CNN)If you've been following", "(CNN)"),
            ("(CNN) -- The president said", "(CNN) -- "),
            ("LONDON (Reuters) - Shares fell", "LONDON (Reuters) - "),
            ("WASHINGTON — The Senate voted", "WASHINGTON — "),
            ("The Senate voted (CNN)", ""),
            ("I (and my friend) went", ""),
            ("US shares fell", ""),
        ] {
            assert_eq!(&s[..dateline_len(s)], d, "{s}");
        }
    }
}
