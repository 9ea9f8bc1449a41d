//! Languages: the [`Language`] enum, each language's [`Profile`] (its word
//! lists) and identification of the language of a text.
//!
//! Everything language-specific lives in one data file per language,
//! `languages/<code>.toml`; `build.rs` checks the files (sorted lists, no
//! duplicates, unique codes) and turns them into the enum and the profiles.
//! Adding a language is adding one file (DESIGN.md, "Adding a language").

mod identify;
mod support;
mod word_list;

/// The generated enum and tables (`$OUT_DIR/languages.rs`).
mod tables {
    include!(concat!(env!("OUT_DIR"), "/languages.rs"));
}

use crate::text::abbreviations::Abbrev;
use rust_stemmers::Algorithm;
pub use support::{support, Capability, LanguageSupport};
pub use tables::Language;
pub use word_list::{WordList, Words};

/// Everything nutshell knows about one language: the contents of its file.
/// Every word list is sorted in byte order and free of duplicates (the build
/// checks), so lookups are binary searches; a list the file does not give is
/// empty.
#[derive(Debug)]
pub struct Profile {
    pub language: Language,
    /// ISO 639-1.
    pub code: &'static str,
    /// ISO 639-3.
    pub code3: &'static str,
    /// The English name (`German`).
    pub name: &'static str,
    /// The name in the language itself (`Deutsch`).
    pub native_name: &'static str,
    /// The Snowball stemmer. Without the `languages` cargo feature only
    /// English has one (see `text::words::TermMaker`).
    pub stemmer: Option<Algorithm>,
    /// The commonest function words, for identification; empty when the
    /// writing system identifies the language.
    pub function_words: WordList,
    /// Letters and letter groups that mark the language's words, for
    /// identification (`ã`, `ção`, `ij`).
    pub letters: WordList,
    /// Words that carry no topic: no index term, never a keyword.
    pub stop_words: WordList,
    /// Everyday words that make poor keywords.
    pub generic: WordList,
    pub numbers: Numbers,
    pub abbreviations: Abbreviations,
    pub sentences: SentenceWords,
    pub layout: LayoutWords,
    pub calendar: Calendar,
    pub entities: EntityWords,
    /// Abbreviations whose period the entity tagger's tokenizer keeps.
    pub tagger_abbreviations: WordList,
}

/// How numbers are written.
#[derive(Debug)]
pub struct Numbers {
    /// The decimal mark; `None` when the file does not say.
    pub decimal: Option<char>,
    pub thousands: &'static [char],
}

/// Abbreviations for the sentence splitter.
#[derive(Debug)]
pub struct Abbreviations {
    /// Lowercase, without the final stop; sorted. The month and weekday
    /// abbreviations are among them.
    pub words: WordList,
    /// The class of each word of `words` (the month and weekday
    /// abbreviations are [`Abbrev::Date`]).
    pub classes: &'static [Abbrev],
    /// Abbreviations only when capitalized (`Calif`), as written.
    pub capitalized: WordList,
    /// Abbreviations that are also ordinary words (`no`, `art`): a
    /// lowercase word after them may start a sentence.
    pub also_words: WordList,
}

impl Abbreviations {
    /// The class of `lower` (lowercase, without its full stop).
    pub fn class(&self, lower: &str) -> Option<Abbrev> {
        self.words.position(lower).and_then(|i| self.classes.get(i).copied())
    }
}

/// Words the sentence splitter weighs at a possible boundary (see the
/// comments of `languages/en.toml`).
#[derive(Debug)]
pub struct SentenceWords {
    pub openers: WordList,
    pub continuations: WordList,
    pub speech_verbs: WordList,
    pub opening_prepositions: WordList,
    pub title_small_words: WordList,
    pub greetings: WordList,
    pub valedictions: WordList,
    pub speakers: WordList,
    pub speakers_after_verb: WordList,
    /// Words that, capitalized after an ellipsis, continue the sentence
    /// (English `I`: `I wanted… I mean`).
    pub continue_after_ellipsis: WordList,
    /// Articles that, capitalized after a word with no punctuation and
    /// before a lowercase word, start a sentence: a headline run into the
    /// first sentence of its article (Portuguese `…com desfiles O shopping…`).
    pub headline_articles: WordList,
    /// A short number with a full stop is an ordinal (`am 3. Oktober`).
    pub ordinal_dots: bool,
    /// Every noun is capitalized, so a capital says less about a new sentence.
    pub nouns_capitalized: bool,
    /// A semicolon before a capitalized sentence opener ends the sentence
    /// (`…de Tolosa; Dudo que…`): after `;` these languages write lowercase.
    pub semicolon_before_opener: bool,
    /// A colon before an opening quote and a capital ends the sentence
    /// (Portuguese `…a discrição: «Beckenbauer tem…»`: the quotation is one).
    pub colon_before_quote: bool,
}

/// Words of page furniture, bylines and timestamps.
#[derive(Debug)]
pub struct LayoutWords {
    /// Words and phrases (a phrase contains a space) of page furniture.
    pub furniture: WordList,
    /// Words and phrases of timestamps and datelines (`updated`, `mis à jour`).
    pub stamps: WordList,
    /// The word that opens a byline (`by`, `par`, `von`).
    pub bylines: WordList,
}

impl Profile {
    /// True when nutshell finds keywords in this language: it has stop
    /// words, without which the keywords would be `the`, `de`, `und`…
    pub fn has_keywords(&self) -> bool {
        !self.stop_words.is_empty()
    }

    /// The layout words: the language's own, or English's when its file
    /// has none (web-page furniture is much the same everywhere).
    pub fn layout_words(&self) -> &'static LayoutWords {
        if self.layout.furniture.is_empty() {
            &ENGLISH.layout
        } else {
            &profile(self.language).layout
        }
    }
}

/// Months and weekdays.
#[derive(Debug)]
pub struct Calendar {
    /// In calendar order (January first), or empty.
    pub months: WordList,
    pub month_abbreviations: WordList,
    /// In calendar order (Monday first), or empty.
    pub weekdays: WordList,
    pub weekday_abbreviations: WordList,
    /// Months and their abbreviations, sorted: what the date rules look up.
    pub month_words: WordList,
    /// Weekdays, sorted.
    pub weekday_words: WordList,
}

// `EntityWords` and its `lists`, from the one list of `entity_lists.rs`
// (which build.rs reads too, for the keys of the language files).
macro_rules! entity_lists {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        /// Words of the entity rules (`entities/rules/`): money, percentages,
        /// dates, times and quantities. Lowercase; lists read as phrases may hold
        /// several words (`per cent`). A word is looked up lowercased, with a
        /// curly apostrophe made straight and one final period dropped (`Mio.`).
        #[derive(Debug)]
        pub struct EntityWords {
            /// Months and weekdays are written in lower case (French, Spanish…), so
            /// any case is accepted; otherwise they must be capitalized (`May`).
            pub lowercase_calendar: bool,
            /// An acronym the entity tagger leaves untagged is an organisation
            /// (`SNCF`, `KNMI`, `PSOE`): set where the tagger learned from text
            /// with few modern acronyms (historic newspapers) or from no text of
            /// the language (docs/entities.md, "Round 18").
            pub acronyms_are_orgs: bool,
            $($(#[$doc])* pub $key: WordList,)*
        }

        /// How many lists [`EntityWords::lists`] returns.
        const ENTITY_LIST_COUNT: usize = [$(stringify!($key)),*].len();

        impl EntityWords {
            /// Every list with its key in the language files, generated from
            /// the one list of `entity_lists.rs`: what reads every list (the
            /// rules' first filter, the tests) misses none.
            pub fn lists(&self) -> [(&'static str, WordList); ENTITY_LIST_COUNT] {
                [$((stringify!($key), self.$key)),*]
            }
        }
    };
}

include!("entity_lists.rs");

impl Calendar {
    /// Every list with its key (`months` and `weekdays` in calendar order,
    /// the others sorted), field by field (no `..`): a new list fails to
    /// compile here until it is named.
    pub fn lists(&self) -> [(&'static str, WordList); 6] {
        let Calendar { months, month_abbreviations, weekdays, weekday_abbreviations, month_words, weekday_words } =
            self;
        [
            ("months", *months),
            ("month_abbreviations", *month_abbreviations),
            ("weekdays", *weekdays),
            ("weekday_abbreviations", *weekday_abbreviations),
            ("month_words", *month_words),
            ("weekday_words", *weekday_words),
        ]
    }
}

/// The profile of `language`.
pub fn profile(language: Language) -> &'static Profile {
    &tables::PROFILES[language as usize]
}

/// English, the fallback: the analyses that do not take a language yet use
/// its lists for every text.
pub(crate) const ENGLISH: &Profile = &tables::EN;

impl Language {
    /// The code reported to users: ISO 639-1 (`en`).
    pub fn code(self) -> &'static str {
        profile(self).code
    }

    /// The English name (`German`).
    pub fn name(self) -> &'static str {
        profile(self).name
    }

    /// The language's own name for itself (`Deutsch`).
    pub fn native_name(self) -> &'static str {
        profile(self).native_name
    }

    /// The language's word lists.
    pub fn profile(self) -> &'static Profile {
        profile(self)
    }

    /// The language for a code given by a user: ISO 639-1 (`en`), ISO 639-3
    /// (`fra`) or English name (`German`), in any case.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim();
        tables::PROFILES
            .iter()
            .find(|p| {
                p.code.eq_ignore_ascii_case(code)
                    || p.code3.eq_ignore_ascii_case(code)
                    || p.name.eq_ignore_ascii_case(code)
            })
            .map(|p| p.language)
    }

    /// Detects the language of `text` from a sample of it (the first 4 KB),
    /// falling back to English when unsure (writing system, then function
    /// words: `language/identify.rs`).
    pub fn detect(text: &str) -> Language {
        let mut cut = text.len().min(4096);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        identify::identify(&text[..cut]).unwrap_or(Language::En)
    }
}

impl std::fmt::Display for Language {
    /// The ISO 639-1 code.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Serialized as its ISO 639-1 code.
impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// Read from anything [`Language::from_code`] accepts.
impl<'de> serde::Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Language::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format!("'{code}' is not a language nutshell knows (try a code such as 'en')"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(p: &Profile) -> Vec<(&'static str, Vec<&'static str>)> {
        let c = &p.calendar;
        let e = &p.entities;
        let s = &p.sentences;
        let mut lists = vec![
            ("function_words", p.function_words.to_vec()),
            ("letters", p.letters.to_vec()),
            ("stop_words", p.stop_words.to_vec()),
            ("generic", p.generic.to_vec()),
            ("abbreviations", p.abbreviations.words.to_vec()),
            ("capitalized", p.abbreviations.capitalized.to_vec()),
            ("openers", s.openers.to_vec()),
            ("continuations", s.continuations.to_vec()),
            ("speech_verbs", s.speech_verbs.to_vec()),
            ("opening_prepositions", s.opening_prepositions.to_vec()),
            ("title_small_words", s.title_small_words.to_vec()),
            ("greetings", s.greetings.to_vec()),
            ("valedictions", s.valedictions.to_vec()),
            ("speakers", s.speakers.to_vec()),
            ("speakers_after_verb", s.speakers_after_verb.to_vec()),
            ("continue_after_ellipsis", s.continue_after_ellipsis.to_vec()),
            ("headline_articles", s.headline_articles.to_vec()),
            ("also_words", p.abbreviations.also_words.to_vec()),
            ("furniture", p.layout.furniture.to_vec()),
            ("stamps", p.layout.stamps.to_vec()),
            ("tagger_abbreviations", p.tagger_abbreviations.to_vec()),
        ];
        // Months and weekdays are in calendar order; every other list is sorted.
        let calendar = c.lists().into_iter().filter(|(name, _)| !matches!(*name, "months" | "weekdays"));
        lists.extend(calendar.chain(e.lists()).map(|(name, list)| (name, list.to_vec())));
        lists
    }

    /// The build refuses unsorted lists and duplicates; this checks that the
    /// generated tables keep the promise the binary searches rely on.
    #[test]
    fn every_list_is_sorted_and_unique() {
        let mut bad = Vec::new();
        for lang in Language::ALL {
            for (name, list) in lists(profile(lang)) {
                if let Some(w) = list.windows(2).find(|w| w[0] >= w[1]) {
                    bad.push(format!("{lang} {name}: {:?} before {:?}", w[0], w[1]));
                }
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn codes_and_names_round_trip() {
        let mut bad = Vec::new();
        for lang in Language::ALL {
            let p = profile(lang);
            for input in
                [p.code, p.code3, p.name, &p.code.to_uppercase(), &p.name.to_lowercase(), &format!(" {} ", p.code)]
            {
                if Language::from_code(input) != Some(lang) {
                    bad.push(format!("{input:?} → {:?}, not {lang:?}", Language::from_code(input)));
                }
            }
            if p.language != lang || lang.code() != p.code || lang.to_string() != p.code {
                bad.push(format!("{lang:?}: profile of {:?}, code {}", p.language, lang.code()));
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
        assert_eq!(Language::ALL.len(), 31);
        for unknown in ["", "auto", "xx", "klingon", "e"] {
            assert_eq!(Language::from_code(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn calendars_are_whole() {
        for lang in Language::ALL {
            let c = &profile(lang).calendar;
            assert!(c.months.is_empty() || c.months.len() == 12, "{lang}");
            assert!(c.weekdays.is_empty() || c.weekdays.len() == 7, "{lang}");
        }
        assert_eq!(ENGLISH.calendar.months.get(0), Some("january"));
        assert_eq!(ENGLISH.calendar.weekdays.get(6), Some("sunday"));
    }

    #[test]
    fn english_profile() {
        assert_eq!(ENGLISH.language, Language::En);
        assert_eq!(ENGLISH.stemmer, Some(Algorithm::English));
        assert_eq!(ENGLISH.numbers.decimal, Some('.'));
        assert_eq!(ENGLISH.abbreviations.class("mr"), Some(Abbrev::Title));
        assert_eq!(ENGLISH.abbreviations.class("sr"), Some(Abbrev::Ambiguous));
        assert_eq!(ENGLISH.abbreviations.class("sept"), Some(Abbrev::Date));
        assert_eq!(ENGLISH.abbreviations.class("house"), None);
        // Languages without lists yet have empty ones; the stemmers of
        // languages other than English come with the `languages` feature.
        assert!(profile(Language::Sv).stop_words.is_empty());
        let swedish = cfg!(feature = "languages").then_some(Algorithm::Swedish);
        assert_eq!(profile(Language::Sv).stemmer, swedish);
        assert_eq!(profile(Language::Zh).stemmer, None);
    }

    #[test]
    fn serde_uses_the_code() {
        let json = serde_json::to_string(&Language::De).unwrap();
        assert_eq!(json, "\"de\"");
        assert_eq!(serde_json::from_str::<Language>("\"German\"").unwrap(), Language::De);
        let err = serde_json::from_str::<Language>("\"xx\"").unwrap_err().to_string();
        assert!(err.contains("'xx' is not a language nutshell knows"), "{err}");
    }
}
