//! Raw text → the pieces a [`Document`](crate::Document) is built from.
//!
//! The original text is never rewritten: every stage reports byte spans into
//! it, and normalization (quote and dash folding, case) happens per token.

pub mod abbreviations;
pub mod cjk;
pub mod layout;
pub mod lowercase;
pub mod normalize;
pub mod sentences;
pub mod words;
