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

use crate::analyze::{parse_language, BudgetValues, Options};
use crate::document::DEFAULT_MAX_INPUT_BYTES;
use crate::error::Error;
use crate::span::Utf16Map;
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
    let mut analysis = crate::analyze(&text, &js_options(&options)?)?;
    let map = Utf16Map::new(&text);
    analysis.map_offsets(&|b| map.utf16(b));
    output(&analysis)
}

/// The summary sentences, in text order.
#[wasm_bindgen]
pub fn summarize(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let text = input(&text)?;
    let mut summary = crate::summarize(&text, &js_options(&options)?)?;
    let map = Utf16Map::new(&text);
    summary.iter_mut().for_each(|s| s.map_offsets(&|b| map.utf16(b)));
    output(&summary)
}

/// Every sentence of the text (titles and headings included), in order.
#[wasm_bindgen]
pub fn sentences(text: JsValue) -> Result<JsValue, JsError> {
    let text = input(&text)?;
    let mut sentences = crate::sentences(&text)?;
    let map = Utf16Map::new(&text);
    sentences.iter_mut().for_each(|s| s.map_offsets(&|b| map.utf16(b)));
    output(&sentences)
}

/// The keywords and keyphrases, best first.
#[wasm_bindgen]
pub fn keywords(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let text = input(&text)?;
    let mut keywords = crate::keywords(&text, &js_options(&options)?)?;
    let map = Utf16Map::new(&text);
    keywords.iter_mut().for_each(|k| k.map_offsets(&|b| map.utf16(b)));
    output(&keywords)
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

fn output<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    // Plain objects and `null` for absent values, exactly like the CLI's JSON.
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
