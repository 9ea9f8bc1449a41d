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
mod cursor;
mod lines;
mod lists;
#[cfg(test)]
mod test_table;
mod tokens;
mod wrap;

use self::chars::{is_bullet, is_closer, is_hard_terminal, is_opener, is_terminal_char, is_vowel, is_word_char};
use self::cursor::{
    char_at, char_before, skip_openers, skip_space, starts_lower, starts_upper, token_end_after, token_start_before,
    with_lower, word_at, word_before, WORD_WINDOW,
};
use self::lines::LineBreak;
use self::lists::{is_marker_at, InlineLists};
use self::tokens::{
    address_end, citation_end, emoticon_len, footnote_len, missing_space, separator_len, timestamp_end,
};
use self::wrap::wrap_width;
use crate::span::Span;
use crate::text::abbreviations::{self as abbr, Abbrev};
use crate::text::normalize::is_space;

/// Splits `text` into sentences. Every span is non-empty, trimmed of white
/// space, and the spans are disjoint and in order.
pub fn split(text: &str) -> Vec<Span> {
    let mut seg = Segmenter::new(text);
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

/// What precedes a full stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// Nothing (a full stop after white space).
    Empty,
    /// One to three digits: `1.` (a list marker at the start of a sentence).
    ShortNumber,
    /// Any other number: `600.`, `$100.00.`, `1026.253.553.`
    Number,
    /// A single capital letter: `E.` in `Jonas E. Smith`, `I.`
    Initial(char),
    /// An abbreviation, possibly with inner full stops (`U.S.`, `a.m.`);
    /// `None` for an unknown one.
    Abbr(Option<Abbrev>),
    /// Any other word; `true` if capitalized.
    Word(bool),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    Upper,
    Lower,
    Digit,
    /// Something else: symbols, emoticons, separators.
    Other,
}

struct Segmenter<'t> {
    t: &'t str,
    cuts: Vec<usize>,
    /// First non-space character of the current sentence, once seen.
    first: Option<usize>,
    /// First non-space character of the current line.
    line_start: usize,
    lists: InlineLists,
    wrap_width: Option<usize>,
}

impl<'t> Segmenter<'t> {
    fn new(t: &'t str) -> Segmenter<'t> {
        Segmenter {
            t,
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
        let is_valediction = |w: &str| {
            with_lower(w, |w| {
                matches!(
                    w,
                    "regards"
                        | "sincerely"
                        | "thanks"
                        | "cheers"
                        | "best"
                        | "wishes"
                        | "truly"
                        | "respectfully"
                        | "thx"
                )
            })
            .unwrap_or(false)
        };
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
        let greeting = with_lower(first_word, |w| matches!(w, "hi" | "hello" | "hey" | "dear" | "greetings" | "good"))
            .unwrap_or(false);
        let dash = t.as_bytes()[i] == b'-';
        if dash {
            // `Vince - Thanks for the message`
            let opener = with_lower(first_word, abbr::is_sentence_opener).unwrap_or(true) || first_word.ends_with("ly");
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
            line.ends_sentence(t, self.wrap_width)
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
        let b = t.as_bytes();
        let mut j = i;
        let mut dots = 0usize;
        let mut excl = false;
        let mut ques = false;
        let mut hard = false;
        let mut spaced = false;
        let mut nchars = 0usize;
        let mut first_end = 0usize;
        while let Some(c) = char_at(t, j) {
            if !is_terminal_char(c) {
                // A spaced ellipsis: `. . .`
                if c == ' '
                    && j > i
                    && b[j - 1] == b'.'
                    && b.get(j + 1) == Some(&b'.')
                    && !char_at(t, j + 2).is_some_and(is_word_char)
                {
                    spaced = true;
                    j += 1;
                    continue;
                }
                break;
            }
            match c {
                '.' | '．' => dots += 1,
                '!' | '！' | '‽' | '⁈' | '⁉' => excl = true,
                '?' | '？' | '⁇' | '؟' => ques = true,
                '…' => dots += 3,
                _ => {}
            }
            if is_hard_terminal(c) {
                hard = true;
            }
            j += c.len_utf8();
            nchars += 1;
            if first_end == 0 {
                first_end = j;
            }
        }
        // `[...]`, `(...)`: an omission, not an end.
        if char_before(t, i).is_some_and(|c| c == '[' || c == '(')
            && char_at(t, j).is_some_and(|c| c == ']' || c == ')')
        {
            return j;
        }
        // The full stop of a list marker (`2.` in `… 2. The second item`).
        if nchars == 1 && self.lists.is_marker_dot(i) {
            return j;
        }
        // Closing quotes and brackets, footnote marks: `."`, `.)`, `.[1]`, `”.`
        let mut k = j;
        let mut closers = 0usize;
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
        // A citation number glued to the full stop: `… a consultation.11 12 Take`
        if closers == 0 && dots == 1 && nchars == 1 {
            if let Some(end) = citation_end(t, i, j) {
                k = end;
            }
        }
        if k >= t.len() {
            return k;
        }
        if hard {
            self.cut(k);
            return k;
        }
        let (q, lines) = skip_space(t, k);
        if q == k {
            // No space after: `end.Next`, but not `3.5`, `U.S.A`, `example.com`.
            if closers == 0 && nchars == 1 && missing_space(t, i, j) {
                self.cut(j);
                return j;
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
        let prev_start = token_start_before(t, i, WORD_WINDOW);
        let word_start = skip_openers(t, prev_start).min(i);
        let prev_word = &t[word_start..i];
        let at_start = self.at_sentence_start(prev_start);
        let inner = skip_openers(t, q);
        let next_word = word_at(t, inner);
        let next = match next_word.chars().next() {
            Some(c) if c.is_ascii_digit() || c.is_numeric() => Next::Digit,
            Some(c) if c.is_lowercase() => Next::Lower,
            Some(_) => Next::Upper,
            None => Next::Other,
        };
        let ctx = Ctx { i, j, k, q, inner, next, next_word, closers, at_start, prev_start };

        let decision = if excl || ques {
            self.after_exclamation(&ctx, prev_word, nchars, ques)
        } else if dots >= 2 || spaced {
            self.after_ellipsis(&ctx, prev_word, dots, spaced, first_end)
        } else {
            self.after_full_stop(&ctx, prev_word)
        };
        match decision {
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

    /// Is the token starting at `pos` the first of the current sentence
    /// (allowing a bullet or opening bracket before it)?
    fn at_sentence_start(&self, pos: usize) -> bool {
        match self.first {
            None => true,
            Some(f) if f >= pos => true,
            Some(f) => {
                pos - f <= 8
                    && self.t[f..pos]
                        .chars()
                        .all(|c| is_space(c) || is_bullet(c) || is_opener(c) || c == '-' || c == '*')
            }
        }
    }

    fn after_full_stop(&self, c: &Ctx, prev_word: &str) -> Option<usize> {
        let t = self.t;
        let prev = classify_prev(t, prev_word);
        match c.next {
            Next::Lower => {
                if c.closers > 0 {
                    return None;
                }
                match prev {
                    Prev::Word(_) | Prev::Number | Prev::Empty => Some(c.k),
                    Prev::Abbr(Some(Abbrev::Number)) if is_common_word(prev_word) => Some(c.k),
                    _ => None,
                }
            }
            Next::Upper => match prev {
                Prev::Word(_) | Prev::Number | Prev::Empty => Some(c.k),
                Prev::Abbr(Some(Abbrev::Number)) if !c.at_start => Some(c.k),
                Prev::ShortNumber => (!c.at_start).then_some(c.k),
                Prev::Initial(letter) => {
                    if c.at_start {
                        return None;
                    }
                    let before = word_before(t, c.prev_start);
                    let lower_before = starts_lower(before) || before.starts_with(|ch: char| ch.is_ascii_digit());
                    // `you and I. Did…`, `World War I. The…`, but `Albert I. Jones`.
                    let opener = is_opener_word(c.next_word);
                    ((lower_before && (letter == 'I' || opener)) || (letter == 'I' && opener)).then_some(c.k)
                }
                Prev::Abbr(class) => self.after_abbreviation(c, class),
            },
            Next::Digit => match prev {
                Prev::Word(_) | Prev::Number | Prev::Empty => Some(c.k),
                Prev::ShortNumber => (!c.at_start).then_some(c.k),
                Prev::Abbr(Some(Abbrev::Time | Abbrev::Etc)) => Some(c.k),
                _ => None,
            },
            Next::Other => match prev {
                Prev::Word(_) | Prev::Number | Prev::Empty => self.before_symbol(c),
                Prev::ShortNumber if !c.at_start => self.before_symbol(c),
                _ => None,
            },
        }
    }

    fn after_abbreviation(&self, c: &Ctx, class: Option<Abbrev>) -> Option<usize> {
        if c.at_start {
            return None;
        }
        if self.t[c.q..].starts_with('(') {
            // `10 a.m. (CDT) at…`, `& Co. (cited from…)`
            return is_opener_word(c.next_word).then_some(c.k);
        }
        match class {
            Some(Abbrev::Title | Abbrev::Internal) => None,
            Some(Abbrev::Time) => {
                // `at 5 p.m. ET on Monday`: a time zone continues the sentence.
                let w = c.next_word;
                let zone = (2..=4).contains(&w.len()) && w.ends_with('T') && w.bytes().all(|b| b.is_ascii_uppercase());
                (!zone && !self.prepositional_start(c.prev_start)).then_some(c.k)
            }
            Some(Abbrev::Etc) => Some(c.k),
            _ => is_opener_word(c.next_word).then_some(c.k),
        }
    }

    /// Is the sentence so far (before `pos`) a short phrase opened by a
    /// preposition, like `At 5`?
    fn prepositional_start(&self, pos: usize) -> bool {
        let f = match self.first {
            Some(f) if f < pos && pos - f <= 40 => f,
            _ => return false,
        };
        let mut words = self.t[f..pos].split(is_space).filter(|w| !w.is_empty());
        let first = words.next().unwrap_or("");
        let rest = words.count();
        rest <= 2 && with_lower(first, abbr::is_opening_preposition).unwrap_or(false)
    }

    /// After an ordinary full stop (or `!`, `?`), the next token is a symbol.
    fn before_symbol(&self, c: &Ctx) -> Option<usize> {
        let t = self.t;
        let e = emoticon_len(t, c.q);
        if e > 0 {
            return Some(c.q + e);
        }
        let tok_end = token_end_after(t, c.q, WORD_WINDOW);
        let tok = &t[c.q..tok_end];
        if !tok.is_empty() && tok.chars().all(is_closer) {
            return Some(tok_end);
        }
        let first = tok.chars().next()?;
        match first {
            ',' | ';' | ':' | '%' | '.' | '&' => None,
            '-' | '–' | '—' => {
                // `- Posted…` starts a sentence; `-- and`, `- she` do not.
                if tok.chars().count() == 1 || tok == "--" {
                    let (n, _) = skip_space(t, tok_end);
                    starts_upper(word_at(t, skip_openers(t, n))).then_some(c.k)
                } else {
                    (separator_len(t, c.q) > 0).then_some(c.k)
                }
            }
            _ => Some(c.k),
        }
    }

    fn after_exclamation(&self, c: &Ctx, prev_word: &str, nchars: usize, ques: bool) -> Option<usize> {
        let t = self.t;
        match c.next {
            Next::Lower => {
                if c.closers > 0 || speech_follows(t, c.inner, c.next_word) {
                    return None;
                }
                if ques || nchars >= 2 {
                    return Some(c.k);
                }
                // `Yahoo! in the…`, `ex-Wham! backing singers`: a name with an
                // exclamation mark.
                let name = prev_word.rsplit('-').next().unwrap_or(prev_word);
                (!starts_upper(name)).then_some(c.k)
            }
            Next::Upper => Some(c.k),
            Next::Digit => None,
            Next::Other => self.before_symbol(c),
        }
    }

    fn after_ellipsis(&self, c: &Ctx, prev_word: &str, dots: usize, spaced: bool, first_end: usize) -> Option<usize> {
        let pronoun_i = c.next_word == "I" || c.next_word.starts_with("I'") || c.next_word.starts_with("I’");
        let opens = match c.next {
            Next::Upper => !pronoun_i,
            Next::Other => c.inner > c.q && emoticon_len(self.t, c.q) == 0,
            _ => false,
        };
        if !opens {
            return None;
        }
        if prev_word.is_empty() && c.at_start {
            // The sentence starts with the ellipsis: `. . . The practice…`
            return None;
        }
        if spaced && !prev_word.is_empty() && dots == 4 && c.closers == 0 {
            // `compounds. . . . The`: the sentence ended at the first stop.
            return Some(first_end);
        }
        Some(c.k)
    }
}

/// What the scan knows around a cluster of terminal punctuation.
struct Ctx<'t> {
    /// Start and end of the cluster.
    #[allow(dead_code)]
    i: usize,
    #[allow(dead_code)]
    j: usize,
    /// End of the closing quotes and brackets after it.
    k: usize,
    /// Start of the next token, and of its first word (after openers).
    q: usize,
    inner: usize,
    next: Next,
    next_word: &'t str,
    closers: usize,
    /// The word before the cluster is the first of its sentence.
    at_start: bool,
    /// Start of the token before the cluster.
    prev_start: usize,
}

fn is_opener_word(word: &str) -> bool {
    with_lower(word, abbr::is_sentence_opener).unwrap_or(false)
}

/// `she said`, `he yelled`, `said Alice` after `!` or `?`.
fn speech_follows(t: &str, inner: usize, word: &str) -> bool {
    let (n, _) = skip_space(t, inner + word.len());
    let after = word_at(t, n);
    if with_lower(word, abbr::is_speech_verb).unwrap_or(false) {
        // `said Alice`, `asked the Mouse`
        return starts_upper(after) || matches!(after, "the" | "he" | "she" | "they");
    }
    matches!(word, "he" | "she" | "they" | "we" | "you" | "it" | "i")
        && with_lower(after, abbr::is_speech_verb).unwrap_or(false)
}

/// Abbreviations before numbers that are also ordinary words (`no`, `art`).
fn is_common_word(word: &str) -> bool {
    with_lower(word.trim_start_matches(is_opener), |w| {
        matches!(w, "no" | "art" | "ex" | "op" | "tab" | "cap" | "sec" | "reg" | "div" | "fig" | "para" | "ref" | "ch")
    })
    .unwrap_or(false)
}

/// Classifies the word before a full stop.
fn classify_prev(t: &str, word: &str) -> Prev {
    let _ = t;
    let word = word.trim_start_matches(is_opener);
    if word.is_empty() {
        return Prev::Empty;
    }
    let mut chars = word.chars();
    let c0 = chars.next().unwrap_or(' ');
    let single = chars.next().is_none();
    if word.bytes().all(|b| b.is_ascii_digit()) {
        return if word.len() <= 3 { Prev::ShortNumber } else { Prev::Number };
    }
    if word.chars().any(|c| c.is_ascii_digit())
        && word.chars().all(|c| c.is_ascii_digit() || ".,$€£¥%-/:+#".contains(c))
    {
        return Prev::Number;
    }
    if single && c0.is_uppercase() {
        return Prev::Initial(c0);
    }
    if word.ends_with(['°', 'º']) {
        return Prev::Abbr(Some(Abbrev::Number));
    }
    // Inner full stops: U.S, a.m, Ph.D, e.g; also at the end of a compound
    // (`South Korean-U.S. drills`, `171/U.S.`).
    if word.contains('.') {
        let word = match word.rfind(['-', '/']) {
            Some(p) if word[p + 1..].contains('.') => &word[p + 1..],
            _ => word,
        };
        let segments_ok = word.split('.').all(|s| !s.is_empty() && s.len() <= 3 && s.chars().all(char::is_alphabetic));
        if segments_ok {
            return Prev::Abbr(Some(with_lower(word, abbr::lookup).flatten().unwrap_or(Abbrev::Ambiguous)));
        }
        return Prev::Word(starts_upper(word));
    }
    if let Some(Some(class)) = with_lower(word, abbr::lookup) {
        return Prev::Abbr(Some(class));
    }
    if abbr::is_capitalized_abbreviation(word) {
        return Prev::Abbr(Some(Abbrev::Ambiguous));
    }
    if single && c0.is_lowercase() {
        return Prev::Abbr(None);
    }
    // A short word without vowels that is not an acronym (`BBC`, `MPs`): `govt`,
    // `Dept`, `pkg`.
    let n = word.len();
    if (2..=5).contains(&n)
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && !word.bytes().any(|b| is_vowel(b as char))
        && !word.bytes().skip(1).any(|b| b.is_ascii_uppercase())
    {
        return Prev::Abbr(None);
    }
    Prev::Word(starts_upper(word))
}
