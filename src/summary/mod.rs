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
use crate::span::{Offsets, TextSpan};
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
    /// The sentence (without a leading dateline) and its offsets.
    #[serde(flatten)]
    pub span: TextSpan,
    /// The sentence's score (higher is more central to the text).
    pub score: f32,
}

impl Offsets for SummarySentence {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.span.map_offsets(f);
    }
}

/// Names of the score's weights, in the order of [`Weights::values`].
#[doc(hidden)]
pub const WEIGHT_NAMES: [&str; N_WEIGHTS] = [
    "centrality",
    "lead",
    "lead_decay",
    "first",
    "title",
    "length",
    "short_penalty",
    "question",
    "quote",
    "paragraph_start",
    "redundancy",
    "overlap",
    "coverage",
    "length_log",
];

#[doc(hidden)]
pub const N_WEIGHTS: usize = 14;

/// The weights of the sentence score. Each is a pair: its value when a tiny
/// share of the text is asked for (3 sentences of a long story) and when
/// all of it is; in between, the weight is interpolated by the share. This
/// is how one scorer learns that position decides for short news summaries
/// while centrality and coverage decide for long ones. Public for the
/// tuning tool only.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub values: [[f32; 2]; N_WEIGHTS],
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            values: [
                [1.500, 0.719],   // centrality
                [2.500, -1.781],  // lead
                [0.250, 1.312],   // lead_decay
                [-0.234, -1.766], // first
                [0.650, 0.650],   // title
                [-1.266, 1.000],  // length
                [0.938, -1.500],  // short_penalty
                [0.375, -0.250],  // question
                [-0.081, 0.075],  // quote
                [-0.400, 0.100],  // paragraph_start
                [1.781, 0.234],   // redundancy
                [0.000, 3.375],   // overlap
                [0.000, -0.500],  // coverage
                [0.000, 0.000],   // length_log
            ],
        }
    }
}

impl Weights {
    /// The weights in effect when `share` of the candidates is asked for.
    fn at(&self, share: f32) -> [f32; N_WEIGHTS] {
        let s = share.clamp(0.0, 1.0);
        let mut out = [0f32; N_WEIGHTS];
        for (o, [a, b]) in out.iter_mut().zip(self.values) {
            *o = a + (b - a) * s;
        }
        out
    }
}

/// Summarizes a document with the default weights.
pub fn summarize_document(doc: &Document, options: &SummaryOptions) -> Vec<SummarySentence> {
    Prepared::new(doc).summarize(doc, options, &Weights::default())
}

/// The part of summarizing that does not depend on the weights: candidates,
/// vectors, centrality and features. Public for the tuning tool only.
#[doc(hidden)]
pub struct Prepared {
    pub nodes: Vec<usize>,
    pub vectors: graph::Vectors,
    pub features: Vec<Features>,
}

impl Prepared {
    pub fn new(doc: &Document) -> Prepared {
        let nodes = features::candidates(doc);
        let vectors = graph::Vectors::new(doc);
        let centrality = graph::lexrank(&vectors, &nodes, doc.terms.len());
        let overlap = graph::lexrank(&vectors.overlap(), &nodes, doc.terms.len());
        let features = features::features(doc, &vectors, &nodes, &centrality, &overlap);
        Prepared { nodes, vectors, features }
    }

    /// The chosen sentences as indices into `doc.sentences`, in text order,
    /// with their scores.
    pub fn choose(&self, budget: &Budget, weights: &Weights) -> Vec<(usize, f32)> {
        if self.nodes.is_empty() {
            return Vec::new();
        }
        let n = self.nodes.len();
        let target = budget.target(n).max(1);
        let w = weights.at(target as f32 / n as f32);
        let cands: Vec<select::Candidate> = self
            .nodes
            .iter()
            .zip(&self.features)
            .map(|(&i, f)| select::Candidate {
                index: i,
                score: score(f, &w),
                words: f.words,
                vector: self.vectors.row(i),
            })
            .collect();
        let mut chosen: Vec<(usize, f32)> =
            select::select(&cands, budget, w[10]).into_iter().map(|c| (cands[c].index, cands[c].score)).collect();
        chosen.sort_unstable_by_key(|c| c.0);
        chosen
    }

    pub fn summarize(&self, doc: &Document, options: &SummaryOptions, weights: &Weights) -> Vec<SummarySentence> {
        let text = doc.text();
        self.choose(&options.budget, weights)
            .into_iter()
            .map(|(i, score)| SummarySentence { index: i, span: TextSpan::new(text, doc.sentences[i].content), score })
            .collect()
    }
}

/// The score of one sentence under the weights `w` (see [`WEIGHT_NAMES`]).
fn score(f: &Features, w: &[f32; N_WEIGHTS]) -> f32 {
    let flag = |b: bool, weight: f32| if b { weight } else { 0.0 };
    let words = f.words as f32;
    w[0] * f.centrality.max(1e-3).ln()
        + w[1] * (-(f.rank as f32) * w[2]).exp()
        + flag(f.rank == 0, w[3])
        + w[4] * f.title
        + w[5] * (words.min(40.0) / 40.0)
        - flag(f.words < 6, w[6])
        - flag(f.question, w[7])
        - flag(f.quote, w[8])
        + flag(f.paragraph_start, w[9])
        + w[11] * f.overlap.max(1e-3).ln()
        + w[12] * (1.0 + f.coverage).ln()
        + w[13] * (1.0 + words).ln()
}
