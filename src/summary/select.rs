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
/// `scores` holds candidate c's two scores and `vector(c)` its TF-IDF
/// vector, for c in `0..n`. Returns candidates, best first: the first
/// `limit` of the whole ranking (all of it for `usize::MAX`).
///
/// Cost: per stage of the blend, the remaining candidates in order of the
/// blended score, then per candidate at most `WINDOW + MEMORY` dot products
/// and a scan of the window: O(n log n) whatever is asked for later. That
/// order is read a page at a time when there are more than a million
/// candidates (the best [`page_size`] candidates not yet taken, found in one
/// pass over all; a page twice as large, up to an eighth of the
/// candidates, when one runs out): a summary of a few sentences out of
/// millions holds a page, not a sorted list of every candidate.
pub fn rank<'v>(
    scores: &Scores,
    vector: &dyn Fn(usize) -> &'v Vector,
    redundancy: f32,
    blend: Blend,
    limit: usize,
) -> Vec<usize> {
    rank_paged(scores, vector, redundancy, blend, limit, WHOLE)
}

/// Up to this many candidates, the ranking's order is one page (a sort of
/// all of them, 4 MB or less in wasm32).
const WHOLE: usize = 1 << 20;

/// [`rank`], with the order read in pages once there are more than `whole`
/// candidates (see [`page_size`]).
fn rank_paged<'v>(
    scores: &Scores,
    vector: &dyn Fn(usize) -> &'v Vector,
    redundancy: f32,
    blend: Blend,
    limit: usize,
    whole: usize,
) -> Vec<usize> {
    let n = scores.short.len();
    let size = if n <= whole { n } else { page_size(n, limit) };
    Ranking { n, scores, vector, redundancy, blend, limit, size }.run()
}

/// The candidates' two scores as [`rank`] reads them: standardized within
/// the text when read (`(score - mean) / sd`, the same bits as in place), so
/// that the scores themselves stay as the scorer made them.
#[derive(Debug, Clone, Copy)]
pub struct Scores<'a> {
    short: &'a [f32],
    long: &'a [f32],
    short_scale: Scale,
    long_scale: Scale,
}

impl<'a> Scores<'a> {
    /// Scores to be standardized within the text (one of each per candidate).
    pub fn standardized(short: &'a [f32], long: &'a [f32]) -> Scores<'a> {
        assert_eq!(short.len(), long.len());
        Scores { short, long, short_scale: Scale::of(short), long_scale: Scale::of(long) }
    }

    /// Scores read as they are.
    pub fn raw(short: &'a [f32], long: &'a [f32]) -> Scores<'a> {
        assert_eq!(short.len(), long.len());
        let one = Scale { mean: 0.0, sd: 1.0 };
        Scores { short, long, short_scale: one, long_scale: one }
    }

    /// Candidate c's short-summary score, as the ranking reads it.
    pub fn short(&self, c: usize) -> f32 {
        self.short_scale.apply(self.short[c])
    }

    /// Candidate c's long-extract score, as the ranking reads it.
    pub fn long(&self, c: usize) -> f32 {
        self.long_scale.apply(self.long[c])
    }
}

/// The mean and standard deviation (1 if all are equal) of a text's
/// scores: a score less the mean, over the deviation, is its standardized
/// value.
#[derive(Debug, Clone, Copy)]
struct Scale {
    mean: f32,
    sd: f32,
}

impl Scale {
    fn of(scores: &[f32]) -> Scale {
        let n = scores.len().max(1) as f32;
        let mean = scores.iter().sum::<f32>() / n;
        let sd = (scores.iter().map(|s| (s - mean).powi(2)).sum::<f32>() / n).sqrt();
        let sd = if sd > 1e-6 { sd } else { 1.0 };
        Scale { mean, sd }
    }

    fn apply(&self, score: f32) -> f32 {
        (score - self.mean) / self.sd
    }
}

/// How many candidates a page of the ranking's order holds: all of them
/// when the whole ranking is asked for, else a sixteenth of them but never
/// fewer than twice what the slots asked for (with their window) might
/// read, nor fewer than 1,024.
fn page_size(n: usize, limit: usize) -> usize {
    if limit >= n {
        return n;
    }
    (n / 16).max(limit.saturating_add(WINDOW).saturating_mul(2)).max(1024).min(n)
}

/// The arguments of [`rank`].
struct Ranking<'a, 'v> {
    n: usize,
    scores: &'a Scores<'a>,
    vector: &'a dyn Fn(usize) -> &'v Vector,
    redundancy: f32,
    blend: Blend,
    limit: usize,
    /// The first page's size.
    size: usize,
}

impl Ranking<'_, '_> {
    /// A candidate's blended score at weight `alpha` of `long`: computed
    /// when read, not held (4 bytes a candidate).
    fn blended(&self, c: usize, alpha: f32) -> f32 {
        (1.0 - alpha) * self.scores.short(c) + alpha * self.scores.long(c)
    }

    /// Order of the blended score at `alpha`, best first; ties go to the
    /// earlier sentence (a total order: any sort of it gives one result).
    fn order(&self, a: usize, b: usize, alpha: f32) -> std::cmp::Ordering {
        self.blended(b, alpha).total_cmp(&self.blended(a, alpha)).then(a.cmp(&b))
    }

    /// The first `size` of the candidates not `taken`, in
    /// [`Ranking::order`] at `alpha` (`left` of them are not taken): kept
    /// in a list of at most twice `size`, cut back to the best `size` when
    /// full.
    fn page(&self, taken: &Bits, left: usize, size: usize, alpha: f32) -> Vec<usize> {
        let mut kept: Vec<usize> = Vec::with_capacity(if left <= size { left } else { 2 * size });
        // The last kept candidate and its score, once the list was cut back.
        let mut worst: Option<(usize, f32)> = None;
        for c in (0..self.n).filter(|&c| !taken.get(c)) {
            // After the worst kept one in the order (`order(c, w)` with w's score read once).
            if worst.is_some_and(|(w, score)| score.total_cmp(&self.blended(c, alpha)).then(c.cmp(&w)).is_gt()) {
                continue;
            }
            kept.push(c);
            if kept.len() == 2 * size {
                crate::sort::sort_indices(&mut kept, &mut |a, b| self.order(a, b, alpha));
                kept.truncate(size);
                worst = kept.last().map(|&w| (w, self.blended(w, alpha)));
            }
        }
        crate::sort::sort_indices(&mut kept, &mut |a, b| self.order(a, b, alpha));
        kept.truncate(size);
        kept
    }

    /// The ranking's first `limit` slots.
    fn run(&self) -> Vec<usize> {
        let (n, vector) = (self.n, self.vector);
        let similarity = |a: usize, b: usize| dot(vector(a), vector(b));
        let mut size = self.size;
        // Pages double (up to an eighth of the candidates) while they run
        // out: a text of many repeats is read in few passes.
        let most = size.max(n / 8);
        let mut alpha = 0f32;
        // Candidates ranked, left out, or in the window: the others are the
        // pending ones, read in blended-score order a page at a time.
        let mut taken = Bits::new(n);
        let mut left = n;
        let mut page: Vec<usize> = Vec::new();
        let mut next = 0usize;
        // (candidate, its greatest similarity to the memory, its blended
        // score at this stage), in blended-score order.
        let mut window: Vec<(usize, f32, f32)> = Vec::with_capacity(WINDOW);
        let mut memory: Vec<usize> = Vec::with_capacity(MEMORY);
        let mut seen: HashSet<Vec<u32>> = HashSet::default();
        let mut ranked = Vec::with_capacity(n.min(self.limit));
        let mut stage = usize::MAX;
        while ranked.len() < self.limit {
            let (s, stage_alpha) = self.blend.at(ranked.len(), n);
            if s != stage {
                stage = s;
                alpha = stage_alpha;
                // The window's candidates are pending again, in the new order.
                for &(c, _, _) in &window {
                    taken.set(c, false);
                }
                left += window.len();
                window.clear();
                page = Vec::new();
                next = 0;
            }
            while window.len() < WINDOW && left > 0 {
                if next == page.len() {
                    if !page.is_empty() {
                        size = size.saturating_mul(2).min(most);
                    }
                    // The spent page goes before the next is made.
                    drop(std::mem::take(&mut page));
                    page = self.page(&taken, left, size, alpha);
                    next = 0;
                }
                let c = page[next];
                next += 1;
                taken.set(c, true);
                left -= 1;
                let most = memory.iter().map(|&m| similarity(c, m)).fold(0.0, f32::max);
                if most <= DUPLICATE {
                    window.push((c, most, self.blended(c, alpha)));
                }
            }
            let Some(k) = (0..window.len()).max_by(|&a, &b| {
                let mmr = |(_, most, score): (usize, f32, f32)| score - self.redundancy * most;
                mmr(window[a]).total_cmp(&mmr(window[b])).then(b.cmp(&a))
            }) else {
                break;
            };
            let (c, _, _) = window.remove(k);
            if !vector(c).is_empty() && !seen.insert(vector(c).iter().map(|&(t, _)| t).collect()) {
                continue;
            }
            ranked.push(c);
            if memory.len() < MEMORY {
                memory.push(c);
                for entry in &mut window {
                    entry.1 = entry.1.max(similarity(c, entry.0));
                }
                window.retain(|&(_, most, _)| most <= DUPLICATE);
            }
        }
        ranked
    }
}

/// One bit per candidate.
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }

    fn get(&self, i: usize) -> bool {
        self.0[i / 64] >> (i % 64) & 1 != 0
    }

    fn set(&mut self, i: usize, on: bool) {
        let bit = 1u64 << (i % 64);
        if on {
            self.0[i / 64] |= bit;
        } else {
            self.0[i / 64] &= !bit;
        }
    }
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

    /// The whole ranking of candidates with these scores.
    fn rank_all<'v>(
        short: &[f32],
        long: &[f32],
        vectors: &dyn Fn(usize) -> &'v Vector,
        redundancy: f32,
        blend: Blend,
    ) -> Vec<usize> {
        rank(&Scores::raw(short, long), vectors, redundancy, blend, usize::MAX)
    }

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
        assert_eq!(rank_all(&scores, &scores, vectors, 0.0, SHORT_ONLY), [0, 3, 1, 4]);
        // With a penalty, the sentence that shares words with the first drops below the rest.
        let scores = [3.0, 1.0, 0.0, 0.5, 2.0];
        assert_eq!(rank_all(&scores, &scores, vectors, 0.0, SHORT_ONLY), [0, 4, 1, 3]);
        assert_eq!(rank_all(&scores, &scores, vectors, 4.0, SHORT_ONLY), [0, 1, 3, 4]);
    }

    #[test]
    fn the_long_score_takes_over_deeper_in_the_ranking() {
        let v: Vec<Vec<(u32, f32)>> = (0..8).map(|i| unit(&[i])).collect();
        let vectors = |i: usize| &v[i][..];
        let vectors = &vectors;
        let short = [8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0];
        let long = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0];
        assert_eq!(rank_all(&short, &long, vectors, 0.0, SHORT_ONLY), [0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(rank_all(&short, &long, vectors, 0.0, Blend { delay: -1.0, reach: 0.0 }), [7, 6, 5, 4, 3, 2, 1, 0]);
        // Halfway through, the long score has taken over (at slot 2 the two weigh the
        // same, and ties go to the earlier sentence).
        assert_eq!(rank_all(&short, &long, vectors, 0.0, Blend { delay: 0.0, reach: 0.5 }), [0, 1, 2, 7, 6, 5, 4, 3]);
    }

    /// The ranking as it was before it read its order a page at a time
    /// (a sort of every candidate per stage): the reference.
    fn reference<'v>(
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

    /// A ranking cut at `limit` slots is the whole ranking's first `limit`,
    /// read as one page or a page at a time (forced here: `whole` 0),
    /// whether one page holds them or the repeats left out take many pages,
    /// and across the blend's stages.
    #[test]
    fn a_limited_ranking_is_a_prefix_of_the_whole() {
        let n = 6000;
        // Few distinct rows: most candidates repeat one exactly or nearly; some have none.
        let v: Vec<Vec<(u32, f32)>> = (0..n as u32)
            .map(|c| match c % 11 {
                0 => Vec::new(),
                1..=3 => unit(&[c % 5, 50 + c % 3]),
                _ => unit(&[c % 7, 20 + c % 13, 40 + c % 17]),
            })
            .collect();
        let vectors = |i: usize| &v[i][..];
        let vectors = &vectors;
        let short: Vec<f32> = (0..n).map(|c| ((c * 7919) % 1009) as f32 / 100.0 - (c % 3) as f32).collect();
        let long: Vec<f32> = (0..n).map(|c| ((c * 104_729) % 997) as f32 / 50.0).collect();
        for blend in [Blend { delay: 0.05, reach: 0.3 }, SHORT_ONLY, Blend { delay: -1.0, reach: 0.0 }] {
            for redundancy in [0.0, 1.5] {
                let whole = reference(&short, &long, vectors, redundancy, blend);
                assert_eq!(rank_all(&short, &long, vectors, redundancy, blend), whole, "{blend:?}, {redundancy}");
                for limit in [0, 1, 2, 5, 64, 100, 300, 480, 1000, 2999, 5999, 6000, 7000] {
                    let got = rank(&Scores::raw(&short, &long), vectors, redundancy, blend, limit);
                    assert_eq!(got, whole[..limit.min(whole.len())], "limit {limit}, {blend:?}, {redundancy}");
                    let got = rank_paged(&Scores::raw(&short, &long), vectors, redundancy, blend, limit, 0);
                    assert_eq!(got, whole[..limit.min(whole.len())], "limit {limit}, {blend:?}, {redundancy}");
                }
            }
        }
        // Every candidate the same: all but the empty rows and one of each row are repeats.
        let same = vec![1.0; n];
        let whole = reference(&same, &same, vectors, 1.5, SHORT_ONLY);
        for limit in [1, 10, 50, 200] {
            let got = rank_paged(&Scores::raw(&same, &same), vectors, 1.5, SHORT_ONLY, limit, 0);
            assert_eq!(got, whole[..limit.min(whole.len())], "limit {limit}");
        }
        // One row repeated by all but four candidates, best first: the first pages hold
        // only two rankable ones, so the ranking reads page after page.
        let v: Vec<Vec<(u32, f32)>> =
            (0..n as u32).map(|c| if c % 1500 == 7 { unit(&[c + 10]) } else { unit(&[1, 2]) }).collect();
        let vectors = |i: usize| &v[i][..];
        let falling: Vec<f32> = (0..n).map(|c| -(c as f32)).collect();
        let got = rank_paged(&Scores::raw(&falling, &falling), &vectors, 0.0, SHORT_ONLY, 4, 0);
        assert_eq!(got, [0, 7, 1507, 3007]);
        assert_eq!(rank_all(&falling, &falling, &vectors, 0.0, SHORT_ONLY), [0, 7, 1507, 3007, 4507]);
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
