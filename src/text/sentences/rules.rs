//! What the splitter knows about a language, in one value it holds a
//! reference to: the `[abbreviations]` and `[sentences]` tables of the
//! language's file (`languages/<code>.toml`, through its
//! [`Profile`](crate::language::Profile)). A language whose file has no
//! `[sentences]` words is split with English's.

use crate::language::{profile, Language, Profile, WordList};
use crate::text::abbreviations::Abbrev;

use super::cursor::with_lower;

/// The language-dependent tables of the splitter. The lookups by meaning
/// (`is_sentence_opener`…) fold the word to lowercase first unless they say
/// they match it as written.
#[derive(Clone, Copy)]
pub(super) struct Rules {
    profile: &'static Profile,
}

pub(super) const ENGLISH: Rules = Rules { profile: crate::language::ENGLISH };

impl Rules {
    /// The rules of `language`: its own lists, or English's when its file
    /// has none for the splitter.
    pub(super) fn of(language: Language) -> Rules {
        let p = profile(language);
        if p.sentences.openers.is_empty() {
            ENGLISH
        } else {
            Rules { profile: p }
        }
    }

    /// The class of `word` (as written, without its final full stop) if it is
    /// a known abbreviation.
    pub(super) fn abbreviation(&self, word: &str) -> Option<Abbrev> {
        with_lower(word, |w| self.profile.abbreviations.class(w)).flatten()
    }

    /// An abbreviation only when capitalized (`Calif`), matched as written.
    pub(super) fn is_capitalized_abbreviation(&self, word: &str) -> bool {
        self.profile.abbreviations.capitalized.contains(word)
    }

    /// An abbreviation that is also an ordinary word (`no`, `art`).
    pub(super) fn is_also_word(&self, word: &str) -> bool {
        self.folded_in(self.profile.abbreviations.also_words, word)
    }

    /// A word that typically opens a sentence; an elided article or pronoun
    /// counts by its part up to the apostrophe (French `L'Abime`, `Qu'est`).
    pub(super) fn is_sentence_opener(&self, word: &str) -> bool {
        let openers = self.profile.sentences.openers;
        self.folded_in(openers, word)
            || word.find(['\'', '’']).is_some_and(|p| {
                self.folded_in(openers, &word[..p + word[p..].chars().next().map_or(1, char::len_utf8)])
            })
    }

    /// A short number with a full stop may be an ordinal (`am 3. Oktober`).
    pub(super) fn ordinal_dots(&self) -> bool {
        self.profile.sentences.ordinal_dots
    }

    /// A semicolon before a capitalized opener ends a sentence.
    pub(super) fn semicolon_before_opener(&self) -> bool {
        self.profile.sentences.semicolon_before_opener
    }

    /// Every noun is capitalized (German).
    pub(super) fn nouns_capitalized(&self) -> bool {
        self.profile.sentences.nouns_capitalized
    }

    /// A sentence opener, or a word too long or odd to look up (it could be
    /// one).
    pub(super) fn may_open_sentence(&self, word: &str) -> bool {
        with_lower(word, |w| self.profile.sentences.openers.contains(w)).unwrap_or(true)
    }

    pub(super) fn is_continuation(&self, word: &str) -> bool {
        self.folded_in(self.profile.sentences.continuations, word)
    }

    pub(super) fn is_speech_verb(&self, word: &str) -> bool {
        self.folded_in(self.profile.sentences.speech_verbs, word)
    }

    pub(super) fn is_opening_preposition(&self, word: &str) -> bool {
        self.folded_in(self.profile.sentences.opening_prepositions, word)
    }

    pub(super) fn is_greeting(&self, word: &str) -> bool {
        self.folded_in(self.profile.sentences.greetings, word)
    }

    pub(super) fn is_valediction(&self, word: &str) -> bool {
        self.folded_in(self.profile.sentences.valedictions, word)
    }

    /// A small word inside a title (`in`, `of`), matched as written.
    pub(super) fn is_title_small_word(&self, word: &str) -> bool {
        self.profile.sentences.title_small_words.contains(word)
    }

    /// A pronoun before a speech verb (`she`), matched as written.
    pub(super) fn is_speaker(&self, word: &str) -> bool {
        self.profile.sentences.speakers.contains(word)
    }

    /// A word naming the speaker after a speech verb (`the`), matched as
    /// written.
    pub(super) fn is_speaker_after_verb(&self, word: &str) -> bool {
        self.profile.sentences.speakers_after_verb.contains(word)
    }

    /// A word that continues the sentence after an ellipsis (English `I`,
    /// `I'm`: its part up to an apostrophe).
    pub(super) fn continues_after_ellipsis(&self, word: &str) -> bool {
        let word = word.find(['\'', '’']).map_or(word, |p| &word[..p]);
        self.folded_in(self.profile.sentences.continue_after_ellipsis, word)
    }

    /// The language lists articles that may start a sentence run on from a
    /// headline (see [`Rules::is_headline_article`]).
    pub(super) fn has_headline_articles(&self) -> bool {
        !self.profile.sentences.headline_articles.is_empty()
    }

    /// A capitalized article that starts a sentence run on from a headline
    /// with no punctuation (Portuguese `O`, `Uma`; not `OS`, an acronym).
    pub(super) fn is_headline_article(&self, word: &str) -> bool {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(char::is_lowercase)
            && self.folded_in(self.profile.sentences.headline_articles, word)
    }

    /// A colon before an opening quote and a capital ends the sentence.
    pub(super) fn colon_before_quote(&self) -> bool {
        self.profile.sentences.colon_before_quote
    }

    fn folded_in(&self, list: WordList, word: &str) -> bool {
        with_lower(word, |w| list.contains(w)).unwrap_or(false)
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

    #[test]
    fn languages_without_splitter_words_use_english() {
        check(&[("English", Language::En, "en"), ("a language without [sentences] words", Language::Sv, "en")], |&l| {
            Rules::of(l).profile.code
        });
    }
}
