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
                assert_eq!(&text[s.start..s.end], s.text);
            }
            for e in &a.entities {
                for m in &e.mentions {
                    assert!(text.get(m.start..m.end).is_some());
                }
            }
            let found = nutshell::analyze::entities(text, options).unwrap();
            for m in &found.mentions {
                assert_eq!(&text[m.start..m.end], m.text);
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
    let found = nutshell::analyze::entities(text, &Options::default()).unwrap();
    assert!(found.entities.iter().any(|e| e.name == "Paris"), "{found:?}");
    all("X", &Options { budget: Budget::Sentences(1), ..Default::default() });
}
