//! Recognizers for tokens whose punctuation is not a sentence boundary, or
//! that make one of their own: emoticons, timestamps, URLs and e-mail
//! addresses, separator lines, footnote marks, citation numbers, and a full
//! stop with the space after it missing. Each looks a bounded distance ahead.

use crate::text::normalize::is_space;

use super::chars::{is_closer, is_terminal_char, is_word_char};
use super::cursor::{
    char_at, char_before, floor_boundary, skip_space, starts_upper, token_end_after, token_start_before, word_at,
    WORD_WINDOW,
};
use super::words::{contains_lower, DOMAINS};

/// An emoticon at `i` (`:)`, `:-(`, `;)`, `:P`, `^_^`, `<3`, `xD`) followed by
/// white space or the end: its length in bytes, else 0.
pub(super) fn emoticon_len(t: &str, i: usize) -> usize {
    let b = t.as_bytes();
    // Every emoticon starts with one of these (most tokens do not).
    if !matches!(b.get(i), Some(b':' | b';' | b'=' | b'^' | b'<' | b'x' | b'X')) {
        return 0;
    }
    let rest = &b[i..b.len().min(i + 6)];
    let n = {
        let eyes = matches!(rest.first(), Some(b':' | b';' | b'='));
        if eyes {
            let mut k = 1;
            if matches!(rest.get(k), Some(b'-' | b'\'' | b'o' | b'^')) {
                k += 1;
            }
            let m = rest[k..]
                .iter()
                .take_while(|&&c| {
                    matches!(c, b')' | b'(' | b'D' | b'P' | b'p' | b'/' | b'|' | b'O' | b'o' | b']' | b'[')
                })
                .count();
            if m == 0 {
                0
            } else {
                k + m
            }
        } else if rest.starts_with(b"^_^") || rest.starts_with(b"^^") {
            if rest.starts_with(b"^_^") {
                3
            } else {
                2
            }
        } else if rest.starts_with(b"<3") || rest.starts_with(b"xD") || rest.starts_with(b"XD") {
            2
        } else {
            0
        }
    };
    if n == 0 {
        return 0;
    }
    match char_at(t, i + n) {
        None => n,
        Some(c) if is_space(c) => n,
        _ => 0,
    }
}

/// `08/16/2000 12:05 PM`, `3/9/2005 11:16:00 PM`, `04/25/01 12:42:55`
/// at `i`: the end of the timestamp.
pub(super) fn timestamp_end(t: &str, i: usize) -> Option<usize> {
    let b = t.as_bytes();
    let digits = |p: usize, lo: usize, hi: usize| -> Option<usize> {
        let mut q = p;
        while q < b.len() && b[q].is_ascii_digit() && q - p < hi {
            q += 1;
        }
        (q - p >= lo && !b.get(q).is_some_and(u8::is_ascii_digit)).then_some(q)
    };
    let mut p = digits(i, 1, 2)?;
    for (sep, lo, hi) in [(b'/', 1, 2), (b'/', 2, 4)] {
        if b.get(p) != Some(&sep) {
            return None;
        }
        p = digits(p + 1, lo, hi)?;
    }
    if b.get(p) != Some(&b' ') {
        return None;
    }
    p = digits(p + 1, 1, 2)?;
    for _ in 0..2 {
        if b.get(p) == Some(&b':') {
            p = digits(p + 1, 2, 2)?;
        }
    }
    if b.get(p) == Some(&b' ') {
        let rest = &b[p + 1..b.len().min(p + 3)];
        if rest.eq_ignore_ascii_case(b"am") || rest.eq_ignore_ascii_case(b"pm") {
            p += 3;
        }
    }
    match char_at(t, p) {
        None => Some(p),
        Some(c) if is_space(c) => Some(p),
        _ => None,
    }
}

/// A URL or e-mail address starting at `i` (possibly in `<…>` or `[…]`):
/// `(end of the address proper, end of the token)`. Trailing terminal
/// punctuation is left out of the first.
pub(super) fn address_end(t: &str, i: usize) -> Option<(usize, usize)> {
    const MAX: usize = 2048;
    let b = t.as_bytes();
    let head = &b[i..b.len().min(i + 12)];
    let lower = |s: &[u8], p: &[u8]| s.len() >= p.len() && s[..p.len()].eq_ignore_ascii_case(p);
    // Every URL prefix starts with one of these bytes (most tokens do not).
    let url = matches!(head.first(), Some(b'h' | b'H' | b'w' | b'W' | b'f' | b'F' | b'<' | b'[' | b'('))
        && [&b"http://"[..], b"https://", b"www.", b"<http", b"[http", b"(http", b"<www", b"ftp://"]
            .iter()
            .any(|p| lower(head, p));
    let hi = floor_boundary(t, i.saturating_add(MAX));
    // Most tokens are neither: no URL prefix and no `@` before the first
    // ASCII white space (a wider white space only ends the token sooner).
    if !url && !b[i..hi].iter().take_while(|c| !c.is_ascii_whitespace()).any(|&c| c == b'@') {
        return None;
    }
    let mut end = i;
    let mut at = None;
    for (k, c) in t[i..hi].char_indices() {
        if is_space(c) {
            break;
        }
        if c == '@' && at.is_none() {
            at = Some(i + k);
        }
        end = i + k + c.len_utf8();
    }
    let email = at.is_some_and(|a| a > i && crate::text::has_char(&t[a..end], '.'));
    if !(url || email) {
        return None;
    }
    let core = t[i..end].trim_end_matches(|c: char| is_terminal_char(c) || is_closer(c) || c == '>' || c == ',');
    let core_end = i + core.len();
    let tail = &t[core_end..end];
    if tail.chars().any(is_terminal_char) || crate::text::has_char(tail, ',') {
        Some((core_end, end))
    } else {
        Some((end, end))
    }
}

/// A separator such as `***`, `=====`, `_____`, `-----`, `* * *` starting at
/// `i` and ending at white space: its length in bytes, else 0.
pub(super) fn separator_len(t: &str, i: usize) -> usize {
    let b = t.as_bytes();
    let first = b[i];
    if !matches!(first, b'*' | b'=' | b'_' | b'~' | b'#' | b'-' | b'+') {
        return 0;
    }
    if first == b'-' && b.get(i + 1) == Some(&b'-') && b.get(i + 2) == Some(&b' ') {
        return 0;
    }
    let mut j = i;
    let mut marks = 0usize;
    let mut dashes_only = true;
    while j < b.len() {
        match b[j] {
            b'*' | b'=' | b'_' | b'~' | b'#' | b'-' | b'+' => {
                if b[j] != b'-' {
                    dashes_only = false;
                }
                marks += 1;
                j += 1;
            }
            b' ' if marks > 0
                && j + 1 < b.len()
                && matches!(b[j + 1], b'*' | b'=' | b'_' | b'~' | b'#' | b'-' | b'+')
                && b[j - 1] != b' ' =>
            {
                j += 1;
            }
            _ => break,
        }
    }
    let at_end = |j: usize| match char_at(t, j) {
        None => true,
        Some(c) => is_space(c),
    };
    let enough = if dashes_only { marks >= 4 } else { marks >= 3 };
    // One mark repeated (`-----`, `* * *`), not a banner like `----==`.
    let uniform = b[i..j].iter().all(|&c| c == first || c == b' ');
    if at_end(j) && enough && uniform {
        return j - i;
    }
    // A banner: `*****NOTICE*****`.
    if marks >= 3 && uniform && j < b.len() && b[j].is_ascii_alphabetic() {
        let mut k = j;
        while k < b.len() && k - j < 40 && (b[k].is_ascii_alphanumeric() || b[k] == b' ') {
            k += 1;
        }
        let run = b[k..].iter().take_while(|&&c| c == first).count();
        if run >= 3 && at_end(k + run) {
            return k + run - i;
        }
    }
    0
}

/// A footnote mark at `k`: `[1]`, `[12]`, `[a]`. Its length, else 0.
pub(super) fn footnote_len(t: &str, k: usize) -> usize {
    let b = t.as_bytes();
    let mut p = k + 1;
    while p < b.len() && p - k <= 4 && b[p].is_ascii_alphanumeric() {
        p += 1;
    }
    if p > k + 1 && b.get(p) == Some(&b']') {
        p + 1 - k
    } else {
        0
    }
}

/// `consultation.11 12 Take`, `(type 2).10 This`: citation numbers glued
/// to a full stop at `i..j` and followed by a capitalized word. Returns the
/// end of the numbers.
pub(super) fn citation_end(t: &str, i: usize, j: usize) -> Option<usize> {
    let before = char_before(t, i)?;
    if !(before.is_alphabetic() || before == ')' || before == ']') {
        return None;
    }
    let b = t.as_bytes();
    let mut p = j;
    let mut end = None;
    for _ in 0..4 {
        let s = p;
        while p < b.len() && b[p].is_ascii_digit() && p - s < 3 {
            p += 1;
        }
        if p == s || b.get(p).is_some_and(u8::is_ascii_digit) {
            break;
        }
        end = Some(p);
        if b.get(p) == Some(&b' ') && b.get(p + 1).is_some_and(u8::is_ascii_digit) {
            p += 1;
        } else {
            break;
        }
    }
    let end = end?;
    let (q, _) = skip_space(t, end);
    (q > end && starts_upper(word_at(t, q))).then_some(end)
}

/// `end.Next`: a full stop with no space between a lowercase word (or a
/// number) and a capitalized word, outside URLs, e-mail addresses and file
/// names.
pub(super) fn missing_space(t: &str, i: usize, j: usize) -> bool {
    let next = word_at(t, j);
    let mut chars = next.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => {}
        _ => return false,
    }
    if crate::text::char_count(next) < 2 || !chars.all(|c| c.is_lowercase()) {
        return false;
    }
    if contains_lower(DOMAINS, next) {
        return false;
    }
    let mut letters = 0usize;
    let mut digit = false;
    for c in t[floor_boundary(t, i.saturating_sub(32))..i].chars().rev() {
        if c.is_lowercase() {
            letters += 1;
        } else if c.is_ascii_digit() && letters == 0 {
            digit = true;
            break;
        } else {
            break;
        }
    }
    if letters < 2 && !digit {
        return false;
    }
    // After the word: not `.com`, `@`, `/`.
    let after = j + next.len();
    if let Some(c) = char_at(t, after) {
        if c == '.' && char_at(t, after + 1).is_some_and(is_word_char) {
            return false;
        }
        if matches!(c, '@' | '/' | '\\' | '_' | '=') {
            return false;
        }
    }
    let start = token_start_before(t, i, WORD_WINDOW);
    let token = &t[start..token_end_after(t, i, WORD_WINDOW)];
    !(crate::text::has_char(token, '@')
        || crate::text::has_substring(token, "://")
        || crate::text::has_substring(token, "www.")
        || crate::text::has_char(token, '/')
        || crate::text::has_char(token, '\\')
        || crate::text::has_char(token, '_')
        || crate::text::has_char(token, '='))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::test_table::check;

    #[test]
    fn emoticons() {
        check(
            &[
                ("smile", ":) ok", 2),
                ("frown with a nose", ":-( ", 3),
                ("wink", ";)", 2),
                ("tongue", ":P", 2),
                ("nose o", ":o)", 3),
                ("two mouths", ":)) yes", 3),
                ("caret eyes", "^_^ ", 3),
                ("short caret eyes", "^^", 2),
                ("heart", "<3", 2),
                ("laughing", "xD ", 2),
                ("glued to a word", ":)x", 0),
                ("colon alone", ": x", 0),
                ("double colon", "::", 0),
                ("a word", "xylophone", 0),
            ],
            |&t| emoticon_len(t, 0),
        );
    }

    #[test]
    fn timestamps() {
        check(
            &[
                ("date, time and PM", "08/16/2000 12:05 PM I just", Some(19)),
                ("seconds", "3/9/2005 11:16:00 PM", Some(20)),
                ("two-digit year, no AM/PM", "04/25/01 12:42:55", Some(17)),
                ("lowercase am", "1/2/2003 9:30 am.", None),
                ("date without time", "08/16/2000 in", None),
                ("PM glued to the time", "08/16/2000 12:05PM", None),
                ("three-digit month", "123/16/2000 12:05", None),
                ("a fraction", "1/2 cup", None),
            ],
            |&t| timestamp_end(t, 0),
        );
    }

    #[test]
    fn urls_and_email_addresses() {
        check(
            &[
                ("URL before a full stop", "http://example.com. Next", Some((18, 19))),
                ("bare www", "www.x.com is", Some((9, 9))),
                ("e-mail before a comma", "a@b.co, and", Some((6, 7))),
                ("in angle brackets", "<http://x.org> said", Some((14, 14))),
                ("in parentheses, with a full stop", "(http://x.org).", Some((13, 15))),
                ("ftp", "ftp://host/file", Some((15, 15))),
                ("uppercase scheme", "HTTPS://X.ORG", Some((13, 13))),
                ("a handle is no address", "@handle.", None),
                ("e-mail needs a dot after the at", "me@home", None),
                ("an ordinary word", "hello.world", None),
            ],
            |&t| address_end(t, 0),
        );
    }

    #[test]
    fn separators() {
        check(
            &[
                ("asterisks", "*** x", 3),
                ("equals signs", "=====", 5),
                ("spaced asterisks", "* * *", 5),
                ("four dashes", "----", 4),
                ("three dashes are not enough", "---", 0),
                ("signature delimiter", "-- x", 0),
                ("mixed marks", "----==", 0),
                ("banner", "*****NOTICE***** x", 16),
                ("bold markup", "**bold**", 0),
                ("glued to a word", "***x", 0),
                ("a word", "word", 0),
            ],
            |&t| separator_len(t, 0),
        );
    }

    #[test]
    fn footnote_marks() {
        check(
            &[
                ("number", "[1] x", 3),
                ("two digits", "[12]", 4),
                ("letter", "[a]", 3),
                ("four characters", "[1234]", 6),
                ("five characters are too many", "[12345]", 0),
                ("empty", "[]", 0),
                ("a word in brackets", "[sic ]", 0),
            ],
            |&t| footnote_len(t, 0),
        );
    }

    #[test]
    fn citation_numbers() {
        let at_dot = |t: &str| {
            let i = t.find('.').unwrap();
            citation_end(t, i, i + 1)
        };
        check(
            &[
                ("two citations", "a consultation.11 12 Take", Some(20)),
                ("after a bracket", "(type 2).10 This", Some(11)),
                ("before lowercase", "word.11 take", None),
                ("four digits", "word.1234 Take", None),
                ("after a number", "page 3.11 Take", None),
                ("no space after", "word.11Take", None),
            ],
            |&t| at_dot(t),
        );
    }

    #[test]
    fn missing_space_after_a_full_stop() {
        let at_dot = |t: &str| {
            let i = t.find('.').unwrap();
            missing_space(t, i, i + 1)
        };
        check(
            &[
                ("lowercase word then capital", "the end.Next one", true),
                ("number then capital", "in 2019.The rest", true),
                ("one letter before", "a.Bc", false),
                ("capital after one letter", "the end.N", false),
                ("all capitals after", "the end.NEXT", false),
                ("a domain", "example.Com", false),
                ("a file in a path", "/usr/lib.Config", false),
                ("followed by a path", "see docs.Main/index", false),
                ("an e-mail address", "jane@site.Name", false),
                ("an identifier", "my_var.Field", false),
                ("a method after a word", "object.Method.call", false),
            ],
            |&t| at_dot(t),
        );
    }
}
