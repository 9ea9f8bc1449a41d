//! How summarizing grows with the text, for a small budget (3 sentences) and
//! the whole text (`ratio: 1`, `words: 1e9`): the time at 0.25, 0.5, 1, 2 and 4 MB of prose,
//! and time(2n) / time(n), which stays near 2 when the cost is linear (or
//! n log n). A benchmark that prints figures, not a test.
//!
//! `cargo bench --bench summary_growth`

use nutshell::{summarize, Budget, Options};
use std::time::{Duration, Instant};

#[path = "../bench/prose.rs"]
mod prose;
use prose::prose;

/// The best of `runs` timings.
fn time(text: &str, budget: Budget, runs: usize) -> Duration {
    let options = Options { budget, max_input_bytes: 64 << 20, ..Default::default() };
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            let summary = summarize(text, &options).expect("summary");
            std::hint::black_box(summary);
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let sizes = [250_000usize, 500_000, 1_000_000, 2_000_000, 4_000_000];
    let texts: Vec<String> = sizes.iter().map(|&n| prose(n)).collect();
    println!("summarize: time and growth time(2n)/time(n)");
    for (name, budget) in [
        ("sentences: 3", Budget::Sentences(3)),
        ("ratio: 1", Budget::Ratio(1.0)),
        ("words: 1e9", Budget::Words(1_000_000_000)),
    ] {
        let mut previous: Option<Duration> = None;
        for (size, text) in sizes.iter().zip(&texts) {
            let t = time(text, budget, if *size > 1_000_000 { 2 } else { 3 });
            let growth = previous.map_or(String::new(), |p| format!("  ×{:.2}", t.as_secs_f64() / p.as_secs_f64()));
            println!("  {name:13} {:>4.2} MB  {:>8.1} ms{growth}", *size as f64 / 1e6, t.as_secs_f64() * 1e3);
            previous = Some(t);
        }
    }
}
