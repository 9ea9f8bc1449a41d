//! Spans of the analysis → DOM ranges → CSS highlights (or, opt-in, `<mark>`s).
//!
//! Every call into the page's JS goes through a catching binding (Reflect,
//! Function.call): a throwing getter or a patched prototype becomes an error,
//! never an exception unwinding wasm frames.

use super::dom::{walk, Walk};
use super::text_map::Piece;
use crate::analyzer::{Analysis, Analyzer};
use crate::entities::EntityType;
use crate::error::Error;
use crate::span::{Span, Utf16Map};
use js_sys::{Array, Function, Object, Reflect};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Range, Text};

/// Prefix of every highlight name and of the `data-nutshell` marks.
const PREFIX: &str = "nutshell-";

/// One thing to mark: a summary sentence or an entity mention.
struct Target {
    name: String,
    kind: &'static str,
    entity_type: Option<EntityType>,
    /// The sentence's index in the summary, or the entity's in `analysis.entities`.
    index: usize,
    span: Span,
}

/// The highlight name of an entity type: `nutshell-person`, `nutshell-org`…
fn entity_name(t: EntityType) -> String {
    format!("{PREFIX}{}", t.as_str().to_ascii_lowercase())
}

fn js_err(e: JsValue) -> JsError {
    let message = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "a DOM call failed".into());
    JsError::new(&format!("highlight: {message}"))
}

fn set(object: &Object, key: &str, value: &JsValue) -> Result<(), JsError> {
    Reflect::set(object, &key.into(), value).map_err(js_err)?;
    Ok(())
}

/// Calls `object[method](...args)`, catching what it throws.
fn call(object: &JsValue, method: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = Reflect::get(object, &method.into())?.dyn_into()?;
    match args {
        [] => f.call0(object),
        [a] => f.call1(object, a),
        [a, b] => f.call2(object, a, b),
        _ => Err("too many arguments".into()),
    }
}

/// `CSS.highlights`, when the browser has the Custom Highlight API.
fn registry() -> Option<JsValue> {
    let css = Reflect::get(&js_sys::global(), &"CSS".into()).ok().filter(JsValue::is_object)?;
    let registry = Reflect::get(&css, &"highlights".into()).ok().filter(JsValue::is_object)?;
    let class = Reflect::get(&js_sys::global(), &"Highlight".into()).ok()?;
    class.is_function().then_some(registry)
}

/// Analyzes the text under `root` and marks the summary sentences and the
/// mentions of `entity_types` (codes such as `PERSON`, any case). Returns
/// `{ text, analysis, mode, highlights: [{ name, kind, type, index, start,
/// end, text, ranges }], marks }`; offsets are UTF-16 units of `text`.
/// `to_js` turns the analysis into its JS object (the bindings' one conversion,
/// shared with `analyze()` rather than compiled twice).
pub fn highlight(
    analyzer: &Analyzer,
    root: &JsValue,
    entity_types: &[String],
    mark: bool,
    to_js: impl Fn(&str, Analysis) -> Result<JsValue, JsError>,
) -> Result<JsValue, JsError> {
    let root: &Element = root.dyn_ref().ok_or_else(|| {
        JsError::from(Error::invalid_option(
            "element",
            "must be a DOM Element (e.g. document.querySelector('article'))",
        ))
    })?;
    let types = entity_types
        .iter()
        .map(|code| {
            EntityType::from_code(&code.to_ascii_uppercase())
                .ok_or_else(|| Error::invalid_option("options.mentions", format!("unknown entity type {code:?}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let document = root.owner_document().ok_or_else(|| JsError::new("highlight: the element has no document"))?;

    let Walk { map, nodes } = walk(root);
    let text = map.text();
    let analysis = analyzer.analyze(text)?;
    let utf16 = Utf16Map::new(text);
    let targets = targets(&analysis, &types);

    let registry = registry();
    let mode = match (&registry, mark) {
        (Some(_), _) => "highlight",
        (None, true) => "mark",
        (None, false) => "none",
    };
    // Each target's pieces: the runs of its span that one DOM range covers.
    let pieces: Vec<Vec<Piece>> = targets
        .iter()
        .map(|t| {
            let s = utf16.span(t.span);
            map.pieces(s.start, s.end)
        })
        .collect();
    let marks = Array::new();
    // Mark mode: wrap everything first, then make the ranges (moving a text
    // node into a mark would collapse a range that already ends inside it).
    let mut ends: Vec<Vec<Option<(Text, Text)>>> = Vec::new();
    if mode == "mark" {
        let segments = split(&nodes, &pieces).map_err(js_err)?;
        for (target, pieces) in targets.iter().zip(&pieces) {
            let mut these = Vec::with_capacity(pieces.len());
            for piece in pieces {
                let covered = segments.covering(piece);
                for segment in &covered {
                    marks.push(wrap(&document, segment, &target.name).map_err(js_err)?.as_ref());
                }
                these.push(covered.first().cloned().zip(covered.last().cloned()));
            }
            ends.push(these);
        }
    }

    let highlights = Array::new();
    let mut by_name: BTreeMap<&str, Vec<Range>> = BTreeMap::new();
    for (t, (target, pieces)) in targets.iter().zip(&pieces).enumerate() {
        let ranges = Array::new();
        for (p, piece) in pieces.iter().enumerate() {
            let range = document.create_range().map_err(js_err)?;
            if mode == "mark" {
                let Some((first, last)) = &ends[t][p] else { continue };
                range.set_start(first, 0).map_err(js_err)?;
                range.set_end(last, last.length()).map_err(js_err)?;
            } else {
                range.set_start(&nodes[piece.start.node as usize], piece.start.offset).map_err(js_err)?;
                range.set_end(&nodes[piece.last.node as usize], piece.last.offset + 1).map_err(js_err)?;
            }
            ranges.push(&range);
            by_name.entry(target.name.as_str()).or_default().push(range);
        }
        let s = utf16.span(target.span);
        let item = Object::new();
        set(&item, "name", &target.name.as_str().into())?;
        set(&item, "kind", &target.kind.into())?;
        set(&item, "type", &target.entity_type.map_or(JsValue::NULL, |t| t.as_str().into()))?;
        set(&item, "index", &(target.index as f64).into())?;
        set(&item, "start", &(s.start as f64).into())?;
        set(&item, "end", &(s.end as f64).into())?;
        set(&item, "text", &target.span.slice(text).into())?;
        set(&item, "ranges", &ranges)?;
        highlights.push(&item);
    }
    if let Some(registry) = &registry {
        for (name, ranges) in &by_name {
            register(registry, name, ranges).map_err(js_err)?;
        }
    }

    let analysis = to_js(text, analysis)?;
    let result = Object::new();
    set(&result, "text", &text.into())?;
    set(&result, "analysis", &analysis)?;
    set(&result, "mode", &mode.into())?;
    set(&result, "highlights", &highlights)?;
    set(&result, "marks", &marks)?;
    Ok(result.into())
}

/// The summary sentences, then every mention of each wanted entity type.
fn targets(analysis: &Analysis, types: &[EntityType]) -> Vec<Target> {
    let summary = analysis.summary.iter().enumerate().map(|(index, s)| Target {
        name: format!("{PREFIX}summary"),
        kind: "summary",
        entity_type: None,
        index,
        span: s.span.span(),
    });
    let mentions =
        analysis.entities.iter().enumerate().filter(|(_, e)| types.contains(&e.kind)).flat_map(|(index, e)| {
            e.mentions.iter().map(move |&span| Target {
                name: entity_name(e.kind),
                kind: "entity",
                entity_type: Some(e.kind),
                index,
                span,
            })
        });
    summary.chain(mentions).collect()
}

/// Adds `ranges` to the highlight `name` (made and registered if absent).
/// Entities get priority 1, so they paint over the summary they sit in.
fn register(registry: &JsValue, name: &str, ranges: &[Range]) -> Result<(), JsValue> {
    let mut highlight = call(registry, "get", &[&name.into()])?;
    if !highlight.is_object() {
        let class: Function = Reflect::get(&js_sys::global(), &"Highlight".into())?.dyn_into()?;
        highlight = Reflect::construct(&class, &Array::new())?;
        let priority = if name == "nutshell-summary" { 0 } else { 1 };
        Reflect::set(&highlight, &"priority".into(), &priority.into())?;
        call(registry, "set", &[&name.into(), &highlight])?;
    }
    for range in ranges {
        call(&highlight, "add", &[range])?;
    }
    Ok(())
}

/// The text nodes after splitting each at every piece boundary: per walked
/// node, its segments with their start offsets in the original node.
struct Segments(Vec<Vec<(u32, Text)>>);

impl Segments {
    /// The segments a piece covers, in document order.
    fn covering(&self, piece: &Piece) -> Vec<Text> {
        let (first, last) = (piece.start.node as usize, piece.last.node as usize);
        let (start, end) = (piece.start.offset, piece.last.offset + 1);
        let mut out = Vec::new();
        for node in first..=last {
            for (at, segment) in &self.0[node] {
                let after_start = node > first || *at >= start;
                let before_end = node < last || *at < end;
                if after_start && before_end && segment.length() > 0 {
                    out.push(segment.clone());
                }
            }
        }
        out
    }
}

fn split(nodes: &[Text], pieces: &[Vec<Piece>]) -> Result<Segments, JsValue> {
    let mut cuts: Vec<Vec<u32>> = vec![Vec::new(); nodes.len()];
    for p in pieces.iter().flatten() {
        cuts[p.start.node as usize].push(p.start.offset);
        cuts[p.last.node as usize].push(p.last.offset + 1);
    }
    let mut segments = Vec::with_capacity(nodes.len());
    for (node, mut at) in nodes.iter().zip(cuts) {
        let length = node.length();
        at.retain(|&o| o > 0 && o < length);
        at.sort_unstable();
        at.dedup();
        // From the end, so the earlier offsets stay valid in `node`.
        let mut pieces = Vec::with_capacity(at.len() + 1);
        for &o in at.iter().rev() {
            pieces.push((o, node.split_text(o)?));
        }
        pieces.push((0, node.clone()));
        pieces.reverse();
        segments.push(pieces);
    }
    Ok(Segments(segments))
}

/// Wraps one text node in `<mark data-nutshell="name">`.
fn wrap(document: &Document, text: &Text, name: &str) -> Result<Element, JsValue> {
    let mark = document.create_element("mark")?;
    mark.set_attribute("data-nutshell", name)?;
    let parent = text.parent_node().ok_or("a text node left the page")?;
    parent.insert_before(&mark, Some(text))?;
    mark.append_child(text)?;
    Ok(mark)
}

/// Removes highlights: with `result` (what `highlight` returned) only its
/// ranges and marks, else every `nutshell-*` highlight and mark of the page.
pub fn remove(result: &JsValue) -> Result<(), JsError> {
    remove_inner(result).map_err(js_err)
}

fn remove_inner(result: &JsValue) -> Result<(), JsValue> {
    let registry = registry();
    if result.is_undefined() || result.is_null() {
        if let Some(registry) = &registry {
            let keys: Array = Array::from(&call(registry, "keys", &[])?);
            for name in keys.iter() {
                if name.as_string().is_some_and(|n| n.starts_with(PREFIX)) {
                    call(registry, "delete", &[&name])?;
                }
            }
        }
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            let marks = document.query_selector_all("mark[data-nutshell]")?;
            unwrap_all((0..marks.length()).filter_map(|i| marks.item(i)))?;
        }
        return Ok(());
    }
    let highlights = Array::from(&Reflect::get(result, &"highlights".into())?);
    if let Some(registry) = &registry {
        for item in highlights.iter() {
            let name = Reflect::get(&item, &"name".into())?;
            let highlight = call(registry, "get", &[&name])?;
            if !highlight.is_object() {
                continue;
            }
            for range in Array::from(&Reflect::get(&item, &"ranges".into())?).iter() {
                call(&highlight, "delete", &[&range])?;
            }
            if Reflect::get(&highlight, &"size".into())?.as_f64() == Some(0.0) {
                call(registry, "delete", &[&name])?;
            }
        }
    }
    let marks = Array::from(&Reflect::get(result, &"marks".into())?);
    unwrap_all(marks.iter().filter_map(|m| m.dyn_into::<Node>().ok()))
}

/// Puts each mark's children back in its place, then merges the split text nodes again.
fn unwrap_all(marks: impl Iterator<Item = Node>) -> Result<(), JsValue> {
    let mut parents: Vec<Node> = Vec::new();
    for mark in marks {
        let Some(parent) = mark.parent_node() else { continue };
        while let Some(child) = mark.first_child() {
            parent.insert_before(&child, Some(&mark))?;
        }
        parent.remove_child(&mark)?;
        parents.push(parent);
    }
    for parent in parents {
        parent.normalize();
    }
    Ok(())
}
