//! Character folding: the "normalized view" of the text, applied per token so
//! that offsets into the original never drift.
//!
//! Full Unicode NFC is deliberately not applied: its tables would add about
//! 60 KB (gzipped) to the WebAssembly module, and pasted articles are already
//! composed in practice. Typographic variants that *do* occur in pasted web
//! text (curly quotes, dashes, non-breaking and zero-width spaces, full-width
//! forms of ASCII) are folded here.

/// Folds one character to the form used for matching words.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{FF07}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' | '\u{FF02}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' | '\u{FE63}'
        | '\u{FF0D}' => '-',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        // Full-width ASCII forms (common in CJK text): map to ASCII.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        _ => c,
    }
}

/// True for characters that are invisible and carry no text (zero-width
/// spaces and joiners, the byte-order mark, soft hyphens).
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// True for any white space, including the non-breaking kinds and the
/// invisible characters above.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c) || c == '\u{00A0}'
}

/// The lowercase, folded form of a word, without invisible characters.
pub fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_word_into(word, &mut out);
    out
}

/// [`fold_word`] into a buffer the caller reuses (cleared first).
pub fn fold_word_into(word: &str, out: &mut String) {
    out.clear();
    fold_word_push(word, out);
}

/// [`fold_word`] appended to `out`.
pub fn fold_word_push(word: &str, out: &mut String) {
    // The leading ASCII (most words' whole): copied and lowercased at once.
    // A backtick folds to an apostrophe: it ends the run.
    let ascii = word.bytes().position(|b| !b.is_ascii() || b == b'`').unwrap_or(word.len());
    let start = out.len();
    out.push_str(&word[..ascii]);
    out[start..].make_ascii_lowercase();
    for c in word[ascii..].chars() {
        if is_invisible(c) {
            continue;
        }
        let c = fold_char(c);
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(crate::text::lowercase::lowercase(c));
        }
    }
}

/// The text with runs of white space collapsed to one space and trimmed,
/// for display (a sentence that spans a line break reads as one line).
pub fn collapse_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending = false;
    for c in text.chars() {
        if is_space(c) {
            pending = !out.is_empty();
        } else {
            if pending {
                out.push(' ');
                pending = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_typographic_variants() {
        assert_eq!(fold_word("Microsoft\u{2019}s"), "microsoft's");
        assert_eq!(fold_word("DATA\u{2013}CENTER"), "data-center");
        assert_eq!(fold_word("zero\u{200B}width"), "zerowidth");
        assert_eq!(fold_word("\u{FF21}\u{FF22}"), "ab");
        assert_eq!(fold_word("It`S"), "it's");
        assert_eq!(fold_word("CAFÉ Ünï"), "café ünï");
    }

    #[test]
    fn collapses_space() {
        assert_eq!(collapse_space("  a\n\tb\u{00A0} c  "), "a b c");
    }
}
