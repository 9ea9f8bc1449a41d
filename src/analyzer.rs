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
    models: Models,
    front_end: FrontEnd,
}

impl Default for Analyzer {
    /// The default options, and the built-in entity models when the crate has
    /// them (cargo features `model`: English, `all-models`: every language
    /// with a model).
    fn default() -> Analyzer {
        Analyzer { options: Options::default(), models: Models::embedded(), front_end: FrontEnd::Rust }
    }
}

/// The entity models of an analyzer: one per language at most. A document
/// is tagged by the model for its language; without one only the rules run.
#[derive(Debug, Clone, Default)]
struct Models {
    /// Models given at run time, the latest first; each tags the languages
    /// it names that no later one took over.
    given: Vec<Arc<Model>>,
    /// Whether the compiled-in models serve the languages no given model tags.
    embedded: bool,
}

impl Models {
    fn embedded() -> Models {
        Models { given: Vec::new(), embedded: true }
    }

    /// The model for `language`, if any.
    fn get(&self, language: Language) -> Option<Arc<Model>> {
        match self.given.iter().find(|m| m.covers(language)) {
            Some(m) => Some(m.clone()),
            None if self.embedded => Model::embedded_for(language),
            None => None,
        }
    }

    fn covers(&self, language: Language) -> bool {
        self.given.iter().any(|m| m.covers(language)) || (self.embedded && entities::model::embedded_covers(language))
    }

    fn is_empty(&self) -> bool {
        self.given.is_empty() && !(self.embedded && Language::ALL.iter().any(|&l| entities::model::embedded_covers(l)))
    }

    /// Adds `model` for the languages it names; a model that no longer tags
    /// any language is dropped (freed once no analyzer shares it).
    fn add(&mut self, model: Arc<Model>) {
        self.given.insert(0, model);
        let mut kept: Vec<Arc<Model>> = Vec::with_capacity(self.given.len());
        for m in self.given.drain(..) {
            if m.languages().any(|l| !kept.iter().any(|k| k.covers(l))) {
                kept.push(m);
            }
        }
        self.given = kept;
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

    /// The one entity model: it tags the languages it names, and no other
    /// model is used (`None`: only the rules, which find money, dates, times,
    /// percentages, quantities, e-mail addresses and URLs; the tagger does
    /// no work). The default is the built-in models, if any.
    pub fn model(mut self, model: Option<Arc<Model>>) -> Self {
        self.analyzer.models = Models::default();
        if let Some(m) = model {
            self.analyzer.models.add(m);
        }
        self
    }

    /// Adds an entity model for the languages it names, replacing the model
    /// that tagged them before (built-in or given).
    pub fn add_model(mut self, model: Arc<Model>) -> Self {
        self.analyzer.models.add(model);
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

    /// True when entity names come from a model for some language (else
    /// only the rules run).
    pub fn has_model(&self) -> bool {
        !self.models.is_empty()
    }

    /// True when a model tags the names of texts in `language` (else only
    /// the rules run for them).
    pub fn has_model_for(&self, language: Language) -> bool {
        self.models.covers(language)
    }

    /// The languages whose names a model tags (in the order of
    /// `Language::ALL`); texts in the others get the rule entities only.
    pub fn model_languages(&self) -> Vec<Language> {
        Language::ALL.iter().copied().filter(|&l| self.models.covers(l)).collect()
    }

    /// The entity model for texts in `language`, if there is one.
    pub fn model_for(&self, language: Language) -> Option<Arc<Model>> {
        self.models.get(language)
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
    /// Split by the rules of the language option, or of the language
    /// detected in the text, as a document is.
    pub fn sentences(&self, text: &str) -> Result<Vec<TextSpan>> {
        check_input(text, self.options.max_input_bytes, self.front_end)?;
        let language = self.options.language.unwrap_or_else(|| Language::detect(text));
        Ok(crate::text::sentences::split(text, language).into_iter().map(|s| TextSpan::new(text, s)).collect())
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
        entities::entities_with(doc, self.models.get(doc.language).as_deref())
    }

    /// What this analyzer does for `language`.
    pub fn support(&self, language: Language) -> LanguageSupport {
        language::support(language, self.has_model_for(language))
    }

    /// What this analyzer does for every language nutshell knows (in the
    /// order of [`Language::ALL`]).
    pub fn languages(&self) -> Vec<LanguageSupport> {
        Language::ALL.iter().map(|&l| self.support(l)).collect()
    }

    /// CoNLL tagging with the model for the text's language (the analyzer's
    /// language option, else detected from the tokens): the tokens of one
    /// document's sentences in, BIO tags with PER/ORG/LOC/MISC out (one per
    /// token), by the tagger alone. An error when no model tags that language.
    pub fn tag_conll(&self, sentences: &[Vec<&str>]) -> Result<Vec<Vec<&'static str>>> {
        let language = self.options.language.unwrap_or_else(|| detect_tokens(sentences));
        let model = self.models.get(language).ok_or_else(|| Error::no_model_for(language))?;
        Ok(entities::tag_conll(&model, language, sentences))
    }

    /// [`Analyzer::tag_conll`] through the whole entity analysis: the names
    /// [`Analyzer::entities`] would find in the tokens' text (the tagger, then
    /// the rules and document-level resolution), as BIO tags of the tokens.
    pub fn tag_conll_resolved(&self, sentences: &[Vec<&str>]) -> Result<Vec<Vec<&'static str>>> {
        let language = self.options.language.unwrap_or_else(|| detect_tokens(sentences));
        let model = self.models.get(language).ok_or_else(|| Error::no_model_for(language))?;
        Ok(entities::tag_conll_resolved(&model, language, sentences))
    }
}

/// The language of tokenized text: detected on its first few KB, joined by spaces.
fn detect_tokens(sentences: &[Vec<&str>]) -> Language {
    let mut sample = String::new();
    'fill: for s in sentences {
        for t in s {
            if sample.len() > 4096 {
                break 'fill;
            }
            sample.push_str(t);
            sample.push(' ');
        }
        sample.push('\n');
    }
    Language::detect(&sample)
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

    #[cfg(feature = "entities")]
    #[test]
    fn without_a_model_only_the_rules_tag() {
        let a = Analyzer::builder().model(None).build().unwrap();
        assert!(!a.has_model());
        let found = a.entities("Jensen Huang paid $12 billion to Microsoft on Monday.").unwrap();
        let kinds: Vec<&str> = found.mentions.iter().map(|m| m.kind.as_str()).collect();
        assert_eq!(kinds, ["MONEY", "DATE"]);
        assert!(a.tag_conll(&[vec!["Jensen", "Huang"]]).is_err());
    }

    /// A tiny model for `languages` (one feature: every model differs by `weight`).
    #[cfg(feature = "entities")]
    fn model_for(languages: &[Language], weight: i8) -> Arc<Model> {
        let classes = crate::entities::features::WordClasses::default();
        let named: Vec<_> = languages.iter().map(|&l| (l, &classes)).collect();
        let bytes = Model::write(&[(7, [weight; 9])], 1.0, &named, 0);
        Arc::new(Model::from_bytes(&bytes).unwrap())
    }

    #[cfg(feature = "entities")]
    #[test]
    fn a_model_per_language_and_the_latest_wins() {
        let de = model_for(&[Language::De], 1);
        let a = Analyzer::builder().model(None).add_model(de.clone()).build().unwrap();
        assert!(a.has_model() && a.has_model_for(Language::De) && !a.has_model_for(Language::En));
        assert_eq!(a.model_languages(), [Language::De]);
        // The tokens' language picks the model; none tags English here.
        let german =
            [vec!["Die", "Deutsche", "Bahn", "fährt", "nach", "Berlin", "und", "der", "Zug", "ist", "pünktlich", "."]];
        assert_eq!(a.tag_conll(&german).unwrap()[0].len(), 12);
        let err =
            a.tag_conll(&[vec!["The", "train", "is", "late", "and", "the", "weather", "is", "cold", "."]]).unwrap_err();
        assert_eq!(err.to_string(), "no entity model for English (en) was built in or given");

        // A model for German and French replaces the German one, which is dropped.
        let de_fr = model_for(&[Language::De, Language::Fr], 2);
        let b = a.to_builder().add_model(de_fr.clone()).build().unwrap();
        assert!(Arc::ptr_eq(&b.model_for(Language::De).unwrap(), &de_fr));
        assert_eq!(b.model_languages(), [Language::De, Language::Fr]);
        assert_eq!(Arc::strong_count(&de), 2, "held by `de` and the first analyzer only");
        // German again: French stays with the two-language model.
        let c = b.to_builder().add_model(de.clone()).build().unwrap();
        assert!(Arc::ptr_eq(&c.model_for(Language::De).unwrap(), &de));
        assert!(Arc::ptr_eq(&c.model_for(Language::Fr).unwrap(), &de_fr));
        // `model(..)` sets the one model: nothing else is used.
        let d = c.to_builder().model(Some(de.clone())).build().unwrap();
        assert_eq!(d.model_languages(), [Language::De]);
    }

    #[cfg(feature = "model")]
    #[test]
    fn the_english_model_is_built_in_and_a_given_one_replaces_it() {
        let a = Analyzer::default();
        assert!(a.has_model_for(Language::En));
        let en = model_for(&[Language::En], 3);
        let b = a.to_builder().add_model(en.clone()).build().unwrap();
        assert!(Arc::ptr_eq(&b.model_for(Language::En).unwrap(), &en));
        assert_eq!(b.model_languages(), a.model_languages());
    }

    /// Without the cargo feature `entities` (the page's first module): a
    /// summary and keywords, `entities` unsupported in every language, and
    /// every model refused with a typed error.
    #[cfg(not(feature = "entities"))]
    #[test]
    fn without_the_entities_feature_summaries_and_keywords_only() {
        let article = "Rust Reaches the Browser\n\n\
            The Rust compiler can target WebAssembly. Jensen Huang paid $12 billion to Microsoft on Monday. \
            Programs written in Rust run in every modern browser. Developers use Rust to ship fast code to the web. \
            WebAssembly modules load quickly and run close to native speed in the browser.";
        let a = Analyzer::builder().budget(Budget::Sentences(2)).build().unwrap();
        let analysis = a.analyze(article).unwrap();
        assert_eq!(analysis.language, "en");
        assert_eq!(analysis.summary.len(), 2);
        assert!(!analysis.keywords.is_empty());
        assert!(analysis.entities.is_empty());
        assert_eq!(analysis.unsupported, [Capability::Entities]);
        for lang in Language::ALL {
            assert!(a.support(lang).unsupported().contains(&Capability::Entities), "{lang}");
        }
        assert!(a.entities(article).unwrap().mentions.is_empty());
        assert!(!a.has_model() && a.model_languages().is_empty());
        let classes = crate::entities::features::WordClasses::default();
        let bytes = Model::write(&[(7, [1; 9])], 1.0, &[(Language::En, &classes)], 0);
        let err = Model::from_bytes(&bytes).unwrap_err();
        assert!(err.is_unsupported_model(), "{err}");
        assert!(err.to_string().contains("`entities`"), "{err}");
        assert_eq!(crate::entities::model::file_for(Language::En), None);
    }
}
