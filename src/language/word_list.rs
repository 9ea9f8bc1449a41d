//! [`WordList`]: one word list of a language file, as the build stores it.
//!
//! Every word of every list lives in one string (`tables::WORDS`), one
//! after the other, with the length of each in `tables::LENGTHS`; a list is
//! a range of word numbers. A slice of `&str` would cost 8 bytes of pointer
//! and length per word, which the WebAssembly module ships as data that
//! gzip barely shrinks; a length costs one byte, and compresses well (word
//! offsets, 2 bytes each, hardly compress at all). The offsets are summed up
//! from the lengths on first use (1,957 words in the page's first module,
//! 7,133 with every language: microseconds), so lookups stay binary searches
//! over the sorted lists, with the same cost as over a slice.

use super::tables::{Index, Offset, LENGTHS, WORDS};
use std::cmp::Ordering;
use std::sync::LazyLock;

/// Where word `k` of `WORDS` starts, `ENDS[k]`, and ends, `ENDS[k + 1]`.
static ENDS: LazyLock<Box<[Offset]>> = LazyLock::new(|| {
    let mut end: Offset = 0;
    let rest = LENGTHS.iter().map(|&length| {
        end += Offset::from(length);
        end
    });
    std::iter::once(0).chain(rest).collect()
});

/// A list of words, sorted in byte order without duplicates (the build
/// checks), except the calendar lists in calendar order
/// ([`Calendar::months`](super::Calendar::months), `weekdays`), which are
/// only read by position. `Copy`: pass it by value.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct WordList {
    /// The number of its first word in `tables::WORDS`.
    first: Index,
    len: Index,
}

impl WordList {
    /// The list without words.
    pub const EMPTY: WordList = WordList { first: 0, len: 0 };

    /// Words `first..first + len` of the build's tables (generated code only).
    pub(super) const fn new(first: Index, len: Index) -> WordList {
        WordList { first, len }
    }

    pub fn len(self) -> usize {
        self.len as usize
    }

    pub fn is_empty(self) -> bool {
        self.len == 0
    }

    /// The word at `index`, if the list has one there.
    pub fn get(self, index: usize) -> Option<&'static str> {
        (index < self.len()).then(|| word(self.first as usize + index))
    }

    /// The words in order.
    pub fn iter(self) -> Words {
        let start = self.first as usize;
        Words { ends: &ENDS, next: start, end: start + self.len() }
    }

    /// Is `word` in the list (a binary search: sorted lists only)?
    pub fn contains(self, word: &str) -> bool {
        self.position(word).is_some()
    }

    /// The index of `word` in the list (a binary search: sorted lists only).
    pub fn position(self, word: &str) -> Option<usize> {
        let target = word.as_bytes();
        // The first bytes decide most comparisons: no call to compare the rest.
        self.binary_search_by(|w| match (w.first(), target.first()) {
            (Some(a), Some(b)) if a != b => a.cmp(b),
            _ => w.cmp(target),
        })
        .ok()
    }

    /// A binary search as [`slice::binary_search_by`], `compare` ordering a
    /// word of the list (as bytes) against the target.
    pub fn binary_search_by(self, mut compare: impl FnMut(&[u8]) -> Ordering) -> Result<usize, usize> {
        // The list's offsets and the words' bytes, fetched once per search.
        let first = self.first as usize;
        let ends = &ENDS[first..=first + self.len()];
        let words = WORDS.as_bytes();
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let mid = low + (high - low) / 2;
            match compare(&words[ends[mid] as usize..ends[mid + 1] as usize]) {
                Ordering::Less => low = mid + 1,
                Ordering::Greater => high = mid,
                Ordering::Equal => return Ok(mid),
            }
        }
        Err(low)
    }

    pub fn to_vec(self) -> Vec<&'static str> {
        self.iter().collect()
    }
}

impl IntoIterator for WordList {
    type Item = &'static str;
    type IntoIter = Words;

    fn into_iter(self) -> Words {
        self.iter()
    }
}

impl std::fmt::Debug for WordList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The words of a [`WordList`], in order.
#[derive(Clone)]
pub struct Words {
    /// The offsets (fetched once per iteration).
    ends: &'static [Offset],
    next: usize,
    end: usize,
}

impl Iterator for Words {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        (self.next < self.end).then(|| {
            let k = self.next;
            self.next += 1;
            &WORDS[self.ends[k] as usize..self.ends[k + 1] as usize]
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.end - self.next, Some(self.end - self.next))
    }
}

impl ExactSizeIterator for Words {}

/// Word `k` of the build's tables.
#[inline]
fn word(k: usize) -> &'static str {
    let ends = &**ENDS;
    &WORDS[ends[k] as usize..ends[k + 1] as usize]
}

#[cfg(test)]
mod tests {
    use super::super::ENGLISH;
    use super::*;

    #[test]
    fn lists_read_back_their_words() {
        let stop = ENGLISH.stop_words;
        assert!(stop.len() > 100);
        assert_eq!(stop.iter().len(), stop.len());
        assert_eq!(stop.to_vec().len(), stop.len());
        for (i, w) in stop.iter().enumerate() {
            assert_eq!(stop.get(i), Some(w));
            assert_eq!(stop.position(w), Some(i), "{w}");
            assert!(stop.contains(w), "{w}");
        }
        assert_eq!(stop.get(stop.len()), None);
        for missing in ["", "zzzz", "aardvark", "The"] {
            assert!(!stop.contains(missing), "{missing}");
        }
        assert!(WordList::EMPTY.is_empty());
        assert_eq!(WordList::EMPTY.iter().next(), None);
        assert!(!WordList::EMPTY.contains(""));
        assert_eq!(format!("{:?}", ENGLISH.calendar.weekdays).split(',').count(), 7);
    }
}
