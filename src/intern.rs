//! Distinct strings, each with a dense id, stored end to end in one buffer.
//!
//! A document's words and terms: a text of all-distinct words has millions of
//! them. Kept as one `String` each in a `HashMap<String, u32>`, every one is a
//! heap allocation to make and to free, and the allocator's work grows faster
//! than the text (issue 18: time(2n)/time(n) ≈ 2.5 on such text). Here a string
//! costs its bytes in one buffer, four bytes of offset, and eight bytes of table
//! (its hash and its id), and the table grows without reading the strings again.

use hashbrown::HashTable;
use std::borrow::Cow;
use std::hash::BuildHasher;

/// The strings, in the order they were first added: id `i` is the `i`-th.
#[derive(Debug, Clone, Default)]
pub struct Strings {
    text: String,
    /// Where each string ends in `text`; it starts where the one before it ends.
    ends: Vec<u32>,
}

impl Strings {
    /// How many strings there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The string with this id.
    ///
    /// # Panics
    /// If `id` is not below [`len`](Self::len).
    pub fn get(&self, id: u32) -> &str {
        let i = id as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    fn push(&mut self, s: &str) -> u32 {
        let id = self.ends.len() as u32;
        self.text.push_str(s);
        // A document refuses input over 2^31 bytes, so its strings' total fits.
        self.ends.push(self.text.len() as u32);
        id
    }

    fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

/// A set of [`Strings`] that finds a string's id by its text.
#[derive(Debug, Default)]
struct Interner {
    strings: Strings,
    /// `(hash, id)`: 32 bits of the string's hash (enough to place it and to
    /// skip most unequal strings without reading them), then its id.
    table: HashTable<(u32, u32)>,
}

/// The 64-bit hash the table wants, made from 32 bits: its bucket comes from
/// the low bits, its tag from the top seven.
fn hash(s: &str) -> (u64, u32) {
    let h = rustc_hash::FxBuildHasher.hash_one(s);
    let short = (h ^ (h >> 32)) as u32;
    (spread(short), short)
}

fn spread(short: u32) -> u64 {
    (u64::from(short) << 32) | u64::from(short)
}

impl Interner {
    /// The id of `s`, adding it if it is new.
    fn intern(&mut self, s: &str) -> u32 {
        let (h, short) = hash(s);
        let strings = &mut self.strings;
        let entry = self.table.entry(h, |&(hs, id)| hs == short && strings.get(id) == s, |&(hs, _)| spread(hs));
        match entry {
            hashbrown::hash_table::Entry::Occupied(e) => e.get().1,
            hashbrown::hash_table::Entry::Vacant(e) => {
                let id = strings.push(s);
                e.insert((short, id));
                id
            }
        }
    }
}

/// A document's folded words and their index terms, in one table.
///
/// Most words are their own term (`bank`, `council`), so a new word's term
/// is found without a second probe, and the strings a word and a term share
/// are kept once (issue 18: on text of all-distinct words, the probes of two
/// tables that outgrow the cache were what grew faster than the text).
#[derive(Debug, Default)]
pub struct Vocabulary {
    strings: Interner,
    /// Per string: its term when it is read as a word (a term id, [`STOP`],
    /// or [`UNSEEN`]).
    as_word: Vec<u32>,
    /// Per string: its id as a term, or [`UNSEEN`].
    as_term: Vec<u32>,
    terms: Strings,
}

/// A word that has no term (a stop word).
pub const STOP: u32 = u32::MAX - 1;
const UNSEEN: u32 = u32::MAX;

impl Vocabulary {
    /// The term of the folded word `word`: `make_term` says what it is the
    /// first time the word is seen (`None` for a stop word, which has none).
    pub fn word<'w>(&mut self, word: &'w str, make_term: impl FnOnce(&'w str) -> Option<Cow<'w, str>>) -> Option<u32> {
        let id = self.add(word);
        if self.as_word[id] == UNSEEN {
            self.as_word[id] = match make_term(word) {
                None => STOP,
                // Its own term: the string is in the table already.
                Some(term) if term == word => self.term_of(id),
                Some(term) => {
                    let t = self.add(&term);
                    self.term_of(t)
                }
            };
        }
        Some(self.as_word[id]).filter(|&t| t != STOP)
    }

    /// The id of the term `term`, adding it if it is new.
    pub fn term(&mut self, term: &str) -> u32 {
        let id = self.add(term);
        self.term_of(id)
    }

    /// The terms, in the order they were first seen.
    pub fn into_terms(self) -> Strings {
        let mut terms = self.terms;
        terms.shrink_to_fit();
        terms
    }

    fn add(&mut self, s: &str) -> usize {
        let id = self.strings.intern(s) as usize;
        if id == self.as_word.len() {
            self.as_word.push(UNSEEN);
            self.as_term.push(UNSEEN);
        }
        id
    }

    fn term_of(&mut self, id: usize) -> u32 {
        if self.as_term[id] == UNSEEN {
            self.as_term[id] = self.terms.push(self.strings.strings.get(id as u32));
        }
        self.as_term[id]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_dense_and_in_first_seen_order() {
        let mut i = Interner::default();
        let words = ["bank", "river", "", "bank", "banks", "river", "é", "ban"];
        let ids: Vec<u32> = words.iter().map(|w| i.intern(w)).collect();
        assert_eq!(ids, [0, 1, 2, 0, 3, 1, 4, 5]);
        let s = i.strings;
        let back: Vec<&str> = (0..s.len() as u32).map(|id| s.get(id)).collect();
        assert_eq!(back, ["bank", "river", "", "banks", "é", "ban"]);
    }

    #[test]
    fn many_strings_survive_the_table_growing() {
        let mut i = Interner::default();
        for n in 0..50_000u32 {
            assert_eq!(i.intern(&format!("w{n:x}")), n);
        }
        for n in (0..50_000u32).step_by(7) {
            assert_eq!(i.intern(&format!("w{n:x}")), n);
        }
        assert_eq!(i.intern("w"), 50_000);
        let s = i.strings;
        assert_eq!((s.len(), s.get(0), s.get(49_999), s.get(50_000)), (50_001, "w0", "wc34f", "w"));
    }

    #[test]
    fn words_and_terms_share_the_table() {
        let mut v = Vocabulary::default();
        let stem = |w: &str| w.strip_suffix('s').unwrap_or(w).to_string();
        let word = |v: &mut Vocabulary, w: &str| v.word(w, |w| (w != "the").then(|| Cow::Owned(stem(w))));
        let got: Vec<Option<u32>> =
            ["banks", "the", "bank", "river", "banks", "the", "rivers"].iter().map(|w| word(&mut v, w)).collect();
        assert_eq!(got, [Some(0), None, Some(0), Some(1), Some(0), None, Some(1)]);
        // A term that is also some other string's term, then a pair of characters as a term.
        assert_eq!(v.term("river"), 1);
        assert_eq!(v.term("江城"), 2);
        assert_eq!(word(&mut v, "江城"), Some(2), "the same string as a word: its own term");
        assert_eq!(word(&mut v, "bankss"), Some(3), "its term `banks` is new as a term");
        let terms = v.into_terms();
        let all: Vec<&str> = (0..terms.len() as u32).map(|id| terms.get(id)).collect();
        assert_eq!(all, ["bank", "river", "江城", "banks"], "in the order first seen");
    }
}
