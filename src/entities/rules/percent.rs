//! PERCENT: a number with `%` or a percent word (`15%`, `12,5 %`,
//! `15 per cent`, `3 Prozentpunkte`, `15 por ciento`).
//!
//! A percentage that makes a line with a player's or progress bar's label
//! before it (`Loaded: 0%`, `Volume 80%`: `[entities] ui_labels`) is page
//! furniture, not a figure of the story.

use super::{Cursor, Found};
use crate::entities::EntityType;

pub(super) fn at(c: &Cursor, i: usize) -> Option<Found> {
    let amount = c.amount(i)?;
    if amount.suffix.is_some() {
        return None;
    }
    let end = if c.word(amount.end) == "%" { amount.end + 1 } else { c.phrase(amount.end, c.lists.percent_words)? };
    if is_furniture(c, i, end) {
        return None;
    }
    Found::new(EntityType::Percent, i, end)
}

/// `Loaded: 0%` as a line of its own: a label starting the line, the
/// percentage ending it.
fn is_furniture(c: &Cursor, i: usize, end: usize) -> bool {
    if end < c.len() && !c.starts_line(end) {
        return false;
    }
    let label = match i.checked_sub(1) {
        Some(k) if c.word(k) == ":" => k.checked_sub(1),
        other => other,
    };
    label.is_some_and(|k| c.starts_line(k) && c.is(k, c.lists.ui_labels))
}

#[cfg(test)]
mod tests {
    use super::super::testing::table;
    use crate::language::Language;

    #[test]
    fn english() {
        table(
            "percent en",
            Language::En,
            &[
                ("Sales were up 15% on the year.", &["PERCENT 15%"]),
                ("Costs fell 15 per cent last quarter.", &["PERCENT 15 per cent", "DATE last quarter"]),
                ("Rates rose by 2.5 percentage points overnight.", &["PERCENT 2.5 percentage points"]),
                ("Shares of Tesla fell 4 percent.", &["PERCENT 4 percent"]),
                ("Turnout was 0% in two towns.", &["PERCENT 0%"]),
                ("Loaded 12% of the files, the report says.", &["PERCENT 12%"]),
                // Page furniture: a player's status line.
                ("Video Player\nLoaded: 0%\nThe mayor spoke.", &[]),
                ("Volume 80%\nProgress: 45 %", &[]),
                // Not percentages.
                ("He won 15 per game.", &[]),
                ("A % sign alone.", &[]),
                ("It was 5pc higher.", &[]),
            ],
        );
    }

    #[test]
    fn other_languages() {
        table(
            "percent de",
            Language::De,
            &[
                ("Die Inflation lag bei 12,5 %.", &["PERCENT 12,5 %"]),
                (
                    "Der Anteil stieg um 3 Prozentpunkte auf 40 Prozent.",
                    &["PERCENT 3 Prozentpunkte", "PERCENT 40 Prozent"],
                ),
                ("Geladen: 10%", &[]),
            ],
        );
        table(
            "percent fr",
            Language::Fr,
            &[
                ("Le chômage atteint 12,5 % en mars.", &["PERCENT 12,5 %", "DATE mars"]),
                ("Une hausse de 3 pour cent.", &["PERCENT 3 pour cent"]),
            ],
        );
        table(
            "percent es",
            Language::Es,
            &[
                ("El paro bajó al 12,5 %.", &["PERCENT 12,5 %"]),
                ("Subió un 15 por ciento.", &["PERCENT 15 por ciento"]),
                ("Cayó 2 puntos porcentuales.", &["PERCENT 2 puntos porcentuales"]),
            ],
        );
        table("percent it", Language::It, &[("Il PIL cresce del 3 per cento.", &["PERCENT 3 per cento"])]);
        table("percent pt", Language::Pt, &[("A inflação subiu 4,5 por cento.", &["PERCENT 4,5 por cento"])]);
        table(
            "percent nl",
            Language::Nl,
            &[
                ("De werkloosheid daalde naar 3,5 procent.", &["PERCENT 3,5 procent"]),
                ("Een stijging van 12,5%.", &["PERCENT 12,5%"]),
            ],
        );
    }
}
