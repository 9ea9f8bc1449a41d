//! The walk over the page: text nodes under an element, in document order,
//! skipping what the reader does not read as the article's text.

use super::text_map::TextMap;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Text, Window};

/// Subtrees whose text is not prose: code, styles, templates, form fields,
/// embedded documents and graphics.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "textarea", "input", "select", "option", "button", "iframe", "object",
    "embed", "canvas", "svg", "math", "audio", "video", "head", "title",
];

/// Block-level elements, for when there is no window to ask for computed styles.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "body",
    "html",
];

/// The walked text and the text nodes its map indexes.
pub struct Walk {
    pub map: TextMap,
    pub nodes: Vec<Text>,
}

enum Kind {
    Skip,
    LineBreak,
    Inline,
    Block,
}

enum Step {
    Enter(Node),
    Leave { block: bool },
}

/// Walks `root` without recursion (a page can nest deeper than the wasm stack allows).
pub fn walk(root: &Element) -> Walk {
    let window = web_sys::window();
    let mut map = TextMap::new();
    let mut nodes = Vec::new();
    let mut stack = vec![Step::Enter(root.clone().into())];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave { block } => {
                if block {
                    map.push_block_break();
                }
                continue;
            }
            Step::Enter(node) => node,
        };
        match node.node_type() {
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                map.push_node(&node.node_value().unwrap_or_default());
                nodes.push(node.unchecked_into());
            }
            Node::ELEMENT_NODE => {
                let element: Element = node.unchecked_into();
                let block = match kind(&element, window.as_ref()) {
                    Kind::Skip => {
                        map.push_gap();
                        continue;
                    }
                    Kind::LineBreak => {
                        map.push_line_break();
                        continue;
                    }
                    Kind::Inline => false,
                    Kind::Block => true,
                };
                if block {
                    map.push_block_break();
                }
                stack.push(Step::Leave { block });
                let mut child = element.last_child();
                while let Some(c) = child {
                    child = c.previous_sibling();
                    stack.push(Step::Enter(c));
                }
            }
            // Comments, processing instructions: not text.
            _ => {}
        }
    }
    Walk { map, nodes }
}

fn kind(element: &Element, window: Option<&Window>) -> Kind {
    let tag = element.local_name();
    if SKIPPED.contains(&tag.as_str()) {
        return Kind::Skip;
    }
    if tag == "br" {
        return Kind::LineBreak;
    }
    if element.has_attribute("hidden") || element.get_attribute("aria-hidden").is_some_and(|v| v.trim() == "true") {
        return Kind::Skip;
    }
    let style = window.and_then(|w| w.get_computed_style(element).ok().flatten());
    let Some(style) = style else {
        return if BLOCKS.contains(&tag.as_str()) { Kind::Block } else { Kind::Inline };
    };
    let display = style.get_property_value("display").unwrap_or_default();
    let visibility = style.get_property_value("visibility").unwrap_or_default();
    if display == "none" || visibility == "hidden" || visibility == "collapse" {
        return Kind::Skip;
    }
    // An element outside a rendered document has no computed display: go by its tag.
    if display.is_empty() {
        return if BLOCKS.contains(&tag.as_str()) { Kind::Block } else { Kind::Inline };
    }
    if display.starts_with("inline") || display == "contents" || display.starts_with("ruby") {
        Kind::Inline
    } else {
        Kind::Block
    }
}
