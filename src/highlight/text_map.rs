//! The text a DOM walk builds, and where each of its UTF-16 units came from.
//!
//! The walker feeds text nodes, block breaks and gaps (skipped subtrees) in
//! document order; the map keeps, for every UTF-16 unit of the built text,
//! the text node and the UTF-16 offset in it that the unit stands for, so a
//! span of the analysis becomes DOM ranges without searching. Whitespace is
//! collapsed the way a browser renders normal text (a run of spaces, tabs and
//! newlines is one space; none at the start of a block), blocks are separated
//! by a blank line (a paragraph break for the sentence splitter) and `<br>`
//! by a newline. Units that stand for no character of the page (breaks) map
//! to nothing and end a piece, as do gaps: a piece is a run of the text whose
//! characters are contiguous in the page, i.e. one DOM range whose
//! `toString()` is that run of the text up to whitespace.

/// Where one UTF-16 unit of the built text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Index of the text node, in walk order.
    pub node: u32,
    /// UTF-16 offset inside that node's data.
    pub offset: u32,
}

/// A run of the built text that one DOM range covers: from `start` (in node
/// `start.node`) to just after `last` (in node `last.node`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// UTF-16 offsets in the built text.
    pub text_start: usize,
    pub text_end: usize,
    pub start: Source,
    /// The last unit's source; the range ends one unit after it.
    pub last: Source,
}

#[derive(Debug, Default)]
pub struct TextMap {
    text: String,
    /// One entry per UTF-16 unit of `text`; `None` for breaks.
    units: Vec<Option<Source>>,
    /// Index of the first unit of each piece-starting position: a gap or a
    /// break happened right before it.
    cuts: Vec<usize>,
    nodes: u32,
}

fn is_collapsible(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}')
}

impl TextMap {
    pub fn new() -> TextMap {
        TextMap::default()
    }

    /// The built text (what is analyzed).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Adds a text node's data (as a JS string gives it; lone surrogates
    /// arrive as U+FFFD, one unit like the surrogate). Returns its index.
    pub fn push_node(&mut self, data: &str) -> u32 {
        let node = self.nodes;
        self.nodes += 1;
        let mut offset = 0u32;
        for c in data.chars() {
            let width = c.len_utf16() as u32;
            if is_collapsible(c) {
                // One space for a run, none at the start of a block or after a break.
                if !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
                    self.text.push(' ');
                    self.units.push(Some(Source { node, offset }));
                }
            } else {
                self.text.push(c);
                for k in 0..width {
                    self.units.push(Some(Source { node, offset: offset + k }));
                }
            }
            offset += width;
        }
        node
    }

    /// A block boundary: a blank line, unless the text is empty or already ends in one.
    pub fn push_block_break(&mut self) {
        self.trim_trailing_space();
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        let missing = if self.text.ends_with('\n') { 1 } else { 2 };
        self.push_breaks(missing);
    }

    /// A line break (`<br>`).
    pub fn push_line_break(&mut self) {
        self.trim_trailing_space();
        if !self.text.is_empty() {
            self.push_breaks(1);
        }
    }

    /// Content that was skipped (hidden, script, form field…): the next unit starts a new piece.
    pub fn push_gap(&mut self) {
        self.cut_here();
    }

    fn push_breaks(&mut self, n: usize) {
        for _ in 0..n {
            self.text.push('\n');
            self.units.push(None);
        }
        self.cut_here();
    }

    fn cut_here(&mut self) {
        if self.cuts.last() != Some(&self.units.len()) {
            self.cuts.push(self.units.len());
        }
    }

    /// A space at the end of a block is not rendered: drop it.
    fn trim_trailing_space(&mut self) {
        if self.text.ends_with(' ') {
            self.text.pop();
            self.units.pop();
            // A cut right after the dropped unit now sits past the end.
            while self.cuts.last().is_some_and(|&c| c > self.units.len()) {
                self.cuts.pop();
            }
        }
    }

    /// The pieces that cover the UTF-16 span `start..end` of the text: the
    /// mapped units split wherever a break or a gap lies between them.
    pub fn pieces(&self, start: usize, end: usize) -> Vec<Piece> {
        let end = end.min(self.units.len());
        let mut pieces = Vec::new();
        let mut current: Option<Piece> = None;
        // The first cut after `start`.
        let mut next_cut = self.cuts.partition_point(|&c| c <= start);
        for i in start..end {
            if self.cuts.get(next_cut) == Some(&i) {
                pieces.extend(current.take());
                next_cut += 1;
            }
            let Some(source) = self.units[i] else {
                pieces.extend(current.take());
                continue;
            };
            match &mut current {
                Some(piece) => {
                    piece.text_end = i + 1;
                    piece.last = source;
                }
                None => current = Some(Piece { text_start: i, text_end: i + 1, start: source, last: source }),
            }
        }
        pieces.extend(current);
        pieces
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn collapses_whitespace_and_separates_blocks() {
        let mut m = TextMap::new();
        m.push_block_break();
        m.push_node("  The  cat\n sat ");
        m.push_node(" on the mat. ");
        m.push_block_break();
        m.push_node("\n  Next");
        m.push_line_break();
        m.push_node("line.");
        assert_eq!(m.text(), "The cat sat on the mat.\n\nNext\nline.");
        assert_eq!(m.units.len(), utf16(m.text()).len());
    }

    #[test]
    fn every_unit_maps_back_to_its_character() {
        let nodes = ["Hé said 😀 ", "\u{5e9}\u{5dc}\u{5d5}\u{5dd}  world", " ok"];
        let mut m = TextMap::new();
        for n in nodes {
            m.push_node(n);
        }
        let text = utf16(m.text());
        for (i, unit) in m.units.iter().enumerate() {
            let s = unit.expect("no breaks here");
            let source = utf16(nodes[s.node as usize])[s.offset as usize];
            if text[i] == u16::from(b' ') {
                assert!(b" \t\n\r".iter().any(|&w| u16::from(w) == source), "unit {i}: a space stands for whitespace");
            } else {
                assert_eq!(text[i], source, "unit {i}");
            }
        }
    }

    #[test]
    fn pieces_split_at_gaps_and_breaks() {
        let mut m = TextMap::new();
        m.push_node("The cat ");
        m.push_gap();
        m.push_node("sat.");
        m.push_line_break();
        m.push_node("Down.");
        let all = m.pieces(0, utf16(m.text()).len());
        let texts: Vec<&str> = all.iter().map(|p| &m.text()[p.text_start..p.text_end]).collect();
        assert_eq!(texts, ["The cat ", "sat.", "Down."]);
        assert_eq!(all[1].start, Source { node: 1, offset: 0 });
        assert_eq!(all[1].last, Source { node: 1, offset: 3 });
        // A span inside one piece is one piece.
        assert_eq!(m.pieces(4, 7).len(), 1);
        assert_eq!(m.pieces(4, 4), []);
    }

    #[test]
    fn a_trailing_space_before_a_break_is_dropped_with_its_cut() {
        let mut m = TextMap::new();
        m.push_node("End ");
        m.push_gap();
        m.push_block_break();
        m.push_node("Start");
        assert_eq!(m.text(), "End\n\nStart");
        let texts: Vec<String> =
            m.pieces(0, 10).iter().map(|p| m.text()[p.text_start..p.text_end].to_string()).collect();
        assert_eq!(texts, ["End", "Start"]);
    }
}
