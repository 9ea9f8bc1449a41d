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

/// The quoted strings of a union type body (`'PERSON' | 'ORG'`), in order.
fn union_members(body: &str) -> Vec<String> {
    body.split('\'').skip(1).step_by(2).map(str::to_string).collect()
}

/// The body of `export interface <name> { … }`.
fn interface_body(name: &str) -> &'static str {
    let start = DTS.find(&format!("export interface {name} {{")).unwrap_or_else(|| panic!("no interface {name}"));
    let rest = &DTS[start..];
    &rest[..rest.find("\n}").expect("the interface ends")]
}

#[test]
fn typescript_entity_types_match_the_rust_table() {
    let declared = union_members(type_body("EntityType"));
    let rust: Vec<String> = nutshell::ENTITY_TYPES.iter().map(|t| t.code.to_string()).collect();
    assert_eq!(declared, rust, "npm/index.d.ts `EntityType` vs nutshell::ENTITY_TYPES (codes, in display order)");

    let row = serde_json::to_value(nutshell::ENTITY_TYPES[0]).unwrap();
    let fields: BTreeSet<String> = row.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys(interface_body("EntityTypeInfo")), fields, "npm/index.d.ts `EntityTypeInfo` vs the exported row");
    assert!(DTS.contains("export function entityTypes(): EntityTypeInfo[];"));
}

/// The page's fallback table (used until a module exports `entityTypes()`)
/// says what the core's says.
#[test]
fn the_pages_fallback_entity_table_matches_the_rust_table() {
    let js = include_str!("../www/ui/entity-types.js");
    let rows: Vec<(String, String, String)> = js
        .lines()
        .filter_map(|line| {
            let field = |key: &str| {
                let at = line.find(&format!("{key}: '"))? + key.len() + 3;
                Some(line[at..at + line[at..].find('\'')?].to_string())
            };
            Some((field("code")?, field("label")?, field("group")?))
        })
        .collect();
    let rust: Vec<(String, String, String)> = nutshell::ENTITY_TYPES
        .iter()
        .map(|t| {
            let group = serde_json::to_value(t.group).unwrap().as_str().unwrap().to_string();
            (t.code.to_string(), t.label.to_string(), group)
        })
        .collect();
    assert_eq!(rows, rust, "www/ui/entity-types.js ENTITY_TYPES vs nutshell::ENTITY_TYPES");
}
