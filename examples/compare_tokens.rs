//! The word tokenizer (src/text/words.rs) against unicode-segmentation's UAX #29 word bounds,
//! which the library used before, over real text: every string field of JSON lines
//! (`.jsonl`, `.jsonl.gz` through `gzip -dc`), the sentences of 2-column NER files (tokens
//! joined by spaces) and any other file as plain text. Prints how many tokens differ and the
//! most frequent differences.
//!
//!     cargo run --release --example compare_tokens -- ../shared/data tests
//!
//! tests/word_bounds.rs runs the same comparison on tests/ (and every code point) in CI.

use nutshell::internals::text::words::{tokenize, RawToken, TokenKind};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[path = "../tests/common/word_bounds_reference.rs"]
mod word_bounds_reference;
use word_bounds_reference::reference;

#[derive(Default)]
struct Tally {
    texts: usize,
    tokens: usize,
    differing: usize,
    examples: HashMap<String, (usize, String)>,
    time: (std::time::Duration, std::time::Duration),
}

impl Tally {
    fn compare(&mut self, text: &str) {
        let clock = std::time::Instant::now();
        let want = reference(text);
        self.time.0 += clock.elapsed();
        let clock = std::time::Instant::now();
        let mut got = Vec::new();
        tokenize(text, 0, &mut got);
        self.time.1 += clock.elapsed();
        self.texts += 1;
        self.tokens += want.len();
        if want == got {
            return;
        }
        let (w, g): (std::collections::HashSet<_>, std::collections::HashSet<_>) =
            (want.iter().copied().map(key).collect(), got.iter().copied().map(key).collect());
        for t in want.iter().filter(|t| !g.contains(&key(**t))) {
            self.differing += 1;
            let start = t.span.start.saturating_sub(20);
            let start = (0..=start).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let end = (t.span.end + 20).min(text.len());
            let end = (end..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
            let ours: Vec<&str> = got
                .iter()
                .filter(|o| o.span.start < t.span.end && o.span.end > t.span.start)
                .map(|o| o.span.slice(text))
                .collect();
            let e = self
                .examples
                .entry(format!("{:?} -> {:?}", t.span.slice(text), ours))
                .or_insert((0, text[start..end].to_string()));
            e.0 += 1;
        }
        self.differing += got.iter().filter(|t| !w.contains(&key(**t)) && !overlaps(&want, t)).count();
    }
}

fn key(t: RawToken) -> (usize, usize, bool) {
    (t.span.start, t.span.end, t.kind == TokenKind::Word)
}

fn overlaps(tokens: &[RawToken], t: &RawToken) -> bool {
    tokens.iter().any(|o| o.span.start < t.span.end && o.span.end > t.span.start)
}

fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

fn file(path: &Path, tally: &mut Tally) {
    let name = path.to_string_lossy();
    let text = if name.ends_with(".gz") {
        let out = std::process::Command::new("gzip").arg("-dc").arg(path).output().expect("gzip");
        String::from_utf8_lossy(&out.stdout).into_owned()
    } else {
        match std::fs::read(path) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(_) => return,
        }
    };
    if name.ends_with(".jsonl") || name.ends_with(".jsonl.gz") {
        for line in text.lines() {
            let mut out = Vec::new();
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                strings(&v, &mut out);
            }
            out.iter().for_each(|s| tally.compare(s));
        }
    } else if path.components().any(|c| c.as_os_str() == "ner") && name.ends_with(".txt") {
        let mut sentence: Vec<&str> = Vec::new();
        for line in text.lines().chain([""]) {
            match line.split_whitespace().next() {
                Some(token) if token != "-DOCSTART-" => sentence.push(token),
                _ if !sentence.is_empty() => {
                    tally.compare(&sentence.join(" "));
                    sentence.clear();
                }
                _ => {}
            }
        }
    } else {
        tally.compare(&text);
    }
}

fn main() {
    let mut paths: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let mut tally = Tally::default();
    while let Some(p) = paths.pop() {
        if p.is_dir() {
            paths.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else {
            let before = (tally.tokens, tally.differing);
            file(&p, &mut tally);
            println!("{}: {} tokens, {} differ", p.display(), tally.tokens - before.0, tally.differing - before.1);
        }
    }
    println!("\n{} texts, {} tokens, {} differ", tally.texts, tally.tokens, tally.differing);
    println!("time: unicode-segmentation {:?}, tokenize {:?}", tally.time.0, tally.time.1);
    let mut examples: Vec<_> = tally.examples.into_iter().collect();
    examples.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
    for (diff, (n, context)) in examples.iter().take(40) {
        println!("{n:>6}  {diff}   in {context:?}");
    }
}
