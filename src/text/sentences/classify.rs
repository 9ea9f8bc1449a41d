//! The classes the decision at terminal punctuation reads: what the word
//! before a full stop is ([`Prev`]) and how the next word starts ([`Next`]).
//! scan → classify (here) → decide.

use crate::text::abbreviations::Abbrev;

use super::chars::{is_opener, is_vowel};
use super::cursor::starts_upper;
use super::rules::Rules;

/// What precedes a full stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Prev {
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

/// How the word after terminal punctuation (and its opening quotes) starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Next {
    Upper,
    Lower,
    Digit,
    /// Something else: symbols, emoticons, separators.
    Other,
}

impl Prev {
    /// Classifies the word before a full stop (the token up to it, without
    /// opening quotes and brackets).
    pub(super) fn of(word: &str, rules: &Rules) -> Prev {
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
            && word.chars().all(|c| c.is_ascii_digit() || crate::text::has_char(".,$€£¥%-/:+#", c))
        {
            return Prev::Number;
        }
        if single && c0.is_uppercase() {
            // French `M. Dupont`, Spanish `D. Juan`: a one-letter title.
            if rules.abbreviation(word) == Some(Abbrev::Title) {
                return Prev::Abbr(Some(Abbrev::Title));
            }
            return Prev::Initial(c0);
        }
        if word.ends_with(['°', 'º']) {
            return Prev::Abbr(Some(Abbrev::Number));
        }
        // Inner full stops: U.S, a.m, Ph.D, e.g; also at the end of a compound
        // (`South Korean-U.S. drills`, `171/U.S.`).
        if crate::text::has_char(word, '.') {
            let word = match word.rfind(['-', '/']) {
                Some(p) if crate::text::has_char(&word[p + 1..], '.') => &word[p + 1..],
                _ => word,
            };
            let segments_ok =
                word.split('.').all(|s| !s.is_empty() && s.len() <= 3 && s.chars().all(char::is_alphabetic));
            if segments_ok {
                return Prev::Abbr(Some(rules.abbreviation(word).unwrap_or(Abbrev::Ambiguous)));
            }
            return Prev::Word(starts_upper(word));
        }
        if let Some(class) = rules.abbreviation(word) {
            return Prev::Abbr(Some(class));
        }
        if rules.is_capitalized_abbreviation(word) {
            return Prev::Abbr(Some(Abbrev::Ambiguous));
        }
        if single && c0.is_lowercase() {
            return Prev::Abbr(None);
        }
        // A short word without vowels that is not an acronym (`BBC`, `MPs`):
        // `govt`, `Dept`, `pkg`.
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
}

impl Next {
    /// Classifies the first word after the punctuation (empty if it starts
    /// with a symbol).
    pub(super) fn of(word: &str) -> Next {
        match word.chars().next() {
            Some(c) if c.is_ascii_digit() || c.is_numeric() => Next::Digit,
            Some(c) if c.is_lowercase() => Next::Lower,
            Some(_) => Next::Upper,
            None => Next::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences::rules::ENGLISH;
    use crate::text::sentences::test_table::check;

    #[test]
    fn words_before_a_full_stop() {
        check(
            &[
                ("nothing", "", Prev::Empty),
                ("only an opening bracket", "(", Prev::Empty),
                ("short number", "12", Prev::ShortNumber),
                ("short number in parentheses", "(3", Prev::ShortNumber),
                ("year", "2024", Prev::Number),
                ("money", "$100.00", Prev::Number),
                ("dotted number", "1026.253.553", Prev::Number),
                ("initial", "E", Prev::Initial('E')),
                ("pronoun I", "I", Prev::Initial('I')),
                ("degrees", "5°", Prev::Abbr(Some(Abbrev::Number))),
                ("title", "Mr", Prev::Abbr(Some(Abbrev::Title))),
                ("title in a quote", "\"Dr", Prev::Abbr(Some(Abbrev::Title))),
                ("before numbers", "no", Prev::Abbr(Some(Abbrev::Number))),
                ("time", "p.m", Prev::Abbr(Some(Abbrev::Time))),
                ("etc", "etc", Prev::Abbr(Some(Abbrev::Etc))),
                ("inside a sentence", "e.g", Prev::Abbr(Some(Abbrev::Internal))),
                ("may end a sentence", "Inc", Prev::Abbr(Some(Abbrev::Ambiguous))),
                ("known dotted abbreviation", "U.S", Prev::Abbr(Some(Abbrev::Ambiguous))),
                ("unknown dotted abbreviation", "X.Y.Z", Prev::Abbr(Some(Abbrev::Ambiguous))),
                ("dotted abbreviation after a hyphen", "Korean-U.S", Prev::Abbr(Some(Abbrev::Ambiguous))),
                ("a domain is a word", "example.com", Prev::Word(false)),
                ("state name, capitalized", "Calif", Prev::Abbr(Some(Abbrev::Ambiguous))),
                ("single lowercase letter", "x", Prev::Abbr(None)),
                ("no vowels", "pkgz", Prev::Abbr(None)),
                ("no vowels, capitalized", "Dpt", Prev::Abbr(None)),
                ("acronym", "BBC", Prev::Word(true)),
                ("acronym with a plural", "MPs", Prev::Word(true)),
                ("word", "hello", Prev::Word(false)),
                ("capitalized word", "Hello", Prev::Word(true)),
                ("accented word", "Café", Prev::Word(true)),
            ],
            |&w| Prev::of(w, &ENGLISH),
        );
    }

    #[test]
    fn words_after_terminal_punctuation() {
        check(
            &[
                ("capitalized", "The", Next::Upper),
                ("lowercase", "the", Next::Lower),
                ("digit", "3rd", Next::Digit),
                ("Arabic-Indic digit", "٣", Next::Digit),
                ("caseless script counts as capitalized", "字", Next::Upper),
                ("nothing (a symbol follows)", "", Next::Other),
            ],
            |&w| Next::of(w),
        );
    }
}
