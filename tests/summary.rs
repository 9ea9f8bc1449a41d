//! The summary is one ranking cut by the budget: a summary of k + 1 sentences
//! contains the summary of k, a sentence's score and reasons do not depend on
//! the length asked for, and scores lie in [0, 1]. Checked on generated text
//! and on every fixture, for every k.

use nutshell::{summarize, Budget, Options, SummarySentence};
use proptest::prelude::*;
use std::collections::HashMap;
use std::fs;
use std::path::Path;

fn summary(text: &str, budget: Budget) -> Vec<SummarySentence> {
    summarize(text, &Options { budget, ..Default::default() }).unwrap_or_default()
}

/// Checks nesting and stable scores for every sentence count from 1 to the
/// number of sentences; returns the first failure.
fn check_nesting(text: &str) -> Result<(), String> {
    let n = nutshell::sentences(text).map(|s| s.len()).unwrap_or(0);
    let mut previous: Vec<SummarySentence> = Vec::new();
    let mut seen: HashMap<usize, (f32, nutshell::Reasons)> = HashMap::new();
    for k in 1..=n + 1 {
        let current = summary(text, Budget::Sentences(k));
        if current.len() > k {
            return Err(format!("k = {k}: {} sentences", current.len()));
        }
        if current.len() < previous.len() {
            return Err(format!("k = {k}: {} sentences after {}", current.len(), previous.len()));
        }
        for p in &previous {
            if !current.iter().any(|c| c.index == p.index) {
                return Err(format!("k = {k}: sentence {} of the {}-sentence summary is gone", p.index, k - 1));
            }
        }
        let mut ranks: Vec<usize> = current.iter().map(|s| s.rank).collect();
        ranks.sort_unstable();
        if ranks != (0..current.len()).collect::<Vec<_>>() {
            return Err(format!("k = {k}: ranks {ranks:?}"));
        }
        for s in &current {
            if !(0.0..=1.0).contains(&s.score) {
                return Err(format!("k = {k}: score {} out of [0, 1]", s.score));
            }
            match seen.get(&s.index) {
                Some((score, reasons)) if *score != s.score || *reasons != s.reasons => {
                    return Err(format!("k = {k}: sentence {} changed its score or reasons", s.index));
                }
                _ => {
                    seen.insert(s.index, (s.score, s.reasons.clone()));
                }
            }
        }
        if current.len() == previous.len() {
            break; // the ranking is exhausted
        }
        previous = current;
    }
    Ok(())
}

/// Word budgets cut the same ranking: once a budget holds the first-ranked
/// sentence, a larger one gives a superset.
fn check_word_nesting(text: &str) -> Result<(), String> {
    let mut previous: Vec<SummarySentence> = Vec::new();
    for words in (5..400).step_by(5) {
        let current = summary(text, Budget::Words(words));
        if previous.iter().any(|s| s.rank == 0) {
            for p in &previous {
                if !current.iter().any(|c| c.index == p.index) {
                    return Err(format!("{words} words: sentence {} is gone", p.index));
                }
            }
        }
        previous = current;
    }
    Ok(())
}

#[test]
fn every_fixture_nests_at_every_length() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut failures = Vec::new();
    let mut dirs: Vec<_> = fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    for dir in dirs {
        let text = fs::read_to_string(dir.join("input.txt")).unwrap();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        for result in [check_nesting(&text), check_word_nesting(&text)] {
            if let Err(e) = result {
                failures.push(format!("{name}: {e}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn ratio_and_presets_are_cuts_of_the_same_ranking() {
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/coreweave/input.txt")).unwrap();
    let indices = |b: Budget| summary(&text, b).into_iter().map(|s| s.index).collect::<Vec<_>>();
    let all = indices(Budget::Ratio(1.0));
    for budget in [
        Budget::Ratio(0.3),
        Budget::Ratio(0.6),
        Budget::Length(nutshell::Length::Short),
        Budget::Length(nutshell::Length::Medium),
        Budget::Length(nutshell::Length::Long),
    ] {
        let part = indices(budget);
        assert!(!part.is_empty() && part.iter().all(|i| all.contains(i)), "{budget:?}: {part:?} not in {all:?}");
        assert_eq!(part, indices(Budget::Sentences(part.len())), "{budget:?}");
    }
}

#[test]
fn reasons_name_the_title_words_and_key_terms() {
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/coreweave/input.txt")).unwrap();
    let summary = summary(&text, Budget::Sentences(3));
    let lead = summary.iter().find(|s| s.reasons.position == 0).expect("the lead is in a 3-sentence summary");
    assert!(lead.reasons.title_words.iter().any(|w| w == "Microsoft"), "{:?}", lead.reasons);
    assert!(lead.reasons.key_terms.iter().any(|w| w == "CoreWeave"), "{:?}", lead.reasons);
    for s in &summary {
        assert!(s.reasons.position < s.reasons.candidates && s.reasons.centrality_rank < s.reasons.candidates);
        for w in s.reasons.title_words.iter().chain(&s.reasons.key_terms) {
            assert!(s.span.text.contains(w.as_str()), "{w:?} not in {:?}", s.span.text);
        }
    }
}

/// Prose-like text: sentences of words drawn from a small vocabulary, so
/// that sentences share words (and some repeat) as in real text.
fn prose() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "market", "shares", "bank", "council", "bridge", "river", "Paris", "rose", "fell", "vote", "plan", "data",
        "the", "of", "and", "a", "to", "in", "said", "new", "trial", "city", "price", "power",
    ]);
    let sentence = (prop::collection::vec(word, 1..14), prop::sample::select(vec![". ", "? ", "! ", ".\n\n"]))
        .prop_map(|(w, end)| {
            let mut s = w.join(" ");
            s[..1].make_ascii_uppercase();
            s + end
        });
    prop::collection::vec(sentence, 1..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn summaries_nest_for_every_k(text in prose()) {
        prop_assert_eq!(check_nesting(&text), Ok(()));
        prop_assert_eq!(check_word_nesting(&text), Ok(()));
    }
}
