//! The tagger's own tokens: finer than the document's word tokens and close
//! to the CoNLL-2003 conventions the model was trained on. Punctuation is a
//! token of its own, `'s` and `n't` are split off (`Microsoft's` → `Microsoft`
//! `'s`), currency symbols are split from their amount (`$12` → `$` `12`),
//! while abbreviations (`U.S.`, `Inc.`), hyphenated words, numbers with
//! separators (`2,100`, `3.5`), e-mail addresses and URLs stay whole.
//! Every token keeps its exact byte span.

use crate::language::{WordList, ENGLISH};
use crate::span::Span;
use crate::text::normalize::is_space;

/// Abbreviations that keep their final period even at the end of a chunk
/// (languages/en.toml, for every text: the conventions the model learned).
const ABBREVIATIONS: WordList = ENGLISH.tagger_abbreviations;

fn is_lead_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\''
            | '`'
            | '\u{201C}'
            | '\u{2018}'
            | '\u{00AB}'
            | '<'
            | '/'
            | '*'
            | '#'
            | '-'
            | '\u{2013}'
            | '\u{2014}'
            | '$'
            | '\u{20AC}'
            | '\u{00A3}'
            | '\u{00A5}'
            | '~'
            | '\u{2022}'
            | '|'
            | '>'
            | '='
    )
}

fn is_trail_punct(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '"'
            | '\''
            | '\u{201D}'
            | '\u{2019}'
            | '\u{00BB}'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '.'
            | '%'
            | '>'
            | '*'
            | '/'
            | '\u{2026}'
            | '-'
            | '\u{2013}'
            | '\u{2014}'
            | '|'
    )
}

/// True when `s` looks like a URL or an e-mail address.
pub fn is_link(s: &str) -> bool {
    if starts_as_url(s) {
        return s.len() > 8;
    }
    is_email(s)
}

/// True when `s` starts as a URL (`http://`, `https://`, `www.`, in any case): then it is a link
/// if it is longer than 8 bytes, whatever else it holds ([`is_link`]).
pub fn starts_as_url(s: &str) -> bool {
    // Compared in place: no lowercase copy per token (this runs at every token).
    let starts = |p: &str| s.as_bytes().get(..p.len()).is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()));
    starts("http://") || starts("https://") || starts("www.")
}

/// `local@domain.tld` with a plausible local part and domain.
pub fn is_email(s: &str) -> bool {
    // The shortest is `a@b.c`: a shorter token (most words) is not read.
    if s.len() < 5 {
        return false;
    }
    // A byte loop: `find(char)`'s searcher costs more than a short token's bytes ('@' is ASCII).
    let Some(at) = s.bytes().position(|b| b == b'@') else { return false };
    let (local, domain) = (&s[..at], &s[at + 1..]);
    !local.is_empty()
        && local.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
}

/// Splits `text[span]` into tokens, appending their spans to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = span.slice(text);
    // Each chunk between spaces is split once the next one starts (or the
    // text ends): then whether it is the last is known. No list of chunks.
    let mut pending: Option<(usize, usize)> = None;
    let mut start = None;
    // Byte by byte: an ASCII byte is a char of its own, a space when it is
    // ASCII white space (`is_space`'s other chars are none of them ASCII);
    // another char is decoded.
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let (space, next) = if byte < 0x80 {
            (matches!(byte, b' ' | b'\t'..=b'\r'), i + 1)
        } else {
            let Some(c) = s[i..].chars().next() else { break };
            (is_space(c), i + c.len_utf8())
        };
        if space {
            if let Some(st) = start.take() {
                if let Some((a, b)) = pending.replace((st, i)) {
                    split_chunk(s, a, b, false, span.start, out);
                }
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i = next;
    }
    if let Some(st) = start {
        if let Some((a, b)) = pending.replace((st, s.len())) {
            split_chunk(s, a, b, false, span.start, out);
        }
    }
    if let Some((a, b)) = pending {
        split_chunk(s, a, b, true, span.start, out);
    }
}

fn split_chunk(s: &str, mut a: usize, mut b: usize, last: bool, base: usize, out: &mut Vec<Span>) {
    // Leading punctuation, one token each.
    loop {
        let chunk = &s[a..b];
        if is_link(chunk.trim_end_matches(is_trail_punct)) {
            break;
        }
        match chunk.chars().next() {
            Some(c) if is_lead_punct(c) && chunk.len() > c.len_utf8() => {
                out.push(Span::new(base + a, base + a + c.len_utf8()));
                a += c.len_utf8();
            }
            _ => break,
        }
    }
    // Trailing punctuation, peeled from the end (one token each, in order
    // after the rest: `end` is where the chunk ended).
    let end = b;
    loop {
        let chunk = &s[a..b];
        let Some(c) = chunk.chars().next_back() else { break };
        if !is_trail_punct(c) || chunk.len() == c.len_utf8() {
            break;
        }
        if c == '.' && !last {
            // A period inside a sentence ends an abbreviation: keep it.
            break;
        }
        if c == '.' && keeps_period(&chunk[..chunk.len() - 1]) {
            break;
        }
        b -= c.len_utf8();
    }
    // Elisions: `l'`, `d'`, `qu'`, `dell'` before a word are tokens of their own, as in the
    // French and Italian training text (`d'Ousmane Dembélé` is a name after `d'`).
    let e = elision_len(&s[a..b]);
    if e > 0 && !is_link(&s[a..b]) {
        out.push(Span::new(base + a, base + a + e));
        a += e;
    }
    let chunk = &s[a..b];
    if !chunk.is_empty() {
        // Clitics: 's, n't (and curly apostrophes).
        let k = clitic_len(chunk);
        if k > 0 && !is_link(chunk) {
            out.push(Span::new(base + a, base + b - k));
            out.push(Span::new(base + b - k, base + b));
        } else {
            out.push(Span::new(base + a, base + b));
        }
    }
    for (i, c) in s[b..end].char_indices() {
        out.push(Span::new(base + b + i, base + b + i + c.len_utf8()));
    }
}

/// Words that lose their vowel before one that starts with a vowel or `h`
/// (French, Italian), written in lower case; `L'` also at a sentence start.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "dell", "all", "dall", "nell",
    "sull", "coll", "un", "quell", "quest",
];

/// Is this token an elision of its own (`l'`, `d’`, `L'`), as [`tokenize`] splits them off?
pub fn is_elision(token: &str) -> bool {
    // Asked at every token: most are out without the walk over the list.
    let Some(word) = token.strip_suffix(['\'', '\u{2019}']) else { return false };
    word == "L" || ELISIONS.contains(&word)
}

/// The length in bytes of a leading elision with its apostrophe (`l'`, `d’`,
/// `dell'`) when a letter follows, or 0. `D'Angelo` and `O'Brien` are names,
/// not elisions: only lower case counts, and `L'`.
fn elision_len(chunk: &str) -> usize {
    // The first `'` or `’` (E2 80 99), found byte by byte: no char decoded
    // (a chunk without an apostrophe, most of them, is one pass over its bytes).
    let b = chunk.as_bytes();
    let Some(at) = (0..b.len()).find(|&i| b[i] == b'\'' || (b[i] == 0xE2 && b[i + 1..].starts_with(&[0x80, 0x99])))
    else {
        return 0;
    };
    let (word, rest) = chunk.split_at(at);
    let end = at + rest.chars().next().map_or(0, char::len_utf8);
    let next_is_letter = chunk[end..].chars().next().is_some_and(char::is_alphabetic);
    if next_is_letter && word.len() <= 6 && is_elision(&chunk[..end]) {
        end
    } else {
        0
    }
}

/// The length in bytes of a final `'s` or `n't`, or 0.
fn clitic_len(chunk: &str) -> usize {
    let b = chunk.as_bytes();
    let n = b.len();
    if n > 2 && (b[n - 1] | 0x20) == b's' && b[n - 2] == b'\'' {
        return 2;
    }
    if n > 4 && (b[n - 1] | 0x20) == b's' && chunk[..n - 1].ends_with('\u{2019}') {
        return 4;
    }
    if n > 3 && (b[n - 1] | 0x20) == b't' && b[n - 2] == b'\'' && (b[n - 3] | 0x20) == b'n' {
        return 3;
    }
    0
}

/// Does `word` (without its final period) keep the period? Initials and
/// dotted abbreviations (`U.S`, `J`), and the known abbreviations.
fn keeps_period(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut out);
        out.iter().map(|sp| sp.slice(s)).collect()
    }

    #[test]
    fn elisions_are_tokens_of_their_own() {
        assert_eq!(toks("doublé d'Ousmane Dembélé"), ["doublé", "d'", "Ousmane", "Dembélé"]);
        assert_eq!(toks("dans l\u{2019}Hérault"), ["dans", "l\u{2019}", "Hérault"]);
        assert_eq!(toks("L'Assemblée nationale"), ["L'", "Assemblée", "nationale"]);
        assert_eq!(toks("dell'Unione jusqu'à"), ["dell'", "Unione", "jusqu'", "à"]);
        // Names and clitics stay as they were.
        assert_eq!(toks("D'Angelo met O'Brien's"), ["D'Angelo", "met", "O'Brien", "'s"]);
        // A lone `l'` keeps the old split (a closing quote); no letter after `d'`: no elision.
        assert_eq!(toks("rock'n'roll l' d'2"), ["rock'n'roll", "l", "'", "d'2"]);
        assert!(is_elision("l'") && is_elision("d\u{2019}") && is_elision("L'") && is_elision("dell'"));
        assert!(!is_elision("D'") && !is_elision("l") && !is_elision("'") && !is_elision("O'"));
    }

    #[test]
    fn conll_like_tokens() {
        assert_eq!(
            toks("Microsoft's deal (nearly $12 billion)."),
            ["Microsoft", "'s", "deal", "(", "nearly", "$", "12", "billion", ")", "."]
        );
        assert_eq!(toks("The U.S. team won't go."), ["The", "U.S.", "team", "wo", "n't", "go", "."]);
        assert_eq!(
            toks("Mail a.b@c.com or see https://x.org/a."),
            ["Mail", "a.b@c.com", "or", "see", "https://x.org/a", "."]
        );
        assert_eq!(toks("/Article"), ["/", "Article"]);
        assert_eq!(toks("Acme Inc."), ["Acme", "Inc."]);
    }
}
