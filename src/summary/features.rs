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
pub fn candidates(doc: &Document) -> Vec<usize> {
    let with_role = |keep: &dyn Fn(Role) -> bool| -> Vec<usize> {
        (0..doc.sentences.len()).filter(|&i| keep(doc.sentences[i].role)).collect()
    };
    for keep in [&|r| r == Role::Body, &|r| r == Role::Heading, &|r| r != Role::Boilerplate, &|_| true]
        as [&dyn Fn(Role) -> bool; 4]
    {
        let nodes = with_role(keep);
        if !nodes.is_empty() {
            return nodes;
        }
    }
    Vec::new()
}

/// Sentence frequency of each term over the candidates.
pub fn sentence_frequencies(doc: &Document, vectors: &Vectors, nodes: &[usize]) -> Vec<u32> {
    let mut df = vec![0u32; doc.terms.len()];
    for &i in nodes {
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
pub fn key_terms(doc: &Document, vectors: &Vectors, nodes: &[usize], df: &[u32]) -> Vec<bool> {
    let mut weight: Vec<u32> = df.to_vec();
    if let Some(t) = doc.title {
        for &(id, _) in vectors.row(t) {
            weight[id as usize] += 1;
        }
    }
    // First occurrence of each term, for stable ties.
    let mut first = vec![u32::MAX; doc.terms.len()];
    for (k, &i) in nodes.iter().enumerate() {
        for &(t, _) in vectors.row(i) {
            first[t as usize] = first[t as usize].min(k as u32);
        }
    }
    let mut terms: Vec<usize> = (0..doc.terms.len()).filter(|&t| df[t] >= 2).collect();
    let by_weight = |&a: &usize, &b: &usize| weight[b].cmp(&weight[a]).then(first[a].cmp(&first[b]));
    if terms.len() > KEY_TERMS {
        terms.select_nth_unstable_by(KEY_TERMS - 1, by_weight);
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

/// What is held of every candidate's features, in the order of `nodes`.
pub fn features(doc: &Document, nodes: &[usize], centrality: &[f32], overlap: &[f32]) -> Vec<Held> {
    let n = nodes.len();
    let centrality_rank = {
        let mut by_centrality: Vec<usize> = (0..n).collect();
        crate::sort::sort_indices(&mut by_centrality, &mut |a, b| {
            centrality[b].total_cmp(&centrality[a]).then(a.cmp(&b))
        });
        let mut rank = vec![0u32; n];
        for (r, &k) in by_centrality.iter().enumerate() {
            rank[k] = u32::try_from(r).unwrap_or(u32::MAX);
        }
        rank
    };
    let text = doc.text();
    let flag = |on: bool, bit: u8| if on { bit } else { 0 };
    let mut held = Vec::with_capacity(n);
    held.extend(nodes.iter().enumerate().map(|(position, &i)| {
        let body = doc.content(i).slice(text);
        let trimmed = body.trim_end_matches(['"', '\'', ')', '\u{201D}', '\u{2019}', ' ']);
        Held {
            centrality: centrality[position],
            centrality_rank: centrality_rank[position],
            overlap: overlap[position],
            words: u32::try_from(doc.sentence_tokens(i).len()).unwrap_or(u32::MAX),
            flags: flag(trimmed.ends_with('?'), QUESTION)
                | flag(body.starts_with(['"', '\u{201C}', '\'', '\u{2018}']), QUOTE)
                | flag(body.contains(['"', '\u{201C}', '\u{201D}']), QUOTED)
                | flag(without_list_marker(body).contains(|c: char| c.is_ascii_digit()), DIGITS),
        }
    }));
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
    fn list_numbers_are_not_figures() {
        assert_eq!(super::without_list_marker("1. Move plants"), "Move plants");
        assert_eq!(super::without_list_marker("12) Water less"), "Water less");
        assert_eq!(super::without_list_marker("2015 was a year"), "2015 was a year");
        assert_eq!(super::without_list_marker("1.5 million people"), "1.5 million people");
    }
}
