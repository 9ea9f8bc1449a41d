//! `char::to_lowercase` without core's table.
//!
//! Core keeps the lowercase mapping as 1,434 pairs of characters (11.7 KB in the
//! WebAssembly module, 4.3 KB of it gzipped). The same mapping is 185 runs of
//! characters that move by the same amount (`A`–`Z`, or `Ā`, `Ă`, `Ą`… one apart),
//! written by build.rs from this toolchain's own `char::to_lowercase`; the test
//! below checks every character against core's.
//!
//! Only the build without the cargo feature `entities` (the page's first module) uses the
//! runs: the entity code lowercases whole strings with `str::to_lowercase` (its final-sigma
//! rule needs more of Unicode than this), which links core's table anyway, so with
//! `entities` [`lowercase`] is core's and the runs would only add 1.5 KB.
#![cfg_attr(feature = "entities", allow(dead_code))]

include!(concat!(env!("OUT_DIR"), "/lowercase.rs"));

/// The lowercase of `c`: what `c.to_lowercase()` gives.
#[cfg(not(feature = "entities"))]
pub fn lowercase(c: char) -> Lowercase {
    by_runs(c)
}

/// The lowercase of `c`: core's `char::to_lowercase` (see the module's comment).
#[cfg(feature = "entities")]
pub fn lowercase(c: char) -> std::char::ToLowercase {
    c.to_lowercase()
}

/// The lowercase of `c` from the runs: one character except for U+0130
/// (`İ` → `i` + U+0307).
fn by_runs(c: char) -> Lowercase {
    let cp = c as u32;
    let one = |c: char| Lowercase { chars: [c, '\0'], len: 1, at: 0 };
    if c.is_ascii() {
        return one(c.to_ascii_lowercase());
    }
    if cp == 0x130 {
        return Lowercase { chars: ['i', '\u{307}'], len: 2, at: 0 };
    }
    let run = RUNS.partition_point(|&r| r >> 8 <= cp);
    if run > 0 {
        let r = RUNS[run - 1];
        let (start, count, step) = (r >> 8, (r >> 1) & 0x7F, (r & 1) + 1);
        let i = cp - start;
        if i % step == 0 && i / step < count {
            let lower = cp.wrapping_add_signed(DELTAS[run - 1]);
            return one(char::from_u32(lower).unwrap_or(c));
        }
    }
    one(c)
}

/// The characters of [`lowercase`].
#[derive(Clone, Debug)]
pub struct Lowercase {
    chars: [char; 2],
    len: u8,
    at: u8,
}

impl Iterator for Lowercase {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let c = *self.chars.get(usize::from(self.at)).filter(|_| self.at < self.len)?;
        self.at += 1;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = usize::from(self.len - self.at);
        (left, Some(left))
    }
}

#[cfg(test)]
mod tests {
    use super::by_runs;

    #[test]
    fn same_as_core() {
        let differ: Vec<char> =
            (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| !by_runs(c).eq(c.to_lowercase())).collect();
        assert!(differ.is_empty(), "{differ:?}");
    }
}
