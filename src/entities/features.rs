//! Features of the learned tagger: hashed sparse features of a token in its
//! sentence and its document, shared by the tagger and the training tool so
//! that both compute exactly the same keys.
//!
//! A feature is a 32-bit key: the hash of a template number and a value (a
//! word, a shape, a pair of them…). Nothing is stored as a string, so the
//! model needs no vocabulary. Per token the features are:
//! the word, its lowercase form, its shape (`Xx`, `XX`, `d.d`…), prefixes and
//! suffixes of 1–4 characters, the neighbours' lowercase forms (±2) and
//! shapes (±1), word pairs, the sentence-initial flag, the sentence's mode
//! (ordinary, ALL CAPS or Title Case headline), and document-level evidence:
//! whether the word also appears in lower case elsewhere in the document, or
//! capitalised in the middle of an ordinary sentence. At decoding time the
//! previous two tags and the tags given earlier in the document to the same
//! word (an "extended prediction history") are added.

/// The tags, in model order.
pub const TAGS: [&str; 9] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
pub const N_TAGS: usize = TAGS.len();

/// The tag number of a CoNLL tag (IOB1 `I-` at a chunk start is read as `B-` by the caller); `O` for anything else.
pub fn tag_index(tag: &str) -> u8 {
    TAGS.iter().position(|t| *t == tag).unwrap_or(0) as u8
}

/// Entity type of a tag: 0 none, 1 PER, 2 ORG, 3 LOC, 4 MISC.
pub fn tag_type(tag: u8) -> u8 {
    tag.div_ceil(2)
}

pub fn is_inside(tag: u8) -> bool {
    tag != 0 && tag % 2 == 0
}

/// May `tag` follow `prev` in BIO? `I-X` only after `B-X` or `I-X`.
pub fn allowed(prev: u8, tag: u8) -> bool {
    !is_inside(tag) || (prev != 0 && tag_type(prev) == tag_type(tag))
}

/// The tags that may follow `prev`, one bit each (bit `t`: tag `t`):
/// [`allowed`] for every tag at once. `O` and every `B-X` always; `I-X`
/// only after `B-X` or `I-X`.
pub fn allowed_after(prev: u8) -> u16 {
    const OUTSIDE_OR_BEGIN: u16 = 0b1010_1011;
    if prev == 0 || prev as usize >= N_TAGS {
        OUTSIDE_OR_BEGIN
    } else {
        OUTSIDE_OR_BEGIN | 1 << (2 * tag_type(prev))
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over bytes.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

#[inline]
fn mix(a: u64, b: u64) -> u64 {
    let mut z = a.rotate_left(23) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The feature key of template `t` with value `v` (never 0).
#[inline]
pub fn key(t: u64, v: u64) -> u32 {
    let k = (mix(t, v) >> 32) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// Capitalisation class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Caps {
    Lower = 0,
    Title = 1,
    Upper = 2,
    Initial = 3,
    Camel = 4,
    Number = 5,
    Other = 6,
}

/// [`Caps::of`]'s class of an ASCII byte: 1 capital, 2 small letter, 3 digit, 0 other.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'A'..=b'Z' => 1,
            b'a'..=b'z' => 2,
            b'0'..=b'9' => 3,
            _ => 0,
        };
        b += 1;
    }
    t
};

impl Caps {
    pub fn of(word: &str) -> Caps {
        Caps::counted(word).0
    }

    /// The class of `word` and its number of chars (both from one pass).
    #[inline]
    fn counted(word: &str) -> (Caps, usize) {
        let mut chars = word.chars();
        let Some(first) = chars.next() else { return (Caps::Other, 0) };
        let (mut upper, mut lower, mut digit, mut letters) = (0usize, 0usize, 0usize, 0usize);
        let mut count = word.len();
        // ASCII bytes counted by a table (an ASCII char is a letter only
        // from A to Z or a to z, numeric only from 0 to 9); a word with any
        // other byte is counted again char by char.
        let mut counts = [0usize; 4];
        let mut ascii = true;
        for &b in word.as_bytes() {
            if b >= 0x80 {
                ascii = false;
                break;
            }
            counts[ASCII_CLASS[b as usize] as usize] += 1;
        }
        if ascii {
            [_, upper, lower, digit] = counts;
            letters = upper + lower;
        } else {
            count = 0;
            for c in word.chars() {
                count += 1;
                if c.is_uppercase() {
                    upper += 1;
                    letters += 1;
                } else if c.is_lowercase() {
                    lower += 1;
                    letters += 1;
                } else if c.is_alphabetic() {
                    letters += 1;
                    lower += 1;
                } else if c.is_numeric() {
                    digit += 1;
                }
            }
        }
        let caps = if letters == 0 {
            if digit > 0 {
                Caps::Number
            } else {
                Caps::Other
            }
        } else if upper == 0 {
            Caps::Lower
        } else if !first.is_uppercase() {
            Caps::Camel
        } else if lower == 0 {
            if upper == 1 {
                Caps::Initial
            } else {
                Caps::Upper
            }
        } else if upper == 1 {
            Caps::Title
        } else {
            Caps::Camel
        };
        (caps, count)
    }

    pub fn is_capitalized(self) -> bool {
        matches!(self, Caps::Title | Caps::Upper | Caps::Initial | Caps::Camel)
    }
}

/// The sentence's mode: 0 ordinary, 1 ALL CAPS, 2 Title Case headline.
pub fn sentence_mode(words: &[&str]) -> u8 {
    let mut letters = 0usize;
    let mut upper = 0usize;
    let mut long = 0usize;
    let mut long_cap = 0usize;
    for w in words {
        let (c, chars) = Caps::counted(w);
        if matches!(c, Caps::Number | Caps::Other) {
            continue;
        }
        letters += 1;
        if c == Caps::Upper || c == Caps::Initial {
            upper += 1;
        }
        if chars >= 4 {
            long += 1;
            if c.is_capitalized() {
                long_cap += 1;
            }
        }
    }
    if letters >= 2 && upper * 10 >= letters * 8 {
        1
    } else if long >= 3 && long_cap * 4 >= long * 3 {
        2
    } else {
        0
    }
}

/// A compact word shape: character classes with runs collapsed (`Xx`,
/// `X.X.`, `d,d`, `x-Xx`), at most 8 symbols.
fn shape(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let mut last = 0u8;
    let mut n = 0;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            b'X'
        } else if c.is_alphabetic() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'*'
        };
        if s != last {
            h ^= s as u64;
            h = h.wrapping_mul(FNV_PRIME);
            last = s;
            n += 1;
            if n == 8 {
                break;
            }
        }
    }
    h
}

/// Per-token values computed once.
#[derive(Debug, Clone)]
pub struct TokenInfo {
    pub word: u64,
    pub lower: u64,
    pub shape: u64,
    pub caps: Caps,
    pub prefixes: [u64; 4],
    pub suffixes: [u64; 4],
    pub len: u8,
    /// Word-class bits ([`WordClasses`]): known forename, surname, common lowercase word.
    pub class: u8,
    /// The word's cluster ([`WordClasses::lookup`]): 0 when the model has no
    /// clusters (no cluster features at all), [`CLUSTER_UNKNOWN`], or
    /// [`CLUSTER_KNOWN`] | the 8-bit id.
    pub cluster: u16,
}

impl TokenInfo {
    pub fn new(word: &str) -> TokenInfo {
        // An ASCII word's lowercase form is its bytes lowercased, and its
        // chars are its bytes: no char-by-char collection, no list of char
        // offsets.
        let ascii = word.is_ascii();
        let lower_s: String =
            if ascii { word.to_ascii_lowercase() } else { word.chars().flat_map(char::to_lowercase).collect() };
        let chars: Vec<(usize, char)> = if ascii { Vec::new() } else { lower_s.char_indices().collect() };
        let n = if ascii { lower_s.len() } else { chars.len() };
        let offset = |k: usize| if ascii { k } else { chars[k].0 };
        let mut prefixes = [0u64; 4];
        let mut suffixes = [0u64; 4];
        for k in 1..=4 {
            if n > k {
                let end = offset(k);
                prefixes[k - 1] = hash_bytes(&lower_s.as_bytes()[..end]);
                let start = offset(n - k);
                suffixes[k - 1] = hash_bytes(&lower_s.as_bytes()[start..]);
            }
        }
        TokenInfo {
            word: hash_bytes(word.as_bytes()),
            lower: hash_bytes(lower_s.as_bytes()),
            shape: shape(word),
            caps: Caps::of(word),
            prefixes,
            suffixes,
            len: n.min(255) as u8,
            class: 0,
            cluster: 0,
        }
    }
}

/// Word-class bits.
pub const CLASS_FORENAME: u8 = 1;
pub const CLASS_SURNAME: u8 = 2;
/// A word that the training text uses often in lower case (`children`, `line`, `dubbed`).
pub const CLASS_LEXICON: u8 = 4;
/// Capitalised words that other languages' labelled text uses mostly inside
/// organisation, place or person names (`Siemens`, `Zwickau`, `Kane`): the
/// name lists of a model with [`super::model::FLAG_NAME_LISTS`]. Bit 3 (8) is
/// left free: the features write 8 for "no token here".
pub const CLASS_ORG_NAME: u8 = 16;
pub const CLASS_PLACE_NAME: u8 = 32;
pub const CLASS_PERSON_NAME: u8 = 64;
/// The class bit of each set, in the order a model file stores them.
pub const CLASS_BITS: [u8; N_CLASSES] =
    [CLASS_FORENAME, CLASS_SURNAME, CLASS_LEXICON, CLASS_ORG_NAME, CLASS_PLACE_NAME, CLASS_PERSON_NAME];
pub const N_CLASSES: usize = 6;
/// The sets every model file has; the name lists follow with the flag.
pub const N_BASE_CLASSES: usize = 3;

/// [`TokenInfo::cluster`] of a word the model's cluster table lacks.
pub const CLUSTER_UNKNOWN: u16 = 1;
/// [`TokenInfo::cluster`] of a word in the table: this bit | its 8-bit id.
pub const CLUSTER_KNOWN: u16 = 0x100;

/// Sets of words the tagger knows something about without a weight of its
/// own: first names and surnames (CC0 lists by country), common lowercase
/// words and, in some models, names learnt from other languages' text. Stored in the model as 32-bit hashes of the lowercase form, so an
/// unseen `Priya` or a sentence-initial `Children` still says what it is.
/// A model may also hold word clusters (distributional classes learnt from
/// unlabelled text: `train`'s `clusters`): an 8-bit id per lowercase form,
/// whose leading bits are coarser clusters.
#[derive(Debug, Clone, Default)]
pub struct WordClasses {
    /// One sorted list of hashes per class bit.
    pub sets: [Vec<u32>; N_CLASSES],
    /// (hash, cluster id), sorted by hash, no repeats; empty when the model has no clusters.
    pub clusters: Vec<(u32, u8)>,
    /// Open-addressing table of (hash, class bits, cluster) over all sets
    /// and clusters, for one probe per token instead of a binary search per
    /// set (0 = empty slot).
    index: Vec<(u32, u8, u16)>,
}

/// The 32-bit hash that [`WordClasses`] stores for a lowercase form's 64-bit hash.
pub fn class_key(lower: u64) -> u32 {
    (lower >> 32) as u32 ^ lower as u32
}

impl WordClasses {
    /// Builds the sets from lowercase words, one list per class.
    pub fn from_words(lists: [Vec<String>; N_CLASSES]) -> WordClasses {
        let sets = lists.map(|words| {
            let mut v: Vec<u32> = words.iter().map(|w| class_key(hash_bytes(w.to_lowercase().as_bytes()))).collect();
            crate::sort::sort(&mut v);
            v.dedup();
            v
        });
        WordClasses::from_sets(sets)
    }

    /// Word classes from sorted hash lists (as the model file stores them).
    pub fn from_sets(sets: [Vec<u32>; N_CLASSES]) -> WordClasses {
        let mut c = WordClasses { sets, clusters: Vec::new(), index: Vec::new() };
        c.build_index();
        c
    }

    /// These classes with a cluster table: (lowercase word, 8-bit id) pairs.
    /// Two words of one hash keep the first one's id.
    pub fn with_clusters(mut self, words: &[(String, u8)]) -> WordClasses {
        let mut table: Vec<(u32, u8)> =
            words.iter().map(|(w, id)| (class_key(hash_bytes(w.to_lowercase().as_bytes())), *id)).collect();
        crate::sort::sort_by_key(&mut table, |e| e.0);
        table.dedup_by_key(|e| e.0);
        self.clusters = table;
        self.build_index();
        self
    }

    /// (Re)builds the lookup table from `sets` and `clusters`.
    pub fn build_index(&mut self) {
        let n: usize = self.sets.iter().map(Vec::len).sum::<usize>() + self.clusters.len();
        if n == 0 {
            self.index.clear();
            return;
        }
        let slots = (2 * n).next_power_of_two();
        self.index = vec![(0, 0, 0); slots];
        let sets =
            self.sets.iter().enumerate().flat_map(|(bit, set)| set.iter().map(move |&k| (k, CLASS_BITS[bit], 0)));
        let clusters = self.clusters.iter().map(|&(k, id)| (k, 0, CLUSTER_KNOWN | id as u16));
        for (k, bit, cluster) in sets.chain(clusters) {
            // Key 0 marks an empty slot: store it as 1 (a collision at worst).
            let k = k.max(1);
            let mut i = Self::slot(k, slots);
            while self.index[i].0 != 0 && self.index[i].0 != k {
                i = (i + 1) & (slots - 1);
            }
            let e = &mut self.index[i];
            e.0 = k;
            e.1 |= bit;
            if e.2 == 0 {
                e.2 = cluster;
            }
        }
    }

    #[inline]
    fn slot(k: u32, slots: usize) -> usize {
        (k as usize).wrapping_mul(0x9e37_79b9) & (slots - 1)
    }

    /// The class bits of a token, from its lowercase hash.
    #[inline]
    pub fn bits(&self, lower: u64) -> u8 {
        self.lookup(lower).0
    }

    /// The class bits and [`TokenInfo::cluster`] of a token, from its lowercase hash.
    pub fn lookup(&self, lower: u64) -> (u8, u16) {
        let none = if self.clusters.is_empty() { 0 } else { CLUSTER_UNKNOWN };
        if self.index.is_empty() {
            return (0, none);
        }
        let k = class_key(lower).max(1);
        let mut i = Self::slot(k, self.index.len());
        loop {
            let (key, bits, cluster) = self.index[i];
            if key == k {
                return (bits, if cluster == 0 { none } else { cluster });
            }
            if key == 0 {
                return (0, none);
            }
            i = (i + 1) & (self.index.len() - 1);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.sets.iter().all(Vec::is_empty)
    }
}

/// Document-level flags of a lowercase form.
pub const SEEN_LOWER: u8 = 1;
pub const SEEN_CAP_MID: u8 = 2;

// Template numbers.
const T_BIAS: u64 = 1;
const T_WORD: u64 = 2;
const T_LOWER: u64 = 3;
const T_SHAPE: u64 = 4;
const T_PREFIX: u64 = 5;
const T_SUFFIX: u64 = 9;
const T_L_M1: u64 = 13;
const T_L_P1: u64 = 14;
const T_L_M2: u64 = 15;
const T_L_P2: u64 = 16;
const T_S_M1: u64 = 17;
const T_S_P1: u64 = 18;
const T_S_M1_0: u64 = 19;
const T_S_0_P1: u64 = 20;
const T_L_M1_0: u64 = 21;
const T_L_0_P1: u64 = 22;
const T_INITIAL_CAPS: u64 = 23;
const T_MODE_CAPS: u64 = 24;
const T_DOC_CAPS: u64 = 25;
const T_INITIAL_LOWER: u64 = 26;
const T_MODE_SHAPE: u64 = 27;
const T_DOC_MODE_CAPS: u64 = 28;
const T_LEN_CAPS: u64 = 29;
const T_W_M1_0: u64 = 30;
const T_L_M3: u64 = 31;
const T_L_P3: u64 = 32;
const T_S_M1_L: u64 = 33;
pub const T_P1: u64 = 40;
pub const T_P12: u64 = 41;
pub const T_P1_L: u64 = 42;
pub const T_P1_S: u64 = 43;
pub const T_HIST: u64 = 44;
pub const T_HIST_CAPS: u64 = 45;
pub const T_AGG: u64 = 50;
const T_CLASS: u64 = 60;
const T_CLASS_M1: u64 = 61;
const T_CLASS_P1: u64 = 62;
const T_CLASS_INITIAL: u64 = 63;
const T_CLUSTER: u64 = 64;
const T_CLUSTER_M1: u64 = 65;
const T_CLUSTER_P1: u64 = 66;
// Templates of the language-independent feature set ([`independent_features`], cargo feature
// `independent-tagger`).
#[cfg(feature = "independent-tagger")]
use independent_templates::*;
#[cfg(feature = "independent-tagger")]
mod independent_templates {
    pub const T_S_M2: u64 = 70;
    pub const T_S_P2: u64 = 71;
    pub const T_D_M1: u64 = 72;
    pub const T_D_P1: u64 = 73;
    pub const T_D_M2: u64 = 74;
    pub const T_D_P2: u64 = 75;
    pub const T_D_M1_CAPS: u64 = 76;
    pub const T_D_P1_CAPS: u64 = 77;
    pub const T_RUN: u64 = 78;
    pub const T_RUN_CLASS: u64 = 79;
    pub const T_CLASS_M2: u64 = 80;
    pub const T_CLASS_P2: u64 = 81;
    pub const T_POSITION: u64 = 82;
    pub const T_NAME: u64 = 96;
    pub const T_NAME_INITIAL: u64 = 97;
}
pub const T_AGG_INDEPENDENT: u64 = 90;
pub const T_P1_D: u64 = 95;

const NONE: u64 = 0x5151_5151;
/// The word and lowercase hash of a word hidden by word dropout.
pub const UNKNOWN: u64 = 0x7777_7777;

/// Token `i + j` of the sentence `info`, if there is one.
fn neighbour(info: &[TokenInfo], i: usize, j: isize) -> Option<&TokenInfo> {
    i.checked_add_signed(j).and_then(|k| info.get(k))
}

/// `f` of token `i + j`, or a placeholder of its own for each position past
/// the sentence's ends.
fn around(info: &[TokenInfo], i: usize, j: isize, f: impl Fn(&TokenInfo) -> u64) -> u64 {
    neighbour(info, i, j).map_or(NONE.wrapping_add(j as u64), f)
}

/// Which of a token's tag-independent features [`token_features_of`] and
/// `independent_features_of` (cargo feature `independent-tagger`) append: all of them, only those that read
/// nothing but the word's [`TokenInfo`], its document flags, the sentence's
/// mode and whether the word starts the sentence (the same at every such
/// occurrence of the word in a document, so the tagger sums their weights
/// once per distinct word), or the others. `Word` and `Rest` together are
/// `All`, in another order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    All,
    Word,
    Rest,
}

/// Appends the tag-independent features of token `i` of a sentence.
/// `info` is the sentence's tokens, `mode` its [`sentence_mode`], `doc`
/// the document flags of each token.
pub fn token_features(info: &[TokenInfo], doc: &[u8], mode: u8, i: usize, out: &mut Vec<u32>) {
    token_features_of(info, doc, mode, i, Which::All, out)
}

/// [`token_features`], only those `which` names.
pub fn token_features_of(info: &[TokenInfo], doc: &[u8], mode: u8, i: usize, which: Which, out: &mut Vec<u32>) {
    let t = &info[i];
    let caps = t.caps as u64;
    let initial = (i == 0) as u64;
    let word = which != Which::Rest;
    let rest = which != Which::Word;
    let at = |j: isize| neighbour(info, i, j);
    let lower = |j: isize| around(info, i, j, |x| x.lower);
    let shp = |j: isize| around(info, i, j, |x| x.shape);
    if word {
        out.push(key(T_BIAS, 0));
        out.push(key(T_WORD, t.word));
        out.push(key(T_LOWER, t.lower));
        out.push(key(T_SHAPE, t.shape));
        for k in 0..4 {
            if t.prefixes[k] != 0 {
                out.push(key(T_PREFIX + k as u64, t.prefixes[k]));
            }
            if t.suffixes[k] != 0 {
                out.push(key(T_SUFFIX + k as u64, t.suffixes[k]));
            }
        }
    }
    if rest {
        out.push(key(T_L_M1, lower(-1)));
        out.push(key(T_L_P1, lower(1)));
        out.push(key(T_L_M2, lower(-2)));
        out.push(key(T_L_P2, lower(2)));
        out.push(key(T_S_M1, shp(-1)));
        out.push(key(T_S_P1, shp(1)));
        out.push(key(T_S_M1_0, mix(shp(-1), t.shape)));
        out.push(key(T_S_0_P1, mix(t.shape, shp(1))));
        out.push(key(T_L_M1_0, mix(lower(-1), t.lower)));
        out.push(key(T_L_0_P1, mix(t.lower, lower(1))));
        out.push(key(T_W_M1_0, mix(at(-1).map_or(NONE, |x| x.word), t.word)));
    }
    if word {
        out.push(key(T_INITIAL_CAPS, initial << 8 | caps));
        if initial == 1 {
            out.push(key(T_INITIAL_LOWER, t.lower));
        }
        out.push(key(T_MODE_CAPS, (mode as u64) << 8 | caps));
        out.push(key(T_MODE_SHAPE, mix(mode as u64, t.shape)));
        let flags = doc[i] as u64;
        out.push(key(T_DOC_CAPS, flags << 8 | caps));
        out.push(key(T_DOC_MODE_CAPS, flags << 16 | (mode as u64) << 8 | caps));
        out.push(key(T_LEN_CAPS, (t.len.min(12) as u64) << 8 | caps));
    }
    if rest {
        out.push(key(T_L_M3, lower(-3)));
        out.push(key(T_L_P3, lower(3)));
        out.push(key(T_S_M1_L, mix(shp(-1), t.lower)));
    }
    // Word classes: of the word (with its casing and place), and of its neighbours.
    let class = |j: isize| at(j).map_or(8, |x| x.class) as u64;
    if word {
        out.push(key(T_CLASS, class(0) << 8 | caps));
    }
    if rest {
        out.push(key(T_CLASS_M1, class(-1) << 16 | class(0) << 8 | caps));
        out.push(key(T_CLASS_P1, class(1) << 16 | class(0) << 8 | caps));
    }
    if word {
        out.push(key(T_CLASS_INITIAL, initial << 16 | (mode as u64) << 12 | class(0) << 8 | caps));
    }
    if t.cluster != 0 {
        cluster_features(info, i, which, out);
    }
}

/// [`Which::Rest`] of [`token_features_of`] in three parts that each read
/// fewer tokens, so that the tagger sums each part's weights once per
/// distinct pair of words or word (the same multiset of features; a test
/// checks it). The features of token `b` that read the token `a` before it
/// (`None`: the sentence's start), and of token `a` that read the token `b`
/// after it (`None`: its end): `(of b, of a)`.
pub fn bigram_features(a: Option<&TokenInfo>, b: Option<&TokenInfo>, left: &mut Vec<u32>, right: &mut Vec<u32>) {
    // (template, value) pairs first, then one loop of `key`s (fewer wasm bytes than a `key` per feature).
    let lower = |x: Option<&TokenInfo>, j: u64| x.map_or(NONE.wrapping_add(j), |x| x.lower);
    let shp = |x: Option<&TokenInfo>, j: u64| x.map_or(NONE.wrapping_add(j), |x| x.shape);
    let class = |x: Option<&TokenInfo>| x.map_or(8, |x| x.class) as u64;
    let keys = push_keys;
    if let Some(b) = b {
        let m1 = -1i64 as u64;
        let (al, ash) = (lower(a, m1), shp(a, m1));
        let caps = b.caps as u64;
        keys(
            &[
                (T_L_M1, al),
                (T_S_M1, ash),
                (T_S_M1_0, mix(ash, b.shape)),
                (T_L_M1_0, mix(al, b.lower)),
                (T_W_M1_0, mix(a.map_or(NONE, |x| x.word), b.word)),
                (T_S_M1_L, mix(ash, b.lower)),
                (T_CLASS_M1, class(a) << 16 | class(Some(b)) << 8 | caps),
            ],
            left,
        );
        if b.cluster != 0 {
            keys(&[(T_CLUSTER_M1, a.map_or(NONE.wrapping_add(m1), |x| x.cluster as u64))], left);
        }
    }
    if let Some(a) = a {
        let (bl, bsh) = (lower(b, 1), shp(b, 1));
        let caps = a.caps as u64;
        keys(
            &[
                (T_L_P1, bl),
                (T_S_P1, bsh),
                (T_S_0_P1, mix(a.shape, bsh)),
                (T_L_0_P1, mix(a.lower, bl)),
                (T_CLASS_P1, class(b) << 16 | class(Some(a)) << 8 | caps),
            ],
            right,
        );
        if a.cluster != 0 {
            keys(&[(T_CLUSTER_P1, b.map_or(NONE.wrapping_add(1), |x| x.cluster as u64))], right);
        }
    }
}

/// The keys of (template, value) pairs, appended to `out` (out of line: one
/// copy of `key` for every call of [`bigram_features`] in wasm).
#[inline(never)]
fn push_keys(pairs: &[(u64, u64)], out: &mut Vec<u32>) {
    out.extend(pairs.iter().map(|&(t, v)| key(t, v)));
}

/// The rest of [`Which::Rest`] (see [`bigram_features`]): the features of a
/// token that read the token `j` places away (`j` = −3, −2, 2 or 3: the
/// [`FAR`] offsets), `x` (`None`: past the sentence's ends).
pub fn far_features(x: Option<&TokenInfo>, j: isize, out: &mut Vec<u32>) {
    let t = match j {
        -3 => T_L_M3,
        -2 => T_L_M2,
        2 => T_L_P2,
        _ => T_L_P3,
    };
    out.push(key(t, x.map_or(NONE.wrapping_add(j as u64), |x| x.lower)));
}

/// The offsets of [`far_features`].
pub const FAR: [isize; 4] = [-3, -2, 2, 3];

/// Cluster features of token `i` (a model with clusters): its cluster's
/// 4-, 6- and 8-bit prefixes (coarser and finer classes of words used alike),
/// and its neighbours' (±1) 8-bit ids.
fn cluster_features(info: &[TokenInfo], i: usize, which: Which, out: &mut Vec<u32>) {
    if which != Which::Rest {
        let c = info[i].cluster;
        for bits in [4u16, 6, 8] {
            let prefix = if c & CLUSTER_KNOWN != 0 { CLUSTER_KNOWN | (c & 0xff) >> (8 - bits) } else { c };
            out.push(key(T_CLUSTER, (bits as u64) << 16 | prefix as u64));
        }
    }
    if which != Which::Word {
        out.push(key(T_CLUSTER_M1, around(info, i, -1, |x| x.cluster as u64)));
        out.push(key(T_CLUSTER_P1, around(info, i, 1, |x| x.cluster as u64)));
    }
}

/// What a token looks like without its letters: its shape, word class and
/// length (1, 2, 3, 4+ characters), so that a short lowercase function word
/// (`de`, `la`, `di`, `the`) or a known first name reads the same in every
/// language.
pub fn descriptor(t: &TokenInfo) -> u64 {
    mix(t.shape, (t.class as u64) << 8 | t.len.min(4) as u64)
}

/// The language-independent features of token `i` (a model with the
/// `independent` flag; issue 13: Spanish, Italian and Portuguese have no
/// labelled text, so their model learns from other languages only what
/// does not depend on the words): casing and shape, length, position,
/// punctuation and the shapes of the neighbours, the sentence's mode, the
/// document's evidence (the word also in lower case, or capitalised
/// mid-sentence), word classes (first name, surname, common word of the
/// language), and the run of capitalised tokens the token sits in. No
/// word, prefix or suffix is a feature, except with `names`: then the
/// identity of a capitalised word is one (names are spelt alike in many
/// languages: `Madrid`, `Google`, `Europa`). Only with the cargo feature
/// `independent-tagger` (not in the page's first module).
#[cfg(feature = "independent-tagger")]
pub fn independent_features(info: &[TokenInfo], doc: &[u8], mode: u8, i: usize, names: bool, out: &mut Vec<u32>) {
    independent_features_of(info, doc, mode, i, names, Which::All, out)
}

/// [`independent_features`], only those `which` names (here
/// [`Which::Word`] reads the word's info alone).
#[cfg(feature = "independent-tagger")]
pub fn independent_features_of(
    info: &[TokenInfo],
    doc: &[u8],
    mode: u8,
    i: usize,
    names: bool,
    which: Which,
    out: &mut Vec<u32>,
) {
    let t = &info[i];
    let caps = t.caps as u64;
    let word = which != Which::Rest;
    if word {
        out.push(key(T_BIAS, 0));
        out.push(key(T_SHAPE, t.shape));
        out.push(key(T_LEN_CAPS, (t.len.min(12) as u64) << 8 | caps));
    }
    if which == Which::Word {
        out.push(key(T_CLASS, (t.class as u64) << 8 | caps));
        return;
    }
    let at = |j: isize| neighbour(info, i, j);
    let shp = |j: isize| around(info, i, j, |x| x.shape);
    let desc = |j: isize| around(info, i, j, descriptor);
    let class = |j: isize| at(j).map_or(8, |x| x.class) as u64;
    let initial = (i == 0) as u64;
    out.push(key(T_S_M1, shp(-1)));
    out.push(key(T_S_P1, shp(1)));
    out.push(key(T_S_M2, shp(-2)));
    out.push(key(T_S_P2, shp(2)));
    out.push(key(T_S_M1_0, mix(shp(-1), t.shape)));
    out.push(key(T_S_0_P1, mix(t.shape, shp(1))));
    out.push(key(T_D_M1, desc(-1)));
    out.push(key(T_D_P1, desc(1)));
    out.push(key(T_D_M2, desc(-2)));
    out.push(key(T_D_P2, desc(2)));
    out.push(key(T_D_M1_CAPS, mix(desc(-1), caps << 8 | t.class as u64)));
    out.push(key(T_D_P1_CAPS, mix(desc(1), caps << 8 | t.class as u64)));
    out.push(key(T_INITIAL_CAPS, initial << 8 | caps));
    out.push(key(T_POSITION, (i.min(3) as u64) << 16 | (info.len().min(8) as u64) << 8 | caps));
    out.push(key(T_MODE_CAPS, (mode as u64) << 8 | caps));
    out.push(key(T_MODE_SHAPE, mix(mode as u64, t.shape)));
    let flags = doc[i] as u64;
    out.push(key(T_DOC_CAPS, flags << 8 | caps));
    out.push(key(T_DOC_MODE_CAPS, flags << 16 | (mode as u64) << 8 | caps));
    if word {
        out.push(key(T_CLASS, class(0) << 8 | caps));
    }
    out.push(key(T_CLASS_M1, class(-1) << 16 | class(0) << 8 | caps));
    out.push(key(T_CLASS_P1, class(1) << 16 | class(0) << 8 | caps));
    out.push(key(T_CLASS_M2, class(-2) << 16 | class(0) << 8 | caps));
    out.push(key(T_CLASS_P2, class(2) << 16 | class(0) << 8 | caps));
    out.push(key(T_CLASS_INITIAL, initial << 16 | (mode as u64) << 12 | class(0) << 8 | caps));
    // The run of capitalised tokens around this one: its length and where
    // this token sits in it (names are runs; a lone capital at a sentence
    // start is often not one).
    if t.caps.is_capitalized() {
        let is_cap = |k: usize| info[k].caps.is_capitalized();
        let start = (0..i).rev().take_while(|&k| is_cap(k)).count();
        let end = (i + 1..info.len()).take_while(|&k| is_cap(k)).count();
        let run = (start + end + 1).min(5) as u64;
        let place = if start == 0 {
            0
        } else if end == 0 {
            1
        } else {
            2
        };
        out.push(key(T_RUN, run << 16 | place << 12 | (mode as u64) << 8 | initial << 4 | caps));
        out.push(key(T_RUN_CLASS, run << 16 | place << 12 | class(0) << 4 | initial));
        if names {
            out.push(key(if initial == 1 { T_NAME_INITIAL } else { T_NAME }, t.lower));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_classes() {
        assert_eq!(Caps::of("Microsoft"), Caps::Title);
        assert_eq!(Caps::of("IBM"), Caps::Upper);
        assert_eq!(Caps::of("CoreWeave"), Caps::Camel);
        assert_eq!(Caps::of("iPhone"), Caps::Camel);
        assert_eq!(Caps::of("the"), Caps::Lower);
        assert_eq!(Caps::of("1996"), Caps::Number);
        assert_eq!(Caps::of(","), Caps::Other);
        assert_eq!(Caps::of("A"), Caps::Initial);
    }

    #[test]
    fn modes() {
        assert_eq!(sentence_mode(&["SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN"]), 1);
        assert_eq!(sentence_mode(&["Microsoft", "Decides", "Against", "Using", "$", "12", "Billion", "Option"]), 2);
        assert_eq!(sentence_mode(&["Microsoft", "decided", "not", "to", "exercise", "its", "option"]), 0);
    }

    #[test]
    fn word_and_rest_are_all() {
        let words = ["The", "Bank", "of", "New", "York", "said", "A", "IBM", "on", "3", "March", ",", "Mr.", "Li", "é"];
        let mut info: Vec<TokenInfo> = words.iter().map(|w| TokenInfo::new(w)).collect();
        for (k, t) in info.iter_mut().enumerate() {
            t.class = (k % 8) as u8;
            t.cluster = if k % 3 == 0 { CLUSTER_UNKNOWN } else { CLUSTER_KNOWN | (k as u16 * 37 % 256) };
        }
        let doc: Vec<u8> = (0..words.len()).map(|k| (k % 4) as u8).collect();
        for mode in 0..3 {
            for i in 0..words.len() {
                for names in [None, Some(false), Some(true)] {
                    let run = |which: Which| {
                        let mut out = Vec::new();
                        match names {
                            None => token_features_of(&info, &doc, mode, i, which, &mut out),
                            #[cfg(feature = "independent-tagger")]
                            Some(names) => independent_features_of(&info, &doc, mode, i, names, which, &mut out),
                            #[cfg(not(feature = "independent-tagger"))]
                            Some(_) => {}
                        }
                        out
                    };
                    let mut parts = run(Which::Word);
                    parts.extend(run(Which::Rest));
                    let mut all = run(Which::All);
                    parts.sort_unstable();
                    all.sort_unstable();
                    assert_eq!(parts, all, "{mode} {i} {names:?}");
                }
            }
        }
    }

    #[test]
    fn bigrams_and_far_are_rest() {
        let words = ["The", "Bank", "of", "New", "York", "said", "A", "IBM", "on", "3", "March", ",", "Mr.", "Li", "é"];
        for clusters in [false, true] {
            for n in [1, 2, 3, 4, 7, words.len()] {
                let mut info: Vec<TokenInfo> = words[..n].iter().map(|w| TokenInfo::new(w)).collect();
                for (k, t) in info.iter_mut().enumerate() {
                    t.class = (k % 8) as u8;
                    t.cluster = match clusters {
                        false => 0,
                        true if k % 3 == 0 => CLUSTER_UNKNOWN,
                        true => CLUSTER_KNOWN | (k as u16 * 37 % 256),
                    };
                }
                let doc = vec![0; n];
                let mut lefts = vec![Vec::new(); n];
                let mut rights = vec![Vec::new(); n];
                for b in 0..=n {
                    let (mut l, mut r) = (Vec::new(), Vec::new());
                    let a = b.checked_sub(1).map(|a| &info[a]);
                    bigram_features(a, info.get(b), &mut l, &mut r);
                    assert!(b < n || l.is_empty());
                    assert!(b > 0 || r.is_empty());
                    if b < n {
                        lefts[b] = l;
                    }
                    if b > 0 {
                        rights[b - 1] = r;
                    }
                }
                for i in 0..n {
                    let mut rest = Vec::new();
                    token_features_of(&info, &doc, 0, i, Which::Rest, &mut rest);
                    let mut parts = lefts[i].clone();
                    parts.extend(&rights[i]);
                    for j in FAR {
                        far_features(i.checked_add_signed(j).and_then(|k| info.get(k)), j, &mut parts);
                    }
                    parts.sort_unstable();
                    rest.sort_unstable();
                    assert_eq!(parts, rest, "{clusters} {n} {i}");
                }
            }
        }
    }

    #[test]
    fn clusters_are_looked_up_with_the_classes() {
        let plain =
            WordClasses::from_words([vec!["priya".into()], vec![], vec!["children".into()], vec![], vec![], vec![]]);
        assert_eq!(plain.lookup(hash_bytes(b"priya")), (CLASS_FORENAME, 0));
        let c = plain.with_clusters(&[("Children".into(), 0b1011_0001), ("paris".into(), 7)]);
        assert_eq!(c.lookup(hash_bytes(b"children")), (CLASS_LEXICON, CLUSTER_KNOWN | 0b1011_0001));
        assert_eq!(c.lookup(hash_bytes(b"paris")), (0, CLUSTER_KNOWN | 7));
        assert_eq!(c.lookup(hash_bytes(b"priya")), (CLASS_FORENAME, CLUSTER_UNKNOWN));
        assert_eq!(c.lookup(hash_bytes(b"nowhere")), (0, CLUSTER_UNKNOWN));
        assert_eq!(c.clusters.len(), 2);
    }

    #[test]
    fn cluster_features_share_prefixes_and_need_a_table() {
        let feats = |cluster: u16| {
            let mut t = vec![TokenInfo::new("lyon"), TokenInfo::new("said")];
            t[0].cluster = cluster;
            t[1].cluster = cluster;
            let mut out = Vec::new();
            token_features(&t, &[0, 0], 0, 0, &mut out);
            out
        };
        let none = feats(0);
        let a = feats(CLUSTER_KNOWN | 0b1011_0001);
        let b = feats(CLUSTER_KNOWN | 0b1011_1101);
        // No table, no cluster features: models without clusters read what they always did.
        assert_eq!(a.len(), none.len() + 5);
        assert!(none.iter().all(|k| a.contains(k)));
        let shared = a.iter().filter(|k| !none.contains(k) && b.contains(k)).count();
        // The 4-bit prefix is the same, the 6- and 8-bit ones and the neighbour's id are not.
        assert_eq!(shared, 2, "the 4-bit prefix and the missing left neighbour");
    }

    #[test]
    fn allowed_after_is_allowed() {
        for prev in 0..=255u8 {
            for tag in 0..N_TAGS as u8 {
                assert_eq!(allowed_after(prev) & 1 << tag != 0, allowed(prev, tag), "{prev} {tag}");
            }
            assert_eq!(allowed_after(prev) >> N_TAGS, 0);
        }
    }

    #[test]
    fn bio_constraint() {
        assert!(allowed(1, 2));
        assert!(!allowed(0, 2));
        assert!(!allowed(3, 2));
        assert!(allowed(4, 0));
    }
}
