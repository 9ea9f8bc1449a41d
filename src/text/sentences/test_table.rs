//! Named table tests for the splitter's modules: every row is checked and
//! every failing row is listed, not just the first.

use std::fmt::Debug;

/// Checks `f(input) == expected` for every `(name, input, expected)` row.
pub(super) fn check<I: Debug, O: PartialEq + Debug>(rows: &[(&str, I, O)], f: impl Fn(&I) -> O) {
    let mut failures = Vec::new();
    for (k, (name, input, expected)) in rows.iter().enumerate() {
        if rows[..k].iter().any(|(other, _, _)| other == name) {
            failures.push(format!("{name}: the name is used by another row"));
        }
        let got = f(input);
        if got != *expected {
            failures.push(format!("{name}\n  input:    {input:?}\n  expected: {expected:?}\n  got:      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows fail:\n\n{}", failures.len(), rows.len(), failures.join("\n\n"));
}

/// The sentences `split` finds in `text` with English's rules, as slices
/// of it.
pub(super) fn sentences(text: &str) -> Vec<&str> {
    super::split(text, crate::language::Language::En).iter().map(|s| s.slice(text)).collect()
}
