//! Budgets (how much summary the caller wants) and redundancy-aware
//! selection of sentences within that budget.

pub use crate::options::{Budget, Length};
use crate::summary::graph::{dot, Vector};

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
