//! Training the tagger (behind the `train` feature): an averaged perceptron
//! trained online on CoNLL-2003 documents, decoding greedily with its own
//! predictions as history (as at tagging time), shuffled with a fixed seed so
//! that the same data always gives the same model.

use super::features::{tag_index, tag_type, N_TAGS, TAGS};
use super::model::{best_allowed, walk, IdMap, Model};

/// One document of a CoNLL file: sentences of (token, tag number).
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub words: Vec<Vec<String>>,
    pub tags: Vec<Vec<u8>>,
}

impl Doc {
    pub fn sentences(&self) -> Vec<Vec<&str>> {
        self.words.iter().map(|s| s.iter().map(String::as_str).collect()).collect()
    }
}

/// Reads a CoNLL file (token first, tag last; IOB1 or IOB2) into documents.
pub fn read_conll(text: &str) -> Vec<Doc> {
    let mut docs: Vec<Doc> = Vec::new();
    let mut doc = Doc::default();
    let mut words: Vec<String> = Vec::new();
    let mut tags: Vec<u8> = Vec::new();
    let flush_sentence = |doc: &mut Doc, words: &mut Vec<String>, tags: &mut Vec<u8>| {
        if !words.is_empty() {
            doc.words.push(std::mem::take(words));
            doc.tags.push(std::mem::take(tags));
        }
    };
    for line in text.lines() {
        let line = line.trim_end();
        if line.starts_with("-DOCSTART-") {
            flush_sentence(&mut doc, &mut words, &mut tags);
            if !doc.words.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        if line.is_empty() {
            flush_sentence(&mut doc, &mut words, &mut tags);
            continue;
        }
        let mut cols = line.split_whitespace();
        let word = cols.next().unwrap_or("");
        let tag = cols.next_back().unwrap_or("O");
        let mut t = tag_index(tag);
        // IOB1: an I- tag that does not continue a chunk of its type starts one.
        if t != 0 && t % 2 == 0 {
            let prev = tags.last().copied().unwrap_or(0);
            if prev == 0 || tag_type(prev) != tag_type(t) {
                t -= 1;
            }
        }
        words.push(word.to_string());
        tags.push(t);
    }
    flush_sentence(&mut doc, &mut words, &mut tags);
    if !doc.words.is_empty() {
        docs.push(doc);
    }
    docs
}

use super::chunks;

/// Entity-level precision, recall and F1 (micro, and per type 1..=4).
pub fn score(gold: &[Doc], pred: &[Vec<Vec<u8>>]) -> [(f64, f64, f64); 5] {
    let mut tp = [0usize; 5];
    let mut np = [0usize; 5];
    let mut ng = [0usize; 5];
    for (d, p) in gold.iter().zip(pred) {
        for (g, p) in d.tags.iter().zip(p) {
            let gc = chunks(g);
            let pc = chunks(p);
            for c in &gc {
                ng[0] += 1;
                ng[c.0 as usize] += 1;
            }
            for c in &pc {
                np[0] += 1;
                np[c.0 as usize] += 1;
                if gc.contains(c) {
                    tp[0] += 1;
                    tp[c.0 as usize] += 1;
                }
            }
        }
    }
    let mut out = [(0.0, 0.0, 0.0); 5];
    for k in 0..5 {
        let p = if np[k] > 0 { tp[k] as f64 / np[k] as f64 } else { 0.0 };
        let r = if ng[k] > 0 { tp[k] as f64 / ng[k] as f64 } else { 0.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        out[k] = (100.0 * p, 100.0 * r, 100.0 * f);
    }
    out
}

/// The averaged perceptron's state.
pub struct Trainer {
    index: IdMap<u32, u32>,
    w: Vec<[f32; N_TAGS]>,
    u: Vec<[f32; N_TAGS]>,
    c: f32,
}

impl Default for Trainer {
    fn default() -> Self {
        Self::new()
    }
}

impl Trainer {
    pub fn new() -> Trainer {
        Trainer { index: IdMap::default(), w: Vec::new(), u: Vec::new(), c: 1.0 }
    }

    fn scores(&self, feats: &[u32]) -> [f32; N_TAGS] {
        let mut s = [0f32; N_TAGS];
        for f in feats {
            if let Some(&ix) = self.index.get(f) {
                let w = &self.w[ix as usize];
                for t in 0..N_TAGS {
                    s[t] += w[t];
                }
            }
        }
        s
    }

    fn update(&mut self, feats: &[u32], tag: u8, delta: f32) {
        for &f in feats {
            let next = self.w.len() as u32;
            let ix = *self.index.entry(f).or_insert(next) as usize;
            if ix == self.w.len() {
                self.w.push([0.0; N_TAGS]);
                self.u.push([0.0; N_TAGS]);
            }
            self.w[ix][tag as usize] += delta;
            self.u[ix][tag as usize] += self.c * delta;
        }
    }

    /// One pass over the documents in the given order.
    pub fn epoch(&mut self, docs: &[Doc], order: &[usize]) -> usize {
        let mut errors = 0;
        for &d in order {
            let doc = &docs[d];
            let sents = doc.sentences();
            walk(&sents, |s, i, feats, prev| {
                let scores = self.scores(feats);
                let guess = best_allowed(&scores, prev);
                let mut gold = doc.tags[s][i];
                // After a wrong previous tag, the best continuation of an
                // entity is to start it.
                if !super::features::allowed(prev, gold) {
                    gold -= 1;
                }
                if guess != gold {
                    errors += 1;
                    self.update(feats, gold, 1.0);
                    self.update(feats, guess, -1.0);
                }
                self.c += 1.0;
                guess
            });
        }
        errors
    }

    /// The averaged weights.
    pub fn averaged(&self) -> Vec<(u32, [f32; N_TAGS])> {
        let mut out: Vec<(u32, [f32; N_TAGS])> = self
            .index
            .iter()
            .map(|(&k, &ix)| {
                let (w, u) = (&self.w[ix as usize], &self.u[ix as usize]);
                (k, std::array::from_fn(|t| w[t] - u[t] / self.c))
            })
            .collect();
        out.sort_by_key(|r| r.0);
        out
    }
}

/// Quantizes averaged weights to i8 and drops those under `min_q` steps;
/// returns the model file's bytes.
pub fn quantize(avg: &[(u32, [f32; N_TAGS])], min_q: i32) -> Vec<u8> {
    let mut mags: Vec<f32> = avg.iter().flat_map(|(_, w)| w.iter().map(|x| x.abs())).filter(|x| *x > 0.0).collect();
    mags.sort_by(|a, b| a.total_cmp(b));
    let top = mags.get(mags.len().saturating_sub(1 + mags.len() / 10_000)).copied().unwrap_or(1.0).max(1e-6);
    let scale = top / 127.0;
    let records: Vec<(u32, [i8; N_TAGS])> = avg
        .iter()
        .map(|(k, w)| {
            let mut q = [0i8; N_TAGS];
            for t in 0..N_TAGS {
                let v = (w[t] / scale).round().clamp(-127.0, 127.0) as i32;
                q[t] = if v.abs() >= min_q { v as i8 } else { 0 };
            }
            (*k, q)
        })
        .collect();
    Model::write(&records, scale)
}

/// A small deterministic generator for shuffling.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Tags every document with `model`.
pub fn tag_all(model: &Model, docs: &[Doc]) -> Vec<Vec<Vec<u8>>> {
    docs.iter().map(|d| model.tag_document(&d.sentences())).collect()
}

pub fn tag_name(t: u8) -> &'static str {
    TAGS[t as usize]
}
