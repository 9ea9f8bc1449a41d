//! The entity tagger's training tool (feature `train`): splits the labelled
//! data in `../shared/data/ner`, trains the model, tags and scores.
//!
//! ```text
//! train fit   --data ../shared/data/ner --out models/ner.bin   # the shipped recipe (`make model`)
//! train split --data ../shared/data/ner --out DIR              # the fit/tune/test parts as CoNLL files
//! train eval  --data ../shared/data/ner --model FILE [--part tune|test]
//! train tag   --model FILE FILE.conll                          # `token TAG` lines, like `nutshell tag --conll`
//! ```
//!
//! Deterministic: documents are shuffled with fixed seeds, and everything
//! that is chosen (epochs, pruning) is chosen on the tune parts only. The test
//! parts are read only by `eval --part test` and the cross-domain table.

use nutshell::internals::entities::features::WordClasses;
use nutshell::internals::entities::model::Model;
use nutshell::internals::entities::train::{
    load_sources, lowercase_lexicon, quantize, read_conll, read_names, score_types, tag_all, write_conll, Corpus, Doc,
    Part, Rng, Trainer, SOURCES,
};
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

/// Averaged weights: (feature key, weight per tag).
type Weights = Vec<(u32, [f32; 9])>;

/// (precision, recall, F1) for micro, PER, ORG, LOC, MISC.
type Scores = [(f64, f64, f64); 5];

/// How much each source's documents count in training (the perceptron's
/// update size); 0 leaves a source out. Chosen on the tune parts.
const FIT_WEIGHTS: &[(&str, f32)] = &[
    ("conll", 2.0),
    ("wnut", 1.0),
    ("btc", 1.0),
    ("sec", 0.5),
    ("politics", 2.0),
    ("science", 2.0),
    ("music", 2.0),
    ("literature", 2.0),
    ("ai", 2.0),
];

/// How much each source's tune F1 counts when choosing epochs and pruning:
/// newswire first, then social media and Wikipedia, finance least (its
/// labels are idiosyncratic: `Borrower` is a PER there).
const TUNE_WEIGHTS: &[(&str, f64)] = &[
    ("conll", 2.0),
    ("wnut", 0.5),
    ("btc", 0.5),
    ("sec", 0.25),
    ("politics", 0.2),
    ("science", 0.2),
    ("music", 0.2),
    ("literature", 0.2),
    ("ai", 0.2),
];

struct FitArgs {
    data: PathBuf,
    out: PathBuf,
    epochs: usize,
    seed: u64,
    max_bytes: usize,
    bags: usize,
    dropout: u64,
    weights: HashMap<String, f32>,
    /// Keep every n-th sentence of the fit parts (quick experiments).
    sample: usize,
    /// Name lists (`forenames-by-country.csv`, `surnames-by-country.csv`); none when empty.
    gazetteers: Option<PathBuf>,
    /// Words seen in lower case at least this often in the fit parts form the lexicon (0: none).
    lexicon_min: usize,
}

fn usage() -> String {
    "usage:\n  train fit --data DIR --out FILE [--weights src=w,...] [--without SRC] [--epochs N] [--bags N] \
     [--seed S] [--max-bytes B] [--dropout PERMILLE] [--sample N]\n  train split --data DIR --out DIR\n  \
     train eval --data DIR --model FILE [--part tune|test|fit]\n  train tag --model FILE FILE"
        .into()
}

fn parse_weights(spec: &str, into: &mut HashMap<String, f32>) -> Result<(), String> {
    for item in spec.split(',').filter(|s| !s.is_empty()) {
        let (name, w) = item.split_once('=').ok_or(format!("--weights: {item} is not name=weight"))?;
        if !SOURCES.iter().any(|s| s.name == name) {
            return Err(format!("--weights: unknown source {name}"));
        }
        into.insert(name.to_string(), w.parse().map_err(|e| format!("--weights {item}: {e}"))?);
    }
    Ok(())
}

fn parse_fit(args: &[String]) -> Result<FitArgs, String> {
    let mut a = FitArgs {
        data: PathBuf::new(),
        out: PathBuf::new(),
        epochs: 30,
        seed: 42,
        max_bytes: 1_230_000,
        bags: 4,
        dropout: 0,
        weights: FIT_WEIGHTS.iter().map(|(n, w)| (n.to_string(), *w)).collect(),
        sample: 1,
        gazetteers: None,
        lexicon_min: 3,
    };
    let mut names = true;
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = || it.next().cloned().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--data" => a.data = value()?.into(),
            "--out" => a.out = value()?.into(),
            "--epochs" => a.epochs = value()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--seed" => a.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--dropout" => a.dropout = value()?.parse().map_err(|e| format!("--dropout: {e}"))?,
            "--bags" => a.bags = value()?.parse().map_err(|e| format!("--bags: {e}"))?,
            "--max-bytes" => a.max_bytes = value()?.parse().map_err(|e| format!("--max-bytes: {e}"))?,
            "--sample" => a.sample = value()?.parse::<usize>().map_err(|e| format!("--sample: {e}"))?.max(1),
            "--weights" => parse_weights(&value()?, &mut a.weights)?,
            "--gazetteers" => a.gazetteers = Some(value()?.into()),
            "--no-names" => names = false,
            "--lexicon-min" => a.lexicon_min = value()?.parse().map_err(|e| format!("--lexicon-min: {e}"))?,
            "--without" => {
                let name = value()?;
                parse_weights(&format!("{name}=0"), &mut a.weights)?;
            }
            other => return Err(format!("unknown argument {other}\n{}", usage())),
        }
    }
    if a.data.as_os_str().is_empty() || a.out.as_os_str().is_empty() {
        return Err(usage());
    }
    if !names {
        a.gazetteers = None;
    } else if a.gazetteers.is_none() {
        a.gazetteers = Some(a.data.join("../gazetteers"));
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

/// Which of the five score slots (micro, PER, ORG, LOC, MISC) a source marks.
fn kept_types(c: &Corpus) -> [bool; 5] {
    let names = ["", "PER", "ORG", "LOC", "MISC"];
    std::array::from_fn(|k| k == 0 || c.source.types.contains(&names[k]))
}

/// Scores of a model on one part of each source: (source, [(P, R, F1); 5]).
fn evaluate(model: &Model, corpora: &[&Corpus], part: Part) -> Vec<(&'static str, Scores)> {
    corpora
        .iter()
        .filter(|c| !c.part(part).is_empty())
        .map(|c| {
            let docs = c.part(part);
            (c.source.name, score_types(docs, &tag_all(model, docs), &kept_types(c)))
        })
        .collect()
}

/// The weighted mean of the tune F1s (the figure every choice maximizes).
fn objective(scores: &[(&str, Scores)]) -> f64 {
    let (mut sum, mut total) = (0.0, 0.0);
    for (name, s) in scores {
        let w = TUNE_WEIGHTS.iter().find(|(n, _)| n == name).map_or(0.0, |x| x.1);
        sum += w * s[0].2;
        total += w;
    }
    if total > 0.0 {
        sum / total
    } else {
        0.0
    }
}

fn brief(scores: &[(&str, Scores)]) -> String {
    scores.iter().map(|(n, s)| format!("{n} {:.2}", s[0].2)).collect::<Vec<_>>().join(" · ")
}

/// Every n-th sentence of a document.
fn sample(doc: &Doc, n: usize) -> Doc {
    let keep = |i: &usize| i % n == 0;
    Doc {
        words: doc.words.iter().enumerate().filter(|(i, _)| keep(i)).map(|(_, w)| w.clone()).collect(),
        tags: doc.tags.iter().enumerate().filter(|(i, _)| keep(i)).map(|(_, t)| t.clone()).collect(),
    }
}

/// The word classes shipped in the model: the CC0 name lists and the
/// lowercase lexicon of the edited fit text (whole documents, not sampled).
fn word_classes(a: &FitArgs, docs: &[&Doc]) -> Result<WordClasses, String> {
    let read = |name: &str| -> Result<Vec<String>, String> {
        let Some(dir) = &a.gazetteers else { return Ok(Vec::new()) };
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Ok(read_names(&text))
    };
    let forenames = read("forenames-by-country.csv")?;
    let surnames = read("surnames-by-country.csv")?;
    let lexicon = if a.lexicon_min > 0 { lowercase_lexicon(docs, a.lexicon_min) } else { Vec::new() };
    eprintln!(
        "word classes: {} forenames, {} surnames, {} lexicon words",
        forenames.len(),
        surnames.len(),
        lexicon.len()
    );
    Ok(WordClasses::from_words([forenames, surnames, lexicon]))
}

fn fit(args: &[String]) -> Result<(), String> {
    let a = parse_fit(args)?;
    let corpora = load_sources(&a.data)?;
    let weight = |c: &Corpus| a.weights.get(c.source.name).copied().unwrap_or(0.0);
    // Sources left out of fitting are left out of tuning too: a model
    // "without X" must never have seen X (the cross-domain table).
    let used: Vec<&Corpus> = corpora.iter().filter(|c| weight(c) > 0.0).collect();
    let sampled: Vec<(Doc, f32)> =
        used.iter().flat_map(|c| c.fit.iter().map(move |d| (sample(d, a.sample), weight(c)))).collect();
    let train: Vec<(&Doc, f32)> = sampled.iter().map(|(d, w)| (d, *w)).collect();
    let tokens: usize = train.iter().flat_map(|(d, _)| d.words.iter()).map(Vec::len).sum();
    eprintln!(
        "fit: {} documents, {tokens} tokens from {}",
        train.len(),
        used.iter().map(|c| format!("{}×{}", c.source.name, weight(c))).collect::<Vec<_>>().join(" ")
    );
    if train.is_empty() {
        return Err("no training data (every weight is 0)".into());
    }
    let tune_on = |model: &Model| evaluate(model, &used, Part::Tune);
    let edited: Vec<&Doc> = used.iter().filter(|c| c.source.edited).flat_map(|c| &c.fit).collect();
    let classes = word_classes(&a, &edited)?;
    let quantize = |avg: &Weights, min_q: i32| quantize(avg, min_q, &classes);

    let mut trainer = Trainer::new();
    trainer.dropout = a.dropout;
    trainer.classes = classes.clone();
    let mut rng = Rng::new(a.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut best: Option<(f64, usize, Weights)> = None;
    let mut since_best = 0;
    for epoch in 1..=a.epochs {
        rng.shuffle(&mut order);
        let errors = trainer.epoch(&train, &order);
        let avg = trainer.averaged();
        let model = Model::from_bytes(&quantize(&avg, 1)).map_err(|e| e.to_string())?;
        let scores = tune_on(&model);
        let f = objective(&scores);
        eprintln!("epoch {epoch:2}: {errors} errors, {} features, tune {f:.2} ({})", avg.len(), brief(&scores));
        if best.as_ref().is_none_or(|b| f > b.0) {
            best = Some((f, epoch, avg));
            since_best = 0;
        } else {
            since_best += 1;
            // Past the peak for a while: more epochs only cost time.
            if since_best >= 8 {
                break;
            }
        }
    }
    let (f1, epoch, mut avg) = best.ok_or("no epochs")?;
    eprintln!("best epoch: {epoch} (tune {f1:.2})");
    // Bagging: more perceptrons trained for the same number of epochs on
    // other shuffles; the model is the sum of their averaged weights (still
    // one linear model, so tagging costs the same).
    for bag in 1..a.bags {
        let mut trainer = Trainer::new();
        trainer.dropout = a.dropout;
        trainer.classes = classes.clone();
        let mut rng = Rng::new(a.seed.wrapping_add(7919 * bag as u64));
        for _ in 0..epoch {
            rng.shuffle(&mut order);
            trainer.epoch(&train, &order);
        }
        avg = add_weights(&avg, &trainer.averaged());
        let model = Model::from_bytes(&quantize(&avg, 1)).map_err(|e| e.to_string())?;
        let scores = tune_on(&model);
        eprintln!("bag {}: {} features, tune {:.2} ({})", bag + 1, avg.len(), objective(&scores), brief(&scores));
    }
    // The smallest model within 0.15 of the best objective that fits.
    let mut tried: Vec<(f64, i32, Vec<u8>)> = Vec::new();
    for min_q in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16] {
        let bytes = quantize(&avg, min_q);
        let model = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
        let scores = tune_on(&model);
        let f = objective(&scores);
        eprintln!(
            "prune < {min_q:2}: {} features, {} bytes, tune {f:.2} ({})",
            model.len(),
            bytes.len(),
            brief(&scores)
        );
        if bytes.len() <= a.max_bytes {
            tried.push((f, min_q, bytes));
        }
    }
    let top = tried.iter().map(|t| t.0).fold(0.0, f64::max);
    let chosen = tried.into_iter().filter(|t| t.0 >= top - 0.15).min_by_key(|t| t.2.len());
    let (f, min_q, bytes) = chosen.ok_or("no pruning level fits in --max-bytes")?;
    std::fs::write(&a.out, &bytes).map_err(|e| format!("cannot write {}: {e}", a.out.display()))?;
    eprintln!("wrote {} ({} bytes, prune < {min_q}, tune {f:.2})", a.out.display(), bytes.len());
    Ok(())
}

/// Flag values of a subcommand (`--name value` pairs) and its positional arguments.
fn flags(args: &[String], known: &[&str]) -> Result<(HashMap<String, String>, Vec<String>), String> {
    let mut map = HashMap::new();
    let mut rest = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if let Some(name) = a.strip_prefix("--") {
            if !known.contains(&name) {
                return Err(format!("unknown argument {a}\n{}", usage()));
            }
            map.insert(name.to_string(), it.next().cloned().ok_or(format!("{a} needs a value"))?);
        } else {
            rest.push(a.clone());
        }
    }
    Ok((map, rest))
}

fn load_model(path: &str) -> Result<Model, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Model::from_bytes(&bytes).map_err(|e| format!("{path}: {e}"))
}

fn split(args: &[String]) -> Result<(), String> {
    let (f, _) = flags(args, &["data", "out"])?;
    let (data, out) = (f.get("data").ok_or(usage())?, PathBuf::from(f.get("out").ok_or(usage())?));
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    for c in load_sources(data.as_ref())? {
        for part in Part::ALL {
            let path = out.join(format!("{}-{}.txt", c.source.name, part.name()));
            std::fs::write(&path, write_conll(c.part(part), c.source.has_docs))
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
        let count = |p: Part| {
            let docs = c.part(p);
            let sentences: usize = docs.iter().map(|d| d.words.len()).sum();
            let entities: usize = docs.iter().flat_map(|d| &d.tags).flatten().filter(|t| **t % 2 == 1).count();
            format!("{} docs {sentences} sentences {entities} entities", docs.len())
        };
        eprintln!(
            "{:<11} fit {:<38} tune {:<38} test {}",
            c.source.name,
            count(Part::Fit),
            count(Part::Tune),
            count(Part::Test)
        );
        println!("{}\t{}", c.source.name, c.source.types.join(","));
    }
    Ok(())
}

fn eval(args: &[String]) -> Result<(), String> {
    let (f, _) = flags(args, &["data", "model", "part"])?;
    let data = f.get("data").ok_or(usage())?;
    let model = load_model(f.get("model").ok_or(usage())?)?;
    let part = match f.get("part").map_or("tune", String::as_str) {
        "tune" => Part::Tune,
        "test" => Part::Test,
        "fit" => Part::Fit,
        other => return Err(format!("--part {other}: expected tune, test or fit")),
    };
    let corpora = load_sources(data.as_ref())?;
    let all: Vec<&Corpus> = corpora.iter().collect();
    let scores = evaluate(&model, &all, part);
    println!(
        "{:<11} {:>6} {:>6} {:>6} {:>6} {:>6}   ({} part)",
        "source",
        "F1",
        "PER",
        "ORG",
        "LOC",
        "MISC",
        part.name()
    );
    for (c, (name, s)) in all.iter().zip(&scores) {
        let keep = kept_types(c);
        let cell = |k: usize| if keep[k] { format!("{:6.2}", s[k].2) } else { format!("{:>6}", "–") };
        println!("{name:<11} {:6.2} {} {} {} {}", s[0].2, cell(1), cell(2), cell(3), cell(4));
    }
    println!("objective   {:6.2}", objective(&scores));
    Ok(())
}

fn tag(args: &[String]) -> Result<(), String> {
    let (f, rest) = flags(args, &["model"])?;
    let model = load_model(f.get("model").ok_or(usage())?)?;
    let path = rest.first().ok_or(usage())?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    // Documents as the CLI reads them; sentences and tokens in file order.
    let docs = read_conll(&text);
    let mut out = String::new();
    let mut tags = tag_all(&model, &docs).into_iter().flatten().flatten();
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() || t.starts_with("-DOCSTART-") {
            out.push_str(line);
        } else {
            let tok = t.split_whitespace().next().unwrap_or("");
            let tag = tags.next().ok_or("tag: ran out of tags")?;
            out.push_str(&format!("{tok} {}", nutshell::internals::entities::train::tag_name(tag)));
        }
        out.push('\n');
    }
    print!("{out}");
    Ok(())
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((cmd, rest)) = args.split_first() else { return Err(usage()) };
    match cmd.as_str() {
        "fit" => fit(rest),
        "split" => split(rest),
        "eval" => eval(rest),
        "tag" => tag(rest),
        _ => Err(usage()),
    }
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
