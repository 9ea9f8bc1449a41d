//! Text and Markdown renderings of a summary: the one export every front end
//! uses (the CLI's `--format text|markdown`, the page's and the popup's copy
//! and download buttons, the Summarizer facade), with one escaping rule.

use crate::analyzer::Analysis;
use crate::text::normalize::collapse_space;

/// What a rendering shows: the title, the summary sentences, the keywords.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SummaryView<'a> {
    pub title: Option<&'a str>,
    pub sentences: Vec<&'a str>,
    pub keywords: Vec<&'a str>,
}

impl<'a> SummaryView<'a> {
    /// The title, summary sentences and keywords of an analysis.
    pub fn new(analysis: &'a Analysis) -> SummaryView<'a> {
        SummaryView {
            title: analysis.title.as_ref().map(|t| t.text.as_str()),
            sentences: analysis.summary.iter().map(|s| s.span.text.as_str()).collect(),
            keywords: analysis.keywords.iter().map(|k| k.text.as_str()).collect(),
        }
    }

    /// Plain text: one summary sentence a line (a sentence that spans line
    /// breaks in the article is joined onto one line).
    pub fn text(&self) -> String {
        self.sentences.iter().map(|s| one_line(s) + "\n").collect()
    }

    /// Markdown: the title as a heading, the sentences as a list, then the
    /// keywords; every piece of the article escaped, so that nothing in it
    /// turns into markup.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        if let Some(title) = self.title {
            out.push_str(&format!("# {}\n\n", escape_markdown(title)));
        }
        for s in &self.sentences {
            out.push_str(&format!("- {}\n", escape_markdown(s)));
        }
        if !self.keywords.is_empty() {
            let keywords: Vec<String> = self.keywords.iter().map(|k| escape_markdown(k)).collect();
            out.push_str(&format!("\n**Keywords:** {}\n", keywords.join(", ")));
        }
        out
    }
}

/// A piece of text on one line: runs of white space, line breaks included,
/// become one space.
pub fn one_line(s: &str) -> String {
    collapse_space(s)
}

/// Escapes `s` for Markdown, on one line: a backslash before every character
/// that can start markup inline (`\` `` ` `` `*` `_` `{` `}` `[` `]` `<` `>`
/// `#` `|` `~`), and before a leading `+`, `-` or `1.` that would start a
/// list.
pub fn escape_markdown(s: &str) -> String {
    let mut out = escape_inline(&one_line(s));
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    if out.starts_with(['+', '-']) {
        out.insert(0, '\\');
    } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

fn escape_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '#' | '|' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        let table = [
            ("plain", "A plain sentence.", "A plain sentence."),
            ("emphasis", "Use *stars* and _under_ `code`", "Use \\*stars\\* and \\_under\\_ \\`code\\`"),
            ("link", "[a](b) <b>", "\\[a\\](b) \\<b\\>"),
            ("heading", "# Not a heading", "\\# Not a heading"),
            ("list", "- not a list", "\\- not a list"),
            ("numbered", "1. not a list", "1\\. not a list"),
            ("lines", "two\n  lines", "two lines"),
            ("backslash", "a\\b", "a\\\\b"),
        ];
        let failures: Vec<String> = table
            .iter()
            .filter(|(_, input, want)| escape_markdown(input) != *want)
            .map(|(name, input, _)| format!("{name}: {:?}", escape_markdown(input)))
            .collect();
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn markdown_and_text() {
        let view = SummaryView {
            title: Some("A *Title*"),
            sentences: vec!["First one.", "Second\nline."],
            keywords: vec!["rust", "wasm"],
        };
        assert_eq!(view.markdown(), "# A \\*Title\\*\n\n- First one.\n- Second line.\n\n**Keywords:** rust, wasm\n");
        assert_eq!(view.text(), "First one.\nSecond line.\n");
        assert_eq!(SummaryView::default().markdown(), "");
    }
}
