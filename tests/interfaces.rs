//! The hand-written TypeScript declarations (npm/index.d.ts) against the
//! Rust types they describe: a test fails when the two disagree.

use std::collections::BTreeSet;

const DTS: &str = include_str!("../npm/index.d.ts");

/// The body of `export type <name> = … ;` (up to the first line that is only `};` or ends with `;` at depth 0).
fn type_body(name: &str) -> &'static str {
    let start = DTS.find(&format!("export type {name} =")).unwrap_or_else(|| panic!("no type {name} in index.d.ts"));
    let rest = &DTS[start..];
    let mut depth = 0i32;
    for (i, c) in rest.char_indices() {
        match c {
            '{' | '(' => depth += 1,
            '}' | ')' => depth -= 1,
            ';' if depth == 0 => return &rest[..i],
            _ => {}
        }
    }
    rest
}

/// Property names (`name?:` or `name:`) declared in a type body, comments skipped.
fn keys(body: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in body.lines() {
        let line = line.trim();
        if line.starts_with("/*") || line.starts_with('*') || line.starts_with("//") {
            continue;
        }
        for piece in line.split(['{', ';', '|', '&']) {
            let piece = piece.trim();
            if let Some((name, _)) = piece.split_once(':') {
                let name = name.trim().trim_end_matches('?');
                if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    out.insert(name.to_string());
                }
            }
        }
    }
    out
}

#[test]
fn typescript_options_match_the_rust_options() {
    let mut declared = keys(type_body("Options"));
    declared.extend(keys(type_body("Budget")));
    let rust: BTreeSet<String> = nutshell::OptionValues::names().iter().map(|s| s.to_string()).collect();
    assert_eq!(declared, rust, "npm/index.d.ts `Options`/`Budget` vs nutshell::OptionValues");
}
