//! Money, percentages, dates, times, quantities, e-mail addresses and URLs:
//! a small grammar over the tagger's tokens rather than a pile of regular
//! expressions (and no regex engine in the WebAssembly module).
//!
//! [`RULES`] is the grammar: an ordered table of small matchers, one file
//! each, tried at every token; the first that matches takes its tokens and the
//! scan goes on after them, so the cost is linear in the text. Every matcher
//! reads the words of the document's language (`[entities]` and `[calendar]`
//! of `languages/<code>.toml`, through [`Cursor`]); symbols (`$`, `€`, `%`),
//! ISO currency codes, SI unit symbols and shapes (`10:30`, `2026-11-28`) are
//! in the code and the same for every language.
//!
//! ```text
//! MONEY    := CUR AMOUNT SCALE* RATE?                   $12 billion · € 1.200 · R$ 2,5 bilhões · US$40 million
//!           | AMOUNT SCALE* (CUR | LINK? CURWORD) RATE?   12 billion dollars · 3,5 Mio. € · 30 millions d'euros
//!           | AMOUNT SCALE* LINK? CONTEXTUAL             40 million pounds · paid 40 pounds (not "weighs 8.4 pounds")
//! PERCENT  := AMOUNT (% | PERCENTWORD)                   15% · 12,5 % · 15 per cent · 3 Prozentpunkte
//! QUANTITY := AMOUNT SCALE* UNIT | NUMBER+UNIT           5 km · 20kg · 800 pounds · 20 square miles
//! TIME     := CLOCK (MERIDIEM | CLOCKWORD)? | HOUR MARK MINUTES | H+MARK+MM
//!           | HOUR MERIDIEM | CUE HOUR (CLOCKWORD | MARK) | TIMEWORD     10:30 a.m. · 14.30 Uhr · 10 h 30 · 9pm · noon
//! DATE     := DAY LINK? MONTH (LINK? YEAR)? | MONTH .? DAY ,? YEAR? | MONTH LINK? YEAR | CUE MONTH
//!           | RELATIVE (WEEKDAY | PERIOD) | (WEEKDAY | PERIOD) RELATIVE_AFTER | WEEKDAY | DAYWORD
//!           | CUE YEAR | the? DECADE | ISO | d/m/y | d.m.yyyy     Nov. 28, 2026 · 1er janvier 2027 · 15 de marzo de 2026
//! EMAIL, URL: one token (the tokenizer keeps them whole)
//! ```
//! Words before an amount (`nearly`, `about`) are never part of it:
//! `nearly $12 billion` gives `$12 billion`. The context rules of issue 12:
//! a contextual currency word (`pounds`) is money only after a scale or a
//! money cue (`paid`), else a unit; `$0`, `$1` near code words (`argument`,
//! `register`) are not money; a percentage after a player's or progress bar's
//! label at the start of a line (`Loaded: 0%`) is page furniture.

mod date;
mod email;
mod money;
mod percent;
mod quantity;
mod time;
mod url;

use super::{EntityType, Mention};
use crate::hash::HashSet;
use crate::language::{profile, Calendar, EntityWords, Language, Profile, WordList, ENGLISH};
use crate::span::Span;
use std::borrow::Cow;
use std::sync::OnceLock;

/// What a matcher found: a type over tokens `start..end` (`start` is the
/// token it was tried at).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub kind: EntityType,
    pub start: usize,
    pub end: usize,
}

impl Found {
    fn new(kind: EntityType, start: usize, end: usize) -> Option<Found> {
        Some(Found { kind, start, end })
    }
}

/// A matcher: what starts at token `i`, if anything.
type Matcher = fn(&Cursor, usize) -> Option<Found>;

/// The grammar, in the order the rules are tried at each token. The order
/// matters where two could claim the same words: money before quantity
/// (`40 million pounds` is money, `800 pounds` a weight), percentages before
/// quantities, times before dates.
pub(crate) const RULES: &[(&str, Matcher)] = &[
    ("email", email::at),
    ("url", url::at),
    ("money", money::at),
    ("percent", percent::at),
    ("quantity", quantity::at),
    ("time", time::at),
    ("date", date::at),
];

/// The profile whose words the rules use for a document in `language`: its
/// own when its file has `[entities]` words, else English's (as for every
/// text before the languages had their own).
pub fn profile_for(language: Language) -> &'static Profile {
    let own = profile(language);
    if own.entities.currency_words.is_empty() {
        ENGLISH
    } else {
        own
    }
}

/// Finds rule-based mentions among the tokens of one paragraph, with the
/// words of `profile` (see [`profile_for`]).
pub fn find(text: &str, tokens: &[Span], profile: &'static Profile, out: &mut Vec<Mention>) {
    let c = Cursor::new(text, tokens, profile);
    let mut i = 0;
    while i < tokens.len() {
        match RULES.iter().find_map(|(_, rule)| rule(&c, i)) {
            Some(f) if f.start == i && f.end > f.start && f.end <= tokens.len() => {
                // A sentence's final period is not part of `Nov. 28`.
                let end = if c.word(f.end - 1) == "." && f.end - 1 > f.start { f.end - 1 } else { f.end };
                out.push(Mention::new(text, f.kind, Span::new(tokens[f.start].start, tokens[end - 1].end)));
                i = f.end;
            }
            _ => i += 1,
        }
    }
}

/// The tokens of a paragraph as the rules read them, with the language's words.
pub(crate) struct Cursor<'a> {
    text: &'a str,
    tokens: &'a [Span],
    words: Vec<&'a str>,
    /// Each token lowercased, `’` made `'`, one final `.` dropped (`Mio.` →
    /// `mio`): what the word lists are searched for.
    keys: Vec<Cow<'a, str>>,
    /// Per token, may it be a word of some list (see [`rule_words`])? False
    /// for most: no list is searched for them.
    listed: Vec<bool>,
    pub lists: &'static EntityWords,
    pub calendar: &'static Calendar,
    /// The language writes `3,5` (so `14.30` can be a clock time and `1 200`
    /// one number).
    pub decimal_comma: bool,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str, tokens: &'a [Span], profile: &'static Profile) -> Cursor<'a> {
        let words: Vec<&str> = tokens.iter().map(|t| t.slice(text)).collect();
        let keys: Vec<Cow<str>> = words.iter().map(|w| key(w)).collect();
        let (all, elisions) = (rule_words(profile), profile.entities.elisions);
        let listed = keys
            .iter()
            .map(|k| {
                let bare = strip_elision(elisions, k);
                all.contains(k.as_ref())
                    || (bare.len() != k.len() && all.contains(bare))
                    || crate::entities::tokens::is_elision(k)
            })
            .collect();
        Cursor {
            text,
            tokens,
            words,
            keys,
            listed,
            lists: &profile.entities,
            calendar: &profile.calendar,
            decimal_comma: profile.numbers.decimal == Some(','),
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Token `i` as written, or `""` past the end.
    pub fn word(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// Does token `i` start with an ASCII digit? Numbers and days do; the
    /// rules ask it first at every token.
    #[inline(always)]
    pub fn starts_with_digit(&self, i: usize) -> bool {
        starts_with_digit(self.word(i))
    }

    /// Token `i` as the word lists spell it, or `""` past the end.
    pub fn key(&self, i: usize) -> &str {
        self.keys.get(i).map_or("", |k| k.as_ref())
    }

    /// The key without an elided article (`d'euros` → `euros`), or the key.
    pub fn bare(&self, i: usize) -> &str {
        strip_elision(self.lists.elisions, self.key(i))
    }

    /// May token `i` be a word of a list, or start a phrase of one (with or
    /// without an elided article, or as an elision)? If not, it is in none
    /// of the language's lists. True past the end (the lookups say no there).
    pub fn listed(&self, i: usize) -> bool {
        self.listed.get(i).copied().unwrap_or(true)
    }

    /// Is token `i` (with or without an elided article) a word of `list`? An
    /// elision is a token of its own (`jusqu'` `en`): with the next token it
    /// is read as the one word the list spells (`jusqu'en`).
    #[inline]
    pub fn is(&self, i: usize, list: WordList) -> bool {
        // Most tokens are in no list: out without a call (asked at every token).
        self.listed(i) && self.is_listed(i, list)
    }

    /// [`Cursor::is`] for a token that may be in a list.
    fn is_listed(&self, i: usize, list: WordList) -> bool {
        let (key, bare) = (self.key(i), self.bare(i));
        // `bare` is `key` itself unless an article was stripped (always, in
        // English): one binary search then, not the same one twice.
        in_list(list, key)
            || (bare.len() != key.len() && in_list(list, bare))
            || self.elided(i).is_some_and(|w| in_list(list, &w))
    }

    /// Is token `i` an elision the tokenizer split off (`l'`, `d'`, `jusqu'`)?
    pub fn is_elision(&self, i: usize) -> bool {
        crate::entities::tokens::is_elision(self.key(i))
    }

    /// Tokens `i` and `i + 1` as one word when token `i` is an elision (`l'` `an` → `l'an`).
    fn elided(&self, i: usize) -> Option<String> {
        (self.is_elision(i) && i + 1 < self.len()).then(|| [self.key(i), self.key(i + 1)].concat())
    }

    /// The end of the longest phrase of `list` that starts at token `i` (its
    /// first word may carry an elided article: `d'euros`).
    #[inline]
    pub fn phrase(&self, i: usize, list: WordList) -> Option<usize> {
        // As in `is`: most tokens are out without a call.
        if !self.listed(i) {
            return None;
        }
        self.listed_phrase(i, list)
    }

    /// [`Cursor::phrase`] for a token that may be in a list.
    fn listed_phrase(&self, i: usize, list: WordList) -> Option<usize> {
        let mut best = None;
        // A phrase's first word is the key, the bare key or the elided pair;
        // in the sorted list the entries that start with one are a run found
        // by a binary search, not the whole list walked at every token.
        let elided = self.elided(i);
        let (key, bare) = (self.key(i), self.bare(i));
        let firsts = [Some(key), (bare.len() != key.len()).then_some(bare), elided.as_deref()];
        for first in firsts.into_iter().flatten().map(str::as_bytes) {
            let from = list.binary_search_by(|w| w.cmp(first)).unwrap_or_else(|at| at);
            let run = (from..list.len()).map_while(|k| list.get(k).filter(|p| p.as_bytes().starts_with(first)));
            for phrase in run.filter(|p| p.as_bytes().get(first.len()).is_none_or(|&b| b == b' ')) {
                let mut end = i;
                let matched = phrase.split(' ').all(|part| {
                    let ok = self.key(end) == part || (end == i && self.bare(end) == part);
                    // `l'an` written as two tokens, the elision and its word.
                    let two = !ok && self.elided(end).is_some_and(|w| w == part);
                    end += 1 + usize::from(two);
                    (ok || two) && end <= self.len()
                });
                if matched && best.is_none_or(|b| end > b) {
                    best = Some(end);
                }
            }
        }
        best
    }

    /// The text between tokens `i - 1` and `i` (from the paragraph's start for 0).
    fn gap(&self, i: usize) -> &'a str {
        let Some(t) = self.tokens.get(i) else { return "" };
        let from = if i == 0 { t.start } else { self.tokens[i - 1].end };
        self.text.get(from..t.start).unwrap_or("")
    }

    /// Does token `i` start a line (the paragraph's first token, or a line
    /// break before it)?
    pub fn starts_line(&self, i: usize) -> bool {
        i == 0 || self.gap(i).contains(['\n', '\r'])
    }

    /// Is any token within `radius` of `i` (same sentence or not) a word of `list`?
    pub fn near(&self, i: usize, radius: usize, list: WordList) -> bool {
        (i.saturating_sub(radius)..(i + radius + 1).min(self.len())).any(|k| self.is(k, list))
    }

    /// Is a word of `list` among the few tokens before `i`, in the same
    /// sentence (`paid 40 pounds`, `um 14 Uhr`)? The look stops at a token
    /// ending in `.` (an abbreviation too: context lost, never invented).
    pub fn cue_before(&self, i: usize, window: usize, list: WordList) -> bool {
        let ends_sentence = |k: usize| self.word(k).ends_with(['.', '!', '?', ';']);
        (i.saturating_sub(window)..i).rev().take_while(|&k| !ends_sentence(k)).any(|k| self.is(k, list))
    }

    /// A number starting at token `i`: `12`, `2,100`, `3,5`, `1 200` (groups
    /// of three digits after a space in languages with a decimal comma), or a
    /// number fused with a word or symbol (`2.7bn`, `5km`, `20°C`, `1.200€`).
    #[inline(always)]
    pub fn amount(&self, i: usize) -> Option<Amount<'a>> {
        // Both kinds start with a digit: most tokens are out without a call
        // (three rules ask at every token).
        if !self.starts_with_digit(i) {
            return None;
        }
        self.digits_amount(i)
    }

    /// [`Cursor::amount`] for a token that starts with a digit.
    fn digits_amount(&self, i: usize) -> Option<Amount<'a>> {
        let w = self.word(i);
        if is_number(w) {
            let mut end = i + 1;
            if self.decimal_comma && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()) {
                while is_digit_group(self.word(end)) && is_one_space(self.gap(end)) {
                    end += 1;
                }
            }
            return Some(Amount { end, suffix: None });
        }
        let (_, suffix) = split_number(w)?;
        Some(Amount { end: i + 1, suffix: Some(suffix) })
    }

    /// After optional scale words at `i` (`billion`, `mil millones`): where
    /// the amount goes on. A scale of one letter (`m`, `k`) counts only fused
    /// with its number (`3.5m`): alone, `m` is a metre.
    pub fn scales(&self, i: usize) -> usize {
        let mut j = i;
        while j < i + 2 && self.listed(j) && self.key(j).chars().count() > 1 && in_list(self.lists.scales, self.key(j))
        {
            j += 1;
        }
        j
    }

    /// After an optional rate at `i` (`a year`, `per share`, `pro Jahr`).
    pub fn rate(&self, i: usize) -> usize {
        self.phrase(i, self.lists.rates).unwrap_or(i)
    }

    /// Is a calendar name at `i` written as the language writes it? English
    /// and German capitalize months and weekdays (`may` is a verb);
    /// languages that do not accept a capital only where a sentence or line
    /// may start (`Domingo` mid-sentence is a name).
    pub fn calendar_case(&self, i: usize) -> bool {
        let capital = self.word(i).starts_with(char::is_uppercase);
        if !self.lists.lowercase_calendar {
            return capital;
        }
        !capital
            || i == 0
            || self.starts_line(i)
            || matches!(self.word(i - 1), "." | "!" | "?" | ":" | "\"" | "«" | "(" | "\u{201C}")
    }
}

/// A number at a token (see [`Cursor::amount`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Amount<'a> {
    /// The token after the number.
    pub end: usize,
    /// What a fused number carries after its digits (`bn` of `2.7bn`).
    pub suffix: Option<&'a str>,
}

/// The lookup form of a token (see [`Cursor::keys`]).
fn key(word: &str) -> Cow<'_, str> {
    let mut k = if word.chars().any(|c| c.is_uppercase() || c == '\u{2019}') {
        Cow::Owned(word.to_lowercase().replace('\u{2019}', "'"))
    } else {
        Cow::Borrowed(word)
    };
    if k.len() > 1 && k.ends_with('.') {
        match &mut k {
            Cow::Borrowed(s) => *s = &s[..s.len() - 1],
            Cow::Owned(s) => {
                s.pop();
            }
        }
    }
    k
}

/// `key` without an elided article (`d'euros` → `euros`), or `key`.
#[inline]
fn strip_elision(elisions: WordList, key: &str) -> &str {
    if elisions.is_empty() {
        return key; // English: asked at every token, no walk over an empty list (nor a call)
    }
    strip_listed_elision(elisions, key)
}

/// [`strip_elision`] with the language's elisions.
fn strip_listed_elision(elisions: WordList, key: &str) -> &str {
    elisions.iter().find_map(|e| key.strip_prefix(e).filter(|rest| !rest.is_empty())).unwrap_or(key)
}

/// Every word of `profile`'s rule and calendar lists, and every word of
/// their phrases: one hash lookup per token tells whether any list can hold
/// it, where the date rule alone searched ≈ 5 lists at every token
/// (docs/bench.md, "Round 11 speed, second pass"). Made once per language.
/// [`EntityWords::lists`] is generated from the same list as the struct's
/// fields (`language/entity_lists.rs`), so no token of a list is filtered out.
fn rule_words(profile: &'static Profile) -> &'static HashSet<&'static str> {
    static SETS: [OnceLock<HashSet<&'static str>>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    SETS[profile.language as usize].get_or_init(|| {
        let lists = profile.entities.lists().into_iter().chain(profile.calendar.lists());
        let mut all = HashSet::default();
        for entry in lists.flat_map(|(_, list)| list.iter()) {
            all.insert(entry);
            all.extend(entry.split(' '));
        }
        all
    })
}

/// Is `word` in `list`? The lists are sorted (the build checks): a word whose
/// first byte is below the first word's or above the last word's is not in
/// it, without a binary search (most tokens the rules look up at every word:
/// docs/bench.md, "Round 11 speed"). Here rather than in [`WordList`]: the
/// page's first module, which has no rules, stays as it is.
pub(crate) fn in_list(list: WordList, word: &str) -> bool {
    let first_byte = |w: Option<&str>| w.and_then(|w| w.bytes().next());
    match (word.bytes().next(), first_byte(list.get(0)), first_byte(list.get(list.len().wrapping_sub(1)))) {
        (Some(b), Some(low), Some(high)) if b < low || b > high => false,
        _ => list.contains(word),
    }
}

/// A plain number: digits with `,` or `.` separators, starting and ending with a digit.
pub(crate) fn is_number(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_digit()
        && b[b.len() - 1].is_ascii_digit()
        && b.iter().all(|c| c.is_ascii_digit() || *c == b',' || *c == b'.')
        && !s.contains(",,")
        && !s.contains("..")
        && !s.contains(",.")
        && !s.contains(".,")
}

/// Does `s` start with an ASCII digit? Every number, day, clock time and
/// numeric date does: most tokens are out at their first byte, before any
/// search.
#[inline(always)]
pub(crate) fn starts_with_digit(s: &str) -> bool {
    s.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// A number fused with a word or symbol (`2.7bn`, `5km`, `1990s`, `20°C`,
/// `1.200€`): (number, suffix).
pub(crate) fn split_number(s: &str) -> Option<(&str, &str)> {
    if !starts_with_digit(s) {
        return None;
    }
    let end = s.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))?;
    let (n, rest) = s.split_at(end);
    let starts_well = rest.starts_with(|c: char| c.is_alphabetic() || c == '°' || money::is_symbol_char(c));
    (is_number(n) && starts_well).then_some((n, rest))
}

/// Three digits, optionally with decimals (`200`, `200,50`): a thousands group.
fn is_digit_group(s: &str) -> bool {
    let whole = s.split_once(',').map_or(s, |(w, _)| w);
    whole.len() == 3 && whole.bytes().all(|b| b.is_ascii_digit()) && is_number(s)
}

/// One space character (a plain, no-break or thin space) and nothing else.
fn is_one_space(gap: &str) -> bool {
    let mut chars = gap.chars();
    matches!((chars.next(), chars.next()), (Some(' ' | '\u{A0}' | '\u{202F}' | '\u{2009}'), None))
}

/// Digits only, at most `max` of them, as a number.
pub(crate) fn small_number(s: &str, max: usize) -> Option<u32> {
    (!s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// A year from 1000 to 2199.
pub(crate) fn is_year(s: &str) -> bool {
    s.len() == 4 && small_number(s, 4).is_some_and(|y| (1000..=2199).contains(&y))
}

#[cfg(test)]
pub(crate) mod testing {
    //! The table tests every matcher uses: each row a text and every rule
    //! mention expected in it (`"MONEY $12 billion"`), none for a negative
    //! row. A table reports every failing row at once.
    use super::*;
    use crate::entities::tokens::tokenize;

    /// The rule mentions of `text` read as one paragraph in `language`.
    pub fn run(language: Language, text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        let mut out = Vec::new();
        find(text, &tokens, profile_for(language), &mut out);
        out.iter()
            .map(|m| {
                assert_eq!(&text[m.span.start..m.span.end], m.span.text, "exact span");
                format!("{} {}", m.kind.as_str(), m.span.text)
            })
            .collect()
    }

    /// Runs a table: `rows` of (text, expected mentions), all in `language`.
    pub fn table(name: &str, language: Language, rows: &[(&str, &[&str])]) {
        let failures: Vec<String> = rows
            .iter()
            .filter_map(|(text, expected)| {
                let got = run(language, text);
                (got != *expected).then(|| format!("  {text:?}\n      expected {expected:?}\n      got      {got:?}"))
            })
            .collect();
        assert!(
            failures.is_empty(),
            "{name}: {} of {} rows fail:\n{}",
            failures.len(),
            rows.len(),
            failures.join("\n")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::testing::table;
    use super::*;

    #[test]
    fn shared_shapes() {
        let numbers = [("12", true), ("2,100", true), ("3.5", true), ("1.200.000", true), ("12,5", true)];
        let not_numbers = [("", false), ("1,", false), (",5", false), ("1,,2", false), ("1.,2", false), ("a1", false)];
        let bad: Vec<_> = numbers.iter().chain(&not_numbers).filter(|(s, want)| is_number(s) != *want).collect();
        assert!(bad.is_empty(), "is_number: {bad:?}");
        assert_eq!(split_number("2.7bn"), Some(("2.7", "bn")));
        assert_eq!(split_number("20°C"), Some(("20", "°C")));
        assert_eq!(split_number("1.200€"), Some(("1.200", "€")));
        assert_eq!(split_number("12"), None);
        assert_eq!(split_number("x12"), None);
        assert_eq!(key("Mio."), "mio");
        assert_eq!(key("d\u{2019}Euros"), "d'euros");
        assert_eq!(key("."), ".");
        assert!(is_year("2026") && !is_year("999") && !is_year("2200") && !is_year("20266"));
    }

    #[test]
    fn cursor_lookups() {
        let text = "30 millions d\u{2019}euros";
        let mut tokens = Vec::new();
        crate::entities::tokens::tokenize(text, Span::new(0, text.len()), &mut tokens);
        let c = Cursor::new(text, &tokens, profile_for(Language::Fr));
        // The elision is a token of its own: `d’` `euros`.
        assert_eq!((c.key(2), c.key(3)), ("d'", "euros"));
        assert!(c.is(2, c.lists.currency_links));
        assert_eq!(c.phrase(3, c.lists.currency_words), Some(4));
        assert_eq!(c.scales(1), 2);
        assert_eq!(c.phrase(4, c.lists.currency_words), None, "past the end");
        // A phrase of the lists that holds an elision matches it as two tokens.
        let text = "payé 30 euros l'an";
        let mut tokens = Vec::new();
        crate::entities::tokens::tokenize(text, Span::new(0, text.len()), &mut tokens);
        let c = Cursor::new(text, &tokens, profile_for(Language::Fr));
        assert_eq!(c.phrase(3, c.lists.rates), Some(5));
        // A word glued to an elision still loses it (`d'Euros` in a token of its own is rare now).
        assert_eq!(key("d\u{2019}Euros"), "d'euros");
    }

    #[test]
    fn languages_without_words_use_english() {
        assert_eq!(profile_for(Language::Sv).language, Language::En);
        assert_eq!(profile_for(Language::En).language, Language::En);
        for lang in [Language::De, Language::Fr, Language::Es, Language::It, Language::Pt, Language::Nl] {
            assert_eq!(profile_for(lang).language, lang, "{lang} has its own words");
            assert!(!profile(lang).calendar.months.is_empty(), "{lang} has months");
        }
    }

    /// Mixed texts: the rules one after another, spans exact, the scan
    /// going on after each match.
    #[test]
    fn rules_in_sequence() {
        table(
            "sequence",
            Language::En,
            &[
                (
                    "It cost £2.7bn in 2019, up 15% on Nov. 28, 2026 at 10:30 a.m.",
                    &["MONEY £2.7bn", "DATE 2019", "PERCENT 15%", "DATE Nov. 28, 2026", "TIME 10:30 a.m."],
                ),
                (
                    "Write to a@b.org or see https://b.org/x about the 5 km race.",
                    &["EMAIL a@b.org", "URL https://b.org/x", "QUANTITY 5 km"],
                ),
                ("", &[]),
                ("$", &[]),
                ("%", &[]),
                ("Nothing to see here.", &[]),
            ],
        );
    }
}
