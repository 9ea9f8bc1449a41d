//! Lists written inline: `1.) The first item 2.) The second item`,
//! `a) … b) … c) …`, `(i) … (ii) …`. A marker counts only in a chain of
//! consecutive numbers or letters of one style, so `for 1. above … for 2.
//! above` is a list but `Jane B. Smith` or a lone `3.` is not. One linear
//! pre-pass finds them all.

use crate::text::normalize::is_space;

use super::chars::is_bullet;
use super::cursor::{
    char_at, char_before, skip_openers, skip_space, starts_upper, token_start_before, word_at, WORD_WINDOW,
};
use super::scan::{find_byte, has_byte, has_non_ascii};

/// How a marker counts: `1`, `a`, `A`, `i`, `I`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Count {
    Number,
    Lower,
    Upper,
    LowerRoman,
    UpperRoman,
}

/// The punctuation of a marker; markers chain only with their own style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// `1.`
    Dot,
    /// `1)`
    Paren,
    /// `1.)`
    DotParen,
    /// `(1)`
    Enclosed,
}

#[derive(Debug, PartialEq, Eq)]
struct Marker {
    /// Where a sentence starts if the marker is part of a list (its bullet,
    /// if it has one).
    cut: usize,
    /// Position of the marker's own full stop, if it has one.
    dot: Option<usize>,
    /// Its value in each way it can count (`i` is a letter and a Roman one).
    counts: [Option<(Count, u32)>; 2],
    style: Style,
    /// End of the marker itself.
    end: usize,
}

impl Marker {
    fn counts(&self) -> impl Iterator<Item = (Count, u32)> + '_ {
        self.counts.iter().flatten().copied()
    }
}

/// The value of a lowercase or uppercase Roman numeral below 40.
fn roman_value(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c.to_ascii_lowercase() {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            'c' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0 && total < 40).then_some(total)
}

/// Parses a list marker at `i` (the start of a token): `1.`, `2)`, `3.)`,
/// `a.`, `(b)`, `iv)`, optionally after a bullet. Returns it if the item
/// text after it starts plausibly.
fn parse_marker(t: &str, i: usize) -> Option<Marker> {
    let b = t.as_bytes();
    let cut = i;
    let mut p = i;
    if let Some(c) = char_at(t, p) {
        if is_bullet(c) {
            p += c.len_utf8();
            while p < b.len() && b[p] == b' ' && p < i + 8 {
                p += 1;
            }
        }
    }
    let paren = b.get(p) == Some(&b'(');
    if paren {
        p += 1;
    }
    let body_start = p;
    while p < b.len() && b[p].is_ascii_alphanumeric() && p - body_start < 5 {
        p += 1;
    }
    let body = &t[body_start..p];
    if body.is_empty() {
        return None;
    }
    let (style, dot) = if paren {
        if b.get(p) != Some(&b')') {
            return None;
        }
        p += 1;
        (Style::Enclosed, None)
    } else if b.get(p) == Some(&b'.') && b.get(p + 1) == Some(&b')') {
        p += 2;
        (Style::DotParen, Some(p - 2))
    } else if b.get(p) == Some(&b')') {
        p += 1;
        (Style::Paren, None)
    } else if b.get(p) == Some(&b'.') {
        p += 1;
        (Style::Dot, Some(p - 1))
    } else {
        return None;
    };
    // Followed by white space, then the item text.
    let (q, _) = skip_space(t, p);
    if q == p || q >= b.len() {
        return None;
    }
    let item = word_at(t, skip_openers(t, q));
    if item.is_empty() {
        return None;
    }
    let item_upper = starts_upper(item);
    let mut counts = [None; 2];
    if body.bytes().all(|c| c.is_ascii_digit()) {
        // `3. the` or `2012. The` read as a sentence ending in a number.
        if body.len() > 3 || (!item_upper && !matches!(style, Style::Paren | Style::DotParen)) {
            return None;
        }
        counts[0] = Some((Count::Number, body.parse().ok()?));
    } else if body.bytes().all(|c| c.is_ascii_alphabetic()) {
        let lower = body.bytes().all(|c| c.is_ascii_lowercase());
        let upper = body.bytes().all(|c| c.is_ascii_uppercase());
        if !lower && !upper {
            return None;
        }
        // A single letter after a capitalized word is an initial (Jane B. Smith).
        if style == Style::Dot {
            let before = t[..i].trim_end_matches(is_space);
            let prev = &before[token_start_before(before, before.len(), WORD_WINDOW)..];
            if starts_upper(prev) && prev.chars().all(char::is_alphabetic) {
                return None;
            }
        }
        let mut n = 0;
        if body.len() == 1 {
            let v = (body.as_bytes()[0].to_ascii_lowercase() - b'a' + 1) as u32;
            counts[n] = Some((if lower { Count::Lower } else { Count::Upper }, v));
            n += 1;
        }
        if let Some(v) = roman_value(body) {
            counts[n] = Some((if lower { Count::LowerRoman } else { Count::UpperRoman }, v));
            n += 1;
        }
        if n == 0 {
            return None;
        }
    } else {
        return None;
    }
    Some(Marker { cut, dot, counts, style, end: p })
}

/// Does a list item start at `i` (a bullet, a dash, a marker like `1.`)?
pub(super) fn starts_list_item(t: &str, i: usize) -> bool {
    let c = match char_at(t, i) {
        Some(c) => c,
        None => return false,
    };
    if is_bullet(c) {
        return true;
    }
    if matches!(c, '-' | '*' | '+' | '–' | '—' | '>') {
        return char_at(t, i + c.len_utf8()).is_some_and(|d| d == ' ' || d == '\t');
    }
    parse_marker(t, i).is_some()
}

/// Is there a list marker (`1.`, `(b)`, `• iv)`) at `i`?
pub(super) fn is_marker_at(t: &str, i: usize) -> bool {
    parse_marker(t, i).is_some()
}

/// Where a list marker may start, in increasing order: the start of a token
/// (after white space or at the start of the text) that is `(`, a bullet,
/// or at most 5 ASCII letters or digits followed by `.` or `)`. The scan
/// stops only at `.`, `)`, `(` and non-ASCII characters (rare in most texts),
/// so runs of words and spaces go by at the speed of a byte search.
fn marker_candidates(t: &str) -> impl Iterator<Item = usize> + '_ {
    let b = t.as_bytes();
    let token_start = move |s: usize| s == 0 || char_before(t, s).is_some_and(is_space);
    let mut i = 0usize;
    std::iter::from_fn(move || {
        while i < b.len() {
            let may_hold = |w| has_byte(w, b'.') || has_byte(w, b')') || has_byte(w, b'(') || has_non_ascii(w);
            let p = find_byte(b, i, may_hold, |x| matches!(x, b'.' | b')' | b'(') || x >= 0xc0)?;
            i = p + 1;
            match b[p] {
                b'(' if token_start(p) => return Some(p),
                b'.' | b')' => {
                    // The body before it: 1 to 5 letters or digits, no more.
                    let body = b[p.saturating_sub(6)..p].iter().rev().take_while(|x| x.is_ascii_alphanumeric()).count();
                    if (1..=5).contains(&body) && token_start(p - body) {
                        return Some(p - body);
                    }
                }
                x if x >= 0xc0 && char_at(t, p).is_some_and(is_bullet) && token_start(p) => return Some(p),
                _ => {}
            }
        }
        None
    })
}

/// The markers of the inline lists of a text, found in one pass.
pub(super) struct InlineLists {
    /// Where each item starts a sentence, sorted.
    starts: Vec<usize>,
    /// The markers' own full stops (`2.`), which end no sentence, sorted.
    dots: Vec<usize>,
    /// The first start not yet handed out by `next_start_up_to`.
    next: usize,
}

impl InlineLists {
    /// Finds the markers followed or preceded (within a bounded distance)
    /// by the next or previous marker of the same count and style.
    pub(super) fn find(t: &str) -> InlineLists {
        const MAX_GAP: usize = 1500;
        let mut markers: Vec<(Marker, bool)> = Vec::new();
        // Last marker seen per (count, style): index into `markers` and value.
        let mut last: [[Option<(usize, u32)>; 4]; 5] = [[None; 4]; 5];
        let mut skip_until = 0usize;
        for i in marker_candidates(t) {
            if i < skip_until {
                continue;
            }
            if let Some(m) = parse_marker(t, i) {
                let idx = markers.len();
                let mut chained = false;
                for (count, v) in m.counts() {
                    if let Some((j, pv)) = last[count as usize][m.style as usize] {
                        if pv + 1 == v && m.cut - markers[j].0.cut <= MAX_GAP {
                            markers[j].1 = true;
                            chained = true;
                        }
                    }
                }
                for (count, v) in m.counts() {
                    last[count as usize][m.style as usize] = Some((idx, v));
                }
                skip_until = m.end;
                markers.push((m, chained));
            }
        }
        let chained = || markers.iter().filter(|(_, chained)| *chained).map(|(m, _)| m);
        InlineLists {
            starts: chained().map(|m| m.cut).collect(),
            dots: chained().filter_map(|m| m.dot).collect(),
            next: 0,
        }
    }

    /// The next item start at or before `pos` not returned before (the scan
    /// asks with increasing positions).
    pub(super) fn next_start_up_to(&mut self, pos: usize) -> Option<usize> {
        let start = *self.starts.get(self.next).filter(|&&s| s <= pos)?;
        self.next += 1;
        Some(start)
    }

    /// The first start not yet handed out, if any.
    pub(super) fn peek_start(&self) -> Option<usize> {
        self.starts.get(self.next).copied()
    }

    /// Is the full stop at `i` a list marker's own?
    pub(super) fn is_marker_dot(&self, i: usize) -> bool {
        self.dots.binary_search(&i).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::test_table::{check, sentences};

    #[test]
    fn roman_numerals() {
        check(
            &[
                ("one", "i", Some(1)),
                ("four", "iv", Some(4)),
                ("nine, uppercase", "IX", Some(9)),
                ("thirty-nine", "xxxix", Some(39)),
                ("forty is too many for a list", "xl", None),
                ("not a numeral", "ivy", None),
                ("empty", "", None),
            ],
            |&s| roman_value(s),
        );
    }

    #[test]
    fn markers() {
        type Parsed = Option<(Style, Vec<(Count, u32)>, Option<usize>, usize)>;
        let parse = |t: &&str| -> Parsed { parse_marker(t, 0).map(|m| (m.style, m.counts().collect(), m.dot, m.end)) };
        check(
            &[
                ("number and full stop", "1. The", Some((Style::Dot, vec![(Count::Number, 1)], Some(1), 2))),
                ("number and parenthesis", "2) the", Some((Style::Paren, vec![(Count::Number, 2)], None, 2))),
                ("both", "3.) The", Some((Style::DotParen, vec![(Count::Number, 3)], Some(1), 3))),
                ("enclosed letter", "(b) the", Some((Style::Enclosed, vec![(Count::Lower, 2)], None, 3))),
                (
                    "i is a letter and a Roman numeral",
                    "i) the",
                    Some((Style::Paren, vec![(Count::Lower, 9), (Count::LowerRoman, 1)], None, 2)),
                ),
                ("Roman numeral", "IV. The", Some((Style::Dot, vec![(Count::UpperRoman, 4)], Some(2), 3))),
                ("after a bullet", "• 1) the", Some((Style::Paren, vec![(Count::Number, 1)], None, 6))),
                ("number and full stop before lowercase", "3. the", None),
                ("a year", "2012. The", None),
                ("mixed case", "Ab) the", None),
                ("a word is no letter", "ab) the", None),
                ("letters and digits", "a1) the", None),
                ("nothing after", "1.", None),
                ("no space after", "1.The", None),
                ("no item text", "1. ...", None),
                ("no closing parenthesis", "(b the", None),
            ],
            parse,
        );
    }

    #[test]
    fn an_initial_is_no_marker() {
        check(
            &[
                ("after a capitalized name", ("Jane B. Smith", 5), false),
                ("after a lowercase word", ("see B. Smith", 4), true),
                ("with a parenthesis", ("Jane B) Smith", 5), true),
            ],
            |&(t, i)| is_marker_at(t, i),
        );
    }

    #[test]
    fn list_items() {
        check(
            &[
                ("bullet", "• item", true),
                ("dash and space", "- item", true),
                ("em dash and space", "— item", true),
                ("quote mark", "> quoted", true),
                ("asterisk and tab", "*\titem", true),
                ("dash glued to a word", "-item", false),
                ("marker", "a) item", true),
                ("a word", "item", false),
                ("empty", "", false),
            ],
            |&t| starts_list_item(t, 0),
        );
    }

    #[test]
    fn chains_of_markers() {
        let find = |t: &&str| {
            let lists = InlineLists::find(t);
            (lists.starts, lists.dots)
        };
        check(
            &[
                ("numbers with full stop and parenthesis", "1.) The first 2.) The second", (vec![0, 14], vec![1, 15])),
                ("letters", "a) one b) two c) three", (vec![0, 7, 14], vec![])),
                ("a lone marker", "see 1. Above all", (vec![], vec![])),
                ("not consecutive", "1) one 3) three", (vec![], vec![])),
                ("different styles do not chain", "1) one 2. Two", (vec![], vec![])),
                ("Roman numerals", "(i) one (ii) two", (vec![0, 8], vec![])),
                ("too far apart", &*format!("1) one {} 2) two", "x".repeat(1600)), (vec![], vec![])),
            ],
            find,
        );
    }

    #[test]
    fn inline_lists_split() {
        check(
            &[
                (
                    "numbered items",
                    "1.) The first item 2.) The second item",
                    vec!["1.) The first item", "2.) The second item"],
                ),
                ("lettered items", "I need a) eggs b) milk c) bread", vec!["I need", "a) eggs", "b) milk", "c) bread"]),
                ("a reference is no list", "See item 1. Above all, relax.", vec!["See item 1.", "Above all, relax."]),
                ("an initial is no list", "Jane B. Smith and C. Jones came.", vec!["Jane B. Smith and C. Jones came."]),
            ],
            |&t| sentences(t),
        );
    }
}
