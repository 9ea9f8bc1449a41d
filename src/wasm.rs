//! WebAssembly bindings (wasm32 only): JS options in, plain JS objects out.
//!
//! Nothing here analyses text. Each export reads the text and the options
//! object, calls the core, converts byte offsets to UTF-16 code units (so
//! `text.slice(start, end)` is the reported text in JS) and hands back plain
//! objects with the same field names as the CLI's JSON. Every failure is
//! thrown as a JS `Error` carrying the core's message.
//!
//! Text comes in as a JS string; wasm-bindgen encodes it as UTF-8 and
//! replaces lone surrogates with U+FFFD, which is one UTF-16 unit like the
//! surrogate it replaces, so offsets still line up with the caller's string.

use crate::analyze::{default_model, parse_language, BudgetValues, Options};
use crate::document::DEFAULT_MAX_INPUT_BYTES;
use crate::entities::Model;
use crate::error::Error;
use crate::span::{Offsets, Utf16Map};
use js_sys::{Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The option keys every function accepts (one options object can be
/// shared by all of them; keys a function does not use are ignored).
const OPTION_KEYS: &[&str] = &["sentences", "words", "ratio", "length", "language", "keywords", "maxInputBytes"];

/// Everything in one pass: language, title, counts, summary and keywords.
#[wasm_bindgen]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let text = input(&text)?;
    output(&text, crate::analyze::analyze_with_model(&text, &js_options(&options)?, model())?)
}

/// The summary sentences, in text order.
#[wasm_bindgen]
pub fn summarize(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let text = input(&text)?;
    output(&text, crate::summarize(&text, &js_options(&options)?)?)
}

/// Every sentence of the text (titles and headings included), in order.
#[wasm_bindgen]
pub fn sentences(text: JsValue) -> Result<JsValue, JsError> {
    let text = input(&text)?;
    output(&text, crate::sentences(&text)?)
}

/// The keywords and keyphrases, best first.
#[wasm_bindgen]
pub fn keywords(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let text = input(&text)?;
    output(&text, crate::keywords(&text, &js_options(&options)?)?)
}

/// The entities: every mention (in text order) and the resolved entities
/// (most mentioned first), as the CLI's `entities --format json`.
#[wasm_bindgen]
pub fn entities(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let text = input(&text)?;
    output(&text, crate::analyze::entities_with_model(&text, &js_options(&options)?, model())?)
}

/// True when the entity tagger has a model: built in (`--features model`) or
/// given to `loadModel`. Without one `entities` finds only what the rules find
/// (money, percentages, dates, times, quantities, e-mail addresses, URLs).
#[wasm_bindgen(js_name = hasEntityModel)]
pub fn has_entity_model() -> bool {
    model().is_some()
}

/// Gives the entity tagger a model (the bytes of models/ner.bin), used by
/// every later call instead of the built-in one. Throws, keeping the current
/// model, when the bytes are not a valid model.
#[wasm_bindgen(js_name = loadModel)]
pub fn load_model(bytes: &[u8]) -> Result<(), JsError> {
    let model = Model::from_bytes(bytes)?;
    LOADED.with(|loaded| *loaded.borrow_mut() = Some(Box::leak(Box::new(model))));
    Ok(())
}

thread_local! {
    /// The model given to `loadModel` (leaked: one per load, and pages load one).
    static LOADED: std::cell::RefCell<Option<&'static Model>> = const { std::cell::RefCell::new(None) };
}

/// The loaded model, else the built-in one, else none (rules only).
fn model() -> Option<&'static Model> {
    LOADED.with(|loaded| *loaded.borrow()).or_else(default_model)
}

/// The input limit used when `maxInputBytes` is not given (UTF-8 bytes).
#[wasm_bindgen(js_name = defaultMaxInputBytes)]
pub fn default_max_input_bytes() -> f64 {
    DEFAULT_MAX_INPUT_BYTES as f64
}

/// The text argument: a string, or an error naming what was passed instead.
fn input(text: &JsValue) -> Result<String, Error> {
    text.as_string().ok_or_else(|| Error::invalid_option("text", format!("must be a string, got {}", describe(text))))
}

/// A result for JS: offsets converted to UTF-16 code units of `text`, then
/// plain objects and `null` for absent values, exactly like the CLI's JSON.
fn output<T: Serialize + Offsets>(text: &str, mut value: T) -> Result<JsValue, JsError> {
    Utf16Map::new(text).convert(&mut value);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// Reads a JS options object (`undefined` and `null` mean the defaults).
fn js_options(value: &JsValue) -> Result<Options, Error> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() || value.is_function() || js_sys::Array::is_array(value) {
        return Err(Error::invalid_option("options", format!("must be an object, got {}", describe(value))));
    }
    let object: &Object = value.unchecked_ref();
    let unknown: Vec<String> = Object::keys(object)
        .iter()
        .filter_map(|k| k.as_string())
        .filter(|k| !OPTION_KEYS.contains(&k.as_str()))
        .collect();
    if !unknown.is_empty() {
        return Err(Error::unknown_options(unknown));
    }
    let get = |key: &str| -> Result<Option<JsValue>, Error> {
        let v = Reflect::get(value, &JsValue::from_str(key))
            .map_err(|_| Error::invalid_option(&format!("options.{key}"), "could not be read"))?;
        Ok(if v.is_undefined() || v.is_null() { None } else { Some(v) })
    };
    let number = |key: &str| -> Result<Option<f64>, Error> {
        match get(key)? {
            None => Ok(None),
            Some(v) => match v.as_f64() {
                Some(n) => Ok(Some(n)),
                None => Err(Error::invalid_option(
                    &format!("options.{key}"),
                    format!("must be a number, got {}", describe(&v)),
                )),
            },
        }
    };
    let string = |key: &str, expected: &str| -> Result<Option<String>, Error> {
        match get(key)? {
            None => Ok(None),
            Some(v) => match v.as_string() {
                Some(s) => Ok(Some(s)),
                None => Err(Error::invalid_option(
                    &format!("options.{key}"),
                    format!("must be {expected}, got {}", describe(&v)),
                )),
            },
        }
    };
    let length = string("length", "'short', 'medium' or 'long'")?;
    let values = BudgetValues {
        sentences: number("sentences")?,
        words: number("words")?,
        ratio: number("ratio")?,
        length: length.as_deref(),
    };
    if let Some(budget) = values.budget("options.")? {
        options.budget = budget;
    }
    if let Some(language) = string("language", "a string such as 'auto' or 'en'")? {
        options.language = parse_language(&language, "options.language")?;
    }
    if let Some(n) = number("keywords")? {
        options.keywords = whole(n, 0.0, "options.keywords", "a non-negative integer")?;
    }
    if let Some(n) = number("maxInputBytes")? {
        options.max_input_bytes = whole(n, 1.0, "options.maxInputBytes", "a positive integer")?;
    }
    Ok(options)
}

/// A whole number of at least `min` (and at most 2^32, wasm32's usize).
fn whole(n: f64, min: f64, name: &str, what: &str) -> Result<usize, Error> {
    if n.fract() == 0.0 && n >= min && n <= u32::MAX as f64 {
        Ok(n as usize)
    } else {
        Err(Error::invalid_option(name, format!("must be {what}, got {n}")))
    }
}

/// A short description of a JS value for error messages.
fn describe(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        let short: String = s.chars().take(40).collect();
        return format!("'{short}'{}", if short.len() < s.len() { "…" } else { "" });
    }
    if let Some(n) = v.as_f64() {
        return n.to_string();
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
    if js_sys::Array::is_array(v) {
        return "an array".into();
    }
    if v.is_function() {
        return "a function".into();
    }
    format!("a value of type {}", v.js_typeof().as_string().unwrap_or_default())
}

/// The ISO 639-1 code nutshell uses for a language value (`'en'`, `'fra'`,
/// `'German'`), `'auto'` for auto-detection; throws for unknown languages.
#[wasm_bindgen(js_name = languageCode)]
pub fn language_code(value: JsValue) -> Result<String, JsError> {
    let value = value.as_string().ok_or_else(|| {
        Error::invalid_option("language", format!("must be a string such as 'auto' or 'en', got {}", describe(&value)))
    })?;
    Ok(parse_language(&value, "language")?.map_or_else(|| "auto".to_string(), |l| l.code().to_string()))
}

#[cfg(test)]
mod tests {
    //! Run in Node and in headless Chromium by `make test-wasm`.
    use super::*;
    use js_sys::{Array, JsString};
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
    fn analyze_gives_the_cli_fields_and_exact_spans() {
        let text = JsString::from(SAMPLE);
        let a = analyze(text.clone().into(), obj(&[("sentences", 3.into())])).unwrap();
        let keys: Vec<String> =
            Object::keys(a.unchecked_ref::<Object>()).iter().map(|k| k.as_string().unwrap()).collect();
        assert_eq!(keys, ["language", "title", "sentence_count", "word_count", "summary", "keywords", "entities"]);
        assert_eq!(get(&a, "language"), "en");
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
        for s in items(&sentences(text.clone().into()).unwrap()) {
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
        let sents = items(&sentences(text.clone().into()).unwrap());
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
        assert!(s(obj(&[("maxInputBytes", 100.into())])).starts_with("the input is "));
        assert_eq!(message(sentences(42.into())), "text must be a string, got 42");
        assert_eq!(message(sentences(JsValue::UNDEFINED)), "text must be a string, got undefined");
        assert_eq!(message(sentences(" \n\t ".into())), "the input is empty: there is no text to analyse");
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
    fn language_codes() {
        assert_eq!(language_code("German".into()).unwrap(), "de");
        assert_eq!(language_code("auto".into()).unwrap(), "auto");
        assert!(language_code("klingon".into()).is_err());
    }
}
