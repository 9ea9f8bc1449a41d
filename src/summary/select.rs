//! The one redundancy-aware
//! ranking of a text's sentences, and the cut of that ranking a budget
//! makes. Every budget takes a prefix of the same list, so a summary of
//! k + 1 sentences always contains the summary of k.

use crate::hash::HashSet;
pub use crate::options::{Budget, Length};
use crate::summary::graph::{dot, Vector};

/// How many of the best remaining sentences each step of the ranking
/// weighs against each other: bounds the cost of a step.
const WINDOW: usize = 64;

/// Redundancy is measured against the first this many ranked sentences: a
/// reader never gets further than that in a summary, and it bounds the cost
/// of ranking a book. Beyond, only exact repeats are left out.
const MEMORY: usize = 32;

/// A sentence more similar than this to one ranked above it is left out.
const DUPLICATE: f32 = 0.8;

/// How the ranking moves from the short-summary score to the long-extract
/// score as it goes deeper into the text (see [`rank`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Blend {
    /// Share of the candidates ranked before the long-extract score starts
    /// to count.
    pub delay: f32,
    /// Share of the candidates ranked when it has taken over entirely.
    pub reach: f32,
}

/// The blend changes in this many steps, each a re-sort of what is left:
/// the cost stays O(n log n).
const STAGES: usize = 8;

impl Blend {
    /// The weight of the long-extract score at slot `slot` of `n`, rounded
    /// down to a stage: (stage, weight).
    fn at(&self, slot: usize, n: usize) -> (usize, f32) {
        let share = slot as f32 / n.max(1) as f32;
        let alpha = ((share - self.delay) / (self.reach - self.delay).max(1e-3)).clamp(0.0, 1.0);
        let stage = (alpha * STAGES as f32).floor() as usize;
        (stage, stage as f32 / STAGES as f32)
    }
}

/// Orders the candidates once, for every budget. Each slot of the ranking
/// takes the best remaining sentence under a blend of two scores (log-odds):
/// `short`, what a summary of a few sentences keeps, and `long`, what a long
/// extract keeps. The first slots follow `short`; as the ranking reaches
/// deeper into the text, `long` takes over (`blend`). The choice is by
/// maximal marginal relevance: among the [`WINDOW`] best remaining by the
/// blended score, the one whose score less `redundancy` times its greatest
/// similarity to the first [`MEMORY`] ranked sentences is highest. Near
/// repeats of those (and exact repeats of any ranked sentence) are left out.
/// `vector(c)` is candidate c's TF-IDF vector. Returns positions into the
/// score slices, best first.
///
/// Cost: one sort per stage of the blend, then per candidate at most
/// `WINDOW + MEMORY` dot products and a scan of the window: O(n log n)
/// whatever is asked for later.
pub fn rank<'v>(
    short: &[f32],
    long: &[f32],
    vector: &dyn Fn(usize) -> &'v Vector,
    redundancy: f32,
    blend: Blend,
) -> Vec<usize> {
    let n = short.len();
    let similarity = |a: usize, b: usize| dot(vector(a), vector(b));
    // A candidate's blended score at the current stage's weight of `long`:
    // computed when read, not held (4 bytes a candidate).
    let blended = |c: usize, alpha: f32| (1.0 - alpha) * short[c] + alpha * long[c];
    let mut alpha = 0f32;
    // Not yet ranked nor in the window, sorted by blended score, best first from `next`.
    let mut pending: Vec<usize> = (0..n).collect();
    let mut next = 0usize;
    // (candidate, its greatest similarity to the memory), in blended-score order.
    let mut window: Vec<(usize, f32)> = Vec::with_capacity(WINDOW);
    let mut memory: Vec<usize> = Vec::with_capacity(MEMORY);
    let mut seen: HashSet<Vec<u32>> = HashSet::default();
    let mut ranked = Vec::with_capacity(n);
    let mut stage = usize::MAX;
    loop {
        let (s, stage_alpha) = blend.at(ranked.len(), n);
        if s != stage {
            stage = s;
            alpha = stage_alpha;
            pending.drain(..next);
            pending.extend(window.drain(..).map(|(c, _)| c));
            next = 0;
            // Ties go to the earlier sentence.
            crate::sort::sort_indices(&mut pending, &mut |a, b| {
                blended(b, alpha).total_cmp(&blended(a, alpha)).then(a.cmp(&b))
            });
        }
        while window.len() < WINDOW && next < pending.len() {
            let c = pending[next];
            next += 1;
            let most = memory.iter().map(|&m| similarity(c, m)).fold(0.0, f32::max);
            if most <= DUPLICATE {
                window.push((c, most));
            }
        }
        let Some(k) = (0..window.len()).max_by(|&a, &b| {
            let mmr = |(c, most): (usize, f32)| blended(c, alpha) - redundancy * most;
            mmr(window[a]).total_cmp(&mmr(window[b])).then(b.cmp(&a))
        }) else {
            break;
        };
        let (c, _) = window.remove(k);
        if !vector(c).is_empty() && !seen.insert(vector(c).iter().map(|&(t, _)| t).collect()) {
            continue;
        }
        ranked.push(c);
        if memory.len() < MEMORY {
            memory.push(c);
            for entry in &mut window {
                entry.1 = entry.1.max(similarity(c, entry.0));
            }
            window.retain(|&(_, most)| most <= DUPLICATE);
        }
    }
    ranked
}

/// The places of a ranking (of `ranked.len()` sentences, out of
/// `candidates` candidates) that a budget takes, from 0: a prefix. For a
/// word budget, the longest prefix that fits; if not even the first
/// sentence fits, the best-ranked sentence that fits alone (so nesting
/// holds from the budget that fits the first sentence on).
pub fn cut(ranked: &[usize], words: &dyn Fn(usize) -> usize, candidates: usize, budget: &Budget) -> Vec<usize> {
    match *budget {
        Budget::Words(limit) => {
            let mut total = 0usize;
            let prefix = ranked
                .iter()
                .take_while(|&&c| {
                    total += words(c);
                    total <= limit
                })
                .count();
            if prefix > 0 {
                (0..prefix).collect()
            } else {
                ranked.iter().position(|&c| words(c) <= limit).into_iter().collect()
            }
        }
        _ => (0..budget.target(candidates).min(ranked.len())).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHORT_ONLY: Blend = Blend { delay: 2.0, reach: 3.0 };

    fn unit(terms: &[u32]) -> Vec<(u32, f32)> {
        let w = 1.0 / (terms.len() as f32).sqrt();
        terms.iter().map(|&t| (t, w)).collect()
    }

    #[test]
    fn ranking_follows_the_score_and_leaves_out_repeats() {
        let v = [unit(&[1, 2]), unit(&[3, 4]), unit(&[1, 2]), unit(&[5]), unit(&[1, 6, 7])];
        let vectors = |i: usize| &v[i][..];
        let vectors = &vectors;
        let scores = [3.0, 1.0, 2.5, 2.0, 0.5];
        // Sentence 2 repeats sentence 0 exactly: left out, whatever the penalty.
        assert_eq!(rank(&scores, &scores, vectors, 0.0, SHORT_ONLY), [0, 3, 1, 4]);
        // With a penalty, the sentence that shares words with the first drops below the rest.
        let scores = [3.0, 1.0, 0.0, 0.5, 2.0];
        assert_eq!(rank(&scores, &scores, vectors, 0.0, SHORT_ONLY), [0, 4, 1, 3]);
        assert_eq!(rank(&scores, &scores, vectors, 4.0, SHORT_ONLY), [0, 1, 3, 4]);
    }

    #[test]
    fn the_long_score_takes_over_deeper_in_the_ranking() {
        let v: Vec<Vec<(u32, f32)>> = (0..8).map(|i| unit(&[i])).collect();
        let vectors = |i: usize| &v[i][..];
        let vectors = &vectors;
        let short = [8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0];
        let long = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0];
        assert_eq!(rank(&short, &long, vectors, 0.0, SHORT_ONLY), [0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(rank(&short, &long, vectors, 0.0, Blend { delay: -1.0, reach: 0.0 }), [7, 6, 5, 4, 3, 2, 1, 0]);
        // Halfway through, the long score has taken over (at slot 2 the two weigh the
        // same, and ties go to the earlier sentence).
        assert_eq!(rank(&short, &long, vectors, 0.0, Blend { delay: 0.0, reach: 0.5 }), [0, 1, 2, 7, 6, 5, 4, 3]);
    }

    #[test]
    fn a_word_budget_takes_the_longest_prefix_that_fits() {
        // Sentence 2 (20 words) ranks first, then 0 (10 words), then 1 (5 words).
        let ranked = [2, 0, 1];
        let words = |c: usize| [10, 5, 20][c];
        let cut_words = |w| cut(&ranked, &words, 3, &Budget::Words(w));
        assert_eq!(cut_words(35), [0, 1, 2]);
        assert_eq!(cut_words(34), [0, 1]);
        assert_eq!(cut_words(30), [0, 1]);
        assert_eq!(cut_words(29), [0]);
        // Not even the first fits: the best that fits alone (sentence 0, ranked second).
        assert_eq!(cut_words(19), [1]);
        assert_eq!(cut_words(4), Vec::<usize>::new());
        assert_eq!(cut(&ranked, &words, 3, &Budget::Sentences(2)), [0, 1]);
        assert_eq!(cut(&ranked, &words, 3, &Budget::Ratio(1.0)), [0, 1, 2]);
    }
}
