//! Shared by the fuzz targets: turning bytes into text and options, and the
//! invariants every result must keep.

#![allow(dead_code)]

use nutshell::{Budget, Language, Length, Options};

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The text of an input: its bytes as UTF-8, invalid sequences replaced
/// (so that every input reaches the analyses, as pasted text would), or, for
/// an input that starts with [`RECIPE`], the text that recipe grows.
pub fn text(data: &[u8]) -> Cow<'_, str> {
    let text = match data.split_first() {
        Some((&RECIPE, recipe)) if recipe.len() >= 3 => Cow::Owned(grow(recipe)),
        _ => String::from_utf8_lossy(data),
    };
    note_length(text.len());
    text
}

/// First byte of a recipe input: `RECIPE, shape, count (u16 LE), chunk…`.
/// libFuzzer keeps its inputs small (a few KB at most), so the cost of size
/// never shows; a recipe turns a small input into up to [`GROWN_MAX`] bytes of
/// a shape that stresses one part of the pipeline, and mutating the chunk
/// explores what the shape is made of.
pub const RECIPE: u8 = 0xA5;

/// The largest text a recipe grows.
pub const GROWN_MAX: usize = 256 * 1024;

/// Grows a text from a recipe (shape, count, chunk): the chunk repeated `count`
/// times (at most [`GROWN_MAX`] bytes) in one of six shapes.
pub fn grow(recipe: &[u8]) -> String {
    let shape = recipe[0] % 6;
    let times = u16::from_le_bytes([recipe[1], recipe[2]]) as usize + 1;
    let chunk = String::from_utf8_lossy(&recipe[3..]);
    let piece: String = match shape {
        // The chunk repeated as it is.
        0 => chunk.into_owned(),
        // One endless word: the chunk without its white space.
        1 => chunk.chars().filter(|c| !c.is_whitespace()).collect(),
        // One endless line.
        2 => chunk.replace(['\n', '\r'], " ") + " ",
        // Many tiny lines: a word a line.
        3 => chunk.split_whitespace().flat_map(|w| [w, "\n"]).collect(),
        // Paragraphs: the chunk, then a blank line.
        4 => chunk.into_owned() + "\n\n",
        // Distinct words: a counter follows each copy (below).
        _ => chunk.into_owned(),
    };
    let mut out = String::new();
    if piece.is_empty() {
        return out;
    }
    for i in 0..times {
        if out.len() + piece.len() > GROWN_MAX {
            break;
        }
        out.push_str(&piece);
        if shape == 5 {
            out.push_str(&format!("{i:x} "));
        }
    }
    out
}

static LONGEST: AtomicUsize = AtomicUsize::new(0);

/// Logs the text length each time it passes the longest so far by a tenth, so
/// that the run's log (fuzz/logs/<target>.log) tells, within 10%, the longest
/// text the target analysed.
fn note_length(len: usize) {
    let longest = LONGEST.load(Ordering::Relaxed);
    if len > longest + longest / 10 {
        LONGEST.store(len, Ordering::Relaxed);
        eprintln!("nutshell-fuzz: text of {len} bytes");
    }
}

const LANGUAGES: [&str; 8] = ["auto", "en", "fr", "de", "es", "zh", "ar", "ru"];

/// Options from the first 4 bytes of the input (the rest is the text):
/// byte 0 picks the budget kind (some kinds are out of range on purpose),
/// byte 1-2 its value, byte 3 the language and the keyword count.
pub fn options(data: &[u8]) -> (Options, &[u8]) {
    if data.len() < 4 {
        return (Options::default(), data);
    }
    let (head, rest) = data.split_at(4);
    let v = u16::from_le_bytes([head[1], head[2]]) as usize;
    let budget = match head[0] % 8 {
        0 => Budget::Sentences(v % 40),
        1 => Budget::Words(v),
        2 => Budget::Ratio(v as f64 / 1000.0),
        3 => Budget::Length(Length::Short),
        4 => Budget::Length(Length::Medium),
        5 => Budget::Length(Length::Long),
        6 => Budget::Sentences(v),
        // Out of range or not a number: must be an error, never a panic.
        _ => Budget::Ratio([f64::NAN, f64::INFINITY, -0.5, 0.0][v % 4]),
    };
    let lang = LANGUAGES[(head[3] % 8) as usize];
    let language = if lang == "auto" { None } else { Some(Language::from_code(lang).expect("known language")) };
    let keywords = (head[3] >> 3) as usize * 3;
    (Options { budget, language, keywords, ..Options::default() }, rest)
}

/// Sentences slice back, are non-empty, ordered and disjoint, and cover
/// every non-blank character.
pub fn check_sentences(text: &str, sentences: &[nutshell::TextSpan]) {
    let mut last = 0;
    for s in sentences {
        assert_eq!(&text[s.start..s.end], s.text);
        assert!(s.start >= last && s.start < s.end, "sentences overlap or are empty");
        last = s.end;
    }
    let mut covered = vec![false; text.len()];
    for s in sentences {
        covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
    }
    for (i, c) in text.char_indices() {
        if !(nutshell::internals::text::normalize::is_space(c) || c == '\0') {
            assert!(covered[i], "{c:?} at {i} is in no sentence");
        }
    }
}

pub fn check_summary(text: &str, budget: &Budget, summary: &[nutshell::SummarySentence]) {
    for s in summary {
        assert_eq!(&text[s.span.start..s.span.end], s.span.text);
        assert!(s.score.is_finite(), "score {}", s.score);
    }
    for w in summary.windows(2) {
        assert!(w[0].index < w[1].index, "summary out of order or repeated");
        assert!(w[0].span.end <= w[1].span.start, "summary sentences overlap");
    }
    if let Budget::Sentences(n) = budget {
        assert!(summary.len() <= *n);
    }
}

pub fn check_keywords(text: &str, keywords: &[nutshell::Keyword], count: usize) {
    assert!(keywords.len() <= count);
    for k in keywords {
        assert!(k.score.is_finite() && k.score > 0.0 && k.score <= 1.0 + 1e-6, "score {}", k.score);
        assert!(!k.spans.is_empty());
        for w in k.spans.windows(2) {
            assert!(w[0].start < w[1].start, "keyword spans out of order");
        }
        for sp in &k.spans {
            assert!(sp.start < sp.end && text.get(sp.start..sp.end).is_some(), "bad keyword span {sp:?}");
        }
    }
}

pub fn check_entities(text: &str, found: &nutshell::Entities) {
    for w in found.mentions.windows(2) {
        assert!(w[0].span.start <= w[1].span.start, "mentions out of order");
    }
    for m in &found.mentions {
        assert!(m.span.start < m.span.end);
        assert_eq!(&text[m.span.start..m.span.end], m.span.text);
    }
    for e in &found.entities {
        assert_eq!(e.count, e.mentions.len());
        assert!(!e.name.is_empty());
        for sp in &e.mentions {
            assert!(sp.start < sp.end && text.get(sp.start..sp.end).is_some(), "bad entity span {sp:?}");
        }
    }
}
