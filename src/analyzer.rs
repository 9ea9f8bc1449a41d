//! [`Analyzer`]: the one configured value every front end calls. It owns the
//! options (checked once, when it is built) and the entity model (shared,
//! optional), and runs each analysis on a text or on a [`Document`] built
//! already.

use crate::document::{check_input, Document, DocumentOptions};
use crate::entities::{self, Entities, Entity, Model};
use crate::error::{Error, Result};
use crate::keywords::{keywords_document, Keyword};
use crate::language::{self, Capability, Language, LanguageSupport};
use crate::options::{Budget, FrontEnd, Options};
use crate::span::{Offsets, TextSpan};
use crate::summary::{summarize_document, SummaryOptions, SummarySentence};
use std::sync::Arc;

/// Everything nutshell finds in one text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Analysis {
    /// ISO 639-1 code of the text's language (detected or as given).
    pub language: String,
    /// The analyses nutshell does not do for this language (`keywords`:
    /// no stop words; `entities`: neither the rules nor the model know it),
    /// whose lists are therefore empty; empty when all are supported.
    pub unsupported: Vec<Capability>,
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

impl Offsets for Analysis {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.title.map_offsets(f);
        self.summary.map_offsets(f);
        self.keywords.map_offsets(f);
        self.entities.map_offsets(f);
    }
}

/// Runs the analyses with one set of options and one entity model.
///
/// Build it once and call it for every text: the options are checked when it
/// is built ([`AnalyzerBuilder::build`]), and cloning it is cheap (the model
/// is shared).
///
/// ```
/// use nutshell::{Analyzer, Budget};
///
/// let analyzer = Analyzer::builder().budget(Budget::Sentences(1)).build().unwrap();
/// let text = "Rust Reaches the Browser\n\nThe Rust compiler can target WebAssembly. \
///             Programs written in Rust run in every modern browser.";
/// let summary = analyzer.summarize(text).unwrap();
/// assert_eq!(summary.len(), 1);
/// assert_eq!(&text[summary[0].span.start..summary[0].span.end], summary[0].span.text);
/// ```
#[derive(Debug, Clone)]
pub struct Analyzer {
    options: Options,
    model: Option<Arc<Model>>,
    front_end: FrontEnd,
}

impl Default for Analyzer {
    /// The default options, and the built-in entity model when the crate has
    /// one (cargo feature `model`).
    fn default() -> Analyzer {
        Analyzer { options: Options::default(), model: default_model(), front_end: FrontEnd::Rust }
    }
}

/// The built-in model with the `model` feature, otherwise none.
fn default_model() -> Option<Arc<Model>> {
    #[cfg(feature = "model")]
    {
        Some(Model::embedded())
    }
    #[cfg(not(feature = "model"))]
    {
        None
    }
}

/// Configures an [`Analyzer`]; [`build`](AnalyzerBuilder::build) checks the options.
#[derive(Debug, Clone)]
pub struct AnalyzerBuilder {
    analyzer: Analyzer,
}

impl AnalyzerBuilder {
    /// Replaces every option at once.
    pub fn options(mut self, options: Options) -> Self {
        self.analyzer.options = options;
        self
    }

    /// How long summaries are.
    pub fn budget(mut self, budget: Budget) -> Self {
        self.analyzer.options.budget = budget;
        self
    }

    /// The language of the texts (`None`: detect it for each text).
    pub fn language(mut self, language: Option<Language>) -> Self {
        self.analyzer.options.language = language;
        self
    }

    /// How many keywords.
    pub fn keywords(mut self, count: usize) -> Self {
        self.analyzer.options.keywords = count;
        self
    }

    /// Refuse texts longer than this many bytes.
    pub fn max_input_bytes(mut self, max: usize) -> Self {
        self.analyzer.options.max_input_bytes = max;
        self
    }

    /// Whether [`Analyzer::analyze`] tags entities.
    pub fn entities(mut self, on: bool) -> Self {
        self.analyzer.options.entities = on;
        self
    }

    /// The entity model (`None`: only the rules, which find money, dates,
    /// times, percentages, quantities, e-mail addresses and URLs; the tagger
    /// does no work). The default is the built-in model, if any.
    pub fn model(mut self, model: Option<Arc<Model>>) -> Self {
        self.analyzer.model = model;
        self
    }

    /// How option names are spelled in error messages (`options.ratio` for
    /// JavaScript, `--ratio` for the CLI): for the bindings and the CLI.
    pub fn front_end(mut self, front_end: FrontEnd) -> Self {
        self.analyzer.front_end = front_end;
        self
    }

    /// The analyzer, or an error naming the option that is out of range.
    pub fn build(self) -> Result<Analyzer> {
        self.analyzer.options.validate(self.analyzer.front_end)?;
        Ok(self.analyzer)
    }
}

impl Analyzer {
    /// The default analyzer (see [`Default`]).
    pub fn new() -> Analyzer {
        Analyzer::default()
    }

    /// A builder starting from the defaults.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder { analyzer: Analyzer::default() }
    }

    /// A builder starting from this analyzer's settings (the same model).
    pub fn to_builder(&self) -> AnalyzerBuilder {
        AnalyzerBuilder { analyzer: self.clone() }
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// True when entity names come from a model (else only the rules run).
    pub fn has_model(&self) -> bool {
        self.model.is_some()
    }

    /// The text cut into sentences and tokens, to run several analyses on
    /// without cutting it again.
    pub fn document<'t>(&self, text: &'t str) -> Result<Document<'t>> {
        let options = DocumentOptions {
            language: self.options.language,
            max_input_bytes: self.options.max_input_bytes,
            front_end: self.front_end,
        };
        Document::new(text, &options)
    }

    /// Every analysis in one pass.
    pub fn analyze(&self, text: &str) -> Result<Analysis> {
        Ok(self.analyze_document(&self.document(text)?))
    }

    /// The summary sentences, in text order.
    pub fn summarize(&self, text: &str) -> Result<Vec<SummarySentence>> {
        Ok(self.summarize_document(&self.document(text)?))
    }

    /// The keywords, best first.
    pub fn keywords(&self, text: &str) -> Result<Vec<Keyword>> {
        Ok(self.keywords_document(&self.document(text)?))
    }

    /// Every entity mention and the resolved entities.
    pub fn entities(&self, text: &str) -> Result<Entities> {
        Ok(self.entities_document(&self.document(text)?))
    }

    /// The sentences of the text, in order (titles and headings included):
    /// the same spans as a document's, without building the rest of one.
    pub fn sentences(&self, text: &str) -> Result<Vec<TextSpan>> {
        check_input(text, self.options.max_input_bytes, self.front_end)?;
        Ok(crate::text::sentences::split(text).into_iter().map(|s| TextSpan::new(text, s)).collect())
    }

    /// Every analysis of a document built already.
    pub fn analyze_document(&self, doc: &Document) -> Analysis {
        Analysis {
            language: doc.language.code().to_string(),
            unsupported: self.support(doc.language).unsupported(),
            title: doc.title_span().map(|s| TextSpan::new(doc.text(), s)),
            sentence_count: doc.sentences.len(),
            word_count: doc.word_count(),
            summary: self.summarize_document(doc),
            keywords: self.keywords_document(doc),
            entities: if self.options.entities { self.entities_document(doc).entities } else { Vec::new() },
        }
    }

    pub fn summarize_document(&self, doc: &Document) -> Vec<SummarySentence> {
        summarize_document(doc, &SummaryOptions { budget: self.options.budget })
    }

    pub fn keywords_document(&self, doc: &Document) -> Vec<Keyword> {
        keywords_document(doc, self.options.keywords)
    }

    /// None for a language neither the rules nor the model know (see
    /// [`Analysis::unsupported`]).
    pub fn entities_document(&self, doc: &Document) -> Entities {
        if !self.support(doc.language).entities {
            return Entities::default();
        }
        entities::entities_with(doc, self.model.as_deref())
    }

    /// What this analyzer does for `language`.
    pub fn support(&self, language: Language) -> LanguageSupport {
        language::support(language, self.model_covers(language))
    }

    /// What this analyzer does for every language nutshell knows (in the
    /// order of [`Language::ALL`]).
    pub fn languages(&self) -> Vec<LanguageSupport> {
        Language::ALL.iter().map(|&l| self.support(l)).collect()
    }

    /// True when the entity model was trained on `language`. The model
    /// files do not name their languages yet; every one so far (the
    /// embedded models/ner.bin) is trained on English text only.
    fn model_covers(&self, language: Language) -> bool {
        self.model.is_some() && language == Language::En
    }

    /// CoNLL tagging with the model: the tokens of one document's sentences
    /// in, BIO tags with PER/ORG/LOC/MISC out (one per token). An error
    /// without a model.
    pub fn tag_conll(&self, sentences: &[Vec<&str>]) -> Result<Vec<Vec<&'static str>>> {
        let model = self.model.as_deref().ok_or_else(Error::no_model)?;
        Ok(entities::tag_conll(model, sentences))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_checked_when_built() {
        let err = Analyzer::builder().budget(Budget::Words(0)).build().unwrap_err();
        assert_eq!(err.to_string(), "words must be a positive integer, got 0");
        let err = Analyzer::builder().budget(Budget::Ratio(2.0)).front_end(FrontEnd::Cli).build().unwrap_err();
        assert_eq!(err.to_string(), "--ratio must be a number greater than 0 and at most 1, got 2");
    }

    #[test]
    fn the_size_limit_is_named_as_the_caller_spells_it() {
        let table = [
            (FrontEnd::Rust, "max_input_bytes"),
            (FrontEnd::JavaScript, "options.maxInputBytes"),
            (FrontEnd::Cli, "--max-bytes"),
        ];
        for (front_end, name) in table {
            let a = Analyzer::builder().max_input_bytes(4).front_end(front_end).build().unwrap();
            let err = a.summarize("Five bytes and more.").unwrap_err();
            assert!(err.is_too_large());
            assert!(err.to_string().ends_with(&format!("(raise {name} to allow it)")), "{err}");
        }
    }

    #[test]
    fn without_a_model_only_the_rules_tag() {
        let a = Analyzer::builder().model(None).build().unwrap();
        assert!(!a.has_model());
        let found = a.entities("Jensen Huang paid $12 billion to Microsoft on Monday.").unwrap();
        let kinds: Vec<&str> = found.mentions.iter().map(|m| m.kind.as_str()).collect();
        assert_eq!(kinds, ["MONEY", "DATE"]);
        assert!(a.tag_conll(&[vec!["Jensen", "Huang"]]).is_err());
    }
}
