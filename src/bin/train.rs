//! Trains the entity tagger from CoNLL-2003 files and writes the model.
//!
//! ```text
//! cargo run --release --features train --bin train -- \
//!     --train ../shared/data/ner/conll2003/train.txt --dev ../shared/data/ner/conll2003/dev.txt --out models/ner.bin
//! ```
//!
//! Deterministic: the documents are shuffled with a fixed seed, and the
//! number of epochs and the pruning level are chosen on the dev set.

use nutshell::internals::entities::model::Model;
use nutshell::internals::entities::train::{quantize, read_conll, score, tag_all, Rng, Trainer};
use std::process::ExitCode;

/// Averaged weights: (feature key, weight per tag).
type Weights = Vec<(u32, [f32; 9])>;

struct Args {
    train: String,
    dev: String,
    out: String,
    epochs: usize,
    seed: u64,
    max_bytes: usize,
    bags: usize,
    dropout: u64,
}

fn parse() -> Result<Args, String> {
    let mut a = Args {
        train: String::new(),
        dev: String::new(),
        out: String::new(),
        epochs: 30,
        seed: 42,
        max_bytes: 1_000_000,
        bags: 4,
        dropout: 0,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--train" => a.train = value()?,
            "--dev" => a.dev = value()?,
            "--out" => a.out = value()?,
            "--epochs" => a.epochs = value()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--seed" => a.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--dropout" => a.dropout = value()?.parse().map_err(|e| format!("--dropout: {e}"))?,
            "--bags" => a.bags = value()?.parse().map_err(|e| format!("--bags: {e}"))?,
            "--max-bytes" => a.max_bytes = value()?.parse().map_err(|e| format!("--max-bytes: {e}"))?,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if a.train.is_empty() || a.dev.is_empty() || a.out.is_empty() {
        return Err("usage: train --train FILE --dev FILE --out FILE [--epochs N] [--seed S] [--max-bytes B]".into());
    }
    Ok(a)
}

/// The sum of two sorted weight lists.
fn add_weights(a: &Weights, b: &Weights) -> Weights {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j == b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i == a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, std::array::from_fn(|t| a[i].1[t] + b[j].1[t])));
            i += 1;
            j += 1;
        }
    }
    out
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn run() -> Result<(), String> {
    let a = parse()?;
    let train = read_conll(&read(&a.train)?);
    let dev = read_conll(&read(&a.dev)?);
    let tokens: usize = train.iter().flat_map(|d| d.words.iter()).map(Vec::len).sum();
    eprintln!("train: {} documents, {tokens} tokens; dev: {} documents", train.len(), dev.len());
    let mut trainer = Trainer::new();
    trainer.dropout = a.dropout;
    let mut rng = Rng::new(a.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut best: Option<(f64, usize, Weights)> = None;
    for epoch in 1..=a.epochs {
        rng.shuffle(&mut order);
        let errors = trainer.epoch(&train, &order);
        let avg = trainer.averaged();
        let bytes = quantize(&avg, 1);
        let model = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
        let f = score(&dev, &tag_all(&model, &dev))[0].2;
        eprintln!("epoch {epoch:2}: {errors} training errors, {} features, dev F1 {f:.2}", avg.len());
        if best.as_ref().is_none_or(|b| f > b.0) {
            best = Some((f, epoch, avg));
        }
    }
    let (f1, epoch, mut avg) = best.ok_or("no epochs")?;
    eprintln!("best epoch: {epoch} (dev F1 {f1:.2})");
    // Bagging: more perceptrons trained for the same number of epochs on
    // other shuffles; the model is the sum of their averaged weights (still
    // one linear model, so tagging costs the same).
    for bag in 1..a.bags {
        let mut trainer = Trainer::new();
        trainer.dropout = a.dropout;
        let mut rng = Rng::new(a.seed.wrapping_add(7919 * bag as u64));
        for _ in 0..epoch {
            rng.shuffle(&mut order);
            trainer.epoch(&train, &order);
        }
        avg = add_weights(&avg, &trainer.averaged());
        let model = Model::from_bytes(&quantize(&avg, 1)).map_err(|e| e.to_string())?;
        let f = score(&dev, &tag_all(&model, &dev))[0].2;
        eprintln!("bag {}: {} features, dev F1 {f:.2}", bag + 1, avg.len());
    }
    // The smallest model within 0.15 F1 of the best one that fits.
    let mut tried: Vec<(f64, i32, Vec<u8>)> = Vec::new();
    for min_q in [1, 2, 3, 4, 5, 6, 8, 10, 12, 16] {
        let bytes = quantize(&avg, min_q);
        let model = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
        let s = score(&dev, &tag_all(&model, &dev));
        eprintln!(
            "prune < {min_q:2}: {} features, {} bytes, dev F1 {:.2} (PER {:.2} ORG {:.2} LOC {:.2} MISC {:.2})",
            model.len(),
            bytes.len(),
            s[0].2,
            s[1].2,
            s[2].2,
            s[3].2,
            s[4].2
        );
        if bytes.len() <= a.max_bytes {
            tried.push((s[0].2, min_q, bytes));
        }
    }
    let top = tried.iter().map(|t| t.0).fold(0.0, f64::max);
    let chosen = tried.into_iter().filter(|t| t.0 >= top - 0.15).min_by_key(|t| t.2.len());
    let (f, min_q, bytes) = chosen.ok_or("no pruning level fits in --max-bytes")?;
    std::fs::write(&a.out, &bytes).map_err(|e| format!("cannot write {}: {e}", a.out))?;
    eprintln!("wrote {} ({} bytes, prune < {min_q}, dev F1 {f:.2})", a.out, bytes.len());
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train: {e}");
            ExitCode::from(1)
        }
    }
}
