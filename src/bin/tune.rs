//! Fits the summary scorer (src/summary/rank.rs) and measures it.
//!
//! ```text
//! cargo run --release --features train --bin tune -- [--data ../shared/data/summarization] COMMAND
//!   fit [--short cnndm] [--long bbc-tune] [--limit N] [--mask …] [--l2 …] [--redundancy …] [--delay …] [--reach …]
//!       fits the short-summary model on --short and the long-extract model on --long, prints
//!       in-process ROUGE-1/2 on the selection sets for every combination, and the scorer for rank.rs
//!   predict --set S --out FILE [--short A --long B] [--delay D --reach R --redundancy X]
//!       writes {"id","summary"} lines for the shared scorer (the library's scorer, or one fitted on A/B)
//! ```
//!
//! Sets (docs/summary.md): `cnndm` (train, 39k, lowercased), `cnndm-val`, and the halves of the
//! cased dev sets `cnn-tune`, `cnn-test`, `bbc-tune`, `bbc-test` (split by a hash of the id).
//! Labels are greedy-oracle: sentences added one at a time while they raise ROUGE-1 + ROUGE-2
//! against the reference. The model is an L2-regularized logistic regression (Newton's method on
//! standardized inputs). Selection uses an in-process ROUGE-1/2 (rouge-score's tokenization, the
//! Snowball English stemmer standing in for Porter); reported figures come from ../shared/eval.

use nutshell::internals::summary::rank::{self, Blend, Inputs, Scorer, Weights};
use nutshell::internals::summary::{Budget, Prepared};
use nutshell::{Analyzer, Language};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

/// The id-hash split of docs/summary.md: FNV-1a-64, splitmix64 finalizer; even = tune.
fn is_tune(id: &str) -> bool {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in id.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58476d1ce4e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d049bb133111eb);
    h ^= h >> 31;
    h % 2 == 0
}

struct Row {
    id: String,
    article: String,
    reference: String,
}

/// Reads a JSONL set (gzipped ones through `gzip -dc`).
fn read_rows(path: &str, limit: usize, keep: impl Fn(&str) -> bool) -> Vec<Row> {
    let mut child = None;
    let reader: Box<dyn BufRead> = if path.ends_with(".gz") {
        let mut gzip = Command::new("gzip")
            .args(["-dc", path])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("gzip -dc {path}: {e}"));
        let out = gzip.stdout.take().expect("gzip stdout");
        child = Some(gzip);
        Box::new(BufReader::new(out))
    } else {
        Box::new(BufReader::new(std::fs::File::open(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))))
    };
    let mut rows = Vec::new();
    for line in reader.lines() {
        let line = line.expect("read line");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).expect("JSON line");
        let id = v["id"].as_str().unwrap_or_default().to_string();
        if !keep(&id) {
            continue;
        }
        rows.push(Row {
            id,
            article: v["article"].as_str().unwrap_or_default().to_string(),
            reference: v["reference"].as_str().unwrap_or_default().to_string(),
        });
        if limit > 0 && rows.len() >= limit {
            break;
        }
    }
    if let Some(mut gzip) = child {
        // The pipe is closed by now; after an early stop (--limit) gzip may still be running.
        let _ = gzip.kill();
        let _ = gzip.wait();
    }
    rows
}

/// rouge-score's tokens: lowercase, runs of [a-z0-9], stems of words over 3 letters.
struct Vocab {
    ids: HashMap<String, u32>,
    stemmer: Stemmer,
}

impl Vocab {
    fn tokens(&mut self, text: &str) -> Vec<u32> {
        let lower = text.to_lowercase();
        let cleaned: String = lower.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
        cleaned
            .split_whitespace()
            .map(|w| {
                let stem = if w.len() > 3 { self.stemmer.stem(w).into_owned() } else { w.to_string() };
                let next = self.ids.len() as u32;
                *self.ids.entry(stem).or_insert(next)
            })
            .collect()
    }
}

/// Unigram and bigram counts of a token sequence.
#[derive(Default, Clone)]
struct Grams {
    counts: HashMap<(u32, u32), u32>,
    unigrams: u32,
    bigrams: u32,
}

impl Grams {
    fn new(tokens: &[u32]) -> Grams {
        let mut g = Grams::default();
        g.add(tokens);
        g
    }

    fn add(&mut self, tokens: &[u32]) {
        for &t in tokens {
            *self.counts.entry((t, u32::MAX)).or_insert(0) += 1;
        }
        for w in tokens.windows(2) {
            *self.counts.entry((w[0], w[1])).or_insert(0) += 1;
        }
        self.unigrams += tokens.len() as u32;
        self.bigrams += tokens.len().saturating_sub(1) as u32;
    }

    /// (ROUGE-1 F, ROUGE-2 F) of `self` as a prediction against `reference`.
    fn f_scores(&self, reference: &Grams) -> (f64, f64) {
        let (mut o1, mut o2) = (0u32, 0u32);
        for (k, &c) in &self.counts {
            let r = *reference.counts.get(k).unwrap_or(&0);
            if k.1 == u32::MAX {
                o1 += c.min(r);
            } else {
                o2 += c.min(r);
            }
        }
        let f = |o: u32, p: u32, r: u32| {
            if o == 0 || p == 0 || r == 0 {
                0.0
            } else {
                let (prec, rec) = (o as f64 / p as f64, o as f64 / r as f64);
                2.0 * prec * rec / (prec + rec)
            }
        };
        (f(o1, self.unigrams, reference.unigrams), f(o2, self.bigrams, reference.bigrams))
    }
}

/// ROUGE-1/2 F of a summary made of sentences (each a token list), concatenated.
fn rouge12(sentences: &[&[u32]], reference: &Grams) -> (f64, f64) {
    let mut g = Grams::default();
    for s in sentences {
        g.add(s);
    }
    g.f_scores(reference)
}

/// One prepared article.
struct Case {
    id: String,
    prepared: Prepared,
    /// Model inputs and greedy-oracle label of each node.
    sample: Sample,
    /// ROUGE tokens of each node.
    tokens: Vec<Vec<u32>>,
    /// The summary text of each node (for predictions).
    texts: Vec<String>,
    reference: Grams,
    /// Sentences the protocol asks for.
    k: usize,
}

/// Greedy oracle: adds the node that most raises R-1 + R-2 F, while any does (at most `cap`).
/// Incremental: the gain of a candidate is computed from its own n-grams only.
fn oracle(grams: &[Grams], reference: &Grams, cap: usize) -> Vec<bool> {
    let mut labels = vec![false; grams.len()];
    let mut current: HashMap<(u32, u32), u32> = HashMap::new();
    let (mut o1, mut o2, mut u, mut b) = (0u32, 0u32, 0u32, 0u32);
    let f = |o: u32, p: u32, r: u32| {
        if o == 0 || p == 0 || r == 0 {
            0.0
        } else {
            let (prec, rec) = (o as f64 / p as f64, o as f64 / r as f64);
            2.0 * prec * rec / (prec + rec)
        }
    };
    let mut best = 0.0;
    for _ in 0..cap {
        let mut step: Option<(usize, f64, u32, u32)> = None;
        for (c, g) in grams.iter().enumerate() {
            if labels[c] {
                continue;
            }
            let (mut d1, mut d2) = (0u32, 0u32);
            for (k, &n) in &g.counts {
                let r = *reference.counts.get(k).unwrap_or(&0);
                if r == 0 {
                    continue;
                }
                let have = *current.get(k).unwrap_or(&0);
                let gain = (have + n).min(r) - have.min(r);
                if k.1 == u32::MAX {
                    d1 += gain;
                } else {
                    d2 += gain;
                }
            }
            let v = f(o1 + d1, u + g.unigrams, reference.unigrams) + f(o2 + d2, b + g.bigrams, reference.bigrams);
            if v > step.map_or(best, |s| s.1) + 1e-9 {
                step = Some((c, v, d1, d2));
            }
        }
        let Some((c, v, d1, d2)) = step else { break };
        labels[c] = true;
        best = v;
        (o1, o2, u, b) = (o1 + d1, o2 + d2, u + grams[c].unigrams, b + grams[c].bigrams);
        for (k, &n) in &grams[c].counts {
            *current.entry(*k).or_insert(0) += n;
        }
    }
    labels
}

fn prepare(rows: Vec<Row>, bbc: bool, vocab: &mut Vocab) -> Vec<Case> {
    let analyzer = Analyzer::builder().language(Some(Language::En)).build().expect("valid options");
    rows.into_iter()
        .filter_map(|row| {
            let doc = analyzer.document(&row.article).ok()?;
            let prepared = Prepared::new(&doc);
            let text = doc.text();
            let texts: Vec<String> = prepared
                .nodes
                .iter()
                .map(|i| doc.content(i).slice(text).split_whitespace().collect::<Vec<_>>().join(" "))
                .collect();
            let tokens: Vec<Vec<u32>> = texts.iter().map(|t| vocab.tokens(t)).collect();
            let reference = Grams::new(&vocab.tokens(&row.reference));
            let k = if bbc { row.reference.lines().filter(|l| !l.trim().is_empty()).count() } else { 3 };
            let grams: Vec<Grams> = tokens.iter().map(|t| Grams::new(t)).collect();
            let labels = oracle(&grams, &reference, if bbc { k } else { 5 });
            let inputs = (0..prepared.nodes.len()).map(|k| rank::inputs(&prepared.features(k)).values()).collect();
            Some(Case { id: row.id, prepared, sample: Sample { inputs, labels }, tokens, texts, reference, k })
        })
        .collect()
}

/// The rows a model is fitted on: each node's inputs and oracle label.
struct Sample {
    inputs: Vec<Vec<f32>>,
    labels: Vec<bool>,
}

/// Loads the fitting rows of a set, from a cache in `cache` when there is one (delete it when the
/// features change: it is keyed by set and limit only).
fn load_samples(dir: &str, set: &str, limit: usize, cache: &str, vocab: &mut Vocab) -> Vec<Sample> {
    let path = format!("{cache}/{set}-{limit}.samples");
    let d = Inputs::NAMES.len();
    if let Ok(bytes) = std::fs::read(&path) {
        let mut it = bytes.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]));
        let mut out = Vec::new();
        while let Some(n) = it.next() {
            let mut sample = Sample { inputs: Vec::new(), labels: Vec::new() };
            for _ in 0..n as usize {
                sample.inputs.push(it.by_ref().take(d).collect());
                sample.labels.push(it.next() == Some(1.0));
            }
            out.push(sample);
        }
        eprintln!("{set}: {} articles from {path}", out.len());
        return out;
    }
    let cases = load(dir, set, limit, vocab);
    let mut bytes = Vec::new();
    let out: Vec<Sample> = cases.into_iter().map(|c| c.sample).collect();
    for sample in &out {
        bytes.extend((sample.inputs.len() as f32).to_le_bytes());
        for (x, &y) in sample.inputs.iter().zip(&sample.labels) {
            x.iter().for_each(|v| bytes.extend(v.to_le_bytes()));
            bytes.extend((if y { 1.0f32 } else { 0.0 }).to_le_bytes());
        }
    }
    if std::fs::create_dir_all(cache).and_then(|_| std::fs::write(&path, bytes)).is_err() {
        eprintln!("could not write the cache {path}");
    }
    out
}

/// Which rows of a file a set keeps, by id.
type Keep = Box<dyn Fn(&str) -> bool>;

/// Loads a named set.
fn load(dir: &str, set: &str, limit: usize, vocab: &mut Vocab) -> Vec<Case> {
    let (file, bbc, keep): (&str, bool, Keep) = match set {
        "cnndm" => ("cnndm-train.jsonl.gz", false, Box::new(|_| true)),
        "cnndm-val" => ("cnndm-val.jsonl.gz", false, Box::new(|_| true)),
        "cnn-tune" => ("cnn-dev.jsonl", false, Box::new(is_tune)),
        "cnn-test" => ("cnn-dev.jsonl", false, Box::new(|id| !is_tune(id))),
        "bbc-tune" => ("bbc-dev.jsonl", true, Box::new(is_tune)),
        "bbc-test" => ("bbc-dev.jsonl", true, Box::new(|id| !is_tune(id))),
        _ => panic!("unknown set {set}"),
    };
    let started = std::time::Instant::now();
    let cases = prepare(read_rows(&format!("{dir}/{file}"), limit, keep), bbc, vocab);
    eprintln!("{set}: {} articles in {:.1} s", cases.len(), started.elapsed().as_secs_f64());
    cases
}

/// Which inputs a model uses (a mask over `Inputs::NAMES`).
type Mask = Vec<bool>;

// Matrix code reads best with indices.
#[allow(clippy::needless_range_loop)]
/// L2-regularized logistic regression by Newton's method, on inputs standardized over the
/// training rows; returns weights on the raw inputs. `l2` is per row (scaled by the row count).
fn fit<'a>(cases: impl Iterator<Item = &'a Sample> + Clone, mask: &Mask, l2: f64) -> Weights {
    let d = Inputs::NAMES.len();
    let used: Vec<usize> = (0..d).filter(|&j| mask[j]).collect();
    let m = used.len();
    // Standardize.
    let (mut mean, mut sq, mut rows) = (vec![0f64; m], vec![0f64; m], 0f64);
    for c in cases.clone() {
        for x in &c.inputs {
            for (a, &j) in used.iter().enumerate() {
                mean[a] += x[j] as f64;
                sq[a] += (x[j] as f64).powi(2);
            }
            rows += 1.0;
        }
    }
    let std: Vec<f64> = (0..m)
        .map(|a| {
            mean[a] /= rows;
            (sq[a] / rows - mean[a] * mean[a]).max(0.0).sqrt().max(1e-6)
        })
        .collect();
    let z = |x: &[f32], a: usize| (x[used[a]] as f64 - mean[a]) / std[a];
    // w[0] is the bias.
    let mut w = vec![0f64; m + 1];
    for _ in 0..25 {
        let mut grad = vec![0f64; m + 1];
        let mut hess = vec![vec![0f64; m + 1]; m + 1];
        let mut v = vec![0f64; m + 1];
        for c in cases.clone() {
            for (x, &y) in c.inputs.iter().zip(&c.labels) {
                v[0] = 1.0;
                for a in 0..m {
                    v[a + 1] = z(x, a);
                }
                let logit: f64 = v.iter().zip(&w).map(|(a, b)| a * b).sum();
                let p = 1.0 / (1.0 + (-logit).exp());
                let r = p - if y { 1.0 } else { 0.0 };
                let s = (p * (1.0 - p)).max(1e-9);
                for i in 0..=m {
                    grad[i] += r * v[i];
                    for j in i..=m {
                        hess[i][j] += s * v[i] * v[j];
                    }
                }
            }
        }
        for i in 0..=m {
            for j in 0..i {
                hess[i][j] = hess[j][i];
            }
            if i > 0 {
                grad[i] += l2 * rows * w[i];
                hess[i][i] += l2 * rows;
            }
        }
        let step = solve(hess, grad);
        let size: f64 = step.iter().map(|s| s.abs()).sum();
        for i in 0..=m {
            w[i] -= step[i];
        }
        if size < 1e-7 {
            break;
        }
    }
    // Back to raw inputs.
    let mut values = vec![0f32; d];
    let mut bias = w[0];
    for a in 0..m {
        values[used[a]] = (w[a + 1] / std[a]) as f32;
        bias -= w[a + 1] * mean[a] / std[a];
    }
    Weights::from_values(bias as f32, &values)
}

#[allow(clippy::needless_range_loop)]
/// Solves `a · x = b` (a symmetric positive definite) by Gaussian elimination with pivoting.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs())).unwrap();
        a.swap(col, pivot);
        b.swap(col, pivot);
        let p = a[col][col];
        if p.abs() < 1e-12 {
            continue;
        }
        for row in col + 1..n {
            let f = a[row][col] / p;
            for k in col..n {
                a[row][k] -= f * a[col][k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = vec![0f64; n];
    for row in (0..n).rev() {
        let s: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = if a[row][row].abs() < 1e-12 { 0.0 } else { (b[row] - s) / a[row][row] };
    }
    x
}

/// The nodes the library's ranking picks for a case (positions, rank order).
fn pick(case: &Case, scorer: &Scorer, k: usize) -> Vec<usize> {
    let ranked = case.prepared.rank(scorer);
    case.prepared.cut(&ranked, &Budget::Sentences(k)).into_iter().map(|(node, _)| node).collect()
}

/// Mean in-process (ROUGE-1, ROUGE-2) F ×100 with the protocol's k.
fn evaluate(cases: &[&Case], scorer: &Scorer) -> (f64, f64) {
    let (mut r1, mut r2) = (0.0, 0.0);
    for c in cases {
        let mut chosen = pick(c, scorer, c.k);
        chosen.sort_unstable();
        let s: Vec<&[u32]> = chosen.iter().map(|&i| c.tokens[i].as_slice()).collect();
        let (a, b) = rouge12(&s, &c.reference);
        r1 += a;
        r2 += b;
    }
    let n = cases.len().max(1) as f64;
    (100.0 * r1 / n, 100.0 * r2 / n)
}

/// Lead-k on the same tokens.
fn lead(cases: &[&Case]) -> (f64, f64) {
    let (mut r1, mut r2) = (0.0, 0.0);
    for c in cases {
        let s: Vec<&[u32]> = c.tokens.iter().take(c.k).map(|t| t.as_slice()).collect();
        let (a, b) = rouge12(&s, &c.reference);
        r1 += a;
        r2 += b;
    }
    let n = cases.len().max(1) as f64;
    (100.0 * r1 / n, 100.0 * r2 / n)
}

fn print_weights(name: &str, w: &Weights) {
    println!("    {name}: Weights {{");
    println!("        bias: {:.4},", w.bias);
    for (name, v) in Inputs::NAMES.iter().zip(w.values()) {
        println!("        {name}: {v:.4},");
    }
    println!("    }},");
}

fn print_scorer(s: &Scorer) {
    println!("pub const SCORER: Scorer = Scorer {{");
    print_weights("short", &s.short);
    print_weights("long", &s.long);
    println!("    blend: Blend {{ delay: {:.3}, reach: {:.3} }},", s.blend.delay, s.blend.reach);
    println!("    redundancy: {:.3},", s.redundancy);
    println!("}};");
}

fn numbers(args: &[String], name: &str, default: &str) -> Vec<f64> {
    arg(args, name).unwrap_or_else(|| default.into()).split(',').map(|v| v.parse().expect("number")).collect()
}

/// Figures of a scorer on named sets, one line.
fn report(sets: &[(&str, Vec<&Case>)], scorer: &Scorer) -> String {
    sets.iter()
        .map(|(name, cases)| {
            let (a, b) = evaluate(cases, scorer);
            format!("{name} {a:.2}/{b:.2}")
        })
        .collect::<Vec<_>>()
        .join("  ")
}

/// `--mask -a,-b` drops inputs; `--mask a,b` keeps only those.
fn parse_mask(spec: Option<String>) -> Mask {
    let Some(spec) = spec else { return vec![true; Inputs::NAMES.len()] };
    let names: Vec<&str> = spec.split(',').collect();
    for n in &names {
        assert!(Inputs::NAMES.contains(&n.trim_start_matches('-')), "unknown input {n}");
    }
    if names.iter().all(|n| n.starts_with('-')) {
        Inputs::NAMES.iter().map(|n| !names.contains(&format!("-{n}").as_str())).collect()
    } else {
        Inputs::NAMES.iter().map(|n| names.contains(n)).collect()
    }
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = arg(&args, "--data").unwrap_or_else(|| "../shared/data/summarization".into());
    let limit: usize = arg(&args, "--limit").map_or(0, |v| v.parse().expect("--limit N"));
    let mut vocab = Vocab { ids: HashMap::new(), stemmer: Stemmer::create(Algorithm::English) };
    let command = args.iter().find(|a| !a.starts_with("--") && !is_value(&args, a)).cloned().unwrap_or_default();
    let mask = parse_mask(arg(&args, "--mask"));
    let short_set = arg(&args, "--short").unwrap_or_else(|| "cnndm".into());
    let long_set = arg(&args, "--long").unwrap_or_else(|| "bbc-tune".into());
    let cache = arg(&args, "--cache").unwrap_or_else(|| "target/tune-cache".into());
    match command.as_str() {
        "fit" => {
            // The short model is fitted on --short (cached rows); the long model on the even half
            // of --long, so that the blend is chosen on articles it did not see (its odd half,
            // "long-held"); it is refitted on the whole set for the printed scorer.
            let short_rows = load_samples(&dir, &short_set, limit, &cache, &mut vocab);
            let mut loaded: Vec<(&str, Vec<Case>)> = Vec::new();
            for name in ["cnndm-val", "cnn-tune", "bbc-tune"] {
                if name != short_set || name == long_set {
                    loaded.push((name, load(&dir, name, if name == "cnndm-val" { limit / 4 } else { 0 }, &mut vocab)));
                }
            }
            let long_all: Vec<&Sample> = match loaded.iter().find(|(n, _)| *n == long_set) {
                Some((_, cases)) => cases.iter().map(|c| &c.sample).collect(),
                None => short_rows.iter().collect(),
            };
            let long_fold: Vec<&Sample> = long_all.iter().copied().step_by(2).collect();
            let sets: Vec<(&str, Vec<&Case>)> = loaded
                .iter()
                .map(|(n, c)| {
                    if *n == long_set {
                        ("long-held", c.iter().skip(1).step_by(2).collect())
                    } else {
                        (*n, c.iter().collect())
                    }
                })
                .collect();
            for (name, cases) in &sets {
                println!(
                    "{name:10} lead {:.2?}  library {}",
                    lead(cases),
                    report(&[(name, cases.clone())], &rank::SCORER)
                );
            }
            // The scorer printed at the end takes the last value of each list.
            let mut last = rank::SCORER;
            for l2 in numbers(&args, "--l2", "1e-4") {
                let mut short = fit(short_rows.iter(), &mask, l2);
                let long = if long_set == short_set { short } else { fit(long_fold.iter().copied(), &mask, 1e-4) };
                if let Some(t) = arg(&args, "--short-title") {
                    short.title = t.parse().expect("--short-title X");
                }
                for redundancy in numbers(&args, "--redundancy", "0.5,1") {
                    for delay in numbers(&args, "--delay", "0") {
                        for reach in numbers(&args, "--reach", "0.2,0.4,0.8") {
                            let scorer = Scorer {
                                short,
                                long,
                                blend: Blend { delay: delay as f32, reach: reach as f32 },
                                redundancy: redundancy as f32,
                            };
                            println!(
                                "l2 {l2:e} red {redundancy} delay {delay} reach {reach}: {}",
                                report(&sets, &scorer)
                            );
                            last = scorer;
                        }
                    }
                }
                let long = if long_set == short_set { short } else { fit(long_all.iter().copied(), &mask, 1e-4) };
                print_scorer(&Scorer { short, long, ..last });
            }
        }
        "predict" => {
            let set = arg(&args, "--set").expect("--set");
            let out = arg(&args, "--out").expect("--out");
            let scorer = if arg(&args, "--short").is_some() || arg(&args, "--long").is_some() {
                let short = fit(load_samples(&dir, &short_set, limit, &cache, &mut vocab).iter(), &mask, 1e-4);
                let long = if long_set == short_set {
                    short
                } else {
                    fit(load_samples(&dir, &long_set, 0, &cache, &mut vocab).iter(), &mask, 1e-4)
                };
                Scorer { short, long, ..rank::SCORER }
            } else {
                rank::SCORER
            };
            let one = |name: &str, default: f32| arg(&args, name).map_or(default, |v| v.parse().expect("number"));
            let scorer = Scorer {
                blend: Blend { delay: one("--delay", scorer.blend.delay), reach: one("--reach", scorer.blend.reach) },
                redundancy: one("--redundancy", scorer.redundancy),
                ..scorer
            };
            let cases = load(&dir, &set, 0, &mut vocab);
            let mut file = std::fs::File::create(&out).expect("--out file");
            for c in &cases {
                let mut chosen = pick(c, &scorer, c.k);
                chosen.sort_unstable();
                let summary: Vec<&str> = chosen.iter().map(|&i| c.texts[i].as_str()).collect();
                let line = serde_json::json!({"id": c.id, "summary": summary.join("\n")});
                writeln!(file, "{line}").expect("write");
            }
        }
        _ => {
            eprintln!(
                "usage: tune [--data DIR] [--limit N] fit|predict …  (see the comment at the top of src/bin/tune.rs)"
            );
            std::process::exit(2);
        }
    }
}

/// True when `a` is the value of a `--flag value` pair.
fn is_value(args: &[String], a: &String) -> bool {
    args.iter().position(|x| std::ptr::eq(x, a)).is_some_and(|i| i > 0 && args[i - 1].starts_with("--"))
}
