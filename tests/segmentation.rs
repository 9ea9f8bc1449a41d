//! Sentence segmentation: tables of cases, properties over arbitrary input,
//! and pathological inputs.
//!
//! The "golden rules" table is taken from pragmatic_segmenter's English
//! Golden Rules (https://github.com/diasks2/pragmatic_segmenter, MIT
//! licence, Copyright (c) 2015 Kevin S. Dias), as also used by pySBD.

use nutshell::internals::text::normalize::{collapse_space, is_space};
use nutshell::internals::text::sentences::split as split_in;
use nutshell::Language;
use proptest::prelude::*;

/// The English sentence spans of `text`.
fn split(text: &str) -> Vec<nutshell::Span> {
    split_in(text, Language::En)
}

/// The sentences of `text`, each with its white space collapsed (as the CLI
/// prints them), after checking the span invariants.
fn sentences(text: &str) -> Vec<String> {
    let spans = split(text);
    check_spans(text, &spans);
    spans.iter().map(|s| collapse_space(s.slice(text))).collect()
}

fn check_spans(text: &str, spans: &[nutshell::Span]) {
    let mut prev_end = 0;
    for s in spans {
        assert!(s.start >= prev_end, "spans overlap or are out of order: {spans:?}");
        assert!(s.start < s.end, "empty span {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span {s:?} splits a character");
        let piece = s.slice(text);
        assert_eq!(piece, piece.trim_matches(is_space), "span {s:?} is not trimmed");
        prev_end = s.end;
    }
    // Every non-space character lies inside a span.
    let mut it = spans.iter().peekable();
    for (i, c) in text.char_indices() {
        while it.peek().is_some_and(|s| s.end <= i) {
            it.next();
        }
        if !is_space(c) {
            assert!(it.peek().is_some_and(|s| s.start <= i), "{c:?} at byte {i} is in no sentence");
        }
    }
}

/// A table of cases in one language, split by that language's rules; every
/// failing case is listed.
fn check_language(language: Language, cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let spans = split_in(text, language);
        check_spans(text, &spans);
        let got: Vec<String> = spans.iter().map(|s| collapse_space(s.slice(text))).collect();
        if got != *expected {
            failures.push(format!("text:     {text:?}\nexpected: {expected:?}\ngot:      {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{language:?}: {} of {} cases fail:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

fn check_table(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let got = sentences(text);
        if got != *expected {
            failures.push(format!("text:     {text:?}\nexpected: {expected:?}\ngot:      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases fail:\n\n{}", failures.len(), cases.len(), failures.join("\n\n"));
}

#[test]
fn golden_rules() {
    check_table(&[
        ("Hello World. My name is Jonas.", &["Hello World.", "My name is Jonas."]),
        ("What is your name? My name is Jonas.", &["What is your name?", "My name is Jonas."]),
        ("There it is! I found it.", &["There it is!", "I found it."]),
        ("My name is Jonas E. Smith.", &["My name is Jonas E. Smith."]),
        ("Please turn to p. 55.", &["Please turn to p. 55."]),
        ("Were Jane and co. at the party?", &["Were Jane and co. at the party?"]),
        (
            "They closed the deal with Pitt, Briggs & Co. at noon.",
            &["They closed the deal with Pitt, Briggs & Co. at noon."],
        ),
        ("Let's ask Jane and co. They should know.", &["Let's ask Jane and co.", "They should know."]),
        (
            "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
            &["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."],
        ),
        ("I can see Mt. Fuji from here.", &["I can see Mt. Fuji from here."]),
        (
            "St. Michael's Church is on 5th st. near the light.",
            &["St. Michael's Church is on 5th st. near the light."],
        ),
        ("That is JFK Jr.'s book.", &["That is JFK Jr.'s book."]),
        ("I visited the U.S.A. last year.", &["I visited the U.S.A. last year."]),
        ("I live in the E.U. How about you?", &["I live in the E.U.", "How about you?"]),
        ("I live in the U.S. How about you?", &["I live in the U.S.", "How about you?"]),
        ("I work for the U.S. Government in Virginia.", &["I work for the U.S. Government in Virginia."]),
        ("I have lived in the U.S. for 20 years.", &["I have lived in the U.S. for 20 years."]),
        (
            "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
            &["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."],
        ),
        ("She has $100.00 in her bag.", &["She has $100.00 in her bag."]),
        ("She has $100.00. It is in her bag.", &["She has $100.00.", "It is in her bag."]),
        (
            "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
            &["He teaches science (He previously worked for 5 years as an engineer.) at the local University."],
        ),
        (
            "Her email is Jane.Doe@example.com. I sent her an email.",
            &["Her email is Jane.Doe@example.com.", "I sent her an email."],
        ),
        (
            "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
            &["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."],
        ),
        ("She turned to him, 'This is great.' she said.", &["She turned to him, 'This is great.' she said."]),
        ("She turned to him, \"This is great.\" she said.", &["She turned to him, \"This is great.\" she said."]),
        (
            "She turned to him, \"This is great.\" She held the book out to show him.",
            &["She turned to him, \"This is great.\"", "She held the book out to show him."],
        ),
        ("Hello!! Long time no see.", &["Hello!!", "Long time no see."]),
        ("Hello?? Who is there?", &["Hello??", "Who is there?"]),
        ("Hello!? Is that you?", &["Hello!?", "Is that you?"]),
        ("Hello?! Is that you?", &["Hello?!", "Is that you?"]),
        ("1.) The first item 2.) The second item", &["1.) The first item", "2.) The second item"]),
        ("1.) The first item. 2.) The second item.", &["1.) The first item.", "2.) The second item."]),
        ("1) The first item 2) The second item", &["1) The first item", "2) The second item"]),
        ("1) The first item. 2) The second item.", &["1) The first item.", "2) The second item."]),
        ("1. The first item 2. The second item", &["1. The first item", "2. The second item"]),
        ("1. The first item. 2. The second item.", &["1. The first item.", "2. The second item."]),
        ("• 9. The first item • 10. The second item", &["• 9. The first item", "• 10. The second item"]),
        ("⁃9. The first item ⁃10. The second item", &["⁃9. The first item", "⁃10. The second item"]),
        (
            "a. The first item b. The second item c. The third list item",
            &["a. The first item", "b. The second item", "c. The third list item"],
        ),
        (
            "This is a sentence\ncut off in the middle because pdf.",
            &["This is a sentence cut off in the middle because pdf."],
        ),
        ("It was a cold \nnight in the city.", &["It was a cold night in the city."]),
        ("features\ncontact manager\nevents, activities\n", &["features", "contact manager", "events, activities"]),
        (
            "You can find it at N°. 1026.253.553. That is where the treasure is.",
            &["You can find it at N°. 1026.253.553.", "That is where the treasure is."],
        ),
        ("She works at Yahoo! in the accounting department.", &["She works at Yahoo! in the accounting department."]),
        (
            "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
            &["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"],
        ),
        (
            "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
            &["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"],
        ),
        (
            "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
            &["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."],
        ),
        (
            "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission \
             with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a \
             period . . . . Next sentence.",
            &[
                "If words are left off at the end of a sentence, and that is all that is omitted, indicate the \
                 omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the \
                 sentence with a period . . . .",
                "Next sentence.",
            ],
        ),
        ("I never meant that.... She left the store.", &["I never meant that....", "She left the store."]),
        (
            "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
            &["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."],
        ),
        (
            "One further habit which was somewhat weakened . . . was that of combining words into \
             self-interpreting compounds. . . . The practice was not abandoned. . . .",
            &[
                "One further habit which was somewhat weakened . . . was that of combining words into \
                 self-interpreting compounds.",
                ". . . The practice was not abandoned. . . .",
            ],
        ),
    ]);
}

#[test]
fn abbreviations_and_initials() {
    check_table(&[
        (
            "Dr. Watson met Mrs. Hudson at 221B Baker St. yesterday.",
            &["Dr. Watson met Mrs. Hudson at 221B Baker St. yesterday."],
        ),
        ("Prof. J. R. R. Tolkien wrote it. He was English.", &["Prof. J. R. R. Tolkien wrote it.", "He was English."]),
        ("J. R. R. Tolkien was born in 1892.", &["J. R. R. Tolkien was born in 1892."]),
        ("Apple Inc. reported results. The stock rose.", &["Apple Inc. reported results.", "The stock rose."]),
        (
            "Shares of Acme Corp. fell 3%. Analysts were surprised.",
            &["Shares of Acme Corp. fell 3%.", "Analysts were surprised."],
        ),
        ("The deal closed on Jan. 5, 2024. It was large.", &["The deal closed on Jan. 5, 2024.", "It was large."]),
        ("See No. 7 on the list. It is blue.", &["See No. 7 on the list.", "It is blue."]),
        ("Bring fruit, e.g. apples, i.e. something sweet.", &["Bring fruit, e.g. apples, i.e. something sweet."]),
        ("We sold pens, paper, etc. The shop closed.", &["We sold pens, paper, etc.", "The shop closed."]),
        ("We sold pens, paper, etc. and then we left.", &["We sold pens, paper, etc. and then we left."]),
        ("The U.S. economy grew. The U.K. did not.", &["The U.S. economy grew.", "The U.K. did not."]),
        ("He opposed the South Korean-U.S. military drills.", &["He opposed the South Korean-U.S. military drills."]),
        ("It is the Giants vs. the Tigers tonight.", &["It is the Giants vs. the Tigers tonight."]),
        ("He has a Ph.D. in physics. She has an M.D. too.", &["He has a Ph.D. in physics.", "She has an M.D. too."]),
        ("The meeting is at 10 a.m. tomorrow. Be there.", &["The meeting is at 10 a.m. tomorrow.", "Be there."]),
        ("I said no. Then I left.", &["I said no.", "Then I left."]),
        ("The govt. officials met. Nothing happened.", &["The govt. officials met.", "Nothing happened."]),
        ("He wrote to 40 MPs. Mr Brown replied.", &["He wrote to 40 MPs.", "Mr Brown replied."]),
        ("SAN JOSE, Calif. The company said so.", &["SAN JOSE, Calif.", "The company said so."]),
        ("He moved to Seattle, Wash. in 2019.", &["He moved to Seattle, Wash. in 2019."]),
        ("The mass. The energy.", &["The mass.", "The energy."]),
        ("It starts at 5 p.m. ET on Monday.", &["It starts at 5 p.m. ET on Monday."]),
        ("It ended after World War I. The peace was short.", &["It ended after World War I.", "The peace was short."]),
    ]);
}

#[test]
fn numbers_and_money() {
    check_table(&[
        (
            "Revenue was $2.7 billion, up 3.5% from 2023. Profit fell.",
            &["Revenue was $2.7 billion, up 3.5% from 2023.", "Profit fell."],
        ),
        ("It cost 1,250.50 euros. That is a lot.", &["It cost 1,250.50 euros.", "That is a lot."]),
        ("Version 2.0.1 shipped today.", &["Version 2.0.1 shipped today."]),
        ("The score was 3.5. The next was 4.", &["The score was 3.5.", "The next was 4."]),
        ("As payment for 1. above, pay nothing.", &["As payment for 1. above, pay nothing."]),
        ("I have 600. How many do you have?", &["I have 600.", "How many do you have?"]),
    ]);
}

#[test]
fn punctuation_quotes_and_brackets() {
    check_table(&[
        ("Really?! Yes. Wait... what?", &["Really?!", "Yes.", "Wait... what?"]),
        ("He paused… Then he spoke.", &["He paused…", "Then he spoke."]),
        ("“I quit.” She left the room.", &["“I quit.”", "She left the room."]),
        ("He said “Stop!” and ran.", &["He said “Stop!” and ran."]),
        ("‘Is it late?’ she asked. It was.", &["‘Is it late?’ she asked.", "It was."]),
        ("It rained (as forecast). We stayed in.", &["It rained (as forecast).", "We stayed in."]),
        ("(This is a full sentence.) And another one.", &["(This is a full sentence.)", "And another one."]),
        ("The claim is false.[3] Experts agree.", &["The claim is false.[3]", "Experts agree."]),
        ("Leave me alone!, he yelled.", &["Leave me alone!, he yelled."]),
        ("\"Hello!\" she said. \"Goodbye.\"", &["\"Hello!\" she said.", "\"Goodbye.\""]),
    ]);
}

#[test]
fn urls_emails_and_missing_space() {
    check_table(&[
        ("Visit www.example.com for details. Or call us.", &["Visit www.example.com for details.", "Or call us."]),
        (
            "Docs are at https://docs.rs/nutshell/0.1.0/index.html. Read them.",
            &["Docs are at https://docs.rs/nutshell/0.1.0/index.html.", "Read them."],
        ),
        ("Write to jane.doe@mail.example.org today.", &["Write to jane.doe@mail.example.org today."]),
        ("This is the end.Next one starts here.", &["This is the end.", "Next one starts here."]),
        ("Hello world.Today is Tuesday.", &["Hello world.", "Today is Tuesday."]),
        ("www.testurl.Awesome.com", &["www.testurl.Awesome.com"]),
        ("Open file.txt now.", &["Open file.txt now."]),
    ]);
}

#[test]
fn lists_headings_and_line_breaks() {
    check_table(&[
        ("Introduction\nThe company was founded in 2017.", &["Introduction", "The company was founded in 2017."]),
        ("DOWN THE RABBIT-HOLE\n\nAlice was tired.", &["DOWN THE RABBIT-HOLE", "Alice was tired."]),
        ("Shopping list:\n- eggs\n- milk\n- bread", &["Shopping list:", "- eggs", "- milk", "- bread"]),
        ("Steps\n1. Open the box\n2. Take it out", &["Steps", "1. Open the box", "2. Take it out"]),
        ("• First point\n• Second point", &["• First point", "• Second point"]),
        ("A blank line\n\nalways ends a sentence", &["A blank line", "always ends a sentence"]),
        (
            "The quick brown fox jumps over the lazy dog and keeps on running\nthrough the field until it is tired.",
            &["The quick brown fox jumps over the lazy dog and keeps on running through the field until it is tired."],
        ),
        ("He met with the\nPresident on Monday.", &["He met with the President on Monday."]),
        ("Alpha.\r\nBeta.\r\nGamma.", &["Alpha.", "Beta.", "Gamma."]),
        ("Alpha.\rBeta.\rGamma.", &["Alpha.", "Beta.", "Gamma."]),
        ("alpha\r\n\r\nbeta", &["alpha", "beta"]),
        ("Title Line\r\nBody text starts here.", &["Title Line", "Body text starts here."]),
        ("(i) Hello world. \n(ii) Hello world.", &["(i) Hello world.", "(ii) Hello world."]),
        ("a) here it is b) another c) one more", &["a) here it is", "b) another", "c) one more"]),
        ("It was John A. Smith. She was Jane B. Smith.", &["It was John A. Smith.", "She was Jane B. Smith."]),
        ("Header\n***\nBody.", &["Header", "***", "Body."]),
        ("First part. *** Second part.", &["First part.", "***", "Second part."]),
    ]);
}

#[test]
fn web_text() {
    check_table(&[
        ("great food :) Will come back", &["great food :)", "Will come back"]),
        ("Loved it. :) The staff was nice.", &["Loved it. :)", "The staff was nice."]),
        ("where did you grow up? india?", &["where did you grow up?", "india?"]),
        ("call me. i am home.", &["call me.", "i am home."]),
        ("Hi, Yes the room is free.", &["Hi,", "Yes the room is free."]),
        ("Thanks for everything. Best regards, Jane Doe", &["Thanks for everything.", "Best regards,", "Jane Doe"]),
        (
            "Jane Doe 08/16/2000 12:05 PM I wanted to say hello.",
            &["Jane Doe", "08/16/2000 12:05 PM", "I wanted to say hello."],
        ),
        ("It was posted on 08/16/2000 12:05 PM by Jane.", &["It was posted on 08/16/2000 12:05 PM by Jane."]),
        ("Write to jane@example.com Our office is open.", &["Write to jane@example.com", "Our office is open."]),
        ("Read on. (BBC) The talks resumed on Monday.", &["Read on.", "(BBC)", "The talks resumed on Monday."]),
        ("(CNN) An airliner landed safely.", &["(CNN) An airliner landed safely."]),
        ("Bye for now. -- Posted by Jane", &["Bye for now.", "--", "Posted by Jane"]),
    ]);
}

#[test]
fn other_scripts() {
    check_table(&[
        ("今天天气很好。我们去公园吧！你去吗？", &["今天天气很好。", "我们去公园吧！", "你去吗？"]),
        ("彼は「本当に来るの？」と聞いた。私は行きます。", &["彼は「本当に来るの？」", "と聞いた。", "私は行きます。"]),
        ("Test strange period．Does it segment correctly．", &["Test strange period．", "Does it segment correctly．"]),
        ("שלום עולם. מה שלומך?", &["שלום עולם.", "מה שלומך?"]),
        ("Привет. Как дела?", &["Привет.", "Как дела?"]),
        ("Café crème. Très bon!", &["Café crème.", "Très bon!"]),
        ("Emoji 😀. Next 🚀 one.", &["Emoji 😀.", "Next 🚀 one."]),
    ]);
}

#[test]
fn empty_and_blank_inputs() {
    assert!(split("").is_empty());
    assert!(split("   \n\t \r\n  ").is_empty());
    assert!(split("\u{00A0}\u{200B}\u{3000}").is_empty());
    assert_eq!(sentences("  one  "), vec!["one"]);
    assert_eq!(sentences("."), vec!["."]);
    assert_eq!(sentences("a\0b. c\0"), vec!["a\0b.", "c\0"]);
}

#[test]
fn long_line_without_punctuation() {
    let text = "word ".repeat(40_000); // 200 KB
    let spans = split(&text);
    check_spans(&text, &spans);
    assert_eq!(spans.len(), 1);
}

#[test]
fn many_tiny_abbreviation_like_sentences() {
    let text = "a. ".repeat(100_000);
    let spans = split(&text);
    check_spans(&text, &spans);
    let text = "A. B. ".repeat(50_000) + &"1. ".repeat(50_000) + &". ".repeat(50_000) + &"!?".repeat(50_000);
    check_spans(&text, &split(&text));
}

#[test]
fn pathological_inputs_do_not_panic() {
    let inputs = [
        "\u{301}\u{301}. \u{301}".to_string(),
        "e\u{301}. E\u{301}.".to_string(),
        "((((((((((".repeat(1000),
        "[[[[]]]]...".repeat(1000),
        "http://".repeat(1000),
        "@.".repeat(1000),
        "08/16/2000 12:".repeat(1000),
        "-- ".repeat(1000),
        ":) ".repeat(1000),
        "*".repeat(10_000),
        "•".repeat(1000),
        "\r".repeat(1000),
        "\u{2028}\u{2029}\u{85}".repeat(100),
        "…".repeat(1000),
        "。".repeat(1000),
        "x.".repeat(5000),
        "1.) ".repeat(1000),
        "(a) (b) (c) ".repeat(300),
        "\u{FEFF}Hello.\u{200B} World.".to_string(),
    ];
    for text in &inputs {
        check_spans(text, &split(text));
    }
}

/// Pieces that trigger the segmenter's rules, for the property below.
const PIECES: &[&str] = &[
    "Mr.",
    "U.S.",
    "a.m.",
    "3.5",
    "...",
    ". . .",
    "?!",
    "\"",
    "'",
    ")",
    "(",
    "\n",
    "\r\n",
    "\n\n",
    " ",
    " ",
    " ",
    "The",
    "end.",
    "1.",
    "a)",
    "•",
    "www.x.com",
    "a@b.co",
    "08/16/2000 12:05 PM",
    ":)",
    "***",
    "--",
    "。",
    "é",
    "😀",
    "etc.",
    "Hi,",
    "regards,",
    "[1]",
    "\u{2028}",
    "\u{a0}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_ordered_trimmed_and_cover_the_text(text in "\\PC{0,200}") {
        check_spans(&text, &split(&text));
    }

    #[test]
    fn spans_hold_on_sentence_like_text(
        text in proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(PIECES).prop_map(String::from),
                "[a-zA-Z]{1,8}",
                "\\PC{1,3}",
            ],
            0..60,
        ).prop_map(|parts| parts.concat())
    ) {
        check_spans(&text, &split(&text));
    }
}

#[test]
fn german() {
    check_language(
        Language::De,
        &[
            ("Wir trafen uns am 3. Oktober in Berlin.", &["Wir trafen uns am 3. Oktober in Berlin."]),
            ("Der 2. Weltkrieg endete 1945.", &["Der 2. Weltkrieg endete 1945."]),
            ("Es waren genau 3. Die anderen kamen nicht.", &["Es waren genau 3.", "Die anderen kamen nicht."]),
            ("Er kam 1990. Dann ging er.", &["Er kam 1990.", "Dann ging er."]),
            ("Das gilt z. B. für Äpfel.", &["Das gilt z. B. für Äpfel."]),
            ("Das gilt z.B. für Birnen.", &["Das gilt z.B. für Birnen."]),
            ("Wir fragten Dr. Meyer und Prof. Schulz.", &["Wir fragten Dr. Meyer und Prof. Schulz."]),
            ("Siehe Nr. 5 der Liste.", &["Siehe Nr. 5 der Liste."]),
            ("Äpfel, Birnen usw. Dann gab es Kuchen.", &["Äpfel, Birnen usw.", "Dann gab es Kuchen."]),
            ("Die Firma Müller & Co. Die Preise stiegen.", &["Die Firma Müller & Co.", "Die Preise stiegen."]),
            ("Die Firma Müller & Co. Handel GmbH wächst.", &["Die Firma Müller & Co. Handel GmbH wächst."]),
            (
                "„Ich habe keine Zeit“, sagte sie: „Und keine Lust.“ Wir gingen.",
                &["„Ich habe keine Zeit“, sagte sie: „Und keine Lust.“", "Wir gingen."],
            ),
            ("»Wirklich?« »Ja!« Dann lachte er.", &["»Wirklich?«", "»Ja!«", "Dann lachte er."]),
            ("Mein Sakko - Ärmel war zu lang.", &["Mein Sakko - Ärmel war zu lang."]),
            (
                "eine möglichst problemlose\nSchwangerschaft erleben.",
                &["eine möglichst problemlose Schwangerschaft erleben."],
            ),
            ("Das Wetter war gut.\nDie Sonne schien.", &["Das Wetter war gut.", "Die Sonne schien."]),
        ],
    );
}

#[test]
fn french() {
    check_language(
        Language::Fr,
        &[
            ("M. Dupont est arrivé hier.", &["M. Dupont est arrivé hier."]),
            ("Nous avons vu M. Le Pen à Paris.", &["Nous avons vu M. Le Pen à Paris."]),
            ("Mme Durand et Mlle Petit sont venues.", &["Mme Durand et Mlle Petit sont venues."]),
            ("Il y avait sept. Puis ils sont partis.", &["Il y avait sept.", "Puis ils sont partis."]),
            ("Il a mesuré 3 cm. Il est parti.", &["Il a mesuré 3 cm.", "Il est parti."]),
            ("C'était le roi Dagobert I. Ils le savaient.", &["C'était le roi Dagobert I.", "Ils le savaient."]),
            ("Voir p. 12 du rapport.", &["Voir p. 12 du rapport."]),
            ("Il a dit « Bonjour. » Puis il est parti.", &["Il a dit « Bonjour. »", "Puis il est parti."]),
            ("Il pleuvait ; La même année, il partit.", &["Il pleuvait ;", "La même année, il partit."]),
            ("Il pleuvait ; la ville était vide.", &["Il pleuvait ; la ville était vide."]),
            ("C'est fini. L'année suivante fut calme.", &["C'est fini.", "L'année suivante fut calme."]),
        ],
    );
}

#[test]
fn spanish() {
    check_language(
        Language::Es,
        &[
            ("El Sr. García y la Sra. López llegaron.", &["El Sr. García y la Sra. López llegaron."]),
            ("Saludó a Dña. Carmen en la plaza.", &["Saludó a Dña. Carmen en la plaza."]),
            ("Vive en EE.UU. desde hace años.", &["Vive en EE.UU. desde hace años."]),
            ("Vive en EE.UU. Ella trabaja allí.", &["Vive en EE.UU.", "Ella trabaja allí."]),
            // A plural abbreviation doubles its letters and is spaced: `EE. UU.`, `FF. AA.`
            ("Vive en EE. UU. desde hace años.", &["Vive en EE. UU. desde hace años."]),
            ("Vive en EE. UU. Ella trabaja allí.", &["Vive en EE. UU.", "Ella trabaja allí."]),
            ("Las FF. AA. llegaron al alba.", &["Las FF. AA. llegaron al alba."]),
            ("Lo firmó el Excmo. Sr. Alcalde.", &["Lo firmó el Excmo. Sr. Alcalde."]),
            ("Ver pág. 7 del informe.", &["Ver pág. 7 del informe."]),
            ("¿Qué hora es? ¡Vamos ya!", &["¿Qué hora es?", "¡Vamos ya!"]),
            ("Se aliaron con el conde; Después volvieron.", &["Se aliaron con el conde;", "Después volvieron."]),
            ("Se aliaron con el conde; Juan no lo supo.", &["Se aliaron con el conde; Juan no lo supo."]),
            // Portuguese's headline articles and quotations after a colon are not Spanish's.
            ("Leyó un discurso sobre La poesía moderna.", &["Leyó un discurso sobre La poesía moderna."]),
            ("Dijo: «Vuelvo mañana.»", &["Dijo: «Vuelvo mañana.»"]),
        ],
    );
}

#[test]
fn italian() {
    check_language(
        Language::It,
        &[
            ("Il sig. Rossi è arrivato ieri.", &["Il sig. Rossi è arrivato ieri."]),
            ("Ho parlato con il dott. Bianchi oggi.", &["Ho parlato con il dott. Bianchi oggi."]),
            ("Mele, pere ecc. Poi siamo usciti.", &["Mele, pere ecc.", "Poi siamo usciti."]),
            ("Vedi pag. 4 del testo.", &["Vedi pag. 4 del testo."]),
            ("Ai sensi del D.Lgs. 196/2003 è vietato.", &["Ai sensi del D.Lgs. 196/2003 è vietato."]),
            ("Il cav. Rossi abita in p.zza Venezia.", &["Il cav. Rossi abita in p.zza Venezia."]),
            ("È finita. L'anno dopo fu diverso.", &["È finita.", "L'anno dopo fu diverso."]),
            // `I` is an article here, not English's pronoun that continues after an ellipsis.
            ("Aspetta... I gatti miagolano.", &["Aspetta...", "I gatti miagolano."]),
        ],
    );
}

#[test]
fn portuguese() {
    check_language(
        Language::Pt,
        &[
            ("O Sr. Silva e a Sra. Costa chegaram.", &["O Sr. Silva e a Sra. Costa chegaram."]),
            ("Veja o texto à pág. 6 do jornal.", &["Veja o texto à pág. 6 do jornal."]),
            ("Falou com o Dr. Souza. Ele concordou.", &["Falou com o Dr. Souza.", "Ele concordou."]),
            ("«Foi um ato rigoroso.» Depois saiu.", &["«Foi um ato rigoroso.»", "Depois saiu."]),
            // A headline run into its article: a capitalized article between a
            // word and a lowercase word starts the sentence.
            (
                "Promoção começa com desfiles O shopping já abriu.",
                &["Promoção começa com desfiles", "O shopping já abriu."],
            ),
            ("IMPOSTOS E TARIFAS O governo vai usar a URV.", &["IMPOSTOS E TARIFAS", "O governo vai usar a URV."]),
            ("Caiu a ponte Uma pessoa morreu.", &["Caiu a ponte", "Uma pessoa morreu."]),
            // … but not before a name (a newspaper's title), a continuation or
            // after punctuation, nor for an acronym.
            ("Ele leu o jornal O Globo ontem.", &["Ele leu o jornal O Globo ontem."]),
            ("O plano A e o plano B falharam.", &["O plano A e o plano B falharam."]),
            ("Ele perguntou, O que houve?", &["Ele perguntou, O que houve?"]),
            ("Ligou para a OS hoje cedo.", &["Ligou para a OS hoje cedo."]),
            // A quotation after a colon is a sentence when it opens with a capital.
            ("Ele foi claro: «Vou ficar.» Depois saiu.", &["Ele foi claro:", "«Vou ficar.»", "Depois saiu."]),
            ("Ele disse: “Não volto.”", &["Ele disse:", "“Não volto.”"]),
            ("Contou das pacientes: «quando tenho dor.»", &["Contou das pacientes: «quando tenho dor.»"]),
            ("Preço: US$ 74,71.", &["Preço: US$ 74,71."]),
        ],
    );
}

#[test]
fn dutch() {
    check_language(
        Language::Nl,
        &[
            ("Dhr. Jansen en mevr. De Vries kwamen.", &["Dhr. Jansen en mevr. De Vries kwamen."]),
            ("Het gaat bijv. om appels.", &["Het gaat bijv. om appels."]),
            ("Appels, peren enz. Daarna gingen we.", &["Appels, peren enz.", "Daarna gingen we."]),
            ("Zie blz. 12 van het boek.", &["Zie blz. 12 van het boek."]),
            ("Het was koud. De zon scheen niet.", &["Het was koud.", "De zon scheen niet."]),
        ],
    );
}
