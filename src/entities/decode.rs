//! Beam decoding: the tagger's sentence-level alternative to the greedy walk
//! ([`super::model::walk`]). Each sentence keeps the `width` best tag
//! sequences so far (sum of the perceptron's scores, BIO-consistent); the
//! features that depend on earlier tags (previous tag, previous two, previous
//! tag × word and × shape, the extended prediction history) are computed per
//! sequence, the rest once per token. Width 1 is the greedy walk exactly
//! (unless a word recurs more than [`SENTENCE_HISTORY`] times in a sentence).
//! The trainer ([`super::train`]) uses the same pieces for a structured
//! perceptron with early update.

use super::features::{self, key, tag_type, TokenInfo, Which, N_TAGS};
use super::model::{
    evidence, Evidence, FeatureSet, IdMap, InfoCache, Model, INFO_CACHE_WORDS, UNNUMBERED, WINDOW_TOKENS,
};
use crate::language::Language;
use std::cmp::Ordering;

/// A sequence's score: `f64` while training (sums of `f32` weights), `i32`
/// when tagging (sums of the model's `i8` weights: exact, and ordered as the
/// same sums in `f64` would be, so the tags are the same either way). The
/// `i32` sums cannot overflow: the beam tags sentences of at most
/// [`WINDOW_TOKENS`] (2¹²) tokens, a token has fewer than 2¹² features with
/// their copies (a fixed list of templates, at most 20 aggregated contexts,
/// six that read the previous tags; a few hundred in all), and a weight is
/// at least −128 (2⁷): a sentence's sum stays within ±2³¹.
pub trait Score: Copy + std::ops::Add<Output = Self> {
    const ZERO: Self;
    /// A total order: higher is better.
    fn order(&self, other: &Self) -> Ordering;
}

impl Score for f64 {
    const ZERO: f64 = 0.0;
    fn order(&self, other: &f64) -> Ordering {
        self.total_cmp(other)
    }
}

impl Score for i64 {
    const ZERO: i64 = 0;
    fn order(&self, other: &i64) -> Ordering {
        self.cmp(other)
    }
}

impl Score for i32 {
    const ZERO: i32 = 0;
    fn order(&self, other: &i32) -> Ordering {
        self.cmp(other)
    }
}

/// A document being decoded sentence by sentence: its evidence, and the
/// entity types given so far to each capitalised word (the history).
pub struct DocState<'w, 'c> {
    cache: InfoCache<'w, 'c>,
    evidence: Evidence,
    history: IdMap<u64, [u16; 5]>,
    set: FeatureSet,
    copies: u64,
    /// The current sentence: its tokens and each token's features that do
    /// not depend on earlier tags (`base[ends[i-1]..ends[i]]`).
    pub info: Vec<TokenInfo>,
    /// Each token's word's number in the infos' cache.
    numbers: Vec<u32>,
    pub base: Vec<u32>,
    pub ends: Vec<usize>,
    /// The document flags of each token of the current sentence.
    doc: Vec<u8>,
    /// Per token, 1 + the previous capitalised occurrence of its word in the
    /// sentence (0: none), so that a sequence's own history is a short walk.
    earlier: Vec<usize>,
    /// Per capitalised token, the document's history of its word before the
    /// current sentence.
    known: Vec<Option<[u16; 5]>>,
    last: IdMap<u64, usize>,
    sentence: usize,
}

/// What the features of a token that depend on earlier tags read: the
/// previous two tags (255: none) and, for a capitalised word, the entity
/// types it was given so far (the document's history and the sequence's).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Context {
    p1: u8,
    p2: u8,
    history: Option<[u16; 5]>,
}

/// At most this many earlier occurrences of a word in the same sentence count
/// in a sequence's history (a bound for endless lines of one repeated name;
/// the English data has at most 12 in a sentence, so the cap never binds there).
const SENTENCE_HISTORY: usize = 32;

impl<'w, 'c> DocState<'w, 'c> {
    pub fn new(
        sents: &[Vec<&'w str>],
        classes: &'c features::WordClasses,
        copies: u64,
        set: FeatureSet,
    ) -> DocState<'w, 'c> {
        let mut cache = InfoCache::new(classes);
        let mut info = Vec::new();
        let evidence = evidence(sents, &mut cache, &mut info, set != FeatureSet::Words, WINDOW_TOKENS);
        DocState {
            cache,
            evidence,
            history: IdMap::default(),
            set,
            copies,
            info,
            numbers: Vec::new(),
            base: Vec::new(),
            ends: Vec::new(),
            doc: Vec::new(),
            earlier: Vec::new(),
            known: Vec::new(),
            last: IdMap::default(),
            sentence: 0,
        }
    }

    /// Makes sentence `s` (`words`) the current one and its base features.
    pub fn start(&mut self, s: usize, words: &[&'w str]) {
        self.prepare(s, words);
        let mut base = std::mem::take(&mut self.base);
        base.clear();
        self.ends.clear();
        for (i, t) in self.info.iter().enumerate() {
            let from = base.len();
            self.tag_independent(i, Which::All, &mut base);
            if t.caps.is_capitalized() {
                if let Some(list) = self.evidence.contexts.get(&t.lower) {
                    base.extend_from_slice(list);
                }
            }
            add_copies(&mut base, from, self.copies);
            self.ends.push(base.len());
        }
        self.base = base;
    }

    /// Makes sentence `s` (`words`) the current one: its tokens' infos,
    /// document flags, earlier occurrences and histories.
    #[inline(never)]
    fn prepare(&mut self, s: usize, words: &[&'w str]) {
        self.sentence = s;
        // An ordinary sentence's words were numbered by the evidence's pass.
        let known = self.evidence.numbers_of(s);
        if self.evidence.modes[s] == 0 && known.len() == words.len() {
            self.cache.sentence_known(words, known, &mut self.info, &mut self.numbers);
        } else {
            self.cache.sentence_numbered(words, &mut self.info, &mut self.numbers);
        }
        let flags = &self.evidence.flags;
        self.doc.clear();
        self.doc.extend(self.info.iter().map(|t| flags.get(&t.lower).copied().unwrap_or(0)));
        self.earlier.clear();
        self.last.clear();
        self.known.clear();
        for (i, t) in self.info.iter().enumerate() {
            let capitalized = t.caps.is_capitalized();
            let before = if capitalized { self.last.insert(t.lower, i + 1) } else { None };
            self.earlier.push(before.unwrap_or(0));
            self.known.push(if capitalized { self.history.get(&t.lower).copied() } else { None });
        }
    }

    /// Appends the features of token `i` of the current sentence that do
    /// not depend on tags, those `which` names (no context aggregation, no copies).
    fn tag_independent(&self, i: usize, which: Which, out: &mut Vec<u32>) {
        let mode = self.evidence.modes[self.sentence];
        match self.set {
            #[cfg(feature = "independent-tagger")]
            FeatureSet::Independent { names } => {
                features::independent_features_of(&self.info, &self.doc, mode, i, names, which, out)
            }
            FeatureSet::Words => features::token_features_of(&self.info, &self.doc, mode, i, which, out),
        }
    }

    /// Makes sentence `s` (`words`) the current one, and `base` its tokens'
    /// scores by `scorer`'s model of the features [`DocState::start`] would
    /// list (the same sums: the weights of the word's own features and of
    /// its context aggregation are summed once per word, see [`Scorer`]).
    #[inline(never)]
    fn start_scores(&mut self, s: usize, words: &[&'w str], scorer: &mut Scorer<'_>, base: &mut Vec<[i32; N_TAGS]>) {
        self.prepare(s, words);
        let mode = self.evidence.modes[s];
        if self.set == FeatureSet::Words {
            scorer.rest(&self.info, &self.numbers, self.copies);
        }
        base.clear();
        for (i, t) in self.info.iter().enumerate() {
            // The word's part is kept for its usual place (not first, in an
            // ordinary sentence): elsewhere it reads other values.
            let number = self.numbers[i] as usize;
            let usual = i > 0 && mode == 0 && number < INFO_CACHE_WORDS;
            let mut sum = match scorer.words.get(number) {
                Some(&Some(own)) if usual => own,
                _ => {
                    let own = scorer.sum(|f| self.tag_independent(i, Which::Word, f), self.copies);
                    if usual {
                        if scorer.words.len() <= number {
                            scorer.words.resize(number + 1, None);
                        }
                        scorer.words[number] = Some(own);
                    }
                    own
                }
            };
            if self.set == FeatureSet::Words {
                add(&mut sum, &scorer.rest[i]);
            } else {
                add(&mut sum, &scorer.sum(|f| self.tag_independent(i, Which::Rest, f), self.copies));
            }
            if t.caps.is_capitalized() {
                if let Some(list) = self.evidence.contexts.get(&t.lower) {
                    let copies = self.copies;
                    let at = match scorer.contexts.get(&t.lower) {
                        Some(&at) => at,
                        None => {
                            let aggregated = scorer.sum(|f| f.extend_from_slice(list), copies);
                            scorer.aggregated.push(aggregated);
                            scorer.contexts.insert(t.lower, scorer.aggregated.len() - 1);
                            scorer.aggregated.len() - 1
                        }
                    };
                    add(&mut sum, &scorer.aggregated[at]);
                }
            }
            base.push(sum);
        }
    }

    /// The base features of token `i` of the current sentence.
    pub fn base(&self, i: usize) -> &[u32] {
        &self.base[if i == 0 { 0 } else { self.ends[i - 1] }..self.ends[i]]
    }

    /// Appends to `feats` the features of token `i` that depend on the tags
    /// `tags` given to the tokens before it.
    pub fn dependent(&self, i: usize, tags: Prefix, feats: &mut Vec<u32>) {
        let context = self.context(i, tags);
        self.context_features(i, &context, feats);
    }

    /// What the dependent features of token `i` read from `tags`.
    pub fn context(&self, i: usize, tags: Prefix) -> Context {
        let p1 = if i > 0 { tags.get(i - 1) } else { 255 };
        let p2 = if i > 1 { tags.get(i - 2) } else { 255 };
        let mut history = None;
        if self.info[i].caps.is_capitalized() {
            // The document's history before this sentence, plus this
            // sequence's own tags for the word earlier in the sentence.
            history = self.known[i];
            let mut j = self.earlier[i];
            for _ in 0..SENTENCE_HISTORY {
                if j == 0 {
                    break;
                }
                let e = history.get_or_insert([0; 5]);
                let ty = tag_type(tags.get(j - 1)) as usize;
                e[ty] = e[ty].saturating_add(1);
                j = self.earlier[j - 1];
            }
        }
        Context { p1, p2, history }
    }

    /// Appends to `feats` the dependent features of token `i` in `context`.
    pub fn context_features(&self, i: usize, context: &Context, feats: &mut Vec<u32>) {
        let from = feats.len();
        pair_features(context.p1, context.p2, feats);
        self.tag_word_features(i, context.p1, feats);
        if let Some(h) = &context.history {
            history_features(h, self.evidence.modes[self.sentence], &self.info[i], feats);
        }
        add_copies(feats, from, self.copies);
    }

    /// The dependent features of token `i` that read the previous tag and
    /// the token (no copies).
    fn tag_word_features(&self, i: usize, p1: u8, feats: &mut Vec<u32>) {
        let t = &self.info[i];
        let p1 = p1 as u64;
        if self.set != FeatureSet::Words {
            feats.push(key(features::T_P1_D, p1 ^ features::descriptor(t).rotate_left(8)));
        } else {
            feats.push(key(features::T_P1_L, p1 ^ t.lower.rotate_left(8)));
        }
        feats.push(key(features::T_P1_S, p1 ^ t.shape.rotate_left(8)));
    }

    /// Records the current sentence's chosen tags in the history.
    pub fn finish(&mut self, tags: &[u8]) {
        for (t, &tag) in self.info.iter().zip(tags) {
            if t.caps.is_capitalized() {
                let e = self.history.entry(t.lower).or_insert([0; 5]);
                let ty = tag_type(tag) as usize;
                e[ty] = e[ty].saturating_add(1);
            }
        }
    }
}

/// The tags before a token along one sequence: a committed part shared by
/// every sequence, then the sequence's own.
#[derive(Clone, Copy)]
pub struct Prefix<'a> {
    pub committed: &'a [u8],
    pub own: &'a [u8],
}

impl Prefix<'_> {
    /// The whole sequence `tags`.
    pub fn of(tags: &[u8]) -> Prefix<'_> {
        Prefix { committed: &[], own: tags }
    }

    /// The tag of token `j`.
    pub fn get(&self, j: usize) -> u8 {
        match j.checked_sub(self.committed.len()) {
            Some(k) => self.own[k],
            None => self.committed[j],
        }
    }
}

/// The sequences a sentence's beam holds, best first. Past [`WINDOW`] tokens
/// the best sequence is committed and the beam starts again from it, so that
/// copying a sequence costs at most `WINDOW` bytes however long the sentence
/// (the English data's longest sentence has 413 tokens: the window never cuts
/// one). The sequences' own tags are rows of one buffer ([`WINDOW`] bytes
/// apart, all as long): at each step a sequence that keeps its place gains
/// a tag, the others are copied; no allocation per sequence or per token once
/// the buffers have grown.
pub struct Beam<S: Score> {
    pub committed: Vec<u8>,
    scores: Vec<S>,
    /// Sequence `h`'s own tags: `tags[h * WINDOW..h * WINDOW + len]` (a
    /// row of [`WINDOW`] bytes each, so that a sequence that stays in its
    /// place only gains a tag: no copy).
    tags: Vec<u8>,
    len: usize,
    /// The next step's best candidates so far: (score, sequence, tag).
    top: Vec<(S, usize, u8)>,
    spare: Vec<u8>,
}

/// See [`Beam`].
const WINDOW: usize = 512;

impl<S: Score> Default for Beam<S> {
    fn default() -> Beam<S> {
        Beam {
            committed: Vec::new(),
            scores: vec![S::ZERO],
            tags: Vec::new(),
            len: 0,
            top: Vec::new(),
            spare: Vec::new(),
        }
    }
}

impl<S: Score> Beam<S> {
    /// Empties the beam for a new sentence, keeping its buffers.
    pub fn clear(&mut self) {
        self.committed.clear();
        self.scores.clear();
        self.scores.push(S::ZERO);
        self.len = 0;
    }

    /// Sequence `h`'s own tags (after the committed ones).
    fn own(&self, h: usize) -> &[u8] {
        &self.tags[h * WINDOW..h * WINDOW + self.len]
    }

    /// The tags of sequence `h`.
    pub fn prefix(&self, h: usize) -> Prefix<'_> {
        Prefix { committed: &self.committed, own: self.own(h) }
    }

    /// The best sequence's tags, whole.
    pub fn best(&self) -> Vec<u8> {
        let mut tags = self.committed.clone();
        tags.extend_from_slice(self.own(0));
        tags
    }

    /// Is `gold` (as long as the sequences) one of them?
    pub fn holds(&self, gold: &[u8]) -> bool {
        let n = self.committed.len();
        gold.get(..n) == Some(&self.committed[..]) && (0..self.scores.len()).any(|h| gold.get(n..) == Some(self.own(h)))
    }

    /// One step at token `i`: every allowed tag after every sequence, scored
    /// by `base` (the token's tag-independent scores) plus `dependent(tags so
    /// far)`; the `width` best are kept, best first (ties: the earlier
    /// sequence, then the lower tag, as the greedy walk's first maximum).
    pub fn step<F: FnMut(Prefix) -> [S; N_TAGS]>(
        &mut self,
        i: usize,
        base: &[S; N_TAGS],
        width: usize,
        mut dependent: F,
    ) {
        if self.len >= WINDOW {
            self.committed.extend_from_slice(&self.tags[..self.len]);
            self.scores.truncate(1);
            self.len = 0;
        }
        let width = width.max(1);
        // A running top `width`, filled in candidate order (sequence, then
        // tag): a candidate goes before the first kept one it beats strictly,
        // which is where a sort by (score desc, sequence, tag) would put it.
        self.top.clear();
        // The lowest kept score once the top is full: a candidate must beat it.
        let mut floor: Option<S> = None;
        for h in 0..self.scores.len() {
            let prefix = self.prefix(h);
            let d = dependent(prefix);
            let prev = if i > 0 { prefix.get(i - 1) } else { 0 };
            let own = self.scores[h];
            for &tag in allowed_list(prev) {
                let score = own + base[tag as usize] + d[tag as usize];
                // A full top that it does not beat (its last is its lowest): out.
                if floor.is_some_and(|f| score.order(&f) != Ordering::Greater) {
                    continue;
                }
                let at = self.top.iter().position(|c| score.order(&c.0) == Ordering::Greater).unwrap_or(self.top.len());
                if self.top.len() == width {
                    self.top.pop();
                }
                // In place of `insert` (a call to move the tail): at most
                // `width` - 1 swaps.
                self.top.push((score, h, tag));
                for j in (at + 1..self.top.len()).rev() {
                    self.top.swap(j - 1, j);
                }
                if self.top.len() == width {
                    floor = Some(self.top[width - 1].0);
                }
            }
        }
        // Sequence `k` of the next step is sequence `top[k].1` and a tag: a
        // sequence that keeps its place gets its tag; the others' rows are
        // copied (from `spare`, filled before any row changes).
        if self.tags.len() < self.top.len() * WINDOW {
            self.tags.resize(self.top.len() * WINDOW, 0);
        }
        let len = self.len;
        self.spare.clear();
        for (k, &(_, h, _)) in self.top.iter().enumerate() {
            if h != k {
                self.spare.extend_from_slice(&self.tags[h * WINDOW..h * WINDOW + len]);
            }
        }
        let mut from = 0;
        self.scores.clear();
        for (k, &(score, h, tag)) in self.top.iter().enumerate() {
            let row = &mut self.tags[k * WINDOW..k * WINDOW + len + 1];
            if h != k {
                row[..len].copy_from_slice(&self.spare[from..from + len]);
                from += len;
            }
            row[len] = tag;
            self.scores.push(score);
        }
        self.len += 1;
    }
}

/// The tags that may follow `prev` ([`features::allowed_after`]), in increasing order:
/// `O` and every `B-X`, and after `B-X` or `I-X` also `I-X`.
fn allowed_list(prev: u8) -> &'static [u8] {
    const NONE: &[u8] = &[0, 1, 3, 5, 7];
    const BY_PREV: [&[u8]; N_TAGS + 1] = [
        NONE,
        &[0, 1, 2, 3, 5, 7],
        &[0, 1, 2, 3, 5, 7],
        &[0, 1, 3, 4, 5, 7],
        &[0, 1, 3, 4, 5, 7],
        &[0, 1, 3, 5, 6, 7],
        &[0, 1, 3, 5, 6, 7],
        &[0, 1, 3, 5, 7, 8],
        &[0, 1, 3, 5, 7, 8],
        NONE,
    ];
    BY_PREV[tag_slot(prev)]
}

/// Sums of a model's weights over lists of features, and the sums that
/// recur in a document: of each word's own features ([`Which::Word`]), of
/// each capitalised word's context aggregation, and of the features of the
/// previous two tags. The weights are integers: however a token's features
/// are grouped, their sum is the same.
struct Scorer<'m> {
    model: &'m Model,
    /// By the word's number in the infos' cache (as many words as it
    /// keeps, 40 bytes each): the sums of its own features at its usual place.
    words: Vec<Option<[i32; N_TAGS]>>,
    /// By word, the place of its context aggregation's sums in `aggregated`
    /// (a map of the same type as [`DocState`]'s `last`: no more hash-map code).
    contexts: IdMap<u64, usize>,
    aggregated: Vec<[i32; N_TAGS]>,
    /// The features of the previous tag and of the previous two (`T_P1`,
    /// `T_P12`, with copies) for each pair, by [`tag_slot`]; filled on first
    /// use (pair `[a][b]` when bit `b` of `pairs_set[a]` is set: read in
    /// place, no option to copy).
    pairs: [[[i32; N_TAGS]; 10]; 10],
    pairs_set: [u16; 10],
    feats: Vec<u32>,
    /// By word number, the sums of the features that read the word from
    /// 3 and 2 places after it and 2 and 3 places before ([`features::FAR`]).
    far: Vec<Option<[[i16; N_TAGS]; 4]>>,
    /// The same past the sentence's ends, by offset.
    far_edge: [Option<[i32; N_TAGS]>; 4],
    /// By pair of word numbers ([`bigram_key`]; [`EDGE`] for the sentence's
    /// start or end), the place in `bigram_sums` of the sums of the
    /// features of the second word that read the first and of the first that
    /// read the second ([`features::bigram_features`]); at most
    /// [`BIGRAM_CACHE`] pairs. The same map holds the (word, previous tag)
    /// places ([`tag_word_key`]): one copy of its code in wasm.
    places: IdMap<u64, usize>,
    bigram_sums: Vec<[[i16; N_TAGS]; 2]>,
    /// The current sentence's sums of [`Which::Rest`], token by token.
    rest: Vec<[i32; N_TAGS]>,
    right: Vec<u32>,
    /// By (word number, previous tag) ([`bigram_key`]), the place in
    /// `tag_word_sums` of the sums of the features that read both
    /// ([`DocState::tag_word_features`]); at most [`BIGRAM_CACHE`] of them,
    /// in `places` ([`tag_word_key`]).
    tag_word_sums: Vec<[i32; N_TAGS]>,
}

/// The word number of the sentence's start or end in a pair's key.
const EDGE: u32 = UNNUMBERED - 1;

/// Pairs of words whose sums [`Scorer`] keeps (≈ 60 bytes each); past the
/// bound, new pairs are summed each time.
const BIGRAM_CACHE: usize = 1 << 16;

/// A bijection of two word numbers onto well-spread 64-bit keys (the map's
/// hasher takes the key as its hash): the splitmix64 finaliser.
fn bigram_key(a: u32, b: u32) -> u64 {
    let mut z = (a as u64) << 32 | b as u64;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The key of (word number, previous tag) in [`Scorer`]'s `places`: the
/// second number is 2³¹ + the tag, which a pair's never is (word numbers
/// stay below [`INFO_CACHE_WORDS`], [`EDGE`] is 2³² − 2).
fn tag_word_key(number: u32, p1: u8) -> u64 {
    bigram_key(number, 1 << 31 | p1 as u32)
}

/// A part's sums as 16-bit numbers: a part has at most 8 features (16 with
/// copies) of weights from −128 to 127, so the sums fit exactly.
#[inline(never)]
fn narrow(s: [i32; N_TAGS]) -> [i16; N_TAGS] {
    s.map(|x| x as i16)
}

/// `a += b`, tag by tag. Inlined: its three calls are ≈ 930 k a megabyte of text, where a call
/// cost about as much as the nine additions.
#[inline(always)]
fn add16(a: &mut [i32; N_TAGS], b: &[i16; N_TAGS]) {
    for (x, &y) in a.iter_mut().zip(b) {
        *x += y as i32;
    }
}

impl<'m> Scorer<'m> {
    fn new(model: &'m Model) -> Self {
        Scorer {
            model,
            words: Vec::new(),
            contexts: IdMap::default(),
            aggregated: Vec::new(),
            pairs: [[[0; N_TAGS]; 10]; 10],
            pairs_set: [0; 10],
            feats: Vec::with_capacity(64),
            far: Vec::new(),
            far_edge: [None; 4],
            places: IdMap::default(),
            bigram_sums: Vec::new(),
            rest: Vec::new(),
            right: Vec::new(),
            tag_word_sums: Vec::new(),
        }
    }

    /// The sums of the features `list` appends (with copies), those of
    /// word number `number` after tag `p1`.
    fn tag_word(&mut self, number: u32, p1: u8, copies: u64, list: impl FnOnce(&mut Vec<u32>)) -> [i32; N_TAGS] {
        let k = tag_word_key(number, p1);
        let kept = number != UNNUMBERED;
        if kept {
            if let Some(at) = self.place(k) {
                return self.tag_word_sums[at];
            }
        }
        let s = self.sum(list, copies);
        if kept && self.tag_word_sums.len() < BIGRAM_CACHE {
            self.keep(k, self.tag_word_sums.len());
            self.tag_word_sums.push(s);
        }
        s
    }

    /// Fills `rest` with the sums of [`Which::Rest`] of a sentence's tokens
    /// (`info`, their word numbers `numbers`; a [`FeatureSet::Words`]
    /// model), from the sums of its pairs of words and of each word's
    /// features as a far neighbour, kept across the document.
    fn rest(&mut self, info: &[TokenInfo], numbers: &[u32], copies: u64) {
        let n = info.len();
        self.rest.clear();
        self.rest.resize(n, [0; N_TAGS]);
        for b in 0..=n {
            let a = b.checked_sub(1);
            let na = a.map_or(EDGE, |a| numbers[a]);
            let nb = numbers.get(b).copied().unwrap_or(EDGE);
            let [left, right] = self.bigram(a.map(|a| &info[a]), info.get(b), na, nb, copies);
            if b < n {
                add16(&mut self.rest[b], &left);
            }
            if let Some(a) = a {
                add16(&mut self.rest[a], &right);
            }
        }
        // Token `i` reads token `i + FAR[k]` as its `k`th far neighbour:
        // each token's four sums are read once and added to the tokens that
        // read it; past the sentence's ends, the edge's sums (integers: the
        // order of the additions does not matter).
        for x in 0..n {
            let s = self.far(&info[x], numbers[x], copies);
            for (k, &j) in features::FAR.iter().enumerate() {
                if let Some(i) = x.checked_add_signed(-j).filter(|&i| i < n) {
                    add16(&mut self.rest[i], &s[k]);
                }
            }
        }
        for i in (0..n).filter(|&i| i < 3 || i + 3 >= n) {
            for (k, &j) in features::FAR.iter().enumerate() {
                if i.checked_add_signed(j).is_some_and(|x| x < n) {
                    continue;
                }
                let s = match self.far_edge[k] {
                    Some(s) => s,
                    None => {
                        let s = self.sum(|f| features::far_features(None, j, f), copies);
                        self.far_edge[k] = Some(s);
                        s
                    }
                };
                add(&mut self.rest[i], &s);
            }
        }
    }

    /// The sums of [`features::bigram_features`] of `a` and `b` (numbers
    /// `na` and `nb`): of `b`'s, of `a`'s.
    fn bigram(
        &mut self,
        a: Option<&TokenInfo>,
        b: Option<&TokenInfo>,
        na: u32,
        nb: u32,
        copies: u64,
    ) -> [[i16; N_TAGS]; 2] {
        let kept = na != UNNUMBERED && nb != UNNUMBERED;
        let k = bigram_key(na, nb);
        if kept {
            if let Some(at) = self.place(k) {
                return self.bigram_sums[at];
            }
        }
        let mut right = std::mem::take(&mut self.right);
        right.clear();
        let left = self.sum(|f| features::bigram_features(a, b, f, &mut right), copies);
        add_copies(&mut right, 0, copies);
        let sums = [narrow(left), narrow(self.model.scores(&right))];
        self.right = right;
        if kept && self.bigram_sums.len() < BIGRAM_CACHE {
            self.keep(k, self.bigram_sums.len());
            self.bigram_sums.push(sums);
        }
        sums
    }

    /// The sums of [`features::far_features`] of `x` (number `number`) at
    /// each of the [`features::FAR`] offsets.
    fn far(&mut self, x: &TokenInfo, number: u32, copies: u64) -> [[i16; N_TAGS]; 4] {
        let at = number as usize;
        if let Some(Some(s)) = self.far.get(at) {
            return *s;
        }
        let mut s = [[0; N_TAGS]; 4];
        for (m, &j) in features::FAR.iter().enumerate() {
            s[m] = narrow(self.sum(|f| features::far_features(Some(x), j, f), copies));
        }
        if number != UNNUMBERED {
            if self.far.len() <= at {
                self.far.resize(at + 1, None);
            }
            self.far[at] = Some(s);
        }
        s
    }

    /// The scores of the features `list` appends, with their copies.
    fn sum(&mut self, list: impl FnOnce(&mut Vec<u32>), copies: u64) -> [i32; N_TAGS] {
        self.feats.clear();
        list(&mut self.feats);
        self.scores_of_feats(copies)
    }

    /// The place kept for key `k` in `places`.
    #[inline(never)]
    fn place(&self, k: u64) -> Option<usize> {
        self.places.get(&k).copied()
    }

    /// Keeps place `at` for key `k` in `places` (out of line: one copy of the map's insertion).
    #[inline(never)]
    fn keep(&mut self, k: u64, at: usize) {
        self.places.insert(k, at);
    }

    /// The scores of `feats` with their copies: one copy of the summing code
    /// for every list [`Scorer::sum`] is given (wasm bytes).
    #[inline(never)]
    fn scores_of_feats(&mut self, copies: u64) -> [i32; N_TAGS] {
        add_copies(&mut self.feats, 0, copies);
        self.model.scores(&self.feats)
    }

    /// The scores of [`pair_features`]`(p1, p2)` with copies.
    fn pair(&mut self, p1: u8, p2: u8, copies: u64) -> &[i32; N_TAGS] {
        let (a, b) = (tag_slot(p1), tag_slot(p2));
        if self.pairs_set[a] & 1 << b == 0 {
            self.pairs[a][b] = self.sum(|f| pair_features(p1, p2, f), copies);
            self.pairs_set[a] |= 1 << b;
        }
        &self.pairs[a][b]
    }
}

/// A tag (0 to 8) or 255 (none) as an index from 0 to 9.
fn tag_slot(tag: u8) -> usize {
    (tag as usize).min(N_TAGS)
}

/// `a += b`, tag by tag.
fn add(a: &mut [i32; N_TAGS], b: &[i32; N_TAGS]) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += y;
    }
}

/// Tags the sentences of one document with a beam of `width` sequences.
pub fn tag_document(model: &Model, language: Language, sents: &[Vec<&str>], width: usize) -> Vec<Vec<u8>> {
    let mut state = DocState::new(sents, model.classes(language), model.copies_salt(language), model.feature_set());
    let copies = state.copies;
    let mut scorer = Scorer::new(model);
    // The pairs of words and (word, previous tag) kept: at most one new pair
    // per token (and per sentence end), fewer as words recur; room made once
    // instead of the map's growing by doubling.
    let tokens: usize = sents.iter().map(|s| s.len() + 1).sum();
    scorer.places.reserve(tokens.min(BIGRAM_CACHE));
    let mut base: Vec<[i32; N_TAGS]> = Vec::new();
    // Sequences that agree on what the dependent features read (the previous
    // two tags, the word's history) share their scores: one sum each. Within
    // a token, the features of the previous tag and the token are summed once
    // per previous tag (`by_p1`, by [`tag_slot`]; those whose bit is set in
    // `by_p1_set`, emptied at each token without writing ten options).
    let mut by_p1 = [[0i32; N_TAGS]; 10];
    let mut seen: Vec<(Context, [i32; N_TAGS])> = Vec::with_capacity(width);
    let mut beam = Beam::<i32>::default();
    let mut out = Vec::with_capacity(sents.len());
    for (s, words) in sents.iter().enumerate() {
        state.start_scores(s, words, &mut scorer, &mut base);
        beam.clear();
        for (i, base) in base.iter().enumerate() {
            seen.clear();
            let mut by_p1_set = 0u16;
            let capitalized = state.info[i].caps.is_capitalized();
            beam.step(i, base, width, |tags| {
                // A word that is not capitalised has no history: its
                // dependent scores are the previous tags' two parts, no
                // context to build or to look for among those seen.
                let context = if capitalized {
                    let context = state.context(i, tags);
                    if let Some((_, d)) = seen.iter().find(|(c, _)| *c == context) {
                        return *d;
                    }
                    context
                } else {
                    let p1 = if i > 0 { tags.get(i - 1) } else { 255 };
                    let p2 = if i > 1 { tags.get(i - 2) } else { 255 };
                    Context { p1, p2, history: None }
                };
                let a = tag_slot(context.p1);
                if by_p1_set & 1 << a == 0 {
                    by_p1[a] = scorer
                        .tag_word(state.numbers[i], context.p1, copies, |f| state.tag_word_features(i, context.p1, f));
                    by_p1_set |= 1 << a;
                }
                let mut d = by_p1[a];
                add(&mut d, scorer.pair(context.p1, context.p2, copies));
                if !capitalized {
                    return d;
                }
                if let Some(h) = &context.history {
                    let mode = state.evidence.modes[state.sentence];
                    add(&mut d, &scorer.sum(|f| history_features(h, mode, &state.info[i], f), copies));
                }
                seen.push((context, d));
                d
            });
        }
        let tags = beam.best();
        state.finish(&tags);
        out.push(tags);
    }
    out
}

/// The dependent features that read only the previous two tags (255: none).
fn pair_features(p1: u8, p2: u8, feats: &mut Vec<u32>) {
    let (p1, p2) = (p1 as u64, p2 as u64);
    feats.push(key(features::T_P1, p1));
    feats.push(key(features::T_P12, p1 << 8 | p2));
}

/// The extended prediction history's two features (the greedy walk's too).
pub(super) fn history_features(h: &[u16; 5], mode: u8, t: &TokenInfo, feats: &mut Vec<u32>) {
    let mut best = 0usize;
    let mut seen = 0u64;
    for (ty, &c) in h.iter().enumerate() {
        if c > 0 {
            seen |= 1 << ty;
        }
        if c > h[best] {
            best = ty;
        }
    }
    feats.push(key(features::T_HIST, seen));
    feats.push(key(features::T_HIST_CAPS, (best as u64) << 8 | (mode as u64) << 4 | t.caps as u64));
}

/// With per-language copies, every feature from `from` on gets its copy.
fn add_copies(feats: &mut Vec<u32>, from: usize, copies: u64) {
    if copies != 0 {
        let n = feats.len();
        for k in from..n {
            feats.push(key(copies, feats[k] as u64));
        }
    }
}

#[cfg(all(test, feature = "model"))]
mod tests {
    use super::*;
    use crate::entities::features::{allowed, allowed_after};
    use crate::entities::model::BEAM_WIDTH;

    const TEXT: &[&str] = &[
        "CoreWeave signed a $ 12 billion deal with Microsoft , Jensen Huang said on Monday .",
        "Microsoft and OpenAI shares rose in New York while CoreWeave fell .",
        "SONY AND NETFLIX SIGN DEAL IN TOKYO",
        "\" We are pleased , \" said Sam Altman of OpenAI , who met Huang in San Francisco .",
        "Nvidia 's chips power CoreWeave , Microsoft and the World Health Organization 's models .",
    ];

    fn sentences() -> Vec<Vec<&'static str>> {
        TEXT.iter().map(|s| s.split(' ').collect()).collect()
    }

    #[test]
    fn width_one_is_the_greedy_walk() {
        let mut model = (*Model::embedded()).clone();
        model.set_beam(1);
        let sents = sentences();
        let greedy = model.tag_document(Language::En, &sents);
        assert_eq!(tag_document(&model, Language::En, &sents, 1), greedy);
        assert!(greedy.iter().flatten().any(|&t| t != 0), "the model tags names");
    }

    /// The tagger as the trainer sees it: lists of features per token and per
    /// context, summed by the model each time.
    fn tag_by_features(model: &Model, sents: &[Vec<&str>], width: usize) -> Vec<Vec<u8>> {
        let language = Language::En;
        let mut state = DocState::new(sents, model.classes(language), model.copies_salt(language), model.feature_set());
        let mut feats = Vec::new();
        let mut beam = Beam::<i64>::default();
        let mut out = Vec::new();
        for (s, words) in sents.iter().enumerate() {
            state.start(s, words);
            beam.clear();
            for i in 0..state.info.len() {
                let base = model.scores(state.base(i)).map(i64::from);
                beam.step(i, &base, width, |tags| {
                    feats.clear();
                    state.dependent(i, tags, &mut feats);
                    model.scores(&feats).map(i64::from)
                });
            }
            let tags = beam.best();
            state.finish(&tags);
            out.push(tags);
        }
        out
    }

    #[test]
    fn summed_once_is_summed_each_time() {
        // The tagger's sums of recurring parts (a word's own features, its
        // context aggregation, the previous tags') give the trainer's sums.
        let model = Model::embedded();
        let mut sents = sentences();
        let words: Vec<&str> =
            std::iter::repeat_n(["Veltron", "and", "Microsoft", "Corp", "said", "."], 40).flatten().collect();
        sents.push(words);
        for width in [1, 2, 4, 8] {
            assert_eq!(
                tag_document(&model, Language::En, &sents, width),
                tag_by_features(&model, &sents, width),
                "width {width}"
            );
        }
    }

    #[test]
    fn allowed_lists_are_allowed_after() {
        for prev in 0..=u8::MAX {
            let bits = allowed_list(prev).iter().fold(0u16, |b, &t| b | 1 << t);
            assert_eq!(bits, allowed_after(prev), "{prev}");
            assert!(allowed_list(prev).windows(2).all(|w| w[0] < w[1]), "{prev}");
        }
    }

    #[test]
    fn beams_keep_bio() {
        let model = Model::embedded();
        let sents = sentences();
        for width in [2, 4, 8] {
            let tags = tag_document(&model, Language::En, &sents, width);
            assert_eq!(tags.iter().map(Vec::len).collect::<Vec<_>>(), sents.iter().map(Vec::len).collect::<Vec<_>>());
            for s in &tags {
                let mut prev = 0;
                for &t in s {
                    assert!(allowed(prev, t), "width {width}: {s:?}");
                    prev = t;
                }
            }
        }
    }

    #[test]
    fn endless_sentences_stay_linear() {
        // One repeated name and past the window: every token still gets a
        // BIO-consistent tag, in linear time.
        let model = Model::embedded();
        let words: Vec<&str> =
            std::iter::repeat_n(["Veltron", "and", "Microsoft", "Corp", "."], 1000).flatten().collect();
        let tags = tag_document(&model, Language::En, std::slice::from_ref(&words), BEAM_WIDTH);
        assert_eq!(tags[0].len(), words.len());
        assert!(tags[0].windows(2).all(|w| allowed(w[0], w[1])));
        assert!(tags[0].iter().any(|&t| t != 0));
    }

    #[test]
    fn empty_documents_and_sentences() {
        let model = Model::embedded();
        assert!(tag_document(&model, Language::En, &[], 4).is_empty());
        assert_eq!(tag_document(&model, Language::En, &[vec![]], 4), vec![Vec::<u8>::new()]);
    }
}
