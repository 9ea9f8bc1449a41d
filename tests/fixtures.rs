//! One folder per real-looking article under tests/fixtures/: `input.txt` and
//! what `nutshell summarize --format json` gives for it, one file per
//! analysis, so that a change to one analysis (retraining the tagger, say)
//! re-blesses only its own files:
//! - `expected-summary.json`: language, title, counts and the summary;
//! - `expected-keywords.json`: the keywords;
//! - `expected-entities.json`: the entities.
//!
//! A reviewer can read them all. After an intended change, regenerate with
//! `BLESS=1 cargo test --test fixtures` and review the diff.

use serde_json::{json, Value};
use std::fs;
use std::path::Path;

fn analyze(input: &str) -> Value {
    let analysis = nutshell::analyze(input, &nutshell::Options::default()).expect("fixture analyses");
    serde_json::to_value(&analysis).unwrap()
}

/// The expectation files of one analysis and the part of the JSON each holds.
fn parts(all: &Value) -> [(&'static str, Value); 3] {
    let pick = |keys: &[&str]| -> Value { keys.iter().map(|k| (k.to_string(), all[*k].clone())).collect() };
    [
        ("expected-summary.json", pick(&["language", "title", "sentence_count", "word_count", "summary"])),
        ("expected-keywords.json", json!(all["keywords"])),
        ("expected-entities.json", json!(all["entities"])),
    ]
}

#[test]
fn fixtures_match_expected_json() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let bless = std::env::var_os("BLESS").is_some();
    let mut cases: Vec<_> = fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    cases.sort();
    assert!(cases.len() >= 5, "fixtures missing");
    let mut failures = Vec::new();
    for dir in cases {
        let input = fs::read_to_string(dir.join("input.txt")).unwrap();
        let got = analyze(&input);
        // Spans are exact: every reported text is the input's slice.
        for s in got["summary"].as_array().unwrap() {
            let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            assert_eq!(&input[a..b], s["text"].as_str().unwrap());
        }
        for (file, part) in parts(&got) {
            let path = dir.join(file);
            let pretty = serde_json::to_string_pretty(&part).unwrap() + "\n";
            if bless {
                fs::write(&path, &pretty).unwrap();
            } else if fs::read_to_string(&path).unwrap_or_default() != pretty {
                failures.push(format!("{}/{file}", dir.file_name().unwrap().to_string_lossy()));
            }
        }
    }
    assert!(failures.is_empty(), "fixtures differ: {failures:#?} (BLESS=1 to regenerate, then review the diff)");
}

fn summary_texts(input: &str) -> Vec<String> {
    nutshell::summarize(input, &nutshell::Options::default()).unwrap().into_iter().map(|s| s.span.text).collect()
}

#[test]
fn seed_article_summary_skips_title_and_junk() {
    let input =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/coreweave/input.txt")).unwrap();
    let analysis = nutshell::analyze(&input, &nutshell::Options::default()).unwrap();
    assert_eq!(analysis.title.as_ref().unwrap().text, "Microsoft Decides Against Using $12 Billion Coreweave Option");
    assert!(!analysis.summary.is_empty());
    for s in &analysis.summary {
        assert!(!s.span.text.contains("/Article"), "{}", s.span.text);
        assert!(!s.span.text.contains("Leave a Reply"), "{}", s.span.text);
        assert!(!s.span.text.contains("Microsoft Decides Against"), "title in summary: {}", s.span.text);
    }
    let keywords: Vec<&str> = analysis.keywords.iter().map(|k| k.text.as_str()).collect();
    assert_eq!(keywords[..2], ["CoreWeave", "Microsoft"], "{keywords:?}");
}

#[test]
fn web_page_furniture_is_never_summarized() {
    let input =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/web-page-paste/input.txt"))
            .unwrap();
    let options = nutshell::Options { budget: nutshell::Budget::Sentences(8), ..Default::default() };
    let summary = nutshell::summarize(&input, &options).unwrap();
    assert_eq!(summary.len(), 8);
    for s in &summary {
        for junk in [
            "Skip to content",
            "Share this",
            "Advertisement",
            "Photo:",
            "newsletter",
            "Read more",
            "Tags:",
            "Leave a Reply",
            "cookies",
            "©",
            "By Jane",
            "Updated",
        ] {
            assert!(!s.span.text.contains(junk), "{junk:?} in {:?}", s.span.text);
        }
    }
}

#[test]
fn dateline_is_left_out_of_the_summary_sentence() {
    let input =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dateline-news/input.txt"))
            .unwrap();
    let summary = summary_texts(&input);
    assert!(summary.iter().any(|s| s.starts_with("The city council approved")), "{summary:?}");
    assert!(summary.iter().all(|s| !s.contains("(Reuters)")));
}

#[test]
fn french_is_detected() {
    let input =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/french-article/input.txt"))
            .unwrap();
    let analysis = nutshell::analyze(&input, &nutshell::Options::default()).unwrap();
    assert_eq!(analysis.language, "fr");
    assert!(analysis.title.is_some());
}
