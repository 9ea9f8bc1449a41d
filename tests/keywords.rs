//! Keywords a reader would pick: the article's subjects first, names kept
//! whole, everyday words and title-only words behind or out, and no phrase
//! across a title, line or sentence boundary.

use nutshell::{keywords, sentences, Options};
use std::fs;
use std::path::Path;

fn fixture(name: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name).join("input.txt"))
        .unwrap()
}

/// (fixture, subjects that must be among the ten keywords, in any order,
/// words that must not be keywords, words that may be keywords but only
/// after every subject).
type Case = (&'static str, &'static [&'static str], &'static [&'static str], &'static [&'static str]);

const CASES: &[Case] = &[
    (
        "coreweave",
        &["CoreWeave", "Microsoft", "AI", "OpenAI", "additional data-center capacity"],
        // In the title once and the body once: not what the text is about.
        &["decided", "option", "Decides", "Option", "Billion Coreweave"],
        &["company", "CEO"],
    ),
    (
        "question-headline",
        &["night", "routes", "Harbour City", "council", "transport committee"],
        &["city", "Harbour", "keep"],
        &[],
    ),
    (
        "exclamation-headline",
        &["Riverside Rovers", "Castleford", "Mill Lane", "county cup"],
        &["Rovers", "Riverside", "last"],
        &["win", "minute"],
    ),
    (
        "long-headline",
        &["flower", "Norway", "rare alpine", "bloom", "Solberg"],
        &["rare", "alpine", "scientists fear", "lets"],
        &["earlier"],
    ),
    (
        "nav-then-headline",
        &["Veltron", "Ohio", "electric cars", "silicon carbide chips", "Columbus"],
        &["Skip", "Menu", "Sign", "newsletter", "Advertisement"],
        &["company", "build"],
    ),
    ("no-title-plain", &["waggle dance", "food", "bees", "forager"], &["dance", "waggle"], &[]),
    ("dateline-news", &["bridges", "council", "Air quality"], &["Reuters", "LONDON"], &[]),
];

#[test]
fn keywords_a_reader_would_pick() {
    let options = Options { keywords: 10, ..Default::default() };
    let mut failures = Vec::new();
    for (name, subjects, never, behind) in CASES {
        let words: Vec<String> = keywords(&fixture(name), &options).unwrap().into_iter().map(|k| k.text).collect();
        let place = |w: &str| words.iter().position(|k| k == w);
        for s in *subjects {
            if place(s).is_none() {
                failures.push(format!("{name}: {s:?} missing from {words:?}"));
            }
        }
        for s in *never {
            if place(s).is_some() {
                failures.push(format!("{name}: {s:?} in {words:?}"));
            }
        }
        let last_subject = subjects.iter().filter_map(|s| place(s)).max().unwrap_or(0);
        for s in *behind {
            if place(s).is_some_and(|p| p < last_subject) {
                failures.push(format!("{name}: {s:?} ahead of a subject in {words:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn no_keyword_crosses_a_title_line_or_sentence_boundary() {
    let crafted = "Zenith Shareholders Back Merger\n\
                   Zenith shareholders back the merger with Acme, the boards said.\n\n\
                   - Acme Zenith\n- Acme Zenith\nShareholders Zenith\nShareholders Zenith\n\n\
                   The vote went to Zenith. Shareholders of Acme vote next week. Acme bought Zenith. \
                   Shareholders of both cheered. Acme and Zenith say the deal closes in May."
        .to_string();
    let mut texts: Vec<(String, String)> = ["coreweave", "question-headline", "nav-then-headline", "web-page-paste"]
        .iter()
        .map(|n| (n.to_string(), fixture(n)))
        .collect();
    texts.push(("crafted".into(), crafted));
    let options = Options { keywords: 40, ..Default::default() };
    let mut failures = Vec::new();
    for (name, text) in &texts {
        let sentence_spans = sentences(text).unwrap();
        for k in keywords(text, &options).unwrap() {
            for s in &k.spans {
                let written = &text[s.start..s.end];
                if written.contains(['\n', '\r']) {
                    failures.push(format!("{name}: {:?} spans a line break: {written:?}", k.text));
                }
                if !sentence_spans.iter().any(|t| t.start <= s.start && s.end <= t.end) {
                    failures.push(format!("{name}: {:?} crosses a sentence boundary: {written:?}", k.text));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
