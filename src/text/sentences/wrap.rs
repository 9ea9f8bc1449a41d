//! Hard-wrapped text (e-mail, plain-text books): one linear pre-pass decides
//! whether the lines were wrapped at a fixed width, so that a line break in a
//! long line is read as a wrap and not as the end of a heading.

use crate::text::normalize::is_space;

use super::chars::{is_closer, is_terminal_char};
use super::scan::{find_byte, has_byte};

/// The position of every `\n` and `\r` of `b`, then `b.len()`.
fn line_ends(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut from = 0usize;
    std::iter::from_fn(move || {
        if from > b.len() {
            return None;
        }
        let may_hold = |w| has_byte(w, b'\n') || has_byte(w, b'\r');
        let end = find_byte(b, from, may_hold, |c| c == b'\n' || c == b'\r').unwrap_or(b.len());
        from = end + 1;
        Some(end)
    })
}

/// If the text is hard-wrapped (many long lines end without terminal
/// punctuation and run on), the line length from which a line counts as
/// wrapped rather than as a heading.
pub(super) fn wrap_width(t: &str) -> Option<usize> {
    let mut nonblank = 0usize;
    let mut wrapped = 0usize;
    let mut total = 0usize;
    // Split at line feeds and carriage returns by bytes: both are ASCII, so
    // every piece is on char boundaries, and no character is decoded.
    let mut start = 0usize;
    for end in line_ends(t.as_bytes()) {
        let line = t[start..end].trim_matches(is_space);
        start = end + 1;
        if line.is_empty() {
            continue;
        }
        nonblank += 1;
        let last = line.chars().next_back().unwrap_or(' ');
        if line.len() >= 40 && !is_terminal_char(last) && !is_closer(last) && last != ':' {
            wrapped += 1;
            total += line.len();
        }
    }
    // A third of the lines or more, and at least three: not a few long titles.
    if wrapped >= 3 && wrapped * 3 >= nonblank {
        let avg = total / wrapped;
        Some((avg * 7 / 10).max(40))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::test_table::{check, sentences};

    const WRAPPED: &str = "It was the best of times, it was the worst of times, it was\n\
        the age of wisdom, it was the age of foolishness, it was the\n\
        epoch of belief, it was the epoch of incredulity, it was the\n\
        season of Light, it was the season of Darkness.\n";

    #[test]
    fn widths() {
        check(
            &[
                ("three wrapped lines of about 60: seven tenths", WRAPPED, Some(41)),
                ("short lines never wrap", "One\nTwo\nThree\nFour\n", None),
                (
                    "long lines that end sentences",
                    "This is a long line that ends with a full stop here.\n\
                     This is a long line that ends with a full stop too.\n\
                     And a long line that ends with a question mark here?\n",
                    None,
                ),
                (
                    "two wrapped lines are not enough",
                    "a line of more than forty characters without an end\n\
                     and a second line of the same kind that runs on and\non.",
                    None,
                ),
                ("wrapped lines among many short ones", &*format!("{WRAPPED}{}", "Short line.\n".repeat(10)), None),
                ("empty", "", None),
            ],
            |&t| wrap_width(t),
        );
    }

    #[test]
    fn wrapped_lines_run_on() {
        check(
            &[
                ("a wrapped paragraph is one sentence", WRAPPED, vec![WRAPPED.trim_end()]),
                (
                    "short capitalized lines are headings",
                    "Chapter One\nThe Beginning\nIt was dark.",
                    vec!["Chapter One", "The Beginning", "It was dark."],
                ),
            ],
            |&t| sentences(t),
        );
    }
}
