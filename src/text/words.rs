//! Words: tokens with byte spans, their folded forms, stop words, stems and
//! the language of the text.

use crate::span::Span;
use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

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
/// rules (UAX #29), keeping their byte spans.
pub fn tokenize(text: &str, offset: usize, out: &mut Vec<RawToken>) {
    for (i, piece) in text.split_word_bound_indices() {
        let mut letters = false;
        let mut digits = false;
        for c in piece.chars() {
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
            continue;
        };
        out.push(RawToken { span: Span::new(offset + i, offset + i + piece.len()), kind });
    }
}

/// A language nutshell knows, as an ISO 639-1 code where one exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    code: String,
}

impl Language {
    pub fn english() -> Language {
        Language { code: "en".into() }
    }

    /// The language for a code given by a user (`en`, `fra`, `German`…).
    pub fn from_code(code: &str) -> Option<Language> {
        let lower = code.trim().to_ascii_lowercase();
        LANGUAGES
            .iter()
            .find(|(two, three, name, _)| *two == lower || *three == lower || name.eq_ignore_ascii_case(&lower))
            .map(|(two, ..)| Language { code: two.to_string() })
    }

    /// Detects the language of `text` from a sample of it (the first 4 KB),
    /// falling back to English when unsure (see [`crate::text::language`]).
    pub fn detect(text: &str) -> Language {
        let mut cut = text.len().min(4096);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        match crate::text::language::identify(&text[..cut]) {
            Some(code) => Language { code: code.to_string() },
            None => Language::english(),
        }
    }

    /// The code reported to users: ISO 639-1 (`en`) where it exists.
    pub fn code(&self) -> &str {
        &self.code
    }

    pub fn is_english(&self) -> bool {
        self.code == "en"
    }

    /// The Snowball stemmer for this language. English always has one; the
    /// other languages' stemmers (≈ 48 KB gzipped in WebAssembly) come with
    /// the `languages` cargo feature, and without it their words are matched
    /// unstemmed.
    fn stemmer(&self) -> Option<Stemmer> {
        if self.is_english() {
            // A constant algorithm: only the English stemmer is linked.
            return Some(Stemmer::create(Algorithm::English));
        }
        #[cfg(feature = "languages")]
        {
            LANGUAGES.iter().find(|(two, ..)| *two == self.code).and_then(|(.., a)| *a).map(Stemmer::create)
        }
        #[cfg(not(feature = "languages"))]
        {
            None
        }
    }
}

/// (ISO 639-1, ISO 639-3, English name, stemmer).
const LANGUAGES: &[(&str, &str, &str, Option<Algorithm>)] = &[
    ("en", "eng", "english", Some(Algorithm::English)),
    ("fr", "fra", "french", Some(Algorithm::French)),
    ("de", "deu", "german", Some(Algorithm::German)),
    ("es", "spa", "spanish", Some(Algorithm::Spanish)),
    ("it", "ita", "italian", Some(Algorithm::Italian)),
    ("pt", "por", "portuguese", Some(Algorithm::Portuguese)),
    ("nl", "nld", "dutch", Some(Algorithm::Dutch)),
    ("sv", "swe", "swedish", Some(Algorithm::Swedish)),
    ("nb", "nob", "norwegian", Some(Algorithm::Norwegian)),
    ("da", "dan", "danish", Some(Algorithm::Danish)),
    ("fi", "fin", "finnish", Some(Algorithm::Finnish)),
    ("ru", "rus", "russian", Some(Algorithm::Russian)),
    ("hu", "hun", "hungarian", Some(Algorithm::Hungarian)),
    ("ro", "ron", "romanian", Some(Algorithm::Romanian)),
    ("tr", "tur", "turkish", Some(Algorithm::Turkish)),
    ("ar", "ara", "arabic", Some(Algorithm::Arabic)),
    ("el", "ell", "greek", Some(Algorithm::Greek)),
    ("ta", "tam", "tamil", Some(Algorithm::Tamil)),
    ("zh", "cmn", "chinese", None),
    ("ja", "jpn", "japanese", None),
    ("ko", "kor", "korean", None),
    ("he", "heb", "hebrew", None),
    ("hi", "hin", "hindi", None),
    ("th", "tha", "thai", None),
    ("pl", "pol", "polish", None),
    ("uk", "ukr", "ukrainian", None),
    ("cs", "ces", "czech", None),
    ("vi", "vie", "vietnamese", None),
    ("id", "ind", "indonesian", None),
    ("fa", "pes", "persian", None),
    ("bn", "ben", "bengali", None),
];

/// Turns folded words into index terms: stop-word filter and stemmer.
pub struct TermMaker {
    stemmer: Option<Stemmer>,
    english: bool,
}

impl TermMaker {
    pub fn new(language: &Language) -> TermMaker {
        TermMaker { stemmer: language.stemmer(), english: language.is_english() }
    }

    /// True when `folded` is a function word that carries no topic.
    pub fn is_stop(&self, folded: &str) -> bool {
        self.english && is_english_stop(folded)
    }

    /// The index term of a folded word: possessive removed, stemmed.
    pub fn term(&self, folded: &str) -> String {
        let base = folded.strip_suffix("'s").unwrap_or(folded);
        match &self.stemmer {
            Some(s) => s.stem(base).into_owned(),
            None => base.to_string(),
        }
    }
}

/// English function words (a compact list: pronouns, determiners, auxiliaries,
/// prepositions, conjunctions and the commonest adverbs). Sorted for search.
#[rustfmt::skip]
const ENGLISH_STOP: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "ain't", "all", "also", "am", "an", "and", "any",
    "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "can't", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing",
    "don't", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "get", "got", "had",
    "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he's", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "however", "i", "i'd", "i'll", "i'm", "i've", "if", "in",
    "into", "is", "isn't", "it", "it's", "its", "itself", "just", "least", "let", "let's", "like", "many",
    "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of",
    "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
    "per", "put", "rather", "said", "same", "say", "says", "shan't", "she", "she'd", "she's", "should",
    "shouldn't", "since", "so", "some", "still", "such", "than", "that", "that's", "the", "their", "theirs",
    "them", "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll", "they're",
    "they've", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon",
    "us", "very", "via", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were", "weren't", "what",
    "what's", "when", "where", "whether", "which", "while", "who", "who's", "whom", "whose", "why", "will",
    "with", "within", "without", "won't", "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're",
    "you've", "your", "yours", "yourself",
];

pub fn is_english_stop(folded: &str) -> bool {
    ENGLISH_STOP.binary_search(&folded).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_list_is_sorted() {
        assert!(ENGLISH_STOP.windows(2).all(|w| w[0] < w[1]));
    }

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
        assert_eq!(Language::detect("The quick brown fox jumps over the lazy dog and runs away.").code(), "en");
        assert_eq!(
            Language::detect("Le gouvernement a annoncé mardi une nouvelle réforme des retraites très contestée.")
                .code(),
            "fr"
        );
    }
}
