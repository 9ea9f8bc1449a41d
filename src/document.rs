//! [`Document`]: the text cut into lines, sentences and tokens, each with its
//! byte span. Every analysis (summary, keywords, entities) reads a Document;
//! none of them looks at the raw text in any other way.

use crate::error::{Error, Result};
use crate::intern::{Strings, Vocabulary};
use crate::language::Language;
use crate::options::{FrontEnd, DEFAULT_MAX_INPUT_BYTES};
use crate::span::Span;
use crate::text::cjk;
use crate::text::layout::{self, Role};
use crate::text::normalize::{fold_char, fold_word_into, is_space};
use crate::text::sentences;
use crate::text::words::{self, RawToken, TermMaker, TokenKind};
use std::ops::Range;

/// A word or number of the text (12 bytes in wasm32: its kind and its term
/// share one `u32`, where a separate kind byte made the token 16 and an
/// `Option<u32>` term 20).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// The term (index into [`Document::terms`], or [`NO_TERM`]) in the low
    /// 31 bits, [`NUMBER`] for a number: see [`Token::term`], [`Token::kind`].
    packed: u32,
}

/// The bit of [`Token::packed`] that marks a number.
const NUMBER: u32 = 1 << 31;

/// A token's term when it has none (a stop word): no document has this many
/// terms (a text longer than this many bytes is refused).
const NO_TERM: u32 = NUMBER - 1;

impl Token {
    pub fn new(span: Span, kind: TokenKind, term: Option<u32>) -> Token {
        let kind = match kind {
            TokenKind::Word => 0,
            TokenKind::Number => NUMBER,
        };
        let mut token = Token { span, packed: kind | NO_TERM };
        token.set_term(term);
        token
    }

    /// Word or number.
    pub fn kind(&self) -> TokenKind {
        if self.packed & NUMBER != 0 {
            TokenKind::Number
        } else {
            TokenKind::Word
        }
    }

    /// Index into [`Document::terms`], or `None` for stop words.
    pub fn term(&self) -> Option<u32> {
        let term = self.packed & NO_TERM;
        (term != NO_TERM).then_some(term)
    }

    pub fn set_term(&mut self, term: Option<u32>) {
        let term = term.unwrap_or(NO_TERM);
        assert!(term <= NO_TERM, "term {term} out of range");
        self.packed = (self.packed & NUMBER) | term;
    }
}

/// A sentence of the text (16 bytes in wasm32: a text of tiny lines has
/// millions; the part worth quoting is [`Document::content`], its tokens
/// [`Document::sentence_tokens`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The whole sentence, trimmed.
    pub span: Span,
    /// Where its tokens start in [`Document::tokens`]: they end where the
    /// next sentence's start (see [`Document::token_range`]).
    first_token: usize,
    /// Title, heading, boilerplate or body text.
    pub role: Role,
    /// Whether it starts in a later paragraph than the sentence before it
    /// (false for the first sentence).
    pub new_paragraph: bool,
}

// What the layout comments promise for wasm32 (a text of tiny lines holds
// millions of each).
#[cfg(target_pointer_width = "32")]
const _: () = assert!(std::mem::size_of::<Sentence>() == 16 && std::mem::size_of::<Token>() == 12);

/// How to build a [`Document`].
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentOptions {
    /// `None` detects the language from the text.
    pub language: Option<Language>,
    /// Longer inputs are refused with an error.
    pub max_input_bytes: usize,
    /// Names the size limit in that error as the caller spells it.
    pub front_end: FrontEnd,
}

impl Default for DocumentOptions {
    fn default() -> Self {
        DocumentOptions { language: None, max_input_bytes: DEFAULT_MAX_INPUT_BYTES, front_end: FrontEnd::Rust }
    }
}

/// A text cut into sentences and tokens. Borrowed from the caller's text:
/// every span indexes into it.
#[derive(Debug, Clone)]
pub struct Document<'t> {
    text: &'t str,
    pub language: Language,
    /// Index into `sentences` of the title, if the text starts with one.
    pub title: Option<usize>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// Distinct index terms (stems); `Token::term` points here.
    pub terms: Strings,
    /// Number of paragraphs.
    pub paragraphs: usize,
    /// The sentence that opens with a dateline such as `(CNN) -- ` (the
    /// first body sentence, at most one), and where its content starts.
    dateline: Option<(usize, usize)>,
}

/// Refuses input over `max_bytes`, and input with nothing to analyse (only
/// white space, invisible characters or NULs).
pub fn check_input(text: &str, max_bytes: usize, front_end: FrontEnd) -> Result<()> {
    // A token's term is a 31-bit number (see `Token`): a text has fewer
    // distinct terms than bytes.
    let max_bytes = max_bytes.min(NO_TERM as usize - 1);
    if text.len() > max_bytes {
        return Err(Error::too_large(text.len(), max_bytes, front_end.name("maxInputBytes")));
    }
    if text.chars().all(|c| is_space(c) || c == '\0') {
        return Err(Error::empty_input());
    }
    Ok(())
}

/// The most memory one analysis takes per byte of input, with a margin, over
/// the worst shapes measured in WebAssembly (docs/robustness.md, "Memory").
const PEAK_BYTES_PER_INPUT_BYTE: u64 = 100;

/// Refuses input that the memory left could not analyse, with a typed error.
/// Only a WebAssembly module has a hard bound (4 GiB for wasm32) that the
/// crate can see, and running out there aborts the module (`RuntimeError:
/// unreachable`, every later call fails) instead of failing the call; a
/// native process's memory is the operating system's business.
fn check_memory(len: usize) -> Result<()> {
    #[cfg(target_arch = "wasm32")]
    {
        const PAGE: u64 = 65536;
        let used = core::arch::wasm32::memory_size(0) as u64 * PAGE;
        fits_memory(len, (PAGE * 65536).saturating_sub(used))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        fits_memory(len, u64::MAX)
    }
}

/// Makes room in `v` for `more`, growing it to the count projected from
/// the share of the text read so far (`done` of `total` bytes) instead of
/// doubling: a vector of millions of tokens (or sentence cuts) then
/// neither holds up to twice what it needs nor peaks at three times that
/// while it moves (a WebAssembly allocator keeps the holes they leave).
pub(crate) fn reserve_projected<T>(v: &mut Vec<T>, more: usize, done: usize, total: usize) {
    let needed = v.len() + more;
    if needed <= v.capacity() {
        return;
    }
    if done < total / 64 {
        // Too little read to project from: the usual doubling.
        v.reserve(more);
        return;
    }
    let projected = (needed as u64).saturating_mul(total as u64) / done.max(1) as u64;
    // A sixteenth more than projected; never less than 1.25 times what is
    // needed now, so that a text denser at its end still grows geometrically.
    let projected = usize::try_from(projected + projected / 16).unwrap_or(usize::MAX);
    let target = projected.max(needed + needed / 4).max(64);
    v.reserve_exact(target - v.len());
}

/// `Ok` when an input of `len` bytes is expected to fit in `available` bytes.
fn fits_memory(len: usize, available: u64) -> Result<()> {
    let needed = (len as u64).saturating_mul(PEAK_BYTES_PER_INPUT_BYTE);
    if needed > available {
        let clamp = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
        return Err(Error::too_large_for_memory(len, clamp(needed), clamp(available)));
    }
    Ok(())
}

impl<'t> Document<'t> {
    /// Builds a document, refusing empty or oversized input.
    pub fn new(text: &'t str, options: &DocumentOptions) -> Result<Document<'t>> {
        check_input(text, options.max_input_bytes, options.front_end)?;
        check_memory(text.len())?;
        let language = options.language.unwrap_or_else(|| Language::detect(text));
        let layout_words = language.profile().layout_words();
        // The title is among the first 12 lines (and one more tells whether
        // text follows it); the rest are read one at a time, as the
        // sentences reach them, and never held (nor are the sentence spans:
        // only where the splitter cuts).
        let head: Vec<layout::Line> = layout::Lines::new(text).take(13).collect();
        let title_line = layout::find_title(text, &head, layout_words);
        // The splitter cuts a headline off the sentence it runs into.
        let runs_headlines_in = !language.profile().sentences.headline_articles.is_empty();
        drop(head);
        let cuts = sentences::cuts(text, language);
        let mut lines = layout::Lines::new(text);
        let mut line = lines.next();
        let mut last_paragraph = line.map(|l| l.paragraph);

        let maker = TermMaker::new(language);
        // Folded words and their terms: most words recur, so each distinct
        // word is made a term (stop-word check, stemming) only once.
        let mut vocabulary = Vocabulary::default();
        let mut buffer = String::new();
        let mut tokens: Vec<Token> = Vec::new();
        let mut raw: Vec<RawToken> = Vec::new();
        // At most one sentence per cut, and one after the last.
        let mut out: Vec<Sentence> = Vec::with_capacity(cuts.len() + 1);
        let mut line_ix = 0usize;
        let mut dateline_checked = false;
        let mut dateline: Option<(usize, usize)> = None;
        let mut line_role: Option<(usize, Role)> = None;
        let mut paragraph_before = 0usize;
        let mut line_scratch = layout::LineScratch::default();

        for span in sentences::spans(text, &cuts) {
            // The line this sentence starts on.
            while line.is_some_and(|l| l.span.end <= span.start) {
                let Some(next) = lines.next() else { break };
                line = Some(next);
                last_paragraph = Some(next.paragraph);
                line_ix += 1;
            }
            let paragraph = line.map_or(0, |l| l.paragraph);
            let whole_line = line.is_some_and(|l| l.span == span);
            let role = if title_line == Some(line_ix) && whole_line {
                Role::Title
            } else if title_line.is_some_and(|t| line_ix < t) {
                // Above the headline: navigation and page furniture.
                Role::Boilerplate
            } else if whole_line {
                layout::classify_line_in(span.slice(text), layout_words, &mut line_scratch)
            } else if title_line.is_none()
                && out.is_empty()
                && line.is_some_and(|l| l.span.start == span.start)
                && runs_headlines_in
                && layout::reads_as_run_in_headline(span.slice(text))
            {
                // A headline run into the first sentence on its line, which
                // the splitter cut off without punctuation (Portuguese news:
                // `…começa com desfiles O shopping…`).
                Role::Title
            } else {
                // Part of a longer line: body text unless the line as a
                // whole is page furniture (a cookie notice, a copyright line).
                // Classified once per line, however many sentences it holds.
                let role = match line_role {
                    Some((ix, role)) if ix == line_ix => role,
                    _ => line.map_or(Role::Body, |l| {
                        layout::classify_line_in(l.span.slice(text), layout_words, &mut line_scratch)
                    }),
                };
                line_role = Some((line_ix, role));
                match role {
                    Role::Boilerplate => Role::Boilerplate,
                    _ => Role::Body,
                }
            };
            if role == Role::Body && !dateline_checked {
                dateline_checked = true;
                let d = layout::dateline_len(span.slice(text));
                if d > 0 && d < span.len() {
                    dateline = Some((out.len(), span.start + d));
                }
            }

            raw.clear();
            words::tokenize(span.slice(text), span.start, &mut raw);
            reserve_projected(&mut tokens, raw.len(), span.end, text.len());
            let first = tokens.len();
            for t in &raw {
                let mut span = t.span;
                let term = if t.kind == TokenKind::Word {
                    // `l'État` is the word `État` after an elided article.
                    span.start += maker.elision_len(span.slice(text));
                    let written = span.slice(text);
                    // Most words are folded already (lowercase ASCII): read in place.
                    let folded: &str = if written.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'`')
                    {
                        written
                    } else {
                        fold_word_into(written, &mut buffer);
                        &buffer
                    };
                    let after_apostrophe = match text.as_bytes()[..span.start].last() {
                        Some(&b) if b.is_ascii() => b == b'\'' || b == b'`',
                        _ => text[..span.start].chars().next_back().is_some_and(|c| fold_char(c) == '\''),
                    };
                    if after_apostrophe && maker.is_stop_after_apostrophe(folded) {
                        // Dutch `'s`, `'t`: a stop word only with the apostrophe before it.
                        tokens.push(Token::new(span, t.kind, None));
                        continue;
                    }
                    vocabulary.word(folded, |w| (!maker.is_stop(w)).then(|| maker.term(w)))
                } else {
                    None
                };
                tokens.push(Token::new(span, t.kind, term));
            }
            // Chinese, Japanese, Thai: character pairs instead of single characters.
            cjk::pair_terms(text, &mut tokens[first..], &mut |pair| vocabulary.term(pair));
            out.push(Sentence { span, first_token: first, role, new_paragraph: paragraph != paragraph_before });
            paragraph_before = paragraph;
        }
        drop(cuts);
        tokens.shrink_to_fit();
        out.shrink_to_fit();
        let title = out.iter().position(|s| s.role == Role::Title);
        let paragraphs = lines.last().map(|l| l.paragraph).or(last_paragraph).map_or(0, |p| p + 1);
        let terms = vocabulary.into_terms();
        Ok(Document { text, language, title, sentences: out, tokens, terms, paragraphs, dateline })
    }

    /// The part of sentence `i` worth quoting in a summary: its span
    /// without a leading dateline such as `(CNN) -- `.
    pub fn content(&self, i: usize) -> Span {
        let span = self.sentences[i].span;
        match self.dateline {
            Some((d, start)) if d == i => Span::new(start, span.end),
            _ => span,
        }
    }

    /// The original text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.token_range(i)]
    }

    /// Where the tokens of sentence `i` are in [`Document::tokens`].
    pub fn token_range(&self, i: usize) -> Range<usize> {
        let end = self.sentences.get(i + 1).map_or(self.tokens.len(), |s| s.first_token);
        self.sentences[i].first_token..end
    }

    /// The title's span, if the text starts with a title line.
    pub fn title_span(&self) -> Option<Span> {
        self.title.map(|i| self.sentences[i].span)
    }

    /// Number of words (word and number tokens) in the text.
    pub fn word_count(&self) -> usize {
        self.tokens.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_too_large_for_the_memory_left_is_a_typed_error() {
        assert!(fits_memory(1 << 20, 4 << 30).is_ok());
        let err = fits_memory(100 << 20, 1 << 30).unwrap_err();
        assert!(err.is_too_large());
        assert!(err.to_string().starts_with("the input is 104857600 bytes, too large for the memory left"), "{err}");
    }
}
