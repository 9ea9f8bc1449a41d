//! Budgets (how much summary the caller wants) and redundancy-aware
//! selection of sentences within that budget.

use crate::error::{Error, Result};
use crate::summary::graph::{dot, Vector};

/// A summary length preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Length {
    /// About 3 sentences for an article.
    Short,
    /// About 5 sentences for an article.
    #[default]
    Medium,
    /// About 7 sentences for an article.
    Long,
}

impl Length {
    pub fn parse(s: &str) -> Option<Length> {
        match s.trim().to_ascii_lowercase().as_str() {
            "short" => Some(Length::Short),
            "medium" => Some(Length::Medium),
            "long" => Some(Length::Long),
            _ => None,
        }
    }

    /// Sentences for a text with `candidates` summarisable sentences: 3/5/7
    /// for an article, growing with the square root of longer texts.
    pub fn sentences(self, candidates: usize) -> usize {
        let base = match self {
            Length::Short => 3.0,
            Length::Medium => 5.0,
            Length::Long => 7.0,
        };
        let scale = (candidates as f64 / 40.0).sqrt().max(1.0);
        (base * scale).round() as usize
    }
}

/// How long the summary should be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Budget {
    /// Exactly this many sentences (fewer if the text has fewer).
    Sentences(usize),
    /// As many sentences as fit in this many words.
    Words(usize),
    /// This fraction (0 < r ≤ 1) of the text's sentences, at least one.
    Ratio(f64),
    /// A preset.
    Length(Length),
}

impl Default for Budget {
    fn default() -> Self {
        Budget::Length(Length::Medium)
    }
}

impl Budget {
    /// Checks the values a user gave.
    pub fn validate(&self) -> Result<()> {
        match *self {
            Budget::Sentences(0) => Err(Error::invalid_option("sentences", "must be a positive integer, got 0")),
            Budget::Words(0) => Err(Error::invalid_option("words", "must be a positive integer, got 0")),
            Budget::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                Err(Error::invalid_option("ratio", format!("must be a number greater than 0 and at most 1, got {r}")))
            }
            _ => Ok(()),
        }
    }

    /// The number of sentences to aim for, given the candidates (for a word
    /// budget: an upper bound, the words decide).
    pub fn target(&self, candidates: usize) -> usize {
        let n = match *self {
            Budget::Sentences(n) => n,
            Budget::Words(_) => candidates,
            Budget::Ratio(r) => ((candidates as f64 * r).ceil() as usize).max(1),
            Budget::Length(l) => l.sentences(candidates),
        };
        n.min(candidates)
    }
}

/// One candidate for selection.
pub struct Candidate<'v> {
    pub index: usize,
    pub score: f32,
    pub words: usize,
    pub vector: &'v Vector,
}

/// Picks sentences by maximal marginal relevance: each step takes the
/// candidate whose score, less a penalty for its similarity to what is
/// already chosen, is highest, and never takes a near-duplicate. Returns
/// positions into `candidates`.
pub fn select(candidates: &[Candidate], budget: &Budget, redundancy: f32) -> Vec<usize> {
    let target = budget.target(candidates.len());
    let word_limit = match budget {
        Budget::Words(w) => Some(*w),
        _ => None,
    };
    // Only the best few need to be considered: keeps selection cheap on a book.
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&a, &b| candidates[b].score.total_cmp(&candidates[a].score).then(a.cmp(&b)));
    let pool_size = (target * 6).max(60).min(order.len());
    let mut pool: Vec<usize> = order[..pool_size].to_vec();
    let mut max_sim = vec![0f32; pool.len()];
    let mut chosen: Vec<usize> = Vec::new();
    let mut words = 0usize;
    while chosen.len() < target && !pool.is_empty() {
        let mut best: Option<(usize, f32)> = None;
        for (k, &c) in pool.iter().enumerate() {
            if max_sim[k] > 0.8 {
                continue;
            }
            if let Some(limit) = word_limit {
                if words + candidates[c].words > limit {
                    continue;
                }
            }
            let value = candidates[c].score - redundancy * max_sim[k];
            if best.is_none_or(|(_, v)| value > v) {
                best = Some((k, value));
            }
        }
        let Some((k, _)) = best else { break };
        let c = pool.swap_remove(k);
        max_sim.swap_remove(k);
        words += candidates[c].words;
        for (k2, &c2) in pool.iter().enumerate() {
            let s = dot(candidates[c].vector, candidates[c2].vector);
            if s > max_sim[k2] {
                max_sim[k2] = s;
            }
        }
        chosen.push(c);
    }
    chosen
}
