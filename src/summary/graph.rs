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

/// A sparse unit vector: (term id, weight), sorted by term id.
pub type Vector = Vec<(u32, f32)>;

/// TF-IDF vectors of every sentence (empty for sentences without terms),
/// with inverse document frequencies computed over the sentences.
pub struct Vectors {
    pub rows: Vec<Vector>,
}

impl Vectors {
    pub fn new(doc: &Document) -> Vectors {
        let n = doc.sentences.len().max(1) as f32;
        let mut df = vec![0u32; doc.terms.len()];
        let mut rows: Vec<Vector> = Vec::with_capacity(doc.sentences.len());
        for i in 0..doc.sentences.len() {
            let mut ids: Vec<u32> = doc.sentence_tokens(i).iter().filter_map(|t| t.term).collect();
            crate::sort::sort(&mut ids);
            let mut row: Vector = Vec::with_capacity(ids.len());
            for id in ids {
                match row.last_mut() {
                    Some((last, tf)) if *last == id => *tf += 1.0,
                    _ => {
                        df[id as usize] += 1;
                        row.push((id, 1.0));
                    }
                }
            }
            rows.push(row);
        }
        let idf: Vec<f32> = df.iter().map(|&d| (n / d.max(1) as f32).ln() + 1.0).collect();
        for row in &mut rows {
            for (id, w) in row.iter_mut() {
                *w = (1.0 + w.ln()) * idf[*id as usize];
            }
            normalize(row);
        }
        Vectors { rows }
    }

    /// TextRank's view of the same sentences: word presence, scaled so that
    /// the dot product of two rows approximates TextRank's similarity
    /// `|a ∩ b| / (ln|a| + ln|b|)` (the geometric mean of the two logarithms
    /// stands in for their mean, which keeps the product separable).
    pub fn overlap(&self) -> Vectors {
        let rows = self
            .rows
            .iter()
            .map(|r| {
                let scale = 1.0 / (2.0 * ((r.len() as f32).max(2.0)).ln()).sqrt();
                r.iter().map(|&(t, _)| (t, scale)).collect()
            })
            .collect();
        Vectors { rows }
    }

    /// TF-IDF vector of an arbitrary sentence of the document (e.g. the title).
    pub fn row(&self, i: usize) -> &Vector {
        &self.rows[i]
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
/// `vectors.rows`). Returns one score per node, with mean 1.
pub fn lexrank(vectors: &Vectors, nodes: &[usize], terms: usize) -> Vec<f32> {
    let n = nodes.len();
    if n == 0 {
        return Vec::new();
    }
    let damping = 0.85f32;
    // Row sums of W = S·Sᵀ − I: each node's total similarity to the others.
    let mut centroid = vec![0f32; terms];
    for &i in nodes {
        for &(t, w) in &vectors.rows[i] {
            centroid[t as usize] += w;
        }
    }
    let degree: Vec<f32> = nodes
        .iter()
        .map(|&i| {
            let r = &vectors.rows[i];
            let self_sim: f32 = r.iter().map(|(_, w)| w * w).sum();
            (r.iter().map(|&(t, w)| w * centroid[t as usize]).sum::<f32>() - self_sim).max(0.0)
        })
        .collect();
    let mut x = vec![1.0f32 / n as f32; n];
    let mut acc = vec![0f32; terms];
    for _ in 0..30 {
        // y_j = x_j / degree_j (dangling nodes spread evenly).
        let mut dangling = 0.0;
        acc.iter_mut().for_each(|a| *a = 0.0);
        let y: Vec<f32> = x
            .iter()
            .zip(&degree)
            .map(|(&xj, &dj)| {
                if dj > 1e-9 {
                    xj / dj
                } else {
                    dangling += xj;
                    0.0
                }
            })
            .collect();
        for (k, &i) in nodes.iter().enumerate() {
            for &(t, w) in &vectors.rows[i] {
                acc[t as usize] += w * y[k];
            }
        }
        let mut next = vec![0f32; n];
        let mut delta = 0.0;
        for (k, &i) in nodes.iter().enumerate() {
            let r = &vectors.rows[i];
            let self_sim: f32 = r.iter().map(|(_, w)| w * w).sum();
            let flow = r.iter().map(|&(t, w)| w * acc[t as usize]).sum::<f32>() - self_sim * y[k];
            let v = (1.0 - damping) / n as f32 + damping * (flow.max(0.0) + dangling / n as f32);
            delta += (v - x[k]).abs();
            next[k] = v;
        }
        x = next;
        if delta < 1e-6 {
            break;
        }
    }
    x.iter().map(|v| v * n as f32).collect()
}
