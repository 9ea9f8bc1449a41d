//! The word lists the splitter keeps itself (the abbreviations, sentence
//! openers, continuations, speech verbs and prepositions are in
//! `text::abbreviations`). English unless marked otherwise; each list is
//! sorted, without duplicates, and compared as written (the callers say
//! whether they fold case first).

use super::cursor::with_lower;

/// Short function words allowed inside a title or heading (`Alice in
/// Wonderland`), but not as its first word.
pub(super) const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "de", "for", "from", "in", "la", "of", "on", "or", "per", "the", "to", "und", "via",
    "vs", "with",
];

/// Closing words of a letter before a comma (`Regards, Jane`), lowercase.
pub(super) const VALEDICTIONS: &[&str] =
    &["best", "cheers", "regards", "respectfully", "sincerely", "thanks", "thx", "truly", "wishes"];

/// Greetings that open a letter (`Hi, Yes it is`), lowercase.
pub(super) const GREETINGS: &[&str] = &["dear", "good", "greetings", "hello", "hey", "hi"];

/// Abbreviations used before numbers that are also ordinary words (`no`,
/// `art`): a lowercase word after them may start a sentence. Lowercase.
pub(super) const NUMBER_ABBREVIATIONS_AS_WORDS: &[&str] =
    &["art", "cap", "ch", "div", "ex", "fig", "no", "op", "para", "ref", "reg", "sec", "tab"];

/// Pronouns before a speech verb after `!` or `?` (`"Stop!" she said`), as
/// written (lowercase only: `I` opens sentences too often).
pub(super) const SPEAKERS: &[&str] = &["he", "i", "it", "she", "they", "we", "you"];

/// Words after a speech verb that name its speaker (`"Stop!" said the
/// Mouse`), as written.
pub(super) const SPEAKERS_AFTER_VERB: &[&str] = &["he", "she", "the", "they"];

/// Top-level domains: `example.Com` is no missing space after a full stop.
/// Not English: the same for every language. Lowercase.
pub(super) const DOMAINS: &[&str] = &["biz", "com", "edu", "gov", "info", "io", "net", "org"];

/// Is `word` in the sorted `list`?
pub(super) fn contains(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Is `word`, folded to ASCII lowercase, in the sorted `list`?
pub(super) fn contains_lower(list: &[&str], word: &str) -> bool {
    with_lower(word, |w| contains(list, w)).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTS: &[(&str, &[&str])] = &[
        ("TITLE_SMALL_WORDS", TITLE_SMALL_WORDS),
        ("VALEDICTIONS", VALEDICTIONS),
        ("GREETINGS", GREETINGS),
        ("NUMBER_ABBREVIATIONS_AS_WORDS", NUMBER_ABBREVIATIONS_AS_WORDS),
        ("SPEAKERS", SPEAKERS),
        ("SPEAKERS_AFTER_VERB", SPEAKERS_AFTER_VERB),
        ("DOMAINS", DOMAINS),
    ];

    #[test]
    fn lists_are_sorted_lowercase_and_without_duplicates() {
        let mut failures = Vec::new();
        for (name, list) in LISTS {
            for pair in list.windows(2) {
                if pair[0] >= pair[1] {
                    failures.push(format!("{name}: {:?} before {:?} (unsorted or duplicate)", pair[0], pair[1]));
                }
            }
            for w in *list {
                if w.is_empty() || *w != w.to_lowercase() {
                    failures.push(format!("{name}: {w:?} is empty or not lowercase"));
                }
                if !contains(list, w) {
                    failures.push(format!("{name}: {w:?} not found by binary search"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn lookups() {
        crate::text::sentences::test_table::check(
            &[
                ("first word", ("a", TITLE_SMALL_WORDS), true),
                ("last word", ("with", TITLE_SMALL_WORDS), true),
                ("case as written", ("The", TITLE_SMALL_WORDS), false),
                ("missing", ("into", TITLE_SMALL_WORDS), false),
                ("empty", ("", DOMAINS), false),
            ],
            |&(w, list)| contains(list, w),
        );
    }
}
