//! Tagger speed: tokens per second on one core, feature extraction and
//! decoding included (CoNLL tokens in, tags out), and the whole entity
//! analysis (tokenizing, tagging, rules, resolution) on the sample article.
//!
//!     cargo bench --bench ner_speed [-- FILE.conll]
//!
//! FILE defaults to ../shared/data/ner/conll2003/dev.txt; without it only the
//! article figure is printed. A benchmark, not a test: nothing is asserted.

use nutshell::{Analyzer, Language};
use std::time::Instant;

fn main() {
    let analyzer = Analyzer::new();
    // CoNLL files are English: said, not detected (detection on tokens split
    // by spaces takes CoNLL's headlines and tables for Czech).
    let english = Analyzer::builder().language(Some(Language::En)).build().expect("English is a valid option");
    let path =
        std::env::args().skip(1).find(|a| !a.starts_with('-')).unwrap_or("../shared/data/ner/conll2003/dev.txt".into());
    if let Ok(text) = std::fs::read_to_string(&path) {
        let mut docs: Vec<Vec<Vec<&str>>> = vec![vec![vec![]]];
        for line in text.lines() {
            let line = line.trim();
            if line.starts_with("-DOCSTART-") {
                docs.push(vec![vec![]]);
            } else if line.is_empty() {
                docs.last_mut().unwrap().push(vec![]);
            } else {
                let tok = line.split_whitespace().next().unwrap();
                docs.last_mut().unwrap().last_mut().unwrap().push(tok);
            }
        }
        let tokens: usize = docs.iter().flatten().map(Vec::len).sum();
        let mut best = f64::MAX;
        for _ in 0..5 {
            let t = Instant::now();
            let mut n = 0;
            for d in &docs {
                n += english.tag_conll(d).expect("the built-in English model").iter().map(Vec::len).sum::<usize>();
            }
            assert_eq!(n, tokens);
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("tag_conll: {tokens} tokens in {:.3} s (best of 5) = {:.0} tokens/s", best, tokens as f64 / best);
    } else {
        println!("({path} not found: skipping the CoNLL figure)");
    }
    let article = include_str!("../www/sample.txt").repeat(50);
    let doc = analyzer.document(&article).unwrap();
    let words = doc.word_count();
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        let found = analyzer.entities_document(&doc);
        assert!(!found.entities.is_empty());
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "entities_document: {words} words ({} bytes) in {:.4} s (best of 5) = {:.0} words/s",
        article.len(),
        best,
        words as f64 / best
    );
}
