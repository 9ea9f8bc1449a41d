//! MONEY: an amount with a currency, the currency first (`$12 billion`,
//! `€ 1.200`, `R$ 2,5 bilhões`) or after it (`12 billion dollars`,
//! `3,5 Mio. €`, `30 millions d'euros`, `50 EUR`), with an optional rate
//! (`£2,100 a year`).
//!
//! A currency word that also names something else (`pounds`, `livres`,
//! `Pfund`: `[entities] contextual_currency`) is money only in a money
//! context: after a scale (`40 million pounds`) or with a money cue shortly
//! before it in the sentence (`paid 40 pounds`); otherwise the quantity rule
//! reads it (`weighed 8.4 pounds`). `$0`, `$1` next to code words
//! (`argument`, `register`) are registers or shell arguments, not money.

use super::{Cursor, Found};
use crate::entities::EntityType;

/// Currency symbols, alone or before an amount.
const SYMBOLS: &[&str] = &[
    "$", "\u{20AC}", "\u{00A3}", "\u{00A5}", "\u{20B9}", "\u{20A9}", "\u{20BD}", "\u{20BA}", "\u{20AA}", "\u{20B4}",
    "\u{20A6}", "\u{20B1}", "\u{0E3F}",
];

/// Symbols with a country mark, and the rupee's abbreviation (`Rs.` before `Rs`).
const PREFIXES: &[&str] = &["US$", "C$", "A$", "AU$", "CA$", "HK$", "NZ$", "S$", "R$", "Rs.", "Rs"];

/// ISO 4217 codes of the commonest currencies, matched as written (upper case).
const CODES: &[&str] = &[
    "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "INR", "JPY", "KRW", "MXN", "NOK", "NZD",
    "PLN", "RUB", "SEK", "SGD", "TRY", "USD", "ZAR",
];

/// How many tokens before an amount a money cue may stand (`paid the
/// Dutch club 40 million pounds`).
const CUE_WINDOW: usize = 8;

/// How far from `$0` a code word may stand.
const CODE_WINDOW: usize = 12;

/// Is `c` a character that starts a currency symbol (`1.200€` is fused)?
pub(super) fn is_symbol_char(c: char) -> bool {
    SYMBOLS.iter().any(|s| s.starts_with(c))
}

/// A currency symbol or code, alone: `€`, `USD`.
fn is_currency(word: &str) -> bool {
    SYMBOLS.contains(&word) || CODES.contains(&word)
}

/// A scale fused with a symbol (`M€`, `Md€`, `k€`), as French writes it.
fn is_scale_symbol(c: &Cursor, word: &str) -> bool {
    let Some(at) = word.find(is_symbol_char) else { return false };
    at > 0 && SYMBOLS.contains(&&word[at..]) && super::in_list(c.lists.scales, &word[..at].to_lowercase())
}

/// What follows a currency mark at the start of `word` (`$12` → `12`,
/// `US$` → ``), if it starts with one.
fn after_currency(word: &str) -> Option<&str> {
    if !word.starts_with(|c: char| c.is_ascii_uppercase() || is_symbol_char(c)) {
        return None;
    }
    SYMBOLS.iter().chain(PREFIXES).chain(CODES).find_map(|p| word.strip_prefix(p))
}

pub(super) fn at(c: &Cursor, i: usize) -> Option<Found> {
    let money = |end: usize| Found::new(EntityType::Money, i, c.rate(end));
    // The currency first: `$12 billion`, `€ 1.200`, `US$40 million`, `$12` in one token.
    if let Some(rest) = after_currency(c.word(i)) {
        if !rest.is_empty() {
            if super::is_number(rest) {
                return money(c.scales(i + 1));
            }
            let fused_scale =
                super::split_number(rest).is_some_and(|(_, s)| super::in_list(c.lists.scales, &s.to_lowercase()));
            return if fused_scale { money(i + 1) } else { None };
        }
        let amount = c.amount(i + 1)?;
        let end = match amount.suffix {
            None => c.scales(amount.end),
            Some(s) if super::in_list(c.lists.scales, &s.to_lowercase()) => amount.end,
            Some(_) => return None,
        };
        if c.word(i) == "$" && is_code(c, i, amount.end, end) {
            return None;
        }
        return money(end);
    }
    // The amount first: `12 billion dollars`, `3,5 Mio. €`, `1.200€`, `40 million pounds`.
    let amount = c.amount(i)?;
    let after = match amount.suffix {
        None => c.scales(amount.end),
        Some(s) if SYMBOLS.contains(&s) => return money(amount.end),
        Some(s) if super::in_list(c.lists.scales, &s.to_lowercase()) => amount.end,
        Some(_) => return None,
    };
    let scaled = after > amount.end || amount.suffix.is_some();
    if is_currency(c.word(after)) || (!scaled && is_scale_symbol(c, c.word(after))) {
        return money(after + 1);
    }
    // `30 millones de euros`: a link word between a scale and the currency.
    let words = if scaled && c.is(after, c.lists.currency_links) { after + 1 } else { after };
    if let Some(end) = c.phrase(words, c.lists.currency_words) {
        return money(end);
    }
    if let Some(end) = c.phrase(words, c.lists.contextual_currency) {
        if scaled || c.cue_before(i, CUE_WINDOW, c.lists.money_cues) {
            return money(end);
        }
    }
    None
}

/// `$0`, `$1` in code: a `$` before a bare one-digit number (no scale) with a
/// code word near it (`argument`, `register`) or right after `=` or a backtick.
fn is_code(c: &Cursor, dollar: usize, number_end: usize, end: usize) -> bool {
    let digit = super::small_number(c.word(dollar + 1), 1).is_some();
    let code_mark = dollar > 0 && matches!(c.word(dollar - 1), "=" | "`");
    digit
        && number_end == dollar + 2
        && end == number_end
        && (code_mark || c.near(dollar, CODE_WINDOW, c.lists.code_cues))
}

#[cfg(test)]
mod tests {
    use super::super::testing::table;
    use crate::language::Language;

    #[test]
    fn english() {
        table(
            "money en",
            Language::En,
            &[
                ("The firm paid nearly $12 billion for the stake.", &["MONEY $12 billion"]),
                ("Rivals spent €3.5m on it.", &["MONEY €3.5m"]),
                ("It cost £2.7bn in all.", &["MONEY £2.7bn"]),
                ("They lost 12 billion dollars on it.", &["MONEY 12 billion dollars"]),
                ("Fees rose to £2,100 a year for each pupil.", &["MONEY £2,100 a year"]),
                ("It paid US$40 million for the site.", &["MONEY US$40 million"]),
                ("A dividend of $1.20 per share.", &["MONEY $1.20 per share"]),
                ("The fund holds USD 5 billion.", &["MONEY USD 5 billion"]),
                ("Tickets cost 50 EUR each.", &["MONEY 50 EUR"]),
                ("Amazon paid $0 in federal income tax.", &["MONEY $0"]),
                ("Tickets cost $5 and $8.", &["MONEY $5", "MONEY $8"]),
                ("It sold for 20 euros and 12 US dollars.", &["MONEY 20 euros", "MONEY 12 US dollars"]),
                ("India spent Rs 500 crore on roads.", &["MONEY Rs 500 crore"]),
                // Pounds: money in a money context, a weight otherwise.
                ("The club paid 40 million pounds for the striker.", &["MONEY 40 million pounds"]),
                ("He was fined 500 pounds by the court.", &["MONEY 500 pounds"]),
                ("The ticket costs 20 pounds.", &["MONEY 20 pounds"]),
                ("The baby weighed 8.4 pounds at birth.", &["QUANTITY 8.4 pounds"]),
                ("The statue weighs about 800 pounds.", &["QUANTITY 800 pounds"]),
                ("He paid the bill. The parcel weighed 3 pounds.", &["QUANTITY 3 pounds"]),
                ("She got 90 marks in the test.", &[]),
                // Code, not money.
                ("In the listing, $0 holds the return address and $1 the first argument.", &[]),
                ("The shell script reads $1 as the file name.", &[]),
                ("Set x=$2 before the loop.", &[]),
                // But an amount near a code word with a scale stays money.
                ("The shell company moved $1 billion.", &["MONEY $1 billion"]),
                // No amount.
                ("The $ sign and the € sign.", &[]),
                ("Prices in USD are shown.", &[]),
                ("He has 12 billion reasons.", &[]),
                ("The 2.7bn figure is old.", &[]),
            ],
        );
    }

    #[test]
    fn german() {
        table(
            "money de",
            Language::De,
            &[
                ("Die Bahn investiert 2,3 Milliarden Euro in Polen.", &["MONEY 2,3 Milliarden Euro"]),
                ("Das kostet 3,5 Mio. € im Jahr.", &["MONEY 3,5 Mio. € im Jahr"]),
                ("Der Eintritt kostet € 1.200 pro Person.", &["MONEY € 1.200"]),
                ("Das Gerät kostet 50 Euro.", &["MONEY 50 Euro"]),
                ("Ein Brot für 3,99€ am Stand.", &["MONEY 3,99€"]),
                ("Der Umsatz stieg auf 12 Mrd. US-Dollar.", &["MONEY 12 Mrd. US-Dollar"]),
                ("Er zahlte 400 Pfund für das Ticket.", &["MONEY 400 Pfund"]),
                ("Die Kiste wiegt 40 Pfund.", &["QUANTITY 40 Pfund"]),
                ("Er hat 2,3 Milliarden Gründe.", &[]),
            ],
        );
    }

    #[test]
    fn french() {
        table(
            "money fr",
            Language::Fr,
            &[
                ("L'État versera 30 millions d'euros à la région.", &["MONEY 30 millions d'euros"]),
                ("Un budget de 30 millions d\u{2019}euros.", &["MONEY 30 millions d\u{2019}euros"]),
                ("La facture atteint 1 200 euros par mois.", &["MONEY 1 200 euros par mois"]),
                ("Le club a dépensé 80 M€ cet été.", &["MONEY 80 M€"]),
                ("Il gagne 3,5 milliards de dollars.", &["MONEY 3,5 milliards de dollars"]),
                ("Elle a payé 20 livres sterling.", &["MONEY 20 livres sterling"]),
                ("Il a lu 3 livres cet été.", &[]),
                ("Il y a 30 millions d'habitants.", &[]),
            ],
        );
    }

    #[test]
    fn spanish() {
        table(
            "money es",
            Language::Es,
            &[
                ("El Gobierno aprobó 15 millones de euros.", &["MONEY 15 millones de euros"]),
                ("Costó 3.000 millones de dólares.", &["MONEY 3.000 millones de dólares"]),
                ("Invirtió 2 mil millones de euros.", &["MONEY 2 mil millones de euros"]),
                ("El fichaje costó 40 millones de libras.", &["MONEY 40 millones de libras"]),
                ("El paquete pesa 3 libras.", &[]),
                ("Hay 15 millones de personas.", &[]),
            ],
        );
    }

    #[test]
    fn italian() {
        table(
            "money it",
            Language::It,
            &[
                ("Il governo stanzia 3 miliardi di euro.", &["MONEY 3 miliardi di euro"]),
                ("Un biglietto costa 12 euro.", &["MONEY 12 euro"]),
                ("Il club ha speso 10 milioni di sterline.", &["MONEY 10 milioni di sterline"]),
                ("Ci sono 3 milioni di abitanti.", &[]),
            ],
        );
    }

    #[test]
    fn portuguese() {
        table(
            "money pt",
            Language::Pt,
            &[
                ("A empresa lucrou R$ 2,5 bilhões no ano.", &["MONEY R$ 2,5 bilhões"]),
                ("O Estado pagou 30 milhões de euros.", &["MONEY 30 milhões de euros"]),
                ("O contrato vale US$ 3 milhões.", &["MONEY US$ 3 milhões"]),
                ("Custa 20 reais por mês.", &["MONEY 20 reais por mês"]),
                ("São 30 milhões de pessoas.", &[]),
            ],
        );
    }

    #[test]
    fn dutch() {
        table(
            "money nl",
            Language::Nl,
            &[
                ("Het kabinet trekt 2,3 miljard euro uit.", &["MONEY 2,3 miljard euro"]),
                ("Een kaartje kost € 12,50 per stuk.", &["MONEY € 12,50"]),
                ("De club betaalde 30 miljoen pond.", &["MONEY 30 miljoen pond"]),
                ("Het pakket weegt 3 pond.", &["QUANTITY 3 pond"]),
                ("Er wonen 17 miljoen mensen.", &[]),
            ],
        );
    }
}
