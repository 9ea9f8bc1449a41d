//! WebAssembly bindings (wasm32 only): JS values in, plain JS objects out.
//!
//! Nothing here analyses text. An exported `Analyzer` class wraps the core's
//! [`Analyzer`]; the module-level functions use a default instance, whose
//! entity model `loadModel` replaces. Each call reads the text and the
//! options, calls the core, converts byte offsets to UTF-16 code units (so
//! `text.slice(start, end)` is the reported text in JS) and hands back plain
//! objects with the same field names as the CLI's JSON. Every failure is
//! thrown as a JS `Error` carrying the core's message.
//!
//! Nothing a caller passes may throw through wasm frames: an exception that
//! unwinds them skips the shadow-stack cleanup, and after a few thousand such
//! calls the module is dead. So every JS operation that can run user code
//! (a Proxy trap, a getter) goes through a `catch` import below, and its
//! exception becomes an ordinary error.
//!
//! Text comes in as a JS string; wasm-bindgen encodes it as UTF-8 and
//! replaces lone surrogates with U+FFFD, which is one UTF-16 unit like the
//! surrogate it replaces, so offsets still line up with the caller's string.

use crate::analyzer::Analyzer;
use crate::entities::Model;
use crate::error::Error;
use crate::language::Language;
use crate::options::{FrontEnd, OptionValues, Value, DEFAULT_MAX_INPUT_BYTES};
use crate::render::SummaryView;
use crate::span::{Offsets, Utf16Map};
use serde::Serialize;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, which runs a Proxy's `ownKeys` trap.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(object: &JsValue) -> Result<js_sys::Array, JsValue>;
    /// `Reflect.get`, which runs getters and `get` traps.
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn reflect_get(object: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    /// `Array.isArray`, which throws for a revoked Proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
}

thread_local! {
    /// The instance behind the module-level functions. `loadModel` replaces
    /// its model; the one it replaces is dropped (nothing leaks).
    static DEFAULT: RefCell<Analyzer> = RefCell::new(js_analyzer());
}

/// The default analyzer, with option names spelled for JavaScript.
fn js_analyzer() -> Analyzer {
    Analyzer::builder().front_end(FrontEnd::JavaScript).build().unwrap_or_default()
}

/// The default instance with `options` applied (its model is shared, not copied).
fn default_with(options: &JsValue) -> Result<Analyzer, Error> {
    let base = DEFAULT.with(|d| d.borrow().clone());
    with_options(&base, options)
}

fn with_options(base: &Analyzer, options: &JsValue) -> Result<Analyzer, Error> {
    let options = read_options(options)?.into_options(base.options(), FrontEnd::JavaScript)?;
    base.to_builder().options(options).front_end(FrontEnd::JavaScript).build()
}

/// Runs the analyses with one set of options and one entity model. Build it
/// once (`new Analyzer(options, modelBytes)`), call it for every text, and
/// `free()` it when done (or leave that to the garbage collector).
#[wasm_bindgen(js_name = Analyzer)]
pub struct JsAnalyzer {
    inner: Analyzer,
}

#[wasm_bindgen(js_class = Analyzer)]
impl JsAnalyzer {
    /// `options` as for the module functions; `model` the bytes of a tagger
    /// model (a file in models/, e.g. ner.bin), which tags the languages it
    /// names in place of the module's models for them, or `undefined` for
    /// the module's current models.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue, model: Option<Vec<u8>>) -> Result<JsAnalyzer, JsError> {
        let base = DEFAULT.with(|d| d.borrow().clone());
        let base = match model {
            Some(bytes) => base.to_builder().add_model(Arc::new(Model::from_bytes(&bytes)?)).build()?,
            None => base,
        };
        Ok(JsAnalyzer { inner: with_options(&base, &options)? })
    }

    /// Everything in one pass: language, title, counts, summary, keywords, entities.
    pub fn analyze(&self, text: JsValue) -> Result<JsValue, JsError> {
        call(Call::Analyze, &text, Ok(&self.inner))
    }

    /// The summary sentences, in text order.
    pub fn summarize(&self, text: JsValue) -> Result<JsValue, JsError> {
        call(Call::Summarize, &text, Ok(&self.inner))
    }

    /// The keywords and keyphrases, best first.
    pub fn keywords(&self, text: JsValue) -> Result<JsValue, JsError> {
        call(Call::Keywords, &text, Ok(&self.inner))
    }

    /// Every entity mention (in text order) and the resolved entities.
    pub fn entities(&self, text: JsValue) -> Result<JsValue, JsError> {
        call(Call::Entities, &text, Ok(&self.inner))
    }

    /// Every sentence of the text (titles and headings included), in order.
    pub fn sentences(&self, text: JsValue) -> Result<JsValue, JsError> {
        call(Call::Sentences, &text, Ok(&self.inner))
    }

    /// True when entity names come from a model for some language (else
    /// only the rules run).
    #[wasm_bindgen(getter, js_name = hasEntityModel)]
    pub fn has_entity_model(&self) -> bool {
        self.inner.has_model()
    }

    /// True when a model tags names in `language` (a code such as `de`).
    #[wasm_bindgen(js_name = hasEntityModelFor)]
    pub fn has_entity_model_for(&self, language: &str) -> bool {
        Language::from_code(language).is_some_and(|l| self.inner.has_model_for(l))
    }

    /// The codes of the languages whose names a model tags.
    #[wasm_bindgen(getter, js_name = entityModelLanguages)]
    pub fn entity_model_languages(&self) -> Vec<String> {
        codes(&self.inner)
    }
}

/// Everything in one pass: language, title, counts, summary, keywords, entities.
#[wasm_bindgen]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    call(Call::Analyze, &text, Err(&options))
}

/// The summary sentences, in text order.
#[wasm_bindgen]
pub fn summarize(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    call(Call::Summarize, &text, Err(&options))
}

/// Every sentence of the text (titles and headings included), in order.
#[wasm_bindgen]
pub fn sentences(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    call(Call::Sentences, &text, Err(&options))
}

/// The keywords and keyphrases, best first.
#[wasm_bindgen]
pub fn keywords(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    call(Call::Keywords, &text, Err(&options))
}

/// The entities: every mention (in text order) and the resolved entities
/// (most mentioned first), as the CLI's `entities --format json`.
#[wasm_bindgen]
pub fn entities(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    call(Call::Entities, &text, Err(&options))
}

/// Analyzes the text under the DOM element `root` (as the page shows it:
/// scripts, styles, hidden and `aria-hidden` subtrees and form fields left
/// out) with `options`, and marks the summary sentences and the mentions of
/// `entity_types` (codes such as `PERSON`) with the CSS Custom Highlight API
/// (`::highlight(nutshell-summary)`, `::highlight(nutshell-person)`…), or
/// with `<mark data-nutshell>` elements when the API is missing and `mark`
/// is true. Returns `{ text, analysis, mode, highlights, marks }`
/// (src/highlight/). Main thread only.
#[cfg(feature = "highlight")]
#[wasm_bindgen]
pub fn highlight(root: JsValue, options: JsValue, entity_types: Vec<String>, mark: bool) -> Result<JsValue, JsError> {
    crate::highlight::highlight(&default_with(&options)?, &root, &entity_types, mark, output)
}

/// Removes what `highlight` returned (`result`), or with no argument every
/// nutshell highlight and mark in the page.
#[cfg(feature = "highlight")]
#[wasm_bindgen(js_name = removeHighlights)]
pub fn remove_highlights(result: JsValue) -> Result<(), JsError> {
    crate::highlight::remove(&result)
}

/// True when the module-level functions tag names with a model: built in
/// (`--features model`) or given to `loadModel`. Without one `entities` finds
/// only what the rules find (money, percentages, dates, times, quantities,
/// e-mail addresses, URLs).
#[wasm_bindgen(js_name = hasEntityModel)]
pub fn has_entity_model() -> bool {
    DEFAULT.with(|d| d.borrow().has_model())
}

/// True when the module-level functions tag names in `language` (a code
/// such as `de`) with a model; false for a code nutshell does not know.
#[wasm_bindgen(js_name = hasEntityModelFor)]
pub fn has_entity_model_for(language: &str) -> bool {
    Language::from_code(language).is_some_and(|l| DEFAULT.with(|d| d.borrow().has_model_for(l)))
}

/// The codes of the languages whose names the module-level functions tag
/// with a model (built in or loaded); texts in the others get the rule
/// entities only (money, dates, …).
#[wasm_bindgen(js_name = entityModelLanguages)]
pub fn entity_model_languages() -> Vec<String> {
    DEFAULT.with(|d| codes(&d.borrow()))
}

fn codes(analyzer: &Analyzer) -> Vec<String> {
    analyzer.model_languages().into_iter().map(|l| l.code().to_string()).collect()
}

/// The model file (in models/, beside the module as the page ships it) that
/// tags names in `language`, or `undefined` when there is none this module
/// can load: what to fetch and give to `loadModel` when a text in that
/// language arrives.
// (The page's first module, without the cargo feature `independent-tagger`, names none for
// Spanish, Italian and Portuguese: the page analyses them in its language module, which names
// ner-xx.bin. A `//` comment: doc comments are copied into the JS glue the page downloads.)
#[wasm_bindgen(js_name = entityModelFile)]
pub fn entity_model_file(language: &str) -> Option<String> {
    Language::from_code(language).and_then(crate::entities::model::file_for).map(str::to_string)
}

/// Gives the module-level functions a tagger model (the bytes of a file in
/// models/, e.g. ner.bin for English): it tags the languages it names,
/// replacing the model that tagged them before, which is freed once no
/// language needs it. Throws, keeping the current models, when the bytes
/// are not a valid model.
#[wasm_bindgen(js_name = loadModel)]
pub fn load_model(bytes: &[u8]) -> Result<(), JsError> {
    let model = Arc::new(Model::from_bytes(bytes)?);
    DEFAULT.with(|d| {
        let next = d.borrow().to_builder().add_model(model).build();
        next.map(|a| *d.borrow_mut() = a)
    })?;
    Ok(())
}

/// Every language nutshell knows and what the module-level functions do for
/// it: `{ code, code3, name, nativeName, summary, keywords, entities }`
/// (`entities` follows the current model, so it can change after `loadModel`).
#[wasm_bindgen]
pub fn languages() -> Result<JsValue, JsError> {
    js(&DEFAULT.with(|d| d.borrow().languages()))
}

/// The input limit used when `maxInputBytes` is not given (UTF-8 bytes).
#[wasm_bindgen(js_name = defaultMaxInputBytes)]
pub fn default_max_input_bytes() -> f64 {
    DEFAULT_MAX_INPUT_BYTES as f64
}

/// The entity types in display order, one object per type:
/// `{ code, label, description, source, group, color }` (the table in
/// src/entities/types.rs). The page and the popup group their chips by it.
#[wasm_bindgen(js_name = entityTypes)]
pub fn entity_types() -> Result<JsValue, JsError> {
    js(&crate::entities::ENTITY_TYPES)
}

/// What [`call`] runs.
#[derive(Clone, Copy)]
enum Call {
    Analyze,
    Summarize,
    Sentences,
    Keywords,
    Entities,
}

/// One analysis of `text` for JS, with an [`Analyzer`]'s settings (`Ok`) or the
/// default instance's with an options object (`Err`). Every text export goes
/// through this one function: its conversions are in the module once, not
/// once per export (≈ 1 KB gzipped).
#[inline(never)]
fn call(what: Call, text: &JsValue, with: Result<&Analyzer, &JsValue>) -> Result<JsValue, JsError> {
    let text = input(text)?;
    let owned;
    let analyzer = match with {
        Ok(analyzer) => analyzer,
        Err(options) => {
            owned = default_with(options)?;
            &owned
        }
    };
    match what {
        Call::Analyze => output(&text, analyzer.analyze(&text)?),
        Call::Summarize => output(&text, analyzer.summarize(&text)?),
        Call::Sentences => output(&text, analyzer.sentences(&text)?),
        Call::Keywords => output(&text, analyzer.keywords(&text)?),
        Call::Entities => output(&text, analyzer.entities(&text)?),
    }
}

/// The text argument: a string, or an error naming what was passed instead.
fn input(text: &JsValue) -> Result<String, Error> {
    text.as_string().ok_or_else(|| Error::invalid_option("text", format!("must be a string, got {}", describe(text))))
}

/// A result for JS: offsets converted to UTF-16 code units of `text`, then
/// plain objects and `null` for absent values, exactly like the CLI's JSON.
fn output<T: Serialize + Offsets>(text: &str, mut value: T) -> Result<JsValue, JsError> {
    Utf16Map::new(text).convert(&mut value);
    js(&value)
}

/// `value` as plain JS objects: written as JSON (src/json.rs) and parsed by
/// `JSON.parse`, one call instead of one per value (docs/wasm.md, "Round 10").
#[inline(never)]
fn js(value: &(impl Serialize + ?Sized)) -> Result<JsValue, JsError> {
    let text = crate::json::to_json(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("the result could not be parsed"))
}

/// Reads a JS options object (`undefined` and `null` mean the defaults) into
/// the core's [`OptionValues`], key by key through the catching imports.
fn read_options(value: &JsValue) -> Result<OptionValues, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(OptionValues::default());
    }
    let unreadable = || Error::invalid_option("options", "could not be read (a getter or Proxy trap threw)");
    if !value.is_object() || value.is_function() || is_array(value).map_err(|_| unreadable())? {
        return Err(Error::invalid_option("options", format!("must be an object, got {}", describe(value))));
    }
    let keys = object_keys(value).map_err(|_| unreadable())?;
    let mut pairs = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let Some(name) = key.as_string() else { continue };
        let v = reflect_get(value, &key)
            .map_err(|_| Error::invalid_option(&format!("options.{name}"), "could not be read (its getter threw)"))?;
        pairs.push((name, js_value(&v)));
    }
    OptionValues::from_pairs(pairs)
}

/// A JS value as the core's loosely typed [`Value`] (`undefined` is `null`).
fn js_value(v: &JsValue) -> Value {
    if v.is_undefined() || v.is_null() {
        Value::Null
    } else if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        Value::Number(n)
    } else if let Some(s) = v.as_string() {
        Value::String(s)
    } else {
        Value::Other(describe(v))
    }
}

/// A short description of a JS value for error messages (never runs user code).
fn describe(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        return Value::String(s).describe();
    }
    if let Some(n) = v.as_f64() {
        return Value::Number(n).describe();
    }
    if let Some(b) = v.as_bool() {
        return b.to_string();
    }
    if v.is_undefined() {
        return "undefined".into();
    }
    if v.is_null() {
        return "null".into();
    }
    if v.is_function() {
        return "a function".into();
    }
    match is_array(v) {
        Ok(true) => return "an array".into(),
        Err(_) => return "a revoked Proxy".into(),
        Ok(false) => {}
    }
    match v.js_typeof().as_string().as_deref() {
        Some("object") => "an object".into(),
        Some(t) => format!("a value of type {t}"),
        None => "a value".into(),
    }
}

/// The summary as `'text'` (one sentence a line) or `'markdown'` (title
/// heading, bullets, keywords, every piece escaped): the core's one rendering.
#[wasm_bindgen(js_name = renderSummary)]
pub fn render_summary(
    format: &str,
    title: Option<String>,
    sentences: Vec<String>,
    keywords: Vec<String>,
) -> Result<String, JsError> {
    let view = SummaryView {
        title: title.as_deref(),
        sentences: sentences.iter().map(String::as_str).collect(),
        keywords: keywords.iter().map(String::as_str).collect(),
    };
    match format {
        "text" => Ok(view.text()),
        "markdown" => Ok(view.markdown()),
        other => Err(Error::invalid_option("format", format!("must be 'text' or 'markdown', got '{other}'")).into()),
    }
}

/// Escapes one piece of text for Markdown, on one line.
#[wasm_bindgen(js_name = escapeMarkdown)]
pub fn escape_markdown(text: &str) -> String {
    crate::render::escape_markdown(text)
}

/// The ISO 639-1 code nutshell uses for a language value (`'en'`, `'fra'`,
/// `'German'`), `'auto'` for auto-detection; throws for unknown languages.
#[wasm_bindgen(js_name = languageCode)]
pub fn language_code(value: JsValue) -> Result<String, JsError> {
    let value = value.as_string().ok_or_else(|| {
        Error::invalid_option("language", format!("must be a string such as 'auto' or 'en', got {}", describe(&value)))
    })?;
    Ok(crate::options::parse_language(&value, "language")?.map_or_else(|| "auto".to_string(), |l| l.code().to_string()))
}

#[cfg(test)]
mod tests {
    //! Run in Node and in headless Chromium by `make test-wasm`.
    use super::*;
    use js_sys::{Array, JsString, Object, Reflect};
    use wasm_bindgen_test::wasm_bindgen_test;

    const SAMPLE: &str = include_str!("../www/sample.txt");

    fn obj(pairs: &[(&str, JsValue)]) -> JsValue {
        let o = Object::new();
        for (k, v) in pairs {
            Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
        }
        o.into()
    }

    fn get(v: &JsValue, key: &str) -> JsValue {
        Reflect::get(v, &JsValue::from_str(key)).unwrap()
    }

    fn num(v: &JsValue, key: &str) -> u32 {
        get(v, key).as_f64().unwrap() as u32
    }

    fn items(v: &JsValue) -> Vec<JsValue> {
        assert!(Array::is_array(v), "expected an array");
        Array::from(v).iter().collect()
    }

    /// The message of the thrown value, which must be a real JS Error.
    fn message(r: Result<JsValue, JsError>) -> String {
        let thrown: JsValue = r.expect_err("expected an error").into();
        let error: js_sys::Error = thrown.dyn_into().expect("a JS Error");
        error.message().into()
    }

    /// Asserts that `item.text` is `text.slice(item.start, item.end)` in UTF-16 units.
    fn assert_slices(text: &JsString, item: &JsValue, start: &str, end: &str) {
        let piece = text.slice(num(item, start), num(item, end));
        assert_eq!(JsValue::from(piece), get(item, "text"), "span {} .. {}", num(item, start), num(item, end));
    }

    #[wasm_bindgen_test]
    fn languages_say_what_each_supports() {
        let list = items(&languages().unwrap());
        assert_eq!(list.len(), crate::language::Language::ALL.len());
        let find = |code: &str| list.iter().find(|l| get(l, "code") == code).cloned().expect(code);
        let en = find("en");
        assert_eq!(get(&en, "nativeName"), "English");
        assert_eq!(get(&en, "summary"), true);
        assert_eq!(get(&en, "keywords"), true);
        assert_eq!(get(&en, "entities"), true);
        // Thai: no rules, no model; summarized, keywords as character n-grams.
        let th = find("th");
        assert_eq!(
            (get(&th, "summary"), get(&th, "keywords"), get(&th, "entities")),
            (true.into(), true.into(), false.into())
        );
        let text = "สวัสดีครับ วันนี้อากาศดีมาก เราไปเที่ยวทะเลกันเถอะ";
        let a = analyze(text.into(), JsValue::UNDEFINED).unwrap();
        assert_eq!(get(&a, "language"), "th");
        let unsupported: Vec<JsValue> = items(&get(&a, "unsupported"));
        assert_eq!(unsupported, [JsValue::from("entities")]);
    }

    #[wasm_bindgen_test]
    fn analyze_gives_the_cli_fields_and_exact_spans() {
        let text = JsString::from(SAMPLE);
        let a = analyze(text.clone().into(), obj(&[("sentences", 3.into())])).unwrap();
        let keys: Vec<String> =
            Object::keys(a.unchecked_ref::<Object>()).iter().map(|k| k.as_string().unwrap()).collect();
        assert_eq!(
            keys,
            ["language", "unsupported", "title", "sentence_count", "word_count", "summary", "keywords", "entities"]
        );
        assert_eq!(get(&a, "language"), "en");
        assert!(items(&get(&a, "unsupported")).is_empty());
        assert_slices(&text, &get(&a, "title"), "start", "end");
        let summary = items(&get(&a, "summary"));
        assert_eq!(summary.len(), 3);
        for s in &summary {
            assert_slices(&text, s, "start", "end");
        }
        let keywords = items(&get(&a, "keywords"));
        assert!(!keywords.is_empty());
        for k in &keywords {
            for span in items(&get(k, "spans")) {
                let piece: String = text.slice(num(&span, "start"), num(&span, "end")).into();
                let shown = get(k, "text").as_string().unwrap();
                // Occurrences are written like the shown form up to case,
                // spacing, hyphens and endings ("data centers", "data-center").
                assert!(!piece.is_empty() && piece.trim() == piece, "{piece:?}");
                let first = |s: &str| s.chars().next().unwrap().to_lowercase().to_string();
                assert_eq!(first(&piece), first(&shown), "{piece} vs {shown}");
            }
        }
    }

    #[wasm_bindgen_test]
    fn offsets_are_utf16_units_with_astral_characters() {
        let s = "Emoji 😀 in the Title\n\nThe 🦀 crab 😀 likes 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters. The crab 🦀 writes Rust every day. \
                 Émile wrote 中文 text about the crab 🦀 and Rust.";
        let text = JsString::from(s);
        for s in items(&sentences(text.clone().into(), JsValue::UNDEFINED).unwrap()) {
            assert_slices(&text, &s, "start", "end");
        }
        for s in items(&summarize(text.clone().into(), obj(&[("sentences", 2.into())])).unwrap()) {
            assert_slices(&text, &s, "start", "end");
        }
        let keywords = items(&keywords(text.clone().into(), JsValue::UNDEFINED).unwrap());
        let crab = keywords.iter().find(|k| get(k, "text") == "crab").expect("the keyword crab");
        for span in items(&get(crab, "spans")) {
            assert_eq!(text.slice(num(&span, "start"), num(&span, "end")), "crab");
        }
    }

    #[wasm_bindgen_test]
    fn entity_types_are_the_core_table_as_plain_objects() {
        let rows = items(&entity_types().unwrap());
        assert_eq!(rows.len(), crate::entities::ENTITY_TYPES.len());
        for (row, t) in rows.iter().zip(crate::entities::ENTITY_TYPES) {
            assert_eq!(get(row, "code"), t.code);
            assert_eq!(get(row, "label"), t.label);
            assert!(get(row, "group").is_string() && get(row, "source").is_string() && get(row, "color").is_string());
        }
        assert_eq!(get(&rows[0], "code"), "PERSON");
    }

    #[wasm_bindgen_test]
    fn lone_surrogates_do_not_crash_and_keep_offsets() {
        // "A \uD800 b. Second sentence \uDC00 here. Third 😀 one." with lone surrogates.
        let units: Vec<u16> = "A X first sentence here. Second sentence Y here. Third 😀 one."
            .encode_utf16()
            .map(|u| match u {
                0x58 => 0xD800,
                0x59 => 0xDC00,
                u => u,
            })
            .collect();
        let text = JsString::from_char_code(&units);
        let sents = items(&sentences(text.clone().into(), JsValue::UNDEFINED).unwrap());
        assert_eq!(sents.len(), 3);
        for s in &sents {
            let piece = text.slice(num(s, "start"), num(s, "end"));
            let reported = JsString::from(get(s, "text"));
            assert_eq!(piece.length(), reported.length());
            for i in 0..piece.length() {
                let (p, r) = (piece.char_code_at(i) as u16, reported.char_code_at(i) as u16);
                assert!(p == r || ((0xD800..0xE000).contains(&p) && r == 0xFFFD), "unit {i}: {p:#x} vs {r:#x}");
            }
        }
        assert!(analyze(text.clone().into(), JsValue::UNDEFINED).is_ok());
        assert!(keywords(text.into(), JsValue::NULL).is_ok());
    }

    #[wasm_bindgen_test]
    fn errors_are_js_errors_with_the_core_messages() {
        let text = JsValue::from_str(SAMPLE);
        let s = |o: JsValue| message(summarize(text.clone(), o));
        assert_eq!(s(obj(&[("sentences", (-3).into())])), "options.sentences must be a positive integer, got -3");
        assert_eq!(s(obj(&[("sentense", 3.into())])), "unknown option 'sentense'");
        assert_eq!(s(obj(&[("foo", 1.into()), ("bar", 2.into())])), "unknown options 'foo', 'bar'");
        assert_eq!(
            s(obj(&[("ratio", 1.5.into())])),
            "options.ratio must be a number greater than 0 and at most 1, got 1.5"
        );
        assert_eq!(
            s(obj(&[("length", "huge".into())])),
            "options.length must be 'short', 'medium' or 'long', got 'huge'"
        );
        assert_eq!(s(obj(&[("sentences", "3".into())])), "options.sentences must be a number, got '3'");
        assert_eq!(
            s(obj(&[("sentences", 2.into()), ("words", 30.into())])),
            "options.sentences, options.words, options.ratio and options.length are alternatives: give at most one of them"
        );
        assert_eq!(
            s(obj(&[("language", "xx".into())])),
            "options.language is not a language nutshell knows: 'xx' (try 'auto' or a code such as 'en')"
        );
        assert_eq!(s(obj(&[("keywords", 2.5.into())])), "options.keywords must be a non-negative integer, got 2.5");
        assert_eq!(s(Array::new().into()), "options must be an object, got an array");
        assert_eq!(s(JsValue::from_str("short")), "options must be an object, got 'short'");
        assert_eq!(
            s(obj(&[("maxInputBytes", 100.into())])),
            format!(
                "the input is {} bytes, more than the maximum of 100 bytes (raise options.maxInputBytes to allow it)",
                SAMPLE.len()
            )
        );
        assert_eq!(
            s(obj(&[("sentences", f64::INFINITY.into())])),
            "options.sentences must be a positive integer, got Infinity"
        );
        assert_eq!(s(obj(&[("entities", "yes".into())])), "options.entities must be true or false, got 'yes'");
        assert_eq!(message(sentences(42.into(), JsValue::UNDEFINED)), "text must be a string, got 42");
        assert_eq!(message(sentences(JsValue::UNDEFINED, JsValue::UNDEFINED)), "text must be a string, got undefined");
        assert_eq!(
            message(sentences(" \n\t ".into(), JsValue::UNDEFINED)),
            "the input is empty: there is no text to analyse"
        );
        // The module is still usable after errors.
        assert!(summarize(text, JsValue::UNDEFINED).is_ok());
    }

    #[wasm_bindgen_test]
    fn absent_values_are_null_and_options_may_be_null() {
        let a = analyze("no title here, just one line of text about nothing much.".into(), JsValue::NULL).unwrap();
        assert!(get(&a, "title").is_null());
        let opts = obj(&[("sentences", JsValue::UNDEFINED), ("length", JsValue::NULL), ("keywords", 0.into())]);
        let a = analyze(SAMPLE.into(), opts).unwrap();
        assert_eq!(items(&get(&a, "keywords")).len(), 0);
    }

    #[wasm_bindgen_test]
    fn entity_mentions_slice_in_utf16() {
        let s = "Émile 😀 paid $12 billion to the 🦀 Rust Foundation on Monday, March 3, 2025. \
                 Write to crab@example.com or see https://example.com/🦀 for 25% more.";
        let text = JsString::from(s);
        let found = entities(text.clone().into(), JsValue::UNDEFINED).unwrap();
        let mentions = items(&get(&found, "mentions"));
        let types: Vec<String> = mentions.iter().map(|m| get(m, "type").as_string().unwrap()).collect();
        for t in ["MONEY", "DATE", "EMAIL", "PERCENT"] {
            assert!(types.iter().any(|x| x == t), "{t} in {types:?}");
        }
        for m in &mentions {
            assert_slices(&text, m, "start", "end");
        }
        for e in items(&get(&found, "entities")) {
            for span in items(&get(&e, "mentions")) {
                assert!(num(&span, "end") <= text.length());
            }
        }
        assert_eq!(
            message(entities(text.into(), obj(&[("sentences", 0.into())]))),
            "options.sentences must be a positive integer, got 0"
        );
    }

    #[wasm_bindgen_test]
    fn load_model_rejects_bad_bytes_and_keeps_working() {
        let before = has_entity_model();
        let thrown: JsValue = load_model(b"definitely not a nutshell model").expect_err("corrupt bytes").into();
        let error: js_sys::Error = thrown.dyn_into().expect("a JS Error");
        assert_eq!(
            String::from(error.message()),
            "invalid model: this is not a nutshell tagger model (wrong magic number)"
        );
        assert!(load_model(&[]).is_err());
        assert_eq!(has_entity_model(), before);
        let mut bytes = include_bytes!("../models/ner.bin").to_vec();
        bytes.truncate(bytes.len() / 2);
        assert!(load_model(&bytes).is_err());
        assert_eq!(has_entity_model(), before);
        assert!(entities(SAMPLE.into(), JsValue::UNDEFINED).is_ok());
    }

    #[wasm_bindgen_test]
    fn load_model_gives_the_tagger_its_names() {
        load_model(include_bytes!("../models/ner.bin")).unwrap();
        assert!(has_entity_model());
        let found = entities(SAMPLE.into(), JsValue::UNDEFINED).unwrap();
        let people: Vec<String> = items(&get(&found, "entities"))
            .iter()
            .filter(|e| get(e, "type") == "PERSON")
            .map(|e| get(e, "name").as_string().unwrap())
            .collect();
        assert!(people.iter().any(|p| p == "Jensen Huang"), "{people:?}");
    }

    #[wasm_bindgen_test]
    fn models_are_per_language() {
        assert_eq!(entity_model_file("en").as_deref(), Some("ner.bin"));
        assert_eq!(entity_model_file("English").as_deref(), Some("ner.bin"));
        assert_eq!(entity_model_file("klingon"), None);
        // Spanish, Italian and Portuguese: the language-independent model, named only where it can load.
        let xx = cfg!(feature = "independent-tagger").then_some("ner-xx.bin");
        assert_eq!(entity_model_file("es").as_deref(), xx);
        assert_eq!(entity_model_file("pt").as_deref(), xx);
        if xx.is_none() {
            let thrown: JsValue =
                load_model(include_bytes!("../models/ner-xx.bin")).expect_err("no such tagger").into();
            let error: js_sys::Error = thrown.dyn_into().expect("a JS Error");
            assert!(String::from(error.message()).contains("independent-tagger"));
            assert!(!has_entity_model_for("es"));
        }
        load_model(include_bytes!("../models/ner.bin")).unwrap();
        assert!(has_entity_model_for("en"));
        assert!(!has_entity_model_for("klingon"));
        assert!(entity_model_languages().contains(&"en".to_string()));
    }

    #[wasm_bindgen_test]
    fn language_codes() {
        assert_eq!(language_code("German".into()).unwrap(), "de");
        assert_eq!(language_code("auto".into()).unwrap(), "auto");
        assert!(language_code("klingon".into()).is_err());
    }

    #[wasm_bindgen_test]
    fn analyzer_class_holds_its_options_and_model() {
        let two = JsAnalyzer::new(obj(&[("sentences", 2.into())]), None).unwrap();
        assert_eq!(items(&two.summarize(SAMPLE.into()).unwrap()).len(), 2);
        assert_eq!(items(&get(&two.analyze(SAMPLE.into()).unwrap(), "summary")).len(), 2);
        let thrown: JsValue = JsAnalyzer::new(obj(&[("ratio", 2.into())]), None).err().expect("bad options").into();
        let error: js_sys::Error = thrown.dyn_into().expect("a JS Error");
        assert_eq!(String::from(error.message()), "options.ratio must be a number greater than 0 and at most 1, got 2");
        assert!(JsAnalyzer::new(JsValue::UNDEFINED, Some(b"not a model".to_vec())).is_err());
        let tagger = JsAnalyzer::new(JsValue::UNDEFINED, Some(include_bytes!("../models/ner.bin").to_vec())).unwrap();
        assert!(tagger.has_entity_model());
        let people: Vec<String> = items(&get(&tagger.entities(SAMPLE.into()).unwrap(), "entities"))
            .iter()
            .filter(|e| get(e, "type") == "PERSON")
            .map(|e| get(e, "name").as_string().unwrap())
            .collect();
        assert!(people.iter().any(|p| p == "Jensen Huang"), "{people:?}");
        // Each instance keeps its own options: the module functions are unchanged.
        assert_eq!(items(&summarize(SAMPLE.into(), obj(&[("sentences", 1.into())])).unwrap()).len(), 1);
    }

    /// A Proxy or getter that throws must give an error, never unwind through
    /// wasm: 10,000 hostile calls, then a normal one still works.
    #[wasm_bindgen_test]
    fn hostile_options_cannot_kill_the_module() {
        let thrower = js_sys::Function::new_no_args("throw new Error('trap')");
        let handler = Object::new();
        for trap in ["ownKeys", "get", "getOwnPropertyDescriptor", "getPrototypeOf", "has"] {
            Reflect::set(&handler, &trap.into(), &thrower).unwrap();
        }
        let proxy: JsValue = js_sys::Proxy::new(&Object::new(), &handler).into();
        let getter = Object::new();
        let descriptor = obj(&[("get", thrower.clone().into()), ("enumerable", true.into())]);
        Object::define_property(&getter, &"sentences".into(), descriptor.unchecked_ref());
        let revocable = js_sys::Proxy::revocable(&Object::new(), &Object::new());
        let revoked = Reflect::get(&revocable, &"proxy".into()).unwrap();
        let revoke: js_sys::Function = Reflect::get(&revocable, &"revoke".into()).unwrap().unchecked_into();
        revoke.call0(&JsValue::NULL).unwrap();
        let hostile = [proxy, getter.into(), revoked];
        for i in 0..10_000 {
            let options = &hostile[i % hostile.len()];
            let m = message(summarize("One sentence here. Another one there.".into(), options.clone()));
            assert!(m.contains("could not be read"), "{m}");
        }
        assert_eq!(items(&summarize(SAMPLE.into(), obj(&[("sentences", 3.into())])).unwrap()).len(), 3);
    }

    /// `loadModel` replaces the model: loading it 200 times leaves memory flat.
    #[wasm_bindgen_test]
    fn loading_a_model_again_frees_the_last_one() {
        let bytes = include_bytes!("../models/ner.bin");
        let memory = || {
            let m: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
            js_sys::ArrayBuffer::from(m.buffer()).byte_length() as f64
        };
        for _ in 0..3 {
            load_model(bytes).unwrap();
        }
        let before = memory();
        for _ in 0..200 {
            load_model(bytes).unwrap();
        }
        let grown = memory() - before;
        assert!(grown < 16.0 * 1024.0 * 1024.0, "memory grew by {grown} bytes over 200 loads");
        assert!(has_entity_model());
    }
}
