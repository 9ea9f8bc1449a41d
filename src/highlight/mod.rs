//! In-page highlights (feature `highlight`): analyze the text under a DOM
//! element and mark the summary sentences (and entity mentions by type) where
//! the reader reads them, with the CSS Custom Highlight API: no change to the
//! page's DOM, styles through `::highlight(nutshell-summary)` and
//! `::highlight(nutshell-<type>)`. See docs/highlight.md.
//!
//! [`text_map`] builds the text and its map back to the page (plain Rust,
//! tested natively); `dom` walks the page with web-sys and `paint` turns
//! spans into ranges, highlights or (opt-in) `<mark>` elements.

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod paint;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod text_map;

#[cfg(target_arch = "wasm32")]
pub use paint::{highlight, remove};
