//! Entity tagging with the embedded model: mentions slice back, entities
//! point into the text, the same result twice.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (options, rest) = common::options(data);
    let text = common::text(rest);
    let valid = options.validate(nutshell::FrontEnd::Rust).is_ok();
    match nutshell::entities(&text, &options) {
        Ok(found) => {
            common::check_entities(&text, &found);
            let analyzer = nutshell::Analyzer::new();
            let doc = analyzer.document(&text).unwrap();
            if options.language.is_none() {
                assert_eq!(analyzer.entities_document(&doc), found);
            }
        }
        // Every entry point checks all the options (an invalid budget too).
        Err(e) => assert!(e.is_empty_input() || (!valid && e.is_invalid_option()), "{e}"),
    }
});
