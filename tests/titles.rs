//! Headlines are found (ending in `?` or `!`, up to 25 words, after page
//! furniture) and never summarized; datelines and bylines, in any language,
//! are never summary sentences, even when the whole text is asked for.

use nutshell::{analyze, summarize, Budget, Options};
use std::fs;
use std::path::Path;

fn fixture(name: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name).join("input.txt"))
        .unwrap()
}

/// (fixture, its headline, lines that must never be in a summary)
const CASES: &[(&str, &str, &[&str])] = &[
    ("question-headline", "Can Harbour City keep its night buses running after the budget cuts?", &[]),
    ("exclamation-headline", "Riverside Rovers win the county cup at last!", &[]),
    (
        "long-headline",
        "Warm winter lets a rare alpine flower bloom two months early in Norway, and scientists fear its \
         pollinators will not be ready",
        &[],
    ),
    (
        "nav-then-headline",
        "Chipmaker Veltron to build $4 billion plant in Ohio",
        &["Skip to", "Menu", "Sign in", "By Sarah", "Published", "Advertisement", "Related:", "newsletter"],
    ),
    (
        "le-monde-dateline",
        "La SNCF supprime un train sur trois entre Lyon et Grenoble pendant l'été",
        &["Le Monde |", "13h36", "Mis à jour", "Par Claire", "AFP 30 avril", "07:19"],
    ),
    ("coreweave", "Microsoft Decides Against Using $12 Billion Coreweave Option", &["/Article", "Leave a Reply"]),
    // The headline runs into the first sentence on one line, without punctuation.
    ("portuguese-run-in-headline", "Prefeitura adia reforma da ponte do porto para o próximo ano", &[]),
];

#[test]
fn headlines_are_found_and_never_summarized() {
    let mut failures = Vec::new();
    for (name, headline, junk) in CASES {
        let text = fixture(name);
        let analysis = analyze(&text, &Options::default()).unwrap();
        let title = analysis.title.as_ref().map(|t| t.text.as_str());
        if title != Some(*headline) {
            failures.push(format!("{name}: title {title:?}"));
        }
        for budget in [Budget::Sentences(1), Budget::Sentences(3), Budget::Ratio(1.0), Budget::Words(100_000)] {
            let options = Options { budget, ..Default::default() };
            let summary = summarize(&text, &options).unwrap();
            if summary.is_empty() {
                failures.push(format!("{name}, {budget:?}: empty summary"));
            }
            for s in &summary {
                let sentence = s.span.text.as_str();
                if sentence.contains(headline) || headline.contains(sentence) {
                    failures.push(format!("{name}, {budget:?}: the headline is summarized"));
                }
                for j in *junk {
                    if sentence.contains(j) {
                        failures.push(format!("{name}, {budget:?}: {j:?} in {sentence:?}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// An article pasted as one line that ends with a copyright notice is still
/// an article: its sentences are summarized.
#[test]
fn a_one_line_article_with_a_copyright_notice_is_summarized() {
    let text = "Richard Dysart, the actor who played a senior partner in a long-running legal drama, has died. \
                He was 86. He died on Sunday at home after a long illness, his wife said. He won an award for \
                the role in 1992. © 2015 The Hollywood Reporter. All rights reserved.";
    let summary = summarize(text, &Options { budget: Budget::Sentences(2), ..Default::default() }).unwrap();
    assert_eq!(summary.len(), 2, "{summary:?}");
    assert!(summary[0].span.text.starts_with("Richard Dysart"), "{summary:?}");
}
