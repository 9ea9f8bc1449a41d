//! # nutshell
//!
//! Article summaries, keywords and named entities, computed entirely on the
//! reader's device. The same core runs natively (the `nutshell` CLI) and in
//! the browser (WebAssembly: the npm package `nutshell-summarizer`, the page,
//! the browser extension).
//!
//! Data flows one way: text → [`Document`] (sentences and tokens with byte
//! spans) → analyses (summary, keywords, entities) → views ([`render`], JSON,
//! JS objects). Every reported piece carries its exact byte span in the
//! original text.
//!
//! Build an [`Analyzer`] once — it checks the options and holds the entity
//! model — and call it for every text:
//!
//! ```
//! use nutshell::{Analyzer, Budget};
//!
//! let article = "Rust Reaches the Browser\n\n\
//!     The Rust compiler can target WebAssembly. Programs written in Rust run in \
//!     every modern browser. Developers use it to ship fast code to the web. \
//!     WebAssembly modules load quickly and run close to native speed.";
//! let analyzer = Analyzer::builder().budget(Budget::Sentences(2)).build()?;
//! let analysis = analyzer.analyze(article)?;
//! assert_eq!(analysis.title.unwrap().text, "Rust Reaches the Browser");
//! assert_eq!(analysis.summary.len(), 2);
//! for s in &analysis.summary {
//!     assert_eq!(&article[s.span.start..s.span.end], s.span.text); // spans are exact
//! }
//! # Ok::<(), nutshell::Error>(())
//! ```
//!
//! Bad options are an error when the analyzer is built, with a message that
//! names the option; bad input (empty, too large) is an error from each call.
//! Nothing panics. For one-off calls, [`analyze`], [`summarize`],
//! [`keywords`], [`entities`] and [`sentences`] build the analyzer for you.

mod analyzer;
mod document;
mod entities;
mod error;
mod hash;
#[cfg(feature = "highlight")]
mod highlight;
mod intern;
// Results as JSON for the wasm bindings (tested natively).
#[cfg(any(target_arch = "wasm32", test))]
mod json;
#[cfg(feature = "cli")]
mod jsonl;
mod keywords;
mod language;
mod options;
pub mod render;
mod sort;
mod span;
mod summary;
mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

// The page's first module (no `entities`: `make wasm-first`) allocates with talc, ≈ 3 KB gzipped
// smaller than Rust's default dlmalloc (docs/wasm.md, "Round 10"); every other build keeps dlmalloc.
#[cfg(all(target_arch = "wasm32", not(feature = "entities")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The stages behind the API, for nutshell's own tools, fuzz targets, tests
/// and benchmarks (the tagger's trainer, the summary's tuner, the sentence
/// splitter alone…). Not the public API: no stability promise.
#[doc(hidden)]
pub mod internals {
    pub use crate::document::{check_input, DocumentOptions};
    /// Language profiles (the generated tables of languages/*.toml) and identification.
    pub mod language {
        pub use crate::language::*;
    }
    /// Raw text → lines, sentences, tokens.
    pub mod text {
        pub use crate::text::*;
    }
    /// Sentence features, centrality, scoring and selection.
    pub mod summary {
        pub use crate::summary::*;
    }
    /// The tagger (features, model format, training), the rules, resolution.
    pub mod entities {
        pub use crate::entities::*;
    }
    /// The CLI's batch mode, shared with its fuzz target.
    #[cfg(feature = "cli")]
    pub mod jsonl {
        pub use crate::jsonl::*;
    }
}

pub use analyzer::{Analysis, Analyzer, AnalyzerBuilder};
pub use document::{Document, Sentence, Token};
pub use entities::{
    Entities, Entity, EntityGroup, EntitySource, EntityType, EntityTypeInfo, Mention, Model, ENTITY_TYPES,
};
pub use error::{Error, Result};
pub use keywords::Keyword;
pub use language::{Capability, Language, LanguageSupport};
pub use options::{Budget, FrontEnd, Length, OptionValues, Options, Value, DEFAULT_MAX_INPUT_BYTES};
pub use span::{Offsets, Span, TextSpan, Utf16Map};
pub use summary::{Reasons, SummarySentence};
pub use text::layout::Role;

/// Every analysis of `text` with `options` (and the built-in entity model,
/// if any): `Analyzer` in one line.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis> {
    with(options)?.analyze(text)
}

/// The summary sentences of `text`, in text order.
pub fn summarize(text: &str, options: &Options) -> Result<Vec<SummarySentence>> {
    with(options)?.summarize(text)
}

/// The keywords of `text`, best first.
pub fn keywords(text: &str, options: &Options) -> Result<Vec<Keyword>> {
    with(options)?.keywords(text)
}

/// The entities of `text`: every mention and the resolved entities.
pub fn entities(text: &str, options: &Options) -> Result<Entities> {
    with(options)?.entities(text)
}

/// The sentences of `text`, in order (titles and headings included).
pub fn sentences(text: &str) -> Result<Vec<TextSpan>> {
    Analyzer::new().sentences(text)
}

fn with(options: &Options) -> Result<Analyzer> {
    Analyzer::builder().options(options.clone()).build()
}
