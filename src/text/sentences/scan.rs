//! Byte searches for the pre-passes over the whole text, eight bytes at a
//! time: most 8-byte words of a text hold none of the bytes looked for, and
//! one test of the word skips them all. Plain safe code, no crate: the
//! page's module stays as small as it was.

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Does the little-endian word `w` hold the byte `c`? Exact (the classic
/// "has a zero byte" test on `w ^ c…c`).
#[inline]
pub(super) fn has_byte(w: u64, c: u8) -> bool {
    let x = w ^ (LO * c as u64);
    x.wrapping_sub(LO) & !x & HI != 0
}

/// Does `w` hold a byte of 0x80 or more (a part of a non-ASCII character)?
#[inline]
pub(super) fn has_non_ascii(w: u64) -> bool {
    w & HI != 0
}

/// The first position at or after `from` whose byte is a hit. `may_hold`
/// must be true of every 8-byte word (read little-endian) that holds a hit;
/// it may be true of others.
#[inline]
pub(super) fn find_byte(
    b: &[u8],
    from: usize,
    may_hold: impl Fn(u64) -> bool,
    hit: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut i = from;
    while i < b.len() {
        let end = (i + 8).min(b.len());
        let chunk = &b[i..end];
        let test = match *chunk {
            [a, b, c, d, e, f, g, h] => may_hold(u64::from_le_bytes([a, b, c, d, e, f, g, h])),
            _ => true,
        };
        if test {
            if let Some(k) = chunk.iter().position(|&c| hit(c)) {
                return Some(i + k);
            }
        }
        i = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_in_words() {
        let w = u64::from_le_bytes(*b"ab.d(f\x80h");
        assert!(has_byte(w, b'.') && has_byte(w, b'(') && has_byte(w, b'h'));
        assert!(!has_byte(w, b')') && !has_byte(w, b'\n') && !has_byte(w, 0));
        assert!(has_non_ascii(w) && !has_non_ascii(u64::from_le_bytes(*b"abcdefgh")));
        // A byte one above or below the one looked for, and a zero byte.
        for c in 1..=255u8 {
            for near in [c - 1, c.wrapping_add(1), 0] {
                let w = u64::from_le_bytes([near, near, 0x7f, 0x80, near, 0xff, near, near]);
                let holds = w.to_le_bytes().contains(&c);
                assert_eq!(has_byte(w, c), holds, "{c:#x} in {w:#x}");
            }
        }
    }

    #[test]
    fn finds_the_first_hit_in_any_position() {
        let dot = |b: &[u8], from| find_byte(b, from, |w| has_byte(w, b'.'), |c| c == b'.');
        for len in 0..20 {
            for at in 0..len {
                let mut b = vec![b'x'; len];
                b[at] = b'.';
                assert_eq!(dot(&b, 0), Some(at), "{len} {at}");
                assert_eq!(dot(&b, at), Some(at));
                assert_eq!(dot(&b, at + 1), None);
            }
            assert_eq!(dot(&vec![b'x'; len], 0), None);
        }
        assert_eq!(dot(b"a.b", 5), None, "from past the end");
    }
}
