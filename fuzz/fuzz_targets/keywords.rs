//! Keyword extraction (count and language from the first bytes).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (options, rest) = common::options(data);
    let text = common::text(rest);
    let valid = options.validate(nutshell::FrontEnd::Rust).is_ok();
    match nutshell::keywords(&text, &options) {
        Ok(k) => {
            common::check_keywords(&text, &k, options.keywords);
            assert_eq!(nutshell::keywords(&text, &options).unwrap(), k);
        }
        // Every entry point checks all the options (an invalid budget too).
        Err(e) => assert!(e.is_empty_input() || (!valid && e.is_invalid_option()), "{e}"),
    }
});
