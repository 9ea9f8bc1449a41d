//! # nutshell
//!
//! Article summaries, keywords and named entities, computed entirely on the
//! reader's device. The same core runs natively (the `nutshell` CLI) and in
//! the browser (WebAssembly, see `src/wasm.rs`).
//!
//! Data flows one way: text → [`Document`] (sentences and tokens with byte
//! spans) → analyses ([`summarize`], [`keywords`]) → views (JSON, JS objects).
//! Every reported piece carries its byte span in the original text.
//!
//! ```
//! let article = "Rust Reaches the Browser\n\n\
//!     The Rust compiler can target WebAssembly. Programs written in Rust run in \
//!     every modern browser. Developers use it to ship fast code to the web. \
//!     WebAssembly modules load quickly and run close to native speed.";
//! let options = nutshell::Options { budget: nutshell::Budget::Sentences(2), ..Default::default() };
//! let analysis = nutshell::analyze(article, &options).unwrap();
//! assert_eq!(analysis.title.unwrap().text, "Rust Reaches the Browser");
//! assert_eq!(analysis.summary.len(), 2);
//! for s in &analysis.summary {
//!     assert_eq!(&article[s.span.start..s.span.end], s.span.text); // spans are exact
//! }
//! ```

mod analyzer;
pub mod document;
pub mod entities;
pub mod error;
#[cfg(feature = "cli")]
pub mod jsonl;
pub mod keywords;
pub mod options;
pub mod render;
pub mod span;
pub mod summary;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analyzer::{Analysis, Analyzer, AnalyzerBuilder};
pub use document::{Document, Sentence, Token};
pub use entities::{Entities, Entity, EntityType, Mention, Model};
pub use error::{Error, Result};
pub use keywords::Keyword;
pub use options::{Budget, FrontEnd, Length, OptionValues, Options, Value, DEFAULT_MAX_INPUT_BYTES};
pub use span::{Offsets, Span, TextSpan, Utf16Map};
pub use summary::SummarySentence;
pub use text::layout::Role;
pub use text::words::Language;

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
