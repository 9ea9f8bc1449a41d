//! Summarization with options taken from the first input bytes (budget kind
//! and value, language, keyword count): a valid summary or a typed error,
//! the same result twice.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (options, rest) = common::options(data);
    let text = common::text(rest);
    let valid = options.validate(nutshell::FrontEnd::Rust).is_ok();
    match nutshell::summarize(&text, &options) {
        Ok(summary) => {
            assert!(valid, "invalid budget {:?} accepted", options.budget);
            common::check_summary(&text, &options.budget, &summary);
            // The full analysis agrees with summarize and is deterministic.
            let a = nutshell::analyze(&text, &options).expect("analyze fails where summarize did not");
            assert_eq!(a.summary, summary);
            // Determinism (a third pass: only for small inputs, so that runs with
            // 1 MB inputs measure the analysis rather than the checks).
            if text.len() <= 65536 {
                assert_eq!(nutshell::summarize(&text, &options).unwrap(), summary);
            }
            if let Some(t) = &a.title {
                assert_eq!(&text[t.start..t.end], t.text);
            }
            common::check_keywords(&text, &a.keywords, options.keywords);
        }
        Err(e) => {
            assert!(e.is_empty_input() || (!valid && e.is_invalid_option()), "unexpected error: {e}");
            assert!(nutshell::analyze(&text, &options).is_err());
        }
    }
});
