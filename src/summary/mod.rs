//! Extractive summaries: rank the sentences of a [`Document`], then pick the
//! best few within a budget, without repeating themselves.
//!
//! The score of a sentence combines its centrality (continuous LexRank over
//! TF-IDF cosine similarity, see [`graph`]), its position, its similarity to
//! the title and its length, less penalties for questions and fragments.
//! How much position counts depends on how much of the text is asked for:
//! picking 3 sentences of a long news story, the lead is very hard to beat;
//! picking 40% of a short one, centrality and coverage decide. The weights
//! were tuned on CNN and BBC news (see DESIGN.md).

pub mod features;
pub mod graph;
pub mod select;

use crate::document::Document;
use crate::span::Span;
use features::Features;
pub use select::{Budget, Length};

/// Options for [`summarize_document`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SummaryOptions {
    pub budget: Budget,
}

/// One sentence of a summary.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SummarySentence {
    /// Index of the sentence in the document (as in [`Document::sentences`]).
    pub index: usize,
    /// Exactly `text[start..end]`.
    pub text: String,
    /// Byte offsets into the original text.
    pub start: usize,
    pub end: usize,
    /// The sentence's score (higher is more central to the text).
    pub score: f32,
}

impl SummarySentence {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Rewrites the offsets with `f` (e.g. bytes to UTF-16 units for JS).
    pub fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

/// The weights of the sentence score. Public for the tuning tool only.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub centrality: f32,
    pub lead: f32,
    pub lead_decay: f32,
    pub title: f32,
    pub length: f32,
    pub short_penalty: f32,
    pub question: f32,
    pub quote: f32,
    pub paragraph_start: f32,
    pub redundancy: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            centrality: 1.0,
            lead: 2.0,
            lead_decay: 0.5,
            title: 1.0,
            length: 0.5,
            short_penalty: 1.0,
            question: 0.5,
            quote: 0.2,
            paragraph_start: 0.1,
            redundancy: 1.0,
        }
    }
}

/// Summarizes a document with the default weights.
pub fn summarize_document(doc: &Document, options: &SummaryOptions) -> Vec<SummarySentence> {
    summarize_with(doc, options, &Weights::default())
}

#[doc(hidden)]
pub fn summarize_with(doc: &Document, options: &SummaryOptions, w: &Weights) -> Vec<SummarySentence> {
    let nodes = features::candidates(doc);
    if nodes.is_empty() {
        return Vec::new();
    }
    let vectors = graph::Vectors::new(doc);
    let centrality = graph::lexrank(&vectors, &nodes, doc.terms.len());
    let feats = features::features(doc, &vectors, &nodes, &centrality);
    let target = options.budget.target(nodes.len()).max(1);
    let scores: Vec<f32> = feats.iter().map(|f| score(f, target, nodes.len(), w)).collect();
    let cands: Vec<select::Candidate> = nodes
        .iter()
        .zip(&scores)
        .zip(&feats)
        .map(|((&i, &score), f)| select::Candidate { index: i, score, words: f.words, vector: vectors.row(i) })
        .collect();
    let mut chosen: Vec<usize> = select::select(&cands, &options.budget, w.redundancy);
    chosen.sort_unstable();
    let text = doc.text();
    chosen
        .into_iter()
        .map(|c| {
            let i = cands[c].index;
            let span = doc.sentences[i].content;
            SummarySentence {
                index: i,
                text: span.slice(text).to_string(),
                start: span.start,
                end: span.end,
                score: cands[c].score,
            }
        })
        .collect()
}

/// The score of one sentence.
fn score(f: &Features, target: usize, candidates: usize, w: &Weights) -> f32 {
    // Position matters most when little is asked of a long text.
    let share = target as f32 / candidates as f32;
    let lead_strength = w.lead * (1.0 - share).max(0.0);
    let lead = lead_strength * (-(f.rank as f32) * w.lead_decay).exp();
    let words = f.words as f32;
    let length = w.length * (words.min(40.0) / 40.0);
    let short = if f.words < 6 { w.short_penalty } else { 0.0 };
    w.centrality * f.centrality.max(1e-3).ln() + lead + w.title * f.title + length
        - short
        - if f.question { w.question } else { 0.0 }
        - if f.quote { w.quote } else { 0.0 }
        + if f.paragraph_start { w.paragraph_start } else { 0.0 }
}
