//! Raw text → the pieces a [`Document`](crate::Document) is built from.
//!
//! The original text is never rewritten: every stage reports byte spans into
//! it, and normalization (quote and dash folding, case) happens per token.

pub mod abbreviations;
pub mod cjk;
pub mod layout;
pub mod lowercase;
pub mod normalize;
pub mod sentences;
pub mod words;

/// Whether `c` occurs in `s`. std's `str::contains(char)` searches for a
/// non-ASCII char with its two-way substring searcher, whose code would come
/// along into the page's first module for the one `©` we look for.
pub(crate) fn has_char(s: &str, c: char) -> bool {
    if c.is_ascii() {
        s.as_bytes().contains(&(c as u8))
    } else {
        s.chars().any(|x| x == c)
    }
}

/// The number of chars in `s`, counted by their first bytes. For the short
/// words it is used on, this is as quick as std's `chars().count()`, whose
/// word-at-a-time version costs the page's first module ≈ 0.8 KB of code.
pub(crate) fn char_count(s: &str) -> usize {
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// Whether `needle` occurs in `haystack`: a scan that compares from each
/// byte equal to the needle's first. The needles here are a few bytes long
/// (URL markers, furniture phrases, keywords), so this is linear in the
/// haystack, and it keeps std's two-way searcher (≈ 1.8 KB of code) out of
/// the page's first module.
pub(crate) fn has_substring(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else { return true };
    h.iter().enumerate().any(|(i, &b)| b == first && h[i + 1..].starts_with(rest))
}

#[cfg(test)]
mod tests {
    use super::{char_count, has_char, has_substring};

    #[test]
    fn substring_and_char_search_agree_with_std() {
        let hays = ["", "a", "www.example.com", "aaab", "© 2026 all rights reserved", "naïve café ©", "ab\u{10FFFF}"];
        let needles = ["", "a", "ab", "aab", "www.", "://", "all rights reserved", "é ©", "\u{10FFFF}", "zz"];
        let mut failures = Vec::new();
        for h in hays {
            for n in needles {
                if has_substring(h, n) != h.contains(n) {
                    failures.push(format!("has_substring({h:?}, {n:?})"));
                }
            }
            if char_count(h) != h.chars().count() {
                failures.push(format!("char_count({h:?})"));
            }
            for c in ['a', '.', '©', 'é', '\u{10FFFF}', '\0'] {
                if has_char(h, c) != h.contains(c) {
                    failures.push(format!("has_char({h:?}, {c:?})"));
                }
            }
        }
        assert!(failures.is_empty(), "differ from std: {failures:#?}");
    }
}
