//! The hash maps and sets of the analyses, keyed by words, stems and ids.
//!
//! std's default hasher (SipHash-1-3 behind `RandomState`) resists hash flooding, which a text analysed
//! in the reader's own tab does not need, and costs about 8 KB of the page's wasm module. FxHash
//! (rustc-hash, the hasher of the Rust compiler) is a few instructions. No output depends on a map's
//! iteration order: std's order already differs between processes, and the tests compare the native
//! build with the wasm one.

/// A `HashMap` with FxHash; make one with `HashMap::default()`.
pub type HashMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;
/// A `HashSet` with FxHash; make one with `HashSet::default()`.
pub type HashSet<K> = std::collections::HashSet<K, rustc_hash::FxBuildHasher>;
