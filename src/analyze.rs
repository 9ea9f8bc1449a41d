//! One pass that runs every analysis a caller asks for, and the options all
//! front ends (CLI, JSONL, JavaScript) share.

use crate::document::{Document, DocumentOptions, DEFAULT_MAX_INPUT_BYTES};
use crate::entities::{Entities, Entity, Model};
use crate::error::{Error, Result};
use crate::keywords::{keywords_document, Keyword};
use crate::language::Language;
use crate::span::Span;
use crate::summary::{summarize_document, Budget, Length, SummaryOptions, SummarySentence};

/// Options for every analysis. Build from user input with
/// [`Options::with_budget_values`] to get friendly validation messages.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// How long the summary should be.
    pub budget: Budget,
    /// `None` detects the language.
    pub language: Option<Language>,
    /// How many keywords to return.
    pub keywords: usize,
    /// Inputs longer than this are refused.
    pub max_input_bytes: usize,
    /// Whether [`analyze`] tags entities (the costliest analysis; a caller
    /// that shows only the summary can skip it).
    pub entities: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            budget: Budget::default(),
            language: None,
            keywords: 10,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            entities: true,
        }
    }
}

/// Budget values as a user gave them, before validation. `prefix` names the
/// options in messages (`"options."` in JS, `"--"` in the CLI).
#[derive(Debug, Clone, Default)]
pub struct BudgetValues<'a> {
    pub sentences: Option<f64>,
    pub words: Option<f64>,
    pub ratio: Option<f64>,
    pub length: Option<&'a str>,
}

impl BudgetValues<'_> {
    /// Validates the values: at most one of them, each in range.
    pub fn budget(&self, prefix: &str) -> Result<Option<Budget>> {
        let given = [self.sentences.is_some(), self.words.is_some(), self.ratio.is_some(), self.length.is_some()];
        if given.iter().filter(|g| **g).count() > 1 {
            return Err(Error::invalid_option(
                &format!("{prefix}sentences, {prefix}words, {prefix}ratio and {prefix}length"),
                "are alternatives: give at most one of them",
            ));
        }
        let count = |name: &str, v: f64| -> Result<usize> {
            if v.fract() == 0.0 && (1.0..=1e9).contains(&v) {
                Ok(v as usize)
            } else {
                Err(Error::invalid_option(&format!("{prefix}{name}"), format!("must be a positive integer, got {v}")))
            }
        };
        if let Some(v) = self.sentences {
            return Ok(Some(Budget::Sentences(count("sentences", v)?)));
        }
        if let Some(v) = self.words {
            return Ok(Some(Budget::Words(count("words", v)?)));
        }
        if let Some(r) = self.ratio {
            if !(r > 0.0 && r <= 1.0) {
                return Err(Error::invalid_option(
                    &format!("{prefix}ratio"),
                    format!("must be a number greater than 0 and at most 1, got {r}"),
                ));
            }
            return Ok(Some(Budget::Ratio(r)));
        }
        if let Some(l) = self.length {
            return match Length::parse(l) {
                Some(l) => Ok(Some(Budget::Length(l))),
                None => Err(Error::invalid_option(
                    &format!("{prefix}length"),
                    format!("must be 'short', 'medium' or 'long', got '{l}'"),
                )),
            };
        }
        Ok(None)
    }
}

/// Parses a language option: `auto` (or empty) detects; otherwise an ISO
/// 639-1 or 639-3 code or an English name.
pub fn parse_language(value: &str, name: &str) -> Result<Option<Language>> {
    let v = value.trim();
    if v.is_empty() || v.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    match Language::from_code(v) {
        Some(l) => Ok(Some(l)),
        None => Err(Error::invalid_option(
            name,
            format!("is not a language nutshell knows: '{v}' (try 'auto' or a code such as 'en')"),
        )),
    }
}

impl Options {
    pub(crate) fn document_options(&self) -> DocumentOptions {
        DocumentOptions { language: self.language, max_input_bytes: self.max_input_bytes }
    }
}

/// A piece of the text: exactly `text[start..end]`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TextSpan {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl TextSpan {
    pub fn new(text: &str, span: Span) -> TextSpan {
        TextSpan { text: span.slice(text).to_string(), start: span.start, end: span.end }
    }

    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Rewrites the offsets with `f` (e.g. bytes to UTF-16 units for JS).
    pub fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

/// Everything nutshell finds in one text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Analysis {
    /// ISO 639-1 code of the text's language (detected or as given).
    pub language: String,
    /// The title line, if the text starts with one.
    pub title: Option<TextSpan>,
    pub sentence_count: usize,
    pub word_count: usize,
    /// The chosen sentences, in text order.
    pub summary: Vec<SummarySentence>,
    pub keywords: Vec<Keyword>,
    /// People, organisations, places, money, dates… resolved across the text.
    pub entities: Vec<Entity>,
}

impl Analysis {
    /// Rewrites every offset with `f` (e.g. bytes to UTF-16 units for JS).
    pub fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.title.iter_mut().for_each(|t| t.map_offsets(f));
        self.summary.iter_mut().for_each(|s| s.map_offsets(f));
        self.keywords.iter_mut().for_each(|k| k.map_offsets(f));
        self.entities.iter_mut().for_each(|e| e.map_offsets(f));
    }
}

/// Runs every analysis on `text`.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis> {
    analyze_with_model(text, options, default_model())
}

/// Runs every analysis on `text`, tagging entities with `model` (`None`:
/// only the rule-based entities, such as money and dates).
pub fn analyze_with_model(text: &str, options: &Options, model: Option<&Model>) -> Result<Analysis> {
    options.budget.validate()?;
    let doc = Document::new(text, &options.document_options())?;
    Ok(analyze_document_with_model(&doc, options, model))
}

/// Runs every analysis on a document built already.
pub fn analyze_document(doc: &Document, options: &Options) -> Analysis {
    analyze_document_with_model(doc, options, default_model())
}

/// Runs every analysis on a document built already, tagging entities with
/// `model` (`None`: rules only).
pub fn analyze_document_with_model(doc: &Document, options: &Options, model: Option<&Model>) -> Analysis {
    Analysis {
        language: doc.language.code().to_string(),
        title: doc.title_span().map(|s| TextSpan::new(doc.text(), s)),
        sentence_count: doc.sentences.len(),
        word_count: doc.word_count(),
        summary: summarize_document(doc, &SummaryOptions { budget: options.budget }),
        keywords: keywords_document(doc, options.keywords),
        entities: if options.entities { document_entities_with_model(doc, model).entities } else { Vec::new() },
    }
}

/// The model the functions without an explicit one use: the embedded model
/// when the `model` feature is on, otherwise none.
pub fn default_model() -> Option<&'static Model> {
    #[cfg(feature = "model")]
    {
        Some(Model::embedded())
    }
    #[cfg(not(feature = "model"))]
    {
        None
    }
}

/// The entities of a document: with the embedded model when the `model`
/// feature is on, otherwise only those the rules find (money, dates…).
pub fn document_entities(doc: &Document) -> Entities {
    document_entities_with_model(doc, default_model())
}

/// The entities of a document with `model`, or only those the rules find
/// (money, dates…) when it is `None`.
pub fn document_entities_with_model(doc: &Document, model: Option<&Model>) -> Entities {
    match model {
        Some(model) => crate::entities::entities_with(doc, model),
        None => crate::entities::entities_with(doc, &Model::empty()),
    }
}

/// The entities of `text`: every mention and the resolved entities.
pub fn entities(text: &str, options: &Options) -> Result<Entities> {
    entities_with_model(text, options, default_model())
}

/// The entities of `text` with `model` (`None`: rules only).
pub fn entities_with_model(text: &str, options: &Options, model: Option<&Model>) -> Result<Entities> {
    let doc = Document::new(text, &options.document_options())?;
    Ok(document_entities_with_model(&doc, model))
}

/// The summary sentences of `text`, in text order.
pub fn summarize(text: &str, options: &Options) -> Result<Vec<SummarySentence>> {
    options.budget.validate()?;
    let doc = Document::new(text, &options.document_options())?;
    Ok(summarize_document(&doc, &SummaryOptions { budget: options.budget }))
}

/// The keywords of `text`, best first.
pub fn keywords(text: &str, options: &Options) -> Result<Vec<Keyword>> {
    let doc = Document::new(text, &options.document_options())?;
    Ok(keywords_document(&doc, options.keywords))
}

/// The sentences of `text`, in order (titles and headings included): the
/// same spans as [`Document::sentences`], without building the rest of a
/// document (tokens, terms, language).
pub fn sentences(text: &str) -> Result<Vec<TextSpan>> {
    sentences_with(text, &Options::default())
}

/// The sentences of `text` with `options.max_input_bytes` as the limit (the
/// segmenter does not depend on the language or the other options).
pub fn sentences_with(text: &str, options: &Options) -> Result<Vec<TextSpan>> {
    crate::document::check_input(text, options.max_input_bytes)?;
    Ok(crate::text::sentences::split(text).into_iter().map(|s| TextSpan::new(text, s)).collect())
}
