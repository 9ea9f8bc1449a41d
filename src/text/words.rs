//! Words: tokens with byte spans, and the index terms made of them (stop
//! words and stems, from the language's profile).

use crate::language::{Language, Profile, WordList};
use crate::span::Span;
use crate::text::normalize::{fold_char, fold_word_into};
use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;
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
