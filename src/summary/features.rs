//! Per-sentence features that the summary score combines.

use crate::document::Document;
use crate::summary::graph::{dot, Vectors};
use crate::text::layout::Role;

/// What the scorer knows about one candidate sentence.
#[derive(Debug, Clone, Copy, Default)]
pub struct Features {
    /// Position among the candidate (body) sentences, from 0.
    pub rank: usize,
    /// LexRank centrality, mean 1 over the candidates.
    pub centrality: f32,
    /// TextRank centrality (word-overlap similarity), mean 1.
    pub overlap: f32,
    /// How common the sentence's words are in the text: the sum over its
    /// distinct terms of the share of sentences that contain them.
    pub coverage: f32,
    /// Cosine similarity to the title (0 without a title).
    pub title: f32,
    /// Words in the sentence.
    pub words: usize,
    /// Ends with a question mark.
    pub question: bool,
    /// Opens with a quotation mark.
    pub quote: bool,
    /// First sentence of its paragraph.
    pub paragraph_start: bool,
}

/// Candidate sentences: the article's running text. Titles, headings and
/// boilerplate are only used when there is nothing else.
pub fn candidates(doc: &Document) -> Vec<usize> {
    let body: Vec<usize> = (0..doc.sentences.len()).filter(|&i| doc.sentences[i].role == Role::Body).collect();
    if !body.is_empty() {
        return body;
    }
    let headings: Vec<usize> = (0..doc.sentences.len()).filter(|&i| doc.sentences[i].role == Role::Heading).collect();
    if !headings.is_empty() {
        return headings;
    }
    (0..doc.sentences.len()).filter(|&i| doc.sentences[i].role != Role::Boilerplate).collect()
}

pub fn features(
    doc: &Document,
    vectors: &Vectors,
    nodes: &[usize],
    centrality: &[f32],
    overlap: &[f32],
) -> Vec<Features> {
    let title = doc.title.map(|t| vectors.row(t));
    // Sentence frequency of each term over the candidates.
    let mut df = vec![0u32; doc.terms.len()];
    for &i in nodes {
        for &(t, _) in vectors.row(i) {
            df[t as usize] += 1;
        }
    }
    let n = nodes.len().max(1) as f32;
    let text = doc.text();
    let mut prev_paragraph = usize::MAX;
    nodes
        .iter()
        .enumerate()
        .map(|(rank, &i)| {
            let s = &doc.sentences[i];
            let body = s.content.slice(text);
            let trimmed = body.trim_end_matches(['"', '\'', ')', '\u{201D}', '\u{2019}', ' ']);
            let f = Features {
                rank,
                centrality: centrality[rank],
                overlap: overlap[rank],
                coverage: vectors.row(i).iter().map(|&(t, _)| df[t as usize] as f32 / n).sum(),
                title: title.map_or(0.0, |t| dot(t, vectors.row(i))),
                words: doc.sentence_tokens(i).len(),
                question: trimmed.ends_with('?'),
                quote: body.starts_with(['"', '\u{201C}', '\'', '\u{2018}']),
                paragraph_start: s.paragraph != prev_paragraph,
            };
            prev_paragraph = s.paragraph;
            f
        })
        .collect()
}
