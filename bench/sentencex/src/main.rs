//! A driver for the `sentencex` crate, a peer of nutshell's sentence splitter in `make bench`.
//!
//!   sentencex-bench FILE RUNS     → one JSON line {load_ms, first_ms, times_ms, out}
//!   sentencex-bench --jsonl [LANG] → stdin lines {"name","text"} → stdout {"name","sentences":[...]}
//!                                    (LANG: an ISO 639-1 code, `en` when left out)
use std::io::{BufRead, Write};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--jsonl") {
        let lang = args.get(1).map_or("en", String::as_str);
        let stdin = std::io::stdin();
        let mut out = std::io::BufWriter::new(std::io::stdout());
        for line in stdin.lock().lines() {
            let line = line.expect("read stdin");
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(&line).expect("JSON line");
            let text = v["text"].as_str().unwrap_or("");
            let sentences: Vec<&str> =
                sentencex::segment(lang, text).into_iter().map(str::trim).filter(|s| !s.is_empty()).collect();
            let o = serde_json::json!({"name": v["name"], "sentences": sentences});
            writeln!(out, "{o}").expect("write");
        }
        return;
    }
    let text = std::fs::read_to_string(&args[0]).expect("read FILE");
    let runs: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let t = Instant::now();
    let mut n = sentencex::segment("en", &text).len();
    let first = t.elapsed().as_secs_f64() * 1e3;
    let mut times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        n = std::hint::black_box(sentencex::segment("en", &text)).len();
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    println!("{}", serde_json::json!({"load_ms": 0.0, "first_ms": first, "times_ms": times, "out": {"sentences": n}}));
}
