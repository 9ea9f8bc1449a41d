//! Money, percentages, dates, times, quantities, e-mail addresses and URLs:
//! a small grammar over the tagger's tokens rather than a pile of regular
//! expressions (and no regex engine in the WebAssembly module).
//!
//! ```text
//! MONEY    := CUR NUM SCALE? RATE?  |  NUM SCALE? CURWORD RATE?        $12 billion · €3.5m · 12 billion dollars · £2,100 a year
//!           | NUM+SCALE CURWORD?                                        2.7bn  (a number fused with bn/m/k; "2.7bn" alone is MONEY only after CUR or before CURWORD)
//! PERCENT  := NUM ( % | per cent | percent | percentage points )       15% · 15 per cent
//! DATE     := MONTH .? DAY ,? YEAR? | DAY MONTH YEAR? | MONTH YEAR      Nov. 28, 2026 · 28 November · November 2026
//!           | (last|next|this)? WEEKDAY | (last|next|this) (week|month|year)
//!           | the? DECADE | (in|since|by|until|from|during) YEAR | ISO   the 1990s · 2026-11-28
//! TIME     := H:MM (a.m.|p.m.|am|pm)? | H (a.m.|p.m.|am|pm) | noon | midnight     10:30 a.m.
//! QUANTITY := NUM SCALE? UNIT | NUM+UNIT                                5 km · 5km
//! EMAIL, URL: one token (the tokenizer keeps them whole)
//! ```
//! Words before the amount (`nearly`, `about`) are never part of it:
//! `nearly $12 billion` gives `$12 billion`.

use super::tokens::{is_email, is_link};
use super::{EntityType, Mention};
use crate::language::ENGLISH;
use crate::span::Span;

// The rules' words are English's (languages/en.toml), for every text.
const SCALES: &[&str] = ENGLISH.entities.scales;

const CURRENCY_WORDS: &[&str] = ENGLISH.entities.currency_words;

const CURRENCY_SYMBOLS: &[&str] = &["$", "\u{20AC}", "\u{00A3}", "\u{00A5}", "\u{20B9}", "\u{20A9}", "\u{20BD}"];
const CURRENCY_PREFIXES: &[&str] = &["US$", "C$", "A$", "HK$", "NZ$", "S$", "R$", "USD", "EUR", "GBP", "Rs.", "Rs"];

const UNITS: &[&str] = ENGLISH.entities.units;

const MONTHS: &[&str] = ENGLISH.calendar.month_words;

const WEEKDAYS: &[&str] = ENGLISH.calendar.weekday_words;

const RELATIVE: &[&str] = ENGLISH.entities.relative;
const PERIODS: &[&str] = ENGLISH.entities.periods;
const RATES: &[&str] = ENGLISH.entities.rates;
const YEAR_CUES: &[&str] = ENGLISH.entities.year_cues;

fn is_in(list: &[&str], w: &str) -> bool {
    list.binary_search(&w).is_ok()
}

/// A plain number: digits with `,` or `.` separators, starting and ending with a digit.
fn is_number(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_digit()
        && b[b.len() - 1].is_ascii_digit()
        && b.iter().all(|c| c.is_ascii_digit() || *c == b',' || *c == b'.')
        && !s.contains(",,")
        && !s.contains("..")
}

/// A number fused with a word (`2.7bn`, `5km`, `1990s`): (number, suffix).
fn split_number(s: &str) -> Option<(&str, &str)> {
    let end = s.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))?;
    let (n, rest) = s.split_at(end);
    (is_number(n) && rest.starts_with(|c: char| c.is_alphabetic())).then_some((n, rest))
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

struct Cursor<'a> {
    words: Vec<&'a str>,
    lowers: Vec<String>,
}

impl Cursor<'_> {
    fn lw(&self, i: usize) -> &str {
        self.lowers.get(i).map_or("", String::as_str)
    }
    fn w(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }
    /// The end of an optional rate (`a year`, `per share`) at `i`.
    fn rate(&self, i: usize) -> usize {
        if matches!(self.lw(i), "a" | "an" | "per") && is_in(RATES, self.lw(i + 1)) {
            i + 2
        } else {
            i
        }
    }
    /// An optional scale word at `i`.
    fn scale(&self, i: usize) -> usize {
        if is_in(SCALES, self.lw(i)) && self.lw(i).len() > 1 {
            i + 1
        } else {
            i
        }
    }
}

fn is_day(s: &str) -> bool {
    let d = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &s[d.len()..];
    d.len() <= 2
        && !d.is_empty()
        && d.bytes().all(|c| c.is_ascii_digit())
        && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
        && d.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n))
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit()) && s.parse::<u32>().is_ok_and(|y| (1000..=2199).contains(&y))
}

fn is_month(c: &Cursor, i: usize) -> bool {
    let w = c.w(i);
    w.chars().next().is_some_and(char::is_uppercase) && is_in(MONTHS, c.lw(i).trim_end_matches('.'))
}

/// `2026-11-28`, `28/11/2026`, `11/28/26`.
fn is_numeric_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['-', '/']).collect();
    parts.len() == 3
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()))
        && (is_year(parts[0]) || is_year(parts[2]) || parts[2].len() == 2)
        && s.contains(['-', '/'])
        && (s.matches('-').count() == 2 || s.matches('/').count() == 2)
}

/// `10:30`, `9:05`.
fn is_clock(s: &str) -> bool {
    let Some((h, m)) = s.split_once(':') else { return false };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().all(|c| c.is_ascii_digit())
        && m.bytes().all(|c| c.is_ascii_digit())
        && h.parse::<u32>().is_ok_and(|h| h < 24)
        && m.parse::<u32>().is_ok_and(|m| m < 60)
}

fn is_meridiem(s: &str) -> bool {
    matches!(s, "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m")
}

/// Tries every rule at token `i`; returns (type, first token, end token).
fn match_at(c: &Cursor, i: usize) -> Option<(EntityType, usize, usize)> {
    let w = c.w(i);
    let lw = c.lw(i);
    if is_email(w) {
        return Some((EntityType::Email, i, i + 1));
    }
    if is_link(w) {
        return Some((EntityType::Url, i, i + 1));
    }
    // MONEY: currency symbol or prefix first.
    let cur_rest = CURRENCY_SYMBOLS.iter().chain(CURRENCY_PREFIXES).filter_map(|p| w.strip_prefix(p)).find(|rest| {
        rest.is_empty() || is_number(rest) || split_number(rest).is_some_and(|(_, s)| is_in(SCALES, &lower(s)))
    });
    if let Some(rest) = cur_rest {
        let symbol_only = rest.is_empty();
        if !symbol_only {
            // `$12`, `€3.5m` in one token (when not split off).
            let end = if split_number(rest).is_some() { i + 1 } else { c.scale(i + 1) };
            return Some((EntityType::Money, i, c.rate(end)));
        }
        let next = c.w(i + 1);
        if is_number(next) {
            let end = c.scale(i + 2);
            return Some((EntityType::Money, i, c.rate(end)));
        }
        if split_number(next).is_some_and(|(_, s)| is_in(SCALES, &lower(s))) {
            return Some((EntityType::Money, i, c.rate(i + 2)));
        }
        return None;
    }
    if is_number(w) || split_number(w).is_some() {
        let fused = split_number(w);
        let (after, fused_suffix) = match fused {
            Some((_, s)) => (i + 1, Some(lower(s))),
            None => (c.scale(i + 1), None),
        };
        if let Some(s) = &fused_suffix {
            if is_in(UNITS, s) {
                return Some((EntityType::Quantity, i, i + 1));
            }
            if s == "s" && is_year(&w[..w.len() - 1]) {
                let start = if i > 0 && c.lw(i - 1) == "the" { i - 1 } else { i };
                return Some((EntityType::Date, start, i + 1));
            }
            if is_meridiem(s) && fused.is_some_and(|(n, _)| n.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))) {
                return Some((EntityType::Time, i, i + 1));
            }
            if !is_in(SCALES, s) {
                return None;
            }
        }
        let lw_after = c.lw(after);
        if is_in(CURRENCY_WORDS, lw_after) {
            return Some((EntityType::Money, i, c.rate(after + 1)));
        }
        if fused_suffix.is_none() {
            if lw_after == "%" || lw_after == "percent" || lw_after == "pct" {
                return Some((EntityType::Percent, i, after + 1));
            }
            if lw_after == "per" && c.lw(after + 1) == "cent" {
                return Some((EntityType::Percent, i, after + 2));
            }
            if lw_after == "percentage" && c.lw(after + 1) == "points" {
                return Some((EntityType::Percent, i, after + 2));
            }
            if is_in(UNITS, lw_after) && !(lw_after == "pounds" && after > i + 1) {
                // `square` needs its unit after it.
                if lw_after == "square" || lw_after == "sq" {
                    return is_in(UNITS, c.lw(after + 1)).then_some((EntityType::Quantity, i, after + 2));
                }
                return Some((EntityType::Quantity, i, after + 1));
            }
        }
        // Dates starting with a day: 28 November (2026).
        if is_day(w) && is_month(c, i + 1) {
            let end = if is_year(c.w(i + 2)) { i + 3 } else { i + 2 };
            return Some((EntityType::Date, i, end));
        }
        if is_year(w) && i > 0 && is_in(YEAR_CUES, c.lw(i - 1)) {
            return Some((EntityType::Date, i, i + 1));
        }
        return None;
    }
    if is_numeric_date(w) {
        return Some((EntityType::Date, i, i + 1));
    }
    if is_clock(w) {
        let end = if is_meridiem(c.lw(i + 1)) { i + 2 } else { i + 1 };
        return Some((EntityType::Time, i, end));
    }
    if lw == "noon" || lw == "midnight" {
        return Some((EntityType::Time, i, i + 1));
    }
    if is_month(c, i) {
        // Nov. 28, 2026 · November 28 · November 2026
        let mut j = i + 1;
        if c.w(j) == "." {
            j += 1;
        }
        if is_day(c.w(j)) {
            let mut end = j + 1;
            if c.w(end) == "," && is_year(c.w(end + 1)) {
                end += 2;
            } else if is_year(c.w(end)) {
                end += 1;
            }
            return Some((EntityType::Date, i, end));
        }
        if is_year(c.w(j)) {
            return Some((EntityType::Date, i, j + 1));
        }
        return None;
    }
    if is_in(RELATIVE, lw) {
        let next = c.lw(i + 1);
        if (is_in(WEEKDAYS, next) && c.w(i + 1).starts_with(char::is_uppercase)) || is_in(PERIODS, next) {
            return Some((EntityType::Date, i, i + 2));
        }
        return None;
    }
    if is_in(WEEKDAYS, lw) && w.starts_with(char::is_uppercase) {
        return Some((EntityType::Date, i, i + 1));
    }
    if matches!(lw, "yesterday" | "tomorrow") {
        return Some((EntityType::Date, i, i + 1));
    }
    if lw == "the" {
        let next = c.w(i + 1);
        if next.len() == 5 && next.ends_with('s') && is_year(&next[..4]) && next[..4].ends_with('0') {
            return Some((EntityType::Date, i, i + 2));
        }
    }
    None
}

/// Finds rule-based mentions among one sentence's tokens.
pub fn find(text: &str, tokens: &[Span], out: &mut Vec<Mention>) {
    let words: Vec<&str> = tokens.iter().map(|t| t.slice(text)).collect();
    let lowers: Vec<String> = words.iter().map(|w| lower(w)).collect();
    let c = Cursor { words, lowers };
    let mut i = 0;
    while i < tokens.len() {
        match match_at(&c, i) {
            Some((kind, a, b)) if b > a && b <= tokens.len() => {
                let b = if c.w(b - 1) == "." && b - 1 > a { b - 1 } else { b };
                out.push(Mention::new(text, kind, Span::new(tokens[a].start, tokens[b - 1].end)));
                i = b.max(i + 1);
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> Vec<(EntityType, String)> {
        let mut toks = Vec::new();
        crate::entities::tokens::tokenize(s, Span::new(0, s.len()), &mut toks);
        let mut out = Vec::new();
        find(s, &toks, &mut out);
        out.into_iter().map(|m| (m.kind, m.span.text)).collect()
    }

    #[test]
    fn fused_amounts() {
        assert_eq!(
            run("It cost £2.7bn in 2019."),
            [(EntityType::Money, "£2.7bn".to_string()), (EntityType::Date, "2019".to_string())]
        );
        assert_eq!(run("at 10:30 a.m. sharp"), [(EntityType::Time, "10:30 a.m.".to_string())]);
    }
}
