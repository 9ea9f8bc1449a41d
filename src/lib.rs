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
//!     assert_eq!(&article[s.start..s.end], s.text); // spans are exact
//! }
//! ```

pub mod analyze;
pub mod document;
pub mod entities;
pub mod error;
#[cfg(feature = "cli")]
pub mod jsonl;
pub mod keywords;
pub mod language;
pub mod span;
pub mod summary;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analyze::{
    analyze, keywords, parse_language, sentences, sentences_with, summarize, Analysis, BudgetValues, Options, TextSpan,
};
pub use document::{Document, DocumentOptions, Sentence, Token, DEFAULT_MAX_INPUT_BYTES};
pub use entities::{Entities, Entity, EntityType, Mention};
pub use error::{Error, Result};
pub use keywords::Keyword;
pub use language::Language;
pub use span::{Span, Utf16Map};
pub use summary::{Budget, Length, SummarySentence};
pub use text::layout::Role;
