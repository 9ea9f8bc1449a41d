//! Keywords and keyphrases: the terms and short phrases a text is about,
//! with the spans of every occurrence.
//!
//! Candidates are runs of content words inside a sentence (stop words and
//! punctuation break a run; a hyphen does not, so `data-center capacity` is
//! one phrase). A word scores by how often it occurs, more when it is in the
//! title or used as a name mid-sentence, less when it is an everyday word; a
//! phrase of two or three words must occur at least twice (or be in the
//! title) and scores by its frequency and its words. Phrases absorb the
//! single words they contain, so the list does not say the same thing twice.
//!
//! Stop words and everyday words are the document language's; a language
//! without stop words has no keywords (they would be its function words).

use crate::document::Document;
use crate::language::Language;
use crate::span::{Offsets, Span};
use crate::text::layout::Role;
use crate::text::normalize::{collapse_space, fold_word_into};
use crate::text::words::TokenKind;
use std::collections::{HashMap, HashSet};

/// One keyword or keyphrase.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Keyword {
    /// The phrase as it is most often written in the text.
    pub text: String,
    /// Relative importance in (0, 1]; the best keyword scores 1.
    pub score: f32,
    /// Every occurrence, in text order.
    pub spans: Vec<Span>,
}

impl Offsets for Keyword {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.spans.map_offsets(f);
    }
}

struct Phrase {
    terms: Vec<u32>,
    /// Words, counting a hyphenated compound as one.
    units: usize,
    spans: Vec<Span>,
    in_title: bool,
}

/// The `count` best keywords of `doc`, best first; none when its language
/// has no stop words ([`Profile::has_keywords`](crate::language::Profile::has_keywords)).
pub fn keywords_document(doc: &Document, count: usize) -> Vec<Keyword> {
    let profile = doc.language.profile();
    if count == 0 || !profile.has_keywords() {
        return Vec::new();
    }
    let generic_words = profile.generic;
    // English's list was tuned against stems only (en.toml: 91 entries the
    // stemmer changes never match); matching it as written too would change
    // one English keyword list in ten (CNN dev), so that is the summary
    // owner's call. The other lists are matched both ways.
    let match_written = doc.language != Language::En;
    let text = doc.text();
    let mut tf = vec![0u32; doc.terms.len()];
    // Occurrences written as one of the everyday words.
    let mut written_generic = vec![0u32; doc.terms.len()];
    let mut folded = String::new();
    let mut capitalized = vec![0u32; doc.terms.len()];
    let mut title_terms = vec![false; doc.terms.len()];
    let mut phrases: HashMap<Vec<u32>, Phrase> = HashMap::new();

    // First pass: how often each term occurs, in the title, capitalized.
    for (si, s) in doc.sentences.iter().enumerate() {
        if s.role == Role::Boilerplate {
            continue;
        }
        let is_title = s.role == Role::Title;
        for (k, t) in doc.sentence_tokens(si).iter().enumerate() {
            if let Some(id) = t.term {
                tf[id as usize] += 1;
                if match_written {
                    fold_word_into(t.span.slice(text), &mut folded);
                    if generic_words.binary_search(&folded.as_str()).is_ok() {
                        written_generic[id as usize] += 1;
                    }
                }
                if is_title {
                    title_terms[id as usize] = true;
                } else if k > 0 && t.span.slice(text).starts_with(char::is_uppercase) {
                    capitalized[id as usize] += 1;
                }
            }
        }
    }
    // Second pass: candidate phrases, runs of content words.
    let mut run: Vec<usize> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        if s.role == Role::Boilerplate {
            continue;
        }
        let is_title = s.role == Role::Title;
        let toks = doc.sentence_tokens(si);
        run.clear();
        for k in 0..=toks.len() {
            let joins = k < toks.len()
                && toks[k].kind == TokenKind::Word
                && toks[k].term.is_some()
                && (run.is_empty() || joined(text, toks[k - 1].span, toks[k].span));
            if joins {
                run.push(k);
                continue;
            }
            add_run(text, &run, toks, is_title, &tf, &mut phrases);
            run.clear();
            if k < toks.len() && toks[k].kind == TokenKind::Word && toks[k].term.is_some() {
                run.push(k);
            }
        }
    }

    // A term is everyday when its stem is listed (`day` for `days`) or most
    // of its occurrences are written as a listed word (Spanish `parte`, whose
    // stem `part` is not listed).
    let generic: Vec<bool> = (0..doc.terms.len())
        .map(|i| generic_words.binary_search(&doc.terms[i].as_str()).is_ok() || written_generic[i] * 2 > tf[i])
        .collect();
    let is_generic = |t: u32| generic[t as usize];

    let word_weight = |id: u32| -> f32 {
        let i = id as usize;
        let mut w = (tf[i] as f32).sqrt();
        if title_terms[i] {
            w *= 1.6;
        }
        if capitalized[i] * 2 > tf[i] {
            w *= 1.3;
        }
        if doc.terms[i].chars().count() < 3 {
            w *= 0.5;
        }
        w
    };

    let mut scored: Vec<(f32, Phrase)> = phrases
        .into_iter()
        .filter_map(|(terms, mut p)| {
            p.terms = terms;
            let n = p.units;
            let freq = p.spans.len() as f32;
            // A phrase must recur or head the article; a lone word must recur.
            if p.spans.len() < 2 && (n == 1 || !p.in_title) {
                return None;
            }
            if p.terms.iter().all(|&t| is_generic(t)) {
                return None;
            }
            let mean: f32 = p.terms.iter().map(|&t| word_weight(t)).sum::<f32>() / p.terms.len() as f32;
            let score = if n == 1 { mean * mean } else { mean * freq.sqrt() * (n as f32).sqrt() * 1.2 };
            let generic_penalty = if p.terms.iter().any(|&t| is_generic(t)) { 0.5 } else { 1.0 };
            Some((score * generic_penalty, p))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.spans[0].cmp(&b.1.spans[0])));

    let mut out: Vec<(f32, Phrase)> = Vec::new();
    // Every contiguous piece of the chosen phrases, and the chosen phrases
    // themselves: a hash lookup per piece instead of a scan of every chosen
    // phrase (which made a large `count` quadratic).
    let mut pieces: HashSet<Vec<u32>> = HashSet::new();
    let mut chosen: HashSet<Vec<u32>> = HashSet::new();
    for (score, p) in scored {
        if out.len() >= count {
            break;
        }
        // Skip a phrase that an already chosen one contains, or that
        // contains one already chosen (keep the better of the two).
        let t = p.terms.as_slice();
        let overlaps = pieces.contains(t) || (1..=t.len()).any(|n| t.windows(n).any(|w| chosen.contains(w)));
        if !overlaps {
            for n in 1..=t.len() {
                pieces.extend(t.windows(n).map(|w| w.to_vec()));
            }
            chosen.insert(t.to_vec());
            out.push((score, p));
        }
    }
    let title = doc.title_span();
    let best = out.first().map_or(1.0, |(s, _)| *s).max(1e-6);
    out.into_iter()
        .map(|(score, mut p)| {
            p.spans.sort_unstable();
            // Show the phrase as the body writes it: a title is title-cased.
            let body: Vec<Span> = p.spans.iter().copied().filter(|s| !title.is_some_and(|t| t.contains(*s))).collect();
            let form = display_form(text, if body.is_empty() { &p.spans } else { &body });
            Keyword { text: form, score: score / best, spans: p.spans }
        })
        .collect()
}

/// True when only a space or a single hyphen separates two tokens.
fn joined(text: &str, a: Span, b: Span) -> bool {
    let gap = &text[a.end..b.start];
    gap == " " || gap == "-" || gap == "\u{2010}" || gap == "\u{2011}"
}

/// Phrases of more stems than this (long chains of hyphenated words, as in
/// code or identifiers) are never keywords; the bound keeps the overlap
/// check between chosen phrases linear.
const MAX_PHRASE_TERMS: usize = 12;

/// Adds every window of 1 to 3 words of a run of content words. Words
/// joined by a hyphen (`data-center`) count as one word.
fn add_run(
    text: &str,
    run: &[usize],
    toks: &[crate::document::Token],
    in_title: bool,
    tf: &[u32],
    phrases: &mut HashMap<Vec<u32>, Phrase>,
) {
    // Group the run into units: (first token, last token) positions in `run`.
    let mut units: Vec<(usize, usize)> = Vec::new();
    for (p, &k) in run.iter().enumerate() {
        let hyphenated = p > 0 && text[toks[run[p - 1]].span.end..toks[k].span.start] != *" ";
        match units.last_mut() {
            Some(u) if hyphenated => u.1 = p,
            _ => units.push((p, p)),
        }
    }
    for start in 0..units.len() {
        for n in 1..=3 {
            if start + n > units.len() {
                break;
            }
            let (first, last) = (units[start].0, units[start + n - 1].1);
            let window = &run[first..=last];
            // A keyword must recur (only a title phrase may occur once), so a
            // window with a word that occurs once is never one: skipping it
            // keeps the table small on text where most words are distinct.
            let once = window.iter().any(|&k| toks[k].term.is_some_and(|t| tf[t as usize] < 2));
            if once && !(in_title && n > 1) {
                continue;
            }
            let terms: Vec<u32> = window.iter().filter_map(|&k| toks[k].term).collect();
            if terms.len() > MAX_PHRASE_TERMS {
                continue;
            }
            let last = toks[window[window.len() - 1]].span;
            // "Microsoft's capacity" → the keyword is "Microsoft's capacity",
            // but "Microsoft's" alone is shown as "Microsoft".
            let end = last.end - possessive_len(last.slice(text));
            let span = Span::new(toks[window[0]].span.start, end.max(last.start + 1));
            match phrases.get_mut(terms.as_slice()) {
                Some(entry) => {
                    entry.in_title |= in_title;
                    entry.spans.push(span);
                }
                None => {
                    // The terms are the key; `Phrase::terms` is filled from it when scoring.
                    phrases.insert(terms, Phrase { terms: Vec::new(), units: n, spans: vec![span], in_title });
                }
            }
        }
    }
}

/// Length in bytes of a trailing possessive `'s` / `’s`, or 0.
fn possessive_len(word: &str) -> usize {
    for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if word.len() > suffix.len() && word.ends_with(suffix) {
            return suffix.len();
        }
    }
    0
}

/// The most frequent written form among the occurrences (ties: the first).
fn display_form(text: &str, spans: &[Span]) -> String {
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, s) in spans.iter().enumerate() {
        let e = counts.entry(collapse_space(s.slice(text))).or_insert((0, i));
        e.0 += 1;
    }
    counts.into_iter().max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1))).map(|(k, _)| k).unwrap_or_default()
}
