//! Segmentation: any text → sentences that slice back, in order, disjoint,
//! covering every non-blank character.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = common::text(data);
    match nutshell::sentences(&text) {
        Ok(sentences) => common::check_sentences(&text, &sentences),
        Err(e) => assert!(e.is_empty_input(), "{e}"),
    }
});
