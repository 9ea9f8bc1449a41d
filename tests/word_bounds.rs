//! The word tokenizer (src/text/words.rs) against unicode-segmentation's
//! UAX #29 word bounds, which it replaced in the library: the same tokens on
//! every text in tests/ and on every code point in the contexts that decide a
//! token, except the code points listed in docs/segmentation.md ("Word
//! tokens"). `cargo run --release --example compare_tokens -- ../shared/data`
//! runs the same comparison over the shared corpora.

use nutshell::internals::text::words::{tokenize, RawToken};
use unicode_segmentation::UnicodeSegmentation;

#[path = "common/word_bounds_reference.rs"]
mod word_bounds_reference;
use word_bounds_reference::reference;

fn ours(text: &str) -> Vec<RawToken> {
    let mut out = Vec::new();
    tokenize(text, 0, &mut out);
    out
}

fn shown(text: &str, tokens: &[RawToken]) -> Vec<String> {
    tokens.iter().map(|t| format!("{:?}", t.span.slice(text))).collect()
}

/// Code points where the tokenizer knowingly differs (docs/segmentation.md):
/// marks that are also letters (Alphabetic: the vowel signs of Indic and
/// other scripts) are letters to it, which gives the same tokens after a
/// letter (checked for every code point) but not where such a mark opens a
/// word or follows a digit or Katakana.
fn known(c: char) -> bool {
    let text = format!("x {c}");
    let reference_mark = text.split_word_bounds().nth(1) == Some(&text[1..]);
    reference_mark && c.is_alphabetic()
}

/// `U+0903 U+093E-0940 …`, at most 80 ranges.
fn ranges(cs: &[char]) -> String {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for &c in cs {
        match out.last_mut() {
            Some((_, hi)) if *hi + 1 == c as u32 => *hi = c as u32,
            _ => out.push((c as u32, c as u32)),
        }
    }
    let n = out.len();
    let mut shown: Vec<String> = out
        .iter()
        .take(80)
        .map(|&(a, b)| if a == b { format!("U+{a:04X}") } else { format!("U+{a:04X}-{b:04X}") })
        .collect();
    if n > 80 {
        shown.push(format!("… ({n} ranges)"));
    }
    shown.join(" ")
}

#[test]
fn every_code_point_in_context() {
    let mut differ = Vec::new();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        // After a letter (Latin, or of the script written without spaces that `c` belongs to): where marks are
        // written, and where the tokenizer must agree for every code point.
        let (x, y) = match c {
            '\u{E00}'..='\u{E7F}' => ('ก', 'ข'),
            '\u{E80}'..='\u{EFF}' => ('ກ', 'ຂ'),
            '\u{1000}'..='\u{109F}' | '\u{AA60}'..='\u{AA7F}' | '\u{A9E0}'..='\u{A9FF}' => ('က', 'ခ'),
            '\u{1780}'..='\u{17FF}' => ('ក', 'ខ'),
            '\u{1A20}'..='\u{1AAF}' => ('\u{1A20}', '\u{1A21}'),
            '\u{1950}'..='\u{19DF}' => ('\u{1980}', '\u{1981}'),
            '\u{AA80}'..='\u{AADF}' => ('\u{AA80}', '\u{AA81}'),
            '\u{11700}'..='\u{1174F}' => ('\u{11700}', '\u{11701}'),
            _ => ('a', 'b'),
        };
        let after_letter = [format!("a{c}b"), format!("{x}{c}{y}")];
        let elsewhere = [
            format!("1{c}2"),
            format!("{c}{c}"),
            format!("x {c}y"),
            format!("ア{c}カ"),
            format!("א{c}ב"),
            format!("{c}a"),
            format!("{c}1"),
            format!("a\u{200D}{c}b"),
        ];
        if after_letter.iter().any(|p| reference(p) != ours(p)) {
            differ.push(c);
            continue;
        }
        for probe in elsewhere {
            // A joiner between a letter and a symbol: UAX #29 keeps the pictographs on the word (WB3c),
            // the tokenizer the emoji blocks only.
            let symbol = !c.is_alphanumeric() || matches!(c, '\u{2100}'..='\u{2BFF}' | '\u{1F100}'..='\u{1F1FF}');
            let joiner = probe.starts_with("a\u{200D}") && symbol;
            if reference(&probe) != ours(&probe) && !joiner && !known(c) {
                differ.push(c);
                break;
            }
        }
    }
    assert!(differ.is_empty(), "{} code points differ: {}", differ.len(), ranges(&differ));
}

#[test]
fn every_text_in_tests() {
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests"))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path);
            }
        }
    }
    let (mut texts, mut tokens) = (0, 0);
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let (want, got) = (reference(&text), ours(&text));
        if want != got {
            let (w, g) = (shown(&text, &want), shown(&text, &got));
            let first = w.iter().zip(&g).position(|(a, b)| a != b).unwrap_or(w.len().min(g.len()));
            let end = |v: &[String]| (first + 5).min(v.len());
            panic!("{}: {:?} vs {:?}", path.display(), &w[first..end(&w)], &g[first..end(&g)]);
        }
        texts += 1;
        tokens += want.len();
    }
    assert!(texts > 100 && tokens > 50_000, "{texts} files, {tokens} tokens");
}

/// Every string of up to four characters over the classes the rules name:
/// the rules themselves (WB4-WB13b), each against each.
#[test]
fn every_short_sequence() {
    let alphabet = [
        'a', 'Z', 'é', '1', '٣', 'ア', 'ー', 'א', '\'', '’', '"', '.', ',', ';', ':', '·', '_', '-', ' ', '\n', '\r',
        'ก', '\u{E31}', '中', 'の', '\u{301}', '\u{93F}', '\u{200D}', '\u{AD}', '\u{FE0F}', '😀', '²', '%',
    ];
    let n = alphabet.len();
    let mut differ = Vec::new();
    let mut text = String::new();
    for len in 1..=4u32 {
        for mut code in 0..n.pow(len) {
            text.clear();
            for _ in 0..len {
                text.push(alphabet[code % n]);
                code /= n;
            }
            if reference(&text) != ours(&text) {
                differ.push(text.clone());
            }
        }
    }
    // Known to differ: a mark opening a word (at the start or after a space or a line break), which UAX #29
    // joins to the space before it and the tokenizer to nothing, and the vowel sign U+093F after anything but
    // a letter (a letter to the tokenizer, see `known`).
    let marks = ['\u{E31}', '\u{301}', '\u{93F}', '\u{200D}', '\u{AD}', '\u{FE0F}'];
    differ.retain(|t| {
        if t.contains('\u{93F}') {
            return false;
        }
        let chars: Vec<char> = t.chars().collect();
        let opens = |i: usize| i == 0 || matches!(chars[i - 1], ' ' | '\n' | '\r');
        // and a joiner between punctuation and an emoji (after `'`, `.`, `,`: unicode-segmentation joins the
        // punctuation to the letters before it)
        let joined = |i: usize| chars[i] == '\u{200D}' && i > 0 && !chars[i - 1].is_alphanumeric();
        !(0..chars.len()).any(|i| marks.contains(&chars[i]) && opens(i) || joined(i))
    });
    assert!(differ.is_empty(), "{} strings differ, e.g. {:?}", differ.len(), &differ[..differ.len().min(20)]);
}

/// The cases issue 17 names, spelled out: the tokens, and the same as UAX #29's.
#[test]
fn the_cases_people_paste() {
    let cases: [(&str, &[&str]); 12] = [
        ("don't l'État dell’anno", &["don't", "l'État", "dell’anno"]),
        ("3.5 2,100 1.000.000 v2.0", &["3.5", "2,100", "1.000.000", "v2.0"]),
        ("data-center snake_case", &["data", "center", "snake_case"]),
        ("東京タワーへ行きます", &["東", "京", "タワー", "へ", "行", "き", "ま", "す"]),
        ("สวัสดีครับ", &["ส", "วั", "ส", "ดี", "ค", "รั", "บ"]),
        ("צה\"ל אמר", &["צה\"ל", "אמר"]),
        ("I 👩‍💻 code 🇫🇷!", &["I", "code"]),
        ("e\u{301}te\u{301} café", &["e\u{301}te\u{301}", "café"]),
        ("क्षत्रिय हिन्दी", &["क्षत्रिय", "हिन्दी"]),
        ("co\u{AD}operate x\u{200B}y", &["co\u{AD}operate", "x", "y"]),
        ("km² ½ ①", &["km", "²", "½", "①"]),
        ("٣٫٥ ١٬٠٠٠", &["٣٫٥", "١٬٠٠٠"]),
    ];
    for (text, want) in cases {
        let got = ours(text);
        assert_eq!(got.iter().map(|t| t.span.slice(text)).collect::<Vec<_>>(), want, "{text}");
        assert_eq!(got, reference(text), "{text}");
    }
}
