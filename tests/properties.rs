//! Properties that hold for any input and any valid options.

use nutshell::{analyze, Budget, Length, Options};
use proptest::prelude::*;

fn budgets() -> impl Strategy<Value = Budget> {
    prop_oneof![
        (1usize..12).prop_map(Budget::Sentences),
        (1usize..200).prop_map(Budget::Words),
        (0.01f64..=1.0).prop_map(Budget::Ratio),
        prop_oneof![Just(Length::Short), Just(Length::Medium), Just(Length::Long)].prop_map(Budget::Length),
    ]
}

/// Text that looks a bit like prose: words, punctuation, line breaks, some
/// non-ASCII, mixed with arbitrary Unicode.
fn texts() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Z][a-z]{0,8}",
        6 => "[a-z]{1,10}",
        2 => Just(". ".to_string()),
        1 => Just("! ".to_string()),
        1 => Just("? ".to_string()),
        1 => Just("\n".to_string()),
        1 => Just("\n\n".to_string()),
        1 => Just("\"".to_string()),
        1 => Just("Mr. ".to_string()),
        1 => Just("$2.5 ".to_string()),
        1 => "\\PC{1,3}",
        3 => Just(" ".to_string()),
    ];
    prop_oneof![
        4 => prop::collection::vec(piece, 0..200).prop_map(|v| v.concat()),
        1 => any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_exact_and_summary_is_ordered(text in texts(), budget in budgets()) {
        let options = Options { budget, ..Default::default() };
        match analyze(&text, &options) {
            Ok(a) => {
                let sentences = nutshell::sentences(&text).unwrap();
                let mut last_end = 0;
                for s in &sentences {
                    prop_assert_eq!(&text[s.start..s.end], s.text.as_str());
                    prop_assert!(s.start >= last_end && s.start < s.end);
                    last_end = s.end;
                }
                // Sentences cover every non-blank character.
                let mut covered = vec![false; text.len()];
                for s in &sentences {
                    covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
                }
                for (i, c) in text.char_indices() {
                    if !(c.is_whitespace() || nutshell::text::normalize::is_space(c)) {
                        prop_assert!(covered[i], "char {:?} at {} not in any sentence", c, i);
                    }
                }
                for s in &a.summary {
                    prop_assert_eq!(&text[s.start..s.end], s.text.as_str());
                }
                for w in a.summary.windows(2) {
                    prop_assert!(w[0].index < w[1].index);
                    prop_assert!(w[0].text != w[1].text || w[0].start != w[1].start);
                }
                match budget {
                    Budget::Sentences(n) => prop_assert!(a.summary.len() <= n),
                    Budget::Words(w) => {
                        let doc = nutshell::Document::new(&text, &Default::default()).unwrap();
                        let words: usize = a.summary.iter().map(|s| doc.sentence_tokens(s.index).len()).sum();
                        prop_assert!(words <= w);
                    }
                    _ => {}
                }
                for k in &a.keywords {
                    for sp in &k.spans {
                        prop_assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
                    }
                }
                // Deterministic.
                prop_assert_eq!(analyze(&text, &options).unwrap(), a);
            }
            Err(e) => prop_assert!(e.is_empty_input()),
        }
    }
}
