//! Byte spans into the caller's original text, and their conversion to UTF-16.
//!
//! Every sentence, keyword and entity nutshell reports carries a [`Span`]:
//! `&text[span.start..span.end]` is exactly the reported text. JavaScript
//! counts in UTF-16 code units instead of bytes, so the bindings convert
//! spans with [`Utf16Map`] before handing them out.

use serde::Serialize;

/// A half-open range of byte offsets `start..end` into the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A piece of the text and where it is: `text == input[start..end]`. The one
/// shape every result uses for "text with a span" (summary sentences, entity
/// mentions, the title, sentences); in JSON its fields sit flat in the
/// enclosing object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl TextSpan {
    /// The piece of `text` that `span` covers.
    pub fn new(text: &str, span: Span) -> TextSpan {
        TextSpan { text: span.slice(text).to_string(), start: span.start, end: span.end }
    }

    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Results whose offsets can be rewritten, e.g. from UTF-8 bytes to the
/// UTF-16 code units JavaScript counts in. Every result type implements it,
/// so the bindings convert any of them in one place ([`Utf16Map::convert`]).
pub trait Offsets {
    /// Rewrites every offset with `f`.
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize);
}

impl Offsets for Span {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

impl Offsets for TextSpan {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

impl<T: Offsets> Offsets for Vec<T> {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.iter_mut().for_each(|x| x.map_offsets(f));
    }
}

impl<T: Offsets> Offsets for Option<T> {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        if let Some(x) = self {
            x.map_offsets(f);
        }
    }
}

/// Converts byte offsets of one text to UTF-16 code-unit offsets.
///
/// Built once per text in O(n); each lookup is a binary search over the
/// positions of non-ASCII characters, so pure-ASCII text costs almost nothing.
pub struct Utf16Map {
    /// For each non-ASCII char: (byte offset just after it, extra UTF-16 units
    /// accumulated up to and including it compared with counting bytes).
    marks: Vec<(usize, isize)>,
}

impl Utf16Map {
    pub fn new(text: &str) -> Utf16Map {
        let mut marks = Vec::new();
        let mut delta: isize = 0;
        for (i, c) in text.char_indices() {
            let bytes = c.len_utf8();
            if bytes > 1 {
                delta += c.len_utf16() as isize - bytes as isize;
                marks.push((i + bytes, delta));
            }
        }
        Utf16Map { marks }
    }

    /// The UTF-16 offset of byte offset `byte` (which must be a char boundary).
    pub fn utf16(&self, byte: usize) -> usize {
        // Last mark whose end is <= byte.
        let n = self.marks.partition_point(|&(end, _)| end <= byte);
        let delta = if n == 0 { 0 } else { self.marks[n - 1].1 };
        (byte as isize + delta) as usize
    }

    pub fn span(&self, span: Span) -> Span {
        Span::new(self.utf16(span.start), self.utf16(span.end))
    }

    /// Rewrites every offset of `value` from bytes to UTF-16 code units.
    pub fn convert<T: Offsets>(&self, value: &mut T) {
        value.map_offsets(&|b| self.utf16(b));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_match_encode_utf16() {
        let text = "a é 😀 中文 b";
        let map = Utf16Map::new(text);
        for (i, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            let expected = text[..i].encode_utf16().count();
            assert_eq!(map.utf16(i), expected, "at byte {i}");
        }
    }
}
