//! Inputs the fuzzers (fuzz/, `make fuzz`) found crashing, hanging or breaking an
//! invariant, kept so that they never come back. Each test names its fuzz target.
//!
//! Some crashes were integer overflows, which only panic with overflow checks on
//! (debug builds, and the fuzz builds): `make test-rust` also runs this file in the
//! debug profile for that reason.

use nutshell::{analyze, Budget, Options};

/// Every analysis on `text`, with the invariants the fuzz targets check.
fn all(text: &str, options: &Options) {
    match analyze(text, options) {
        Ok(a) => {
            for s in &a.summary {
                assert_eq!(&text[s.span.start..s.span.end], s.span.text);
            }
            for e in &a.entities {
                for m in &e.mentions {
                    assert!(text.get(m.start..m.end).is_some());
                }
            }
            let found = nutshell::entities(text, options).unwrap();
            for m in &found.mentions {
                assert_eq!(&text[m.span.start..m.span.end], m.span.text);
            }
            let sentences = nutshell::sentences(text).unwrap();
            for s in &sentences {
                assert_eq!(&text[s.start..s.end], s.text);
            }
        }
        Err(e) => assert!(e.is_empty_input() || e.is_invalid_option(), "{e}"),
    }
}

/// fuzz target `summarize` (on its first seed, an ordinary article): the tagger's
/// features for the token before the first of a sentence computed `NONE + (-1 as u64)`,
/// an add overflow (src/entities/features.rs, `token_features`). Any sentence did it.
#[test]
fn tagger_context_before_the_first_token() {
    let text = "Angela Merkel visited Paris on Monday. Reuters reported it.";
    all(text, &Options::default());
    let found = nutshell::entities(text, &Options::default()).unwrap();
    assert!(found.entities.iter().any(|e| e.name == "Paris"), "{found:?}");
    all("X", &Options { budget: Budget::Sentences(1), ..Default::default() });
}

/// Hand-built worst case (scripts/worst-cases.py, issue 8's time bound): with a large
/// keyword count, choosing keywords compared each candidate with every phrase chosen
/// so far, quadratic: 1 MB of recurring three-word sentences took 8.7 s of CPU with
/// `keywords --count 100000` (src/keywords.rs). Now a hash lookup per piece; the
/// result must stay the same: no chosen keyword contains another.
#[test]
fn many_keywords_never_contain_one_another() {
    let text: String = (0..400).map(|i| format!("alpha{i} beta{i} gamma{i}. ").repeat(2)).collect();
    let options = Options { keywords: 100_000, ..Default::default() };
    let keywords = nutshell::keywords(&text, &options).unwrap();
    assert_eq!(keywords.len(), 400, "one three-word phrase a sentence");
    let words: Vec<Vec<String>> =
        keywords.iter().map(|k| k.text.split_whitespace().map(str::to_lowercase).collect()).collect();
    for (i, a) in words.iter().enumerate() {
        assert_eq!(a.len(), 3, "{a:?}");
        for (j, b) in words.iter().enumerate() {
            if i != j {
                assert!(!a.windows(b.len()).any(|w| w == b.as_slice()), "{a:?} contains {b:?}");
            }
        }
    }
}

/// Phrases of more than 12 stems (a hyphenated chain, as in code) are not keywords;
/// a chain of 200,000 hyphenated words stays linear.
#[test]
fn long_hyphen_chains_are_not_keywords() {
    let chain: String = (0..20).map(|i| format!("part{i}")).collect::<Vec<_>>().join("-");
    let text = format!("{chain} and {chain} again. Another sentence here.");
    for k in nutshell::keywords(&text, &Options::default()).unwrap() {
        assert!(k.text.split('-').count() <= 12, "{}", k.text);
    }
    let huge = "well-known-".repeat(100_000);
    all(&huge, &Options::default());
}
