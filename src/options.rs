//! The options every front end shares, and the one path by which a front
//! end's raw values become them.
//!
//! [`Options`] is the typed form the core reads. Front ends that receive
//! loosely typed values (a JavaScript object, a JSONL row) deserialize them
//! with serde into [`OptionValues`] — every key optional, every value of any
//! type until checked — and [`OptionValues::into_options`] validates them
//! with messages that name the option the way that front end spells it
//! (`options.maxInputBytes` in JS, `--max-bytes` in the CLI, `"ratio"` in a
//! JSONL row, `max_input_bytes` in Rust). The CLI maps its flags onto the
//! same values, so there is one validation path for all of them.

use crate::error::{Error, Result};
use crate::language::Language;
use serde::de::{self, Deserialize, Deserializer, IntoDeserializer, Visitor};
use std::fmt;

/// The default maximum input size: 20 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// A summary length preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Length {
    /// About 3 sentences for an article.
    Short,
    /// About 5 sentences for an article.
    #[default]
    Medium,
    /// About 7 sentences for an article.
    Long,
}

impl Length {
    pub fn parse(s: &str) -> Option<Length> {
        match s.trim().to_ascii_lowercase().as_str() {
            "short" => Some(Length::Short),
            "medium" => Some(Length::Medium),
            "long" => Some(Length::Long),
            _ => None,
        }
    }

    /// Sentences for a text with `candidates` summarisable sentences: 3/5/7
    /// for an article, growing with the square root of longer texts.
    pub fn sentences(self, candidates: usize) -> usize {
        let base = match self {
            Length::Short => 3.0,
            Length::Medium => 5.0,
            Length::Long => 7.0,
        };
        let scale = (candidates as f64 / 40.0).sqrt().max(1.0);
        (base * scale).round() as usize
    }
}

/// How long the summary should be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Budget {
    /// Exactly this many sentences (fewer if the text has fewer).
    Sentences(usize),
    /// As many sentences as fit in this many words.
    Words(usize),
    /// This fraction (0 < r ≤ 1) of the text's sentences, at least one.
    Ratio(f64),
    /// A preset.
    Length(Length),
}

impl Default for Budget {
    fn default() -> Self {
        Budget::Length(Length::Medium)
    }
}

impl Budget {
    /// The number of sentences to aim for, given the candidates (for a word
    /// budget: an upper bound, the words decide).
    pub fn target(&self, candidates: usize) -> usize {
        let n = match *self {
            Budget::Sentences(n) => n,
            Budget::Words(_) => candidates,
            Budget::Ratio(r) => ((candidates as f64 * r).ceil() as usize).max(1),
            Budget::Length(l) => l.sentences(candidates),
        };
        n.min(candidates)
    }
}

/// Options for every analysis, typed and checked. Build them from user input
/// with [`OptionValues::into_options`]; an [`Analyzer`](crate::Analyzer)
/// checks them again when it is built.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// How long the summary should be.
    pub budget: Budget,
    /// `None` detects the language.
    pub language: Option<Language>,
    /// How many keywords to return.
    pub keywords: usize,
    /// Inputs longer than this (in UTF-8 bytes) are refused.
    pub max_input_bytes: usize,
    /// Whether `analyze` tags entities (the costliest analysis; a caller that
    /// shows only the summary can skip it).
    pub entities: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            budget: Budget::default(),
            language: None,
            keywords: 10,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            entities: true,
        }
    }
}

impl Options {
    /// Checks the values a typed caller may get wrong (a zero count, a ratio
    /// out of range, a zero size limit), naming them as `front_end` does.
    pub fn validate(&self, front_end: FrontEnd) -> Result<()> {
        let bad = |field: &str, message: String| Err(Error::invalid_option(&front_end.name(field), message));
        match self.budget {
            Budget::Sentences(0) => return bad("sentences", "must be a positive integer, got 0".into()),
            Budget::Words(0) => return bad("words", "must be a positive integer, got 0".into()),
            Budget::Ratio(r) if !(r > 0.0 && r <= 1.0) => return bad("ratio", ratio_message(r)),
            _ => {}
        }
        if self.max_input_bytes == 0 {
            return bad("maxInputBytes", "must be a positive integer, got 0".into());
        }
        Ok(())
    }
}

fn ratio_message(r: f64) -> String {
    format!("must be a number greater than 0 and at most 1, got {}", js_number(r))
}

/// Where options come from. It decides only how an option is named in error
/// messages, so that every user reads the name they wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FrontEnd {
    /// The Rust API: `max_input_bytes`.
    #[default]
    Rust,
    /// JavaScript (the wasm bindings, the npm package): `options.maxInputBytes`.
    JavaScript,
    /// The command line: `--max-bytes`.
    Cli,
    /// A row of the CLI's batch mode: `"maxInputBytes"`.
    Jsonl,
}

impl FrontEnd {
    /// How this front end spells the option whose serde (camelCase) name is `field`.
    pub fn name(self, field: &str) -> String {
        match self {
            FrontEnd::Rust => {
                let mut out = String::with_capacity(field.len() + 4);
                for c in field.chars() {
                    if c.is_ascii_uppercase() {
                        out.push('_');
                    }
                    out.push(c.to_ascii_lowercase());
                }
                out
            }
            FrontEnd::JavaScript => format!("options.{field}"),
            FrontEnd::Cli => match field {
                "language" => "--lang".into(),
                "keywords" => "--count".into(),
                "maxInputBytes" => "--max-bytes".into(),
                _ => format!("--{field}"),
            },
            FrontEnd::Jsonl => format!("\"{field}\""),
        }
    }
}

/// A value as a front end gave it, before it is checked against the option's
/// type. Deserializes from anything, so that a wrong type gets a message
/// naming the option ("options.sentences must be a number, got '3'") rather
/// than a deserializer's.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    /// Anything else, described for a message: `an array`, `an object`, `a function`.
    Other(String),
}

impl Value {
    /// A short description for error messages, in JavaScript's notation.
    pub fn describe(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => js_number(*n),
            Value::String(s) => {
                let short: String = s.chars().take(40).collect();
                format!("'{short}'{}", if short.len() < s.len() { "…" } else { "" })
            }
            Value::Other(d) => d.clone(),
        }
    }
}

/// A number as JavaScript writes it: `NaN`, `Infinity`, `3` rather than `3.0`.
/// In wasm JavaScript writes it (`Number.prototype.toString`): the page's module then holds no
/// float formatting (≈ 14 KB of code, 5 KB gzipped). The two agree except below 1e-6, where
/// Rust writes `0.0000001` and JavaScript `1e-7`.
#[cfg(target_arch = "wasm32")]
pub(crate) fn js_number(n: f64) -> String {
    js_sys::Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default()
}

/// A number as JavaScript writes it: `NaN`, `Infinity`, `3` rather than `3.0`.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn js_number(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if n.abs() >= 1e21 {
        let s = format!("{n:e}");
        match s.split_once('e') {
            Some((m, e)) if !e.starts_with('-') => format!("{m}e+{e}"),
            _ => s,
        }
    } else {
        format!("{n}")
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Value, D::Error> {
        struct AnyValue;
        impl<'de> Visitor<'de> for AnyValue {
            type Value = Value;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_unit<E>(self) -> std::result::Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_none<E>(self) -> std::result::Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
                Value::deserialize(d)
            }
            fn visit_bool<E>(self, b: bool) -> std::result::Result<Value, E> {
                Ok(Value::Bool(b))
            }
            fn visit_i64<E>(self, n: i64) -> std::result::Result<Value, E> {
                Ok(Value::Number(n as f64))
            }
            fn visit_u64<E>(self, n: u64) -> std::result::Result<Value, E> {
                Ok(Value::Number(n as f64))
            }
            fn visit_f64<E>(self, n: f64) -> std::result::Result<Value, E> {
                Ok(Value::Number(n))
            }
            fn visit_str<E>(self, s: &str) -> std::result::Result<Value, E> {
                Ok(Value::String(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> std::result::Result<Value, E> {
                Ok(Value::String(s))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Value, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Value::Other("an array".into()))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Value, A::Error> {
                while map.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
                Ok(Value::Other("an object".into()))
            }
            // Only `Value`'s own deserializer produces this: a description of a
            // value that has no serde equivalent (a JS function, a symbol).
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
                Ok(Value::Other(String::deserialize(d)?))
            }
        }
        d.deserialize_any(AnyValue)
    }
}

/// Values read by a front end itself (the wasm bindings read a JS object key
/// by key) deserialize through the same serde path as JSON.
impl<'de> Deserializer<'de> for Value {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, Self::Error> {
        match self {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Number(n) => visitor.visit_f64(n),
            Value::String(s) => visitor.visit_string(s),
            Value::Other(d) => visitor.visit_newtype_struct(d.into_deserializer()),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, Self::Error> {
        match self {
            Value::Null => visitor.visit_none(),
            v => visitor.visit_some(v),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de> IntoDeserializer<'de, de::value::Error> for Value {
    type Deserializer = Value;
    fn into_deserializer(self) -> Value {
        self
    }
}

/// Options as a front end gives them: the JS option object's keys, a JSONL
/// row's fields. Every key is optional (absent and `null` mean "the
/// default"); [`into_options`](OptionValues::into_options) checks the values.
/// Unknown keys are ignored by serde here: a front end that must reject them
/// compares its keys with [`OptionValues::names`].
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OptionValues {
    /// Number of summary sentences.
    pub sentences: Option<Value>,
    /// At most this many words of summary.
    pub words: Option<Value>,
    /// This fraction of the sentences, 0 < r ≤ 1.
    pub ratio: Option<Value>,
    /// `short`, `medium` or `long`.
    pub length: Option<Value>,
    /// `auto`, an ISO 639-1/639-3 code or an English language name.
    pub language: Option<Value>,
    /// How many keywords.
    pub keywords: Option<Value>,
    /// Refuse longer inputs (UTF-8 bytes).
    pub max_input_bytes: Option<Value>,
    /// Whether to tag entities.
    pub entities: Option<Value>,
}

impl OptionValues {
    /// The option names (camelCase), as serde reads them. The TypeScript
    /// declarations are tested against this list.
    pub fn names() -> &'static [&'static str] {
        static NAMES: std::sync::OnceLock<&'static [&'static str]> = std::sync::OnceLock::new();
        NAMES.get_or_init(field_names::<OptionValues>)
    }

    /// Reads `pairs` (a JS object's own keys and values), rejecting unknown
    /// keys by name.
    pub fn from_pairs(pairs: Vec<(String, Value)>) -> Result<OptionValues> {
        let unknown: Vec<String> =
            pairs.iter().filter(|(k, _)| !Self::names().contains(&k.as_str())).map(|(k, _)| k.clone()).collect();
        if !unknown.is_empty() {
            return Err(Error::unknown_options(unknown));
        }
        let map = de::value::MapDeserializer::<_, de::value::Error>::new(pairs.into_iter());
        // Cannot fail: every known field takes any value.
        OptionValues::deserialize(map).map_err(|e| Error::invalid_option("options", e.to_string()))
    }

    /// Checks the values and applies them over `base`, naming options in
    /// messages as `front_end` spells them.
    pub fn into_options(self, base: &Options, front_end: FrontEnd) -> Result<Options> {
        let name = |field: &str| front_end.name(field);
        let bad = |field: &str, message: String| Error::invalid_option(&name(field), message);
        let number = |field: &str, v: Value| -> Result<f64> {
            match v {
                Value::Number(n) => Ok(n),
                other => Err(bad(field, format!("must be a number, got {}", other.describe()))),
            }
        };
        // A whole number in [min, max].
        let whole = |field: &str, v: Value, min: f64, max: f64, what: &str| -> Result<usize> {
            let n = number(field, v)?;
            if n.fract() == 0.0 && n >= min && n <= max {
                Ok(n as usize)
            } else {
                Err(bad(field, format!("must be {what}, got {}", js_number(n))))
            }
        };
        let mut options = base.clone();

        let given = [&self.sentences, &self.words, &self.ratio, &self.length].iter().filter(|v| v.is_some()).count();
        if given > 1 {
            let names = format!("{}, {}, {} and {}", name("sentences"), name("words"), name("ratio"), name("length"));
            return Err(Error::invalid_option(&names, "are alternatives: give at most one of them"));
        }
        // 1e9 sentences or words is "all of them"; beyond, a count is a mistake.
        let count_max = 1e9;
        if let Some(v) = self.sentences {
            options.budget = Budget::Sentences(whole("sentences", v, 1.0, count_max, "a positive integer")?);
        }
        if let Some(v) = self.words {
            options.budget = Budget::Words(whole("words", v, 1.0, count_max, "a positive integer")?);
        }
        if let Some(v) = self.ratio {
            let r = number("ratio", v)?;
            if !(r > 0.0 && r <= 1.0) {
                return Err(bad("ratio", ratio_message(r)));
            }
            options.budget = Budget::Ratio(r);
        }
        if let Some(v) = self.length {
            let expected = "'short', 'medium' or 'long'";
            options.budget = match &v {
                Value::String(s) => match Length::parse(s) {
                    Some(l) => Budget::Length(l),
                    None => return Err(bad("length", format!("must be {expected}, got '{s}'"))),
                },
                other => return Err(bad("length", format!("must be {expected}, got {}", other.describe()))),
            };
        }
        if let Some(v) = self.language {
            options.language = match v {
                Value::String(s) => parse_language(&s, &name("language"))?,
                other => {
                    return Err(bad(
                        "language",
                        format!("must be a string such as 'auto' or 'en', got {}", other.describe()),
                    ))
                }
            };
        }
        if let Some(v) = self.keywords {
            options.keywords = whole("keywords", v, 0.0, u32::MAX as f64, "a non-negative integer")?;
        }
        if let Some(v) = self.max_input_bytes {
            options.max_input_bytes = whole("maxInputBytes", v, 1.0, u32::MAX as f64, "a positive integer")?;
        }
        if let Some(v) = self.entities {
            options.entities = match v {
                Value::Bool(b) => b,
                other => return Err(bad("entities", format!("must be true or false, got {}", other.describe()))),
            };
        }
        Ok(options)
    }
}

/// Parses a language option: `auto` (or empty) detects; otherwise an ISO
/// 639-1 or 639-3 code or an English name. `name` is the option's name in
/// the message.
pub fn parse_language(value: &str, name: &str) -> Result<Option<Language>> {
    let v = value.trim();
    if v.is_empty() || v.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    match Language::from_code(v) {
        Some(l) => Ok(Some(l)),
        None => Err(Error::invalid_option(
            name,
            format!("is not a language nutshell knows: '{v}' (try 'auto' or a code such as 'en')"),
        )),
    }
}

/// The field names serde's derive gives a struct, read by asking it to
/// deserialize from a deserializer that only records them.
fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Recorder<'a>(&'a mut &'static [&'static str]);
    impl<'de> Deserializer<'de> for Recorder<'_> {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> std::result::Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> std::result::Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(de::Error::custom("recorded"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Recorder(&mut fields));
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn js(pairs: &[(&str, Value)]) -> Result<Options> {
        let pairs = pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        OptionValues::from_pairs(pairs)?.into_options(&Options::default(), FrontEnd::JavaScript)
    }

    fn message(r: Result<Options>) -> String {
        r.expect_err("expected an error").to_string()
    }

    #[test]
    fn names_are_the_serde_fields() {
        assert_eq!(
            OptionValues::names(),
            ["sentences", "words", "ratio", "length", "language", "keywords", "maxInputBytes", "entities"]
        );
    }

    #[test]
    fn front_ends_name_options_their_way() {
        let table = [
            (FrontEnd::Rust, "maxInputBytes", "max_input_bytes"),
            (FrontEnd::JavaScript, "maxInputBytes", "options.maxInputBytes"),
            (FrontEnd::Cli, "maxInputBytes", "--max-bytes"),
            (FrontEnd::Cli, "language", "--lang"),
            (FrontEnd::Cli, "sentences", "--sentences"),
            (FrontEnd::Jsonl, "ratio", "\"ratio\""),
        ];
        let failures: Vec<_> =
            table.iter().filter(|(f, field, want)| f.name(field) != *want).map(|(f, field, _)| (f, field)).collect();
        assert!(failures.is_empty(), "{failures:?}");
    }

    #[test]
    fn messages() {
        use Value::*;
        type Row = (&'static str, Vec<(&'static str, Value)>, &'static str);
        let table: Vec<Row> = vec![
            ("negative", vec![("sentences", Number(-3.0))], "options.sentences must be a positive integer, got -3"),
            ("string", vec![("sentences", String("3".into()))], "options.sentences must be a number, got '3'"),
            ("nan", vec![("sentences", Number(f64::NAN))], "options.sentences must be a positive integer, got NaN"),
            ("infinity", vec![("words", Number(f64::INFINITY))], "options.words must be a positive integer, got Infinity"),
            ("fraction", vec![("keywords", Number(2.5))], "options.keywords must be a non-negative integer, got 2.5"),
            ("ratio", vec![("ratio", Number(1.5))], "options.ratio must be a number greater than 0 and at most 1, got 1.5"),
            ("length", vec![("length", String("huge".into()))], "options.length must be 'short', 'medium' or 'long', got 'huge'"),
            ("length type", vec![("length", Number(3.0))], "options.length must be 'short', 'medium' or 'long', got 3"),
            ("array", vec![("ratio", Other("an array".into()))], "options.ratio must be a number, got an array"),
            ("language", vec![("language", String("xx".into()))], "options.language is not a language nutshell knows: 'xx' (try 'auto' or a code such as 'en')"),
            ("entities", vec![("entities", Number(1.0))], "options.entities must be true or false, got 1"),
            ("two", vec![("sentences", Number(2.0)), ("words", Number(30.0))], "options.sentences, options.words, options.ratio and options.length are alternatives: give at most one of them"),
            ("unknown", vec![("sentense", Number(3.0))], "unknown option 'sentense'"),
            ("unknowns", vec![("foo", Number(1.0)), ("bar", Null)], "unknown options 'foo', 'bar'"),
            ("size", vec![("maxInputBytes", Number(0.0))], "options.maxInputBytes must be a positive integer, got 0"),
        ];
        let failures: Vec<std::string::String> = table
            .into_iter()
            .filter_map(|(name, pairs, want)| {
                let got = message(js(&pairs));
                (got != want).then(|| format!("{name}: got {got:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn values_apply_over_the_base() {
        use Value::*;
        let o =
            js(&[("sentences", Number(3.0)), ("keywords", Number(0.0)), ("entities", Bool(false)), ("length", Null)])
                .unwrap();
        assert_eq!(o.budget, Budget::Sentences(3));
        assert_eq!((o.keywords, o.entities), (0, false));
        let o = js(&[("language", String("German".into())), ("maxInputBytes", Number(100.0))]).unwrap();
        assert_eq!((o.language.map(|l| l.code().to_string()), o.max_input_bytes), (Some("de".into()), 100));
        assert_eq!(js(&[]).unwrap(), Options::default());
    }

    #[test]
    fn typed_options_are_checked_too() {
        let o = Options { budget: Budget::Ratio(0.0), ..Options::default() };
        assert_eq!(
            o.validate(FrontEnd::Rust).unwrap_err().to_string(),
            "ratio must be a number greater than 0 and at most 1, got 0"
        );
        let o = Options { budget: Budget::Sentences(0), ..Options::default() };
        assert_eq!(o.validate(FrontEnd::Cli).unwrap_err().to_string(), "--sentences must be a positive integer, got 0");
    }

    #[test]
    fn js_numbers() {
        let table = [(3.0, "3"), (2.5, "2.5"), (-0.5, "-0.5"), (1e21, "1e+21"), (f64::NEG_INFINITY, "-Infinity")];
        let failures: Vec<_> = table.iter().filter(|(n, s)| js_number(*n) != *s).collect();
        assert!(failures.is_empty(), "{failures:?}");
    }
}
