//! Word clusters for the tagger's features, derived from unlabelled text
//! (`train`, feature `train`): each frequent lowercase word gets an 8-bit id
//! whose leading bits are coarser clusters, as Brown clusters' bit strings.
//!
//! A word is described by what stands beside it: counts of the most
//! frequent words one place to its left and one to its right, damped by
//! `ln(1 + n)` and L2-normalised. The words are then split in two by 2-means
//! (spherical: dot products of unit vectors), each half again, to depth 8:
//! bit `7 - d` of an id is the side taken at depth `d`. Deterministic: the
//! seeds of the splits come from a fixed [`Rng`], every sort is stable and
//! every sum runs in one order.

use super::train::Rng;
use std::collections::HashMap;

/// Depth of the splits: ids of 8 bits.
pub const DEPTH: u32 = 8;
/// Lloyd iterations per split (the assignment rarely moves after a few).
const ITERATIONS: usize = 12;

/// What the clustering is asked for.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Words seen fewer times are left out.
    pub min_count: usize,
    /// The most frequent words that describe the others (on each side).
    pub contexts: usize,
    /// At most this many words get an id (the most frequent; the table ships in the model).
    pub max_words: usize,
    pub seed: u64,
}

/// A unit vector over the context dimensions (left contexts first, then right), sparse.
type Vector = Vec<(u32, f32)>;

/// Counts lowercase tokens: (word, count), most frequent first (ties by word).
fn frequencies<'a>(sentences: &[Vec<&'a str>]) -> Vec<(&'a str, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in sentences.iter().flatten() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut out: Vec<(&str, usize)> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    out
}

/// The words to cluster (with a letter, seen often enough, the most frequent
/// first) and their context vectors.
fn vectors<'a>(sentences: &[Vec<&'a str>], s: &Settings) -> (Vec<&'a str>, Vec<Vector>) {
    let freq = frequencies(sentences);
    let context: HashMap<&str, u32> =
        freq.iter().take(s.contexts).enumerate().map(|(i, (w, _))| (*w, i as u32)).collect();
    let words: Vec<&str> = freq
        .iter()
        .filter(|(w, n)| *n >= s.min_count && w.chars().any(char::is_alphabetic))
        .take(s.max_words)
        .map(|(w, _)| *w)
        .collect();
    let index: HashMap<&str, usize> = words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
    let mut counts: Vec<HashMap<u32, u32>> = vec![HashMap::new(); words.len()];
    let right = s.contexts as u32;
    for sent in sentences {
        for (i, w) in sent.iter().enumerate() {
            let Some(&k) = index.get(w) else { continue };
            if let Some(&c) = i.checked_sub(1).and_then(|j| context.get(sent[j])) {
                *counts[k].entry(c).or_insert(0) += 1;
            }
            if let Some(&c) = sent.get(i + 1).and_then(|n| context.get(n)) {
                *counts[k].entry(right + c).or_insert(0) += 1;
            }
        }
    }
    let vectors = counts.into_iter().map(unit).collect();
    (words, vectors)
}

/// Damped counts as a unit vector, sorted by dimension.
fn unit(counts: HashMap<u32, u32>) -> Vector {
    let mut v: Vector = counts.into_iter().map(|(d, n)| (d, (n as f32).ln_1p())).collect();
    v.sort_by_key(|e| e.0);
    let norm = v.iter().map(|e| (e.1 as f64).powi(2)).sum::<f64>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|e| e.1 = (e.1 as f64 / norm) as f32);
    }
    v
}

fn dot(v: &Vector, centroid: &[f64]) -> f64 {
    v.iter().map(|&(d, x)| x as f64 * centroid[d as usize]).sum()
}

/// The direction of `members`' mean vector (a unit vector of `dims`): the
/// two centres of a split must have one length, or the longer one would
/// draw every word.
fn centroid(vectors: &[Vector], members: &[usize], dims: usize) -> Vec<f64> {
    let mut c = vec![0.0; dims];
    for &m in members {
        for &(d, x) in &vectors[m] {
            c[d as usize] += x as f64;
        }
    }
    let norm = c.iter().map(|x| x * x).sum::<f64>().sqrt();
    if norm > 0.0 {
        c.iter_mut().for_each(|x| *x /= norm);
    }
    c
}

/// Splits `members` in two by spherical 2-means from two seeds drawn with
/// `rng`: (left, right), each in the members' order.
fn split(vectors: &[Vector], members: &[usize], dims: usize, rng: &mut Rng) -> (Vec<usize>, Vec<usize>) {
    if members.len() < 2 {
        return (members.to_vec(), Vec::new());
    }
    let a = (rng.next_u64() % members.len() as u64) as usize;
    let mut b = (rng.next_u64() % (members.len() - 1) as u64) as usize;
    if b >= a {
        b += 1;
    }
    let mut centres = [centroid(vectors, &[members[a]], dims), centroid(vectors, &[members[b]], dims)];
    let mut sides = vec![false; members.len()];
    for _ in 0..ITERATIONS {
        let mut moved = false;
        for (side, &m) in sides.iter_mut().zip(members) {
            let right = dot(&vectors[m], &centres[1]) > dot(&vectors[m], &centres[0]);
            moved |= right != *side;
            *side = right;
        }
        let (left, right) = partition(members, &sides);
        if left.is_empty() || right.is_empty() || !moved {
            break;
        }
        centres = [centroid(vectors, &left, dims), centroid(vectors, &right, dims)];
    }
    partition(members, &sides)
}

fn partition(members: &[usize], sides: &[bool]) -> (Vec<usize>, Vec<usize>) {
    let left = members.iter().zip(sides).filter(|(_, s)| !**s).map(|(m, _)| *m).collect();
    let right = members.iter().zip(sides).filter(|(_, s)| **s).map(|(m, _)| *m).collect();
    (left, right)
}

/// Clusters the lowercase words of `sentences`: (word, 8-bit id) for the
/// most frequent words seen at least `min_count` times, sorted by word.
pub fn clusters(sentences: &[Vec<&str>], s: &Settings) -> Vec<(String, u8)> {
    let (words, vectors) = vectors(sentences, s);
    let dims = 2 * s.contexts;
    let mut ids = vec![0u8; words.len()];
    let mut rng = Rng::new(s.seed);
    // Breadth first, one level at a time: (members, id prefix so far).
    let mut level: Vec<(Vec<usize>, u8)> = vec![((0..words.len()).collect(), 0)];
    for depth in 0..DEPTH {
        let mut next = Vec::with_capacity(2 * level.len());
        for (members, prefix) in &level {
            let (left, right) = split(&vectors, members, dims, &mut rng);
            let bit = 1u8 << (DEPTH - 1 - depth);
            for &m in &right {
                ids[m] |= bit;
            }
            next.push((left, *prefix));
            next.push((right, prefix | bit));
        }
        level = next;
    }
    let mut out: Vec<(String, u8)> = words.iter().map(|w| w.to_string()).zip(ids).collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A toy corpus: cities after `in`, verbs after `they`, numbers before `people`.
    fn corpus() -> Vec<Vec<&'static str>> {
        let mut out = Vec::new();
        for city in ["paris", "lyon", "berlin", "madrid"] {
            for verb in ["said", "went", "voted", "left"] {
                for n in ["two", "three", "five"] {
                    out.push(vec!["they", verb, "in", city, "with", n, "people", "."]);
                }
            }
        }
        out
    }

    fn settings() -> Settings {
        Settings { min_count: 3, contexts: 20, max_words: 100, seed: 7 }
    }

    #[test]
    fn words_used_alike_share_a_prefix() {
        let c: HashMap<String, u8> = clusters(&corpus(), &settings()).into_iter().collect();
        // Bits two ids share from the top: the depth at which the words parted.
        let shared = |a: &str, b: &str| (c[a] ^ c[b]).leading_zeros();
        let groups = [["paris", "lyon", "berlin", "madrid"], ["said", "went", "voted", "left"]];
        for g in groups {
            for other in ["said", "paris", "two", "three"].iter().filter(|w| !g.contains(w)) {
                assert!(g.iter().all(|w| shared(w, g[0]) > shared(w, other)), "{g:?} {other}: {c:?}");
            }
        }
        assert!(!c.contains_key("."), "words without a letter get no cluster");
    }

    #[test]
    fn deterministic_and_bounded() {
        let a = clusters(&corpus(), &settings());
        assert_eq!(a, clusters(&corpus(), &settings()));
        assert!(a.windows(2).all(|w| w[0].0 < w[1].0));
        let few = clusters(&corpus(), &Settings { max_words: 5, ..settings() });
        assert_eq!(few.len(), 5);
        let rare = clusters(&corpus(), &Settings { min_count: 1000, ..settings() });
        assert!(rare.is_empty());
    }
}
