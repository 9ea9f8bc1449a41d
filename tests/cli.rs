//! The `nutshell` command line, end to end.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const SAMPLE: &str = "tests/fixtures/coreweave/input.txt";

fn nutshell() -> Command {
    Command::cargo_bin("nutshell").unwrap()
}

#[test]
fn summarize_a_file_as_text() {
    let out = nutshell().args(["summarize", SAMPLE, "--sentences", "3"]).assert().success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
    assert!(!stdout.contains("Leave a Reply"));
}

#[test]
fn summarize_stdin_as_json_with_exact_byte_spans() {
    let input = std::fs::read_to_string(SAMPLE).unwrap();
    let out = nutshell().args(["summarize", "--format", "json"]).write_stdin(input.clone()).assert().success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["language"], "en");
    assert_eq!(v["title"]["text"], "Microsoft Decides Against Using $12 Billion Coreweave Option");
    assert!(v["sentence_count"].as_u64().unwrap() > 10);
    let summary = v["summary"].as_array().unwrap();
    assert_eq!(summary.len(), 5, "medium is 5 sentences for an article");
    for s in summary {
        let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(&input[a..b], s["text"].as_str().unwrap());
        assert!(s["index"].is_u64() && s["score"].is_f64());
    }
    let kw = v["keywords"].as_array().unwrap();
    assert!(kw.iter().all(|k| k["text"].is_string() && k["score"].is_f64()));
}

#[test]
fn markdown_has_title_and_bullets() {
    nutshell()
        .args(["summarize", SAMPLE, "--format", "markdown", "--length", "short"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# Microsoft Decides"))
        .stdout(predicate::str::contains("\n- "));
}

#[test]
fn budgets_words_and_ratio() {
    let out = nutshell().args(["summarize", SAMPLE, "--words", "60", "--format", "json"]).assert().success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let words: usize =
        v["summary"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap().split_whitespace().count()).sum();
    assert!(words <= 60 && words > 0, "{words}");
    let out = nutshell().args(["summarize", SAMPLE, "--ratio", "0.5", "--format", "json"]).assert().success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert!(v["summary"].as_array().unwrap().len() >= 5);
}

#[test]
fn jsonl_batch_keeps_order_and_per_line_budgets() {
    let article = std::fs::read_to_string(SAMPLE).unwrap();
    let input = [
        serde_json::json!({"id": "a", "article": article, "sentences": 2, "reference": "ignored"}),
        serde_json::json!({"id": 7, "article": "One sentence here. Another one there. A third.", "ratio": 0.4}),
        serde_json::json!({"id": "empty", "article": "   "}),
    ]
    .iter()
    .map(|v| v.to_string() + "\n")
    .collect::<String>();
    let out = nutshell().args(["summarize", "--jsonl"]).write_stdin(input).assert().success();
    let lines: Vec<Value> = String::from_utf8(out.get_output().stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["summary"].as_str().unwrap().lines().count(), 2);
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["summary"].as_str().unwrap().lines().count(), 2);
    assert_eq!(lines[2]["summary"], "");
    assert!(lines[2]["error"].as_str().unwrap().contains("empty"));
}

#[test]
fn jsonl_reports_bad_lines_with_their_number() {
    nutshell()
        .args(["summarize", "--jsonl"])
        .write_stdin("{\"id\":1,\"article\":\"Fine.\"}\nnot json\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("line 2"));
    nutshell()
        .args(["summarize", "--jsonl"])
        .write_stdin("{\"id\":1,\"article\":\"Fine text.\",\"sentences\":-3}\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("line 1: \"sentences\" must be a positive integer, got -3"));
}

#[test]
fn sentences_one_a_line_and_jsonl() {
    nutshell()
        .args(["sentences"])
        .write_stdin("Dr. Smith went to Washington. He arrived at 3 p.m. on Monday! Was it late?")
        .assert()
        .success()
        .stdout("Dr. Smith went to Washington.\nHe arrived at 3 p.m. on Monday!\nWas it late?\n");
    let out = nutshell()
        .args(["sentences", "--jsonl"])
        .write_stdin("{\"name\":\"x\",\"text\":\"One. Two.\",\"expected\":[]}\n")
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v, serde_json::json!({"name": "x", "sentences": ["One.", "Two."]}));
}

#[test]
fn keywords_command() {
    nutshell()
        .args(["keywords", SAMPLE, "--count", "3"])
        .assert()
        .success()
        .stdout(predicate::str::contains("CoreWeave"));
}

#[test]
fn empty_input_is_an_input_error() {
    nutshell()
        .args(["summarize"])
        .write_stdin(" \n\t ")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty"))
        .stderr(predicate::function(|s: &str| s.lines().count() == 1));
}

#[test]
fn invalid_utf8_says_where() {
    let mut bytes = b"Hello world. ".to_vec();
    bytes.extend([0xff, 0xfe, 0x00, 0x80]);
    nutshell().args(["summarize"]).write_stdin(bytes).assert().code(1).stderr(predicate::str::contains("offset 13"));
}

#[test]
fn unreadable_file_is_an_input_error() {
    nutshell()
        .args(["summarize", "/no/such/file.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot read"));
}

#[test]
fn usage_errors_exit_2() {
    nutshell().args(["summarize", "--sentences", "2", "--words", "3"]).assert().code(2);
    nutshell().args(["summarize", "--length", "huge"]).assert().code(2);
    nutshell().args(["frobnicate"]).assert().code(2).stderr(predicate::str::contains("Usage"));
}

#[test]
fn invalid_values_are_rejected() {
    nutshell()
        .args(["summarize", SAMPLE, "--sentences", "0"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--sentences must be a positive integer, got 0"));
    nutshell()
        .args(["summarize", SAMPLE, "--ratio", "1.5"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--ratio"));
    nutshell()
        .args(["summarize", SAMPLE, "--lang", "klingon"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--lang"));
}

/// `languages` lists every language; `--lang` accepts each of them and
/// refuses anything else with the list.
#[test]
fn every_listed_language_is_accepted() {
    let out = nutshell().args(["languages", "--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 31);
    for l in list {
        for key in ["code", "code3", "name"] {
            let code = l[key].as_str().unwrap();
            nutshell().args(["keywords", "--lang", code, SAMPLE]).assert().success();
        }
    }
    nutshell()
        .args(["summarize", SAMPLE, "--lang", "xx"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("'xx' is not a language nutshell knows"))
        .stderr(predicate::str::contains("summary and keywords: de en es fr it ja nl pt th zh"));
    nutshell()
        .args(["languages"])
        .assert()
        .success()
        .stdout(predicate::str::contains("de\tGerman (Deutsch)\tyes\tyes\tyes"));
    // The JSON names what is not supported: Greek has neither keywords nor entities.
    let out = nutshell()
        .args(["summarize", "--format", "json", "--lang", "el", "-"])
        .write_stdin("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία. Τα μέτρα αφορούν τις μικρές επιχειρήσεις.")
        .output()
        .unwrap();
    let a: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(a["unsupported"], serde_json::json!(["keywords", "entities"]));
}

#[test]
fn help_and_version() {
    nutshell().arg("--help").assert().success().stdout(predicate::str::contains("summarize"));
    nutshell().arg("--version").assert().success().stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn binary_bytes_are_an_input_error() {
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8).collect();
    for cmd in ["summarize", "sentences", "keywords", "entities"] {
        nutshell()
            .arg(cmd)
            .write_stdin(bytes.clone())
            .assert()
            .code(1)
            .stderr(predicate::str::contains("not valid UTF-8"))
            .stderr(predicate::function(|s: &str| s.lines().count() == 1));
    }
}

#[test]
fn nul_characters_are_text() {
    let out =
        nutshell().args(["sentences"]).write_stdin("First\0 sentence here. Second\0\0 one there.\0").assert().success();
    assert_eq!(String::from_utf8_lossy(&out.get_output().stdout).lines().count(), 2);
    nutshell().args(["summarize", "--format", "json"]).write_stdin("A\0b. C\0d.").assert().success();
    // Nothing but NULs and spaces: no text to analyse.
    nutshell().args(["summarize"]).write_stdin("\0 \0\n").assert().code(1).stderr(predicate::str::contains("empty"));
}

#[test]
fn a_directory_is_not_a_file() {
    for args in [&["summarize", "tests"][..], &["sentences", "tests"], &["summarize", "--jsonl", "tests"]] {
        nutshell()
            .args(args)
            .assert()
            .code(1)
            .stderr(predicate::str::contains("cannot read tests: it is a directory"))
            .stderr(predicate::function(|s: &str| s.lines().count() == 1));
    }
}

#[test]
fn max_bytes_limits_the_input() {
    let input = std::fs::read_to_string(SAMPLE).unwrap();
    let len = input.len().to_string();
    let under = (input.len() - 1).to_string();
    nutshell().args(["summarize", SAMPLE, "--max-bytes", &len]).assert().success();
    for cmd in ["summarize", "sentences", "keywords", "entities"] {
        nutshell()
            .args([cmd, "--max-bytes", &under])
            .write_stdin(input.clone())
            .assert()
            .code(1)
            .stderr(predicate::str::contains(format!("larger than the maximum of {under} bytes")))
            .stderr(predicate::str::contains("--max-bytes"));
    }
    nutshell().args(["summarize", SAMPLE, "--max-bytes", "0"]).assert().code(2);
    nutshell().args(["summarize", SAMPLE, "--max-bytes", "lots"]).assert().code(2);
    // In batch mode the limit applies to each article: the row says why.
    let rows = format!(
        "{}\n{}\n",
        serde_json::json!({"id": 1, "article": "Short one."}),
        serde_json::json!({"id": 2, "article": input})
    );
    let out = nutshell().args(["summarize", "--jsonl", "--max-bytes", "100"]).write_stdin(rows).assert().success();
    let lines: Vec<Value> = String::from_utf8(out.get_output().stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["summary"], "Short one.");
    assert!(lines[1]["error"].as_str().unwrap().contains("maximum of 100 bytes"), "{}", lines[1]);
}

#[test]
fn jsonl_known_fields_are_checked_and_unknown_ones_ignored() {
    // Unknown fields ("reference", "expected") are ignored on purpose: data-set rows carry them.
    nutshell()
        .args(["summarize", "--jsonl"])
        .write_stdin("{\"id\":1,\"article\":\"Fine text.\",\"reference\":\"x\",\"extra\":[1]}\n")
        .assert()
        .success();
    for (row, message) in [
        ("{\"id\":1,\"article\":\"Fine text.\",\"ratio\":\"half\"}", "line 1: \"ratio\" must be a number, got 'half'"),
        (
            "{\"id\":1,\"article\":\"Fine text.\",\"length\":3}",
            "line 1: \"length\" must be 'short', 'medium' or 'long', got 3",
        ),
        (
            "{\"id\":1,\"article\":\"Fine text.\",\"length\":\"huge\"}",
            "line 1: \"length\" must be 'short', 'medium' or 'long', got 'huge'",
        ),
        (
            "{\"id\":1,\"article\":\"Fine text.\",\"words\":2.5}",
            "line 1: \"words\" must be a positive integer, got 2.5",
        ),
        ("{\"id\":1,\"article\":\"Fine.\",\"words\":5,\"sentences\":1}", "are alternatives"),
        ("{\"id\":1,\"text\":\"Fine.\"}", "line 1: each line needs an \"article\" string"),
        ("[1, 2]", "line 1: expected a JSON object"),
    ] {
        nutshell()
            .args(["summarize", "--jsonl"])
            .write_stdin(format!("{row}\n"))
            .assert()
            .code(1)
            .stderr(predicate::str::contains(message))
            .stderr(predicate::function(|s: &str| s.lines().count() == 1));
    }
    let mut bytes = b"{\"name\":1,\"text\":\"One. Two.\"}\n".to_vec();
    bytes.extend([0xff, b'\n']);
    nutshell()
        .args(["sentences", "--jsonl"])
        .write_stdin(bytes)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("line 2: stream did not contain valid UTF-8"));
}

#[test]
fn sentences_follow_the_language_given() {
    let text = "Wir trafen uns am 3. Oktober in Berlin. Dann gingen wir.";
    let run = |lang: &str| {
        let out = nutshell().args(["sentences", "--lang", lang]).write_stdin(text).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    // German rules read `3.` before a month as an ordinal; English rules end the sentence there.
    assert_eq!(run("de").lines().collect::<Vec<_>>(), ["Wir trafen uns am 3. Oktober in Berlin.", "Dann gingen wir."]);
    assert_eq!(run("en").lines().count(), 3);
    nutshell().args(["sentences", "--lang", "xx"]).write_stdin(text).assert().failure();
}
