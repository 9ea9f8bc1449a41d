//! The word tokens as the library made them with unicode-segmentation's UAX #29 word bounds,
//! before src/text/words.rs applied the rules itself: the reference of tests/word_bounds.rs and
//! examples/compare_tokens.rs (one copy, included by both).

use nutshell::internals::text::words::{RawToken, TokenKind};
use unicode_segmentation::UnicodeSegmentation;

/// Word and number tokens of `text` by unicode-segmentation (punctuation and space skipped).
pub fn reference(text: &str) -> Vec<RawToken> {
    let mut out = Vec::new();
    for (i, piece) in text.split_word_bound_indices() {
        let kind = if piece.chars().any(char::is_alphabetic) {
            TokenKind::Word
        } else if piece.chars().any(char::is_numeric) {
            TokenKind::Number
        } else {
            continue;
        };
        out.push(RawToken { span: nutshell::Span::new(i, i + piece.len()), kind });
    }
    out
}
