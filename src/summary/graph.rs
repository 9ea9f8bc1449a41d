//! Sentence vectors and graph centrality, in time linear in the text.
//!
//! LexRank ranks sentences by PageRank over the graph whose edge weights are
//! the cosine similarities of all sentence pairs. Built naively that graph
//! has n² edges. But with unit-length TF-IDF vectors stacked as the rows of
//! a sparse matrix `S`, the similarity matrix is `W = S·Sᵀ − I`, so one
//! PageRank step `Wᵀ·y = S·(Sᵀ·y) − y` costs two sparse products: O(number
//! of tokens) instead of O(n²). We run the exact continuous LexRank of the
//! full graph without ever materialising it.

use crate::document::Document;
use crate::summary::features::Nodes;

/// A sparse unit vector: (term id, weight), sorted by term id.
pub type Vector = [(u32, f32)];

/// TF-IDF vectors of every sentence (empty for sentences without terms),
/// with inverse document frequencies computed over the sentences. Held as
/// one list of entries and where each sentence's row starts (4 bytes a
/// sentence in wasm32, not a `Vec` of 12 each).
pub struct Vectors {
    /// Row `i` is `entries[starts[i]..starts[i + 1]]`.
    starts: Vec<usize>,
    entries: Vec<(u32, f32)>,
}

/// Which weights a centrality reads from [`Vectors`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weighting {
    /// The TF-IDF weights (LexRank).
    TfIdf,
    /// TextRank's view of the same sentences: word presence, scaled so that
    /// the dot product of two rows approximates TextRank's similarity
    /// `|a ∩ b| / (ln|a| + ln|b|)` (the geometric mean of the two logarithms
    /// stands in for their mean, which keeps the product separable). Made
    /// from a row's length, once a node by [`lexrank`], not held.
    Overlap,
}

/// The weight of every term of a row of `len` terms under [`Weighting::Overlap`].
fn overlap_weight(len: usize) -> f32 {
    1.0 / (2.0 * ((len as f32).max(2.0)).ln()).sqrt()
}

impl Vectors {
    pub fn new(doc: &Document) -> Vectors {
        let n = doc.sentences.len().max(1) as f32;
        let mut df = vec![0u32; doc.terms.len()];
        let mut starts: Vec<usize> = Vec::with_capacity(doc.sentences.len() + 1);
        // One entry per distinct term of each sentence, counted first: the
        // list is made at its size, not grown by doubling (which copies).
        let count = {
            let mut last = vec![u32::MAX; doc.terms.len()];
            let mut count = 0usize;
            for i in 0..doc.sentences.len() {
                let mark = i as u32;
                for t in doc.sentence_tokens(i).iter().filter_map(|t| t.term()) {
                    if last[t as usize] != mark {
                        last[t as usize] = mark;
                        count += 1;
                    }
                }
            }
            count
        };
        let mut entries: Vec<(u32, f32)> = Vec::with_capacity(count);
        let mut ids: Vec<u32> = Vec::new();
        starts.push(0);
        for i in 0..doc.sentences.len() {
            ids.clear();
            ids.extend(doc.sentence_tokens(i).iter().filter_map(|t| t.term()));
            crate::sort::sort_ids(&mut ids);
            let first = entries.len();
            for &id in &ids {
                match entries[first..].last_mut() {
                    Some((last, tf)) if *last == id => *tf += 1.0,
                    _ => {
                        df[id as usize] += 1;
                        entries.push((id, 1.0));
                    }
                }
            }
            starts.push(entries.len());
        }
        entries.shrink_to_fit();
        let idf: Vec<f32> = df.iter().map(|&d| (n / d.max(1) as f32).ln() + 1.0).collect();
        for (id, w) in entries.iter_mut() {
            *w = (1.0 + w.ln()) * idf[*id as usize];
        }
        let mut vectors = Vectors { starts, entries };
        for i in 0..doc.sentences.len() {
            let range = vectors.starts[i]..vectors.starts[i + 1];
            normalize(&mut vectors.entries[range]);
        }
        vectors
    }

    /// TF-IDF vector of an arbitrary sentence of the document (e.g. the title).
    pub fn row(&self, i: usize) -> &Vector {
        &self.entries[self.starts[i]..self.starts[i + 1]]
    }
}

/// Scales `v` to unit length (leaves an all-zero vector alone).
pub fn normalize(v: &mut Vector) {
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, w) in v.iter_mut() {
            *w /= norm;
        }
    }
}

/// Dot product of two sorted sparse vectors.
pub fn dot(a: &Vector, b: &Vector) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// Continuous LexRank over the candidate sentences `nodes` (indices into
/// the rows of `vectors`) with the weights `weighting` says. Returns one
/// score per node, with mean 1. Holds three numbers a node (its degree, its
/// score, updated in place, and its row's one weight under
/// [`Weighting::Overlap`]).
pub fn lexrank(vectors: &Vectors, nodes: &Nodes, terms: usize, weighting: Weighting) -> Vec<f32> {
    let n = nodes.len();
    if n == 0 {
        return Vec::new();
    }
    // Each node's one weight for all its terms (`Some`, under `Overlap`) or
    // its TF-IDF weights (`None`): found once, not at each of up to 30
    // iterations (a logarithm and a square root a row), and read once a row,
    // not once a term.
    let one: Vec<Option<f32>> = nodes
        .iter()
        .map(|i| match weighting {
            Weighting::Overlap if !vectors.row(i).is_empty() => Some(overlap_weight(vectors.row(i).len())),
            _ => None,
        })
        .collect();
    let damping = 0.85f32;
    // Row sums of W = S·Sᵀ − I: each node's total similarity to the others.
    let mut centroid = vec![0f32; terms];
    for (k, i) in nodes.iter().enumerate() {
        add_row(vectors.row(i), one[k], 1.0, &mut centroid);
    }
    // Each node's similarity to itself, summed once for every iteration below.
    let self_sims: Vec<f32> =
        nodes.iter().enumerate().map(|(k, i)| row_sum(vectors.row(i), one[k], |_, w| w * w)).collect();
    let mut degree: Vec<f32> = Vec::with_capacity(n);
    degree.extend(
        nodes
            .iter()
            .enumerate()
            .map(|(k, i)| (row_sum(vectors.row(i), one[k], |t, w| w * centroid[t as usize]) - self_sims[k]).max(0.0)),
    );
    drop(centroid);
    // y_j = x_j / degree_j (dangling nodes spread evenly).
    let y = |xj: f32, dj: f32| if dj > 1e-9 { xj / dj } else { 0.0 };
    let mut x = vec![1.0f32 / n as f32; n];
    let mut acc = vec![0f32; terms];
    for _ in 0..30 {
        let mut dangling = 0.0;
        acc.iter_mut().for_each(|a| *a = 0.0);
        for (k, i) in nodes.iter().enumerate() {
            let yk = if degree[k] > 1e-9 {
                x[k] / degree[k]
            } else {
                dangling += x[k];
                0.0
            };
            add_row(vectors.row(i), one[k], yk, &mut acc);
        }
        let mut delta = 0.0;
        for (k, i) in nodes.iter().enumerate() {
            let yk = y(x[k], degree[k]);
            let self_sim = self_sims[k];
            let flow = row_sum(vectors.row(i), one[k], |t, w| w * acc[t as usize]) - self_sim * yk;
            let v = (1.0 - damping) / n as f32 + damping * (flow.max(0.0) + dangling / n as f32);
            delta += (v - x[k]).abs();
            // Only node k reads x[k] in this pass: updated in place.
            x[k] = v;
        }
        if delta < 1e-6 {
            break;
        }
    }
    x.iter_mut().for_each(|v| *v *= n as f32);
    x
}

/// Σ f(term, weight) over `row`, in its order, the weight the row's own or
/// `one` for all.
#[inline(always)]
fn row_sum(row: &Vector, one: Option<f32>, f: impl Fn(u32, f32) -> f32) -> f32 {
    match one {
        Some(w) => row.iter().map(|&(t, _)| f(t, w)).sum(),
        None => row.iter().map(|&(t, w)| f(t, w)).sum(),
    }
}

/// `acc[t] += w * scale` for every (term `t`, weight `w`) of `row`, `w` the
/// row's own or `one` for all.
fn add_row(row: &Vector, one: Option<f32>, scale: f32, acc: &mut [f32]) {
    match one {
        Some(w) => row.iter().for_each(|&(t, _)| acc[t as usize] += w * scale),
        None => row.iter().for_each(|&(t, w)| acc[t as usize] += w * scale),
    }
}
