//! The scan of a cluster of terminal punctuation (`.`, `?!`, `...`,
//! `. . . .`, `。`) together with what closes it: quotes, brackets,
//! footnote marks and glued citation numbers (`."`, `.)`, `.[1]`, `.11 12`).
//! The first step of every decision at terminal punctuation:
//! scan (here) → classify → decide.

use super::chars::{is_closer, is_hard_terminal, is_terminal_char, is_word_char};
use super::cursor::{char_at, char_before};
use super::tokens::{citation_end, footnote_len};

/// What the marks of a cluster say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// One full stop, `.` or `．`.
    FullStop,
    /// Two or more full stops, `…`, or a spaced `. . .`.
    Ellipsis,
    /// A `!` or `?` among the marks (`?!`, `!..`); `question` if a `?`.
    Exclamation { question: bool },
}

/// A cluster of terminal punctuation and its closers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Cluster {
    /// Start and end of the punctuation.
    pub(super) start: usize,
    pub(super) end: usize,
    /// End of its first mark: `compounds. . . . The` ends the sentence there.
    pub(super) first_end: usize,
    /// How many marks, and how many full stops among them (`…` counts three).
    pub(super) marks: usize,
    pub(super) dots: usize,
    pub(super) kind: Kind,
    /// A mark that ends a sentence whatever follows (`。`).
    pub(super) hard: bool,
    /// The ellipsis is spaced: `. . .`.
    pub(super) spaced: bool,
    /// End of the closers after the punctuation, and how many there are.
    pub(super) closed_end: usize,
    pub(super) closers: usize,
}

impl Cluster {
    /// Scans the cluster that starts at `i`, a terminal mark.
    pub(super) fn scan(t: &str, i: usize) -> Cluster {
        let b = t.as_bytes();
        let mut c = Cluster {
            start: i,
            end: i,
            first_end: 0,
            marks: 0,
            dots: 0,
            kind: Kind::FullStop,
            hard: false,
            spaced: false,
            closed_end: i,
            closers: 0,
        };
        let (mut exclamation, mut question) = (false, false);
        while let Some(mark) = char_at(t, c.end) {
            if !is_terminal_char(mark) {
                // A spaced ellipsis: `. . .`, but not `. .5` or `etc. .com`.
                if mark == ' '
                    && c.end > i
                    && b[c.end - 1] == b'.'
                    && b.get(c.end + 1) == Some(&b'.')
                    && !char_at(t, c.end + 2).is_some_and(is_word_char)
                {
                    c.spaced = true;
                    c.end += 1;
                    continue;
                }
                break;
            }
            match mark {
                '.' | '．' => c.dots += 1,
                '!' | '！' | '‽' | '⁈' | '⁉' => exclamation = true,
                '?' | '？' | '⁇' | '؟' => question = true,
                '…' => c.dots += 3,
                _ => {}
            }
            c.hard |= is_hard_terminal(mark);
            c.end += mark.len_utf8();
            c.marks += 1;
            if c.first_end == 0 {
                c.first_end = c.end;
            }
        }
        c.kind = if exclamation || question {
            Kind::Exclamation { question }
        } else if c.dots >= 2 || c.spaced {
            Kind::Ellipsis
        } else {
            Kind::FullStop
        };
        (c.closed_end, c.closers) = closers_after(t, c.end);
        // A citation number glued to the full stop: `… a consultation.11 12 Take`
        if c.closers == 0 && c.dots == 1 && c.marks == 1 {
            if let Some(citation) = citation_end(t, i, c.end) {
                c.closed_end = citation;
            }
        }
        c
    }

    /// `[...]`, `(...)`: an omission, not the end of a sentence.
    pub(super) fn is_omission(&self, t: &str) -> bool {
        char_before(t, self.start).is_some_and(|c| c == '[' || c == '(')
            && char_at(t, self.end).is_some_and(|c| c == ']' || c == ')')
    }
}

/// Closing quotes and brackets and footnote marks from `k` (`."`, `.)`,
/// `.[1]`, `”.`): their end and their number (at most eight).
fn closers_after(t: &str, mut k: usize) -> (usize, usize) {
    let mut closers = 0usize;
    // One full stop after a closer: `“… the end”.`
    let mut extra_dot = false;
    while closers < 8 {
        match char_at(t, k) {
            Some(c) if is_closer(c) => {
                k += c.len_utf8();
                closers += 1;
            }
            Some('[') => match footnote_len(t, k) {
                0 => break,
                n => {
                    k += n;
                    closers += 1;
                }
            },
            Some('.') if closers > 0 && !extra_dot => {
                k += 1;
                extra_dot = true;
            }
            _ => break,
        }
    }
    (k, closers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::test_table::check;

    /// The cluster at the first terminal mark of `t`.
    fn scan_first(t: &str) -> Cluster {
        let i = t.find(is_terminal_char).expect("a terminal mark");
        Cluster::scan(t, i)
    }

    #[test]
    fn kinds_and_marks() {
        check(
            &[
                ("full stop", "Hi. There", (Kind::FullStop, 3, 1, 1)),
                ("fullwidth full stop", "Hi． There", (Kind::FullStop, 5, 1, 1)),
                ("exclamation", "Wow! Yes", (Kind::Exclamation { question: false }, 4, 1, 0)),
                ("question and exclamation", "Why?! No", (Kind::Exclamation { question: true }, 5, 2, 0)),
                ("question then dots", "Why?.. No", (Kind::Exclamation { question: true }, 6, 3, 2)),
                ("three full stops", "Wait... what", (Kind::Ellipsis, 7, 3, 3)),
                ("ellipsis character", "Wait… what", (Kind::Ellipsis, 7, 1, 3)),
                ("spaced ellipsis", "Wait . . . what", (Kind::Ellipsis, 10, 3, 3)),
                ("a full stop before a domain is no spaced ellipsis", "etc. .com", (Kind::FullStop, 4, 1, 1)),
                ("ideographic full stop", "好。你", (Kind::FullStop, 6, 1, 0)),
            ],
            |&t| {
                let c = scan_first(t);
                (c.kind, c.end, c.marks, c.dots)
            },
        );
    }

    #[test]
    fn hard_spaced_and_first_mark() {
        check(
            &[
                ("ideographic full stop is hard", "好。你", (true, false, 6)),
                ("devanagari danda is hard", "है। वह", (true, false, 9)),
                ("a full stop is not", "Hi. There", (false, false, 3)),
                ("four spaced stops end at the first", "compounds. . . . The", (false, true, 10)),
            ],
            |&t| {
                let c = scan_first(t);
                (c.hard, c.spaced, c.first_end)
            },
        );
    }

    #[test]
    fn closers() {
        check(
            &[
                ("nothing", "Hi. There", (3, 0)),
                ("quote", "He said \"Stop.\" Then", (15, 1)),
                ("bracket", "(Really.) Then", (9, 1)),
                ("quote and bracket", "(He said \"No.\") Then", (15, 2)),
                ("a full stop after the quote", "He said “Stop!”. Then", (20, 1)),
                ("footnote mark", "A fact.[1] Then", (10, 1)),
                ("quote and footnote", "“A fact.”[12] Then", (17, 2)),
                ("citation numbers", "a consultation.11 12 Take", (20, 0)),
                ("no citation after a quote", "a \"consultation.\"11 12 Take", (17, 1)),
                ("at most eight", "No.))))))))))", (11, 8)),
            ],
            |&t| {
                let c = scan_first(t);
                (c.closed_end, c.closers)
            },
        );
    }

    #[test]
    fn omissions() {
        check(
            &[
                ("in brackets", "He said [...] nothing", true),
                ("in parentheses", "He said (...) nothing", true),
                ("open after", "He said [... nothing", false),
                ("an ordinary ellipsis", "He said... nothing", false),
            ],
            |&t| scan_first(t).is_omission(t),
        );
    }
}
