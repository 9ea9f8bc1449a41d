//! Whatever a person pastes: no panic, a sensible result or a clear error,
//! and every span slices back to its text.

use nutshell::{analyze, Budget, Options};

/// Runs every analysis and checks the invariants every result must keep.
fn check(text: &str) -> Option<nutshell::Analysis> {
    let options = Options { budget: Budget::Sentences(3), ..Default::default() };
    match analyze(text, &options) {
        Ok(a) => {
            for s in &a.summary {
                assert_eq!(&text[s.span.start..s.span.end], s.span.text);
            }
            for w in a.summary.windows(2) {
                assert!(w[0].index < w[1].index, "summary out of order or repeated");
            }
            assert!(a.summary.len() <= 3);
            for k in &a.keywords {
                assert!(!k.spans.is_empty());
                for sp in &k.spans {
                    assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end) && sp.start < sp.end);
                }
            }
            if let Some(t) = &a.title {
                assert_eq!(&text[t.start..t.end], t.text);
            }
            let sentences = nutshell::sentences(text).unwrap();
            for s in &sentences {
                assert_eq!(&text[s.start..s.end], s.text);
            }
            Some(a)
        }
        Err(e) => {
            assert!(e.is_empty_input(), "unexpected error for {:?}: {e}", &text[..text.len().min(40)]);
            None
        }
    }
}

#[test]
fn empty_and_blank_inputs_are_errors() {
    for text in ["", " ", "\n\n\t", "\u{200B}\u{FEFF}", "\0\0"] {
        let err = analyze(text, &Options::default()).unwrap_err();
        assert!(err.is_empty_input());
        assert!(err.to_string().contains("empty"));
    }
}

#[test]
fn single_word_and_single_character() {
    assert_eq!(check("Hello").unwrap().summary.len(), 1);
    check("x");
    check(".");
    check("😀");
}

#[test]
fn ten_megabyte_line_without_punctuation() {
    let text = "word ".repeat(2_000_000);
    let a = check(&text).unwrap();
    assert_eq!(a.summary.len(), 1);
}

#[test]
fn one_megabyte_of_one_word() {
    check(&"buffalo ".repeat(130_000));
}

#[test]
fn repeated_sentence_is_not_repeated_in_the_summary() {
    let text = "The committee approved the budget on Monday. ".repeat(50_000);
    let a = check(&text).unwrap();
    assert_eq!(a.summary.len(), 1, "near-duplicates are never chosen twice");
}

#[test]
fn a_million_tiny_sentences() {
    check(&"a. ".repeat(1_000_000));
}

#[test]
fn code_tables_logs_and_blobs() {
    let minified =
        "function(a,b){return a+b};var x=document.getElementById('y');if(x){x.innerHTML='<b>'+z+'</b>'}".repeat(2000);
    check(&minified);
    let csv: String = (0..5000).map(|i| format!("{i},{},{}.5,\"name {i}\"\n", i * 7, i % 13)).collect();
    check(&csv);
    let tsv: String = (0..5000).map(|i| format!("{i}\t{}\tx\n", i * 3)).collect();
    check(&tsv);
    let logs: String = (0..5000)
        .map(|i| format!("127.0.0.1 - - [28/Nov/2026:10:{:02}:00 +0000] \"GET /page/{i} HTTP/1.1\" 200 512\n", i % 60))
        .collect();
    check(&logs);
    let base64 = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw==".repeat(20_000);
    check(&base64);
}

#[test]
fn html_source_and_markdown() {
    let html = "<!DOCTYPE html><html><head><script>alert(1)</script><style>p{color:red}</style></head>\
                <body><h1>Title</h1><p>The council met on Monday. It approved the plan.</p><img src=x onerror=alert(1)></body></html>";
    check(html);
    let md = "# Heading\n\nSome **bold** text and a [link](http://example.com).\n\n- item one\n- item two\n\n```\ncode\n```\n";
    check(md);
}

#[test]
fn emoji_marks_bidi_and_scripts_without_spaces() {
    check(&"👩‍👩‍👧‍👦🏳️‍🌈 family! 😀😀. ".repeat(1000));
    check("e\u{301}\u{302}\u{303} cafe\u{301}. Zalgo t\u{336}\u{337}e\u{338}x\u{335}t.");
    check("\u{202E}RTL override\u{202C} text. \u{200F}مرحبا بالعالم. هذا نص عربي. שלום עולם.");
    check("北京是中国的首都。上海是最大的城市。广州在南方！");
    check("東京は日本の首都です。大阪は二番目に大きい都市です。");
    check("ภาษาไทยไม่มีการเว้นวรรคระหว่างคำ ประเทศไทยมีประชากรมาก");
}

#[test]
fn control_characters_and_line_endings() {
    check("NUL\0inside. Another\0sentence here.");
    let a = check("Title line\r\n\r\nFirst sentence here.\r\nSecond one there.\r\n").unwrap();
    assert_eq!(a.title.unwrap().text, "Title line");
    check("Old Mac\r\rline endings. Are fine.\rReally.");
}

#[test]
fn too_large_input_is_a_clear_error() {
    let options = Options { max_input_bytes: 100, ..Default::default() };
    let err = analyze(&"a".repeat(101), &options).unwrap_err();
    assert!(err.is_too_large());
    assert!(err.to_string().contains("101 bytes"), "{err}");
}

#[test]
fn binary_junk_as_text() {
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    check(&String::from_utf8_lossy(&bytes));
}
