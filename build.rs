//! Turns the language files (`languages/*.toml`, one per language) into Rust:
//! `$OUT_DIR/languages.rs`, included by `src/language/mod.rs`. It holds the
//! `Language` enum (one variant per file) and one `Profile` per language.
//!
//! The build fails, naming the file, the list and the word, when a file has
//! an unknown key, a list that is not sorted in byte order or holds a word
//! twice, a word the code could never match (uppercase, surrounding space, a
//! non-ASCII abbreviation), or a code, name or priority another file uses.
//! Sorted lists let every lookup be a binary search.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One language file. Every table and list is optional: a language starts
/// with its codes and names and gains lists as the analyses learn it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageFile {
    code: String,
    code3: String,
    name: String,
    native_name: String,
    stemmer: Option<String>,
    identification: Option<Identification>,
    #[serde(default)]
    words: Words,
    #[serde(default)]
    keywords: Keywords,
    numbers: Option<Numbers>,
    #[serde(default)]
    abbreviations: Abbreviations,
    #[serde(default)]
    sentences: Sentences,
    #[serde(default)]
    layout: Layout,
    #[serde(default)]
    calendar: Calendar,
    #[serde(default)]
    entities: Entities,
    #[serde(default)]
    tagger: Tagger,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Identification {
    priority: u32,
    function_words: Vec<String>,
    /// Letters and letter groups that mark the language's words (`ã`, `ção`, `ij`).
    #[serde(default)]
    letters: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Words {
    #[serde(default)]
    stop: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Keywords {
    #[serde(default)]
    generic: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Numbers {
    decimal: String,
    thousands: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Abbreviations {
    title: Vec<String>,
    internal: Vec<String>,
    number: Vec<String>,
    time: Vec<String>,
    etc: Vec<String>,
    ambiguous: Vec<String>,
    capitalized: Vec<String>,
    also_words: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Sentences {
    openers: Vec<String>,
    continuations: Vec<String>,
    speech_verbs: Vec<String>,
    opening_prepositions: Vec<String>,
    title_small_words: Vec<String>,
    greetings: Vec<String>,
    valedictions: Vec<String>,
    speakers: Vec<String>,
    speakers_after_verb: Vec<String>,
    continue_after_ellipsis: Vec<String>,
    headline_articles: Vec<String>,
    /// A short number with a full stop is an ordinal (German `am 3. Oktober`).
    ordinal_dots: bool,
    /// Every noun is capitalized (German): a capital says less about a new sentence.
    nouns_capitalized: bool,
    /// A semicolon before a capitalized sentence opener ends the sentence.
    semicolon_before_opener: bool,
    /// A colon before an opening quote and a capital ends the sentence.
    colon_before_quote: bool,
}

impl Sentences {
    /// Every list of the table, by key.
    fn lists(&self) -> [(&'static str, &Vec<String>); 11] {
        [
            ("openers", &self.openers),
            ("continuations", &self.continuations),
            ("speech_verbs", &self.speech_verbs),
            ("opening_prepositions", &self.opening_prepositions),
            ("title_small_words", &self.title_small_words),
            ("greetings", &self.greetings),
            ("valedictions", &self.valedictions),
            ("speakers", &self.speakers),
            ("speakers_after_verb", &self.speakers_after_verb),
            ("continue_after_ellipsis", &self.continue_after_ellipsis),
            ("headline_articles", &self.headline_articles),
        ]
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Layout {
    furniture: Vec<String>,
    stamps: Vec<String>,
    bylines: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Calendar {
    months: Vec<String>,
    month_abbreviations: Vec<String>,
    weekdays: Vec<String>,
    weekday_abbreviations: Vec<String>,
}

/// The words of the entity rules (src/entities/rules/): every list is
/// written lowercase, a list marked "phrases" may hold several words
/// (`per cent`). The keys are in src/language/entity_lists.rs, which also
/// makes the fields of `EntityWords` (and documents each key).
macro_rules! entity_lists {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        #[derive(Deserialize, Default)]
        #[serde(deny_unknown_fields, default)]
        struct Entities {
            /// Month and weekday names are written in lower case (so any case is accepted).
            lowercase_calendar: bool,
            /// An acronym the tagger leaves untagged is an organisation.
            acronyms_are_orgs: bool,
            $($key: Vec<String>,)*
        }

        impl Entities {
            /// Every list with its key, in the order of `EntityWords`.
            fn lists(&self) -> Vec<(&'static str, &Vec<String>)> {
                vec![$((stringify!($key), &self.$key)),*]
            }
        }
    };
}

include!("src/language/entity_lists.rs");

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Tagger {
    abbreviations: Vec<String>,
}

/// The Snowball algorithms of rust-stemmers, by the name a file gives.
const STEMMERS: &[(&str, &str)] = &[
    ("arabic", "Arabic"),
    ("danish", "Danish"),
    ("dutch", "Dutch"),
    ("english", "English"),
    ("finnish", "Finnish"),
    ("french", "French"),
    ("german", "German"),
    ("greek", "Greek"),
    ("hungarian", "Hungarian"),
    ("italian", "Italian"),
    ("norwegian", "Norwegian"),
    ("portuguese", "Portuguese"),
    ("romanian", "Romanian"),
    ("russian", "Russian"),
    ("spanish", "Spanish"),
    ("swedish", "Swedish"),
    ("tamil", "Tamil"),
    ("turkish", "Turkish"),
];

/// The splitter folds a word into a 16-byte buffer before looking it up
/// (`text::abbreviations::fold`); longer words are never abbreviations.
const MAX_ABBREVIATION_BYTES: usize = 16;

/// The tables store a word's length in one byte (`WordTable`).
const MAX_WORD_BYTES: usize = u8::MAX as usize;

/// Problems found in the files; the build reports them all, then fails.
struct Problems(Vec<String>);

impl Problems {
    fn add(&mut self, file: &str, message: String) {
        self.0.push(format!("{file}: {message}"));
    }
}

/// How the words of a list must be written.
#[derive(Clone, Copy, PartialEq)]
enum Case {
    /// As the code looks them up: lowercase (the text is folded first).
    Lower,
    /// Lowercase and short: the splitter's abbreviations.
    Abbreviation,
    /// Starting with a capital letter (matched as written).
    Capitalized,
}

/// Checks one list: non-empty words written as `case` requires, sorted in
/// byte order, no word twice.
fn check_list(problems: &mut Problems, file: &str, key: &str, list: &[String], case: Case) {
    for word in list {
        if word.is_empty() || word.trim() != word {
            problems.add(file, format!("{key}: {word:?} is empty or has surrounding space"));
            continue;
        }
        let bad = match case {
            Case::Lower => {
                (word.to_lowercase() != *word).then_some("must be lowercase (the text is folded before lookup)")
            }
            Case::Abbreviation => (word.to_lowercase() != *word || word.len() > MAX_ABBREVIATION_BYTES)
                .then_some("must be lowercase, at most 16 bytes (the splitter cannot look up other words)"),
            Case::Capitalized => (!word.starts_with(char::is_uppercase))
                .then_some("must start with a capital (it is matched as written)"),
        };
        if let Some(bad) = bad {
            problems.add(file, format!("{key}: {word:?} {bad}"));
        }
        if word.len() > MAX_WORD_BYTES {
            problems.add(file, format!("{key}: {word:?} is longer than {MAX_WORD_BYTES} bytes"));
        }
    }
    let mut counts: BTreeMap<&String, usize> = BTreeMap::new();
    for word in list {
        *counts.entry(word).or_default() += 1;
    }
    for (word, n) in counts {
        if n > 1 {
            let times = if n == 2 { "twice".to_string() } else { format!("{n} times") };
            problems.add(file, format!("{key}: {word:?} appears {times}"));
        }
    }
    if let Some(pair) = list.windows(2).find(|p| p[0] > p[1]) {
        problems.add(
            file,
            format!(
                "{key}: not sorted: {:?} must come before {:?} (lists are in byte order, as `LC_ALL=C sort` sorts)",
                pair[1], pair[0]
            ),
        );
    }
}

/// Checks a calendar list, which keeps calendar order (`months[0]` is
/// January): exactly `count` distinct lowercase names, or none.
fn check_calendar(problems: &mut Problems, file: &str, key: &str, list: &[String], count: usize) {
    if !list.is_empty() && list.len() != count {
        problems.add(file, format!("{key}: {count} names in calendar order, or none (found {})", list.len()));
    }
    let mut seen = BTreeSet::new();
    for word in list {
        if word.is_empty() || word.trim() != word || word.to_lowercase() != *word {
            problems.add(file, format!("{key}: {word:?} must be lowercase, without surrounding space"));
        }
        if !seen.insert(word) {
            problems.add(file, format!("{key}: {word:?} appears twice"));
        }
    }
}

/// A checked language, ready to be written out.
pub struct CheckedLanguage {
    file: LanguageFile,
    /// Enum variant: the ISO 639-1 code capitalized (`En`).
    variant: String,
    stemmer: Option<&'static str>,
    /// Every splitter abbreviation with its class, sorted by word.
    abbreviations: Vec<(String, &'static str)>,
    /// Months and their abbreviations, sorted (what the date rules look up).
    month_words: Vec<String>,
    /// Weekdays, sorted.
    weekday_words: Vec<String>,
}

fn check(path: &Path, problems: &mut Problems) -> Option<CheckedLanguage> {
    let shown = format!("languages/{}", path.file_name()?.to_string_lossy());
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            problems.add(&shown, format!("cannot be read: {e}"));
            return None;
        }
    };
    let file: LanguageFile = match toml::from_str(&text) {
        Ok(f) => f,
        Err(e) => {
            problems.add(&shown, e.to_string().trim_end().to_string());
            return None;
        }
    };
    let p = problems;
    let f = &shown;
    if file.code.len() != 2 || !file.code.bytes().all(|b| b.is_ascii_lowercase()) {
        p.add(f, format!("code {:?} must be an ISO 639-1 code (two lowercase letters)", file.code));
    }
    if path.file_stem().is_some_and(|s| s != file.code.as_str()) {
        p.add(f, format!("the file of code {:?} must be named languages/{}.toml", file.code, file.code));
    }
    if file.code3.len() != 3 || !file.code3.bytes().all(|b| b.is_ascii_lowercase()) {
        p.add(f, format!("code3 {:?} must be an ISO 639-3 code (three lowercase letters)", file.code3));
    }
    if file.name.is_empty() || !file.name.is_ascii() || file.name.trim() != file.name {
        p.add(f, format!("name {:?} must be the language's English name", file.name));
    }
    if file.native_name.trim().is_empty() {
        p.add(f, "native_name must not be empty".to_string());
    }
    let stemmer = match &file.stemmer {
        None => None,
        Some(name) => match STEMMERS.iter().find(|(n, _)| n == name) {
            Some((_, variant)) => Some(*variant),
            None => {
                let known: Vec<&str> = STEMMERS.iter().map(|(n, _)| *n).collect();
                p.add(
                    f,
                    format!("stemmer {name:?} is not a Snowball algorithm rust-stemmers has ({})", known.join(", ")),
                );
                None
            }
        },
    };
    if let Some(id) = &file.identification {
        check_list(p, f, "[identification] function_words", &id.function_words, Case::Lower);
        check_list(p, f, "[identification] letters", &id.letters, Case::Lower);
        if id.function_words.is_empty() {
            p.add(f, "[identification] function_words: empty (remove the table instead)".to_string());
        }
    }
    check_list(p, f, "[words] stop", &file.words.stop, Case::Lower);
    check_list(p, f, "[keywords] generic", &file.keywords.generic, Case::Lower);
    if let Some(n) = &file.numbers {
        let one_char = |s: &str| s.chars().count() == 1;
        if !one_char(&n.decimal) || n.thousands.iter().any(|t| !one_char(t)) {
            p.add(f, "[numbers]: decimal and each thousands separator are one character".to_string());
        }
        if n.thousands.contains(&n.decimal) {
            p.add(f, format!("[numbers]: {:?} cannot be both the decimal and a thousands separator", n.decimal));
        }
        // One character each, so a space (`12 000`) is allowed here.
        if n.thousands.windows(2).any(|w| w[0] >= w[1]) {
            p.add(f, "[numbers] thousands: not sorted in byte order, or a mark listed twice".to_string());
        }
    }
    let a = &file.abbreviations;
    let c = &file.calendar;
    let mut classes: BTreeMap<String, Vec<&'static str>> = BTreeMap::new();
    for (key, list, class) in [
        ("[abbreviations] title", &a.title, "Title"),
        ("[abbreviations] internal", &a.internal, "Internal"),
        ("[abbreviations] number", &a.number, "Number"),
        ("[abbreviations] time", &a.time, "Time"),
        ("[abbreviations] etc", &a.etc, "Etc"),
        ("[abbreviations] ambiguous", &a.ambiguous, "Ambiguous"),
        ("[calendar] month_abbreviations", &c.month_abbreviations, "Date"),
        ("[calendar] weekday_abbreviations", &c.weekday_abbreviations, "Date"),
    ] {
        check_list(p, f, key, list, Case::Abbreviation);
        for word in list {
            classes.entry(word.clone()).or_default().push(class);
        }
    }
    for (word, in_classes) in &classes {
        if in_classes.len() > 1 {
            p.add(f, format!("abbreviation {word:?} is in more than one class ({})", in_classes.join(", ")));
        }
    }
    check_list(p, f, "[abbreviations] capitalized", &a.capitalized, Case::Capitalized);
    check_list(p, f, "[abbreviations] also_words", &a.also_words, Case::Abbreviation);
    for word in a.also_words.iter().filter(|w| !classes.contains_key(*w)) {
        p.add(f, format!("[abbreviations] also_words: {word:?} is in no class of abbreviations"));
    }
    for (key, list) in file.sentences.lists() {
        check_list(p, f, &format!("[sentences] {key}"), list, Case::Lower);
    }
    check_list(p, f, "[layout] furniture", &file.layout.furniture, Case::Lower);
    check_list(p, f, "[layout] stamps", &file.layout.stamps, Case::Lower);
    check_list(p, f, "[layout] bylines", &file.layout.bylines, Case::Lower);
    check_calendar(p, f, "[calendar] months", &c.months, 12);
    check_calendar(p, f, "[calendar] weekdays", &c.weekdays, 7);
    for (key, list) in file.entities.lists() {
        check_list(p, f, &format!("[entities] {key}"), list, Case::Lower);
    }
    check_list(p, f, "[tagger] abbreviations", &file.tagger.abbreviations, Case::Lower);

    let abbreviations = classes.into_iter().map(|(w, c)| (w, c[0])).collect();
    let month_words: BTreeSet<String> = c.months.iter().chain(&c.month_abbreviations).cloned().collect();
    let weekday_words: BTreeSet<String> = c.weekdays.iter().cloned().collect();
    let mut variant = file.code.clone();
    variant[..1].make_ascii_uppercase();
    Some(CheckedLanguage {
        variant,
        stemmer,
        abbreviations,
        month_words: month_words.into_iter().collect(),
        weekday_words: weekday_words.into_iter().collect(),
        file,
    })
}

/// Codes, names and identification priorities are unique across files.
fn check_unique(languages: &[CheckedLanguage], problems: &mut Problems) {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for l in languages {
        let f = &l.file;
        let mut keys = vec![("code", f.code.clone()), ("code", f.code3.clone()), ("code", f.name.to_ascii_lowercase())];
        if let Some(id) = &f.identification {
            keys.push(("priority", id.priority.to_string()));
        }
        for (kind, key) in keys {
            if let Some(other) = seen.insert(format!("{kind} {key}"), f.code.clone()) {
                problems.add(
                    &format!("languages/{}.toml", f.code),
                    format!("{kind} {key:?} is also used by languages/{other}.toml"),
                );
            }
        }
    }
    if !languages.iter().any(|l| l.file.code == "en") {
        problems.add("languages/en.toml", "missing: English is the fallback language".to_string());
    }
}

fn chars(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("{:?}", w.chars().next().unwrap_or(' '))).collect();
    format!("&[{}]", quoted.join(", "))
}

/// Every word of every list, in one string with the length of each word
/// (`src/language/word_list.rs`): a list is a range of word numbers. One
/// byte per word in the data instead of a `&str`'s 8 (pointer and length),
/// which gzip barely shrinks; the offsets are summed up once at run time.
#[derive(Default)]
struct WordTable {
    text: String,
    ends: Vec<usize>,
}

impl WordTable {
    /// Adds `words` (when `keep`) and returns the `WordList` that reads them.
    fn list<S: AsRef<str>>(&mut self, words: &[S], keep: bool) -> String {
        if !keep || words.is_empty() {
            return "WordList::EMPTY".to_string();
        }
        let first = self.ends.len();
        for w in words {
            self.text.push_str(w.as_ref());
            self.ends.push(self.text.len());
        }
        format!("WordList::new({first}, {})", words.len())
    }

    /// The smallest unsigned type that holds `max`.
    fn int_type(max: usize) -> &'static str {
        if max <= u16::MAX as usize {
            "u16"
        } else {
            "u32"
        }
    }

    /// The Rust of the table: `WORDS`, `LENGTHS` and the integer types that
    /// number their words and bytes.
    fn rust(&self) -> String {
        let mut out = String::new();
        writeln!(out, "/// The number of a word in `WORDS` (and of the first word of a list).").unwrap();
        writeln!(out, "pub(super) type Index = {};", Self::int_type(self.ends.len())).unwrap();
        writeln!(out, "/// A byte offset in `WORDS`.").unwrap();
        writeln!(out, "pub(super) type Offset = {};", Self::int_type(self.text.len())).unwrap();
        writeln!(out, "/// The length in bytes of each word of `WORDS`, in order.").unwrap();
        writeln!(out, "pub(super) static LENGTHS: [u8; {}] = [", self.ends.len()).unwrap();
        let mut start = 0;
        for (i, end) in self.ends.iter().enumerate() {
            out.push_str(if i % 32 == 0 { "\n    " } else { " " });
            // The language files' words are short; a longer one fails the build here.
            let length = u8::try_from(end - start).expect("check_list refuses longer words");
            write!(out, "{length},").unwrap();
            start = *end;
        }
        out.push_str("\n];\n");
        writeln!(out, "/// Every word of every list, one after the other.").unwrap();
        writeln!(out, "pub(super) static WORDS: &str = {:?};", self.text).unwrap();
        out
    }
}

/// The `abbreviations` and `sentences` fields of a profile: what the
/// sentence splitter reads.
fn splitter_tables(l: &CheckedLanguage, lists: bool, table: &mut WordTable) -> String {
    let a = &l.file.abbreviations;
    let words: Vec<&String> = l.abbreviations.iter().map(|(w, _)| w).collect();
    let classes: Vec<String> = l.abbreviations.iter().filter(|_| lists).map(|(_, c)| format!("Abbrev::{c}")).collect();
    let mut out = format!(
        "    abbreviations: Abbreviations {{\n        words: {},\n        classes: &[{}],\n        capitalized: {},\n        also_words: {},\n    }},\n    sentences: SentenceWords {{\n",
        table.list(&words, lists),
        classes.join(", "),
        table.list(&a.capitalized, lists),
        table.list(&a.also_words, lists),
    );
    for (key, words) in l.file.sentences.lists() {
        writeln!(out, "        {key}: {},", table.list(words, lists)).unwrap();
    }
    let s = &l.file.sentences;
    writeln!(
        out,
        "        ordinal_dots: {},\n        nouns_capitalized: {},\n        semicolon_before_opener: {},\n        colon_before_quote: {},",
        s.ordinal_dots, s.nouns_capitalized, s.semicolon_before_opener, s.colon_before_quote
    )
    .unwrap();
    out.push_str("    },");
    out
}

/// Writes the Rust of every language. Without `all_lists` (the cargo feature
/// `languages` off: the page's first WebAssembly module) only English keeps
/// its word lists and stemmer; the other languages keep their codes, names
/// and identification words, so they are still recognised, and are analysed
/// like a language without lists (no keywords; see `Profile::has_keywords`).
fn generate(languages: &[CheckedLanguage], all_lists: bool) -> String {
    let mut out = String::from(
        "// Generated by build.rs from languages/*.toml: edit those files, not this one.\n\n\
         use super::{Abbreviations, Calendar, EntityWords, LayoutWords, Numbers, Profile, SentenceWords, WordList};\n\
         use crate::text::abbreviations::Abbrev;\n\
         use rust_stemmers::Algorithm;\n\n",
    );
    out.push_str("/// A language nutshell knows: one file in `languages/`, named by its ISO 639-1 code.\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Language {\n");
    for l in languages {
        writeln!(out, "    /// {} ({}, {}).", l.file.name, l.file.code, l.file.code3).unwrap();
        writeln!(out, "    {},", l.variant).unwrap();
    }
    out.push_str("}\n\nimpl Language {\n    /// Every language, in code order.\n");
    writeln!(out, "    pub const ALL: [Language; {}] = [", languages.len()).unwrap();
    for l in languages {
        writeln!(out, "        Language::{},", l.variant).unwrap();
    }
    out.push_str("    ];\n}\n\n");

    let mut table = WordTable::default();
    for l in languages {
        let f = &l.file;
        let lists = all_lists || f.code == "en";
        let (decimal, thousands) = match &f.numbers {
            Some(n) if lists => (format!("Some({:?})", n.decimal.chars().next().unwrap_or('.')), chars(&n.thousands)),
            _ => ("None".to_string(), "&[]".to_string()),
        };
        let e = &f.entities;
        // In the order of the fields below: the table stores the words in
        // the order they are added, and neighbours compress together.
        // Identification works in every build.
        let function_words = table.list(f.identification.as_ref().map_or(&[][..], |i| &i.function_words), true);
        let letters = table.list(f.identification.as_ref().map_or(&[][..], |i| &i.letters), true);
        let stop = table.list(&f.words.stop, lists);
        let generic = table.list(&f.keywords.generic, lists);
        let splitter = splitter_tables(l, lists, &mut table);
        let furniture = table.list(&f.layout.furniture, lists);
        let stamps = table.list(&f.layout.stamps, lists);
        let bylines = table.list(&f.layout.bylines, lists);
        let months = table.list(&f.calendar.months, lists);
        let month_abbreviations = table.list(&f.calendar.month_abbreviations, lists);
        let weekdays = table.list(&f.calendar.weekdays, lists);
        let weekday_abbreviations = table.list(&f.calendar.weekday_abbreviations, lists);
        let month_words = table.list(&l.month_words, lists);
        let weekday_words = table.list(&l.weekday_words, lists);
        let entity_lists: String =
            e.lists().iter().map(|(key, words)| format!("        {key}: {},\n", table.list(words, lists))).collect();
        let tagger = table.list(&f.tagger.abbreviations, lists);
        writeln!(
            out,
            "pub(super) const {upper}: Profile = Profile {{
    language: Language::{variant},
    code: {code:?},
    code3: {code3:?},
    name: {name:?},
    native_name: {native:?},
    stemmer: {stemmer},
    function_words: {function_words},
    letters: {letters},
    stop_words: {stop},
    generic: {generic},
    numbers: Numbers {{ decimal: {decimal}, thousands: {thousands} }},
{splitter}
    layout: LayoutWords {{ furniture: {furniture}, stamps: {stamps}, bylines: {bylines} }},
    calendar: Calendar {{
        months: {months},
        month_abbreviations: {month_abbreviations},
        weekdays: {weekdays},
        weekday_abbreviations: {weekday_abbreviations},
        month_words: {month_words},
        weekday_words: {weekday_words},
    }},
    entities: EntityWords {{
        lowercase_calendar: {lowercase_calendar},
        acronyms_are_orgs: {acronyms_are_orgs},
{entity_lists}    }},
    tagger_abbreviations: {tagger},
}};
",
            upper = f.code.to_ascii_uppercase(),
            variant = l.variant,
            code = f.code,
            code3 = f.code3,
            name = f.name,
            native = f.native_name,
            stemmer = l.stemmer.filter(|_| lists).map_or("None".to_string(), |s| format!("Some(Algorithm::{s})")),
            lowercase_calendar = e.lowercase_calendar,
            acronyms_are_orgs = e.acronyms_are_orgs,
        )
        .unwrap();
    }
    out.push_str("/// Every profile, indexed by `Language as usize`.\n");
    writeln!(out, "pub(super) static PROFILES: [Profile; {}] = [", languages.len()).unwrap();
    for l in languages {
        writeln!(out, "    {},", l.file.code.to_ascii_uppercase()).unwrap();
    }
    out.push_str("];\n\n");
    let mut identified: Vec<&CheckedLanguage> = languages.iter().filter(|l| l.file.identification.is_some()).collect();
    identified.sort_by_key(|l| l.file.identification.as_ref().map(|i| i.priority));
    out.push_str("/// The languages identified by their function words, ties going to the first.\n");
    writeln!(out, "pub(super) const BY_FUNCTION_WORDS: [Language; {}] = [", identified.len()).unwrap();
    for l in identified {
        writeln!(out, "    Language::{},", l.variant).unwrap();
    }
    out.push_str("];\n\n");
    out.push_str(&table.rust());
    out
}

/// Reads and checks every `*.toml` in `dir`: the languages in code order,
/// or every problem found.
pub fn read_languages(dir: &Path) -> Result<Vec<CheckedLanguage>, Vec<String>> {
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => return Err(vec![format!("cannot read {}: {e}", dir.display())]),
    };
    paths.retain(|p| p.extension().is_some_and(|x| x == "toml"));
    paths.sort();
    let mut problems = Problems(Vec::new());
    let languages: Vec<CheckedLanguage> = paths.iter().filter_map(|p| check(p, &mut problems)).collect();
    check_unique(&languages, &mut problems);
    if problems.0.is_empty() {
        Ok(languages)
    } else {
        Err(problems.0)
    }
}

/// The lowercase mapping of every character, as runs for `src/text/lowercase.rs`:
/// written from this toolchain's own `char::to_lowercase` (the build script and the
/// crate are compiled by the same rustc, so with the same Unicode tables), so that the
/// WebAssembly module does not carry core's 11.7 KB table of single pairs. A run is
/// `count` characters `step` apart (1 or 2) that all move by the same `delta`; the one
/// character whose lowercase is two characters (U+0130) is handled in the code. The
/// test `lowercase::tests::same_as_core` compares every character with core's.
fn lowercase_table() -> String {
    // (start, count, step, delta)
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let mut lower = c.to_lowercase();
        let (Some(l), None) = (lower.next(), lower.next()) else { continue };
        if l == c {
            continue;
        }
        let (cp, delta) = (c as u32, l as i64 - c as i64);
        if let Some(last) = runs.last_mut() {
            let end = last.0 + (last.1 - 1) * last.2;
            let step = cp - end;
            if last.3 == delta && last.1 < 127 && (step == last.2 || (last.1 == 1 && step == 2)) {
                last.2 = step;
                last.1 += 1;
                continue;
            }
        }
        runs.push((cp, 1, 1, delta));
    }
    let mut out = String::from("// Generated by build.rs from char::to_lowercase: see `lowercase_table` there.\n\n");
    out.push_str("/// Each run: its first character << 8 | its length << 1 | (step is 2).\n");
    writeln!(out, "static RUNS: [u32; {}] = [", runs.len()).unwrap();
    for (start, count, step, _) in &runs {
        writeln!(out, "    {:#x},", start << 8 | count << 1 | (step - 1)).unwrap();
    }
    out.push_str("];\n/// What each run adds to its characters.\n");
    writeln!(out, "static DELTAS: [i32; {}] = [", runs.len()).unwrap();
    for (.., delta) in &runs {
        writeln!(out, "    {delta},").unwrap();
    }
    out.push_str("];\n");
    out
}

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    println!("cargo::rerun-if-changed=languages");
    println!("cargo::rerun-if-changed=src/language/entity_lists.rs");
    match read_languages(&root.join("languages")) {
        Ok(languages) => {
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("languages.rs");
            // Cargo tells a build script its package's features through the environment.
            let all_lists = std::env::var_os("CARGO_FEATURE_LANGUAGES").is_some();
            std::fs::write(&out, generate(&languages, all_lists)).expect("OUT_DIR is writable");
            std::fs::write(out.with_file_name("lowercase.rs"), lowercase_table()).expect("OUT_DIR is writable");
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("error: {p}");
            }
            eprintln!(
                "error: {} problem(s) in languages/*.toml (see DESIGN.md, \"Adding a language\")",
                problems.len()
            );
            std::process::exit(1);
        }
    }
}
