//! Native speed of the pipeline: the seed article, and prose of 0.1, 1 and
//! 10 MB built from the public-domain books in bench/data (see its README).
//! Throughput is reported in bytes per second, so the growth from 0.1 to
//! 10 MB reads straight off the output.
//!
//! `cargo bench --bench pipeline` (or `make bench`).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nutshell::{analyze, summarize, Options};

const SEED: &str = include_str!("../www/sample.txt");
#[path = "../bench/prose.rs"]
mod prose;
use prose::{prose, ALICE};

fn seed(c: &mut Criterion) {
    let options = Options::default();
    c.bench_function("seed article: analyze (summary + keywords)", |b| b.iter(|| analyze(SEED, &options).unwrap()));
    c.bench_function("seed article: summarize", |b| b.iter(|| summarize(SEED, &options).unwrap()));
}

fn growth(c: &mut Criterion) {
    let mut group = c.benchmark_group("summarize prose");
    group.sample_size(10);
    let options = Options::default();
    for (name, len) in [("0.1 MB", 100_000), ("1 MB", 1_000_000), ("10 MB", 10_000_000)] {
        let text = if len == 100_000 { ALICE[..ALICE[..len].rfind('\n').unwrap()].to_string() } else { prose(len) };
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| summarize(t, &options).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, seed, growth);
criterion_main!(benches);
