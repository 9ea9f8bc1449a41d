//! Training the tagger (behind the `train` feature): an averaged perceptron
//! trained online on CoNLL-2003 documents, decoding greedily with its own
//! predictions as history (as at tagging time), shuffled with a fixed seed so
//! that the same data always gives the same model.

use super::decode::{Beam, DocState, Prefix};
use super::features::{tag_index, tag_type, N_TAGS, TAGS};
use super::features::{TokenInfo, WordClasses};
use super::model::{best_allowed, language_salt, walk_dropout, FeatureSet, IdMap, Model};
use crate::language::Language;

/// One document of a CoNLL file: sentences of (token, tag number).
#[derive(Debug, Clone)]
pub struct Doc {
    pub words: Vec<Vec<String>>,
    pub tags: Vec<Vec<u8>>,
    /// The language of the text.
    pub language: Language,
    /// Whether its annotators marked MISC names (Europeana and BTC did not:
    /// a MISC guess where they wrote `O` is then no error to learn from).
    pub misc: bool,
}

impl Default for Doc {
    fn default() -> Doc {
        Doc { words: Vec::new(), tags: Vec::new(), language: Language::En, misc: true }
    }
}

impl Doc {
    pub fn sentences(&self) -> Vec<Vec<&str>> {
        self.words.iter().map(|s| s.iter().map(String::as_str).collect()).collect()
    }
}

/// Reads a CoNLL file (token first, tag last; IOB1 or IOB2) into documents.
pub fn read_conll(text: &str) -> Vec<Doc> {
    let mut docs: Vec<Doc> = Vec::new();
    let mut doc = Doc::default();
    let mut words: Vec<String> = Vec::new();
    let mut tags: Vec<u8> = Vec::new();
    let flush_sentence = |doc: &mut Doc, words: &mut Vec<String>, tags: &mut Vec<u8>| {
        if !words.is_empty() {
            doc.words.push(std::mem::take(words));
            doc.tags.push(std::mem::take(tags));
        }
    };
    for line in text.lines() {
        let line = line.trim_end();
        if line.starts_with("-DOCSTART-") {
            flush_sentence(&mut doc, &mut words, &mut tags);
            if !doc.words.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            continue;
        }
        if line.is_empty() {
            flush_sentence(&mut doc, &mut words, &mut tags);
            continue;
        }
        let mut cols = line.split_whitespace();
        let word = cols.next().unwrap_or("");
        let tag = cols.next_back().unwrap_or("O");
        let mut t = tag_index(tag);
        // IOB1: an I- tag that does not continue a chunk of its type starts one.
        if t != 0 && t % 2 == 0 {
            let prev = tags.last().copied().unwrap_or(0);
            if prev == 0 || tag_type(prev) != tag_type(t) {
                t -= 1;
            }
        }
        words.push(word.to_string());
        tags.push(t);
    }
    flush_sentence(&mut doc, &mut words, &mut tags);
    if !doc.words.is_empty() {
        docs.push(doc);
    }
    docs
}

use super::chunks;

/// Entity-level precision, recall and F1 (micro, and per type 1..=4).
pub fn score(gold: &[Doc], pred: &[Vec<Vec<u8>>]) -> [(f64, f64, f64); 5] {
    score_types(gold, pred, &[true; 5])
}

/// [`score`] counting only the types marked in `keep` (index 1..=4 = PER,
/// ORG, LOC, MISC); the others are read as `O` on both sides, as
/// `ner_eval.py --types` does for sources that never mark them.
pub fn score_types(gold: &[Doc], pred: &[Vec<Vec<u8>>], keep: &[bool; 5]) -> [(f64, f64, f64); 5] {
    let mut tp = [0usize; 5];
    let mut np = [0usize; 5];
    let mut ng = [0usize; 5];
    let masked = |tags: &[u8]| -> Vec<u8> {
        let mut out: Vec<u8> = tags.iter().map(|&t| if keep[tag_type(t) as usize] { t } else { 0 }).collect();
        // An I- tag left without its B- opens a chunk (conlleval).
        for i in 0..out.len() {
            if out[i] != 0 && out[i] % 2 == 0 && (i == 0 || tag_type(out[i - 1]) != tag_type(out[i])) {
                out[i] -= 1;
            }
        }
        out
    };
    for (d, p) in gold.iter().zip(pred) {
        for (g, p) in d.tags.iter().zip(p) {
            let gc = chunks(&masked(g));
            let pc = chunks(&masked(p));
            for c in &gc {
                ng[0] += 1;
                ng[c.0 as usize] += 1;
            }
            for c in &pc {
                np[0] += 1;
                np[c.0 as usize] += 1;
                if gc.contains(c) {
                    tp[0] += 1;
                    tp[c.0 as usize] += 1;
                }
            }
        }
    }
    let mut out = [(0.0, 0.0, 0.0); 5];
    for k in 0..5 {
        let p = if np[k] > 0 { tp[k] as f64 / np[k] as f64 } else { 0.0 };
        let r = if ng[k] > 0 { tp[k] as f64 / ng[k] as f64 } else { 0.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        out[k] = (100.0 * p, 100.0 * r, 100.0 * f);
    }
    out
}

/// The averaged perceptron's state.
pub struct Trainer {
    /// Word dropout: per mille of capitalised words whose identity is hidden.
    pub dropout: u64,
    /// Where a source never marks MISC, a MISC guess over its `O` is no error.
    pub partial_misc: bool,
    /// Every feature also has a copy per language (see `model::walk_dropout`).
    pub copies: bool,
    /// Which features the model reads (see `model::FeatureSet`).
    pub features: FeatureSet,
    /// The word classes of each language the features read (shipped in the
    /// model for the languages it tags).
    pub classes: Vec<(Language, WordClasses)>,
    rng: Rng,
    index: IdMap<u32, u32>,
    w: Vec<[f32; N_TAGS]>,
    u: Vec<[f32; N_TAGS]>,
    c: f32,
}

impl Default for Trainer {
    fn default() -> Self {
        Self::new()
    }
}

impl Trainer {
    pub fn new() -> Trainer {
        Trainer {
            dropout: 0,
            partial_misc: false,
            copies: false,
            features: FeatureSet::Words,
            classes: Vec::new(),
            rng: Rng::new(12345),
            index: IdMap::default(),
            w: Vec::new(),
            u: Vec::new(),
            c: 1.0,
        }
    }

    fn scores(&self, feats: &[u32]) -> [f32; N_TAGS] {
        let mut s = [0f32; N_TAGS];
        for f in feats {
            if let Some(&ix) = self.index.get(f) {
                let w = &self.w[ix as usize];
                for t in 0..N_TAGS {
                    s[t] += w[t];
                }
            }
        }
        s
    }

    fn update(&mut self, feats: &[u32], tag: u8, delta: f32) {
        for &f in feats {
            let next = self.w.len() as u32;
            let ix = *self.index.entry(f).or_insert(next) as usize;
            if ix == self.w.len() {
                self.w.push([0.0; N_TAGS]);
                self.u.push([0.0; N_TAGS]);
            }
            self.w[ix][tag as usize] += delta;
            self.u[ix][tag as usize] += self.c * delta;
        }
    }

    /// One pass over the documents in the given order; each document's
    /// updates are scaled by its weight (the weight of its source).
    pub fn epoch(&mut self, docs: &[(&Doc, f32)], order: &[usize]) -> usize {
        let mut errors = 0;
        for &d in order {
            let (doc, weight) = docs[d];
            let sents = doc.sentences();
            let rate = self.dropout;
            let mut rng = std::mem::replace(&mut self.rng, Rng::new(1));
            let drop = |t: &TokenInfo| rate > 0 && t.caps.is_capitalized() && rng.next_u64() % 1000 < rate;
            let partial = self.partial_misc;
            let all = std::mem::take(&mut self.classes);
            let empty = WordClasses::default();
            let classes = all.iter().find(|(l, _)| *l == doc.language).map_or(&empty, |(_, c)| c);
            let copies = if self.copies { language_salt(doc.language) } else { 0 };
            walk_dropout(&sents, classes, copies, self.features, drop, |s, i, feats, prev| {
                let scores = self.scores(feats);
                let guess = best_allowed(&scores, prev);
                let mut gold = doc.tags[s][i];
                // After a wrong previous tag, the best continuation of an
                // entity is to start it.
                if !super::features::allowed(prev, gold) {
                    gold -= 1;
                }
                // Where MISC was never marked, a MISC guess over an `O` may be right.
                let unmarked = partial && !doc.misc && gold == 0 && tag_type(guess) == 4;
                if guess != gold && !unmarked {
                    errors += 1;
                    self.update(feats, gold, weight);
                    self.update(feats, guess, -weight);
                }
                self.c += 1.0;
                guess
            });
            self.classes = all;
            self.rng = rng;
        }
        errors
    }

    /// One pass as a structured perceptron (Collins and Roark's early
    /// update): each sentence is decoded with a beam of `width` sequences;
    /// when the gold sequence falls out of the beam, or is not the best at
    /// the end, the weights move towards the gold prefix and away from the
    /// best one. The rest of the sentence is still decoded (without updates)
    /// so that the document's history holds the trainer's own predictions, as
    /// at tagging time. Returns the number of updates.
    pub fn epoch_beam(&mut self, docs: &[(&Doc, f32)], order: &[usize], width: usize) -> usize {
        let mut errors = 0;
        let mut feats: Vec<u32> = Vec::new();
        for &d in order {
            let (doc, weight) = docs[d];
            let sents = doc.sentences();
            let all = std::mem::take(&mut self.classes);
            let empty = WordClasses::default();
            let classes = all.iter().find(|(l, _)| *l == doc.language).map_or(&empty, |(_, c)| c);
            let copies = if self.copies { language_salt(doc.language) } else { 0 };
            let mut state = DocState::new(&sents, classes, copies, self.features);
            let to_f64 = |s: [f32; N_TAGS]| s.map(|x| x as f64);
            for (s, words) in sents.iter().enumerate() {
                state.start(s, words);
                let gold = &doc.tags[s];
                let mut beam = Beam::default();
                let mut updated = false;
                for i in 0..state.info.len() {
                    let base = to_f64(self.scores(state.base(i)));
                    beam.step(i, &base, width, |tags| {
                        feats.clear();
                        state.dependent(i, tags, &mut feats);
                        to_f64(self.scores(&feats))
                    });
                    self.c += 1.0;
                    let last = i + 1 == state.info.len();
                    if !updated && (!beam.holds(&gold[..=i]) || (last && beam.best()[..] != gold[..])) {
                        updated = true;
                        errors += 1;
                        let guess = beam.best();
                        // Tokens before the first difference have the same features.
                        let first = (0..=i).find(|&j| guess[j] != gold[j]).unwrap_or(i + 1);
                        for j in first..=i {
                            // Where both give token j the same tag, its base
                            // features cancel: only the dependent ones move.
                            let same = guess[j] == gold[j];
                            for (tags, delta) in [(&gold[..], weight), (&guess[..], -weight)] {
                                feats.clear();
                                if !same {
                                    feats.extend_from_slice(state.base(j));
                                }
                                state.dependent(j, Prefix::of(tags), &mut feats);
                                self.update(&feats, tags[j], delta);
                            }
                        }
                    }
                }
                state.finish(&beam.best());
            }
            self.classes = all;
        }
        errors
    }

    /// The averaged weights.
    pub fn averaged(&self) -> Vec<(u32, [f32; N_TAGS])> {
        let mut out: Vec<(u32, [f32; N_TAGS])> = self
            .index
            .iter()
            .map(|(&k, &ix)| {
                let (w, u) = (&self.w[ix as usize], &self.u[ix as usize]);
                (k, std::array::from_fn(|t| w[t] - u[t] / self.c))
            })
            .collect();
        out.sort_by_key(|r| r.0);
        out
    }
}

/// Quantizes averaged weights to i8 and drops those under `min_q` steps;
/// returns the model file's bytes (`flags`: see [`Model::write`]).
pub fn quantize(
    avg: &[(u32, [f32; N_TAGS])],
    min_q: i32,
    languages: &[(Language, &WordClasses)],
    flags: u8,
) -> Vec<u8> {
    let mut mags: Vec<f32> = avg.iter().flat_map(|(_, w)| w.iter().map(|x| x.abs())).filter(|x| *x > 0.0).collect();
    mags.sort_by(|a, b| a.total_cmp(b));
    let top = mags.get(mags.len().saturating_sub(1 + mags.len() / 10_000)).copied().unwrap_or(1.0).max(1e-6);
    let scale = top / 127.0;
    let records: Vec<(u32, [i8; N_TAGS])> = avg
        .iter()
        .map(|(k, w)| {
            let mut q = [0i8; N_TAGS];
            for t in 0..N_TAGS {
                let v = (w[t] / scale).round().clamp(-127.0, 127.0) as i32;
                q[t] = if v.abs() >= min_q { v as i8 } else { 0 };
            }
            (*k, q)
        })
        .collect();
    Model::write(&records, scale, languages, flags)
}

/// A small deterministic generator for shuffling.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Tags every document with `model`.
pub fn tag_all(model: &Model, docs: &[Doc]) -> Vec<Vec<Vec<u8>>> {
    docs.iter().map(|d| model.tag_document(d.language, &d.sentences())).collect()
}

pub fn tag_name(t: u8) -> &'static str {
    TAGS[t as usize]
}

// ---------------------------------------------------------------------------
// The data and its split into fit / tune / test parts.
// ---------------------------------------------------------------------------

/// The three parts of every source: `Fit` trains the weights, `Tune` chooses
/// everything else (epochs, pruning, domain weights, which features stay),
/// `Test` is read once at the end to report what the tuning did not see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Fit,
    Tune,
    Test,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Fit, Part::Tune, Part::Test];

    pub fn name(self) -> &'static str {
        match self {
            Part::Fit => "fit",
            Part::Tune => "tune",
            Part::Test => "test",
        }
    }
}

/// How one file of a source is divided.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// The whole file goes to one part.
    All(Part),
    /// Documents (`-DOCSTART-`) alternate tune, test, tune, test…
    AlternateDocs,
    /// No documents in the file: blocks of this many consecutive sentences
    /// alternate tune, test… (neighbouring posts or paragraphs stay together).
    AlternateBlocks(usize),
    /// One part per document, in file order.
    PerDoc(&'static [Part]),
    /// Blocks of this many consecutive sentences of a document, each block
    /// one document, go to the parts in turn (the turn runs on across
    /// documents).
    Rotate(usize, &'static [Part]),
}

/// One source of labelled text in `../shared/data/ner`.
#[derive(Debug)]
pub struct Source {
    /// Short name used in reports and in `--weights`.
    pub name: &'static str,
    /// ISO 639-1 code of its language.
    pub language: &'static str,
    /// The entity types its annotators marked (BTC has no MISC).
    pub types: &'static [&'static str],
    /// Whether its files mark documents with `-DOCSTART-` or its rule cuts
    /// them into documents (otherwise a file, or a part, is one document);
    /// its parts are written with `-DOCSTART-` lines then.
    pub has_docs: bool,
    /// Edited text, where lower case means a common word (not social media,
    /// where `google` and `twitter` are names): only these feed the lexicon.
    pub edited: bool,
    files: &'static [(&'static str, Rule)],
}

const ALL_TYPES: &[&str] = &["PER", "ORG", "LOC", "MISC"];
const NO_MISC: &[&str] = &["PER", "ORG", "LOC"];
const BLOCK: usize = 25;
/// Three blocks of every five fit, one tunes, one tests.
const THREE_ONE_ONE: &[Part] = &[Part::Fit, Part::Fit, Part::Fit, Part::Tune, Part::Test];

/// Every English source and how it is split. Decided before any experiment
/// (docs/entities.md, "Data and splits"); the test parts are read once.
pub const SOURCES: &[Source] = &[
    // Newswire. CoNLL dev chose the old model's epochs, so it is split by
    // document: even documents tune, odd documents test.
    Source {
        name: "conll",
        language: "en",
        edited: true,
        types: ALL_TYPES,
        has_docs: true,
        files: &[("conll2003/train.txt", Rule::All(Part::Fit)), ("conll2003/dev.txt", Rule::AlternateDocs)],
    },
    // Social media posts (no documents): dev in alternating blocks.
    Source {
        name: "wnut",
        language: "en",
        edited: false,
        types: ALL_TYPES,
        has_docs: false,
        files: &[("wnut17/train.txt", Rule::All(Part::Fit)), ("wnut17/dev.txt", Rule::AlternateBlocks(BLOCK))],
    },
    // Broad Twitter Corpus sections a, b, e, f, g (one document each):
    // e tunes, f (the stratified sample, the broadest) is the test.
    Source {
        name: "btc",
        language: "en",
        edited: false,
        types: &["PER", "ORG", "LOC"],
        has_docs: true,
        files: &[("btc/train.txt", Rule::PerDoc(&[Part::Fit, Part::Fit, Part::Tune, Part::Test, Part::Fit]))],
    },
    // SEC filings, five documents: the second tunes, the fifth is the test.
    Source {
        name: "sec",
        language: "en",
        edited: true,
        types: ALL_TYPES,
        has_docs: true,
        files: &[("sec/train.txt", Rule::PerDoc(&[Part::Fit, Part::Tune, Part::Fit, Part::Fit, Part::Test]))],
    },
    // CrossNER's Wikipedia domains: train fits, dev alternates in blocks.
    Source {
        name: "politics",
        language: "en",
        edited: true,
        types: ALL_TYPES,
        has_docs: false,
        files: &[
            ("crossner/politics-train.txt", Rule::All(Part::Fit)),
            ("crossner/politics-dev.txt", Rule::AlternateBlocks(BLOCK)),
        ],
    },
    Source {
        name: "science",
        language: "en",
        edited: true,
        types: ALL_TYPES,
        has_docs: false,
        files: &[
            ("crossner/science-train.txt", Rule::All(Part::Fit)),
            ("crossner/science-dev.txt", Rule::AlternateBlocks(BLOCK)),
        ],
    },
    Source {
        name: "music",
        language: "en",
        edited: true,
        types: ALL_TYPES,
        has_docs: false,
        files: &[
            ("crossner/music-train.txt", Rule::All(Part::Fit)),
            ("crossner/music-dev.txt", Rule::AlternateBlocks(BLOCK)),
        ],
    },
    Source {
        name: "literature",
        language: "en",
        edited: true,
        types: ALL_TYPES,
        has_docs: false,
        files: &[
            ("crossner/literature-train.txt", Rule::All(Part::Fit)),
            ("crossner/literature-dev.txt", Rule::AlternateBlocks(BLOCK)),
        ],
    },
    Source {
        name: "ai",
        language: "en",
        edited: true,
        types: ALL_TYPES,
        has_docs: false,
        files: &[
            ("crossner/ai-train.txt", Rule::All(Part::Fit)),
            ("crossner/ai-dev.txt", Rule::AlternateBlocks(BLOCK)),
        ],
    },
];

/// The sources in other languages (issue 13). None has a split of its own,
/// so each is cut into documents that go three of every five to fit, one to
/// tune, one to test. Europeana is historic newspaper OCR (noisy, no MISC),
/// whose long pages become documents of 25 consecutive sentences; GermEval
/// (modern news and Wikipedia) samples its sentences one by one from
/// different articles, so each sentence is a document.
pub const OTHER_SOURCES: &[Source] = &[
    Source {
        name: "germeval",
        language: "de",
        edited: true,
        types: ALL_TYPES,
        has_docs: true,
        files: &[("germeval2014/dev.txt", Rule::Rotate(1, THREE_ONE_ONE))],
    },
    Source {
        name: "europeana-de",
        language: "de",
        edited: true,
        types: NO_MISC,
        has_docs: true,
        files: &[("europeana/de.txt", Rule::Rotate(BLOCK, THREE_ONE_ONE))],
    },
    Source {
        name: "europeana-fr",
        language: "fr",
        edited: true,
        types: NO_MISC,
        has_docs: true,
        files: &[("europeana/fr.txt", Rule::Rotate(BLOCK, THREE_ONE_ONE))],
    },
    Source {
        name: "europeana-nl",
        language: "nl",
        edited: true,
        types: NO_MISC,
        has_docs: true,
        files: &[("europeana/nl.txt", Rule::Rotate(BLOCK, THREE_ONE_ONE))],
    },
];

/// Every source, English first.
pub fn all_sources() -> impl Iterator<Item = &'static Source> {
    SOURCES.iter().chain(OTHER_SOURCES)
}

impl Source {
    /// The language of its text.
    pub fn language(&self) -> Language {
        Language::from_code(self.language).unwrap_or(Language::En)
    }
}

/// A source's documents, split.
#[derive(Debug)]
pub struct Corpus {
    pub source: &'static Source,
    pub fit: Vec<Doc>,
    pub tune: Vec<Doc>,
    pub test: Vec<Doc>,
}

impl Corpus {
    pub fn part(&self, p: Part) -> &[Doc] {
        match p {
            Part::Fit => &self.fit,
            Part::Tune => &self.tune,
            Part::Test => &self.test,
        }
    }

    fn part_mut(&mut self, p: Part) -> &mut Vec<Doc> {
        match p {
            Part::Fit => &mut self.fit,
            Part::Tune => &mut self.tune,
            Part::Test => &mut self.test,
        }
    }
}

/// Reads every source under `dir` (`../shared/data/ner`) whose name `want`
/// accepts, and splits it.
pub fn load_sources(dir: &std::path::Path, want: impl Fn(&Source) -> bool) -> Result<Vec<Corpus>, String> {
    let mut out = Vec::new();
    for source in all_sources().filter(|s| want(s)) {
        let mut corpus = Corpus { source, fit: Vec::new(), tune: Vec::new(), test: Vec::new() };
        for (file, rule) in source.files {
            let path = dir.join(file);
            let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            for (part, mut doc) in
                split_file(read_conll(&text), *rule, source.has_docs).map_err(|e| format!("{}: {e}", path.display()))?
            {
                doc.language = source.language();
                doc.misc = source.types.contains(&"MISC");
                corpus.part_mut(part).push(doc);
            }
        }
        out.push(corpus);
    }
    Ok(out)
}

/// Divides one file's documents by `rule`. A file without documents is
/// read as one document; its blocks become one document per part again,
/// so that a part is tagged as the whole file would be.
fn split_file(docs: Vec<Doc>, rule: Rule, has_docs: bool) -> Result<Vec<(Part, Doc)>, String> {
    match rule {
        Rule::All(p) => Ok(docs.into_iter().map(|d| (p, d)).collect()),
        Rule::AlternateDocs => Ok(docs
            .into_iter()
            .enumerate()
            .map(|(i, d)| (if i % 2 == 0 { Part::Tune } else { Part::Test }, d))
            .collect()),
        Rule::PerDoc(parts) => {
            if docs.len() != parts.len() {
                return Err(format!("expected {} documents, found {}", parts.len(), docs.len()));
            }
            Ok(parts.iter().copied().zip(docs).collect())
        }
        Rule::AlternateBlocks(n) => {
            if has_docs {
                return Err("blocks are for files without documents".into());
            }
            let mut tune = Doc::default();
            let mut test = Doc::default();
            let sentences = docs.into_iter().flat_map(|d| d.words.into_iter().zip(d.tags));
            for (i, (w, t)) in sentences.enumerate() {
                let d = if (i / n) % 2 == 0 { &mut tune } else { &mut test };
                d.words.push(w);
                d.tags.push(t);
            }
            Ok(vec![(Part::Tune, tune), (Part::Test, test)])
        }
        Rule::Rotate(n, parts) => {
            let mut out = Vec::new();
            let mut block = 0usize;
            for d in docs {
                let (mut words, mut tags) = (d.words.into_iter(), d.tags.into_iter());
                loop {
                    let w: Vec<Vec<String>> = words.by_ref().take(n).collect();
                    if w.is_empty() {
                        break;
                    }
                    let t: Vec<Vec<u8>> = tags.by_ref().take(n).collect();
                    out.push((parts[block % parts.len()], Doc { words: w, tags: t, ..Doc::default() }));
                    block += 1;
                }
            }
            Ok(out)
        }
    }
}

/// Writes documents as a 2-column CoNLL file (`token TAG`, BIO), with
/// `-DOCSTART-` lines when the source has documents.
pub fn write_conll(docs: &[Doc], has_docs: bool) -> String {
    let mut out = String::new();
    for d in docs {
        if has_docs {
            out.push_str("-DOCSTART- O\n\n");
        }
        for (w, t) in d.words.iter().zip(&d.tags) {
            for (w, t) in w.iter().zip(t) {
                out.push_str(w);
                out.push(' ');
                out.push_str(TAGS[*t as usize]);
                out.push('\n');
            }
            out.push('\n');
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Word classes: name lists and the common-word lexicon.
// ---------------------------------------------------------------------------

/// The romanized and localized names of a `*-by-country.csv` gazetteer
/// (`../shared/data/gazetteers`, CC0), lower-cased, one word each (multi-word
/// entries give each of their words).
pub fn read_names(csv: &str) -> Vec<String> {
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split(',').collect();
    let cols: Vec<usize> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| matches!(h.trim(), "Localized Name" | "Romanized Name"))
        .map(|(i, _)| i)
        .collect();
    let mut out = Vec::new();
    for line in lines {
        let fields: Vec<&str> = line.split(',').collect();
        for &c in &cols {
            for w in fields.get(c).unwrap_or(&"").split_whitespace() {
                // Names in a cased script only: the feature is about capitalised tokens.
                if w.chars().count() >= 2 && w.chars().next().is_some_and(char::is_uppercase) {
                    out.push(w.to_lowercase());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The tagger's tokens of a text (`tokens::tokenize`), as slices of it. The
/// text is cut after every `. ` first: the tokenizer peels a period off a
/// word only at a sentence's end (inside one it ends an abbreviation), and
/// unlabelled text comes without sentences.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut spans = Vec::new();
    let mut start = 0;
    let ends = text.match_indices(". ").map(|(i, _)| i + 1).chain([text.len()]);
    for end in ends {
        super::tokens::tokenize(text, crate::span::Span::new(start, end), &mut spans);
        start = end;
    }
    spans.iter().map(|sp| sp.slice(text)).collect()
}

/// Words written in lower case at least `min` times in the given documents
/// (not at a sentence start) and raw texts: the "is this a common word" lexicon.
pub fn lowercase_lexicon(docs: &[&Doc], texts: &[String], min: usize) -> Vec<String> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let count = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_uppercase);
    let mut spans = Vec::new();
    for d in docs {
        for s in &d.words {
            for w in s.iter().skip(1) {
                if count(w) {
                    *counts.entry(w.as_str()).or_insert(0) += 1;
                }
            }
        }
    }
    for text in texts {
        spans.clear();
        super::tokens::tokenize(text, crate::span::Span::new(0, text.len()), &mut spans);
        for sp in &spans {
            let w = sp.slice(text);
            if count(w) {
                *counts.entry(w).or_insert(0) += 1;
            }
        }
    }
    let mut out: Vec<String> = counts.into_iter().filter(|(_, c)| *c >= min).map(|(w, _)| w.to_string()).collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unlabelled_text_loses_its_sentences_periods_not_its_abbreviations() {
        let text = "the accident happened in the u.s. on monday. mr. smith said it's over. done.";
        let want = [
            "the", "accident", "happened", "in", "the", "u.s.", "on", "monday", ".", "mr.", "smith", "said", "it",
            "'s", "over", ".", "done", ".",
        ];
        assert_eq!(tokens(text), want);
    }
}
