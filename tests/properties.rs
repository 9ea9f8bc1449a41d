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
                    if !(c.is_whitespace() || nutshell::internals::text::normalize::is_space(c)) {
                        prop_assert!(covered[i], "char {:?} at {} not in any sentence", c, i);
                    }
                }
                for s in &a.summary {
                    prop_assert_eq!(&text[s.span.start..s.span.end], s.span.text.as_str());
                }
                for w in a.summary.windows(2) {
                    prop_assert!(w[0].index < w[1].index);
                    prop_assert!(w[0].span.text != w[1].span.text || w[0].span.start != w[1].span.start);
                }
                match budget {
                    Budget::Sentences(n) => prop_assert!(a.summary.len() <= n),
                    Budget::Words(w) => {
                        let doc = nutshell::Analyzer::new().document(&text).unwrap();
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

/// Any valid options: every budget kind, a language or detection, any keyword count.
fn options() -> impl Strategy<Value = Options> {
    let language = prop_oneof![
        3 => Just(None),
        1 => prop::sample::select(vec!["en", "fr", "de", "es", "it", "nl", "pt", "ru", "zh", "ar"])
            .prop_map(|c| Some(nutshell::Language::from_code(c).unwrap())),
    ];
    (budgets(), language, 0usize..40).prop_map(|(budget, language, keywords)| Options {
        budget,
        language,
        keywords,
        ..Default::default()
    })
}

/// The most sentences a budget may give for a text of `n` sentences.
fn most_sentences(budget: Budget, n: usize) -> usize {
    match budget {
        Budget::Sentences(k) => k.min(n),
        Budget::Words(_) => n,
        Budget::Ratio(r) => ((n as f64 * r).ceil() as usize).max(1).min(n),
        Budget::Length(l) => l.sentences(n).min(n),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Every analysis (summary, keywords, entities) with any valid options:
    /// spans slice back, sentences partition the text, the summary is distinct,
    /// ordered and within its budget, and two runs give the same results.
    /// (Native against wasm for the same input is checked by the JS tests,
    /// tests/js, against the CLI's output.)
    #[test]
    fn every_analysis_with_any_valid_options(text in texts(), options in options()) {
        prop_assert!(options.validate(nutshell::FrontEnd::Rust).is_ok());
        let a = match analyze(&text, &options) {
            Ok(a) => a,
            Err(e) => {
                prop_assert!(e.is_empty_input(), "{}", e);
                prop_assert!(nutshell::keywords(&text, &options).unwrap_err().is_empty_input());
                prop_assert!(nutshell::entities(&text, &options).unwrap_err().is_empty_input());
                prop_assert!(nutshell::sentences(&text).unwrap_err().is_empty_input());
                return Ok(());
            }
        };
        // Sentences: exact, non-empty, ordered, disjoint, covering the non-blank text.
        let sentences = nutshell::sentences(&text).unwrap();
        let mut last_end = 0;
        let mut covered = vec![false; text.len()];
        for s in &sentences {
            prop_assert_eq!(&text[s.start..s.end], s.text.as_str());
            prop_assert!(s.start >= last_end && s.start < s.end);
            last_end = s.end;
            covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
        }
        for (i, c) in text.char_indices() {
            if !(nutshell::internals::text::normalize::is_space(c) || c == '\0') {
                prop_assert!(covered[i], "char {:?} at {} not in any sentence", c, i);
            }
        }
        // Summary: exact, distinct, in text order, within the budget.
        for s in &a.summary {
            prop_assert_eq!(&text[s.span.start..s.span.end], s.span.text.as_str());
            prop_assert!(s.score.is_finite());
        }
        for w in a.summary.windows(2) {
            prop_assert!(w[0].index < w[1].index && w[0].span.end <= w[1].span.start);
        }
        prop_assert!(a.summary.len() <= most_sentences(options.budget, a.sentence_count));
        if let Budget::Words(w) = options.budget {
            let doc = nutshell::Analyzer::builder().language(options.language).build().unwrap()
                .document(&text).unwrap();
            let words: usize = a.summary.iter().map(|s| doc.sentence_tokens(s.index).len()).sum();
            prop_assert!(words <= w, "{} words for a budget of {}", words, w);
        }
        if let Some(t) = &a.title {
            prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
        }
        // Keywords: at most as many as asked, spans inside the text on character boundaries.
        prop_assert!(a.keywords.len() <= options.keywords);
        for k in &a.keywords {
            prop_assert!(!k.spans.is_empty() && k.score.is_finite());
            for sp in &k.spans {
                prop_assert!(sp.start < sp.end && text.get(sp.start..sp.end).is_some());
            }
        }
        // Entities: every mention slices back; resolved entities point at mentions.
        let found = nutshell::entities(&text, &options).unwrap();
        for m in &found.mentions {
            prop_assert_eq!(&text[m.span.start..m.span.end], m.span.text.as_str());
        }
        for w in found.mentions.windows(2) {
            prop_assert!(w[0].span.start <= w[1].span.start);
        }
        for e in &found.entities {
            prop_assert_eq!(e.count, e.mentions.len());
            for sp in &e.mentions {
                prop_assert!(found.mentions.iter().any(|m| m.span.span() == *sp), "entity span {:?} is no mention", sp);
            }
        }
        prop_assert_eq!(&found.entities, &a.entities);
        // Each analysis alone gives what the full analysis gave, and the same twice.
        prop_assert_eq!(&nutshell::summarize(&text, &options).unwrap(), &a.summary);
        prop_assert_eq!(&nutshell::keywords(&text, &options).unwrap(), &a.keywords);
        prop_assert_eq!(&nutshell::entities(&text, &options).unwrap(), &found);
        prop_assert_eq!(analyze(&text, &options).unwrap(), a);
    }

    /// Invalid options are errors that name the option, never ignored.
    #[test]
    fn invalid_budgets_are_rejected(text in texts(), bad in prop_oneof![
        Just(Budget::Sentences(0)),
        Just(Budget::Words(0)),
        Just(Budget::Ratio(0.0)),
        Just(Budget::Ratio(f64::NAN)),
        (1.0001f64..1e9).prop_map(Budget::Ratio),
        (-1e9f64..0.0).prop_map(Budget::Ratio),
    ]) {
        let options = Options { budget: bad, ..Default::default() };
        for err in [analyze(&text, &options).unwrap_err(), nutshell::summarize(&text, &options).unwrap_err()] {
            prop_assert!(err.is_invalid_option(), "{}", err);
            let message = err.to_string();
            prop_assert!(["sentences", "words", "ratio"].iter().any(|n| message.starts_with(n)), "{}", message);
        }
    }
}
