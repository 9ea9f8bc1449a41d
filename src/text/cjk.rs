//! Scripts written without spaces between words: Chinese, Japanese, Thai (and
//! Lao, Khmer, Myanmar). No dictionary: the Unicode word rules (UAX #29)
//! already cut Han, Hiragana and Thai into single characters (Katakana runs stay
//! whole), and this module builds on those tokens:
//! - index terms are character pairs (a token and the next one), which match
//!   far better than single characters between sentences (`地铁` vs `地`, `铁`);
//! - keywords are the character n-grams that recur and are not just a piece of
//!   a longer recurring n-gram (`五号线` rather than `五号` or `号线`).
//!
//! The price: no real word boundaries, so a keyword can straddle two words
//! (`在新区`) where a function character is not on the edge lists below.

use crate::document::{Document, Token};
use crate::hash::{HashMap, HashSet};
use crate::keywords::Keyword;
use crate::language::Language;
use crate::span::Span;
use crate::text::layout::Role;
use crate::text::words::TokenKind;

/// Writing systems without spaces between words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Han ideographs and the Japanese kana.
    HanKana,
    /// Thai, Lao, Khmer, Myanmar: alphabets written without spaces.
    Southeast,
}

/// The space-less script `c` belongs to, if any.
pub fn script(c: char) -> Option<Script> {
    match c as u32 {
        0x3005 | 0x3006 | 0x3007 // 々 〆 〇
        | 0x3040..=0x30FF // Hiragana, Katakana (with ー)
        | 0x31F0..=0x31FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F // half-width Katakana
        | 0x20000..=0x2FA1F => Some(Script::HanKana),
        0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF => Some(Script::Southeast),
        _ => None,
    }
}

fn is_hiragana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x309F)
}

/// Roughly how many words `piece` (a run of text without spaces) holds, for
/// the line-length rules of the layout: a Latin word counts one; Chinese and
/// Japanese words average about two characters, Thai words about four letters.
pub fn estimated_words(piece: &str) -> usize {
    let (mut han_kana, mut southeast, mut other) = (0usize, 0usize, false);
    for c in piece.chars() {
        match script(c) {
            Some(Script::HanKana) => han_kana += 1,
            Some(Script::Southeast) => southeast += 1,
            None => other |= c.is_alphanumeric(),
        }
    }
    usize::from(other) + han_kana.div_ceil(2) + southeast.div_ceil(4)
}

/// The space-less script of a token, when the whole token is in one.
fn token_script(text: &str, t: &Token) -> Option<Script> {
    // These scripts are past U+0E00, so their first byte in UTF-8 is at least 0xE0: most
    // tokens are ruled out by their first byte, without decoding (asked for every token).
    if t.kind() != TokenKind::Word || text.as_bytes().get(t.span.start).is_none_or(|&b| b < 0xE0) {
        return None;
    }
    let mut chars = t.span.slice(text).chars();
    let first = script(chars.next()?)?;
    chars.all(|c| script(c) == Some(first) || !c.is_alphanumeric()).then_some(first)
}

/// Replaces the terms of the space-less tokens of one sentence by character
/// pairs: a token's term is itself joined with the next token of its run. The
/// last token of a run adds nothing (it is in the previous pair); a token alone
/// keeps its own term. `intern` gives a term's id.
pub fn pair_terms(text: &str, tokens: &mut [Token], intern: &mut dyn FnMut(&str) -> u32) {
    // These scripts' characters are past U+0E00, so their first byte in UTF-8 is at least 0xE0:
    // a sentence whose tokens all start below has nothing to pair (most sentences, no list made).
    if tokens.iter().all(|t| text.as_bytes().get(t.span.start).is_none_or(|&b| b < 0xE0)) {
        return;
    }
    let scripts: Vec<Option<Script>> = tokens.iter().map(|t| token_script(text, t)).collect();
    for i in 0..tokens.len() {
        let Some(s) = scripts[i] else { continue };
        let joined =
            |j: usize| j < tokens.len() && scripts[j] == Some(s) && tokens[j - 1].span.end == tokens[j].span.start;
        let starts_pair = joined(i + 1);
        let ends_pair = i > 0 && joined(i);
        if starts_pair {
            let pair = &text[tokens[i].span.start..tokens[i + 1].span.end];
            tokens[i].set_term(if has_function_edge(pair, s) { None } else { Some(intern(pair)) });
        } else if ends_pair {
            tokens[i].set_term(None);
        }
    }
}

/// The languages written in these scripts: their keywords come from
/// [`keywords`] and need no stop words (what `languages()` reports).
pub fn writes_without_spaces(language: Language) -> bool {
    matches!(language, Language::Zh | Language::Ja | Language::Th)
}

/// True when most of the document's words are in a space-less script: its
/// keywords then come from [`keywords`].
pub fn mostly_spaceless(doc: &Document) -> bool {
    let text = doc.text();
    let spaceless = doc.tokens.iter().filter(|t| token_script(text, t).is_some()).count();
    spaceless * 2 > doc.tokens.len()
}

/// Chinese characters that are grammar, not topic (particles, pronouns,
/// prepositions, copulas): an n-gram starting or ending with one is not a keyword.
const CHINESE_FUNCTION: &str =
    "的了是在和与及或也就都而着把被对从向为以之其这那有不将还已于等但并很又再所并她他它我你们个上中下到说会要能";

/// Thai function words: an n-gram starting or ending with one is not a keyword.
const THAI_FUNCTION: &[&str] = &[
    "ที่",
    "และ",
    "ใน",
    "การ",
    "ของ",
    "มี",
    "เป็น",
    "ได้",
    "ให้",
    "จะ",
    "ว่า",
    "ก็",
    "แต่",
    "กับ",
    "นี้",
    "แห่ง",
    "ยัง",
    "จึง",
    "เพื่อ",
    "เช่น",
    "ไม่",
    "หรือ",
    "โดย",
    "จาก",
    "ไป",
    "มา",
    "แล้ว",
    "อยู่",
    "คือ",
    "ซึ่ง",
    "เรื่อง",
    "ความ",
    "เมื่อ",
    "กว่า",
    "ทุก",
];

/// True when `gram` starts or ends with a function character or word, or (in
/// Japanese) holds kana written in Hiragana, which is grammar (endings,
/// particles) far more often than topic.
fn has_function_edge(gram: &str, script: Script) -> bool {
    match script {
        Script::HanKana => {
            let (first, last) = (gram.chars().next(), gram.chars().next_back());
            gram.chars().any(is_hiragana)
                || first.is_some_and(|c| super::has_char(CHINESE_FUNCTION, c))
                || last.is_some_and(|c| super::has_char(CHINESE_FUNCTION, c))
        }
        Script::Southeast => THAI_FUNCTION.iter().any(|w| gram.starts_with(w) || gram.ends_with(w)),
    }
}

/// Longest keyword, in tokens (characters; a Katakana word is one token).
fn max_tokens(script: Script) -> usize {
    match script {
        Script::HanKana => 6,
        // Thai words run to a dozen letters and marks.
        Script::Southeast => 12,
    }
}

/// Shortest keyword, in characters.
fn min_chars(script: Script) -> usize {
    match script {
        Script::HanKana => 2,
        Script::Southeast => 3,
    }
}

/// A run of adjacent space-less tokens of one script, in one sentence.
struct Run {
    tokens: std::ops::Range<usize>,
    script: Script,
    in_title: bool,
}

fn runs(doc: &Document) -> Vec<Run> {
    let text = doc.text();
    let mut out = Vec::new();
    for (k, s) in doc.sentences.iter().enumerate() {
        if s.role == Role::Boilerplate {
            continue;
        }
        let tokens = doc.token_range(k);
        let mut i = tokens.start;
        while i < tokens.end {
            let Some(script) = token_script(text, &doc.tokens[i]) else {
                i += 1;
                continue;
            };
            let start = i;
            i += 1;
            while i < tokens.end
                && doc.tokens[i].span.start == doc.tokens[i - 1].span.end
                && token_script(text, &doc.tokens[i]) == Some(script)
            {
                i += 1;
            }
            out.push(Run { tokens: start..i, script, in_title: s.role == Role::Title });
        }
    }
    out
}

/// How often an n-gram occurs in the body, and where it starts first.
#[derive(Clone, Copy)]
struct Gram {
    count: u32,
    first: usize,
}

/// The `count` best keywords of a document written mostly without spaces:
/// character n-grams that recur in the body and are not only a piece of a
/// longer one, scored by frequency and length (more when in the title), best
/// first. The title does not count as an occurrence: it often repeats the lead
/// word for word, which would make every piece of it "recur".
///
/// Counting goes level by level (1, 2, … tokens) and only extends n-grams
/// whose two shorter pieces recur, so the table holds what recurs rather than
/// every n-gram of the text.
pub fn keywords(doc: &Document, count: usize) -> Vec<Keyword> {
    if count == 0 {
        return Vec::new();
    }
    let text = doc.text();
    let tokens = &doc.tokens;
    let runs = runs(doc);
    let title = doc.title_span().map_or("", |t| t.slice(text));
    let gram_at = |i: usize, n: usize| -> &str { &text[tokens[i].span.start..tokens[i + n - 1].span.end] };
    let start_of = |i: usize| tokens[i].span.start;
    let mut grams: HashMap<&str, Gram> = HashMap::default();
    let longest = runs.iter().map(|r| max_tokens(r.script).min(r.tokens.len())).max().unwrap_or(0);
    for n in 1..=longest {
        for run in runs.iter().filter(|r| !r.in_title) {
            if n > max_tokens(run.script) || n > run.tokens.len() {
                continue;
            }
            for i in run.tokens.start..=run.tokens.end - n {
                let recurs = |g: &str| grams.get(g).is_some_and(|g| g.count >= 2);
                if n > 1 && !(recurs(gram_at(i, n - 1)) && recurs(gram_at(i + 1, n - 1))) {
                    continue;
                }
                let first = start_of(i);
                grams.entry(gram_at(i, n)).or_insert(Gram { count: 0, first }).count += 1;
            }
        }
    }
    // An n-gram that occurs only inside one longer n-gram says nothing more
    // (in Chinese and Japanese, unless the longer one cannot be a keyword:
    // `北浜市` inside `北浜市の`; a Thai piece that always runs on into a
    // function word is cut mid-word: `ห่ง` of `แห่ง`).
    let mut covered: HashSet<&str> = HashSet::default();
    for run in runs.iter().filter(|r| !r.in_title) {
        for n in 2..=max_tokens(run.script).min(run.tokens.len()) {
            for i in run.tokens.start..=run.tokens.end - n {
                let gram = gram_at(i, n);
                let Some(g) = grams.get(gram).filter(|g| {
                    g.count >= 2 && !(run.script == Script::HanKana && has_function_edge(gram, run.script))
                }) else {
                    continue;
                };
                for piece in [gram_at(i, n - 1), gram_at(i + 1, n - 1)] {
                    if grams.get(piece).is_some_and(|p| p.count <= g.count) {
                        covered.insert(piece);
                    }
                }
            }
        }
    }
    let script_of = |g: &str| g.chars().next().and_then(script);
    let mut scored: Vec<(f32, &str, Gram)> = grams
        .iter()
        .filter(|(k, g)| g.count >= 2 && !covered.contains(*k))
        .filter_map(|(k, g)| {
            let s = script_of(k)?;
            let chars = super::char_count(k);
            if chars < min_chars(s) || has_function_edge(k, s) {
                return None;
            }
            let title = if super::has_substring(title, k) { 1.6 } else { 1.0 };
            Some((g.count as f32 * (chars as f32).sqrt() * title, *k, *g))
        })
        .collect();
    crate::sort::sort_by(&mut scored, |a, b| b.0.total_cmp(&a.0).then(a.2.first.cmp(&b.2.first)));

    // Best first, skipping an n-gram inside a chosen one or holding one, and a
    // window shifted along a chosen one (it starts or ends with more than half
    // of it: pieces of one long repeated phrase).
    let mut chosen: Vec<(f32, &str)> = Vec::new();
    let mut chosen_set: HashSet<&str> = HashSet::default();
    let mut pieces: HashSet<&str> = HashSet::default();
    for (score, k, _) in scored {
        if chosen.len() >= count {
            break;
        }
        let bounds: Vec<usize> = k.char_indices().map(|(i, _)| i).chain([k.len()]).collect();
        let holds_chosen =
            bounds.iter().enumerate().any(|(a, &i)| bounds[a + 1..].iter().any(|&j| chosen_set.contains(&k[i..j])));
        let half = bounds.len() / 2 + 1;
        let shifted = half < bounds.len() - 1
            && (pieces.contains(&k[..bounds[half]]) || pieces.contains(&k[bounds[bounds.len() - 1 - half]..]));
        if pieces.contains(k) || holds_chosen || shifted {
            continue;
        }
        for (a, &i) in bounds.iter().enumerate() {
            pieces.extend(bounds[a + 1..].iter().map(|&j| &k[i..j]));
        }
        chosen_set.insert(k);
        chosen.push((score, k));
    }
    // Every occurrence of the chosen n-grams (not overlapping one another).
    let mut spans: HashMap<&str, Vec<Span>> = chosen.iter().map(|(_, k)| (*k, Vec::new())).collect();
    for run in &runs {
        for n in 1..=max_tokens(run.script).min(run.tokens.len()) {
            for i in run.tokens.start..=run.tokens.end - n {
                if let Some(v) = spans.get_mut(gram_at(i, n)) {
                    let span = Span::new(tokens[i].span.start, tokens[i + n - 1].span.end);
                    if v.last().is_none_or(|last| last.end <= span.start) {
                        v.push(span);
                    }
                }
            }
        }
    }
    let best = chosen.first().map_or(1.0, |c| c.0).max(1e-6);
    chosen
        .into_iter()
        .map(|(score, k)| {
            let mut spans = spans.remove(k).unwrap_or_default();
            crate::sort::sort(&mut spans);
            Keyword { text: k.to_string(), score: score / best, spans }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_word_estimates() {
        assert_eq!(script('地'), Some(Script::HanKana));
        assert_eq!(script('の'), Some(Script::HanKana));
        assert_eq!(script('ー'), Some(Script::HanKana));
        assert_eq!(script('ส'), Some(Script::Southeast));
        assert_eq!(script('a'), None);
        assert_eq!(estimated_words("江城地铁五号线"), 4);
        assert_eq!(estimated_words("สวนสาธารณะ"), 3);
        assert_eq!(estimated_words("word"), 1);
    }

    #[test]
    fn function_edges() {
        assert!(has_function_edge("的地铁", Script::HanKana));
        assert!(!has_function_edge("地铁", Script::HanKana));
        assert!(has_function_edge("開館した", Script::HanKana));
        assert!(has_function_edge("ในสวน", Script::Southeast));
        assert!(!has_function_edge("สวนสาธารณะ", Script::Southeast));
    }
}
