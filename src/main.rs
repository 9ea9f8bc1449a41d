//! The `nutshell` command-line tool: argument parsing and output formats
//! only; every analysis is the library's.

use clap::{Args, Parser, Subcommand, ValueEnum};
use nutshell::{Analysis, BudgetValues, Options};
use serde_json::{json, Map, Value};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "nutshell", version, about = "Summaries, keywords and entities of articles, computed locally.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Summarize an article (from FILE, or standard input).
    Summarize(SummarizeArgs),
    /// Print the sentences of a text, one a line.
    Sentences(SentencesArgs),
    /// Print the keywords and keyphrases of a text.
    Keywords(KeywordsArgs),
    /// Print the people, organisations, places, money, dates… of a text.
    Entities(EntitiesArgs),
    /// Tag tokens with entity tags (BIO, PER/ORG/LOC/MISC).
    Tag(TagArgs),
}

#[derive(Args)]
struct EntitiesArgs {
    /// The text file to read; standard input when absent or `-`.
    file: Option<PathBuf>,
    /// Output format: `text` (type, count and name, one entity a line) or `json` (mentions and entities).
    #[arg(long, value_enum, default_value_t = EntitiesFormat::Text)]
    format: EntitiesFormat,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum EntitiesFormat {
    Text,
    Json,
}

#[derive(Args)]
struct TagArgs {
    /// The CoNLL-style file to read; standard input when absent or `-`.
    file: Option<PathBuf>,
    /// Input: one token a line, first column the token (other columns ignored), blank lines between
    /// sentences, `-DOCSTART-` lines between documents. Output: `token TAG` lines aligned with it.
    #[arg(long, required = true)]
    conll: bool,
}

#[derive(Args)]
struct SummarizeArgs {
    /// The text file to read; standard input when absent or `-`.
    file: Option<PathBuf>,
    /// Number of summary sentences.
    #[arg(long, group = "budget")]
    sentences: Option<f64>,
    /// At most this many words.
    #[arg(long, group = "budget")]
    words: Option<f64>,
    /// This fraction of the sentences (0 < R ≤ 1).
    #[arg(long, group = "budget")]
    ratio: Option<f64>,
    /// A preset length.
    #[arg(long, group = "budget", value_enum)]
    length: Option<LengthArg>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The language of the text: `auto`, or a code such as `en`.
    #[arg(long, default_value = "auto")]
    lang: String,
    /// Batch mode: each input line is {"id", "article"[, "sentences"|"words"|"ratio"|"length"]};
    /// each output line is {"id", "summary"} with the sentences joined by newlines.
    #[arg(long)]
    jsonl: bool,
}

#[derive(Args)]
struct SentencesArgs {
    file: Option<PathBuf>,
    /// Batch mode: lines {"name", "text"} → {"name", "sentences": [...]}.
    #[arg(long)]
    jsonl: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Args)]
struct KeywordsArgs {
    file: Option<PathBuf>,
    /// How many keywords.
    #[arg(long, default_value_t = 10)]
    count: usize,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[arg(long, default_value = "auto")]
    lang: String,
}

#[derive(Clone, Copy, ValueEnum)]
enum LengthArg {
    Short,
    Medium,
    Long,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    Text,
    Json,
    Markdown,
}

/// An error for the user: one line on stderr and exit code 1.
struct Failure(String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Summarize(a) => summarize(a),
        Command::Sentences(a) => sentences(a),
        Command::Keywords(a) => keywords(a),
        Command::Entities(a) => entities(a),
        Command::Tag(a) => tag_conll(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(msg)) => {
            eprintln!("nutshell: {msg}");
            ExitCode::from(1)
        }
    }
}

/// Reads the whole input as UTF-8, naming the byte where it is not.
fn read_input(file: &Option<PathBuf>) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    match file {
        Some(p) if p.as_os_str() != "-" => {
            bytes = std::fs::read(p).map_err(|e| Failure(format!("cannot read {}: {e}", p.display())))?;
        }
        _ => {
            io::stdin().read_to_end(&mut bytes).map_err(|e| Failure(format!("cannot read standard input: {e}")))?;
        }
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Failure(format!("the input is not valid UTF-8 text (invalid byte at offset {at})"))
    })
}

fn open_lines(file: &Option<PathBuf>) -> Result<Box<dyn BufRead>, Failure> {
    Ok(match file {
        Some(p) if p.as_os_str() != "-" => Box::new(io::BufReader::new(
            std::fs::File::open(p).map_err(|e| Failure(format!("cannot read {}: {e}", p.display())))?,
        )),
        _ => Box::new(io::BufReader::new(io::stdin())),
    })
}

fn options(a: &SummarizeArgs) -> Result<Options, Failure> {
    let length = a.length.map(|l| match l {
        LengthArg::Short => "short",
        LengthArg::Medium => "medium",
        LengthArg::Long => "long",
    });
    let values = BudgetValues { sentences: a.sentences, words: a.words, ratio: a.ratio, length };
    let mut options = Options::default();
    if let Some(b) = values.budget("--")? {
        options.budget = b;
    }
    options.language = nutshell::parse_language(&a.lang, "--lang")?;
    Ok(options)
}

fn summarize(a: SummarizeArgs) -> Result<(), Failure> {
    let options = options(&a)?;
    if a.jsonl {
        return summarize_jsonl(&a, &options);
    }
    let text = read_input(&a.file)?;
    // Only the JSON view shows entities: skip the tagger for the others.
    let options = Options { entities: a.format == Format::Json, ..options };
    let analysis = nutshell::analyze(&text, &options)?;
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    match a.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&analysis)?)?,
        Format::Text => {
            for s in &analysis.summary {
                writeln!(out, "{}", one_line(&s.text))?;
            }
        }
        Format::Markdown => write_markdown(&mut out, &analysis)?,
    }
    out.flush()?;
    Ok(())
}

fn write_markdown(out: &mut impl Write, analysis: &Analysis) -> io::Result<()> {
    if let Some(t) = &analysis.title {
        writeln!(out, "## {}\n", one_line(&t.text))?;
    }
    for s in &analysis.summary {
        writeln!(out, "- {}", one_line(&s.text))?;
    }
    if !analysis.keywords.is_empty() {
        let k: Vec<&str> = analysis.keywords.iter().map(|k| k.text.as_str()).collect();
        writeln!(out, "\n**Keywords:** {}", k.join(", "))?;
    }
    Ok(())
}

fn one_line(s: &str) -> String {
    nutshell::text::normalize::collapse_space(s)
}

/// Reads one JSON object per line; a malformed line stops the run with its
/// line number. Fields other than the ones named are ignored, so rows of a
/// data set (with references and the like) can be fed as they are.
fn for_each_json_line(
    file: &Option<PathBuf>,
    mut f: impl FnMut(&Map<String, Value>, &mut dyn Write) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let input = open_lines(file)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| Failure(format!("line {}: {e}", n + 1)))?;
        if line.trim().is_empty() {
            continue;
        }
        let value: Value =
            serde_json::from_str(&line).map_err(|e| Failure(format!("line {}: not valid JSON: {e}", n + 1)))?;
        let Value::Object(obj) = value else {
            return Err(Failure(format!("line {}: expected a JSON object", n + 1)));
        };
        f(&obj, &mut out).map_err(|Failure(m)| Failure(format!("line {}: {m}", n + 1)))?;
    }
    out.flush()?;
    Ok(())
}

fn number(obj: &Map<String, Value>, key: &str) -> Result<Option<f64>, Failure> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        Some(other) => Err(Failure(format!("\"{key}\" must be a number, got {other}"))),
    }
}

fn summarize_jsonl(a: &SummarizeArgs, defaults: &Options) -> Result<(), Failure> {
    for_each_json_line(&a.file, |obj, out| {
        let id = obj.get("id").cloned().unwrap_or(Value::Null);
        let article = match obj.get("article") {
            Some(Value::String(s)) => s.as_str(),
            _ => return Err(Failure("each line needs an \"article\" string".into())),
        };
        let length = match obj.get("length") {
            Some(Value::String(s)) => Some(s.as_str()),
            None | Some(Value::Null) => None,
            Some(other) => return Err(Failure(format!("\"length\" must be a string, got {other}"))),
        };
        let values = BudgetValues {
            sentences: number(obj, "sentences")?,
            words: number(obj, "words")?,
            ratio: number(obj, "ratio")?,
            length,
        };
        let mut options = defaults.clone();
        if let Some(b) = values.budget("")? {
            options.budget = b;
        }
        let row = match nutshell::summarize(article, &options) {
            Ok(summary) => {
                let lines: Vec<String> = summary.iter().map(|s| one_line(&s.text)).collect();
                json!({ "id": id, "summary": lines.join("\n") })
            }
            // One bad article does not stop a batch: its row says why.
            Err(e) => json!({ "id": id, "summary": "", "error": e.to_string() }),
        };
        writeln!(out, "{row}")?;
        Ok(())
    })
}

fn sentences(a: SentencesArgs) -> Result<(), Failure> {
    if a.jsonl {
        return for_each_json_line(&a.file, |obj, out| {
            let name = obj.get("name").cloned().unwrap_or(Value::Null);
            let text = match obj.get("text") {
                Some(Value::String(s)) => s.as_str(),
                _ => return Err(Failure("each line needs a \"text\" string".into())),
            };
            let sentences: Vec<String> = match nutshell::sentences(text) {
                Ok(s) => s.into_iter().map(|s| one_line(&s.text)).collect(),
                Err(e) if e.is_empty_input() => Vec::new(),
                Err(e) => return Err(e.into()),
            };
            writeln!(out, "{}", json!({ "name": name, "sentences": sentences }))?;
            Ok(())
        });
    }
    let text = read_input(&a.file)?;
    let sentences = nutshell::sentences(&text)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match a.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&sentences)?)?,
        _ => {
            for s in &sentences {
                writeln!(out, "{}", one_line(&s.text))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn keywords(a: KeywordsArgs) -> Result<(), Failure> {
    let text = read_input(&a.file)?;
    let options =
        Options { keywords: a.count, language: nutshell::parse_language(&a.lang, "--lang")?, ..Default::default() };
    let keywords = nutshell::keywords(&text, &options)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match a.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&keywords)?)?,
        _ => {
            for k in &keywords {
                writeln!(out, "{:.3}\t{}", k.score, k.text)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn entities(a: EntitiesArgs) -> Result<(), Failure> {
    let text = read_input(&a.file)?;
    let doc = nutshell::Document::new(&text, &nutshell::DocumentOptions::default())?;
    let found = nutshell::entities::entities_document(&doc);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match a.format {
        EntitiesFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&found)?)?,
        EntitiesFormat::Text => {
            for e in &found.entities {
                writeln!(out, "{}\t{}\t{}", e.kind.as_str(), e.count, one_line(&e.name))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// `tag --conll`: tags each document (between `-DOCSTART-` lines) as a whole,
/// so that document-level evidence is used, and writes `token TAG` lines
/// aligned one-to-one with the input.
fn tag_conll(a: TagArgs) -> Result<(), Failure> {
    let text = read_input(&a.file)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    // Lines of the current document: Some(token) or None (a blank or -DOCSTART- line, kept as it is).
    let mut pending: Vec<(&str, Option<&str>)> = Vec::new();
    let flush = |pending: &mut Vec<(&str, Option<&str>)>, out: &mut dyn Write| -> io::Result<()> {
        let mut sentences: Vec<Vec<&str>> = vec![Vec::new()];
        for (_, tok) in pending.iter() {
            match tok {
                Some(t) => sentences.last_mut().map(|s| s.push(*t)).unwrap_or(()),
                None => {
                    if sentences.last().is_some_and(|s| !s.is_empty()) {
                        sentences.push(Vec::new());
                    }
                }
            }
        }
        let tags = nutshell::entities::tag_conll(&sentences);
        let mut it = tags.iter().flatten();
        for (line, tok) in pending.iter() {
            match tok {
                Some(t) => writeln!(out, "{t} {}", it.next().copied().unwrap_or("O"))?,
                None => writeln!(out, "{line}")?,
            }
        }
        pending.clear();
        Ok(())
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("-DOCSTART-") {
            flush(&mut pending, &mut out)?;
            pending.push((line, None));
        } else if trimmed.is_empty() {
            pending.push((line, None));
        } else {
            pending.push((line, trimmed.split_whitespace().next()));
        }
    }
    flush(&mut pending, &mut out)?;
    out.flush()?;
    Ok(())
}
