//! Sentence segmentation: text → trimmed, disjoint, ordered sentence spans.
//!
//! (First version: boundaries at `.`, `!`, `?` followed by white space and an
//! uppercase letter or digit, and at line breaks after lines without
//! terminal punctuation. To be replaced by the full rule set.)

use crate::span::Span;
use crate::text::normalize::is_space;

/// Splits `text` into sentences. Every span is non-empty, trimmed of white
/// space, and the spans are disjoint and in order.
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let end_here = match c {
            '\n' => true,
            '.' | '!' | '?' => {
                let mut j = i + 1;
                while j < chars.len()
                    && matches!(chars[j].1, '.' | '!' | '?' | '"' | '\'' | ')' | '\u{201D}' | '\u{2019}')
                {
                    j += 1;
                }
                let mut k = j;
                while k < chars.len() && is_space(chars[k].1) {
                    k += 1;
                }
                if k > j && (k == chars.len() || chars[k].1.is_uppercase() || chars[k].1.is_numeric()) {
                    i = j - 1;
                    true
                } else {
                    false
                }
            }
            _ => false,
        };
        if end_here {
            let end = chars[i].0 + chars[i].1.len_utf8();
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
        let _ = pos;
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Pushes `text[start..end]` trimmed of white space, if anything is left.
pub(crate) fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start_matches(is_space).len();
    let trimmed = piece.trim_matches(is_space);
    if !trimmed.is_empty() {
        let s = start + lead;
        out.push(Span::new(s, s + trimmed.len()));
    }
}
