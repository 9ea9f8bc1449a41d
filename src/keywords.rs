//! Keywords and keyphrases: the terms and short phrases a text is about,
//! with the spans of every occurrence.
//!
//! Candidates are runs of content words inside one sentence and one line
//! (stop words, punctuation and line breaks end a run; a hyphen does not,
//! so `data-center capacity` is one phrase), so no phrase joins the title to
//! the body or one line to the next. A term scores by how often the body
//! uses it, more when it is in the title and when it is a name (always
//! capitalized mid-sentence), much less when it is an everyday word. A
//! lone word must recur in the body; a phrase of two or three words must
//! occur twice (the title counts) and scores by its frequency and its words'
//! weights, more than its words alone, so a name is kept whole ("Harbour
//! City", not "city"). Phrases absorb the single words they contain, so the
//! list does not say the same thing twice.
//!
//! Stop words and everyday words are the document language's; a language
//! without stop words has no keywords (they would be its function words),
//! except text written without spaces (Chinese, Japanese, Thai), which
//! takes the character n-gram path of `text/cjk.rs`.

use crate::document::Document;
use crate::hash::{HashMap, HashSet};
use crate::span::{Offsets, Span};
use crate::text::cjk;
use crate::text::layout::Role;
use crate::text::normalize::collapse_space;
use crate::text::words::{TermMaker, TokenKind};

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

/// How much more a term weighs when the title uses it.
const TITLE_BOOST: f32 = 1.5;
/// How much more a name weighs than a common word.
const NAME_BOOST: f32 = 2.0;
/// The weight of an everyday word (the `generic` list).
const GENERIC_WEIGHT: f32 = 0.2;
/// How much more a phrase weighs, per word beyond the first, than its
/// frequency and its words' mean weight say: a phrase is more specific.
const PHRASE_BOOST: f32 = 0.75;

struct Phrase {
    terms: Vec<u32>,
    /// Words, counting a hyphenated compound as one.
    units: usize,
    /// Its number: its occurrences are those of this number in the list of
    /// every occurrence (one list, not a `Vec` a phrase, most of which would
    /// only grow and be dropped).
    id: u32,
    /// Its first occurrence.
    first: Span,
    /// How many occurrences.
    count: usize,
}

/// The candidate phrases of a text ([`add_run`]): each by its terms, and
/// every occurrence of each, in text order, with its phrase's number.
#[derive(Default)]
struct Candidates {
    phrases: HashMap<Vec<u32>, Phrase>,
    occurrences: Vec<(u32, Span)>,
}

/// What the scoring knows of one term.
#[derive(Default, Clone, Copy)]
struct TermStats {
    /// Occurrences in the body (not the title, not page furniture).
    body: u32,
    /// Occurrences anywhere but page furniture.
    all: u32,
    /// Body occurrences capitalized inside a sentence.
    capitalized: u32,
    /// Body occurrences written in lower case.
    lower: u32,
    in_title: bool,
}

/// The `count` best keywords of `doc`, best first.
pub fn keywords_document(doc: &Document, count: usize) -> Vec<Keyword> {
    if count == 0 {
        return Vec::new();
    }
    if cjk::mostly_spaceless(doc) {
        return cjk::keywords(doc, count);
    }
    // A language without stop words would get its function words (`de`, `und`)
    // as keywords: none instead, and `unsupported` says so.
    if !doc.language.profile().has_keywords() {
        return Vec::new();
    }
    let text = doc.text();
    let mut stats = vec![TermStats::default(); doc.terms.len()];
    let mut candidates = Candidates::default();

    // First pass: how often each term occurs, where, and how it is written.
    for (si, s) in doc.sentences.iter().enumerate() {
        if s.role == Role::Boilerplate {
            continue;
        }
        let is_title = s.role == Role::Title;
        for (k, t) in doc.sentence_tokens(si).iter().enumerate() {
            let Some(id) = t.term() else { continue };
            let st = &mut stats[id as usize];
            st.all += 1;
            if is_title {
                st.in_title = true;
                continue;
            }
            st.body += 1;
            let first = t.span.slice(text).chars().next().unwrap_or(' ');
            if first.is_lowercase() {
                st.lower += 1;
            } else if k > 0 && first.is_uppercase() {
                st.capitalized += 1;
            }
        }
    }
    let all: Vec<u32> = stats.iter().map(|s| s.all).collect();
    // Second pass: candidate phrases, runs of content words.
    let mut run: Vec<usize> = Vec::new();
    let mut scratch = RunScratch::default();
    for (si, s) in doc.sentences.iter().enumerate() {
        if s.role == Role::Boilerplate {
            continue;
        }
        let toks = doc.sentence_tokens(si);
        run.clear();
        for k in 0..=toks.len() {
            let joins = k < toks.len()
                && toks[k].kind() == TokenKind::Word
                && toks[k].term().is_some()
                && (run.is_empty() || joined(text, toks[k - 1].span, toks[k].span));
            if joins {
                run.push(k);
                continue;
            }
            add_run(text, &run, toks, &all, &mut candidates, &mut scratch);
            run.clear();
            if k < toks.len() && toks[k].kind() == TokenKind::Word && toks[k].term().is_some() {
                run.push(k);
            }
        }
    }

    // The generic list is matched on stems, as the terms are.
    let maker = TermMaker::new(doc.language);
    // Everyday words that make poor keywords even when frequent: the document
    // language's `[keywords] generic`, matched on stems.
    let generic: HashSet<String> = doc.language.profile().generic.iter().map(|w| maker.term(w).into_owned()).collect();
    let is_generic = |id: u32| generic.contains(doc.terms.get(id));
    let weight = |id: u32| -> f32 {
        let st = &stats[id as usize];
        let mut w = 1.0;
        if st.in_title {
            w *= TITLE_BOOST;
        }
        let name = st.capitalized > 0 && st.lower == 0;
        if name {
            w *= NAME_BOOST;
        }
        if is_generic(id) {
            w *= GENERIC_WEIGHT;
        }
        // "s", "mr", "la": a short word in lower case is rarely a topic
        // ("AI", "EU" are names, kept whole).
        if !name && crate::text::char_count(doc.terms.get(id)) < 3 {
            w *= 0.5;
        }
        w
    };

    let Candidates { phrases, occurrences } = candidates;
    let ids = phrases.len();
    let mut scored: Vec<(f32, Phrase)> = phrases
        .into_iter()
        .filter_map(|(terms, mut p)| {
            p.terms = terms;
            let n = p.units;
            if p.terms.iter().all(|&t| is_generic(t)) {
                return None;
            }
            let mean: f32 = p.terms.iter().map(|&t| weight(t)).sum::<f32>() / p.terms.len() as f32;
            let score = if n == 1 {
                // A lone word must recur in the body: a word the title
                // alone uses twice is not what the text is about.
                let body = stats[p.terms[0] as usize].body;
                if body < 2 {
                    return None;
                }
                body as f32 * mean
            } else {
                if p.count < 2 {
                    return None;
                }
                p.count as f32 * mean * (1.0 + PHRASE_BOOST * (n - 1) as f32)
            };
            Some((score, p))
        })
        .collect();
    crate::sort::sort_by(&mut scored, |a, b| b.0.total_cmp(&a.0).then_with(|| a.1.first.cmp(&b.1.first)));
    // Names kept whole: a word that is mostly used inside one phrase
    // ("waggle" in "waggle dance", "Harbour" in "Harbour City") stands for
    // that phrase, at the word's place in the list.
    let mut whole: HashMap<u32, usize> = HashMap::default();
    for (i, (_, p)) in scored.iter().enumerate() {
        if p.units < 2 {
            continue;
        }
        for &t in &p.terms {
            let better = whole.get(&t).is_none_or(|&j| {
                let q = &scored[j].1;
                (p.count, std::cmp::Reverse(p.terms.len())) > (q.count, std::cmp::Reverse(q.terms.len()))
            });
            if better {
                whole.insert(t, i);
            }
        }
    }
    let mut slots: Vec<Option<(f32, Phrase)>> = scored.into_iter().map(Some).collect();
    // (score, phrase, whether it stands for one of its words)
    let mut scored: Vec<(f32, Phrase, bool)> = Vec::with_capacity(slots.len());
    for i in 0..slots.len() {
        let Some((score, p)) = slots[i].take() else { continue };
        let phrase = match p.terms[..] {
            [t] if p.units == 1 => {
                whole.get(&t).filter(|&&j| slots[j].as_ref().is_some_and(|q| q.1.count * 2 >= p.count))
            }
            _ => None,
        };
        match phrase.and_then(|&j| slots[j].take()) {
            Some((_, q)) => scored.push((score, q, true)),
            None => scored.push((score, p, false)),
        }
    }

    let mut out: Vec<(f32, Phrase)> = Vec::new();
    // Every contiguous piece of the chosen phrases, and the chosen phrases
    // themselves: a hash lookup per piece instead of a scan of every chosen
    // phrase (which made a large `count` quadratic).
    let mut pieces: HashSet<Vec<u32>> = HashSet::default();
    let mut chosen: HashSet<Vec<u32>> = HashSet::default();
    for (score, p, stands_for_word) in scored {
        let t = p.terms.clone();
        let contains_chosen = (1..=t.len()).any(|n| t.windows(n).any(|w| chosen.contains(w)));
        if pieces.contains(&t) || (contains_chosen && !stands_for_word) {
            // Skip a phrase that an already chosen one contains, or that
            // contains one already chosen (keep the better of the two).
            continue;
        }
        if contains_chosen {
            // A name kept whole: "waggle dance" replaces the "dance" chosen
            // before it, at its place, unless it overlaps a chosen phrase.
            let phrase_overlap = (2..=t.len()).any(|n| t.windows(n).any(|w| chosen.contains(w)));
            let words: Vec<usize> =
                (0..out.len()).filter(|&i| out[i].1.units == 1 && t.contains(&out[i].1.terms[0])).collect();
            let Some((&first, rest)) = words.split_first().filter(|_| !phrase_overlap) else { continue };
            for &i in rest.iter().rev() {
                chosen.remove(&out.remove(i).1.terms);
            }
            chosen.remove(&out[first].1.terms);
            out[first].1 = p;
        } else if out.len() < count {
            out.push((score, p));
        } else {
            break;
        }
        for n in 1..=t.len() {
            pieces.extend(t.windows(n).map(|w| w.to_vec()));
        }
        chosen.insert(t);
    }
    // The chosen phrases' occurrences, gathered from the one list in its
    // (text) order: chosen phrase `slot[id]` is phrase number `id`.
    let mut slot = vec![u32::MAX; ids];
    for (k, (_, p)) in out.iter().enumerate() {
        slot[p.id as usize] = k as u32;
    }
    let mut spans: Vec<Vec<Span>> = out.iter().map(|(_, p)| Vec::with_capacity(p.count)).collect();
    for &(id, span) in &occurrences {
        if let Some(list) = spans.get_mut(slot[id as usize] as usize) {
            list.push(span);
        }
    }
    let title = doc.title_span();
    let best = out.first().map_or(1.0, |(s, _)| *s).max(1e-6);
    out.into_iter()
        .zip(spans)
        .map(|((score, _), mut spans)| {
            crate::sort::sort(&mut spans);
            // Show the phrase as the body writes it: a title is title-cased.
            let body: Vec<Span> = spans.iter().copied().filter(|s| !title.is_some_and(|t| t.contains(*s))).collect();
            let form = display_form(text, if body.is_empty() { &spans } else { &body });
            Keyword { text: form, score: score / best, spans }
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

/// The lists [`add_run`] fills for each run, kept from one run to the next
/// (no allocation per run once they have grown).
#[derive(Default)]
struct RunScratch {
    /// The run's units: (first token, last token) positions in the run.
    units: Vec<(usize, usize)>,
    /// One window's terms: copied only for a new phrase.
    terms: Vec<u32>,
}

/// Adds every window of 1 to 3 words of a run of content words. Words
/// joined by a hyphen (`data-center`) count as one word.
fn add_run(
    text: &str,
    run: &[usize],
    toks: &[crate::document::Token],
    tf: &[u32],
    candidates: &mut Candidates,
    scratch: &mut RunScratch,
) {
    if run.is_empty() {
        return;
    }
    let RunScratch { units, terms } = scratch;
    // Group the run into units: (first token, last token) positions in `run`.
    units.clear();
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
            // A keyword must recur, so a window with a word that occurs once
            // is never one: skipping it keeps the table small on text where
            // most words are distinct.
            if window.iter().any(|&k| toks[k].term().is_some_and(|t| tf[t as usize] < 2)) {
                continue;
            }
            terms.clear();
            terms.extend(window.iter().filter_map(|&k| toks[k].term()));
            if terms.len() > MAX_PHRASE_TERMS {
                continue;
            }
            let last = toks[window[window.len() - 1]].span;
            // "Microsoft's capacity" → the keyword is "Microsoft's capacity",
            // but "Microsoft's" alone is shown as "Microsoft".
            let end = last.end - possessive_len(last.slice(text));
            let span = Span::new(toks[window[0]].span.start, end.max(last.start + 1));
            let Candidates { phrases, occurrences } = candidates;
            let id = match phrases.get_mut(terms.as_slice()) {
                Some(entry) => {
                    entry.count += 1;
                    entry.id
                }
                None => {
                    let id = phrases.len() as u32;
                    // The terms are the key; `Phrase::terms` is filled from it when scoring.
                    phrases.insert(terms.clone(), Phrase { terms: Vec::new(), units: n, id, first: span, count: 1 });
                    id
                }
            };
            occurrences.push((id, span));
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
    let mut counts: HashMap<String, (usize, usize)> = HashMap::default();
    for (i, s) in spans.iter().enumerate() {
        let e = counts.entry(collapse_space(s.slice(text))).or_insert((0, i));
        e.0 += 1;
    }
    counts.into_iter().max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1))).map(|(k, _)| k).unwrap_or_default()
}
