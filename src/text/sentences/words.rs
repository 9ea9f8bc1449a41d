//! Lookups in the sorted word lists of the splitter, and the one list that
//! belongs to no language (the languages' lists are in `languages/*.toml`,
//! read through `rules`).

use super::cursor::with_lower;

/// Top-level domains: `example.Com` is no missing space after a full stop.
/// Not English: the same for every language. Lowercase, sorted.
pub(super) const DOMAINS: &[&str] = &["biz", "com", "edu", "gov", "info", "io", "net", "org"];

/// Is `word` in the sorted `list`?
pub(super) fn contains(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Is `word`, folded to lowercase, in the sorted `list`?
pub(super) fn contains_lower(list: &[&str], word: &str) -> bool {
    with_lower(word, |w| contains(list, w)).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_sorted_lowercase_and_without_duplicates() {
        assert!(DOMAINS.windows(2).all(|p| p[0] < p[1]), "{DOMAINS:?}");
        assert!(DOMAINS.iter().all(|w| !w.is_empty() && *w == w.to_lowercase()), "{DOMAINS:?}");
    }

    #[test]
    fn lookups() {
        crate::text::sentences::test_table::check(
            &[
                ("first word", ("biz", false), true),
                ("last word", ("org", false), true),
                ("case as written", ("Com", false), false),
                ("case folded", ("Com", true), true),
                ("missing", ("uk", false), false),
                ("empty", ("", true), false),
            ],
            |&(w, fold)| if fold { contains_lower(DOMAINS, w) } else { contains(DOMAINS, w) },
        );
    }
}
