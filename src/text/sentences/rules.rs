//! What the splitter knows about a language, in one value it holds a
//! reference to. Today there is one, [`ENGLISH`]; a profile for another
//! language (its abbreviations, sentence openers, ordinal dots such as
//! German `am 3. Oktober`) is another value of the same type, so it can be
//! passed to the splitter without changing the splitter.

use crate::text::abbreviations::{self as abbr, Abbrev};

use super::cursor::with_lower;
use super::words;

/// The language-dependent tables of the splitter. The functions take words
/// folded to ASCII lowercase, the lists are sorted (see `words`).
pub(super) struct Rules {
    /// The class of a known abbreviation (`mr`, `inc`, `a.m`) without its
    /// final full stop.
    pub(super) abbreviations: fn(&str) -> Option<Abbrev>,
    /// An abbreviation written in capitals and not a word (`Gov`, `Sen`),
    /// as written.
    pub(super) capitalized_abbreviations: fn(&str) -> bool,
    /// Words that typically open a sentence (`the`, `but`, `however`).
    pub(super) sentence_openers: fn(&str) -> bool,
    /// Words that end a hard-wrapped line mid-sentence (`the`, `of`, `and`).
    pub(super) continuations: fn(&str) -> bool,
    /// Verbs of speech (`said`, `asked`).
    pub(super) speech_verbs: fn(&str) -> bool,
    /// Prepositions that open a short phrase like `At 5 p.m.`.
    pub(super) opening_prepositions: fn(&str) -> bool,
    pub(super) title_small_words: &'static [&'static str],
    pub(super) valedictions: &'static [&'static str],
    pub(super) greetings: &'static [&'static str],
    pub(super) number_abbreviations_as_words: &'static [&'static str],
    pub(super) speakers: &'static [&'static str],
    pub(super) speakers_after_verb: &'static [&'static str],
}

pub(super) static ENGLISH: Rules = Rules {
    abbreviations: abbr::lookup,
    capitalized_abbreviations: abbr::is_capitalized_abbreviation,
    sentence_openers: abbr::is_sentence_opener,
    continuations: abbr::is_continuation,
    speech_verbs: abbr::is_speech_verb,
    opening_prepositions: abbr::is_opening_preposition,
    title_small_words: words::TITLE_SMALL_WORDS,
    valedictions: words::VALEDICTIONS,
    greetings: words::GREETINGS,
    number_abbreviations_as_words: words::NUMBER_ABBREVIATIONS_AS_WORDS,
    speakers: words::SPEAKERS,
    speakers_after_verb: words::SPEAKERS_AFTER_VERB,
};

impl Rules {
    /// The class of `word` (as written, without its final full stop) if it is
    /// a known abbreviation.
    pub(super) fn abbreviation(&self, word: &str) -> Option<Abbrev> {
        with_lower(word, self.abbreviations).flatten()
    }

    pub(super) fn is_sentence_opener(&self, word: &str) -> bool {
        with_lower(word, self.sentence_openers).unwrap_or(false)
    }

    pub(super) fn is_continuation(&self, word: &str) -> bool {
        with_lower(word, self.continuations).unwrap_or(false)
    }

    pub(super) fn is_speech_verb(&self, word: &str) -> bool {
        with_lower(word, self.speech_verbs).unwrap_or(false)
    }

    pub(super) fn is_opening_preposition(&self, word: &str) -> bool {
        with_lower(word, self.opening_prepositions).unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::test_table::check;

    #[test]
    fn english_folds_case_before_looking_up() {
        check(
            &[
                ("title", "Mr", Some(Abbrev::Title)),
                ("title in capitals", "MR", Some(Abbrev::Title)),
                ("dotted", "U.S", Some(Abbrev::Ambiguous)),
                ("not an abbreviation", "Mister", None),
                ("not ASCII", "Straße", None),
            ],
            |&w| ENGLISH.abbreviation(w),
        );
        type Test = fn(&Rules, &str) -> bool;
        let tests: [(&str, Test); 4] = [
            ("opener", Rules::is_sentence_opener),
            ("continuation", Rules::is_continuation),
            ("speech verb", Rules::is_speech_verb),
            ("opening preposition", Rules::is_opening_preposition),
        ];
        check(
            &[
                ("capitalized opener", "However", vec!["opener"]),
                ("article", "The", vec!["opener", "continuation"]),
                ("speech verb", "Said", vec!["continuation", "speech verb"]),
                ("preposition", "At", vec!["opener", "continuation", "opening preposition"]),
                ("a name", "Jones", vec![]),
            ],
            |&w| tests.iter().filter(|(_, f)| f(&ENGLISH, w)).map(|(n, _)| *n).collect::<Vec<_>>(),
        );
    }
}
