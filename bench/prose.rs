//! The benchmarks' English prose: two public-domain books (bench/data), repeated to any length.
//! Included by path (`#[path = "../bench/prose.rs"] mod prose;`) from benches/ and examples/,
//! which cannot share a module otherwise.

pub const ALICE: &str = include_str!("data/alice29.txt");
pub const LCET: &str = include_str!("data/lcet10.txt");

/// The two books in turn, to `len` bytes, cut at a line break.
pub fn prose(len: usize) -> String {
    let mut out = String::with_capacity(len + LCET.len());
    while out.len() < len {
        out.push_str(ALICE);
        out.push_str(LCET);
    }
    let cut = out[..len].rfind('\n').unwrap_or(len);
    out.truncate(cut);
    out
}
