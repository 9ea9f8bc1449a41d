//! The CLI's batch mode, as `summarize --jsonl` and `sentences --jsonl` read
//! it: every output line is a JSON object, errors name their line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutshell::internals::jsonl::JsonlError;
use nutshell::{Analyzer, FrontEnd};

fn check(result: Result<(), JsonlError>, out: &[u8]) {
    match result {
        Ok(()) => {}
        Err(JsonlError::Line { line, message }) => assert!(line >= 1 && !message.is_empty()),
        Err(JsonlError::Io(e)) => panic!("writing to memory failed: {e}"),
    }
    for line in std::str::from_utf8(out).expect("output is UTF-8").lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("output lines are JSON");
        assert!(v.is_object());
    }
}

fuzz_target!(|data: &[u8]| {
    // A small limit too, so that the too-large path is reached.
    let max_input_bytes = if data.first().is_some_and(|b| b & 1 == 1) { 64 } else { 1 << 20 };
    let analyzer = Analyzer::builder().max_input_bytes(max_input_bytes).front_end(FrontEnd::Cli).build().unwrap();
    let mut out = Vec::new();
    let r = nutshell::internals::jsonl::summarize(data, &mut out, &analyzer);
    check(r, &out);
    let mut out = Vec::new();
    let r = nutshell::internals::jsonl::sentences(data, &mut out, &analyzer);
    check(r, &out);
});
