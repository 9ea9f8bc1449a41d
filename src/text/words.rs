//! Words: tokens with byte spans, and the index terms made of them (stop
//! words and stems, from the language's profile).

use crate::language::{Language, Profile, WordList};
use crate::span::Span;
use crate::text::normalize::{fold_char, fold_word_into};
use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;

/// What kind of thing a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Contains at least one letter.
    Word,
    /// Digits, possibly with separators (`3.5`, `2,100`).
    Number,
}

/// A word or number found in the text (punctuation and space are skipped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawToken {
    pub span: Span,
    pub kind: TokenKind,
}

/// Splits `text` into word and number tokens by the Unicode word-boundary
/// rules (UAX #29: `don't`, `l'État`, `3.5`, `2,100`, `snake_case` and
/// Katakana runs stay whole; each ideograph, Hiragana and Thai letter is a
/// token of its own; marks stay on their letter), keeping their byte spans.
///
/// The rules are applied here over core's `char` properties instead of
/// unicode-segmentation's word-category table, ≈ 6 KB gzipped of the page's
/// first module; the few characters classed differently are listed in
/// docs/segmentation.md, "Word tokens", and tests/word_bounds.rs compares
/// both on every fixture and on every code point.
pub fn tokenize(text: &str, offset: usize, out: &mut Vec<RawToken>) {
    let bytes = text.as_bytes();
    let mut units = Units { text, at: 0 };
    let mut next = units.next();
    let mut start = 0;
    // The classes of the two units before the current one and of the one
    // after it: WB6/7, WB7b/c and WB11/12 look across a middle character.
    let (mut before, mut last) = (Wb::Other, Wb::Other);
    while let Some((at, class, end)) = next {
        next = units.next();
        let after = next.map_or(Wb::Other, |n| n.1);
        if at > 0 && !joins(before, last, class, after) {
            push(text, offset, start, at, out);
            start = at;
        }
        (before, last) = (last, end);
        // A run of ASCII letters and digits (most of a word): each is a unit
        // of one byte that joins the one before it (WB5, WB8–10), whatever
        // surrounds the run. Skipped to its last byte, which goes the usual
        // way (a mark may follow it).
        let alnum = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_alphanumeric);
        if alnum(at) && alnum(at + 1) && alnum(at + 2) {
            let mut j = at + 3;
            while alnum(j) {
                j += 1;
            }
            let class_of = |k: usize| if bytes[k].is_ascii_digit() { Wb::Numeric } else { Wb::Letter };
            (before, last) = (class_of(j - 3), class_of(j - 2));
            units.at = j - 1;
            next = units.next();
        }
    }
    push(text, offset, start, text.len(), out);
}

/// The segment `text[start..end]` as a token when it holds a letter or a digit.
fn push(text: &str, offset: usize, start: usize, end: usize, out: &mut Vec<RawToken>) {
    if start >= end {
        return;
    }
    // Most segments: a word that starts with an ASCII letter, or one space or
    // punctuation mark.
    match text.as_bytes()[start] {
        b if b.is_ascii_alphabetic() => {
            out.push(RawToken { span: Span::new(offset + start, offset + end), kind: TokenKind::Word });
            return;
        }
        b if b.is_ascii() && !b.is_ascii_digit() && end == start + 1 => return,
        _ => {}
    }
    let mut letters = false;
    let mut digits = false;
    for c in text[start..end].chars() {
        if c.is_alphabetic() {
            letters = true;
            break;
        }
        if c.is_numeric() {
            digits = true;
        }
    }
    let kind = if letters {
        TokenKind::Word
    } else if digits {
        TokenKind::Number
    } else {
        return;
    };
    out.push(RawToken { span: Span::new(offset + start, offset + end), kind });
}

/// True when there is no word boundary between a unit of class `cur` and the
/// one before it (`last`, with `before` the one before that inside the same
/// segment); `after` is the unit that follows `cur`. UAX #29 rules WB5-WB13b.
fn joins(before: Wb, last: Wb, cur: Wb, after: Wb) -> bool {
    use Wb::*;
    let ah = |c: Wb| matches!(c, Letter | Hebrew);
    let mid_letter = |c: Wb| matches!(c, MidLetter | MidNumLet | SingleQuote);
    let mid_num = |c: Wb| matches!(c, MidNum | MidNumLet | SingleQuote);
    match (last, cur) {
        (Newline, _) | (_, Newline) => false,
        (Space, Space) => true,                                                       // WB3d
        (l, c) if ah(l) && ah(c) => true,                                             // WB5
        (l, c) if ah(l) && mid_letter(c) && ah(after) => true,                        // WB6
        (l, c) if mid_letter(l) && ah(c) && ah(before) => true,                       // WB7
        (Hebrew, SingleQuote) => true,                                                // WB7a
        (Hebrew, DoubleQuote) => after == Hebrew,                                     // WB7b
        (DoubleQuote, Hebrew) => before == Hebrew,                                    // WB7c
        (Numeric, Numeric) => true,                                                   // WB8
        (l, Numeric) if ah(l) => true,                                                // WB9
        (Numeric, c) if ah(c) => true,                                                // WB10
        (l, Numeric) if mid_num(l) => before == Numeric,                              // WB11
        (Numeric, c) if mid_num(c) => after == Numeric,                               // WB12
        (Katakana, Katakana) => true,                                                 // WB13
        (l, ExtendNumLet) => ah(l) || matches!(l, Numeric | Katakana | ExtendNumLet), // WB13a
        (ExtendNumLet, c) => ah(c) || matches!(c, Numeric | Katakana),                // WB13b
        _ => false,
    }
}
/// A character's word-break class (UAX #29), with the classes the tokens
/// need: Extend, Format and ZWJ are `Ignore` (they stay on the character
/// before them, WB4); `Other` is every character that stands alone
/// (ideographs, Hiragana, Thai and other scripts written without spaces,
/// punctuation, symbols, spaces).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Wb {
    Letter,
    Hebrew,
    Numeric,
    Katakana,
    ExtendNumLet,
    Space,
    MidLetter,
    MidNum,
    MidNumLet,
    SingleQuote,
    DoubleQuote,
    Newline,
    Ignore,
    Other,
}

/// The base characters of `text` with their byte offsets and classes; the
/// `Ignore` characters after one are part of it (WB4), except after a line
/// break, and so is a pictograph after a zero-width joiner (WB3c), after
/// which the unit ends as `Other`. Yields (offset, class, class at its end).
struct Units<'a> {
    text: &'a str,
    /// Where the next unit starts.
    at: usize,
}

impl Iterator for Units<'_> {
    type Item = (usize, Wb, Wb);

    fn next(&mut self) -> Option<(usize, Wb, Wb)> {
        let i = self.at;
        let b = *self.text.as_bytes().get(i)?;
        // Most characters are ASCII: no decoding.
        let c = if b.is_ascii() { char::from(b) } else { self.text[i..].chars().next()? };
        self.at += c.len_utf8();
        let class = match c {
            // Most characters: no call.
            'a'..='z' | 'A'..='Z' => Wb::Letter,
            ' ' => Wb::Space,
            _ => match wb(c) {
                // Not after a character (after a line break or at the start): a character of its own.
                Wb::Ignore => Wb::Other,
                class => class,
            },
        };
        let mut end = class;
        let mut last = c;
        if class == Wb::Newline {
            return Some((i, class, end));
        }
        // An ASCII character is neither `Ignore` nor a pictograph: the unit ends before it.
        while self.text.as_bytes().get(self.at).is_some_and(|&b| !b.is_ascii()) {
            let Some(c) = self.text[self.at..].chars().next() else { break };
            if !(wb(c) == Wb::Ignore || last == '\u{200D}' && is_pictograph(c)) {
                break;
            }
            if last == '\u{200D}' && wb(c) != Wb::Ignore {
                end = Wb::Other;
            }
            last = c;
            self.at += c.len_utf8();
        }
        Some((i, class, end))
    }
}

/// Extended_Pictographic, as far as a joiner meets it: the emoji blocks
/// (WB3c keeps `👩‍💻` whole; a joiner between a letter and a rarer symbol
/// ends the word here, not in UAX #29).
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F300}'..='\u{1F5FF}' | '\u{1F600}'..='\u{1F64F}' | '\u{1F680}'..='\u{1F6FF}' | '\u{1F900}'..='\u{1FAFF}')
}

/// The word-break class of `c`. ASCII and the punctuation the rules name are
/// matched directly; other letters and digits come from core's Unicode
/// tables (`is_alphabetic`, `is_numeric`), marks and format characters from
/// the escape rules of `char::escape_debug` (it writes Grapheme_Extend and
/// unprintable characters as `\u{..}`), whose tables every module already
/// holds for its panic messages.
fn wb(c: char) -> Wb {
    use Wb::*;
    match c {
        'a'..='z' | 'A'..='Z' => Letter,
        // The Arabic number signs and decimal separator belong to the number.
        '0'..='9'
        | '\u{600}'..='\u{605}'
        | '\u{66B}'
        | '\u{6DD}'
        | '\u{890}'..='\u{891}'
        | '\u{8E2}'
        | '\u{110BD}'
        | '\u{110CD}' => Numeric,
        '\'' => SingleQuote,
        ' ' | '\u{1680}' | '\u{2000}'..='\u{2006}' | '\u{2008}'..='\u{200A}' | '\u{205F}' | '\u{3000}' => Space,
        '"' => DoubleQuote,
        '.' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{FE52}' | '\u{FF07}' | '\u{FF0E}' => MidNumLet,
        ':' | '\u{B7}' | '\u{387}' | '\u{55F}' | '\u{5F4}' | '\u{2027}' | '\u{FE13}' | '\u{FE55}' | '\u{FF1A}' => {
            MidLetter
        }
        ',' | ';' | '\u{37E}' | '\u{589}' | '\u{60C}' | '\u{60D}' | '\u{66C}' | '\u{7F8}' | '\u{2044}' | '\u{FE50}'
        | '\u{FE54}' | '\u{FF0C}' | '\u{FF1B}' => MidNum,
        '_'
        | '\u{202F}'
        | '\u{203F}'
        | '\u{2040}'
        | '\u{2054}'
        | '\u{FE33}'
        | '\u{FE34}'
        | '\u{FE4D}'..='\u{FE4F}'
        | '\u{FF3F}' => ExtendNumLet,
        '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Newline,
        // Format characters (soft hyphen, joiners, direction marks, BOM…): part of the word around them.
        '\u{AD}'
        | '\u{61C}'
        | '\u{F3E}'..='\u{F3F}'
        | '\u{1CE1}'
        | '\u{1CF7}'
        | '\u{ABEC}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        // Spacing vowel signs of Myanmar, Khmer, Tai Tham and Ahom (Thai and Lao have none): marks of the letter
        // before them, though the letters themselves stand alone.
        | '\u{102B}'..='\u{102C}'
        | '\u{1031}'
        | '\u{1038}'
        | '\u{103B}'..='\u{103C}'
        | '\u{1056}'..='\u{1057}'
        | '\u{1062}'..='\u{1064}'
        | '\u{1067}'..='\u{106D}'
        | '\u{1083}'..='\u{1084}'
        | '\u{1087}'..='\u{108C}'
        | '\u{108F}'
        | '\u{109A}'..='\u{109C}'
        | '\u{17B6}'
        | '\u{17BE}'..='\u{17C5}'
        | '\u{17C7}'..='\u{17C8}'
        | '\u{1A55}'
        | '\u{1A57}'
        | '\u{1A61}'
        | '\u{1A63}'..='\u{1A64}'
        | '\u{1A6D}'..='\u{1A72}'
        | '\u{AA7B}'
        | '\u{AA7D}'
        | '\u{1171E}'
        | '\u{11720}'..='\u{11721}'
        | '\u{11726}'
        | '\u{180E}'
        | '\u{200C}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0001}'
        | '\u{E0020}'..='\u{E007F}' => Ignore,
        '\u{3031}'..='\u{3035}'
        | '\u{309B}'..='\u{309C}'
        | '\u{30A0}'..='\u{30FA}'
        | '\u{30FC}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{32D0}'..='\u{32FE}'
        | '\u{3300}'..='\u{3357}'
        | '\u{FF66}'..='\u{FF9D}'
        | '\u{1AFF0}'..='\u{1AFF3}'
        | '\u{1AFF5}'..='\u{1AFFB}'
        | '\u{1AFFD}'..='\u{1AFFE}'
        | '\u{1B000}'
        | '\u{1B120}'..='\u{1B122}'
        | '\u{1B155}'
        | '\u{1B164}'..='\u{1B167}' => Katakana,
        // Letters that are not Alphabetic: modifier symbols, Armenian and Hebrew punctuation used inside words.
        '\u{B8}'
        | '\u{70F}'
        | '\u{2C2}'..='\u{2C5}'
        | '\u{2D2}'..='\u{2D7}'
        | '\u{2DE}'..='\u{2DF}'
        | '\u{2E5}'..='\u{2EB}'
        | '\u{2ED}'
        | '\u{2EF}'..='\u{2FF}'
        | '\u{55A}'..='\u{55C}'
        | '\u{55E}'
        | '\u{58A}'
        | '\u{5F3}'
        | '\u{A708}'..='\u{A716}'
        | '\u{A720}'..='\u{A721}'
        | '\u{A789}'..='\u{A78A}'
        | '\u{AB5B}' => Letter,
        _ if c.is_ascii() => Other,
        _ if c.is_alphabetic() => {
            if is_mark(c) {
                Ignore
            } else if stands_alone(c) {
                Other
            } else if matches!(c, '\u{5D0}'..='\u{5F2}' | '\u{FB1D}'..='\u{FB4F}') {
                Hebrew
            } else {
                Letter
            }
        }
        _ if c.is_numeric() => {
            if is_decimal_digit(c) {
                Numeric
            } else {
                Other
            }
        }
        _ if c.is_whitespace() || c == '\u{200B}' => Other,
        _ if is_mark(c) => Ignore,
        _ => Other,
    }
}

/// Alphabetic characters that are not word letters: ideographs, Hiragana, and
/// the scripts written without spaces between words (Thai, Lao, Myanmar,
/// Khmer, Tai), one token per character.
fn stands_alone(c: char) -> bool {
    matches!(c,
        '\u{E00}'..='\u{EFF}'        // Thai, Lao
        | '\u{1000}'..='\u{109F}'    // Myanmar
        | '\u{1780}'..='\u{17FF}'    // Khmer
        | '\u{1950}'..='\u{19DF}'    // Tai Le, New Tai Lue
        | '\u{1A20}'..='\u{1AAF}'    // Tai Tham
        | '\u{3006}'..='\u{3007}'
        | '\u{3021}'..='\u{3029}'
        | '\u{3038}'..='\u{303A}'
        | '\u{3040}'..='\u{309F}'    // Hiragana
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A9E0}'..='\u{A9FF}'
        | '\u{AA60}'..='\u{AADF}'    // Myanmar, Tai Viet
        | '\u{F900}'..='\u{FAFF}'
        | '\u{11700}'..='\u{1174F}'  // Ahom
        | '\u{16FF2}'..='\u{16FF6}'
        | '\u{17000}'..='\u{18DFF}'  // Tangut, Khitan
        | '\u{1B000}'..='\u{1B2FF}'  // Kana supplements, Nushu
        | '\u{20000}'..='\u{3FFFF}')
}

/// Combining marks (Grapheme_Extend): `char::escape_debug` writes them as
/// `\u{..}` when they open a string but not after a letter, unlike
/// unprintable characters (unassigned, private use), which it always escapes.
fn is_mark(c: char) -> bool {
    if c.escape_debug().len() == 1 {
        return false;
    }
    let mut buf = [b'a'; 5];
    let len = 1 + c.encode_utf8(&mut buf[1..]).len();
    std::str::from_utf8(&buf[..len]).is_ok_and(|s| s.escape_debug().count() == 2)
}

/// Decimal digits (General_Category Nd) of every script: the other numeric
/// characters (`²`, `½`, `①`) are not word characters. Each entry is a digit
/// zero; the nine digits after it follow.
fn is_decimal_digit(c: char) -> bool {
    const ZEROS: [u32; 75] = [
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
        0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x19DA, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
        0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136,
        0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0,
        0x11C50, 0x11D50, 0x11DA0, 0x11DE0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE,
        0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1,
    ];
    let c = c as u32;
    let i = ZEROS.partition_point(|&z| z <= c);
    i > 0 && c - ZEROS[i - 1] < 10 || matches!(c, 0x1E950..=0x1E959 | 0x1FBF0..=0x1FBF9)
}

/// Longer words are not stemmed. No real word comes close (German compounds
/// stay under ~60 bytes), and the Snowball stemmers are quadratic in a word's
/// length on some shapes (`ayayay…`: 1 MB took minutes), so the bound keeps
/// stemming linear in the text.
pub const MAX_STEMMED_BYTES: usize = 100;

/// Turns folded words into index terms: stop-word filter and stemmer.
pub struct TermMaker {
    stemmer: Option<Stemmer>,
    stop_words: WordList,
    /// Some stop words end in an apostrophe: elided articles and pronouns
    /// written onto the next word (French `l'`, `qu'`, Italian `dell'`).
    elisions: bool,
    /// Some stop words start with one (Dutch `'s`, `'t`), which the word
    /// segmentation leaves outside the token.
    apostrophe_led: bool,
}

impl TermMaker {
    pub fn new(language: Language) -> TermMaker {
        let profile = language.profile();
        let stop_words = profile.stop_words;
        TermMaker {
            stemmer: stemmer(profile),
            stop_words,
            elisions: stop_words.iter().any(|w| w.len() > 1 && w.ends_with('\'')),
            apostrophe_led: stop_words.iter().any(|w| w.len() > 1 && w.starts_with('\'')),
        }
    }

    /// True when `folded` is a function word that carries no topic.
    pub fn is_stop(&self, folded: &str) -> bool {
        self.stop_words.contains(folded)
    }

    /// True when `folded`, written right after an apostrophe, is a stop word
    /// with it (Dutch `'s`, `'t`: the apostrophe is not part of the token).
    pub fn is_stop_after_apostrophe(&self, folded: &str) -> bool {
        self.apostrophe_led && self.stop_words.binary_search_by(|w| cmp_quoted(w, folded)).is_ok()
    }

    /// The length in bytes of an elided stop word at the start of `word` (as
    /// written): `l'` in `l'État`, `dell'` in `dell’anno`, `qu'` in `qu'il`.
    /// Word segmentation keeps such a word whole, as it keeps `don't`; the
    /// word proper starts after the apostrophe. 0 when there is none.
    pub fn elision_len(&self, word: &str) -> usize {
        if !self.elisions {
            return 0;
        }
        let Some((i, c)) = word.char_indices().find(|&(_, c)| fold_char(c) == '\'') else {
            return 0;
        };
        let cut = i + c.len_utf8();
        if i == 0 || !word[cut..].chars().any(char::is_alphabetic) {
            return 0;
        }
        let mut head = String::with_capacity(cut);
        fold_word_into(&word[..cut], &mut head);
        if self.is_stop(&head) {
            cut
        } else {
            0
        }
    }

    /// The index term of a folded word: possessive removed, stemmed.
    /// Words longer than [`MAX_STEMMED_BYTES`] are kept whole.
    pub fn term<'a>(&self, folded: &'a str) -> Cow<'a, str> {
        let base = folded.strip_suffix("'s").unwrap_or(folded);
        match &self.stemmer {
            Some(s) if base.len() <= MAX_STEMMED_BYTES => s.stem(base),
            _ => Cow::Borrowed(base),
        }
    }
}

/// Orders `quoted` (a word list entry) against `'` followed by `word`,
/// without building that string.
fn cmp_quoted(quoted: &[u8], word: &str) -> std::cmp::Ordering {
    quoted.iter().cmp([b'\''].iter().chain(word.as_bytes()))
}

/// The Snowball stemmer the profile names. English always has one; the other
/// languages' stemmers (≈ 48 KB gzipped in WebAssembly) come with the
/// `languages` cargo feature, and without it their words are matched
/// unstemmed.
fn stemmer(profile: &Profile) -> Option<Stemmer> {
    let algorithm = profile.stemmer?;
    if algorithm == Algorithm::English {
        // A constant algorithm: only the English stemmer is linked.
        return Some(Stemmer::create(Algorithm::English));
    }
    #[cfg(feature = "languages")]
    {
        Some(Stemmer::create(algorithm))
    }
    #[cfg(not(feature = "languages"))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_slice_back() {
        let text = "Microsoft’s $12.5 billion, 3.5% of AI 😀 data-center";
        let mut toks = Vec::new();
        tokenize(text, 0, &mut toks);
        let words: Vec<&str> = toks.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(words, ["Microsoft’s", "12.5", "billion", "3.5", "of", "AI", "data", "center"]);
    }

    #[test]
    fn detects_english_and_french() {
        assert_eq!(Language::detect("The quick brown fox jumps over the lazy dog and runs away."), Language::En);
        // The `s` of `Tunisia's` is not the Czech `s` (this came out Czech).
        let tunisia = "Tunisia's president dissolved parliament on Wednesday, deepening a political crisis that \
                       began last summer.\n\nMore on this story\nWhy Tunisia's democracy is in danger\nWhy Tunisia \
                       matters to Europe's migration plans";
        assert_eq!(Language::detect(tunisia), Language::En);
        assert_eq!(
            Language::detect("Le gouvernement a annoncé mardi une nouvelle réforme des retraites très contestée."),
            Language::Fr
        );
    }

    #[test]
    fn terms_follow_the_language() {
        let english = TermMaker::new(Language::En);
        assert!(english.is_stop("the") && english.is_stop("you've") && !english.is_stop("capacity"));
        assert_eq!(english.term("microsoft's"), "microsoft");
        assert_eq!(english.term("running"), "run");
        // French's lists and stemmer come with `languages`.
        let french = TermMaker::new(Language::Fr);
        let lists = cfg!(feature = "languages");
        assert_eq!(french.is_stop("les"), lists);
        assert_eq!(french.term("continuer"), if lists { "continu" } else { "continuer" });
    }

    #[cfg(feature = "languages")]
    #[test]
    fn elisions_and_apostrophe_words() {
        let french = TermMaker::new(Language::Fr);
        assert_eq!(french.elision_len("l'État"), 2);
        assert_eq!(french.elision_len("qu’il"), "qu’".len());
        assert_eq!(french.elision_len("aujourd'hui"), 0, "not a stop word before the apostrophe");
        assert_eq!(french.elision_len("l'"), 0, "nothing after it");
        let italian = TermMaker::new(Language::It);
        assert_eq!(italian.elision_len("dell'anno"), 5);
        // English has no elisions: `don't` stays whole.
        assert_eq!(TermMaker::new(Language::En).elision_len("don't"), 0);
        let dutch = TermMaker::new(Language::Nl);
        assert!(dutch.is_stop_after_apostrophe("s") && dutch.is_stop_after_apostrophe("t"));
        assert!(!dutch.is_stop_after_apostrophe("avonds") && !french.is_stop_after_apostrophe("s"));
    }
}
