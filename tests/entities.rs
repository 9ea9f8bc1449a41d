//! Entity tagging: the seed article, the rules, resolution, the model
//! loader and bad input. Needs nothing outside the repository.

use nutshell::{Analyzer, Entities, EntityType, Model};
use std::sync::Arc;

const SEED: &str = include_str!("../www/sample.txt");
const MODEL: &[u8] = include_bytes!("../models/ner.bin");

fn run(text: &str) -> Entities {
    let found = Analyzer::new().entities(text).expect("entities");
    check_spans(text, &found);
    found
}

/// Every mention and entity span slices back to its text.
fn check_spans(text: &str, found: &Entities) {
    for m in &found.mentions {
        assert_eq!(&text[m.span.start..m.span.end], m.span.text, "mention span");
        assert!(!m.span.text.is_empty());
    }
    for e in &found.entities {
        assert_eq!(e.count, e.mentions.len());
        for s in &e.mentions {
            assert!(text.get(s.start..s.end).is_some(), "entity span on char boundaries");
            assert!(
                found.mentions.iter().any(|m| m.span.start == s.start && m.span.end == s.end),
                "entity span is a mention"
            );
        }
    }
}

fn entity<'a>(found: &'a Entities, name: &str) -> Option<&'a nutshell::Entity> {
    found.entities.iter().find(|e| e.name == name)
}

fn mentions_of(found: &Entities, kind: EntityType) -> Vec<&str> {
    found.mentions.iter().filter(|m| m.kind == kind).map(|m| m.span.text.as_str()).collect()
}

#[test]
fn embedded_model_loads() {
    let m = Model::from_bytes(MODEL).expect("the committed model loads");
    assert!(m.len() > 1000);
}

#[test]
fn seed_article() {
    let found = run(SEED);
    let core: Vec<_> = found.entities.iter().filter(|e| e.name.eq_ignore_ascii_case("coreweave")).collect();
    assert_eq!(core.len(), 1, "one CoreWeave entity: {:?}", found.entities);
    let core = core[0];
    assert_eq!(core.kind, EntityType::Org);
    let spellings: Vec<&str> = core.mentions.iter().map(|s| &SEED[s.start..s.end]).collect();
    assert!(spellings.contains(&"CoreWeave") && spellings.contains(&"Coreweave"), "{spellings:?}");
    for org in ["Microsoft", "OpenAI", "Nvidia"] {
        let e = entity(&found, org).unwrap_or_else(|| panic!("{org} missing: {:?}", found.entities));
        assert_eq!(e.kind, EntityType::Org, "{org}");
    }
    for person in ["Jensen Huang", "Sam Altman"] {
        let e = entity(&found, person).unwrap_or_else(|| panic!("{person} missing: {:?}", found.entities));
        assert_eq!(e.kind, EntityType::Person, "{person}");
    }
    for money in ["$12 billion", "$2.7 billion", "$30 billion", "$80 billion"] {
        let e = found
            .entities
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(money))
            .unwrap_or_else(|| panic!("{money} missing: {:?}", found.entities));
        assert_eq!(e.kind, EntityType::Money, "{money}");
    }
    assert!(mentions_of(&found, EntityType::Money).contains(&"$12 billion"), "nearly is not part of the amount");
    for not in ["Leave a Reply", "Leave", "Reply", "Article", "IPO", "CEO", "AI", "Decides", "Option"] {
        assert!(!found.mentions.iter().any(|m| m.span.text == not), "{not} is not an entity: {:?}", found.mentions);
        assert!(entity(&found, not).is_none(), "{not} is not an entity");
    }
    // The headline keeps only names the body confirms.
    let title_end = SEED.find('\n').unwrap();
    let in_title: Vec<&str> = found
        .mentions
        .iter()
        .filter(|m| m.span.end <= title_end && m.kind.is_name())
        .map(|m| m.span.text.as_str())
        .collect();
    assert_eq!(in_title, ["Microsoft", "Coreweave"]);
}

#[test]
fn rule_table() {
    let cases: &[(&str, EntityType, &str)] = &[
        ("The firm paid nearly $12 billion for the stake.", EntityType::Money, "$12 billion"),
        ("Rivals spent €3.5m on it.", EntityType::Money, "€3.5m"),
        ("It cost £2.7bn in all.", EntityType::Money, "£2.7bn"),
        ("They lost 12 billion dollars on it.", EntityType::Money, "12 billion dollars"),
        ("Fees rose to £2,100 a year for each pupil.", EntityType::Money, "£2,100 a year"),
        ("It paid US$40 million for the site.", EntityType::Money, "US$40 million"),
        ("Sales were up 15% on the year.", EntityType::Percent, "15%"),
        ("Costs fell 15 per cent last quarter.", EntityType::Percent, "15 per cent"),
        ("Rates rose by 2.5 percentage points overnight.", EntityType::Percent, "2.5 percentage points"),
        ("The meeting is on Nov. 28, 2026 in the morning.", EntityType::Date, "Nov. 28, 2026"),
        ("It ends on 28 November with a party.", EntityType::Date, "28 November"),
        ("It opened in March 2019 after delays.", EntityType::Date, "March 2019"),
        ("We met last Tuesday at the office.", EntityType::Date, "last Tuesday"),
        ("Prices doubled in the 1990s across the region.", EntityType::Date, "the 1990s"),
        ("The report was filed on 2026-11-28 by the firm.", EntityType::Date, "2026-11-28"),
        ("The vote is at 10:30 a.m. on the day.", EntityType::Time, "10:30 a.m."),
        ("The shop opens at 9pm every day.", EntityType::Time, "9pm"),
        ("The road is 5 km long and narrow.", EntityType::Quantity, "5 km"),
        ("The bag weighs 20kg when full.", EntityType::Quantity, "20kg"),
        ("Write to press@example.com for details.", EntityType::Email, "press@example.com"),
        ("See https://example.com/news/1 for more.", EntityType::Url, "https://example.com/news/1"),
        ("See www.example.org today.", EntityType::Url, "www.example.org"),
    ];
    for (text, kind, expected) in cases {
        let found = run(text);
        let got = mentions_of(&found, *kind);
        assert_eq!(got, [*expected], "in {text:?}: {:?}", found.mentions);
    }
    // Months that are also words need a number next to them.
    for text in ["You may go now and march on.", "They may well win the vote."] {
        let found = run(text);
        assert!(mentions_of(&found, EntityType::Date).is_empty(), "{text}: {:?}", found.mentions);
    }
}

#[test]
fn resolution() {
    let text = "Chip designer Arm Holdings said on Monday that Jensen Huang would join its board. \
        Huang, who runs Nvidia, said Arm Holdings's plan was sound. Nvidia's shares rose. \
        Analysts at Coreweave and CoreWeave's partners agreed with Huang.";
    let found = run(text);
    let huang = entity(&found, "Jensen Huang").unwrap_or_else(|| panic!("{:?}", found.entities));
    assert_eq!(huang.kind, EntityType::Person);
    assert_eq!(huang.count, 3, "Huang after Jensen Huang is the same person: {:?}", found.entities);
    let nvidia = entity(&found, "Nvidia").unwrap_or_else(|| panic!("{:?}", found.entities));
    assert_eq!(nvidia.count, 2, "Nvidia's is Nvidia");
    assert_eq!(nvidia.kind, EntityType::Org);
    let core: Vec<_> = found.entities.iter().filter(|e| e.name.eq_ignore_ascii_case("coreweave")).collect();
    assert_eq!(core.len(), 1);
    assert_eq!(core[0].count, 2);

    let text = "Shares of International Business Machines (IBM) rose on Tuesday. \
        Analysts said IBM had a strong quarter, and IBM plans to hire.";
    let found = run(text);
    let ibm = entity(&found, "International Business Machines").unwrap_or_else(|| panic!("{:?}", found.entities));
    assert_eq!(ibm.count, 4, "the acronym links to its expansion: {:?}", found.entities);
    assert!(entity(&found, "IBM").is_none());

    // A sentence's opening `The` and the market words before `of` are not part of the name.
    let found = run("The World Health Organization said on Monday that cases had fallen. \
        Shareholders of Vantage Logistics approved the takeover.");
    let names: Vec<&str> = found.mentions.iter().map(|m| m.span.text.as_str()).collect();
    assert!(names.contains(&"World Health Organization"), "{names:?}");
    assert!(names.contains(&"Vantage Logistics"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("The ") || n.starts_with("Shareholders")), "{names:?}");

    // A one-word "person" that no name list knows and no full name in the text explains is
    // a company (`Sony and Netflix signed`); a known surname stays a person.
    let found = run("Sony and Netflix signed a licensing deal on Tuesday.");
    for name in ["Sony", "Netflix"] {
        let e = entity(&found, name).unwrap_or_else(|| panic!("{name}: {:?}", found.entities));
        assert_eq!(e.kind, EntityType::Org, "{name}: {:?}", found.entities);
    }
    let found = run("Jensen Huang spoke first. Later, Huang said demand was strong.");
    assert!(found.mentions.iter().all(|m| m.kind == EntityType::Person), "{:?}", found.mentions);

    // An acronym of a lower-case expansion is a common noun.
    let found = run("Budgets for artificial intelligence (AI) grew. Firms spend on AI every year.");
    assert!(found.mentions.iter().all(|m| m.span.text != "AI"), "{:?}", found.mentions);
}

#[test]
fn type_is_consistent_across_the_document() {
    let text = "Jordan Pickford played well. Pickford saved two shots, and Pickford was named man of the match.";
    let found = run(text);
    let kinds: std::collections::HashSet<EntityType> =
        found.mentions.iter().filter(|m| m.span.text.contains("Pickford")).map(|m| m.kind).collect();
    assert_eq!(kinds.len(), 1, "{:?}", found.mentions);
}

#[test]
fn model_loader_rejects_bad_bytes() {
    assert!(Model::from_bytes(&[]).is_err());
    assert!(Model::from_bytes(b"NSNR").is_err());
    // Every truncation is an error, never a panic.
    for cut in (0..MODEL.len()).step_by(997).chain([MODEL.len() - 1, MODEL.len() - 2, 20, 21]) {
        let e = Model::from_bytes(&MODEL[..cut]).expect_err("truncated model");
        assert!(e.to_string().contains("model"), "{e}");
    }
    // Flipped bytes anywhere: an error.
    for at in (0..MODEL.len()).step_by(4093) {
        let mut bad = MODEL.to_vec();
        bad[at] ^= 0x5a;
        assert!(Model::from_bytes(&bad).is_err(), "byte {at} flipped");
    }
    let mut wrong_version = MODEL.to_vec();
    wrong_version[4] = 99;
    assert!(Model::from_bytes(&wrong_version).unwrap_err().to_string().contains("version"));
    let mut trailing = MODEL.to_vec();
    trailing.push(0);
    assert!(Model::from_bytes(&trailing).is_err());
}

#[test]
fn conll_tags_align_and_use_conll_types() {
    let sentences = vec![
        vec!["EU", "rejects", "German", "call", "to", "boycott", "British", "lamb", "."],
        vec!["Peter", "Blackburn"],
        vec![],
        vec!["The", "meeting", "costs", "$", "12", "billion", "."],
    ];
    let tags = Analyzer::new().tag_conll(&sentences).expect("the built-in model");
    assert_eq!(tags.len(), sentences.len());
    for (s, t) in sentences.iter().zip(&tags) {
        assert_eq!(s.len(), t.len());
        for (i, tag) in t.iter().enumerate() {
            assert!(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"].contains(tag));
            if let Some(ty) = tag.strip_prefix("I-") {
                assert_eq!(&t[i - 1][2..], ty, "valid BIO");
            }
        }
    }
    assert_eq!(tags[1], ["B-PER", "I-PER"]);
    assert!(tags[3].iter().all(|t| *t == "O"), "money is O in CoNLL output");
}

#[test]
fn bad_input_never_panics() {
    // 10,000 capitalized words in a row.
    let many: String = (0..10_000).map(|i| format!("Word{} ", i % 97)).collect::<String>().replace("Word", "Zorb");
    let found = run(&many);
    assert!(found.mentions.len() < 10_000);
    assert!(found.mentions.iter().all(|m| m.span.text.split(' ').count() <= 10), "no pile of words as one name");
    // ALL CAPS.
    let caps = SEED.to_uppercase();
    let found = run(&caps);
    assert!(found.entities.len() < 60, "{:?}", found.entities.len());
    // A list of names, no sentences.
    let names = "Jensen Huang\nSam Altman\nSatya Nadella\nLisa Su\nTim Cook\n";
    run(names);
    // Other languages: German capitalises every noun; its model must not read them as names.
    let de = "Die Bundesregierung hat am Dienstag beschlossen, die Steuern zu senken. \
        Der Finanzminister sagte, die Wirtschaft brauche Unterstützung. Die Kosten betragen 12 Milliarden Euro.";
    let found = run(de);
    let nouns = [
        "Die",
        "Der",
        "Bundesregierung",
        "Dienstag",
        "Steuern",
        "Finanzminister",
        "Wirtschaft",
        "Unterstützung",
        "Kosten",
    ];
    let names: Vec<&str> = found.mentions.iter().filter(|m| m.kind.is_name()).map(|m| m.span.text.as_str()).collect();
    assert!(names.iter().all(|n| !nouns.contains(n)), "{names:?}");
    let fr = "Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin mardi. Ils ont parlé de l'Europe.";
    run(fr);
    let zh = "微软公司决定不行使从CoreWeave购买额外数据中心容量的选择权。这一决定价值近120亿美元。";
    run(zh);
    let mixed = "é\u{200B}Ω 😀 ‘Quoted’ — “Smart” … ½ $ % 12: ( ) 's n't '' ... --- @ http:// www. a@b";
    run(mixed);
    // Empty input is refused by the document, before any tagging.
    assert!(Analyzer::new().document("").is_err());
    assert!(Analyzer::new().document("  \n\t ").is_err());
    // Without a model nothing is tagged, but the rules still find their entities.
    let rules_only = Analyzer::builder().model(None).build().unwrap();
    let found = rules_only.entities("Microsoft paid $5 million.").unwrap();
    assert_eq!(found.mentions.len(), 1);
    assert_eq!(found.mentions[0].kind, EntityType::Money);
}

#[test]
fn offsets_map_to_utf16() {
    let text = "Café owners in Paris paid €3.5m to Jensen Huang.";
    let mut found = run(text);
    let map = nutshell::Utf16Map::new(text);
    let before = found.clone();
    map.convert(&mut found);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for (m, b) in found.mentions.iter().zip(&before.mentions) {
        assert_eq!(String::from_utf16(&utf16[m.span.start..m.span.end]).unwrap(), b.span.text);
    }
}

#[test]
fn json_shape() {
    let found = run(SEED);
    let v = serde_json::to_value(&found).unwrap();
    assert_eq!(v["mentions"][0]["type"], "ORG");
    assert!(v["entities"][0]["mentions"][0]["start"].is_number());
    assert!(v["entities"].as_array().unwrap().iter().any(|e| e["type"] == "PERSON"));
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    const SAMPLES: &[&str] = &[
        "Microsoft",
        "$",
        "12",
        "billion",
        "Nov.",
        "28,",
        "2026",
        "'s",
        "İSTANBUL",
        "3.5m",
        "5km",
        "10:30",
        "a.m.",
        "the",
        "1990s",
        "(IBM)",
        "€",
        "£2.7bn",
        "per",
        "cent",
        "%",
        "\u{2019}s",
        "n't",
        "a@b.co",
        "https://x.y/z",
        "\n",
        "\n\n",
        ".",
        "Ǆemal",
        "ﬁnance",
        "Huang",
        "Jensen",
        "CEO",
        "😀",
        "10İam",
        "5İ",
        "(",
        ")",
    ];

    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            (0..SAMPLES.len()).prop_map(|i| SAMPLES[i].to_string()),
            "[A-Za-zÀ-ÿİ]{1,8}",
            "[0-9.,:%$-]{1,6}[a-zİ]{0,2}",
            "\\PC{1,4}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Any text: no panic, and every span slices back.
        #[test]
        fn arbitrary_text(words in proptest::collection::vec(word(), 0..60)) {
            let text = words.join(" ");
            if let Ok(found) = Analyzer::new().entities(&text) {
                check_spans(&text, &found);
            }
        }
    }
}

mod cli {
    use assert_cmd::Command;

    #[test]
    fn tag_conll_keeps_lines_aligned() {
        let input =
            "-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\nBRUSSELS NNP B-NP B-LOC\n  \n";
        let out =
            Command::cargo_bin("nutshell").unwrap().args(["tag", "--conll"]).write_stdin(input).assert().success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let inputs: Vec<&str> = input.lines().collect();
        assert_eq!(lines.len(), inputs.len());
        assert_eq!(lines[0], "-DOCSTART- -X- -X- O");
        assert_eq!(lines[1], "");
        for (o, i) in lines.iter().zip(&inputs) {
            if let Some(tok) = i.split_whitespace().next().filter(|t| !t.starts_with("-DOCSTART-")) {
                let mut cols = o.split(' ');
                assert_eq!(cols.next(), Some(tok));
                assert!(cols.next().is_some_and(|t| t == "O" || t.starts_with("B-") || t.starts_with("I-")));
            }
        }
        assert_eq!(lines[2], "Peter B-PER");
        assert_eq!(lines[3], "Blackburn I-PER");
    }

    #[test]
    fn entities_json_and_text() {
        let text = "Microsoft paid nearly $12 billion to CoreWeave, Jensen Huang said on Tuesday.";
        let out = Command::cargo_bin("nutshell")
            .unwrap()
            .args(["entities", "--format", "json"])
            .write_stdin(text)
            .assert()
            .success();
        let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let mentions = v["mentions"].as_array().unwrap();
        assert!(mentions.iter().any(|m| m["text"] == "$12 billion" && m["type"] == "MONEY"));
        for m in mentions {
            let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[s..e], m["text"].as_str().unwrap());
        }
        let out = Command::cargo_bin("nutshell").unwrap().arg("entities").write_stdin(text).assert().success();
        let t = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(t.lines().any(|l| l == "MONEY\t1\t$12 billion"), "{t}");
        Command::cargo_bin("nutshell")
            .unwrap()
            .args(["entities", "--format", "markdown"])
            .write_stdin(text)
            .assert()
            .failure();
    }
}

#[test]
fn an_explicit_model_or_none_for_rules_only() {
    let rules_only = Analyzer::builder().model(None).build().unwrap();
    let rules = rules_only.entities(SEED).expect("entities");
    check_spans(SEED, &rules);
    assert!(rules.entities.iter().any(|e| e.kind == EntityType::Money));
    // Without a model only the rules' cues find names: not Microsoft, which the model finds.
    let microsoft =
        |found: &Entities| found.entities.iter().any(|e| e.kind == EntityType::Org && e.name == "Microsoft");
    assert!(!microsoft(&rules));
    let doc = rules_only.document(SEED).expect("document");
    assert_eq!(rules.mentions, rules_only.entities_document(&doc).mentions);
    let model = Arc::new(Model::from_bytes(MODEL).expect("the committed model loads"));
    let given = Analyzer::builder().model(Some(model)).build().unwrap();
    let full = given.entities(SEED).expect("entities");
    check_spans(SEED, &full);
    assert!(microsoft(&full));
    assert_eq!(full.mentions, Analyzer::new().entities_document(&doc).mentions, "the same as the embedded model");
    assert_eq!(given.analyze(SEED).expect("analysis").entities.len(), full.entities.len());
    assert_eq!(rules_only.analyze(SEED).expect("analysis").entities.len(), rules.entities.len());
}

/// A one-word "person" no full name explains becomes an organisation only with evidence of one
/// (a business word in its sentence): a lone surname stays a person (docs/entities.md, "Round 11").
#[test]
fn a_lone_surname_stays_a_person_without_evidence_of_a_company() {
    let kinds = |text: &str| -> Vec<(String, &'static str)> {
        let e = nutshell::entities(text, &nutshell::Options::default()).unwrap();
        e.entities.iter().map(|x| (x.name.clone(), x.kind.as_str())).collect()
    };
    let cricket = kinds("Muralitharan took four wickets as Sri Lanka beat Australia by 50 runs in Colombo.");
    assert!(cricket.contains(&("Muralitharan".to_string(), "PERSON")), "{cricket:?}");
    let deal = kinds("Sony and Netflix signed a multi-year licensing deal on Tuesday.");
    assert!(deal.contains(&("Sony".to_string(), "ORG")) && deal.contains(&("Netflix".to_string(), "ORG")), "{deal:?}");
}

#[test]
fn short_organization_name_joins_the_full_one() {
    let text = "Tidewright Energy, a start-up, will build four turbines in the estuary. The council approved the plan. \
                Tidewright says the array could supply 2,400 homes. Local fishermen asked Tidewright to pay for a survey.";
    let e = nutshell::entities(text, &nutshell::Options::default()).unwrap();
    let orgs: Vec<_> = e.entities.iter().filter(|x| x.kind == nutshell::EntityType::Org).collect();
    assert_eq!(orgs.len(), 1, "{:?}", e.entities.iter().map(|x| (&x.name, x.kind)).collect::<Vec<_>>());
    assert_eq!(orgs[0].name, "Tidewright Energy");
    assert_eq!(orgs[0].count, 3);
}

#[test]
fn a_one_word_text_is_not_a_name_unless_the_text_confirms_it() {
    for text in ["Hello", "Hello\n", "Overview"] {
        let found = run(text);
        assert!(found.mentions.iter().all(|m| !m.kind.is_name()), "{text:?}: {:?}", found.mentions);
    }
    let text = "Microsoft\n\nMicrosoft said on Tuesday that it would not exercise its option to buy more capacity.";
    let found = run(text);
    let microsoft = entity(&found, "Microsoft").unwrap_or_else(|| panic!("{:?}", found.entities));
    assert_eq!(microsoft.count, 2, "{:?}", found.mentions);
}

/// German, French and Dutch texts are tagged by their own language's model
/// (built in by default: feature `all-models`); with only the English model
/// they get the rule entities alone.
#[cfg(feature = "all-models")]
#[test]
fn each_language_is_tagged_by_its_own_model() {
    let table: [(&str, &[(EntityType, &str)]); 3] = [
        (
            "Die Deutsche Bahn will ihre Verbindungen nach Polen ausbauen. Bahnchef Richard Lutz sagte am Mittwoch \
             in Berlin, gemeinsam mit der polnischen Staatsbahn PKP sollen bis 2030 mehr Züge zwischen Berlin und \
             Warschau fahren.",
            &[
                (EntityType::Person, "Richard Lutz"),
                (EntityType::Location, "Berlin"),
                (EntityType::Org, "Deutsche Bahn"),
            ],
        ),
        (
            "Le président Emmanuel Macron s'est rendu mardi à Marseille, où il a rencontré le maire Benoît Payan. \
             Selon le ministère, de nouveaux trains relieront Lyon et Marseille dès l'été.",
            &[
                (EntityType::Person, "Emmanuel Macron"),
                (EntityType::Location, "Marseille"),
                (EntityType::Location, "Lyon"),
            ],
        ),
        (
            "De Nederlandse regering heeft dinsdag in Den Haag besloten dat minister Hugo de Jonge naar Amsterdam \
             gaat om met de burgemeester van Rotterdam te praten over de woningbouw.",
            &[(EntityType::Location, "Amsterdam"), (EntityType::Location, "Rotterdam")],
        ),
    ];
    let english_only = Analyzer::builder().model(Some(Model::embedded())).build().unwrap();
    let mut failures = Vec::new();
    for (text, expected) in table {
        let found = run(text);
        for (kind, name) in expected {
            if entity(&found, name).map(|e| e.kind) != Some(*kind) {
                failures.push(format!("{name}: {:?}", entity(&found, name).map(|e| e.kind)));
            }
        }
        let rules = english_only.entities(text).unwrap();
        let names = [EntityType::Person, EntityType::Org, EntityType::Location, EntityType::Misc];
        assert!(rules.entities.iter().all(|e| !names.contains(&e.kind)), "{:?}", rules.entities);
    }
    assert!(failures.is_empty(), "{failures:?}");
}

/// Head-first names of Romance languages and Dutch (`[entities] org_heads`, `place_heads`,
/// `name_links`) and titles of each language (`titles`), through resolution. Each row: language,
/// text, the mentions that must be found, the mentions that must not.
#[test]
fn head_first_names_and_titles() {
    type Row<'a> = (&'a str, &'a str, &'a [(EntityType, &'a str)], &'a [&'a str]);
    let table: &[Row] = &[
        (
            "es",
            "El Banco de España prevé un crecimiento del 2 %, según el Instituto Nacional de Estadística.",
            &[(EntityType::Org, "Banco de España"), (EntityType::Org, "Instituto Nacional de Estadística")],
            &["Banco", "Nacional"],
        ),
        (
            "pt",
            "O Banco Central do Brasil elevou a taxa de juros nesta quarta-feira.",
            &[(EntityType::Org, "Banco Central do Brasil")],
            &["Brasil"],
        ),
        (
            "pt",
            "O Sporting venceu no Estádio José Alvalade com um golo de Viktor Gyökeres.",
            &[(EntityType::Location, "Estádio José Alvalade")],
            &["José Alvalade"],
        ),
        (
            "it",
            "La presidente del Consiglio Giorgia Meloni ha incontrato a Roma il cancelliere tedesco.",
            &[(EntityType::Person, "Giorgia Meloni")],
            &["Consiglio Giorgia Meloni"],
        ),
        (
            "it",
            "La Banca d'Italia ha rivisto le stime di crescita per quest'anno.",
            &[(EntityType::Org, "Banca d'Italia")],
            &["Italia"],
        ),
        (
            "nl",
            "Premier Dick Schoof sprak in Den Haag met de koning over de begroting.",
            &[(EntityType::Person, "Dick Schoof")],
            &["Premier Dick Schoof"],
        ),
        (
            "fr",
            "Hier, M. Sarrien a reçu le député à Paris pour parler du budget.",
            &[(EntityType::Person, "Sarrien")],
            &["M. Sarrien"],
        ),
    ];
    let mut failures = Vec::new();
    for (code, text, must, must_not) in table {
        let language = nutshell::Language::from_code(code).expect("a language");
        let found = Analyzer::builder().language(Some(language)).build().unwrap().entities(text).expect("entities");
        check_spans(text, &found);
        let got: Vec<(EntityType, &str)> = found.mentions.iter().map(|m| (m.kind, m.span.text.as_str())).collect();
        for want in must.iter() {
            if !got.contains(want) {
                failures.push(format!("{code}: missing {want:?} in {got:?}"));
            }
        }
        for bad in must_not.iter() {
            if got.iter().any(|(_, t)| t == bad) {
                failures.push(format!("{code}: {bad:?} should not be a mention: {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// `tag --conll --resolved`: the names of the whole analysis as BIO tags aligned with the tokens.
#[test]
fn resolved_conll_tags_align() {
    let sentences = vec![
        vec!["Sarah", "Chen", "joined", "Tidewright", "Energy", "in", "Oslo", "."],
        vec![],
        vec!["Chen", "said", "the", "deal", "costs", "$", "12", "billion", "."],
    ];
    let analyzer = Analyzer::builder().language(Some(nutshell::Language::En)).build().unwrap();
    let tags = analyzer.tag_conll_resolved(&sentences).expect("the built-in model");
    assert_eq!(tags.iter().map(Vec::len).collect::<Vec<_>>(), [8, 0, 9]);
    for t in &tags {
        for (i, tag) in t.iter().enumerate() {
            if let Some(ty) = tag.strip_prefix("I-") {
                assert_eq!(&t[i - 1][2..], ty, "valid BIO: {t:?}");
            }
        }
    }
    assert_eq!(tags[0][..2], ["B-PER", "I-PER"]);
    assert_eq!(tags[0][6], "B-LOC");
    assert_eq!(tags[2][0], "B-PER", "the surname alone is the same person");
    assert!(tags[2][5..8].iter().all(|t| *t == "O"), "money is O in CoNLL output");
}
