//! How each analysis grows with the text (issue 18): CPU time (wall time where
//! the system does not tell it) at 0.25 / 0.5 / 1 / 2 / 4 MB for every analysis
//! and input shape, and the worst time(2n) / time(n) of each row (linear: ≈ 2;
//! the goal is ≤ 2.3). Figures only, no
//! thresholds: `make bench-complexity` (part of `make bench`) or
//!
//!     cargo run --release --example complexity [-- --max-mb 4 --budget 20 --repeat 3 --shapes news,long-word]
//!
//! Each time is the median CPU time of `--repeat` runs (default 3).
//!
//! A row stops growing once one run takes longer than `--budget` seconds.

use nutshell::{Analyzer, Budget, Options};
use std::time::Instant;

mod shapes;
use shapes::SHAPES;

/// The analyses: a name and what it runs.
type Run = fn(&Analyzer, &Analyzer, &str);
const ANALYSES: &[(&str, Run)] = &[
    ("summarize 3 sentences", |small, _, t| drop(small.summarize(t).unwrap())),
    ("summarize ratio 1", |_, full, t| drop(full.summarize(t).unwrap())),
    ("keywords", |small, _, t| drop(small.keywords(t).unwrap())),
    ("entities", |small, _, t| drop(small.entities(t).unwrap())),
    ("sentences", |small, _, t| drop(small.sentences(t).unwrap())),
];

/// This thread's CPU time in seconds (`CLOCK_THREAD_CPUTIME_ID` on Linux: nanoseconds,
/// where the kernel's tick counters step by 4–10 ms, too coarse for the ratio of
/// two 30 ms runs); `None` where the system does not tell it.
fn cpu_seconds() -> Option<f64> {
    cpu_time::ThreadTime::try_now().ok().map(|t| t.as_duration().as_secs_f64())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let max_mb: f64 = arg("--max-mb").map_or(4.0, |v| v.parse().expect("--max-mb"));
    let budget: f64 = arg("--budget").map_or(20.0, |v| v.parse().expect("--budget"));
    let repeat: usize = arg("--repeat").map_or(3, |v| v.parse().expect("--repeat")).max(1);
    let only: Option<Vec<String>> = arg("--shapes").map(|v| v.split(',').map(String::from).collect());
    let sizes: Vec<f64> = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0].into_iter().filter(|&s| s <= max_mb).collect();

    let limit = Options { max_input_bytes: usize::MAX, ..Default::default() };
    let small = Analyzer::builder().options(Options { budget: Budget::Sentences(3), ..limit.clone() }).build().unwrap();
    let full = Analyzer::builder().options(Options { budget: Budget::Ratio(1.0), ..limit }).build().unwrap();

    print!("| shape | analysis |");
    for s in &sizes {
        print!(" {s} MB |");
    }
    println!(" worst time(2n)/time(n) | mean per doubling |");
    println!("|---|---|{}---|---|", "---|".repeat(sizes.len()));
    for shape in SHAPES {
        if only.as_ref().is_some_and(|o| !o.iter().any(|s| s == shape.name)) {
            continue;
        }
        let texts: Vec<String> = sizes.iter().map(|mb| (shape.make)((mb * 1024.0 * 1024.0) as usize)).collect();
        for (name, run) in ANALYSES {
            print!("| {} | {name} |", shape.name);
            let mut times: Vec<f64> = Vec::new();
            for text in &texts {
                if times.last().is_some_and(|&t| t > budget) {
                    print!(" — |");
                    continue;
                }
                // The median of `--repeat` runs: one run on a loaded machine can be
                // off by a scheduler tick or a cache flush, which a ratio magnifies.
                let mut runs: Vec<f64> = (0..repeat)
                    .map(|_| {
                        let (start, cpu_start) = (Instant::now(), cpu_seconds());
                        run(&small, &full, text);
                        // CPU time where the system tells it (a loaded machine inflates wall time).
                        match (cpu_start, cpu_seconds()) {
                            (Some(a), Some(b)) => b - a,
                            _ => start.elapsed().as_secs_f64(),
                        }
                    })
                    .collect();
                runs.sort_by(f64::total_cmp);
                let t = runs[runs.len() / 2];
                print!(" {t:.3} s |");
                times.push(t);
                use std::io::Write;
                std::io::stdout().flush().ok();
            }
            // Growth per doubling, from runs long enough to time (≥ 50 ms: shorter ones are mostly warm-up).
            let growth = times
                .windows(2)
                .filter(|w| w[0] >= 0.05)
                .map(|w| w[1] / w[0])
                .fold(None, |m: Option<f64>, g| Some(m.map_or(g, |m| m.max(g))));
            // Mean growth per doubling from the first timed run to the last: steadier
            // than the worst step when single steps are near the clock's resolution.
            let timed: Vec<f64> = times.iter().copied().skip_while(|&t| t < 0.05).collect();
            let mean =
                (timed.len() >= 2).then(|| (timed[timed.len() - 1] / timed[0]).powf(1.0 / (timed.len() - 1) as f64));
            match growth {
                Some(g) => println!(" {g:.2} | {:.2} |", mean.unwrap_or(g)),
                None if times.len() < 2 => println!(" (over the budget) | |"),
                None => println!(" (too fast to time) | |"),
            }
        }
    }
}
