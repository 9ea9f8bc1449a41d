//! The CLI's batch mode (`--jsonl`): one JSON object a line in, one a line
//! out. In the library (behind the `cli` feature) so that the fuzz target
//! reads lines exactly as the CLI does, without spawning a process.
//!
//! A malformed line stops the run with its line number. Fields other than
//! the ones named are ignored on purpose, so rows of a data set (with
//! `reference`, `expected` and the like) can be fed as they are; the known
//! fields are checked strictly (wrong types and out-of-range values are
//! errors).

use crate::render::one_line;
use crate::{Analyzer, FrontEnd, OptionValues};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::fmt;
use std::io::{self, BufRead, Write};

/// Why a batch stopped.
#[derive(Debug)]
pub enum JsonlError {
    /// Line `line` (1-based) is not what batch mode expects.
    Line { line: usize, message: String },
    /// Writing the output failed.
    Io(io::Error),
}

impl fmt::Display for JsonlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonlError::Line { line, message } => write!(f, "line {line}: {message}"),
            JsonlError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for JsonlError {}

impl From<io::Error> for JsonlError {
    fn from(e: io::Error) -> Self {
        JsonlError::Io(e)
    }
}

/// Reads one JSON object per line of `input` and calls `f` with it; blank
/// lines are skipped. Errors from `f` are reported with the line number.
pub fn for_each_line(
    input: impl BufRead,
    out: &mut dyn Write,
    mut f: impl FnMut(&Map<String, Value>, &mut dyn Write) -> Result<(), String>,
) -> Result<(), JsonlError> {
    for (n, line) in input.lines().enumerate() {
        let at = |message: String| JsonlError::Line { line: n + 1, message };
        let line = line.map_err(|e| at(e.to_string()))?;
        let Some(obj) = parse_line(&line).map_err(at)? else {
            continue;
        };
        f(&obj, out).map_err(at)?;
    }
    out.flush()?;
    Ok(())
}

/// One line: `None` when blank, the object otherwise, or why it is not one.
pub fn parse_line(line: &str) -> Result<Option<Map<String, Value>>, String> {
    if line.trim().is_empty() {
        return Ok(None);
    }
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not valid JSON: {e}"))?;
    match value {
        Value::Object(obj) => Ok(Some(obj)),
        _ => Err("expected a JSON object".to_string()),
    }
}

/// The analyzer for one `summarize --jsonl` row: `defaults` with the row's
/// own options (`sentences`, `words`, `ratio`, `length`, `language`…), if any.
pub fn row_analyzer(obj: &Map<String, Value>, defaults: &Analyzer) -> Result<Analyzer, String> {
    let values = OptionValues::deserialize(obj).map_err(|e| e.to_string())?;
    let options = values.into_options(defaults.options(), FrontEnd::Jsonl).map_err(|e| e.to_string())?;
    defaults.to_builder().options(options).front_end(FrontEnd::Jsonl).build().map_err(|e| e.to_string())
}

/// One `summarize --jsonl` row: {"id", "article"[, budget]} → {"id",
/// "summary"} with the sentences joined by newlines. An article that cannot
/// be summarized (empty, too large) gives a row with an "error" field, so
/// one bad article does not stop a batch.
pub fn summarize_row(obj: &Map<String, Value>, defaults: &Analyzer) -> Result<Value, String> {
    let id = obj.get("id").cloned().unwrap_or(Value::Null);
    let article = match obj.get("article") {
        Some(Value::String(s)) => s.as_str(),
        _ => return Err("each line needs an \"article\" string".into()),
    };
    let analyzer = row_analyzer(obj, defaults)?;
    Ok(match analyzer.summarize(article) {
        Ok(summary) => {
            let lines: Vec<String> = summary.iter().map(|s| one_line(&s.span.text)).collect();
            json!({ "id": id, "summary": lines.join("\n") })
        }
        Err(e) => json!({ "id": id, "summary": "", "error": e.to_string() }),
    })
}

/// One `sentences --jsonl` row: {"name", "text"} → {"name", "sentences"}.
pub fn sentences_row(obj: &Map<String, Value>, analyzer: &Analyzer) -> Result<Value, String> {
    let name = obj.get("name").cloned().unwrap_or(Value::Null);
    let text = match obj.get("text") {
        Some(Value::String(s)) => s.as_str(),
        _ => return Err("each line needs a \"text\" string".into()),
    };
    let sentences: Vec<String> = match analyzer.sentences(text) {
        Ok(s) => s.into_iter().map(|s| one_line(&s.text)).collect(),
        Err(e) if e.is_empty_input() => Vec::new(),
        Err(e) => return Err(e.to_string()),
    };
    Ok(json!({ "name": name, "sentences": sentences }))
}

/// `summarize --jsonl`: every row of `input` summarized to `out`.
pub fn summarize(input: impl BufRead, out: &mut dyn Write, defaults: &Analyzer) -> Result<(), JsonlError> {
    for_each_line(input, out, |obj, out| {
        let row = summarize_row(obj, defaults)?;
        writeln!(out, "{row}").map_err(|e| e.to_string())
    })
}

/// `sentences --jsonl`: the sentences of every row of `input` to `out`.
pub fn sentences(input: impl BufRead, out: &mut dyn Write, analyzer: &Analyzer) -> Result<(), JsonlError> {
    for_each_line(input, out, |obj, out| {
        let row = sentences_row(obj, analyzer)?;
        writeln!(out, "{row}").map_err(|e| e.to_string())
    })
}
