//! Line breaks: a blank line always ends a sentence (the scan handles it); a
//! single line break ends one after a heading, title or list item, or before
//! a list, and not where a line was hard-wrapped mid-sentence (the next line
//! continues in lowercase, or the line ends with `the`, `of`, a comma…).

use crate::text::normalize::is_space;

use super::chars::{is_closer, is_terminal_char};
use super::cursor::{
    char_at, char_before, floor_boundary, skip_openers, skip_space, starts_lower, word_at, word_before,
};
use super::lists::starts_list_item;
use super::rules::Rules;

/// Longest line fragment inspected to classify a line, in bytes.
const LINE_WINDOW: usize = 240;

/// A single line break inside a sentence.
pub(super) struct LineBreak {
    /// First character of the sentence, and of the line that breaks.
    pub(super) sentence_start: usize,
    pub(super) line_start: usize,
    /// The line break, and the first character of the next line.
    pub(super) at: usize,
    pub(super) next_line: usize,
}

impl LineBreak {
    /// Does the sentence end at this break? `wrap_width` is the width of a
    /// hard-wrapped text's lines, if it is one.
    pub(super) fn ends_sentence(&self, t: &str, rules: &Rules, wrap_width: Option<usize>) -> bool {
        let (first, i, q) = (self.sentence_start, self.at, self.next_line);
        let s_end = first + t[first..i].trim_end_matches(is_space).len();
        if s_end <= first {
            return false;
        }
        let last = char_before(t, s_end).unwrap_or(' ');
        // Terminal punctuation was judged where it stands.
        if is_terminal_char(last) {
            return false;
        }
        if is_closer(last) {
            let before = t[first..s_end].trim_end_matches(is_closer);
            if before.chars().next_back().is_some_and(is_terminal_char) {
                return false;
            }
        }
        let n_end = {
            let hi = floor_boundary(t, q.saturating_add(LINE_WINDOW));
            q + t.as_bytes()[q..hi].iter().position(|&c| c == b'\n' || c == b'\r').unwrap_or(hi - q)
        };
        let n_line = t[q..n_end].trim_end_matches(is_space);
        if starts_list_item(t, q) {
            return true;
        }
        if n_line.starts_with(|c: char| is_terminal_char(c) || c == ',' || c == ';') {
            return false;
        }
        if wrap_width.is_some_and(|w| i.saturating_sub(self.line_start) >= w) {
            return false;
        }
        let n_lower = starts_lower(n_line);
        if starts_list_item(t, first) {
            return !n_lower;
        }
        let sentence = if s_end - first <= LINE_WINDOW { Some(&t[first..s_end]) } else { None };
        if sentence.is_some_and(|s| title_like(s, rules)) {
            return true;
        }
        if n_lower {
            // Two short lowercase lines: items of a list without bullets.
            let short_n = n_end < floor_boundary(t, q.saturating_add(LINE_WINDOW)) || n_end == t.len();
            return sentence.is_some_and(short_lower_item) && short_n && short_lower_item(n_line);
        }
        if matches!(last, ',' | '-' | '–' | '—' | '&' | '(' | '/' | '+' | '=') {
            return false;
        }
        if rules.is_continuation(word_before(t, s_end)) {
            return false;
        }
        // `(see below)`, `[3]` continue the line before.
        if n_line.starts_with(['(', '[']) {
            let (inner, _) = skip_space(t, skip_openers(t, q));
            if char_at(t, inner).is_some_and(|c| c.is_lowercase() || c.is_ascii_digit()) {
                return false;
            }
        }
        // Where every noun is capitalized, only a typical opener says that a
        // capitalized next line starts a sentence (`problemlose \nSchwangerschaft`).
        !rules.nouns_capitalized() || rules.is_sentence_opener(word_at(t, skip_openers(t, q)))
    }
}

/// A heading or title: a short line whose words are all capitalized (or
/// numbers, or short function words).
fn title_like(s: &str, rules: &Rules) -> bool {
    if s.len() > 150 {
        return false;
    }
    let mut n = 0;
    for (k, w) in s.split(is_space).filter(|w| !w.is_empty()).enumerate() {
        n += 1;
        if n > 12 {
            return false;
        }
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let c0 = match core.chars().next() {
            Some(c) => c,
            None => continue,
        };
        if c0.is_uppercase() || c0.is_numeric() {
            continue;
        }
        if !c0.is_lowercase() {
            // Caseless scripts: no evidence either way.
            return false;
        }
        if k == 0 || !rules.is_title_small_word(core) {
            return false;
        }
    }
    n > 0
}

/// A short lowercase list item without punctuation: `contact manager`.
fn short_lower_item(s: &str) -> bool {
    let s = s.trim_matches(is_space);
    if s.len() > 40 || !starts_lower(s) {
        return false;
    }
    let last = s.chars().next_back().unwrap_or(' ');
    last.is_alphanumeric() && s.split(is_space).filter(|w| !w.is_empty()).count() <= 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::rules::ENGLISH;
    use crate::text::sentences::test_table::{check, sentences};

    #[test]
    fn titles() {
        check(
            &[
                ("capitalized words", "The Quick Brown Fox", true),
                ("with small words", "Alice in Wonderland and the Mad Hatter", true),
                ("with numbers", "Chapter 12", true),
                ("quoted words", "\"Breaking News\" Today", true),
                ("a small word first", "the Quick Fox", false),
                ("a lowercase word", "The quick Fox", false),
                ("a caseless script", "Chapter 一", false),
                ("more than twelve words", "A B C D E F G H I J K L M", false),
                ("punctuation only: no evidence against", "***", true),
                ("empty", "", false),
            ],
            |&s| title_like(s, &ENGLISH),
        );
    }

    #[test]
    fn short_lowercase_items() {
        check(
            &[
                ("two words", "contact manager", true),
                ("four words", "one two three four", true),
                ("five words", "one two three four five", false),
                ("ends in punctuation", "contact manager,", false),
                ("capitalized", "Contact manager", false),
                ("too long", "a lowercase line of more than forty bytes", false),
            ],
            |&s| short_lower_item(s),
        );
    }

    #[test]
    fn single_line_breaks() {
        check(
            &[
                (
                    "after a heading",
                    "Heavy Rain Expected\nForecasters warn of floods.",
                    vec!["Heavy Rain Expected", "Forecasters warn of floods."],
                ),
                ("wrapped before lowercase", "The storm moved\nslowly north.", vec!["The storm moved\nslowly north."]),
                (
                    "wrapped after a small word",
                    "The storm moved toward the\nCoast Guard station.",
                    vec!["The storm moved toward the\nCoast Guard station."],
                ),
                (
                    "wrapped after a comma",
                    "Rain fell in Leeds,\nYork and Hull.",
                    vec!["Rain fell in Leeds,\nYork and Hull."],
                ),
                (
                    "a line without an end before a capital",
                    "Rain fell all day long in town\nPeople stayed home.",
                    vec!["Rain fell all day long in town", "People stayed home."],
                ),
                ("before a list", "You need\n- eggs\n- milk", vec!["You need", "- eggs", "- milk"]),
                ("list items", "- eggs\n- milk", vec!["- eggs", "- milk"]),
                (
                    "a list item continued in lowercase",
                    "- eggs from the\nfarm shop",
                    vec!["- eggs from the\nfarm shop"],
                ),
                ("short lowercase lines", "contact manager\nsales lead", vec!["contact manager", "sales lead"]),
                (
                    "next line starts with a comma",
                    "Rain fell in Leeds\n, York and Hull.",
                    vec!["Rain fell in Leeds\n, York and Hull."],
                ),
                (
                    "next line opens a lowercase parenthesis",
                    "Rain fell all day long in town\n(see the map) today.",
                    vec!["Rain fell all day long in town\n(see the map) today."],
                ),
                (
                    "next line opens a capitalized parenthesis",
                    "Rain fell all day long in town\n(See the map.)",
                    vec!["Rain fell all day long in town", "(See the map.)"],
                ),
                ("punctuation decided where it stands", "It ended.\nThen more.", vec!["It ended.", "Then more."]),
                ("an abbreviation at the end of a line", "Ask Dr.\nSmith today.", vec!["Ask Dr.\nSmith today."]),
                ("a blank line always ends", "the storm\n\nmoved on", vec!["the storm", "moved on"]),
            ],
            |&t| sentences(t),
        );
    }
}
