//! Bounded look-arounds in the text: characters and char boundaries near a
//! position, the token or word before and after it, white space and opening
//! quotes to skip. Every one looks at most a constant number of bytes, which
//! keeps the splitter linear.

use crate::text::abbreviations as abbr;
use crate::text::normalize::is_space;

use super::chars::{is_opener, is_word_char};

/// Longest word looked at around a full stop, in bytes.
pub(super) const WORD_WINDOW: usize = 64;

/// The character starting at byte `i`, if `i` is a boundary inside the text.
pub(super) fn char_at(t: &str, i: usize) -> Option<char> {
    t.get(i..).and_then(|s| s.chars().next())
}

/// The character ending at byte `i`.
pub(super) fn char_before(t: &str, i: usize) -> Option<char> {
    t.get(..i).and_then(|s| s.chars().next_back())
}

/// The largest char boundary `<= i`.
pub(super) fn floor_boundary(t: &str, mut i: usize) -> usize {
    if i >= t.len() {
        return t.len();
    }
    while i > 0 && !t.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary `>= i`.
pub(super) fn ceil_boundary(t: &str, mut i: usize) -> usize {
    if i >= t.len() {
        return t.len();
    }
    while i < t.len() && !t.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Start of the run of non-space characters that ends at `end`, looking back
/// at most `limit` bytes.
pub(super) fn token_start_before(t: &str, end: usize, limit: usize) -> usize {
    let lo = ceil_boundary(t, end.saturating_sub(limit));
    let mut start = end;
    for (i, c) in t[lo..end].char_indices().rev() {
        if is_space(c) {
            break;
        }
        start = lo + i;
    }
    start
}

/// End of the run of non-space characters that starts at `start`, looking at
/// most `limit` bytes ahead.
pub(super) fn token_end_after(t: &str, start: usize, limit: usize) -> usize {
    let hi = floor_boundary(t, start.saturating_add(limit));
    let mut end = start;
    for (i, c) in t[start..hi].char_indices() {
        if is_space(c) {
            return start + i;
        }
        end = start + i + c.len_utf8();
    }
    end
}

/// Skips white space from `i`; returns the position and the number of line
/// breaks crossed (`\r\n` counts once).
pub(super) fn skip_space(t: &str, mut i: usize) -> (usize, usize) {
    let b = t.as_bytes();
    let mut lines = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => lines += 1,
            b'\r' => {
                if b.get(i + 1) != Some(&b'\n') {
                    lines += 1;
                }
            }
            b' ' | b'\t' | 0x0b | 0x0c => {}
            x if x < 0x80 => break,
            _ => match char_at(t, i) {
                Some(c) if is_space(c) => {
                    if matches!(c, '\u{2028}' | '\u{85}') {
                        lines += 1;
                    } else if c == '\u{2029}' {
                        lines += 2;
                    }
                    i += c.len_utf8();
                    continue;
                }
                _ => break,
            },
        }
        i += 1;
    }
    (i, lines)
}

/// Skips opening quotes and brackets; returns the position of the first
/// other character. Two commas (`,,`, and the space after them) are an
/// opening quote too: Dutch and German typists write `„` that way
/// (`… op. ,, Mijn gedachten …`), and a sentence never starts with them.
pub(super) fn skip_openers(t: &str, mut i: usize) -> usize {
    for _ in 0..4 {
        match char_at(t, i) {
            Some(c) if is_opener(c) => i += c.len_utf8(),
            Some(',') if t[i..].starts_with(",,") => {
                i += 2;
                if char_at(t, i) == Some(' ') {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    i
}

/// The word (letters, digits, apostrophes) starting at `i`, bounded.
pub(super) fn word_at(t: &str, i: usize) -> &str {
    let hi = floor_boundary(t, i.saturating_add(WORD_WINDOW));
    let mut end = i;
    for (k, c) in t[i..hi].char_indices() {
        if is_word_char(c) || ((c == '\'' || c == '’') && k > 0) {
            end = i + k + c.len_utf8();
        } else {
            break;
        }
    }
    t[i..end].trim_end_matches(['\'', '’'])
}

/// The word that ends at `end` (after skipping white space back), bounded.
pub(super) fn word_before(t: &str, end: usize) -> &str {
    let lo = floor_boundary(t, end.saturating_sub(WORD_WINDOW));
    let s = t[lo..end].trim_end_matches(is_space);
    let s = s.trim_end_matches(|c: char| !is_word_char(c) && !is_space(c));
    let start = s
        .rfind(|c: char| !is_word_char(c) && c != '\'' && c != '’')
        .map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
    &s[start..]
}

/// Lowercase copy of a short word for table lookups (`’` read as `'`);
/// `None` for an empty or long word.
pub(super) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    let mut buf = [0u8; abbr::MAX_FOLDED];
    abbr::fold(word, &mut buf).map(f)
}

pub(super) fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

pub(super) fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::test_table::check;

    #[test]
    fn characters_around_a_position() {
        check(
            &[
                ("first character", ("héllo", 0), (Some('h'), None)),
                ("after a two-byte character", ("héllo", 3), (Some('l'), Some('é'))),
                ("inside a character: neither", ("héllo", 2), (None, None)),
                ("at the end", ("abc", 3), (None, Some('c'))),
                ("past the end", ("abc", 9), (None, None)),
            ],
            |&(t, i)| (char_at(t, i), char_before(t, i)),
        );
    }

    #[test]
    fn char_boundaries() {
        check(
            &[
                ("on a boundary", ("héllo", 1), (1, 1)),
                ("inside é", ("héllo", 2), (1, 3)),
                ("inside a four-byte emoji", ("a😀b", 3), (1, 5)),
                ("past the end", ("abc", 7), (3, 3)),
            ],
            |&(t, i)| (floor_boundary(t, i), ceil_boundary(t, i)),
        );
    }

    #[test]
    fn tokens_before_and_after() {
        check(
            &[
                ("token before a full stop", ("say hello.", 9, 64), (4, 10)),
                ("token after the start", ("say hello.", 4, 64), (4, 10)),
                ("bounded back and forth", ("abcdef", 3, 2), (1, 5)),
                ("bound inside a character", ("éééé", 4, 3), (2, 6)),
                ("at a space", ("a b", 1, 64), (0, 1)),
                ("no-break space separates", ("a\u{a0}b", 3, 64), (3, 4)),
            ],
            |&(t, i, limit)| (token_start_before(t, i, limit), token_end_after(t, i, limit)),
        );
    }

    #[test]
    fn white_space_and_line_breaks() {
        check(
            &[
                ("nothing to skip", ("ab", 1), (1, 0)),
                ("spaces and tabs", ("a \t b", 1), (4, 0)),
                ("one line break", ("a \n b", 1), (4, 1)),
                ("a blank line", ("a\n\nb", 1), (3, 2)),
                ("CR LF counts once", ("a\r\nb", 1), (3, 1)),
                ("a lone CR counts", ("a\rb", 1), (2, 1)),
                ("no-break space is no line", ("a\u{a0}b", 1), (3, 0)),
                ("line separator", ("a\u{2028}b", 1), (4, 1)),
                ("paragraph separator counts as a blank line", ("a\u{2029}b", 1), (4, 2)),
                ("up to the end", ("a  ", 1), (3, 0)),
            ],
            |&(t, i)| skip_space(t, i),
        );
    }

    #[test]
    fn opening_quotes_and_brackets() {
        check(
            &[
                ("none", "Hi", 0),
                ("a quote", "\"Hi", 1),
                ("guillemet and low quote", "«„Hi", 5),
                ("Spanish question", "¿Qué", 2),
                ("at most four", "(((((x", 4),
                ("two commas as a low quote", ",,Hi", 2),
                ("two commas and a space", ",, Hi", 3),
                ("one comma is no quote", ", Hi", 0),
            ],
            |&t| skip_openers(t, 0),
        );
    }

    #[test]
    fn words_at_and_before() {
        check(
            &[
                ("plain word", ("stop here", 0), "stop"),
                ("inner apostrophe", ("don't stop", 0), "don't"),
                ("typographic apostrophes", ("rock’n’roll", 0), "rock’n’roll"),
                ("trailing apostrophe left out", ("dogs' bowls", 0), "dogs"),
                ("leading apostrophe is no word", ("'tis", 0), ""),
                ("stops at a full stop", ("U.S. troops", 0), "U"),
                ("digits are word characters", ("42nd street", 0), "42nd"),
                (
                    "bounded",
                    ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 60),
                    "xxxxxxxxxx",
                ),
            ],
            |&(t, i)| word_at(t, i),
        );
        check(
            &[
                ("word before the end", ("I said hello", 12), "hello"),
                ("skips white space and punctuation", ("said Alice, ", 12), "Alice"),
                ("the last segment of an abbreviation", ("the U.S. ", 9), "S"),
                ("keeps apostrophes", ("I don't ", 8), "don't"),
                ("nothing before", ("  ", 2), ""),
            ],
            |&(t, end)| word_before(t, end),
        );
    }

    #[test]
    fn lowercase_copies_and_case() {
        check(
            &[
                ("ASCII word", "Mr", Some("mr".to_string())),
                ("typographic apostrophe folded", "I’m", Some("i'm".to_string())),
                ("not ASCII", "Müller", Some("müller".to_string())),
                ("too long for an abbreviation", "Internationalization", None),
                ("empty", "", None),
            ],
            |&w| with_lower(w, str::to_string),
        );
        check(
            &[
                ("capital", "Hello", (true, false)),
                ("lowercase", "hello", (false, true)),
                ("accented capital", "Élan", (true, false)),
                ("digit is neither", "3rd", (false, false)),
                ("caseless script is neither", "字", (false, false)),
                ("empty", "", (false, false)),
            ],
            |&s| (starts_upper(s), starts_lower(s)),
        );
    }
}
