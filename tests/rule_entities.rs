//! The rule entities (money, percentages, dates, times, quantities) on
//! sentences written for this test in the style of news, business, sport and
//! tech pages, in seven languages, each with every rule mention it holds.
//! Written after the rules and not used to tune them: a measurement, not a
//! table test (those are in src/entities/rules/). Prints precision and recall
//! per language (`cargo test --release --test rule_entities -- --nocapture`);
//! asserts only that every mention slices back to its text.

use nutshell::{Analyzer, EntityType, Language};

/// (text, every rule mention as `TYPE text`).
type Case = (&'static str, &'static [&'static str]);

const EN: &[Case] = &[
    ("Shares of the retailer fell 7.5% on Tuesday after it cut its forecast.", &["PERCENT 7.5%", "DATE Tuesday"]),
    ("The council approved a £4.2m budget for road repairs in March 2027.", &["MONEY £4.2m", "DATE March 2027"]),
    ("The marathon starts at 9:15 a.m. and covers 42 km of city streets.", &["TIME 9:15 a.m.", "QUANTITY 42 km"]),
    (
        "Unemployment rose to 4.1 per cent last month, the highest since 2021.",
        &["PERCENT 4.1 per cent", "DATE last month", "DATE 2021"],
    ),
    ("The startup raised $35 million from investors on Nov. 3, 2026.", &["MONEY $35 million", "DATE Nov. 3, 2026"]),
    ("The newborn panda weighed 5 pounds and measured 30 centimetres.", &["QUANTITY 5 pounds"]),
    ("He scored 23 points in 31 minutes as the team won 104-98.", &[]),
    ("Tickets cost 45 euros and the show opens on 12 June.", &["MONEY 45 euros", "DATE 12 June"]),
];

const DE: &[Case] = &[
    ("Die Deutsche Bahn investiert 2,3 Milliarden Euro in neue Strecken.", &["MONEY 2,3 Milliarden Euro"]),
    ("Die Inflation sank im Oktober auf 2,4 Prozent.", &["DATE Oktober", "PERCENT 2,4 Prozent"]),
    ("Der Bundestag stimmt am Mittwoch über das Gesetz ab.", &["DATE Mittwoch"]),
    ("Das Spiel beginnt am 14. März 2026 um 18.30 Uhr.", &["DATE 14. März 2026", "TIME 18.30 Uhr"]),
    (
        "Der neue Tunnel ist 12 Kilometer lang und kostete 800 Millionen Euro.",
        &["QUANTITY 12 Kilometer", "MONEY 800 Millionen Euro"],
    ),
    ("Die Aktie verlor 12,5 % an Wert.", &["PERCENT 12,5 %"]),
    ("Seit 2019 hat der Konzern 3.000 Stellen abgebaut.", &["DATE 2019"]),
    ("Die Mannschaft gewann mit 3:1 gegen Bremen.", &[]),
];

const FR: &[Case] = &[
    ("L'État versera 30 millions d'euros aux communes touchées.", &["MONEY 30 millions d'euros"]),
    ("La réforme entrera en vigueur le 1er janvier 2027.", &["DATE 1er janvier 2027"]),
    ("Le chômage a reculé de 0,3 point pour atteindre 7,2 % au troisième trimestre.", &["PERCENT 7,2 %"]),
    ("Le Conseil des ministres se réunit mercredi à 10 h 30.", &["DATE mercredi", "TIME 10 h 30"]),
    (
        "Le TGV roulera à 320 kilomètres par heure dès l'an prochain.",
        &["QUANTITY 320 kilomètres", "DATE l'an prochain"],
    ),
    ("Les ventes ont progressé de 12 % en 2025.", &["PERCENT 12 %", "DATE 2025"]),
    ("Le club a recruté 3 joueurs pour 25 M€.", &["MONEY 25 M€"]),
    ("Il a marqué 2 buts en 10 minutes.", &[]),
];

const ES: &[Case] = &[
    ("El acuerdo se firmó el 15 de marzo de 2026 en Bruselas.", &["DATE 15 de marzo de 2026"]),
    ("El Gobierno destinará 1.200 millones de euros a la vivienda.", &["MONEY 1.200 millones de euros"]),
    ("El paro bajó al 11,3 % en el segundo trimestre.", &["PERCENT 11,3 %"]),
    ("La reunión empezará el lunes a las 9:30 horas.", &["DATE lunes", "TIME 9:30 horas"]),
    ("El incendio arrasó 3.000 hectáreas el año pasado.", &["QUANTITY 3.000 hectáreas", "DATE año pasado"]),
    ("El equipo ganó 2-0 con 11 jugadores.", &[]),
];

const IT: &[Case] = &[
    ("Il governo ha stanziato 5 miliardi di euro per la sanità.", &["MONEY 5 miliardi di euro"]),
    ("L'inflazione è scesa al 2,1% a settembre.", &["PERCENT 2,1%", "DATE settembre"]),
    ("Il vertice si terrà il 3 maggio 2026 a Roma.", &["DATE 3 maggio 2026"]),
    ("Il treno partirà alle 7.45 da Milano.", &["TIME 7.45"]),
    ("La nuova diga è alta 120 metri.", &["QUANTITY 120 metri"]),
    ("La squadra ha vinto 3 partite su 5.", &[]),
];

const PT: &[Case] = &[
    ("A Petrobras lucrou R$ 35,5 bilhões no trimestre.", &["MONEY R$ 35,5 bilhões"]),
    ("A inflação subiu 4,5 por cento em 2025.", &["PERCENT 4,5 por cento", "DATE 2025"]),
    ("O jogo começa às 21h30 de quarta-feira.", &["TIME 21h30", "DATE quarta-feira"]),
    ("A nova lei foi publicada em 2 de abril de 2026.", &["DATE 2 de abril de 2026"]),
    ("O governo vai investir 200 milhões de euros em escolas.", &["MONEY 200 milhões de euros"]),
    ("O clube venceu por 2 a 1.", &[]),
];

const NL: &[Case] = &[
    ("Het kabinet trekt 2,3 miljard euro uit voor defensie.", &["MONEY 2,3 miljard euro"]),
    ("De werkloosheid daalde in mei naar 3,6 procent.", &["DATE mei", "PERCENT 3,6 procent"]),
    ("De Tweede Kamer debatteert op dinsdag 4 november over de begroting.", &["DATE dinsdag", "DATE 4 november"]),
    ("De trein vertrekt om 8.15 uur uit Utrecht.", &["TIME 8.15 uur"]),
    ("De nieuwe dijk is 32 kilometer lang.", &["QUANTITY 32 kilometer"]),
    ("Ajax won met 3-1 van Feyenoord.", &[]),
];

fn is_rule_type(t: EntityType) -> bool {
    !t.is_name() && !matches!(t, EntityType::Email | EntityType::Url)
}

#[test]
fn rule_entities_on_written_sentences() {
    let sets = [
        (Language::En, EN),
        (Language::De, DE),
        (Language::Fr, FR),
        (Language::Es, ES),
        (Language::It, IT),
        (Language::Pt, PT),
        (Language::Nl, NL),
    ];
    let (mut all_tp, mut all_found, mut all_gold) = (0, 0, 0);
    for (language, cases) in sets {
        let analyzer = Analyzer::builder().language(Some(language)).model(None).build().expect("analyzer");
        let (mut tp, mut found, mut gold) = (0, 0, 0);
        let mut misses = Vec::new();
        for (text, expected) in cases {
            let entities = analyzer.entities(text).expect("entities");
            let got: Vec<String> = entities
                .mentions
                .iter()
                .filter(|m| is_rule_type(m.kind))
                .map(|m| {
                    assert_eq!(&text[m.span.start..m.span.end], m.span.text, "exact span in {text:?}");
                    format!("{} {}", m.kind, m.span.text)
                })
                .collect();
            let hits = got.iter().filter(|g| expected.contains(&g.as_str())).count();
            tp += hits;
            found += got.len();
            gold += expected.len();
            if hits != expected.len() || hits != got.len() {
                misses.push(format!("    {text:?}\n      expected {expected:?}\n      got      {got:?}"));
            }
        }
        println!(
            "{}: precision {tp}/{found} = {:.1} %, recall {tp}/{gold} = {:.1} %",
            language.code(),
            100.0 * tp as f64 / found.max(1) as f64,
            100.0 * tp as f64 / gold.max(1) as f64
        );
        for m in misses {
            println!("{m}");
        }
        all_tp += tp;
        all_found += found;
        all_gold += gold;
    }
    println!(
        "all: precision {all_tp}/{all_found} = {:.1} %, recall {all_tp}/{all_gold} = {:.1} %",
        100.0 * all_tp as f64 / all_found.max(1) as f64,
        100.0 * all_tp as f64 / all_gold.max(1) as f64
    );
}
