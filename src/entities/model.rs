//! The learned tagger: an averaged perceptron over hashed sparse features
//! (see [`features`](super::features)), decoded greedily left to right with
//! the BIO constraint (or, for a structured perceptron, with a beam:
//! [`super::decode`]), and its compact binary model format.
//!
//! Model file, all integers little-endian:
//!
//! ```text
//! magic     4 bytes  "NSNR"
//! version   u16      3
//! tags      u8       9 (O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC)
//! languages u8       n ≥ 1, the languages the model tags
//! count     u32      number of features
//! scale     f32      weight = scale × stored i8
//! checksum  u32      FNV-1a (32-bit) of everything after the header
//! then the n languages: ISO 639-1 codes, 2 ASCII bytes each, no repeats
//! then flags   u8   bit 0: every feature also has a copy keyed by the language;
//!                   bit 1: language-independent features only (no words);
//!                   bit 2: with bit 1, capitalised words too;
//!                   bit 3: decode with a beam (a structured perceptron);
//!                   bit 4: with word clusters (their table below);
//!                   bit 5: the word classes include the name lists
//! then `count` records in increasing key order:
//!   key delta  LEB128 varint (difference from the previous key; the first from 0)
//!   mask       u16, bit t set when the weight of tag t is stored
//!   weights    one i8 per set bit
//! then, for each language in order, its word classes (forenames, surnames,
//! common lowercase words; with flag bit 5 also the name lists: organisations,
//! places, persons), each:
//!   length     LEB128 varint
//!   hashes     `length` LEB128 varint deltas of increasing 32-bit hashes (the first from 0)
//! and, with flag bit 4, its word clusters:
//!   length     LEB128 varint
//!   hashes     `length` LEB128 varint deltas of increasing 32-bit hashes of lowercase words
//!   ids        `length` bytes, each word's 8-bit cluster id (leading bits: coarser clusters)
//! ```
//!
//! The clusters are an optional section (a flag, not a new version): files
//! without them (every model before round 9, and the models of other
//! languages) load and tag exactly as before.
//!
//! One file may serve several languages with one set of weights (the
//! features are the same in every language); each language brings its own
//! word classes, since what is a common word depends on the language.

use super::features::{self, allowed, key, tag_type, Caps, TokenInfo, WordClasses, N_TAGS};
use crate::error::{Error, Result};
use crate::language::Language;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub const MAGIC: &[u8; 4] = b"NSNR";
pub const VERSION: u16 = 3;
/// The flags byte: every feature has a copy per language.
pub const FLAG_COPIES: u8 = 1;
/// The flags byte: the model reads only language-independent features
/// ([`features::independent_features`]): it tags languages it never saw.
pub const FLAG_INDEPENDENT: u8 = 2;
/// The flags byte, with [`FLAG_INDEPENDENT`]: capitalised words' identity is
/// a feature too (names travel between languages).
pub const FLAG_NAMES: u8 = 4;
/// The flags byte: the weights were learnt as a structured perceptron over
/// whole sentences; decode with a beam of [`BEAM_WIDTH`] ([`super::decode`]).
pub const FLAG_BEAM: u8 = 8;
/// The flags byte: each language's word classes are followed by its word
/// clusters, which the features read ([`WordClasses::clusters`]).
pub const FLAG_CLUSTERS: u8 = 16;
/// The flags byte: each language's word classes include the name lists
/// (organisations, places, persons; [`features::CLASS_ORG_NAME`]).
pub const FLAG_NAME_LISTS: u8 = 32;
const ALL_FLAGS: u8 = FLAG_COPIES | FLAG_INDEPENDENT | FLAG_NAMES | FLAG_BEAM | FLAG_CLUSTERS | FLAG_NAME_LISTS;
/// The beam of a [`FLAG_BEAM`] model (the width it was trained with; see
/// docs/entities.md for what was measured).
pub const BEAM_WIDTH: usize = 4;
/// At most this many languages in one file.
pub const MAX_LANGUAGES: usize = 32;
const HEADER: usize = 4 + 2 + 1 + 1 + 4 + 4 + 4;

/// A hasher for keys that are hashes already.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

pub type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

/// The model files in `models/` and the languages each one tags (the
/// languages its header names; a test checks they agree). A page fetches
/// `file_for(language)` when a text in that language arrives; `make model`
/// writes every one of them.
/// `ner-xx.bin` is the language-independent model (no labelled text in its
/// languages; docs/entities.md).
pub const MODEL_FILES: &[(&str, &[&str])] = &[
    ("ner.bin", &["en"]),
    ("ner-de.bin", &["de"]),
    ("ner-fr.bin", &["fr"]),
    ("ner-nl.bin", &["nl"]),
    (INDEPENDENT_FILE, &["es", "it", "pt"]),
];

/// The language-independent model's file (the last of [`MODEL_FILES`]): it
/// needs the cargo feature `independent-tagger` (see [`FeatureSet::Independent`]).
pub const INDEPENDENT_FILE: &str = "ner-xx.bin";

/// [`MODEL_FILES`] that this build can load: none without `entities`; without
/// `independent-tagger`, all but the last ([`INDEPENDENT_FILE`]; a test checks it is the last).
const LOADABLE_FILES: &[(&str, &[&str])] = match MODEL_FILES.split_last() {
    _ if !cfg!(feature = "entities") => &[],
    Some((_, words)) if !cfg!(feature = "independent-tagger") => words,
    _ => MODEL_FILES,
};

/// The file in `models/` whose model tags `language`, if there is one that
/// this build can load: without the cargo feature `independent-tagger` (the
/// page's first module) none for Spanish, Italian and Portuguese, whose model
/// is [`INDEPENDENT_FILE`]; none at all without the cargo feature `entities`.
pub fn file_for(language: Language) -> Option<&'static str> {
    LOADABLE_FILES.iter().find(|(_, codes)| codes.contains(&language.code())).map(|(file, _)| *file)
}

/// The model files compiled into the library: English with the `model`
/// feature, all of them with `all-models` (the native default).
#[cfg(not(feature = "model"))]
const EMBEDDED: &[(&str, &[u8])] = &[];
#[cfg(all(feature = "model", not(feature = "all-models")))]
const EMBEDDED: &[(&str, &[u8])] = &[("ner.bin", include_bytes!("../../models/ner.bin"))];
#[cfg(feature = "all-models")]
const EMBEDDED: &[(&str, &[u8])] = &[
    ("ner.bin", include_bytes!("../../models/ner.bin")),
    ("ner-de.bin", include_bytes!("../../models/ner-de.bin")),
    ("ner-fr.bin", include_bytes!("../../models/ner-fr.bin")),
    ("ner-nl.bin", include_bytes!("../../models/ner-nl.bin")),
    ("ner-xx.bin", include_bytes!("../../models/ner-xx.bin")),
];

/// Is a model for `language` compiled into the library?
pub fn embedded_covers(language: Language) -> bool {
    file_for(language).is_some_and(|f| EMBEDDED.iter().any(|(file, _)| *file == f))
}

/// A trained tagger model.
#[derive(Debug, Clone)]
pub struct Model {
    /// Open-addressing table of feature keys (0 = empty slot), apart from
    /// their weights (`weights[i]` is slot `i`'s): the keys (4 bytes a slot)
    /// stay in the cache, so a feature the model lacks (one lookup in five)
    /// costs no access to the weights.
    keys: Vec<u32>,
    weights: Vec<[i8; N_TAGS]>,
    mask: usize,
    count: usize,
    /// The languages the model tags, and each one's word classes.
    languages: Vec<(Language, WordClasses)>,
    /// Whether every feature also has a copy per language ([`walk_dropout`]).
    copies: bool,
    /// Whether the model reads only language-independent features (and,
    /// with `names`, capitalised words).
    independent: bool,
    names: bool,
    /// Sequences the decoder keeps per sentence (1: greedy, [`walk`]; more:
    /// [`super::decode`]).
    beam: usize,
}

fn fnv32(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Reads a LEB128 varint of at most 35 bits at `*pos`.
fn read_varint(body: &[u8], pos: &mut usize, what: &str) -> Result<u64> {
    let mut v: u64 = 0;
    let mut shift = 0;
    loop {
        let Some(&b) = body.get(*pos) else {
            return Err(Error::model(format!("the model is truncated (in {what})")));
        };
        *pos += 1;
        if shift > 35 {
            return Err(Error::model(format!("the model is corrupt (overlong varint in {what})")));
        }
        v |= ((b & 0x7f) as u64) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            return Ok(v);
        }
    }
}

/// Reads a varint length and that many varint deltas of increasing 32-bit hashes.
fn read_hashes(body: &[u8], pos: &mut usize, what: &str) -> Result<Vec<u32>> {
    let len = read_varint(body, pos, what)? as usize;
    // Every hash takes at least one byte.
    if len > body.len() - *pos {
        return Err(Error::model(format!("the model's {what} is longer than the model")));
    }
    let mut out = Vec::with_capacity(len);
    let mut prev: u64 = 0;
    for n in 0..len {
        let delta = read_varint(body, pos, what)?;
        let k = prev + delta;
        if (n > 0 && delta == 0) || k > u32::MAX as u64 {
            return Err(Error::model(format!("the model is corrupt ({what} out of order)")));
        }
        prev = k;
        out.push(k as u32);
    }
    Ok(out)
}

/// Reads a language's word clusters: their hashes, then one id byte each.
fn read_clusters(body: &[u8], pos: &mut usize) -> Result<Vec<(u32, u8)>> {
    let hashes = read_hashes(body, pos, "a word cluster")?;
    let Some(ids) = body.get(*pos..*pos + hashes.len()) else {
        return Err(Error::model("the model is truncated (in its word clusters)"));
    };
    *pos += hashes.len();
    Ok(hashes.into_iter().zip(ids.iter().copied()).collect())
}

/// Writes a varint length and the varint deltas of sorted, distinct hashes.
fn write_hashes(out: &mut Vec<u8>, sorted: impl ExactSizeIterator<Item = u32>) {
    write_varint(out, sorted.len() as u64);
    let mut prev = 0u32;
    for k in sorted {
        write_varint(out, (k - prev) as u64);
        prev = k;
    }
}

fn write_varint(out: &mut Vec<u8>, mut d: u64) {
    loop {
        let b = (d & 0x7f) as u8;
        d >>= 7;
        if d == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

impl Model {
    /// Reads a model from its bytes, checking every part of it. Truncated,
    /// corrupt or foreign bytes give an error, never a panic. Without the
    /// cargo feature `entities` every model is refused
    /// ([`Error::is_unsupported_model`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
        if !cfg!(feature = "entities") {
            return Err(Error::unsupported_model(
                "entity models: it was built without the cargo feature `entities` (summaries and keywords only)",
            ));
        }
        if bytes.len() < HEADER {
            return Err(Error::model(format!(
                "the model is truncated ({} bytes, the header alone is {HEADER})",
                bytes.len()
            )));
        }
        if &bytes[..4] != MAGIC {
            return Err(Error::model("this is not a nutshell tagger model (wrong magic number)"));
        }
        let version = u16::from_le_bytes([bytes[4], bytes[5]]);
        if version != VERSION {
            return Err(Error::model(format!("model version {version} is not supported (expected {VERSION})")));
        }
        if bytes[6] as usize != N_TAGS {
            return Err(Error::model(format!("the model has {} tags, expected {N_TAGS}", bytes[6])));
        }
        let n_languages = bytes[7] as usize;
        if n_languages == 0 || n_languages > MAX_LANGUAGES {
            return Err(Error::model(format!("the model names {n_languages} languages (1 to {MAX_LANGUAGES})")));
        }
        let u32_at = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
        let count = u32_at(8) as usize;
        let scale = f32::from_bits(u32_at(12));
        let checksum = u32_at(16);
        let body = &bytes[HEADER..];
        if fnv32(body) != checksum {
            return Err(Error::model("the model is corrupt or truncated (checksum mismatch)"));
        }
        if !(scale.is_finite() && scale > 0.0) {
            return Err(Error::model("the model's weight scale is invalid"));
        }
        let mut languages: Vec<(Language, WordClasses)> = Vec::with_capacity(n_languages);
        let Some(codes) = body.get(..2 * n_languages) else {
            return Err(Error::model("the model is truncated (in its languages)"));
        };
        for code in codes.chunks(2) {
            let language = std::str::from_utf8(code)
                .ok()
                .filter(|c| c.bytes().all(|b| b.is_ascii_lowercase()))
                .and_then(|c| Language::from_code(c).filter(|l| l.code() == c));
            let Some(language) = language else {
                // The code as it is when it is printable ASCII; no escaping (`escape_debug` would
                // bring core's Unicode printability tables into the page's module for this message alone).
                let shown = std::str::from_utf8(code).ok().filter(|c| c.bytes().all(|b| b.is_ascii_graphic()));
                return Err(Error::model(format!(
                    "the model is for a language this build does not know ({})",
                    shown.unwrap_or("not a printable code")
                )));
            };
            if languages.iter().any(|(l, _)| *l == language) {
                return Err(Error::model(format!("the model names {language} twice")));
            }
            languages.push((language, WordClasses::default()));
        }
        let records = body.get(2 * n_languages + 1..).unwrap_or_default();
        // Every record takes at least 3 bytes.
        if count > records.len() / 3 {
            return Err(Error::model("the model's feature count does not match its size"));
        }
        // Load factor at most 2/3: short probes, and a table that stays small
        // enough for the cache (the lookups are most of the tagger's time).
        let slots = (count + count / 2 + 1).next_power_of_two().max(16);
        let mut model = Model {
            keys: vec![0; slots],
            weights: vec![[0; N_TAGS]; slots],
            mask: slots - 1,
            count,
            languages,
            copies: false,
            independent: false,
            names: false,
            beam: 1,
        };
        let mut pos = 2 * n_languages;
        let flags = match body.get(pos) {
            Some(&flags) if flags & !ALL_FLAGS == 0 => {
                if flags & FLAG_INDEPENDENT != 0 && !cfg!(feature = "independent-tagger") {
                    return Err(Error::unsupported_model(
                        "the language-independent entity model (ner-xx.bin: Spanish, Italian, Portuguese): it was \
                         built without the cargo feature `independent-tagger` (part of `languages`)",
                    ));
                }
                model.copies = flags & FLAG_COPIES != 0;
                model.independent = flags & FLAG_INDEPENDENT != 0;
                model.names = flags & FLAG_NAMES != 0;
                model.beam = if flags & FLAG_BEAM != 0 { BEAM_WIDTH } else { 1 };
                flags
            }
            Some(_) => return Err(Error::model("the model is corrupt (unknown flags)")),
            None => return Err(Error::model("the model is truncated (in its flags)")),
        };
        pos += 1;
        let mut prev: u64 = 0;
        for n in 0..count {
            let delta = read_varint(body, &mut pos, "a feature key")?;
            let k = prev + delta;
            if (n > 0 && delta == 0) || k == 0 || k > u32::MAX as u64 {
                return Err(Error::model("the model is corrupt (feature keys out of order)"));
            }
            prev = k;
            let Some(m) = body.get(pos..pos + 2) else {
                return Err(Error::model("the model is truncated (in a feature mask)"));
            };
            let mask = u16::from_le_bytes([m[0], m[1]]);
            pos += 2;
            if mask >> N_TAGS != 0 {
                return Err(Error::model("the model is corrupt (bad tag mask)"));
            }
            let slot = model.insert_slot(k as u32);
            for t in 0..N_TAGS {
                if mask & (1 << t) != 0 {
                    let Some(&w) = body.get(pos) else {
                        return Err(Error::model("the model is truncated (in the weights)"));
                    };
                    model.weights[slot][t] = w as i8;
                    pos += 1;
                }
            }
        }
        let stored = if flags & FLAG_NAME_LISTS != 0 { features::N_CLASSES } else { features::N_BASE_CLASSES };
        for (_, classes) in &mut model.languages {
            for set in &mut classes.sets[..stored] {
                *set = read_hashes(body, &mut pos, "a word class")?;
            }
            if flags & FLAG_CLUSTERS != 0 {
                classes.clusters = read_clusters(body, &mut pos)?;
            }
            classes.build_index();
        }
        if pos != body.len() {
            return Err(Error::model("the model has trailing bytes after its last feature"));
        }
        Ok(model)
    }

    fn insert_slot(&mut self, k: u32) -> usize {
        let mut i = (k as usize).wrapping_mul(0x9e37_79b9) & self.mask;
        while self.keys[i] != 0 && self.keys[i] != k {
            i = (i + 1) & self.mask;
        }
        self.keys[i] = k;
        i
    }

    #[inline]
    fn lookup(&self, k: u32) -> Option<&[i8; N_TAGS]> {
        let mut i = (k as usize).wrapping_mul(0x9e37_79b9) & self.mask;
        loop {
            let s = self.keys[i];
            if s == k {
                return Some(&self.weights[i]);
            }
            if s == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Number of features in the model.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The English model compiled into the library (feature `model`),
    /// decoded on first use and shared.
    #[cfg(feature = "model")]
    pub fn embedded() -> std::sync::Arc<Model> {
        // Checked by the tests: the committed English model always loads.
        Model::embedded_for(Language::En).unwrap_or_else(|| std::sync::Arc::new(Model::empty()))
    }

    /// The compiled-in model that tags `language`, decoded on first use and
    /// shared: English with the `model` feature, every language with a
    /// model file with `all-models` (see [`MODEL_FILES`]).
    pub fn embedded_for(language: Language) -> Option<std::sync::Arc<Model>> {
        use std::sync::{Arc, OnceLock};
        static DECODED: [OnceLock<Option<Arc<Model>>>; EMBEDDED.len()] = [const { OnceLock::new() }; EMBEDDED.len()];
        let i = EMBEDDED.iter().position(|(file, _)| file_for(language) == Some(file))?;
        DECODED[i].get_or_init(|| Model::from_bytes(EMBEDDED[i].1).ok().map(Arc::new)).clone()
    }

    /// A model with no features: tags everything `O` (its language: English).
    pub fn empty() -> Model {
        Model {
            keys: vec![0; 16],
            weights: vec![[0; N_TAGS]; 16],
            mask: 15,
            count: 0,
            languages: vec![(Language::En, WordClasses::default())],
            copies: false,
            independent: false,
            names: false,
            beam: 1,
        }
    }

    /// The languages the model tags (at least one).
    pub fn languages(&self) -> impl Iterator<Item = Language> + '_ {
        self.languages.iter().map(|(l, _)| *l)
    }

    /// Does the model tag `language`?
    pub fn covers(&self, language: Language) -> bool {
        self.languages.iter().any(|(l, _)| *l == language)
    }

    /// The word classes (first names, surnames, common words) of `language`,
    /// or of the model's first language when it does not tag `language`.
    pub fn classes(&self, language: Language) -> &WordClasses {
        let found = self.languages.iter().find(|(l, _)| *l == language);
        &found.unwrap_or(&self.languages[0]).1
    }

    /// The sums of the weights of `feats`, tag by tag.
    pub(super) fn scores(&self, feats: &[u32]) -> [i32; N_TAGS] {
        // Eight of the nine weights are summed two words at a time (SWAR, as
        // WebAssembly has no vectors without simd128): each weight plus 128
        // (0 to 255) in a 16-bit lane, tags 0, 2, 4, 6 in `even` and 1, 3,
        // 5, 7 in `odd`; 128 per weight is taken back at the end. 256 weights
        // fit in a lane (256 × 255 < 65,536): longer lists go by chunks.
        const LANES: u64 = 0x00ff_00ff_00ff_00ff;
        let mut s = [0i32; N_TAGS];
        for chunk in feats.chunks(256) {
            let (mut even, mut odd, mut hits) = (0u64, 0u64, 0i32);
            for &f in chunk {
                if let Some(w) = self.lookup(f) {
                    let head = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]].map(|x| x as u8));
                    let biased = head ^ 0x8080_8080_8080_8080;
                    even += biased & LANES;
                    odd += (biased >> 8) & LANES;
                    s[8] += w[8] as i32;
                    hits += 1;
                }
            }
            for k in 0..4 {
                s[2 * k] += ((even >> (16 * k)) & 0xffff) as i32 - 128 * hits;
                s[2 * k + 1] += ((odd >> (16 * k)) & 0xffff) as i32 - 128 * hits;
            }
        }
        s
    }

    /// Tags the sentences of one document in `language`: a tag number per token.
    pub fn tag_document(&self, language: Language, sents: &[Vec<&str>]) -> Vec<Vec<u8>> {
        // The beam holds a whole sentence's infos and features; a sentence
        // longer than a window (only an endless line of pasted junk has one)
        // gets the greedy walk, which holds a window at a time, so memory
        // stays bounded (docs/robustness.md).
        if self.beam > 1 && sents.iter().all(|s| s.len() <= WINDOW_TOKENS) {
            return super::decode::tag_document(self, language, sents, self.beam);
        }
        let copies = self.copies_salt(language);
        let set = self.feature_set();
        walk(sents, self.classes(language), copies, set, |_, _, feats, prev| {
            let s = self.scores(feats);
            best_allowed(&s, prev)
        })
    }

    /// Decodes with a beam of `width` tag sequences per sentence (1: greedy).
    pub fn set_beam(&mut self, width: usize) {
        self.beam = width.max(1);
    }

    /// The salt of the per-language feature copies, 0 without them.
    pub(super) fn copies_salt(&self, language: Language) -> u64 {
        if self.copies {
            language_salt(language)
        } else {
            0
        }
    }

    /// The features the model reads.
    pub(super) fn feature_set(&self) -> FeatureSet {
        #[cfg(feature = "independent-tagger")]
        if self.independent {
            return FeatureSet::Independent { names: self.names };
        }
        FeatureSet::Words
    }

    /// Does the model read only language-independent features?
    pub fn is_independent(&self) -> bool {
        self.independent
    }

    /// Serializes quantized weights, the languages and their word classes
    /// into the model format. `records` are (key, weights) pairs; zero
    /// weights are not stored. `languages` must be 1 to [`MAX_LANGUAGES`]
    /// distinct languages; `flags` is any of [`FLAG_COPIES`],
    /// [`FLAG_INDEPENDENT`], [`FLAG_NAMES`], [`FLAG_BEAM`], [`FLAG_CLUSTERS`]
    /// (the languages' clusters are written only with it), [`FLAG_NAME_LISTS`]
    /// (without it the name lists must be empty).
    pub fn write(
        records: &[(u32, [i8; N_TAGS])],
        scale: f32,
        languages: &[(Language, &WordClasses)],
        flags: u8,
    ) -> Vec<u8> {
        assert!((1..=MAX_LANGUAGES).contains(&languages.len()), "1 to {MAX_LANGUAGES} languages");
        let mut sorted: Vec<&(u32, [i8; N_TAGS])> = records.iter().filter(|(_, w)| w.iter().any(|x| *x != 0)).collect();
        crate::sort::sort_by_key(&mut sorted, |r| r.0);
        sorted.dedup_by_key(|r| r.0);
        let mut body = Vec::new();
        for (language, _) in languages {
            body.extend_from_slice(language.code().as_bytes());
        }
        body.push(flags & ALL_FLAGS);
        let mut prev = 0u32;
        for (k, w) in &sorted {
            write_varint(&mut body, (k - prev) as u64);
            prev = *k;
            let mut mask = 0u16;
            for (t, x) in w.iter().enumerate() {
                if *x != 0 {
                    mask |= 1 << t;
                }
            }
            body.extend_from_slice(&mask.to_le_bytes());
            body.extend(w.iter().filter(|x| **x != 0).map(|x| *x as u8));
        }
        let stored = if flags & FLAG_NAME_LISTS != 0 { features::N_CLASSES } else { features::N_BASE_CLASSES };
        for (_, classes) in languages {
            assert!(classes.sets[stored..].iter().all(Vec::is_empty), "name lists need FLAG_NAME_LISTS");
        }
        for (_, classes) in languages {
            for set in &classes.sets[..stored] {
                let mut set = set.clone();
                crate::sort::sort(&mut set);
                set.dedup();
                write_hashes(&mut body, set.into_iter());
            }
            if flags & FLAG_CLUSTERS != 0 {
                let mut clusters = classes.clusters.clone();
                crate::sort::sort_by_key(&mut clusters, |c| c.0);
                clusters.dedup_by_key(|c| c.0);
                write_hashes(&mut body, clusters.iter().map(|c| c.0));
                body.extend(clusters.iter().map(|c| c.1));
            }
        }
        let mut out = Vec::with_capacity(HEADER + body.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.push(N_TAGS as u8);
        out.push(languages.len() as u8);
        out.extend_from_slice(&(sorted.len() as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_bits().to_le_bytes());
        out.extend_from_slice(&fnv32(&body).to_le_bytes());
        out.extend_from_slice(&body);
        out
    }
}

/// The highest-scoring tag that may follow `prev`.
pub fn best_allowed<T: PartialOrd + Copy>(scores: &[T; N_TAGS], prev: u8) -> u8 {
    let mut best = 0u8;
    for t in 1..N_TAGS as u8 {
        if allowed(prev, t) && scores[t as usize] > scores[best as usize] {
            best = t;
        }
    }
    best
}

/// Walks a document left to right, computing each token's features (with
/// the tags chosen so far) and asking `choose(sentence, token, features,
/// previous tag)` for its tag. Shared by tagging and training.
pub fn walk<F: FnMut(usize, usize, &[u32], u8) -> u8>(
    sents: &[Vec<&str>],
    classes: &WordClasses,
    copies: u64,
    set: FeatureSet,
    choose: F,
) -> Vec<Vec<u8>> {
    walk_dropout(sents, classes, copies, set, |_| false, choose)
}

/// Which features a model reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeatureSet {
    /// Every feature, words included (a model for the languages it learnt from).
    Words,
    /// Only what does not depend on a language's words; `names`: capitalised
    /// words' identity too ([`FLAG_INDEPENDENT`], [`FLAG_NAMES`]). Only with
    /// the cargo feature `independent-tagger`: without it the decoders'
    /// branches for this set are compiled out (the page's first module).
    #[cfg(feature = "independent-tagger")]
    Independent { names: bool },
}

impl FeatureSet {
    /// The set a model file's flags name.
    #[cfg(feature = "independent-tagger")]
    pub fn from_flags(flags: u8) -> FeatureSet {
        if flags & FLAG_INDEPENDENT != 0 {
            FeatureSet::Independent { names: flags & FLAG_NAMES != 0 }
        } else {
            FeatureSet::Words
        }
    }
}

/// The salt of a language's copies of the features (see [`walk_dropout`]).
pub fn language_salt(language: Language) -> u64 {
    features::hash_bytes(language.code().as_bytes()) | 1
}

/// [`walk`], hiding the identity of the words for which `drop` is true (word
/// dropout, in training: the model must also learn names from their shape
/// and context, as it meets unseen names in new text). When `copies` is not
/// 0 (a language's salt), every feature also comes as a copy keyed by it: a
/// model learnt from several languages then holds what they share and, in
/// the copies, what is particular to each (Daumé's feature augmentation).
/// With [`FeatureSet::Independent`], only features that name no word are
/// computed ([`features::independent_features`]; context aggregation then
/// collects the neighbours' descriptors instead of their words).
pub fn walk_dropout<D: FnMut(&TokenInfo) -> bool, F: FnMut(usize, usize, &[u32], u8) -> u8>(
    sents: &[Vec<&str>],
    classes: &WordClasses,
    copies: u64,
    set: FeatureSet,
    drop: D,
    choose: F,
) -> Vec<Vec<u8>> {
    walk_windows(sents, classes, copies, set, WINDOW_TOKENS, drop, choose)
}

/// [`walk_dropout`] with token infos made `window` tokens at a time (see
/// [`windows`]): the same result whatever the window.
fn walk_windows<D: FnMut(&TokenInfo) -> bool, F: FnMut(usize, usize, &[u32], u8) -> u8>(
    sents: &[Vec<&str>],
    classes: &WordClasses,
    copies: u64,
    set: FeatureSet,
    window: usize,
    mut drop: D,
    mut choose: F,
) -> Vec<Vec<u8>> {
    let independent = set != FeatureSet::Words;
    // The tokens' infos are made per window of a sentence (see
    // [`windows`]), once for the document's evidence and again for the
    // tags, instead of held for the whole text (≈ 100 bytes a token: most
    // of a large text's memory).
    let mut cache = InfoCache::new(classes);
    let mut info: Vec<TokenInfo> = Vec::new();
    let Evidence { modes, flags, contexts, .. } = evidence(sents, &mut cache, &mut info, independent, window);
    // The words' own lowercase forms key the document's evidence; dropped
    // words lose them only in the features.
    let mut keys: Vec<u64> = Vec::new();
    // Entity types given so far to each capitalised lowercase form.
    let mut history: IdMap<u64, [u16; 5]> = IdMap::default();
    let mut out = Vec::with_capacity(sents.len());
    let mut feats: Vec<u32> = Vec::with_capacity(64);
    let mut doc: Vec<u8> = Vec::new();
    let mut dropped: Vec<bool> = Vec::new();
    for (s, words) in sents.iter().enumerate() {
        // A sentence of several windows decides its dropout up front, in
        // token order, as a sentence of one window does.
        let windowed = words.len() > window;
        dropped.clear();
        if windowed {
            dropped.extend(words.iter().map(|w| drop(&cache.info(w))));
        }
        let mut tags: Vec<u8> = Vec::with_capacity(words.len());
        for (held, centre) in windows(words.len(), window) {
            cache.sentence(&words[held.clone()], &mut info);
            keys.clear();
            keys.extend(info.iter().map(|t| t.lower));
            for (k, t) in info.iter_mut().enumerate() {
                if if windowed { dropped[held.start + k] } else { drop(t) } {
                    t.word = features::UNKNOWN;
                    t.lower = features::UNKNOWN;
                }
            }
            let info = &info[..];
            doc.clear();
            doc.extend(keys.iter().map(|k| flags.get(k).copied().unwrap_or(0)));
            for g in centre {
                // `i` indexes the window, `g` the sentence.
                let i = g - held.start;
                let t = &info[i];
                feats.clear();
                let p1 = if g > 0 { tags[g - 1] } else { 255 };
                let p2 = if g > 1 { tags[g - 2] } else { 255 };
                match set {
                    #[cfg(feature = "independent-tagger")]
                    FeatureSet::Independent { names } => {
                        features::independent_features(info, &doc, modes[s], i, names, &mut feats)
                    }
                    FeatureSet::Words => features::token_features(info, &doc, modes[s], i, &mut feats),
                }
                feats.push(key(features::T_P1, p1 as u64));
                feats.push(key(features::T_P12, (p1 as u64) << 8 | p2 as u64));
                if independent {
                    feats.push(key(features::T_P1_D, (p1 as u64) ^ features::descriptor(t).rotate_left(8)));
                } else {
                    feats.push(key(features::T_P1_L, (p1 as u64) ^ t.lower.rotate_left(8)));
                }
                feats.push(key(features::T_P1_S, (p1 as u64) ^ t.shape.rotate_left(8)));
                let capitalized = t.caps.is_capitalized();
                if capitalized {
                    if let Some(list) = contexts.get(&keys[i]) {
                        feats.extend_from_slice(list);
                    }
                    if let Some(h) = history.get(&keys[i]) {
                        super::decode::history_features(h, modes[s], t, &mut feats);
                    }
                }
                if copies != 0 {
                    let n = feats.len();
                    for k in 0..n {
                        feats.push(key(copies, feats[k] as u64));
                    }
                }
                let tag = choose(s, g, &feats, if g > 0 { tags[g - 1] } else { 0 });
                tags.push(tag);
                if capitalized {
                    let e = history.entry(keys[i]).or_insert([0; 5]);
                    let ty = tag_type(tag) as usize;
                    e[ty] = e[ty].saturating_add(1);
                }
            }
        }
        out.push(tags);
    }
    out
}

/// A sentence's tokens get their infos this many at a time: one sentence
/// of millions of tokens (one endless line) then holds a few thousand
/// infos, not one per token.
pub(super) const WINDOW_TOKENS: usize = 4096;

/// Tokens held on each side of a window's centre: its features read
/// neighbours up to ±3, runs of capitals (whose length counts up to 5) and
/// the sentence's length up to 8, so 8 covers them all.
const WINDOW_MARGIN: usize = 8;

/// The windows of `window` tokens of a sentence of `len` tokens: (the tokens whose infos are
/// held, the tokens whose features are computed). A token's features read
/// its neighbours only within [`WINDOW_MARGIN`], its place in the sentence
/// (`i == 0`, `i.min(3)`) and the sentence's length (`len.min(8)`), so a
/// window's centre tokens get the features they would get from the whole
/// sentence: a held range reaches [`WINDOW_MARGIN`] tokens past its centre
/// on each side (or the sentence's ends), so it holds more than 8 tokens
/// whenever the sentence does.
fn windows(len: usize, window: usize) -> impl Iterator<Item = (std::ops::Range<usize>, std::ops::Range<usize>)> {
    (0..len.div_ceil(window).max(1)).map(move |w| {
        let start = w * window;
        let end = start.saturating_add(window).min(len);
        (start.saturating_sub(WINDOW_MARGIN)..(end + WINDOW_MARGIN).min(len), start..end)
    })
}

/// What a document says about its words before any is tagged: each
/// sentence's mode, flags per lowercase form (seen in lower case, seen
/// capitalised mid-sentence) and context aggregation (the neighbours of
/// every capitalised occurrence of a word, at most 20 per word), from the
/// document's ordinary sentences. Shared by [`walk_dropout`] and the beam
/// decoder ([`super::decode`]). Token infos are made `window` tokens at a
/// time (see [`windows`]).
pub(super) struct Evidence {
    pub modes: Vec<u8>,
    pub flags: IdMap<u64, u8>,
    pub contexts: IdMap<u64, Vec<u32>>,
    /// The numbers the infos' cache gave the tokens of the ordinary sentences
    /// (those read here), sentence after sentence: a second pass over them
    /// indexes the cache's infos instead of hashing each word again.
    pub numbers: Vec<u32>,
    /// Where each sentence's numbers start in `numbers`, and their end last
    /// (no numbers for the sentences not read here).
    pub starts: Vec<usize>,
}

impl Evidence {
    /// The cache's numbers of sentence `s`'s tokens (empty unless it is
    /// an ordinary sentence).
    pub fn numbers_of(&self, s: usize) -> &[u32] {
        &self.numbers[self.starts[s]..self.starts[s + 1]]
    }
}

pub(super) fn evidence<'w>(
    sents: &[Vec<&'w str>],
    cache: &mut InfoCache<'w, '_>,
    info: &mut Vec<TokenInfo>,
    independent: bool,
    window: usize,
) -> Evidence {
    // Always false without the language-independent tagger: its branch below is compiled out.
    let independent = cfg!(feature = "independent-tagger") && independent;
    let modes: Vec<u8> = sents.iter().map(|s| features::sentence_mode(s)).collect();
    // Document flags per lowercase form, and context aggregation (the
    // neighbours of every capitalised occurrence of a word, at most 20 per
    // word), from the document's ordinary sentences.
    let mut flags: IdMap<u64, u8> = IdMap::default();
    let mut contexts: IdMap<u64, Vec<u32>> = IdMap::default();
    let mut numbers: Vec<u32> = Vec::new();
    let mut starts: Vec<usize> = Vec::with_capacity(sents.len() + 1);
    let mut held_numbers: Vec<u32> = Vec::new();
    for (s, &mode) in sents.iter().zip(&modes) {
        starts.push(numbers.len());
        if mode != 0 {
            continue;
        }
        for (held, centre) in windows(s.len(), window) {
            cache.sentence_numbered(&s[held.clone()], info, &mut held_numbers);
            numbers.extend_from_slice(&held_numbers[centre.start - held.start..centre.end - held.start]);
            for g in centre.clone() {
                let t = &info[g - held.start];
                let f = match t.caps {
                    Caps::Lower => features::SEEN_LOWER,
                    c if g > 0 && c.is_capitalized() => features::SEEN_CAP_MID,
                    _ => continue,
                };
                *flags.entry(t.lower).or_insert(0) |= f;
            }
            for i in centre.map(|g| g - held.start) {
                let t = &info[i];
                if !t.caps.is_capitalized() {
                    continue;
                }
                let list = contexts.entry(t.lower).or_default();
                for (side, j) in
                    [(1u64, i.checked_sub(1)), (2u64, i.checked_add(1)), (3, i.checked_sub(2)), (4, i.checked_add(2))]
                {
                    if list.len() >= 20 {
                        break;
                    }
                    let k = if independent {
                        let n = j.and_then(|j| info.get(j)).map_or(0, features::descriptor);
                        key(features::T_AGG_INDEPENDENT + side, n)
                    } else {
                        let n = j.and_then(|j| info.get(j)).map_or(0, |x| x.lower);
                        key(features::T_AGG + side, n)
                    };
                    if !list.contains(&k) {
                        list.push(k);
                    }
                }
            }
        }
    }
    starts.push(numbers.len());
    Evidence { modes, flags, contexts, numbers, starts }
}

/// Most words recur: their [`TokenInfo`] (a lowercase copy and ten hashes) is
/// made once. Bounded, so that text of all-distinct words does not hold one
/// per token; past the bound, new words are made each time.
pub(super) struct InfoCache<'w, 'c> {
    classes: &'c WordClasses,
    /// Each kept word's number (0, 1, 2… in order of first sight).
    known: crate::hash::HashMap<&'w str, u32>,
    /// The kept words' infos, by number.
    infos: Vec<TokenInfo>,
}

/// Distinct words the cache keeps (≈ 130 bytes each).
pub(super) const INFO_CACHE_WORDS: usize = 1 << 16;

/// The number of a word the cache does not keep.
pub(super) const UNNUMBERED: u32 = u32::MAX;

impl<'w, 'c> InfoCache<'w, 'c> {
    pub(super) fn new(classes: &'c WordClasses) -> Self {
        InfoCache { classes, known: crate::hash::HashMap::default(), infos: Vec::new() }
    }

    /// The infos of a sentence's words, into `out`.
    pub(super) fn sentence(&mut self, words: &[&'w str], out: &mut Vec<TokenInfo>) {
        out.clear();
        for &w in words {
            out.push(self.numbered(w).0);
        }
    }

    /// [`InfoCache::sentence`], and the words' numbers into `numbers`
    /// ([`UNNUMBERED`] past the bound): the same word, the same number.
    pub(super) fn sentence_numbered(&mut self, words: &[&'w str], out: &mut Vec<TokenInfo>, numbers: &mut Vec<u32>) {
        out.clear();
        numbers.clear();
        for &w in words {
            let (info, number) = self.numbered(w);
            out.push(info);
            numbers.push(number);
        }
    }

    /// [`InfoCache::sentence_numbered`] for words the cache numbered before
    /// (`known`, one number a word, as it gave them): a kept word's info is
    /// read by its number, not found by its word.
    pub(super) fn sentence_known(
        &mut self,
        words: &[&'w str],
        known: &[u32],
        out: &mut Vec<TokenInfo>,
        numbers: &mut Vec<u32>,
    ) {
        out.clear();
        numbers.clear();
        for (&w, &number) in words.iter().zip(known) {
            // Past the bound a word is made again, as it was the first time.
            let info = match self.infos.get(number as usize) {
                Some(info) => info.clone(),
                None => self.numbered(w).0,
            };
            out.push(info);
            numbers.push(number);
        }
    }

    /// The info of one word.
    fn info(&mut self, w: &'w str) -> TokenInfo {
        self.numbered(w).0
    }

    /// The info of one word and its number.
    fn numbered(&mut self, w: &'w str) -> (TokenInfo, u32) {
        match self.known.get(w) {
            Some(&number) => (self.infos[number as usize].clone(), number),
            None => {
                let mut t = TokenInfo::new(w);
                (t.class, t.cluster) = self.classes.lookup(t.lower);
                let n = self.infos.len();
                if n < INFO_CACHE_WORDS {
                    self.known.insert(w, n as u32);
                    self.infos.push(t.clone());
                    (t, n as u32)
                } else {
                    (t, UNNUMBERED)
                }
            }
        }
    }
}

#[cfg(all(test, feature = "entities"))]
mod tests {
    use super::*;

    #[test]
    fn features_and_tags_do_not_depend_on_the_window() {
        // One long sentence with runs of capitals, short words and numbers,
        // and a short one: every token's features, tags and dropout calls
        // must be those of the whole sentence held at once.
        let pieces = ["The", "Bank", "of", "New", "York", "said", "A", "IBM", "on", "3", "March", ",", "Mr.", "Li"];
        let long: Vec<&str> = (0..3000).map(|k| pieces[(k * 7 + k / 13) % pieces.len()]).collect();
        let sents = vec![long, vec!["Paris", "is", "big", "."]];
        let classes = WordClasses::default();
        #[allow(unused_mut)]
        let mut sets = vec![FeatureSet::Words];
        #[cfg(feature = "independent-tagger")]
        sets.push(FeatureSet::Independent { names: true });
        for set in sets {
            let run = |window: usize| {
                let mut seen: Vec<(usize, usize, Vec<u32>)> = Vec::new();
                let mut drops = 0u64;
                let mut dropped: Vec<u64> = Vec::new();
                let tags = walk_windows(
                    &sents,
                    &classes,
                    7,
                    set,
                    window,
                    |t| {
                        drops += 1;
                        dropped.push(t.lower);
                        t.lower % 5 == 0
                    },
                    |s, i, feats, prev| {
                        seen.push((s, i, feats.to_vec()));
                        let mut scores = [0u32; N_TAGS];
                        for &f in feats {
                            scores[(f % N_TAGS as u32) as usize] += f % 7;
                        }
                        best_allowed(&scores, prev)
                    },
                );
                (tags, seen, dropped, drops)
            };
            let whole = run(usize::MAX);
            for window in [1, 5, 9, 100, 4096] {
                assert!(whole == run(window), "{set:?}, window {window}");
            }
        }
    }

    #[test]
    fn name_lists_travel_with_their_flag() {
        let records = vec![(5u32, [1i8, 0, 0, 0, 0, 0, 0, 0, 0])];
        let de = WordClasses::from_sets([vec![3], vec![], vec![9], vec![11], vec![12, 13], vec![3]]);
        let bytes = Model::write(&records, 0.5, &[(Language::De, &de)], FLAG_BEAM | FLAG_NAME_LISTS);
        let m = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m.classes(Language::De).sets, de.sets);
        let bits = |k: u32| m.classes(Language::De).bits(u64::from(k));
        assert_eq!(bits(3), features::CLASS_FORENAME | features::CLASS_PERSON_NAME);
        assert_eq!((bits(11), bits(13), bits(9)), (features::CLASS_ORG_NAME, features::CLASS_PLACE_NAME, 4));
        // Without the flag the file has three sets a language, and none may be dropped silently.
        let plain = WordClasses::from_sets([vec![3], vec![], vec![9], vec![], vec![], vec![]]);
        let old = Model::from_bytes(&Model::write(&records, 0.5, &[(Language::De, &plain)], 0)).unwrap();
        assert_eq!(old.classes(Language::De).sets, plain.sets);
        let lost = std::panic::catch_unwind(|| Model::write(&records, 0.5, &[(Language::De, &de)], 0));
        assert!(lost.is_err(), "name lists without the flag");
    }

    #[test]
    fn round_trip() {
        let records = vec![(5u32, [1i8, 0, 0, 0, 0, 0, 0, 0, -3]), (1_000_000, [0, 2, 0, 0, 0, 0, 0, 0, 0])];
        let es = WordClasses::from_sets([vec![3, 70_000], vec![], vec![9], vec![], vec![], vec![]]);
        let pt = WordClasses::from_sets([vec![], vec![4], vec![], vec![], vec![], vec![]]);
        let bytes = Model::write(&records, 0.5, &[(Language::Es, &es), (Language::Pt, &pt)], FLAG_COPIES);
        let m = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!(m.lookup(5).unwrap()[8], -3);
        assert_eq!(m.lookup(1_000_000).unwrap()[1], 2);
        assert!(m.lookup(6).is_none());
        assert_eq!(m.languages().collect::<Vec<_>>(), [Language::Es, Language::Pt]);
        assert!(m.covers(Language::Pt) && !m.covers(Language::En));
        assert_eq!(m.classes(Language::Es).sets, es.sets);
        assert_eq!(m.classes(Language::Pt).sets, pt.sets);
        // A language the model does not tag reads the first one's classes.
        assert_eq!(m.classes(Language::It).sets, es.sets);
        assert_eq!(m.classes(Language::Es).bits(0), 0);
        assert!(m.copies && !m.independent);
        let independent = Model::from_bytes(&Model::write(&records, 0.5, &[(Language::It, &es)], FLAG_INDEPENDENT));
        if cfg!(feature = "independent-tagger") {
            assert!(independent.unwrap().is_independent());
        } else {
            let err = independent.unwrap_err();
            assert!(err.is_unsupported_model(), "{err}");
        }
        assert_eq!(m.beam, 1);
        let beam = Model::write(&records, 0.5, &[(Language::En, &es)], FLAG_BEAM);
        assert_eq!(Model::from_bytes(&beam).unwrap().beam, BEAM_WIDTH);
        for cut in 0..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err());
        }
    }

    #[test]
    fn clusters_round_trip_as_an_optional_section() {
        let records = vec![(5u32, [1i8, 0, 0, 0, 0, 0, 0, 0, -3])];
        let en = WordClasses::from_sets([vec![3], vec![], vec![9], vec![], vec![], vec![]]).with_clusters(&[
            ("paris".into(), 0xa1),
            ("lyon".into(), 0xa3),
            ("said".into(), 0x10),
        ]);
        let bytes = Model::write(&records, 0.5, &[(Language::En, &en)], FLAG_BEAM | FLAG_CLUSTERS);
        let m = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m.classes(Language::En).clusters, en.clusters);
        assert_eq!(m.classes(Language::En).sets, en.sets);
        let lyon = features::hash_bytes(b"lyon");
        assert_eq!(m.classes(Language::En).lookup(lyon).1, features::CLUSTER_KNOWN | 0xa3);
        for cut in 0..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err(), "{cut}");
        }
        // Without the flag the table is not written, and the model has no clusters (as older files).
        let plain = Model::from_bytes(&Model::write(&records, 0.5, &[(Language::En, &en)], FLAG_BEAM)).unwrap();
        assert!(plain.classes(Language::En).clusters.is_empty());
        assert_eq!(plain.classes(Language::En).lookup(lyon).1, 0);
        // The flag on a file without the table: truncated, with a clear error.
        let mut flagged = Model::write(&records, 0.5, &[(Language::En, &en)], FLAG_BEAM);
        flagged[HEADER + 2] |= FLAG_CLUSTERS;
        let sum = fnv32(&flagged[HEADER..]);
        flagged[16..20].copy_from_slice(&sum.to_le_bytes());
        let err = Model::from_bytes(&flagged).unwrap_err().to_string();
        assert!(err.contains("truncated (in a word cluster)"), "{err}");
    }

    /// Rewrites the languages of a model file (checksum fixed), to test the loader.
    fn with_codes(bytes: &[u8], codes: &[u8]) -> Vec<u8> {
        let n = bytes[7] as usize;
        let mut out = bytes[..HEADER].to_vec();
        out[7] = (codes.len() / 2) as u8;
        out.extend_from_slice(codes);
        out.extend_from_slice(&bytes[HEADER + 2 * n..]);
        let sum = fnv32(&out[HEADER..]);
        out[16..20].copy_from_slice(&sum.to_le_bytes());
        out
    }

    #[test]
    fn languages_are_checked() {
        let classes = WordClasses::default();
        let bytes = Model::write(&[(5, [1; N_TAGS])], 1.0, &[(Language::De, &classes)], 0);
        assert!(Model::from_bytes(&bytes).unwrap().covers(Language::De));
        let table = [
            (&b"zz"[..], "does not know (zz)"),
            (b"DE", "does not know (DE)"),
            (b"\xff\x00", "does not know (not a printable code)"),
            (b"dede", "names de twice"),
            (b"", "names 0 languages"),
        ];
        for (codes, message) in table {
            // Two languages' word classes where the file names two.
            let mut fixed = with_codes(&bytes, codes);
            if codes.len() == 4 {
                fixed =
                    Model::write(&[(5, [1; N_TAGS])], 1.0, &[(Language::De, &classes), (Language::Fr, &classes)], 0);
                fixed = with_codes(&fixed, codes);
            }
            let err = Model::from_bytes(&fixed).unwrap_err().to_string();
            assert!(err.contains(message), "{codes:?}: {err}");
        }
    }

    #[test]
    fn every_listed_file_names_its_languages() {
        for (file, codes) in MODEL_FILES {
            // Without the language-independent tagger its file is never named.
            let loadable = cfg!(feature = "independent-tagger") || *file != INDEPENDENT_FILE;
            for code in *codes {
                let language = Language::from_code(code).unwrap();
                assert_eq!(file_for(language), loadable.then_some(*file), "{code}");
            }
        }
        assert_eq!(MODEL_FILES.last().map(|(file, _)| *file), Some(INDEPENDENT_FILE));
        assert_eq!(file_for(Language::En), Some("ner.bin"));
        assert_eq!(file_for(Language::De), Some("ner-de.bin"));
        assert_eq!(file_for(Language::Pt), cfg!(feature = "independent-tagger").then_some("ner-xx.bin"));
    }

    /// The page's first module (no `independent-tagger`) refuses the shipped
    /// language-independent model with a typed error, never a panic.
    #[cfg(not(feature = "independent-tagger"))]
    #[test]
    fn the_independent_model_needs_its_feature() {
        let err = Model::from_bytes(include_bytes!("../../models/ner-xx.bin")).unwrap_err();
        assert!(err.is_unsupported_model(), "{err}");
        assert!(err.to_string().contains("independent-tagger"), "{err}");
        // The other models still load.
        assert!(Model::from_bytes(include_bytes!("../../models/ner-de.bin")).is_ok());
    }

    #[cfg(feature = "all-models")]
    #[test]
    fn every_model_file_loads_and_names_the_listed_languages() {
        assert_eq!(EMBEDDED.len(), MODEL_FILES.len());
        for ((file, bytes), (listed, codes)) in EMBEDDED.iter().zip(MODEL_FILES) {
            assert_eq!(file, listed);
            let m = Model::from_bytes(bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert_eq!(m.languages().map(|l| l.code()).collect::<Vec<_>>(), *codes, "{file}");
            assert!(m.len() > 10_000, "{file}: {} features", m.len());
            for code in *codes {
                let language = Language::from_code(code).unwrap();
                assert!(embedded_covers(language) && Model::embedded_for(language).is_some(), "{code}");
            }
        }
    }
}
