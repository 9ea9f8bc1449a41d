//! Words: tokens with byte spans, and the index terms made of them (stop
//! words and stems, from the language's profile).

use crate::language::{Language, Profile};
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

/// Longer words are not stemmed. No real word comes close (German compounds
/// stay under ~60 bytes), and the Snowball stemmers are quadratic in a word's
/// length on some shapes (`ayayay…`: 1 MB took minutes), so the bound keeps
/// stemming linear in the text.
pub const MAX_STEMMED_BYTES: usize = 100;

/// Turns folded words into index terms: stop-word filter and stemmer.
pub struct TermMaker {
    stemmer: Option<Stemmer>,
    stop_words: &'static [&'static str],
}

impl TermMaker {
    pub fn new(language: Language) -> TermMaker {
        let profile = language.profile();
        TermMaker { stemmer: stemmer(profile), stop_words: profile.stop_words }
    }

    /// True when `folded` is a function word that carries no topic.
    pub fn is_stop(&self, folded: &str) -> bool {
        self.stop_words.binary_search(&folded).is_ok()
    }

    /// The index term of a folded word: possessive removed, stemmed.
    /// Words longer than [`MAX_STEMMED_BYTES`] are kept whole.
    pub fn term(&self, folded: &str) -> String {
        let base = folded.strip_suffix("'s").unwrap_or(folded);
        match &self.stemmer {
            Some(s) if base.len() <= MAX_STEMMED_BYTES => s.stem(base).into_owned(),
            _ => base.to_string(),
        }
    }
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
        // No stop words for French yet, and its stemmer only with `languages`.
        let french = TermMaker::new(Language::Fr);
        assert!(!french.is_stop("les"));
        let expected = if cfg!(feature = "languages") { "continu" } else { "continuer" };
        assert_eq!(french.term("continuer"), expected);
    }
}
