//! The one left-to-right pass over the bytes of a text: it tracks where the
//! current sentence and line start, and asks the other modules at each line
//! break, terminal mark, special token, comma or closing parenthesis whether
//! a sentence ends there.

use crate::text::normalize::is_space;

use super::chars::{is_bullet, is_terminal_char};
use super::cluster::Cluster;
use super::cursor::{char_at, char_before, skip_openers, skip_space, starts_lower, starts_upper, word_at};
use super::lines::LineBreak;
use super::lists::InlineLists;
use super::openings::{ends_parenthetical, ends_salutation};
use super::rules::Rules;
use super::special::special_token;
use super::terminal::Terminal;
use super::tokens::missing_space;
use super::wrap::wrap_width;

/// The state of the one left-to-right pass over a text.
pub(super) struct Segmenter<'t> {
    t: &'t str,
    rules: &'t Rules,
    cuts: Vec<usize>,
    /// First non-space character of the current sentence, once seen.
    first: Option<usize>,
    /// First non-space character of the current line.
    line_start: usize,
    /// The inline lists of the text, found before the pass.
    lists: InlineLists,
    /// The line width if the text is hard-wrapped.
    wrap_width: Option<usize>,
}

impl<'t> Segmenter<'t> {
    pub(super) fn new(t: &'t str, rules: &'t Rules) -> Segmenter<'t> {
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
            crate::document::reserve_projected(&mut self.cuts, 1, pos, self.t.len());
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

    /// The current sentence has content at `i` (its start, if it had none).
    fn note(&mut self, i: usize) {
        if self.first.is_none() {
            self.first = Some(i);
        }
    }

    /// Finds the sentence boundaries: byte offsets, in increasing order.
    pub(super) fn run(mut self) -> Vec<usize> {
        let t = self.t;
        let b = t.as_bytes();
        let mut i = 0usize;
        let mut prev_space = true;
        // The next inline-list item start not handed out yet (MAX: none).
        let mut list_start = self.lists.peek_start().unwrap_or(usize::MAX);
        while i < b.len() {
            if list_start <= i {
                while let Some(p) = self.lists.next_start_up_to(i) {
                    self.cut(p);
                }
                list_start = self.lists.peek_start().unwrap_or(usize::MAX);
            }
            let x = b[i];
            if x == b'\n' || x == b'\r' {
                i = self.line_break(i);
                prev_space = true;
                continue;
            }
            if prev_space && x.is_ascii_alphabetic() {
                if let Some(end) = self.plain_word_end(i) {
                    // The fast path: a plain word decides nothing, unless it
                    // is a short capitalized word a language lists as an
                    // article that starts a sentence run on from a headline.
                    if x.is_ascii_uppercase() && end - i <= 3 && self.rules.has_headline_articles() {
                        self.headline_article(i, end);
                    }
                    self.note(i);
                    i = end;
                    prev_space = false;
                    continue;
                }
            }
            if x < 0x80 {
                if matches!(x, b' ' | b'\t' | 0x0b | 0x0c) {
                    // A run of spaces decides nothing (no item starts in it).
                    prev_space = true;
                    i += 1 + b[i + 1..].iter().take_while(|c| matches!(c, b' ' | b'\t' | 0x0b | 0x0c)).count();
                    continue;
                }
                if prev_space {
                    prev_space = false;
                    if let Some(token) = special_token(t, i, self.first.is_some()) {
                        if token.cut_before {
                            self.cut(i);
                        }
                        self.note(i);
                        if token.cut_after {
                            self.cut(token.end);
                        }
                        i = token.end;
                        continue;
                    }
                }
                self.note(i);
                match x {
                    b'.' | b'!' | b'?' => i = self.terminal(i),
                    b',' => {
                        self.salutation(i);
                        i += 1;
                    }
                    b'-' if b.get(i + 1) == Some(&b' ') && i > 0 && b[i - 1] == b' ' => {
                        self.salutation(i);
                        i += 1;
                    }
                    b')' => {
                        self.parenthetical(i);
                        i += 1;
                    }
                    b';' => {
                        self.semicolon(i);
                        i += 1;
                    }
                    b':' if self.rules.colon_before_quote() => {
                        self.colon(i);
                        i += 1;
                    }
                    // The rest of a run of letters and digits inside a token
                    // decides nothing either, up to an item start.
                    x if x.is_ascii_alphanumeric() => {
                        let run = b[i + 1..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                        i = (i + 1 + run).min(list_start);
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
        self.cuts
    }

    /// The end of the word starting at `i` (after white space) if it is a
    /// plain word: ASCII letters and digits followed by a space or tab, so
    /// nothing in it or at its start can be a boundary (no punctuation, no
    /// special token, no list marker). Most of a text is such words; the
    /// byte-by-byte path would look at each byte and try every special token.
    fn plain_word_end(&self, i: usize) -> Option<usize> {
        let b = self.t.as_bytes();
        let len = b[i..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        let end = i + len;
        let spaced = matches!(b.get(end), Some(b' ' | b'\t'));
        // `xD` is an emoticon (the only one made of letters); a list marker
        // may start inside the run.
        let emoticon = len == 2 && matches!(&b[i..end], b"xD" | b"XD");
        let plain = spaced && !emoticon && self.lists.peek_start().is_none_or(|p| p >= end);
        plain.then_some(end)
    }

    /// At `,` or ` - `: ends a salutation or valediction.
    fn salutation(&mut self, i: usize) {
        if self.first.is_some_and(|f| ends_salutation(self.t, self.rules, f, i)) {
            self.cut(i + 1);
        }
    }

    /// At `;`: ends the sentence before a capitalized sentence opener, in a
    /// language that writes lowercase after a semicolon.
    fn semicolon(&mut self, i: usize) {
        if !self.rules.semicolon_before_opener() || self.first.is_none() {
            return;
        }
        let (next, _) = skip_space(self.t, i + 1);
        let word = word_at(self.t, skip_openers(self.t, next));
        if next > i + 1 && starts_upper(word) && self.rules.is_sentence_opener(word) {
            self.cut(i + 1);
        }
    }

    /// At a capitalized article (`t[i..end]`) between a word and a lowercase
    /// word: ends the headline run into the sentence it starts, which the
    /// language's file says its articles mark (Portuguese `…começa com
    /// desfiles O shopping West Plaza…`). Not before a continuation (`Plano A
    /// e B`) nor after punctuation or a line break, which decide on their own.
    fn headline_article(&mut self, i: usize, end: usize) {
        let t = self.t;
        let (next, lines) = skip_space(t, end);
        if lines > 0 || self.first.is_none() || !self.rules.is_headline_article(&t[i..end]) {
            return;
        }
        let following = word_at(t, next);
        if !starts_lower(following) || self.rules.is_continuation(following) {
            return;
        }
        let before = t[..i].trim_end_matches([' ', '\t']).len();
        if char_before(t, before).is_some_and(char::is_alphanumeric) {
            self.cut(before);
        }
    }

    /// At `:`: ends the sentence before a quotation that opens with a
    /// capital (Portuguese `…manter a discrição: «Beckenbauer tem…»`), in a
    /// language whose file says a quotation after a colon is a sentence.
    fn colon(&mut self, i: usize) {
        let t = self.t;
        let (q, lines) = skip_space(t, i + 1);
        if q == i + 1 || lines > 0 || self.first.is_none() {
            return;
        }
        let Some(quote) = char_at(t, q).filter(|c| matches!(c, '«' | '“' | '"' | '„')) else {
            return;
        };
        if starts_upper(word_at(t, q + quote.len_utf8())) {
            self.cut(i + 1);
        }
    }

    /// At `)`: ends a sentence that is only a parenthetical.
    fn parenthetical(&mut self, i: usize) {
        let first_sentence = self.cuts.is_empty();
        if self.first.is_some_and(|f| ends_parenthetical(self.t, f, i, first_sentence)) {
            self.cut(i + 1);
        }
    }

    /// At a line break: returns where the next line starts.
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

#[cfg(test)]
mod tests {
    use crate::text::sentences::test_table::{check, sentences};

    #[test]
    fn the_pass() {
        check(
            &[
                ("empty", "", vec![]),
                ("white space only", " \n\t ", vec![]),
                ("one sentence, trimmed", "  One.  ", vec!["One."]),
                ("blank line", "One\n\ntwo", vec!["One", "two"]),
                ("blank line with CR LF", "One\r\n\r\ntwo", vec!["One", "two"]),
                ("paragraph separator", "One\u{2029}two", vec!["One", "two"]),
                ("bullets after white space", "Buy • eggs • milk", vec!["Buy", "• eggs", "• milk"]),
                ("a bullet inside a word", "a•b c", vec!["a•b c"]),
                ("separator line", "One\n***\nTwo", vec!["One", "***", "Two"]),
                ("terminal mark of another script", "Hola. ¿Qué tal? Bien.", vec!["Hola.", "¿Qué tal?", "Bien."]),
                ("hard terminal without space", "好。你好。", vec!["好。", "你好。"]),
                ("missing space", "It ended.Then it began.", vec!["It ended.", "Then it began."]),
                ("list markers cut before", "Steps: 1) mix 2) bake", vec!["Steps:", "1) mix", "2) bake"]),
                ("fast path: an emoticon made of letters", "Loved it xD See you", vec!["Loved it xD", "See you"]),
                (
                    "fast path: words before a tab",
                    "It rained.\tThen\tit stopped.",
                    vec!["It rained.", "Then\tit stopped."],
                ),
                (
                    "fast path: a URL is no plain word",
                    "see www.example.com Next one",
                    vec!["see www.example.com", "Next one"],
                ),
                (
                    "a cut before where the scan resumes",
                    "compounds. . . . The rest",
                    vec!["compounds.", ". . . The rest"],
                ),
            ],
            |&t| sentences(t),
        );
    }
}
