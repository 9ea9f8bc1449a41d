//! Resolution (in progress).
use super::{Entities, Mention, TaggedSentence};

pub(crate) fn resolve(
    _text: &str,
    _s: &[TaggedSentence],
    names: Vec<(Mention, usize)>,
    found: Vec<Mention>,
) -> Entities {
    let mut mentions: Vec<Mention> = names.into_iter().map(|m| m.0).chain(found).collect();
    mentions.sort_by_key(|m| m.start);
    Entities { mentions, entities: Vec::new() }
}
