//! Extractive summaries: one ranking of a [`Document`]'s sentences, cut
//! where the budget says.
//!
//! Each candidate (body) sentence gets features that do not depend on the
//! length asked for (position, LexRank and word-overlap centrality, overlap
//! with the title and the text's key terms, length…, see [`features`]); a
//! logistic model fitted on news (see [`rank`] and docs/summary.md) turns
//! them into a score in [0, 1]. The sentences are then ordered once, best
//! first, leaving out repeats ([`select::rank`]), and a budget takes a prefix
//! of that order: a summary of k + 1 sentences contains the summary of k.

pub mod features;
pub mod graph;
pub mod rank;
pub mod select;

use crate::document::Document;
use crate::span::{Offsets, TextSpan};
use features::{Features, Held};
pub use rank::{Inputs, Scorer, Weights};
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
    /// How likely, in [0, 1], the sentence is to belong in a short summary
    /// of the text (the scorer's estimate). The same whatever length is
    /// asked for.
    pub score: f32,
    /// Place in the text's ranking, from 0: a summary of k sentences is the
    /// sentences of rank below k (for a word budget, as many as fit).
    pub rank: usize,
    /// Why the sentence was picked.
    pub reasons: Reasons,
}

/// What made a sentence stand out, for a reader who asks "why this one?".
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Reasons {
    /// Place among the text's candidate (body) sentences, from 0 (the lead).
    pub position: usize,
    /// Place when the candidates are ordered by centrality (how much of the
    /// rest of the text the sentence echoes), from 0 (the most central).
    pub centrality_rank: usize,
    /// Number of candidate sentences: `position` and `centrality_rank`
    /// count within it.
    pub candidates: usize,
    /// The words the sentence shares with the title, as written in the
    /// sentence (empty without a title).
    pub title_words: Vec<String>,
    /// The text's key terms (its most widespread content words) that the
    /// sentence contains, as written in the sentence.
    pub key_terms: Vec<String>,
}

impl Offsets for SummarySentence {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.span.map_offsets(f);
    }
}

/// Summarizes a document with the library's scorer.
///
/// Memory: what is held of the candidates at once is their TF-IDF rows,
/// two scores and a place by centrality (the features are made one
/// candidate at a time, and the two centralities become the two scores in
/// place); a budget that takes only the first slots of the ranking ranks
/// from the best few candidates (see [`select::rank`]).
pub fn summarize_document(doc: &Document, options: &SummaryOptions) -> Vec<SummarySentence> {
    let scorer = &rank::SCORER;
    let nodes = features::candidates(doc);
    let vectors = graph::Vectors::new(doc);
    let terms = doc.terms.len();
    let mut short = graph::lexrank(&vectors, &nodes, terms, graph::Weighting::TfIdf);
    let mut long = graph::lexrank(&vectors, &nodes, terms, graph::Weighting::Overlap);
    let df = features::sentence_frequencies(doc, &vectors, &nodes);
    let key_terms = features::key_terms(doc, &vectors, &nodes, &df);
    let centrality_rank = features::centrality_ranks(&short);
    let n = nodes.len();
    let shared = features::Shared { vectors: &vectors, df: &df, key: &key_terms, title: doc.title, count: n };
    for (k, i) in nodes.iter().enumerate() {
        // Node k's centralities are read only here: its scores take their place.
        let f = Held::of(doc, i, short[k], long[k], centrality_rank[k]).features(k, i, &shared);
        let x = rank::inputs(&f);
        short[k] = scorer.short.logit(&x);
        long[k] = scorer.long.logit(&x);
    }
    let words = |k: usize| u32::try_from(doc.sentence_tokens(nodes.get(k)).len()).unwrap_or(u32::MAX) as usize;
    let budget = &options.budget;
    let limit = match budget {
        Budget::Words(_) => usize::MAX,
        _ => budget.target(n),
    };
    // Standardized within the text (see `Prepared::rank`), when read.
    let scores = select::Scores::standardized(&short, &long);
    let row = |k: usize| vectors.row(nodes.get(k));
    let order = select::rank(&scores, &row, scorer.redundancy, scorer.blend, limit);
    let mut chosen: Vec<(usize, usize)> =
        select::cut(&order, &words, n, budget).into_iter().map(|r| (order[r], r)).collect();
    crate::sort::sort(&mut chosen);
    let text = doc.text();
    chosen
        .into_iter()
        .map(|(node, rank)| {
            let i = nodes.get(node);
            let places = (node, u32::try_from(centrality_rank[node]).unwrap_or(u32::MAX) as usize, n);
            SummarySentence {
                index: i,
                span: TextSpan::new(text, doc.content(i)),
                score: rank::probability(short[node]),
                rank,
                reasons: reasons(doc, &vectors, &key_terms, i, places),
            }
        })
        .collect()
}

/// Everything about a document's sentences that the ranking reads:
/// candidates, vectors, centrality and features. Public for the tuning
/// tool only (the summary itself holds less: [`summarize_document`]).
#[doc(hidden)]
pub struct Prepared {
    /// Candidate sentences (indices into `doc.sentences`), in text order.
    pub nodes: features::Nodes,
    pub vectors: graph::Vectors,
    /// One per node: see [`Prepared::features`].
    held: Vec<Held>,
    /// Which of `doc.terms` are the text's key terms.
    pub key_terms: Vec<bool>,
    /// Sentence frequency of each of `doc.terms` over the nodes.
    df: Vec<u32>,
    /// The title's sentence, if any.
    title: Option<usize>,
}

/// A ranking: positions into [`Prepared::nodes`], best first, and the
/// scorer that made it (a node's score is computed again when asked for,
/// not held for every node).
#[doc(hidden)]
pub struct Ranked {
    pub order: Vec<usize>,
    pub scorer: Scorer,
}

impl Prepared {
    pub fn new(doc: &Document) -> Prepared {
        let nodes = features::candidates(doc);
        let vectors = graph::Vectors::new(doc);
        let terms = doc.terms.len();
        let centrality = graph::lexrank(&vectors, &nodes, terms, graph::Weighting::TfIdf);
        let overlap = graph::lexrank(&vectors, &nodes, terms, graph::Weighting::Overlap);
        let df = features::sentence_frequencies(doc, &vectors, &nodes);
        let key_terms = features::key_terms(doc, &vectors, &nodes, &df);
        let held = features::features(doc, &nodes, &centrality, &overlap);
        Prepared { nodes, vectors, held, key_terms, df, title: doc.title }
    }

    /// The features of node `node`.
    pub fn features(&self, node: usize) -> Features {
        let shared = features::Shared {
            vectors: &self.vectors,
            df: &self.df,
            key: &self.key_terms,
            title: self.title,
            count: self.nodes.len(),
        };
        self.held[node].features(node, self.nodes.get(node), &shared)
    }

    /// The short-summary score (log-odds) of node `node` under `scorer`.
    pub fn logit(&self, scorer: &Scorer, node: usize) -> f32 {
        scorer.short.logit(&rank::inputs(&self.features(node)))
    }

    /// Ranks the nodes with `scorer`.
    pub fn rank(&self, scorer: &Scorer) -> Ranked {
        // The inputs are made per sentence, not held for all (memory).
        let n = self.nodes.len();
        let mut short: Vec<f32> = Vec::with_capacity(n);
        let mut long = Vec::with_capacity(n);
        for node in 0..n {
            let x = rank::inputs(&self.features(node));
            short.push(scorer.short.logit(&x));
            long.push(scorer.long.logit(&x));
        }
        // Standardized within the text, the two scores weigh what the blend
        // says whatever their scales, and the redundancy penalty is in
        // standard deviations.
        let order = select::rank(
            &select::Scores::standardized(&short, &long),
            &|node| self.vectors.row(self.nodes.get(node)),
            scorer.redundancy,
            scorer.blend,
            usize::MAX,
        );
        Ranked { order, scorer: *scorer }
    }

    /// The nodes a budget takes from a ranking, with their places in it:
    /// (node, rank) in rank order.
    pub fn cut(&self, ranked: &Ranked, budget: &Budget) -> Vec<(usize, usize)> {
        let words = |node: usize| self.held[node].words();
        select::cut(&ranked.order, &words, self.nodes.len(), budget).into_iter().map(|r| (ranked.order[r], r)).collect()
    }

    /// The summary a budget takes from a ranking, in text order (the same
    /// as [`summarize_document`]'s).
    pub fn summary(&self, doc: &Document, ranked: &Ranked, budget: &Budget) -> Vec<SummarySentence> {
        let text = doc.text();
        let mut chosen = self.cut(ranked, budget);
        crate::sort::sort(&mut chosen);
        chosen
            .into_iter()
            .map(|(node, rank)| {
                let i = self.nodes.get(node);
                let f = self.features(node);
                SummarySentence {
                    index: i,
                    span: TextSpan::new(text, doc.content(i)),
                    score: rank::probability(self.logit(&ranked.scorer, node)),
                    rank,
                    reasons: reasons(doc, &self.vectors, &self.key_terms, i, (f.position, f.centrality_rank, f.count)),
                }
            })
            .collect()
    }
}

/// The reasons for sentence `i`: its places (position among the
/// candidates, place by centrality, number of candidates), and the title
/// words and key terms it contains (each once, as first written in the
/// sentence).
fn reasons(
    doc: &Document,
    vectors: &graph::Vectors,
    key_terms: &[bool],
    i: usize,
    (position, centrality_rank, candidates): (usize, usize, usize),
) -> Reasons {
    let title = doc.title.map(|t| vectors.row(t));
    let text = doc.text();
    let mut title_words = Vec::new();
    let mut key_words = Vec::new();
    let mut seen = crate::hash::HashSet::default();
    for token in doc.sentence_tokens(i) {
        let Some(term) = token.term() else { continue };
        if !seen.insert(term) {
            continue;
        }
        let word = token.span.slice(text);
        if title.is_some_and(|t| t.binary_search_by_key(&term, |&(id, _)| id).is_ok()) {
            title_words.push(word.to_string());
        }
        if key_terms[term as usize] {
            key_words.push(word.to_string());
        }
    }
    Reasons { position, centrality_rank, candidates, title_words, key_terms: key_words }
}
