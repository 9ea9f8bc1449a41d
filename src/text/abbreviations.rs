//! Word lists for sentence segmentation: abbreviations by how they behave
//! before a capitalized word, words that typically open a sentence, and
//! words that cannot end one. The lists are English's, from
//! `languages/en.toml` (see [`crate::language`]).
//!
//! Every lookup takes a word already folded to ASCII lowercase (see
//! [`lower_ascii`]); words that are not ASCII or longer than 16 bytes are
//! never abbreviations.

use crate::language::ENGLISH;

/// How an abbreviation followed by a full stop behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbrev {
    /// A title or prefix that is always followed by what it qualifies:
    /// `Mr.`, `Dr.`, `Gen.`, `Mt.`. Never ends a sentence.
    Title,
    /// Always inside a sentence: `e.g.`, `i.e.`, `vs.`, `cf.`, `viz.`.
    Internal,
    /// Stands before a number: `No. 5`, `p. 55`, `Fig. 3`, `Vol. 2`.
    /// Before anything else it behaves like [`Abbrev::Ambiguous`].
    Number,
    /// A month or weekday: `Jan. 20`, `Dec. 31st`.
    Date,
    /// `a.m.`, `p.m.`: ends a sentence before any capitalized word, unless the
    /// sentence so far is only a prepositional phrase (`At 5 a.m. Mr. Smith…`).
    Time,
    /// `etc.`: ends a sentence before any capitalized word.
    Etc,
    /// Can end a sentence (`Inc.`, `Co.`, `Jr.`, `U.S.`, `St.`): it does when
    /// the next word is a typical sentence opener (`It`, `The`, `How`…).
    Ambiguous,
}

/// Folds `word` to ASCII lowercase in `buf`; `None` if it is not ASCII or is
/// too long to be an abbreviation.
pub fn lower_ascii<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// The class of a single-segment abbreviation (`Mr`, `Inc`, `etc`), given in
/// lowercase without its full stop.
pub fn lookup(lower: &str) -> Option<Abbrev> {
    ENGLISH.abbreviations.class(lower)
}

/// Abbreviations that count only when capitalized, because in lowercase
/// they are ordinary words: AP-style US state names (`Calif.`, `Wash.`,
/// `Mass.`). They may end a sentence. Takes the word as written.
pub fn is_capitalized_abbreviation(word: &str) -> bool {
    has(ENGLISH.abbreviations.capitalized, word)
}

/// Words that typically open a sentence. After an ambiguous abbreviation
/// (`Co.`, `U.S.`), a capitalized word from this list means the sentence
/// ended: `…& Co. It closed yesterday.` but `…the U.S. Government…`.
pub fn is_sentence_opener(lower: &str) -> bool {
    has(ENGLISH.sentences.openers, lower)
}

/// Words after which a line that breaks is sure to continue: articles,
/// prepositions, conjunctions, auxiliaries, possessives.
pub fn is_continuation(lower: &str) -> bool {
    has(ENGLISH.sentences.continuations, lower)
}

/// Verbs of speech: `"Hello!" she said` and `Leave me alone! he yelled` do
/// not end at the `!`.
pub fn is_speech_verb(lower: &str) -> bool {
    has(ENGLISH.sentences.speech_verbs, lower)
}

/// Prepositions that open a sentence with a time or place phrase: `At 5 a.m.
/// Mr. Smith went to the bank` does not end after `a.m.`.
pub fn is_opening_preposition(lower: &str) -> bool {
    has(ENGLISH.sentences.opening_prepositions, lower)
}

/// Is `word` on the sorted `list`?
fn has(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_looks_up() {
        let mut buf = [0u8; 16];
        assert_eq!(lower_ascii("Mr", &mut buf).and_then(lookup), Some(Abbrev::Title));
        let mut buf = [0u8; 16];
        assert_eq!(lower_ascii("INC", &mut buf).and_then(lookup), Some(Abbrev::Ambiguous));
        let mut buf = [0u8; 16];
        assert_eq!(lower_ascii("Jan", &mut buf).and_then(lookup), Some(Abbrev::Date));
        let mut buf = [0u8; 16];
        assert_eq!(lower_ascii("house", &mut buf).and_then(lookup), None);
        let mut buf = [0u8; 16];
        assert_eq!(lower_ascii("naïve", &mut buf), None);
        assert!(is_sentence_opener("they"));
        assert!(!is_sentence_opener("government"));
    }
}
