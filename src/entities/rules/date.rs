//! DATE: calendar dates in the language's order and words
//! (`Nov. 28, 2026`, `28 November`, `1er janvier 2027`, `am 3. Oktober`,
//! `15 de marzo de 2026`), a month with its year (`March 2019`), a month or
//! year after a cue (`in 2019`, `in May`, `im März`), weekdays
//! (`am Mittwoch` gives `Mittwoch`), relative dates (`last Friday`, `next week`, `lundi dernier`,
//! `el año pasado`), `yesterday`, decades (`the 1990s`) and numeric dates
//! (`2026-11-28`, `28/11/2026`, `28.11.2026`).
//!
//! A month that is also a word (`May`, `March`) needs a number beside it or a
//! cue before it; in English and German a month or weekday must be
//! capitalized (see [`Cursor::calendar_case`]).

use super::{is_year, small_number, starts_with_digit, Cursor, Found};
use crate::entities::EntityType;

/// A day of the month at `i` with the language's suffix (`28`, `1st`, `1er`,
/// `3.`); returns the token after it (after a separate `.` where the
/// language writes `3.` and a sentence split left the period alone).
#[inline(always)]
fn day(c: &Cursor, i: usize) -> Option<usize> {
    // Most tokens are out without a call.
    if !c.starts_with_digit(i) {
        return None;
    }
    digits_day(c, i)
}

/// [`day`] for a token that starts with a digit.
fn digits_day(c: &Cursor, i: usize) -> Option<usize> {
    let w = c.word(i);
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let n = small_number(&w[..digits], 2)?;
    // Only a suffix (`1ST`, `3.`) is lowercased: a bare number allocates nothing.
    let suffix = w[digits..].to_lowercase();
    let suffix_ok = suffix.is_empty() || c.lists.day_suffixes.contains(&suffix);
    if !(suffix_ok && (1..=31).contains(&n)) {
        return None;
    }
    let dot_apart = suffix.is_empty() && c.word(i + 1) == "." && c.lists.day_suffixes.contains(".");
    Some(if dot_apart { i + 2 } else { i + 1 })
}

/// A month's name at `i` (most tokens are out without a call: in no list).
#[inline]
fn is_month(c: &Cursor, i: usize) -> bool {
    c.listed(i) && is_calendar_word(c, i, c.calendar.month_words)
}

/// A weekday's name at `i` (as [`is_month`]).
#[inline]
fn is_weekday(c: &Cursor, i: usize) -> bool {
    c.listed(i) && is_calendar_word(c, i, c.calendar.weekday_words)
}

fn is_calendar_word(c: &Cursor, i: usize, list: crate::language::WordList) -> bool {
    super::in_list(list, c.key(i)) && c.calendar_case(i)
}

/// After an optional link word at `i` (`de` in `15 de marzo`).
fn link(c: &Cursor, i: usize) -> usize {
    if c.is(i, c.lists.date_links) {
        i + 1
    } else {
        i
    }
}

/// `1990s`.
fn is_decade(s: &str) -> bool {
    s.len() == 5 && s.ends_with('s') && is_year(&s[..4]) && s[..4].ends_with('0')
}

/// `2026-11-28`, `28/11/2026`, `11/28/26`, `28.11.2026`.
fn is_numeric_date(s: &str) -> bool {
    // The first part is a number (before three searches, one per mark).
    if !starts_with_digit(s) {
        return false;
    }
    for mark in ['-', '/', '.'] {
        // Exactly three parts, without a vector per token and mark.
        let mut split = s.split(mark);
        let (Some(a), Some(b), Some(c), None) = (split.next(), split.next(), split.next(), split.next()) else {
            continue;
        };
        let parts = [a, b, c];
        if parts.iter().any(|p| small_number(p, 4).is_none()) {
            continue;
        }
        if mark == '.' {
            // Dotted: day.month.year with a full year (`3.10.26` is a version).
            let (d, m) = (small_number(parts[0], 2), small_number(parts[1], 2));
            return is_year(parts[2])
                && d.is_some_and(|d| (1..=31).contains(&d))
                && m.is_some_and(|m| (1..=12).contains(&m));
        }
        return is_year(parts[0]) || is_year(parts[2]) || parts[2].len() == 2;
    }
    false
}

pub(super) fn at(c: &Cursor, i: usize) -> Option<Found> {
    let date = |end: usize| Found::new(EntityType::Date, i, end);
    let l = c.lists;
    let w = c.word(i);
    if is_numeric_date(w) {
        return date(i + 1);
    }
    // The day first: `28 November 2026`, `1er janvier`, `15 de marzo de 2026`, `3. Oktober`.
    if let Some(after_day) = day(c, i) {
        let month = link(c, after_day);
        if is_month(c, month) {
            let year = link(c, month + 1);
            return date(if is_year(c.word(year)) { year + 1 } else { month + 1 });
        }
    }
    if is_month(c, i) {
        // `Nov. 28, 2026`, `November 28`, `November 2026`, `marzo de 2026`.
        let j = if c.word(i + 1) == "." { i + 2 } else { i + 1 };
        if !is_year(c.word(j)) {
            if let Some(mut end) = day(c, j) {
                if c.word(end) == "," && is_year(c.word(end + 1)) {
                    end += 2;
                } else if is_year(c.word(end)) {
                    end += 1;
                }
                return date(end);
            }
        }
        let year = link(c, i + 1);
        if is_year(c.word(year)) {
            return date(year + 1);
        }
        // A month alone after a cue: `in May`, `im März` (not `in May's view`).
        let cued = i > 0 && c.is(i - 1, l.year_cues) && !matches!(c.key(i + 1), "'s" | "'");
        return if cued { date(i + 1) } else { None };
    }
    if is_year(w) && i > 0 && c.is(i - 1, l.year_cues) {
        return date(i + 1);
    }
    if is_decade(w) {
        return date(i + 1);
    }
    if c.key(i) == "the" && is_decade(c.word(i + 1)) {
        return date(i + 2);
    }
    // Relative: `last Friday`, `next week`, `la próxima semana`, `lundi dernier`, `el año pasado`.
    if c.is(i, l.relative) && (is_weekday(c, i + 1) || c.is(i + 1, l.periods)) {
        return date(i + 2);
    }
    let weekday = is_weekday(c, i);
    if (weekday || c.is(i, l.periods)) && c.is(i + 1, l.relative_after) {
        return date(i + 2);
    }
    // `L'an dernier`, `l'anno scorso`: the elided article is a token of its own.
    if c.is_elision(i) && c.is(i + 1, l.periods) && c.is(i + 2, l.relative_after) {
        return date(i + 3);
    }
    if weekday || c.is(i, l.days) {
        return date(i + 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::table;
    use crate::language::Language;

    #[test]
    fn english() {
        table(
            "date en",
            Language::En,
            &[
                ("The meeting is on Nov. 28, 2026 in the morning.", &["DATE Nov. 28, 2026"]),
                ("It ends on 28 November with a party.", &["DATE 28 November"]),
                ("It opened in March 2019 after delays.", &["DATE March 2019"]),
                ("We met last Tuesday at the office.", &["DATE last Tuesday"]),
                ("Prices doubled in the 1990s across the region.", &["DATE the 1990s"]),
                ("The report was filed on 2026-11-28 by the firm.", &["DATE 2026-11-28"]),
                ("Filed 28/11/2026 and 11/28/26.", &["DATE 28/11/2026", "DATE 11/28/26"]),
                ("It happened on the 3rd of March.", &["DATE 3rd of March"]),
                ("The shop opened on December 1st.", &["DATE December 1st"]),
                ("Airbus delivered 63 jets in May.", &["DATE May"]),
                ("Sales fell in 2019 and rose since 2021.", &["DATE 2019", "DATE 2021"]),
                ("On Friday the talks resumed; yesterday they broke down.", &["DATE Friday", "DATE yesterday"]),
                ("Profits rose this year and next quarter.", &["DATE this year", "DATE next quarter"]),
                // Not dates: months that are words, a bare year, a name, numbers.
                ("You may go now and march on.", &[]),
                ("They may well win the vote.", &[]),
                ("The change in May's policy was small.", &[]),
                ("He counted 2019 votes.", &[]),
                ("Version 1.2.3 ships with 3.10.26 fixes.", &[]),
                ("Room 12 of 40 was free.", &[]),
            ],
        );
    }

    #[test]
    fn german() {
        table(
            "date de",
            Language::De,
            &[
                ("Die Wahl findet am 3. Oktober 2026 statt.", &["DATE 3. Oktober 2026"]),
                ("Die Sitzung ist am Mittwoch.", &["DATE Mittwoch"]),
                ("Seit 2019 und im Jahr 2021 stieg der Preis.", &["DATE 2019", "DATE 2021"]),
                ("Im März wurde gewählt.", &["DATE März"]),
                ("Der Termin ist der 28.11.2026.", &["DATE 28.11.2026"]),
                ("Nächste Woche und letzten Freitag.", &["DATE Nächste Woche", "DATE letzten Freitag"]),
                ("Gestern kam die Antwort.", &["DATE Gestern"]),
                // Not dates: an ordinal, a month name without number or cue.
                ("Der 2. Weltkrieg endete.", &[]),
                ("Der Mai ist gekommen.", &[]),
            ],
        );
    }

    #[test]
    fn french() {
        table(
            "date fr",
            Language::Fr,
            &[
                ("La loi entre en vigueur le 1er janvier 2027.", &["DATE 1er janvier 2027"]),
                ("Le Monde | 04.05.2015 à 13h36", &["DATE 04.05.2015", "TIME 13h36"]),
                ("AFP 30 avril 2015 à 07:19", &["DATE 30 avril 2015", "TIME 07:19"]),
                ("Les élections ont eu lieu en mars.", &["DATE mars"]),
                (
                    "Il est parti lundi dernier, et la semaine dernière.",
                    &["DATE lundi dernier", "DATE semaine dernière"],
                ),
                ("L'an dernier, le prix a doublé.", &["DATE L'an dernier"]),
                ("Mercredi, le ministre a parlé.", &["DATE Mercredi"]),
                ("Il arrive demain.", &["DATE demain"]),
                // Not dates.
                ("Il a vu 3 films.", &[]),
            ],
        );
    }

    #[test]
    fn spanish() {
        table(
            "date es",
            Language::Es,
            &[
                ("El acuerdo se firmó el 15 de marzo de 2026.", &["DATE 15 de marzo de 2026"]),
                ("La ley entra en vigor en enero del 2027.", &["DATE enero del 2027"]),
                ("El año pasado y la próxima semana.", &["DATE año pasado", "DATE próxima semana"]),
                ("Llegó el lunes.", &["DATE lunes"]),
                ("Lo dijo ayer.", &["DATE ayer"]),
                // A weekday that is also a name, written as a name.
                ("Cantó Plácido Domingo en Madrid.", &[]),
            ],
        );
    }

    #[test]
    fn other_languages() {
        table(
            "date it",
            Language::It,
            &[
                ("Il voto è il 3 marzo.", &["DATE 3 marzo"]),
                ("L'anno scorso e nel 2025.", &["DATE L'anno scorso", "DATE 2025"]),
                ("Arriva giovedì.", &["DATE giovedì"]),
            ],
        );
        table(
            "date pt",
            Language::Pt,
            &[
                ("A lei foi aprovada em 15 de março de 2026.", &["DATE 15 de março de 2026"]),
                ("Ele chega na segunda-feira.", &["DATE segunda-feira"]),
                ("Em 2024 e no ano passado.", &["DATE 2024", "DATE ano passado"]),
            ],
        );
        table(
            "date nl",
            Language::Nl,
            &[
                ("De wet gaat in op 1 januari 2027.", &["DATE 1 januari 2027"]),
                ("Vorige week en afgelopen maandag.", &["DATE Vorige week", "DATE afgelopen maandag"]),
                ("Sinds 2019 en in maart.", &["DATE 2019", "DATE maart"]),
            ],
        );
    }
}
