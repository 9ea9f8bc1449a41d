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

/// The features of every candidate, in the order of `nodes`.
pub fn features(
    doc: &Document,
    vectors: &Vectors,
    nodes: &[usize],
    centrality: &[f32],
    overlap: &[f32],
    df: &[u32],
    key: &[bool],
) -> Vec<Features> {
    let title = doc.title.map(|t| vectors.row(t));
    let n = nodes.len();
    let mut by_centrality: Vec<usize> = (0..n).collect();
    crate::sort::sort_indices(&mut by_centrality, &mut |a, b| centrality[b].total_cmp(&centrality[a]).then(a.cmp(&b)));
    let mut centrality_rank = vec![0usize; n];
    for (r, &k) in by_centrality.iter().enumerate() {
        centrality_rank[k] = r;
    }
    let share = 1.0 / n.max(1) as f32;
    let text = doc.text();
    nodes
        .iter()
        .enumerate()
        .map(|(position, &i)| {
            let s = &doc.sentences[i];
            let body = s.content.slice(text);
            let trimmed = body.trim_end_matches(['"', '\'', ')', '\u{201D}', '\u{2019}', ' ']);
            let row = vectors.row(i);
            Features {
                position,
                count: n,
                centrality: centrality[position],
                centrality_rank: centrality_rank[position],
                overlap: overlap[position],
                coverage: row.iter().map(|&(t, _)| df[t as usize] as f32 * share).sum(),
                title: title.map_or(0.0, |t| dot(t, row)),
                key_terms: row.iter().filter(|&&(t, _)| key[t as usize]).count(),
                words: doc.sentence_tokens(i).len(),
                question: trimmed.ends_with('?'),
                quote: body.starts_with(['"', '\u{201C}', '\'', '\u{2018}']),
                quoted: body.contains(['"', '\u{201C}', '\u{201D}']),
                digits: without_list_marker(body).contains(|c: char| c.is_ascii_digit()),
            }
        })
        .collect()
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
