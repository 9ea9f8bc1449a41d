//! Tokens that make boundaries of their own, decided where the token starts:
//! a separator line is a sentence of its own; an emoticon, a timestamp, a
//! URL or an e-mail address ends its sentence before a capitalized word;
//! the signature delimiter `-- ` stands alone.

use crate::text::normalize::is_space;

use super::chars::is_opener;
use super::cursor::{
    char_at, skip_openers, skip_space, starts_lower, starts_upper, token_start_before, word_at, WORD_WINDOW,
};
use super::tokens::{address_end, emoticon_len, separator_len, timestamp_end};

/// A token that makes its own boundaries, and which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SpecialToken {
    /// Where the scan resumes: the end of the token (for an address before
    /// a full stop, the end of the address proper).
    pub(super) end: usize,
    /// A sentence ends before the token.
    pub(super) cut_before: bool,
    /// A sentence ends at `end`.
    pub(super) cut_after: bool,
}

/// The special token starting at `i` (after white space), if there is one.
/// `in_sentence` says whether the current sentence has begun.
pub(super) fn special_token(t: &str, i: usize, in_sentence: bool) -> Option<SpecialToken> {
    let token = |end, cut_before, cut_after| Some(SpecialToken { end, cut_before, cut_after });
    let n = separator_len(t, i);
    if n > 0 {
        return token(i + n, true, true);
    }
    let e = emoticon_len(t, i);
    if e > 0 {
        // `Great :) See you`, `Great :) "Yes"`
        let (q, lines) = skip_space(t, i + e);
        let cut = q < t.len() && lines < 2 && {
            let inner = skip_openers(t, q);
            starts_upper(word_at(t, inner)) || inner > q
        };
        return token(i + e, false, cut);
    }
    // The signature delimiter `-- ` opening a sentence stands alone.
    if t.as_bytes()[i] == b'-' && t[i..].starts_with("-- ") && !in_sentence {
        let (q, _) = skip_space(t, i + 2);
        return token(i + 2, false, starts_upper(word_at(t, q)));
    }
    if t.as_bytes()[i].is_ascii_digit() {
        if let Some(end) = timestamp_end(t, i) {
            // `Jane Doe 08/16/2000 12:05 PM I just wanted…` (an e-mail header
            // flattened into one line), but not `… sent on 08/16/2000 …`.
            let before = t[..i].trim_end_matches(is_space);
            let prev = &before[token_start_before(before, before.len(), WORD_WINDOW)..];
            let inside = starts_lower(prev) && prev.chars().all(char::is_alphabetic);
            let (q, lines) = skip_space(t, end);
            // A header line ends after the time; a time inside a sentence
            // (`posted on … 12:05 PM by Jane`) ends it only before a capital.
            let next_ok = |c: char| if inside { c.is_uppercase() } else { c.is_alphanumeric() || is_opener(c) };
            let cut = q > end && lines < 2 && char_at(t, q).is_some_and(next_ok);
            return token(end, !inside, cut);
        }
    }
    if let Some((core_end, end)) = address_end(t, i) {
        // A URL or e-mail address: its full stops are not boundaries, and a
        // capitalized word (or another URL) after it starts a new sentence.
        if end != core_end {
            // Trailing punctuation is judged by the scan.
            return token(core_end, false, false);
        }
        let (q, lines) = skip_space(t, end);
        let cut = q > end && lines < 2 && {
            let w = word_at(t, skip_openers(t, q));
            let url = !crate::text::has_char(&t[i..end], '@');
            (starts_upper(w) && w != "I") || (url && address_end(t, q).is_some())
        };
        return token(end, false, cut);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::test_table::check;

    #[test]
    fn special_tokens() {
        // (text, where the token starts, whether a sentence has begun)
        let at = |&(t, i, in_sentence): &(&str, usize, bool)| {
            special_token(t, i, in_sentence).map(|s| (s.end, s.cut_before, s.cut_after))
        };
        check(
            &[
                ("separator: a sentence of its own", ("Intro *** Next", 6, true), Some((9, true, true))),
                ("emoticon before a capital", ("Great :) See you", 6, true), Some((8, false, true))),
                ("emoticon before lowercase", ("Great :) see you", 6, true), Some((8, false, false))),
                ("emoticon before a quote", ("Great :) \"Yes\"", 6, true), Some((8, false, true))),
                ("emoticon before a blank line", ("Great :)\n\nSee", 6, true), Some((8, false, false))),
                ("emoticon at the end", ("Great :)", 6, true), Some((8, false, false))),
                ("signature delimiter before a name", ("-- Jane", 0, false), Some((2, false, true))),
                ("signature delimiter before lowercase", ("-- jane", 0, false), Some((2, false, false))),
                ("double dash inside a sentence", ("so -- Jane", 3, true), None),
                ("header timestamp", ("Jane Doe 08/16/2000 12:05 PM I just", 9, true), Some((28, true, true))),
                (
                    "timestamp inside a sentence",
                    ("sent on 08/16/2000 12:05 PM by Jane", 8, true),
                    Some((27, false, false)),
                ),
                (
                    "timestamp inside, before a capital",
                    ("sent on 08/16/2000 12:05 PM Jane", 8, true),
                    Some((27, false, true)),
                ),
                ("URL before a capital", ("see www.x.com Next", 4, true), Some((13, false, true))),
                ("URL before the pronoun I", ("see www.x.com I think", 4, true), Some((13, false, false))),
                ("URL before another URL", ("http://a.com http://b.com", 0, false), Some((12, false, true))),
                ("e-mail before a URL", ("a@b.co http://x.org", 0, false), Some((6, false, false))),
                ("URL before a full stop", ("see http://x.com. Next", 4, true), Some((16, false, false))),
                ("an ordinary word", ("hello there", 0, false), None),
                ("a number", ("12 apples", 0, false), None),
            ],
            at,
        );
    }
}
