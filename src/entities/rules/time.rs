//! TIME: clock times. `10:30` anywhere, with an optional meridiem or clock
//! word (`10:30 a.m.`, `14:30 Uhr`); `14.30` with a clock word or, where the
//! decimal mark is a comma (so `14.30` is no number), after a time cue
//! (`alle 10.30`); hours and minutes
//! around an hour mark (`10 h 30`, `13h36`); an hour with a meridiem (`9pm`,
//! `9 a.m.`); a bare hour only after a time cue (`um 14 Uhr`, `à 10 h`:
//! without one, `24 uur` is a duration); `noon`, `midnight`.

use super::{small_number, starts_with_digit, Cursor, Found};
use crate::entities::EntityType;

/// How many tokens before a bare hour its cue may stand (`à partir de 10 h`).
const CUE_WINDOW: usize = 3;

fn hour(s: &str) -> Option<u32> {
    small_number(s, 2).filter(|h| *h < 24)
}

fn minutes(s: &str) -> bool {
    s.len() == 2 && small_number(s, 2).is_some_and(|m| m < 60)
}

/// `10:30`, `9.05` (with `mark` as the separator).
fn is_clock(s: &str, mark: char) -> bool {
    // The hour is digits (before the search).
    starts_with_digit(s) && s.split_once(mark).is_some_and(|(h, m)| hour(h).is_some() && minutes(m))
}

pub(super) fn at(c: &Cursor, i: usize) -> Option<Found> {
    let time = |end: usize| Found::new(EntityType::Time, i, end);
    let w = c.word(i);
    let next = i + 1;
    let l = c.lists;
    if let Some(end) = c.phrase(i, l.time_words) {
        return time(end);
    }
    let cue = || c.cue_before(i, CUE_WINDOW, l.time_cues);
    if is_clock(w, ':') {
        let with_word = c.is(next, l.meridiems) || c.is(next, l.clock_words);
        return time(if with_word { next + 1 } else { next });
    }
    if is_clock(w, '.') {
        if c.is(next, l.meridiems) || c.is(next, l.clock_words) {
            return time(next + 1);
        }
        return (c.decimal_comma && cue()).then_some(Found { kind: EntityType::Time, start: i, end: next });
    }
    if let Some(h) = hour(w) {
        if c.is(next, l.hour_marks) {
            if minutes(c.word(next + 1)) {
                return time(next + 2);
            }
            return if cue() { time(next + 1) } else { None };
        }
        if (1..=12).contains(&h) && c.is(next, l.meridiems) {
            return time(next + 1);
        }
        if c.is(next, l.clock_words) && cue() {
            return time(next + 1);
        }
        return None;
    }
    // Fused: `9pm`, `10.30am`, `13h36`, `10h` (after a cue).
    let (n, suffix) = super::split_number(w)?;
    let suffix_key = suffix.to_lowercase();
    let suffix_key = suffix_key.strip_suffix('.').unwrap_or(&suffix_key);
    if super::in_list(l.meridiems, suffix_key) && (hour(n).is_some_and(|h| (1..=12).contains(&h)) || is_clock(n, '.')) {
        return time(next);
    }
    if hour(n).is_some() {
        if let Some(mark) = l.hour_marks.iter().find(|m| suffix_key.starts_with(*m)) {
            let rest = &suffix_key[mark.len()..];
            if minutes(rest) || (rest.is_empty() && cue()) {
                return time(next);
            }
        }
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
            "time en",
            Language::En,
            &[
                ("The vote is at 10:30 a.m. on the day.", &["TIME 10:30 a.m."]),
                ("The shop opens at 9pm every day.", &["TIME 9pm"]),
                ("Doors open at 9 a.m. and close at 5 pm.", &["TIME 9 a.m.", "TIME 5 pm"]),
                ("The train left at 10.30am.", &["TIME 10.30am"]),
                ("We meet at noon or at midnight.", &["TIME noon", "TIME midnight"]),
                ("It ends at 23:59.", &["TIME 23:59"]),
                ("Be there by 10 o'clock.", &["TIME 10 o'clock"]),
                // Not times: a score, a ratio, a decimal, an hour without a mark.
                ("They won 3-1 and the odds were 25:10.", &[]),
                ("The score was 10.30 points.", &[]),
                ("We left at 10 and came back.", &[]),
            ],
        );
    }

    #[test]
    fn german() {
        table(
            "time de",
            Language::De,
            &[
                ("Der Zug fährt um 14.30 Uhr ab.", &["TIME 14.30 Uhr"]),
                ("Die Sitzung beginnt um 9 Uhr.", &["TIME 9 Uhr"]),
                ("Ab 14:30 Uhr ist geöffnet.", &["TIME 14:30 Uhr"]),
                ("Treffen um 14.30 im Rathaus.", &["TIME 14.30"]),
                ("Um Mitternacht war es still.", &["TIME Mitternacht"]),
                // A decimal is written with a comma in German: `14,30` is no time.
                ("Der Kurs stieg um 14,30 Punkte.", &[]),
                ("Es dauerte 3 Stunden.", &[]),
            ],
        );
    }

    #[test]
    fn french() {
        table(
            "time fr",
            Language::Fr,
            &[
                ("Le match commence à 10 h 30.", &["TIME 10 h 30"]),
                ("Publié le 4 mai à 13h36.", &["DATE 4 mai", "TIME 13h36"]),
                ("Rendez-vous à 10 h devant la mairie.", &["TIME 10 h"]),
                ("Rendez-vous à 20h.", &["TIME 20h"]),
                ("On se voit à midi.", &["TIME midi"]),
                // Durations, not times.
                ("Un vol de 10h et une escale de 3 h.", &[]),
                ("Il a travaillé 10 heures.", &[]),
            ],
        );
    }

    #[test]
    fn other_languages() {
        table(
            "time es",
            Language::Es,
            &[
                ("La reunión es a las 10:30 horas.", &["TIME 10:30 horas"]),
                ("Llegó a medianoche.", &["TIME medianoche"]),
                ("Trabajó 10 horas.", &[]),
            ],
        );
        table(
            "time it",
            Language::It,
            &[
                ("Il treno parte alle 10.30 da Roma.", &["TIME 10.30"]),
                ("Ci vediamo a mezzogiorno.", &["TIME mezzogiorno"]),
            ],
        );
        table(
            "time pt",
            Language::Pt,
            &[
                ("O jogo começa às 16h30.", &["TIME 16h30"]),
                ("A loja abre às 10h.", &["TIME 10h"]),
                ("Foram 10h de viagem.", &[]),
            ],
        );
        table(
            "time nl",
            Language::Nl,
            &[
                ("De trein vertrekt om 14.30 uur.", &["TIME 14.30 uur"]),
                ("We beginnen om 9 uur.", &["TIME 9 uur"]),
                ("Hij werkt 24 uur per dag.", &[]),
            ],
        );
    }
}
