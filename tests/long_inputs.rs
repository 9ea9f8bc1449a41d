//! Input shapes whose cost used to grow faster than the text (issue 18, item 2):
//! each test asserts the result on a large instance of the shape; the time it
//! takes is a benchmark (`make bench`, scripts/complexity.sh), not a test.

use nutshell::internals::language::Language;
use nutshell::internals::text::words::{TermMaker, MAX_STEMMED_BYTES};
use nutshell::{analyze, Options};

/// Every span of every analysis slices back to its text.
fn check(text: &str) -> nutshell::Analysis {
    let a = analyze(text, &Options::default()).unwrap();
    for s in &a.summary {
        assert_eq!(&text[s.span.start..s.span.end], s.span.text);
    }
    for k in &a.keywords {
        for span in &k.spans {
            assert!(text.get(span.start..span.end).is_some());
        }
    }
    for e in &a.entities {
        for m in &e.mentions {
            assert!(text.get(m.start..m.end).is_some());
        }
    }
    for s in nutshell::sentences(text).unwrap() {
        assert_eq!(&text[s.start..s.end], s.text);
    }
    a
}

/// `ayayay…` made the English Snowball stemmer quadratic (256 KB: 11 s in wasm).
/// Words over the bound are kept whole; ordinary words are still stemmed.
#[test]
fn long_words_are_not_stemmed() {
    let english = TermMaker::new(Language::En);
    // Without the bound the stemmer would take "-ing" off (after a long wait).
    let long = format!("{}ing", "ay".repeat(100_000));
    assert_eq!(english.term(&long), long);
    let over = format!("{}ations", "n".repeat(MAX_STEMMED_BYTES - 5));
    assert_eq!(english.term(&over), over);
    let under = format!("{}ations", "n".repeat(MAX_STEMMED_BYTES - 6));
    assert_ne!(english.term(&under), under);
    assert_eq!(english.term("running"), "run");
    assert_eq!(english.term("nationalizations"), "nation");
}

#[test]
fn a_long_word_in_an_article() {
    let word = "ay".repeat(200_000);
    let text = format!("The council met on Monday. It voted {word} twice. The council adjourned. {word}.");
    let a = check(&text);
    assert!(!a.summary.is_empty());
    let long: Vec<_> = a.keywords.iter().filter(|k| k.text.len() > 1000).collect();
    // The long word recurs, so it is a keyword with both occurrences.
    assert_eq!(long.len(), 1, "{:?}", a.keywords.iter().map(|k| k.text.len()).collect::<Vec<_>>());
    assert_eq!(long[0].spans.len(), 2);
}

#[test]
fn long_line_tiny_lines_and_possessives() {
    let one_line: String = (0..40_000).map(|i| format!("w{i:x} ")).collect();
    assert!(check(&one_line).sentence_count >= 1);
    let tiny_lines = "a\n".repeat(100_000);
    assert_eq!(nutshell::sentences(&tiny_lines).unwrap().len(), 100_000);
    check(&tiny_lines);
    let possessives = "'s ".repeat(100_000);
    check(&possessives);
    let hyphens = "x-".repeat(100_000);
    check(&hyphens);
}

/// One endless sentence full of names: the resolver counted the sentence's words
/// again for every name (0.25 MB: 6.8 s). Every mention is still found.
#[test]
fn names_in_one_endless_sentence() {
    let text = "Angela Merkel met officials in Paris and left, ".repeat(5000);
    let found = nutshell::entities(&text, &Options::default()).unwrap();
    let count = |name: &str| found.entities.iter().find(|e| e.name == name).map_or(0, |e| e.count);
    assert_eq!((count("Angela Merkel"), count("Paris")), (5000, 5000), "{:?}", found.entities);
    for m in &found.mentions {
        assert_eq!(&text[m.span.start..m.span.end], m.span.text);
    }
}
