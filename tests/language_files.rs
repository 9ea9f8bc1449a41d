//! The checks build.rs makes on `languages/*.toml`: the real files pass, and
//! each kind of mistake is refused with a message naming file, list and word.

#[allow(dead_code)]
#[path = "../build.rs"]
mod build_script;

use std::path::{Path, PathBuf};

const SMALL: &str = r#"
code = "xx"
code3 = "xxx"
name = "Xish"
native_name = "xish"
"#;

/// A fresh directory holding `files` (name, contents).
fn dir_with(case: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nutshell-language-files-{}-{case}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

fn problems(dir: &Path) -> Vec<String> {
    let result = build_script::read_languages(dir);
    let _ = std::fs::remove_dir_all(dir);
    result.err().unwrap_or_default()
}

#[test]
fn the_language_files_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("languages");
    match build_script::read_languages(&dir) {
        Ok(languages) => assert_eq!(languages.len(), nutshell::Language::ALL.len()),
        Err(problems) => panic!("{problems:#?}"),
    }
}

#[test]
fn mistakes_are_refused_by_name() {
    let en = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("languages/en.toml")).unwrap();
    let with = |extra: &str| format!("{SMALL}{extra}");
    // (case, files besides en.toml, a problem expected among those reported)
    type Case<'a> = (&'a str, Vec<(&'a str, String)>, &'a str);
    let cases: Vec<Case> = vec![
        (
            "duplicate",
            vec![("xx.toml", with("[words]\nstop = [\"a\", \"b\", \"b\"]\n"))],
            "xx.toml: [words] stop: \"b\" appears twice",
        ),
        (
            "unsorted",
            vec![("xx.toml", with("[words]\nstop = [\"b\", \"a\"]\n"))],
            "[words] stop: not sorted: \"a\" must come before \"b\"",
        ),
        (
            "uppercase",
            vec![("xx.toml", with("[keywords]\ngeneric = [\"Big\"]\n"))],
            "[keywords] generic: \"Big\" must be lowercase",
        ),
        (
            "space",
            vec![("xx.toml", with("[layout]\nstamps = [\" am\"]\n"))],
            "[layout] stamps: \" am\" is empty or has surrounding space",
        ),
        (
            "capitalized abbreviation",
            vec![("xx.toml", with("[abbreviations]\nnumber = [\"Pág\"]\n"))],
            "[abbreviations] number: \"Pág\" must be lowercase, at most 16 bytes",
        ),
        (
            "long abbreviation",
            vec![("xx.toml", with("[abbreviations]\ntitle = [\"abcdefghijklmnopq\"]\n"))],
            "[abbreviations] title: \"abcdefghijklmnopq\" must be lowercase, at most 16 bytes",
        ),
        (
            "also a word but no abbreviation",
            vec![("xx.toml", with("[abbreviations]\nalso_words = [\"no\"]\n"))],
            "[abbreviations] also_words: \"no\" is in no class of abbreviations",
        ),
        (
            "two classes",
            vec![(
                "xx.toml",
                with("[abbreviations]\ntitle = [\"jan\"]\n[calendar]\nmonth_abbreviations = [\"jan\"]\n"),
            )],
            "abbreviation \"jan\" is in more than one class (Title, Date)",
        ),
        (
            "capitalized",
            vec![("xx.toml", with("[abbreviations]\ncapitalized = [\"calif\"]\n"))],
            "\"calif\" must start with a capital",
        ),
        ("unknown key", vec![("xx.toml", with("[words]\nstops = []\n"))], "unknown field `stops`"),
        ("unknown stemmer", vec![("xx.toml", with("stemmer = \"xish\"\n"))], "stemmer \"xish\" is not a Snowball"),
        (
            "months",
            vec![("xx.toml", with("[calendar]\nmonths = [\"one\", \"two\"]\n"))],
            "[calendar] months: 12 names in calendar order, or none (found 2)",
        ),
        ("file name", vec![("yy.toml", SMALL.to_string())], "the file of code \"xx\" must be named languages/xx.toml"),
        (
            "same code3",
            vec![("xx.toml", SMALL.to_string()), ("xy.toml", SMALL.replace("\"xx\"", "\"xy\""))],
            "code \"xxx\" is also used by languages/xx.toml",
        ),
        (
            "same priority",
            vec![("xx.toml", with("[identification]\npriority = 0\nfunction_words = [\"ek\"]\n"))],
            "priority \"0\" is also used by languages/",
        ),
        ("no english", vec![("xx.toml", SMALL.to_string())], "languages/en.toml: missing"),
    ];
    let mut wrong = Vec::new();
    for (case, mut files, expected) in cases {
        if case != "no english" {
            files.push(("en.toml", en.clone()));
        }
        let files: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let found = problems(&dir_with(&case.replace(' ', "-"), &files));
        if !found.iter().any(|p| p.contains(expected)) {
            wrong.push(format!("{case}: expected {expected:?} among {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
