//! Chinese, Japanese and Thai (written without spaces between words) get a
//! real summary and keywords, not an empty success (issue 18, item 3). The
//! articles are tests/fixtures/{chinese,japanese,thai}-article/input.txt,
//! written for these tests.

use nutshell::{analyze, Analysis, Options};
use std::fs;
use std::path::Path;

fn fixture(name: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name).join("input.txt"))
        .unwrap()
}

/// Every span slices back to its text; the summary is in text order.
fn check_spans(text: &str, a: &Analysis) {
    let mut last = 0;
    for s in &a.summary {
        assert_eq!(&text[s.span.start..s.span.end], s.span.text);
        assert!(s.span.start >= last, "summary out of order");
        last = s.span.end;
    }
    for k in &a.keywords {
        assert!(!k.spans.is_empty(), "{}", k.text);
        for span in &k.spans {
            assert_eq!(&text[span.start..span.end], k.text, "keyword span");
        }
    }
}

/// (fixture, language, title, keywords that must be found, a sentence the summary must hold).
const CASES: &[(&str, &str, &str, &[&str], &str)] = &[
    (
        "chinese-article",
        "zh",
        "江城地铁五号线正式开通运营",
        &["五号线", "市交通局"],
        "江城地铁五号线今天上午正式开通运营，全长三十二公里，共设二十四座车站。",
    ),
    (
        "japanese-article",
        "ja",
        "北浜市で新しい図書館が開館",
        &["図書館", "北浜市"],
        "北浜市の新しい中央図書館が十日、駅前の再開発地区に開館した。",
    ),
    ("thai-article", "th", "เมืองริมน้ำเปิดสวนสาธารณะแห่งใหม่", &["สวนสาธารณะ"], "เมืองริมน้ำเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ"),
];

#[test]
fn spaceless_articles_get_a_summary_and_keywords() {
    let mut failures = Vec::new();
    for &(name, language, title, keywords, summary_start) in CASES {
        let text = fixture(name);
        let a = analyze(&text, &Options::default()).unwrap();
        check_spans(&text, &a);
        let words: Vec<&str> = a.keywords.iter().map(|k| k.text.as_str()).collect();
        let lang = serde_json::to_value(a.language).unwrap();
        if lang != language {
            failures.push(format!("{name}: language {lang}"));
        }
        if a.title.as_ref().map(|t| t.text.as_str()) != Some(title) {
            failures.push(format!("{name}: title {:?}", a.title));
        }
        if a.summary.len() < 2 {
            failures.push(format!("{name}: summary of {} sentences", a.summary.len()));
        }
        if !a.summary.iter().any(|s| s.span.text.starts_with(summary_start)) {
            failures.push(format!("{name}: summary lacks the lead: {:?}", a.summary));
        }
        for k in keywords.iter() {
            if !words.contains(k) {
                failures.push(format!("{name}: keyword {k} missing from {words:?}"));
            }
        }
        if words.len() < 3 {
            failures.push(format!("{name}: only {} keywords: {words:?}", words.len()));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// A summary sentence is a whole sentence of the text, not a fragment, for each
/// budget kind.
#[test]
fn spaceless_summaries_follow_the_budget() {
    let text = fixture("chinese-article");
    for sentences in 1..=4 {
        let options = Options { budget: nutshell::Budget::Sentences(sentences), ..Default::default() };
        let a = analyze(&text, &options).unwrap();
        assert_eq!(a.summary.len(), sentences, "{sentences}");
        let all = nutshell::sentences(&text).unwrap();
        for s in &a.summary {
            assert!(all.iter().any(|x| x.start == s.span.start && x.end == s.span.end), "{}", s.span.text);
        }
    }
}

/// Mixed text: a Latin-script article quoting Chinese keeps its English keywords.
#[test]
fn a_chinese_quote_in_english_text_keeps_english_keywords() {
    let text = "The subway line opened on Monday. Officials said the subway line would carry 400,000 riders. \
                A sign read 地铁五号线. The subway line cost 21 billion yuan.";
    let a = analyze(text, &Options::default()).unwrap();
    check_spans(text, &a);
    assert_eq!(a.keywords[0].text, "subway line", "{:?}", a.keywords);
}

/// Chinese without punctuation: one endless sentence of characters.
#[test]
fn endless_chinese() {
    let text = "地铁五号线开通运营市民".repeat(20_000);
    let a = analyze(&text, &Options::default()).unwrap();
    check_spans(&text, &a);
    assert!(a.keywords.iter().any(|k| k.text.contains("五号线")), "{:?}", &a.keywords[..3.min(a.keywords.len())]);
}
