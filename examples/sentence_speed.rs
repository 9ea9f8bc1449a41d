//! Speed of the sentence splitter alone, in process: the two books in
//! bench/data concatenated and repeated to 1 MB (the same text as the "1 MB"
//! of benches/pipeline.rs and bench/run.mjs), split RUNS times.
//!
//! `cargo run --release --example sentence_speed [RUNS]` prints the median,
//! the fastest and the slowest run. A figure to read, not a test.

use std::hint::black_box;
use std::time::Instant;

use nutshell::internals::text::sentences::split;
use nutshell::Language;

#[path = "../bench/prose.rs"]
mod prose;
use prose::prose;

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|r| r.parse().ok()).unwrap_or(50).max(1);
    let text = prose(1_000_000);
    let sentences = split(&text, Language::En).len();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(split(black_box(&text), Language::En));
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "split {} bytes into {sentences} sentences: median {:.2} ms, min {:.2} ms, max {:.2} ms ({runs} runs)",
        text.len(),
        times[runs / 2],
        times[0],
        times[runs - 1]
    );
}
