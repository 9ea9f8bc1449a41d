//! Speed of the whole `analyze` (summary, keywords and entities with the
//! embedded model) in process, on the 1 MB text of the benches (the two books
//! in bench/data repeated, as in benches/pipeline.rs and bench/run.mjs), and
//! of each stage alone on the same document. The native twin of the wasm
//! `analyze` that `make bench` times in Node; a target for `perf record`.
//!
//! `cargo run --release --example analyze_speed [RUNS]` prints the median,
//! the fastest and the slowest run of each. A figure to read, not a test.

use std::hint::black_box;
use std::time::Instant;

use nutshell::{Analyzer, Budget};

#[path = "../bench/prose.rs"]
mod prose;
use prose::prose;

fn time(name: &str, runs: usize, mut f: impl FnMut()) {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "{name:<10} median {:7.2} ms, min {:7.2} ms, max {:7.2} ms ({runs} runs)",
        times[runs / 2],
        times[0],
        times[runs - 1]
    );
}

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|r| r.parse().ok()).unwrap_or(9).max(1);
    let only = std::env::args().nth(2);
    let text = prose(1_000_000);
    let analyzer = Analyzer::builder().budget(Budget::Sentences(5)).build().expect("default options");
    let doc = analyzer.document(&text).expect("1 MB is within the limit");
    println!("{} bytes, {} sentences, model: {}", text.len(), doc.sentences.len(), analyzer.has_model());
    let want = |name: &str| only.as_deref().is_none_or(|o| o == name);
    if want("analyze") {
        time("analyze", runs, || drop(black_box(analyzer.analyze(black_box(&text)))));
    }
    if want("document") {
        time("document", runs, || drop(black_box(analyzer.document(black_box(&text)))));
    }
    if want("summary") {
        time("summary", runs, || drop(black_box(analyzer.summarize_document(&doc))));
    }
    if want("keywords") {
        time("keywords", runs, || drop(black_box(analyzer.keywords_document(&doc))));
    }
    if want("entities") {
        time("entities", runs, || drop(black_box(analyzer.entities_document(&doc))));
    }
}
