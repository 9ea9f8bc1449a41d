//! Sentence segmentation: text → trimmed, disjoint, ordered sentence spans.
//!
//! A rule-based splitter in one left-to-right pass over the bytes of the text
//! (plus one linear pre-pass for lists and one for line widths). It never
//! copies or normalizes the text, so every boundary is an exact byte offset.
//!
//! Boundaries come from four sources:
//!
//! 1. **Terminal punctuation** (`.` `!` `?` `…` and the CJK `。！？`), taken as
//!    a cluster (`?!`, `...`, `. . . .`) together with the closing quotes,
//!    brackets and footnote marks after it (`."`, `.)`, `.[1]`). Whether the
//!    cluster ends the sentence depends on the word before it (an
//!    abbreviation, an initial, a number, a list marker, a URL) and on what
//!    follows (a capitalized word, a typical sentence opener, a lowercase
//!    word, a digit, an opening quote, nothing at all).
//! 2. **Line breaks.** A blank line always ends a sentence. A single line
//!    break ends one when the line looks like a heading, title or list item,
//!    or the next line starts a list; it does not when the line was
//!    hard-wrapped mid-sentence (the next line continues in lowercase, or the
//!    line ends with `the`, `of`, a comma…).
//! 3. **Lists written inline**: `1.) The first item 2.) The second item`,
//!    `a) … b) … c) …`, `• item • item`. Markers count only in a run of
//!    consecutive numbers or letters, so `for 1. above … for 2. above` or
//!    `Jane B. Smith` are left alone.
//! 4. **Separators and emoticons**: a `***` or `=====` line is a sentence of
//!    its own; `:-)` before a capitalized word ends the sentence it closes.
//!
//! Every look-around is bounded by a small constant, so the cost is linear
//! in the length of the text whatever it contains.
//!
//! ## Where things are
//!
//! - `segmenter`: the pass itself; it asks the modules below at each line
//!   break, terminal mark, special token, comma or closing parenthesis.
//! - At terminal punctuation, scan → classify → decide: `cluster` scans the
//!   marks and their closers, `classify` names the word before (`Prev`) and
//!   after (`Next`), `terminal` decides by kind and by `Prev × Next`.
//! - `lines` (single line breaks), `wrap` (hard-wrapped text), `lists`
//!   (inline list markers), `special` (separators, emoticons, timestamps,
//!   addresses), `openings` (salutations, sources in parentheses).
//! - `tokens` (recognizers of token shapes), `cursor` (bounded
//!   look-arounds), `chars` (character classes), `scan` (byte searches of
//!   the pre-passes, eight bytes at a time).
//! - `rules` holds what the splitter knows about a language: the
//!   `[abbreviations]` and `[sentences]` tables of its file in `languages/`,
//!   read through its profile. The pass holds one `Rules` value.

mod chars;
mod classify;
mod cluster;
mod cursor;
mod lines;
mod lists;
mod openings;
mod rules;
mod scan;
mod segmenter;
mod special;
mod terminal;
#[cfg(test)]
mod test_table;
mod tokens;
mod words;
mod wrap;

use self::rules::Rules;
use self::segmenter::Segmenter;
use crate::language::Language;
use crate::span::Span;
use crate::text::normalize::is_space;

/// Splits `text`, written in `language`, into sentences. Every span is
/// non-empty, trimmed of white space, and the spans are disjoint and in
/// order. A language whose file has no words for the splitter is split with
/// English's rules.
pub fn split(text: &str, language: Language) -> Vec<Span> {
    spans(text, &cuts(text, language)).collect()
}

/// Where [`split`] cuts `text`: byte offsets, in increasing order (4 or 8
/// bytes a sentence; [`spans`] makes the sentences from them when read).
pub(crate) fn cuts(text: &str, language: Language) -> Vec<usize> {
    let rules = Rules::of(language);
    let mut cuts = Segmenter::new(text, &rules).run();
    cuts.shrink_to_fit();
    cuts
}

/// The sentences between the `cuts` of `text`, trimmed: [`split`]'s spans.
pub(crate) fn spans<'a>(text: &'a str, cuts: &'a [usize]) -> impl Iterator<Item = Span> + 'a {
    let mut start = 0usize;
    cuts.iter().copied().chain(std::iter::once(text.len())).filter_map(move |c| {
        if c > start {
            let piece = trimmed(text, start, c);
            start = c;
            piece
        } else {
            None
        }
    })
}

/// `text[start..end]` trimmed of white space, if anything is left.
pub(crate) fn trimmed(text: &str, start: usize, end: usize) -> Option<Span> {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start_matches(is_space).len();
    let trimmed = piece.trim_matches(is_space);
    (!trimmed.is_empty()).then(|| Span::new(start + lead, start + lead + trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::test_table::check;

    #[test]
    fn trimmed_pieces() {
        check(
            &[
                ("spaces around", ("  one two  ", 0, 11), vec![(2, 9)]),
                ("a part of the text", ("one. two.", 4, 9), vec![(5, 9)]),
                ("no-break and ideographic spaces", ("\u{a0}x\u{3000}", 0, 6), vec![(2, 3)]),
                ("white space only", (" \n\t ", 0, 4), vec![]),
                ("empty", ("abc", 1, 1), vec![]),
            ],
            |&(t, start, end)| trimmed(t, start, end).iter().map(|s| (s.start, s.end)).collect::<Vec<_>>(),
        );
    }
}
