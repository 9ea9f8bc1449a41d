//! What the scorer knows about each candidate sentence. Nothing here
//! depends on how long a summary is asked for: the same sentence of the same
//! text always gets the same features, hence the same score.

use crate::document::Document;
use crate::summary::graph::{dot, Vectors};
use crate::text::layout::Role;

/// How many of the text's most frequent content terms count as its key
/// terms (the `keywords` feature and the `keywords` reason).
pub const KEY_TERMS: usize = 10;

/// What the scorer knows about one candidate sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Features {
    /// Position among the candidate (body) sentences, from 0.
    pub position: usize,
    /// Number of candidate sentences in the text.
    pub count: usize,
    /// LexRank centrality, mean 1 over the candidates.
    pub centrality: f32,
    /// Place when the candidates are ordered by `centrality`, from 0 (the
    /// most central).
    pub centrality_rank: usize,
    /// TextRank centrality (word-overlap similarity), mean 1.
    pub overlap: f32,
    /// How common the sentence's words are in the text: the sum over its
    /// distinct terms of the share of sentences that contain them.
    pub coverage: f32,
    /// Cosine similarity to the title (0 without a title).
    pub title: f32,
    /// How many of the text's key terms the sentence contains.
    pub key_terms: usize,
    /// Words in the sentence.
    pub words: usize,
    /// Ends with a question mark.
    pub question: bool,
    /// Opens with a quotation mark.
    pub quote: bool,
    /// Holds a quotation mark anywhere.
    pub quoted: bool,
    /// Holds a digit.
    pub digits: bool,
}

/// Candidate sentences: the article's running text. Headings, then the
/// title, then page furniture are only used when there is nothing else (a
/// summary is never empty while the text has a sentence).
pub fn candidates(doc: &Document) -> Nodes {
    let roles = || doc.sentences.iter().map(|s| s.role);
    for keep in [&|r| r == Role::Body, &|r| r == Role::Heading, &|r| r != Role::Boilerplate, &|_| true]
        as [&dyn Fn(Role) -> bool; 4]
    {
        // Counted first: the list is made at its size (or not at all when
        // every sentence is a candidate), not grown by doubling.
        let count = roles().filter(|&r| keep(r)).count();
        if count == doc.sentences.len() {
            return Nodes { list: None, len: count };
        }
        if count > 0 {
            let mut list = Vec::with_capacity(count);
            list.extend(roles().enumerate().filter(|&(_, r)| keep(r)).map(|(i, _)| i));
            return Nodes { list: Some(list), len: count };
        }
    }
    Nodes { list: None, len: 0 }
}

/// The candidate sentences (indices into `doc.sentences`), in text order:
/// a list, or nothing held when every sentence is one (a text of millions
/// of one-word lines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nodes {
    list: Option<Vec<usize>>,
    len: usize,
}

impl Nodes {
    /// Every sentence of `0..len` is a candidate.
    pub fn all(len: usize) -> Nodes {
        Nodes { list: None, len }
    }

    /// These sentences are the candidates (in text order).
    pub fn from_list(list: Vec<usize>) -> Nodes {
        Nodes { len: list.len(), list: Some(list) }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The sentence of candidate `k`.
    pub fn get(&self, k: usize) -> usize {
        match &self.list {
            Some(list) => list[k],
            None => {
                assert!(k < self.len, "candidate {k} of {}", self.len);
                k
            }
        }
    }

    /// The candidates' sentences, in text order.
    pub fn iter(&self) -> NodesIter<'_> {
        match &self.list {
            Some(list) => NodesIter::List(list.iter()),
            None => NodesIter::All(0..self.len),
        }
    }
}

/// [`Nodes::iter`]: the list's entries, or every sentence.
#[derive(Debug, Clone)]
pub enum NodesIter<'a> {
    List(std::slice::Iter<'a, usize>),
    All(std::ops::Range<usize>),
}

impl Iterator for NodesIter<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            NodesIter::List(it) => it.next().copied(),
            NodesIter::All(range) => range.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            NodesIter::List(it) => it.size_hint(),
            NodesIter::All(range) => range.size_hint(),
        }
    }
}

impl ExactSizeIterator for NodesIter<'_> {}

/// Sentence frequency of each term over the candidates.
pub fn sentence_frequencies(doc: &Document, vectors: &Vectors, nodes: &Nodes) -> Vec<u32> {
    let mut df = vec![0u32; doc.terms.len()];
    for i in nodes.iter() {
        for &(t, _) in vectors.row(i) {
            df[t as usize] += 1;
        }
    }
    df
}

/// The text's key terms: the [`KEY_TERMS`] terms found in most candidate
/// sentences (at least two), a title term counting one sentence more; ties
/// go to the term seen first. Returned as a membership table over
/// `doc.terms`. Linear: one pass over the terms.
pub fn key_terms(doc: &Document, vectors: &Vectors, nodes: &Nodes, df: &[u32]) -> Vec<bool> {
    let mut weight: Vec<u32> = df.to_vec();
    if let Some(t) = doc.title {
        for &(id, _) in vectors.row(t) {
            weight[id as usize] += 1;
        }
    }
    // First occurrence of each term, for stable ties.
    let mut first = vec![u32::MAX; doc.terms.len()];
    for (k, i) in nodes.iter().enumerate() {
        for &(t, _) in vectors.row(i) {
            first[t as usize] = first[t as usize].min(k as u32);
        }
    }
    let mut terms: Vec<usize> = (0..doc.terms.len()).filter(|&t| df[t] >= 2).collect();
    if terms.len() > KEY_TERMS {
        // A total order (the term's number, i.e. its order of first appearance,
        // breaks the last ties), so the chosen set does not depend on the sort;
        // the one shared sort instead of std's selection (a second sort family
        // in the page module).
        crate::sort::sort_indices(&mut terms, &mut |a, b| {
            weight[b].cmp(&weight[a]).then(first[a].cmp(&first[b])).then(a.cmp(&b))
        });
        terms.truncate(KEY_TERMS);
    }
    let mut member = vec![false; doc.terms.len()];
    for t in terms {
        member[t] = true;
    }
    member
}

/// A candidate's features as held for the ranking: 20 bytes instead of a
/// [`Features`]' 40 in wasm32 (80 natively). Its position and the number
/// of candidates are implied, and what its TF-IDF vector gives (coverage,
/// title similarity, key terms) is read from the vector when asked for
/// ([`Held::features`]).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Held {
    centrality: f32,
    overlap: f32,
    centrality_rank: u32,
    words: u32,
    /// [`QUESTION`], [`QUOTE`], [`QUOTED`], [`DIGITS`].
    flags: u8,
}

const QUESTION: u8 = 1;
const QUOTE: u8 = 2;
const QUOTED: u8 = 4;
const DIGITS: u8 = 8;

/// What the features of every candidate read besides its own [`Held`].
pub struct Shared<'a> {
    pub vectors: &'a Vectors,
    /// Sentence frequency of each term over the candidates.
    pub df: &'a [u32],
    /// Which terms are the text's key terms.
    pub key: &'a [bool],
    /// The title's sentence, if any.
    pub title: Option<usize>,
    /// Number of candidates.
    pub count: usize,
}

impl Held {
    /// Words in the sentence.
    pub fn words(&self) -> usize {
        self.words as usize
    }

    /// The features of the candidate at `position`, sentence `sentence`.
    pub fn features(&self, position: usize, sentence: usize, shared: &Shared) -> Features {
        let row = shared.vectors.row(sentence);
        let share = 1.0 / shared.count.max(1) as f32;
        Features {
            position,
            count: shared.count,
            centrality: self.centrality,
            centrality_rank: self.centrality_rank as usize,
            overlap: self.overlap,
            coverage: row.iter().map(|&(t, _)| shared.df[t as usize] as f32 * share).sum(),
            title: shared.title.map_or(0.0, |t| dot(shared.vectors.row(t), row)),
            key_terms: row.iter().filter(|&&(t, _)| shared.key[t as usize]).count(),
            words: self.words as usize,
            question: self.flags & QUESTION != 0,
            quote: self.flags & QUOTE != 0,
            quoted: self.flags & QUOTED != 0,
            digits: self.flags & DIGITS != 0,
        }
    }
}

impl Held {
    /// What is held of candidate sentence `i`, with its two centralities and
    /// its place by centrality.
    pub fn of(doc: &Document, i: usize, centrality: f32, overlap: f32, centrality_rank: usize) -> Held {
        let body = doc.content(i).slice(doc.text());
        let trimmed = body.trim_end_matches(['"', '\'', ')', '\u{201D}', '\u{2019}', ' ']);
        let flag = |on: bool, bit: u8| if on { bit } else { 0 };
        Held {
            centrality,
            centrality_rank: u32::try_from(centrality_rank).unwrap_or(u32::MAX),
            overlap,
            words: u32::try_from(doc.sentence_tokens(i).len()).unwrap_or(u32::MAX),
            flags: flag(trimmed.ends_with('?'), QUESTION)
                | flag(body.starts_with(['"', '\u{201C}', '\'', '\u{2018}']), QUOTE)
                | flag(body.contains(['"', '\u{201C}', '\u{201D}']), QUOTED)
                | flag(without_list_marker(body).contains(|c: char| c.is_ascii_digit()), DIGITS),
        }
    }
}

/// Each candidate's place when the candidates are ordered by centrality,
/// from 0 (the most central; ties to the earlier candidate). Sorted in
/// place and the sorted order turned into the places in place: one list of
/// `n`, not two and a sort buffer.
pub fn centrality_ranks(centrality: &[f32]) -> Vec<usize> {
    let n = centrality.len();
    let mut order: Vec<usize> = (0..n).collect();
    // A total order: sorted in place (no buffer of half the list), as a stable sort would.
    crate::sort::sort_indices_in_place(&mut order, &mut |a, b| centrality[b].total_cmp(&centrality[a]).then(a.cmp(&b)));
    invert_permutation(&mut order);
    order
}

/// Replaces the permutation `p` by its inverse (`q[p[r]] = r`), following
/// each cycle once and marking what is done with the top bit.
fn invert_permutation(p: &mut [usize]) {
    const DONE: usize = 1 << (usize::BITS - 1);
    assert!(p.len() < DONE, "too many candidates");
    for start in 0..p.len() {
        if p[start] & DONE != 0 {
            continue;
        }
        let mut prev = start;
        let mut cur = p[start];
        while cur != start {
            let next = p[cur];
            p[cur] = prev | DONE;
            prev = cur;
            cur = next;
        }
        p[start] = prev | DONE;
    }
    p.iter_mut().for_each(|v| *v &= !DONE);
}

/// What is held of every candidate's features, in the order of `nodes`.
pub fn features(doc: &Document, nodes: &Nodes, centrality: &[f32], overlap: &[f32]) -> Vec<Held> {
    let centrality_rank = centrality_ranks(centrality);
    let mut held = Vec::with_capacity(nodes.len());
    held.extend(nodes.iter().enumerate().map(|(k, i)| Held::of(doc, i, centrality[k], overlap[k], centrality_rank[k])));
    held
}

/// The sentence without a leading list number (`1. `, `2) `): a list
/// marker is not a figure.
fn without_list_marker(sentence: &str) -> &str {
    let rest = sentence.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() < sentence.len() && (rest.starts_with(". ") || rest.starts_with(") ")) {
        &rest[2..]
    } else {
        sentence
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn permutations_are_inverted_in_place() {
        for p in [vec![], vec![0], vec![1, 0], vec![2, 0, 1], vec![3, 1, 4, 0, 2], vec![0, 2, 1, 4, 3, 5]] {
            let mut q = p.clone();
            super::invert_permutation(&mut q);
            for (r, &k) in p.iter().enumerate() {
                assert_eq!(q[k], r, "{p:?} → {q:?}");
            }
        }
    }

    #[test]
    fn centrality_ranks_order_by_centrality_then_position() {
        assert_eq!(super::centrality_ranks(&[0.5, 2.0, 0.5, 3.0, 2.0]), [3, 1, 4, 0, 2]);
    }

    #[test]
    fn list_numbers_are_not_figures() {
        assert_eq!(super::without_list_marker("1. Move plants"), "Move plants");
        assert_eq!(super::without_list_marker("12) Water less"), "Water less");
        assert_eq!(super::without_list_marker("2015 was a year"), "2015 was a year");
        assert_eq!(super::without_list_marker("1.5 million people"), "1.5 million people");
    }
}
