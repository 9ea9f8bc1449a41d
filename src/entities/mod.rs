//! Entities: Document → mentions → entities.
//!
//! People, organisations, places and other names (the CoNLL-2003 types) come
//! from a learned tagger ([`model`]); money, percentages, dates, times,
//! quantities, e-mail addresses and URLs from a small grammar ([`rules`]);
//! [`resolve`] then merges the mentions of one entity across the document.
//! Boilerplate sentences (`Leave a Reply`, `/Article`) are never tagged, and a
//! Title Case headline only keeps names the article body confirms.
//!
//! Without the cargo feature `entities` (the page's first module) the rules,
//! resolution and the tokenizer are compiled out, [`entities_with`] finds
//! nothing and [`Model::from_bytes`] refuses every model: the tagger's code
//! stays, unreachable, and the linker drops it.

#[cfg(feature = "train")]
pub mod clusters;
pub mod decode;
pub mod features;
pub mod model;
#[cfg(feature = "entities")]
pub mod resolve;
#[cfg(feature = "entities")]
pub mod rules;
#[cfg(feature = "entities")]
pub mod tokens;
#[cfg(feature = "train")]
pub mod train;
pub mod types;

pub use model::Model;
pub use types::{EntityGroup, EntitySource, EntityType, EntityTypeInfo, ENTITY_TYPES};

use crate::document::Document;
use crate::language::Language;
use crate::span::{Offsets, Span, TextSpan};
#[cfg(feature = "entities")]
use crate::text::layout::Role;
use serde::Serialize;

#[cfg(feature = "entities")]
impl EntityType {
    fn from_tag_type(t: u8) -> Option<EntityType> {
        match t {
            1 => Some(EntityType::Person),
            2 => Some(EntityType::Org),
            3 => Some(EntityType::Location),
            4 => Some(EntityType::Misc),
            _ => None,
        }
    }
}

/// One occurrence of an entity: `text == input[start..end]` (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The words of the mention and their offsets.
    #[serde(flatten)]
    pub span: TextSpan,
    #[serde(rename = "type")]
    pub kind: EntityType,
}

impl Mention {
    pub fn new(text: &str, kind: EntityType, span: Span) -> Mention {
        Mention { span: TextSpan::new(text, span), kind }
    }
}

impl Offsets for Mention {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.span.map_offsets(f);
    }
}

/// One entity of the document: its mentions merged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// The canonical name: the fullest, most frequent spelling.
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Number of mentions.
    pub count: usize,
    /// The spans of its mentions, in text order.
    pub mentions: Vec<Span>,
}

/// Everything the entity analysis finds in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Entities {
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// The resolved entities, most mentioned first.
    pub entities: Vec<Entity>,
}

impl Offsets for Entities {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.mentions.map_offsets(f);
        self.entities.map_offsets(f);
    }
}

impl Offsets for Entity {
    fn map_offsets(&mut self, f: &dyn Fn(usize) -> usize) {
        self.mentions.map_offsets(f);
    }
}

/// A sentence as the tagger sees it.
#[cfg(feature = "entities")]
pub(crate) struct TaggedSentence {
    pub role: Role,
    pub paragraph: usize,
    pub tokens: Vec<Span>,
    pub tags: Vec<u8>,
}

/// The entities of a document: names from `model`, the model for the
/// document's language (none when no model tags it: the tagger then does no
/// work at all), and what the rules find.
#[cfg(feature = "entities")]
pub fn entities_with(doc: &Document, model: Option<&Model>) -> Entities {
    let text = doc.text();
    let mut sentences: Vec<TaggedSentence> = Vec::new();
    // Paragraphs numbered by counting the sentences that open one: the same
    // sentences share a number as with the text's own numbering.
    let mut paragraph = 0usize;
    // One buffer for the tokens, copied at their count: no growth per sentence.
    let mut toks = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        if i > 0 && s.new_paragraph {
            paragraph += 1;
        }
        if s.role == Role::Boilerplate {
            continue;
        }
        toks.clear();
        tokens::tokenize(text, doc.content(i), &mut toks);
        if !toks.is_empty() {
            sentences.push(TaggedSentence { role: s.role, paragraph, tokens: toks.to_vec(), tags: Vec::new() });
        }
    }
    if let Some(model) = model {
        let words: Vec<Vec<&str>> =
            sentences.iter().map(|s| s.tokens.iter().map(|t| t.slice(text)).collect()).collect();
        for (s, t) in sentences.iter_mut().zip(model.tag_document(doc.language, &words)) {
            s.tags = t;
        }
    }
    resolve_tagged(text, &sentences, doc.language, model)
}

/// The names of tagged sentences, the rules' mentions and document-level
/// resolution: what [`entities_with`] and [`tag_conll_resolved`] share.
#[cfg(feature = "entities")]
fn resolve_tagged(text: &str, sentences: &[TaggedSentence], language: Language, model: Option<&Model>) -> Entities {
    let mut names: Vec<resolve::Name> = Vec::new();
    let mut found: Vec<Mention> = Vec::new();
    for (k, s) in sentences.iter().enumerate() {
        for (ty, mut first, end) in chunks(&s.tags) {
            // `l'Insee`: an elision the model tagged with the name is not part of it.
            while first < end && tokens::is_elision(s.tokens[first].slice(text)) {
                first += 1;
            }
            if first == end {
                continue;
            }
            if let Some(kind) = EntityType::from_tag_type(ty) {
                names.push(resolve::Name { sentence: k, first, end, kind });
            }
        }
    }
    // The rules read whole paragraphs: a sentence split inside `Nov. 28`
    // must not cut the date.
    let rule_words = rules::profile_for(language);
    let mut run: Vec<Span> = Vec::new();
    for (k, s) in sentences.iter().enumerate() {
        run.extend_from_slice(&s.tokens);
        if sentences.get(k + 1).is_none_or(|n| n.paragraph != s.paragraph) {
            rules::find(text, &run, rule_words, &mut found);
            run.clear();
        }
    }
    let words = resolve::Words {
        classes: model.map(|m| m.classes(language)),
        english: language == Language::En,
        lists: Some(&language.profile().entities),
    };
    resolve::resolve(text, sentences, names, found, model.is_some(), words)
}

/// Without the cargo feature `entities`: nothing (the analyzer reports
/// `entities` as unsupported for every language and never calls this).
#[cfg(not(feature = "entities"))]
pub fn entities_with(_doc: &Document, _model: Option<&Model>) -> Entities {
    Entities::default()
}

/// Entity chunks (type 1..=4, first token, end token) of a BIO tag sequence.
#[cfg(feature = "entities")]
pub(crate) fn chunks(tags: &[u8]) -> Vec<(u8, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let ty = features::tag_type(tags[i]);
        if ty == 0 {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < tags.len() && features::is_inside(tags[i]) && features::tag_type(tags[i]) == ty {
            i += 1;
        }
        out.push((ty, start, i));
    }
    out
}

/// CoNLL tagging through the whole analysis, as a reader's text gets it: the
/// document's tokens joined by spaces and its sentences by line breaks, tagged
/// by `model`, then the rules and document-level resolution (joined pieces,
/// one type per name, names found once found everywhere); the resolved names
/// come back as BIO tags of the given tokens (PER/ORG/LOC/MISC; a token a name
/// covers only in part is tagged with it). `nutshell tag --conll --resolved`.
#[cfg(feature = "entities")]
pub fn tag_conll_resolved(model: &Model, language: Language, sentences: &[Vec<&str>]) -> Vec<Vec<&'static str>> {
    let mut text = String::new();
    let mut tagged: Vec<TaggedSentence> = Vec::with_capacity(sentences.len());
    for (k, s) in sentences.iter().enumerate() {
        let mut tokens = Vec::with_capacity(s.len());
        for (i, t) in s.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            tokens.push(Span::new(text.len(), text.len() + t.len()));
            text.push_str(t);
        }
        text.push('\n');
        tagged.push(TaggedSentence { role: Role::Body, paragraph: k, tokens, tags: Vec::new() });
    }
    for (s, t) in tagged.iter_mut().zip(model.tag_document(language, sentences)) {
        s.tags = t;
    }
    let found = resolve_tagged(&text, &tagged, language, Some(model));
    // Every token in text order: (span, sentence, index).
    let flat: Vec<(Span, usize, usize)> = tagged
        .iter()
        .enumerate()
        .flat_map(|(k, s)| s.tokens.iter().enumerate().map(move |(i, t)| (*t, k, i)))
        .collect();
    let mut out: Vec<Vec<&'static str>> = sentences.iter().map(|s| vec!["O"; s.len()]).collect();
    for m in &found.mentions {
        let b = match m.kind {
            EntityType::Person => 1,
            EntityType::Org => 3,
            EntityType::Location => 5,
            EntityType::Misc => 7,
            _ => continue,
        };
        let from = flat.partition_point(|(t, _, _)| t.end <= m.span.start);
        let mut first = true;
        for &(_, k, i) in flat[from..].iter().take_while(|(t, _, _)| t.start < m.span.end) {
            out[k][i] = features::TAGS[if first { b } else { b + 1 }];
            first = false;
        }
    }
    out
}

/// Without the cargo feature `entities` (no rules, no resolution compiled in):
/// the model's tags, as [`tag_conll`].
#[cfg(not(feature = "entities"))]
pub fn tag_conll_resolved(model: &Model, language: Language, sentences: &[Vec<&str>]) -> Vec<Vec<&'static str>> {
    tag_conll(model, language, sentences)
}

/// CoNLL tagging by the model alone (no rules, no resolution): the tokens of
/// one document's sentences in, BIO tags with PER/ORG/LOC/MISC out (one per
/// token). `nutshell tag --conll` and the training tool score models this way.
pub fn tag_conll(model: &Model, language: Language, sentences: &[Vec<&str>]) -> Vec<Vec<&'static str>> {
    model
        .tag_document(language, sentences)
        .into_iter()
        .map(|s| s.into_iter().map(|t| features::TAGS[t as usize]).collect())
        .collect()
}
