//! The `nutshell` command-line tool: argument parsing and output formats
//! only; every analysis is the library's.

use clap::{Args, Parser, Subcommand, ValueEnum};
use nutshell::render::{one_line, SummaryView};
use nutshell::{Analyzer, FrontEnd, OptionValues, Options, Value};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "nutshell", version, about = "Summaries, keywords and entities of articles, computed locally.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Refuse inputs larger than this many bytes (each article in batch mode). Default: 20 MB.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = nutshell::DEFAULT_MAX_INPUT_BYTES,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    max_bytes: usize,
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
    /// List the languages --lang accepts and what nutshell does for each.
    Languages(LanguagesArgs),
}

#[derive(Args)]
struct LanguagesArgs {
    /// Output format: `text` (a table) or `json` (code, code3, name, nativeName, summary, keywords, entities).
    #[arg(long, value_enum, default_value_t = EntitiesFormat::Text)]
    format: EntitiesFormat,
}

/// The help of every `--lang`.
const LANG_HELP: &str = "The language of the text: `auto` (detected), or the code (ISO 639-1 or 639-3) or English \
    name of a language `nutshell languages` lists (with what nutshell does in each)";

/// Checks a `--lang` value: `auto` or a language nutshell knows; the error
/// (an input error, exit code 1, like every bad option value) lists them.
fn check_lang(value: &str) -> Result<(), Failure> {
    if value.trim().eq_ignore_ascii_case("auto") || nutshell::Language::from_code(value).is_some() {
        return Ok(());
    }
    let codes = |keywords: bool| {
        let mut c: Vec<&str> =
            Analyzer::default().languages().into_iter().filter(|l| l.keywords == keywords).map(|l| l.code).collect();
        c.sort_unstable();
        c.join(" ")
    };
    Err(Failure(format!(
        "--lang: '{value}' is not a language nutshell knows; use `auto` or one of these codes (or its ISO 639-3 \
         code or English name):\n  summary and keywords: {}\n  summary only: {}",
        codes(true),
        codes(false)
    )))
}

#[derive(Args)]
struct EntitiesArgs {
    /// The text file to read; standard input when absent or `-`.
    file: Option<PathBuf>,
    /// Output format: `text` (type, count and name, one entity a line) or `json` (mentions and entities).
    #[arg(long, value_enum, default_value_t = EntitiesFormat::Text)]
    format: EntitiesFormat,
    #[arg(long, default_value = "auto", help = LANG_HELP)]
    lang: String,
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
    /// The language of the text, which picks the entity model: `auto` (detected for each document from
    /// its tokens), or a code such as `de`.
    #[arg(long, default_value = "auto")]
    lang: String,
    /// The names `entities` would find (the tagger, then the rules and document-level resolution),
    /// instead of the tagger's alone: how resolution is measured on labelled text.
    #[arg(long)]
    resolved: bool,
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
    #[arg(long, default_value = "auto", help = LANG_HELP)]
    lang: String,
    /// Batch mode: each input line is {"id", "article"[, "sentences"|"words"|"ratio"|"length"]};
    /// each output line is {"id", "summary"} with the sentences joined by newlines. Other fields
    /// (such as a data set's "reference") are ignored; a bad known field stops the run.
    #[arg(long)]
    jsonl: bool,
}

#[derive(Args)]
struct SentencesArgs {
    file: Option<PathBuf>,
    /// Batch mode: lines {"name", "text"} → {"name", "sentences": [...]}; other fields are ignored.
    #[arg(long)]
    jsonl: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The language of the text, whose rules split it: `auto` (detected in each text), or a code such as `de`.
    #[arg(long, default_value = "auto")]
    lang: String,
}

#[derive(Args)]
struct KeywordsArgs {
    file: Option<PathBuf>,
    /// How many keywords.
    #[arg(long, default_value_t = 10)]
    count: usize,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[arg(long, default_value = "auto", help = LANG_HELP)]
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
        Command::Summarize(a) => summarize(a, cli.max_bytes),
        Command::Sentences(a) => sentences(a, cli.max_bytes),
        Command::Keywords(a) => keywords(a, cli.max_bytes),
        Command::Entities(a) => entities(a, cli.max_bytes),
        Command::Tag(a) => tag_conll(a, cli.max_bytes),
        Command::Languages(a) => languages(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(msg)) => {
            eprintln!("nutshell: {msg}");
            ExitCode::from(1)
        }
    }
}

/// Reads the whole input as UTF-8, naming the byte where it is not, and
/// refusing more than `max` bytes (without reading more than that).
fn read_input(file: &Option<PathBuf>, max: usize) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    let limit = (max as u64).saturating_add(1);
    let read = match file {
        Some(p) if p.as_os_str() != "-" => {
            open_file(p)?.take(limit).read_to_end(&mut bytes).map_err(|e| cannot_read(p, e))
        }
        _ => io::stdin()
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(|e| Failure(format!("cannot read standard input: {e}"))),
    };
    read?;
    if bytes.len() > max {
        return Err(Failure(format!(
            "the input is larger than the maximum of {max} bytes (raise it with --max-bytes)"
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Failure(format!("the input is not valid UTF-8 text (invalid byte at offset {at})"))
    })
}

fn cannot_read(p: &Path, e: io::Error) -> Failure {
    Failure(format!("cannot read {}: {e}", p.display()))
}

/// Opens a file to read, refusing directories (which open but cannot be read).
fn open_file(p: &Path) -> Result<std::fs::File, Failure> {
    let f = std::fs::File::open(p).map_err(|e| cannot_read(p, e))?;
    if f.metadata().map_err(|e| cannot_read(p, e))?.is_dir() {
        return Err(Failure(format!("cannot read {}: it is a directory, not a file", p.display())));
    }
    Ok(f)
}

fn open_lines(file: &Option<PathBuf>) -> Result<Box<dyn BufRead>, Failure> {
    Ok(match file {
        Some(p) if p.as_os_str() != "-" => Box::new(io::BufReader::new(open_file(p)?)),
        _ => Box::new(io::BufReader::new(io::stdin())),
    })
}

/// The analyzer for a command: the CLI's flags mapped onto the core's
/// options (one validation path, messages naming the flags), and the
/// built-in model, if any.
fn analyzer(values: OptionValues, max_bytes: usize) -> Result<Analyzer, Failure> {
    if let Some(Value::String(lang)) = &values.language {
        check_lang(lang)?;
    }
    let base = Options { max_input_bytes: max_bytes, ..Options::default() };
    let options = values.into_options(&base, FrontEnd::Cli)?;
    Ok(Analyzer::builder().options(options).front_end(FrontEnd::Cli).build()?)
}

fn number(v: Option<f64>) -> Option<Value> {
    v.map(Value::Number)
}

fn summarize(a: SummarizeArgs, max_bytes: usize) -> Result<(), Failure> {
    let length = a.length.map(|l| {
        Value::String(
            match l {
                LengthArg::Short => "short",
                LengthArg::Medium => "medium",
                LengthArg::Long => "long",
            }
            .into(),
        )
    });
    let values = OptionValues {
        sentences: number(a.sentences),
        words: number(a.words),
        ratio: number(a.ratio),
        length,
        language: Some(Value::String(a.lang.clone())),
        // Only the JSON view shows entities: skip the tagger for the others.
        entities: Some(Value::Bool(a.format == Format::Json)),
        ..OptionValues::default()
    };
    let analyzer = analyzer(values, max_bytes)?;
    if a.jsonl {
        let input = open_lines(&a.file)?;
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        return Ok(nutshell::internals::jsonl::summarize(input, &mut out, &analyzer)?);
    }
    let text = read_input(&a.file, max_bytes)?;
    let analysis = analyzer.analyze(&text)?;
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    match a.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&analysis)?)?,
        Format::Text => write!(out, "{}", SummaryView { title: None, ..SummaryView::new(&analysis) }.text())?,
        Format::Markdown => write!(out, "{}", SummaryView::new(&analysis).markdown())?,
    }
    out.flush()?;
    Ok(())
}

fn sentences(a: SentencesArgs, max_bytes: usize) -> Result<(), Failure> {
    let values = OptionValues { language: Some(Value::String(a.lang.clone())), ..OptionValues::default() };
    let analyzer = analyzer(values, max_bytes)?;
    if a.jsonl {
        let input = open_lines(&a.file)?;
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        return Ok(nutshell::internals::jsonl::sentences(input, &mut out, &analyzer)?);
    }
    let text = read_input(&a.file, max_bytes)?;
    let sentences = analyzer.sentences(&text)?;
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

fn keywords(a: KeywordsArgs, max_bytes: usize) -> Result<(), Failure> {
    let values = OptionValues {
        keywords: Some(Value::Number(a.count as f64)),
        language: Some(Value::String(a.lang.clone())),
        ..OptionValues::default()
    };
    let analyzer = analyzer(values, max_bytes)?;
    let text = read_input(&a.file, max_bytes)?;
    let keywords = analyzer.keywords(&text)?;
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

fn entities(a: EntitiesArgs, max_bytes: usize) -> Result<(), Failure> {
    let values = OptionValues { language: Some(Value::String(a.lang.clone())), ..OptionValues::default() };
    let analyzer = analyzer(values, max_bytes)?;
    let text = read_input(&a.file, max_bytes)?;
    let found = analyzer.entities(&text)?;
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

fn languages(a: LanguagesArgs) -> Result<(), Failure> {
    let list = Analyzer::default().languages();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match a.format {
        EntitiesFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?,
        EntitiesFormat::Text => {
            writeln!(out, "code\tname\tsummary\tkeywords\tentities")?;
            let yes = |b: bool| if b { "yes" } else { "no" };
            for l in &list {
                let name = format!("{} ({})", l.name, l.native_name);
                writeln!(out, "{}\t{name}\t{}\t{}\t{}", l.code, yes(l.summary), yes(l.keywords), yes(l.entities))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// `tag --conll`: tags each document (between `-DOCSTART-` lines) as a whole,
/// so that document-level evidence is used, and writes `token TAG` lines
/// aligned one-to-one with the input.
fn tag_conll(a: TagArgs, max_bytes: usize) -> Result<(), Failure> {
    let values = OptionValues { language: Some(Value::String(a.lang.clone())), ..OptionValues::default() };
    let analyzer = analyzer(values, max_bytes)?;
    if !analyzer.has_model() {
        return Err(Failure(nutshell::Error::no_model().to_string()));
    }
    let text = read_input(&a.file, max_bytes)?;
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
        // A document in a language no model tags: said on stderr, its tokens are `O`.
        let tagged = if a.resolved { analyzer.tag_conll_resolved(&sentences) } else { analyzer.tag_conll(&sentences) };
        let tags = tagged.unwrap_or_else(|e| {
            eprintln!("nutshell: {e}; its tokens are tagged O");
            Vec::new()
        });
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
