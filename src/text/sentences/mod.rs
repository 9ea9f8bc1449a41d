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

mod chars;
mod classify;
mod cluster;
mod cursor;
mod lines;
mod lists;
mod rules;
mod terminal;
#[cfg(test)]
mod test_table;
mod tokens;
mod words;
mod wrap;

use self::chars::{is_bullet, is_opener, is_terminal_char};
use self::cluster::Cluster;
use self::cursor::{
    char_at, skip_openers, skip_space, starts_lower, starts_upper, token_start_before, with_lower, word_at, WORD_WINDOW,
};
use self::lines::LineBreak;
use self::lists::{is_marker_at, InlineLists};
use self::rules::{Rules, ENGLISH};
use self::terminal::Terminal;
use self::tokens::{address_end, emoticon_len, missing_space, separator_len, timestamp_end};
use self::words::contains_lower;
use self::wrap::wrap_width;
use crate::span::Span;
use crate::text::normalize::is_space;

/// Splits `text` into sentences. Every span is non-empty, trimmed of white
/// space, and the spans are disjoint and in order.
pub fn split(text: &str) -> Vec<Span> {
    let mut seg = Segmenter::new(text, &ENGLISH);
    seg.run();
    let mut out = Vec::new();
    let mut start = 0usize;
    for &c in &seg.cuts {
        if c > start {
            push_trimmed(text, start, c, &mut out);
            start = c;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Pushes `text[start..end]` trimmed of white space, if anything is left.
pub(crate) fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start_matches(is_space).len();
    let trimmed = piece.trim_matches(is_space);
    if !trimmed.is_empty() {
        let s = start + lead;
        out.push(Span::new(s, s + trimmed.len()));
    }
}

// ---------------------------------------------------------------------------
// The segmenter

struct Segmenter<'t> {
    t: &'t str,
    rules: &'t Rules,
    cuts: Vec<usize>,
    /// First non-space character of the current sentence, once seen.
    first: Option<usize>,
    /// First non-space character of the current line.
    line_start: usize,
    lists: InlineLists,
    wrap_width: Option<usize>,
}

impl<'t> Segmenter<'t> {
    fn new(t: &'t str, rules: &'t Rules) -> Segmenter<'t> {
        Segmenter {
            t,
            rules,
            cuts: Vec::new(),
            first: None,
            line_start: 0,
            lists: InlineLists::find(t),
            wrap_width: wrap_width(t),
        }
    }

    /// Ends the current sentence at `pos` if it has any content before it.
    fn cut(&mut self, pos: usize) -> bool {
        if self.first.is_some_and(|f| f < pos) {
            self.cuts.push(pos);
            self.first = None;
            true
        } else {
            false
        }
    }

    /// Cuts at `pos` when the scan resumes at `resume > pos`: the text in
    /// between starts the next sentence.
    fn cut_before(&mut self, pos: usize, resume: usize) {
        if self.cut(pos) {
            let (q, _) = skip_space(self.t, pos);
            if q < resume {
                self.first = Some(q);
            }
        }
    }

    fn note(&mut self, i: usize) {
        if self.first.is_none() {
            self.first = Some(i);
        }
    }

    fn run(&mut self) {
        let t = self.t;
        let b = t.as_bytes();
        let mut i = 0usize;
        let mut prev_space = true;
        while i < b.len() {
            while let Some(p) = self.lists.next_start_up_to(i) {
                self.cut(p);
            }
            let x = b[i];
            if x == b'\n' || x == b'\r' {
                i = self.line_break(i);
                prev_space = true;
                continue;
            }
            if x < 0x80 {
                if matches!(x, b' ' | b'\t' | 0x0b | 0x0c) {
                    prev_space = true;
                    i += 1;
                    continue;
                }
                if prev_space {
                    prev_space = false;
                    if let Some(next) = self.token_start(i) {
                        i = next;
                        continue;
                    }
                }
                self.note(i);
                match x {
                    b'.' | b'!' | b'?' => i = self.terminal(i),
                    b',' => {
                        self.salutation(i, i + 1);
                        i += 1;
                    }
                    b'-' if b.get(i + 1) == Some(&b' ') && i > 0 && b[i - 1] == b' ' => {
                        self.salutation(i, i + 1);
                        i += 1;
                    }
                    b')' => {
                        self.parenthetical(i);
                        i += 1;
                    }
                    _ => i += 1,
                }
                continue;
            }
            let c = match char_at(t, i) {
                Some(c) => c,
                None => break,
            };
            if matches!(c, '\u{2028}' | '\u{85}') {
                i = self.line_break(i);
                prev_space = true;
                continue;
            }
            if c == '\u{2029}' {
                self.cut(i);
                i += c.len_utf8();
                prev_space = true;
                continue;
            }
            if is_space(c) {
                prev_space = true;
                i += c.len_utf8();
                continue;
            }
            if prev_space && is_bullet(c) {
                self.cut(i);
            }
            prev_space = false;
            self.note(i);
            if is_terminal_char(c) {
                i = self.terminal(i);
            } else {
                i += c.len_utf8();
            }
        }
    }

    /// Separators, emoticons, addresses, timestamps and the like at the
    /// start of a token. Returns where to resume if it consumed the token.
    fn token_start(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let n = separator_len(t, i);
        if n > 0 {
            self.cut(i);
            self.note(i);
            self.cut(i + n);
            return Some(i + n);
        }
        let e = emoticon_len(t, i);
        if e > 0 {
            self.note(i);
            let (q, lines) = skip_space(t, i + e);
            if q < t.len() && lines < 2 {
                let inner = skip_openers(t, q);
                let w = word_at(t, inner);
                if starts_upper(w) || inner > q {
                    self.cut(i + e);
                }
            }
            return Some(i + e);
        }
        // The signature delimiter `-- ` opening a sentence stands alone.
        if t[i..].starts_with("-- ") && self.first.is_none() {
            self.note(i);
            let (q, _) = skip_space(t, i + 2);
            if starts_upper(word_at(t, q)) {
                self.cut(i + 2);
            }
            return Some(i + 2);
        }
        let b = t.as_bytes()[i];
        if b.is_ascii_digit() {
            if let Some(end) = timestamp_end(t, i) {
                // `Jane Doe 08/16/2000 12:05 PM I just wanted…` (an e-mail header
                // flattened into one line), but not `… sent on 08/16/2000 …`.
                let before = t[..i].trim_end_matches(is_space);
                let prev = &before[token_start_before(before, before.len(), WORD_WINDOW)..];
                let inside = starts_lower(prev) && prev.chars().all(char::is_alphabetic);
                if !inside {
                    self.cut(i);
                }
                self.note(i);
                let (q, lines) = skip_space(t, end);
                // A header line ends after the time; a time inside a sentence
                // (`posted on … 12:05 PM by Jane`) ends it only before a capital.
                let next_ok = |c: char| if inside { c.is_uppercase() } else { c.is_alphanumeric() || is_opener(c) };
                if q > end && lines < 2 && char_at(t, q).is_some_and(next_ok) {
                    self.cut(end);
                }
                return Some(end);
            }
        }
        if let Some((core_end, end)) = address_end(t, i) {
            // A URL or e-mail address: its full stops are not boundaries, and a
            // capitalized word after it starts a new sentence.
            self.note(i);
            if end == core_end {
                let (q, lines) = skip_space(t, end);
                if q > end && lines < 2 {
                    let inner = skip_openers(t, q);
                    let w = word_at(t, inner);
                    let url = !t[i..end].contains('@');
                    if (starts_upper(w) && w != "I") || (url && address_end(t, q).is_some()) {
                        self.cut(end);
                    }
                }
                return Some(end);
            }
            return Some(core_end);
        }
        None
    }

    /// At `,` or ` - `: a salutation or valediction that opens the sentence
    /// (`Greg, I faxed you…`, `Regards, Jane`, `Vince - Thanks for…`).
    fn salutation(&mut self, i: usize, after: usize) {
        let t = self.t;
        let f = match self.first {
            Some(f) if f < i && i - f <= 40 => f,
            _ => return,
        };
        let head = t[f..i].trim_end_matches(is_space);
        let is_valediction = |w: &str| contains_lower(self.rules.valedictions, w);
        let mut words = 0;
        for w in head.split([' ', ',']).filter(|w| !w.is_empty()) {
            words += 1;
            let ok = w == "and"
                || is_valediction(w)
                || (starts_upper(w) && w.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '.'));
            if !ok || words > 4 || (w.len() > 1 && w.chars().all(char::is_uppercase)) {
                return;
            }
        }
        let (q, lines) = skip_space(t, after);
        if q == after || lines >= 2 || q >= t.len() {
            return;
        }
        let next = word_at(t, skip_openers(t, q));
        if !starts_upper(next) {
            return;
        }
        let last = head.rsplit([' ', ',']).next().unwrap_or("");
        let first_word = head.split([' ', ',']).next().unwrap_or("");
        let greeting = contains_lower(self.rules.greetings, first_word);
        let dash = t.as_bytes()[i] == b'-';
        if dash {
            // `Vince - Thanks for the message`
            let opener =
                with_lower(first_word, self.rules.sentence_openers).unwrap_or(true) || first_word.ends_with("ly");
            if !opener || greeting {
                self.cut(after);
            }
        } else if greeting || is_valediction(last) {
            // `Hi, Yes it is`, `Best regards, Jane`
            self.cut(after);
        }
    }

    /// At `)`: a sentence that is only a parenthetical, like a source
    /// (`(BBC) The militant…`, `(AP) Officials said…`).
    fn parenthetical(&mut self, i: usize) {
        let t = self.t;
        // Not a dateline opening the text (`(CNN) An airliner…`): the document
        // model strips that from its first sentence.
        let f = match self.first {
            Some(f) if f < i && i - f <= 80 && t.as_bytes()[f] == b'(' && !self.cuts.is_empty() => f,
            _ => return,
        };
        if t[f + 1..i].contains(['(', ')', '.', '!', '?']) || is_marker_at(t, f) {
            return;
        }
        let (q, lines) = skip_space(t, i + 1);
        if q == i + 1 || lines >= 2 || q >= t.len() {
            return;
        }
        let inner = skip_openers(t, q);
        if starts_upper(word_at(t, inner)) || inner > q {
            self.cut(i + 1);
        }
    }

    // -- line breaks -------------------------------------------------------

    fn line_break(&mut self, i: usize) -> usize {
        let t = self.t;
        let (q, lines) = skip_space(t, i);
        if q >= t.len() {
            return q;
        }
        let ends = |first| {
            let line = LineBreak { sentence_start: first, line_start: self.line_start, at: i, next_line: q };
            line.ends_sentence(t, self.rules, self.wrap_width)
        };
        if lines >= 2 || self.first.is_some_and(ends) {
            self.cut(i);
        }
        self.line_start = q;
        q
    }

    // -- terminal punctuation ----------------------------------------------

    /// Handles the cluster of terminal punctuation starting at `i`; returns
    /// where to resume.
    fn terminal(&mut self, i: usize) -> usize {
        let t = self.t;
        let cluster = Cluster::scan(t, i);
        // An omission (`[...]`) or the full stop of a list marker (`2.` in
        // `… 2. The second item`) ends nothing.
        if cluster.is_omission(t) || (cluster.marks == 1 && self.lists.is_marker_dot(i)) {
            return cluster.end;
        }
        let k = cluster.closed_end;
        if k >= t.len() {
            return k;
        }
        if cluster.hard {
            self.cut(k);
            return k;
        }
        let (q, lines) = skip_space(t, k);
        if q == k {
            // No space after: `end.Next`, but not `3.5`, `U.S.A`, `example.com`.
            if cluster.closers == 0 && cluster.marks == 1 && missing_space(t, i, cluster.end) {
                self.cut(cluster.end);
                return cluster.end;
            }
            return k;
        }
        if q >= t.len() {
            return k;
        }
        if lines >= 2 {
            self.cut(k);
            return k;
        }
        match Terminal::new(t, self.rules, cluster, q, self.first).decide() {
            Some(pos) if pos < k => {
                self.cut_before(pos, k);
                k
            }
            Some(pos) => {
                self.cut(pos);
                pos.max(k)
            }
            None => k,
        }
    }
}
