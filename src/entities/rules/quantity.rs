//! QUANTITY: a number with a unit, as words (`5 miles`, `20 square feet`,
//! `800 pounds`, `3 Tonnen`: `[entities] units`) or as an SI symbol, apart
//! or fused (`5 km`, `20kg`, `20°C`). Money runs first, so `40 million
//! pounds` is money and only a weight in pounds is left for this rule.

use super::{Cursor, Found};
use crate::entities::EntityType;

/// Unit symbols, matched as written: case matters for one letter (`5 g`,
/// but `5G` is a network).
const SYMBOLS: &[&str] = &["L", "g", "l", "°", "°C", "°F"];

/// Unit symbols of two letters or more, matched in any case (`5 KM`, `10 GB`).
const LONG_SYMBOLS: &[&str] = &[
    "cm", "gb", "gw", "gwh", "ha", "kb", "kg", "km", "km/h", "km²", "kw", "kwh", "m²", "mb", "mg", "ml", "mm", "mw",
    "mwh", "tb", "tw", "twh",
];

fn is_symbol(word: &str) -> bool {
    SYMBOLS.contains(&word) || (word.chars().count() > 1 && LONG_SYMBOLS.contains(&word.to_lowercase().as_str()))
}

pub(super) fn at(c: &Cursor, i: usize) -> Option<Found> {
    let amount = c.amount(i)?;
    if let Some(unit) = amount.suffix {
        // `5km`, `20°C`, `6ft` (a unit word of one letter does not fuse: `5G`).
        let word = unit.chars().count() > 1 && super::in_list(c.lists.units, &unit.to_lowercase());
        return (is_symbol(unit) || word).then_some(Found { kind: EntityType::Quantity, start: i, end: i + 1 });
    }
    let unit = c.scales(amount.end);
    if is_symbol(c.word(unit)) {
        return Found::new(EntityType::Quantity, i, unit + 1);
    }
    let end = c.phrase(unit, c.lists.units)?;
    Found::new(EntityType::Quantity, i, end)
}

#[cfg(test)]
mod tests {
    use super::super::testing::table;
    use crate::language::Language;

    #[test]
    fn english() {
        table(
            "quantity en",
            Language::En,
            &[
                ("The road is 5 km long and narrow.", &["QUANTITY 5 km"]),
                ("The bag weighs 20kg when full.", &["QUANTITY 20kg"]),
                ("It covers 20 square miles of forest.", &["QUANTITY 20 square miles"]),
                ("A 6ft wall and 3 feet of snow.", &["QUANTITY 6ft", "QUANTITY 3 feet"]),
                ("It was 20°C and later 18 °C.", &["QUANTITY 20°C", "QUANTITY 18 °C"]),
                ("They pumped 2 million barrels a day.", &["QUANTITY 2 million barrels"]),
                ("The phone has 128 GB of storage.", &["QUANTITY 128 GB"]),
                ("Add 5 g of salt.", &["QUANTITY 5 g"]),
                ("The statue weighs about 800 pounds.", &["QUANTITY 800 pounds"]),
                // Not quantities: a network, a scale alone, a bare number.
                ("The 5G network is new.", &[]),
                ("It grew 3.5m in a year.", &[]),
                ("He scored 3 m. later.", &[]),
                ("We saw 12 square dancers.", &[]),
            ],
        );
    }

    #[test]
    fn other_languages() {
        table(
            "quantity de",
            Language::De,
            &[
                ("Die Strecke ist 120 Kilometer lang.", &["QUANTITY 120 Kilometer"]),
                ("Es wurden 3 Millionen Tonnen geliefert.", &["QUANTITY 3 Millionen Tonnen"]),
                ("Die Wohnung hat 80 Quadratmeter.", &["QUANTITY 80 Quadratmeter"]),
            ],
        );
        table(
            "quantity fr",
            Language::Fr,
            &[
                ("Un parcours de 42 kilomètres.", &["QUANTITY 42 kilomètres"]),
                ("La forêt couvre 1 200 hectares.", &["QUANTITY 1 200 hectares"]),
            ],
        );
        table("quantity es", Language::Es, &[("Una casa de 90 metros cuadrados.", &["QUANTITY 90 metros cuadrados"])]);
        table("quantity it", Language::It, &[("Un percorso di 12 chilometri.", &["QUANTITY 12 chilometri"])]);
        table("quantity pt", Language::Pt, &[("Foram 30 toneladas de lixo.", &["QUANTITY 30 toneladas"])]);
        table(
            "quantity nl",
            Language::Nl,
            &[
                ("Een dijk van 32 kilometer.", &["QUANTITY 32 kilometer"]),
                ("Een huis van 90 vierkante meter.", &["QUANTITY 90 vierkante meter"]),
            ],
        );
    }
}
