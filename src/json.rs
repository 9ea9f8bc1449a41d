//! Results as JSON text for the wasm bindings, which `JSON.parse` it into
//! plain JS objects (src/wasm.rs, `output`).
//!
//! It replaces serde-wasm-bindgen's `Serializer::json_compatible()` and gives
//! the same JS values: objects for structs and maps (fields in order), arrays
//! for sequences, `null` for `None` and `()`, strings for unit variants and
//! numbers for integers and floats. Building one string and parsing it once is
//! ≈ 8 KB of code smaller in the page's first module than one JS call per
//! value (docs/wasm.md, "Round 10"). Floats are written by [`js_number`]
//! (JavaScript's own shortest form, which `JSON.parse` reads back to the same
//! number), so the module holds no float formatting.
//!
//! Differences, none of which a result has: a non-finite float becomes `null`
//! (JSON has no NaN), and an integer beyond 2^53 is an error, as it is in
//! serde-wasm-bindgen.

use crate::options::js_number;
use serde::ser::{self, Serialize};
use std::fmt;

/// Serialization failed (an integer beyond 2^53, or a serde error).
#[derive(Debug)]
pub struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value that JSON cannot hold")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    // The message is dropped: formatting it would bring `core::fmt` code along.
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

/// `value` as JSON text.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, Unsupported> {
    let mut w = Writer { out: String::new() };
    value.serialize(&mut w)?;
    Ok(w.out)
}

struct Writer {
    out: String,
}

type Result<T = (), E = Unsupported> = std::result::Result<T, E>;

impl Writer {
    /// Closes an array or object: every element is followed by a comma, which
    /// the last one gives back (an element never ends in a comma itself).
    fn close(&mut self, bracket: char) {
        if self.out.ends_with(',') {
            self.out.pop();
        }
        self.out.push(bracket);
    }

    fn string(&mut self, s: &str) {
        self.out.reserve(s.len() + 2);
        self.out.push('"');
        let mut run = 0;
        for (i, b) in s.bytes().enumerate() {
            if b == b'"' || b == b'\\' || b < 0x20 {
                self.out.push_str(&s[run..i]);
                self.out.push_str("\\u00");
                for d in [b >> 4, b & 15] {
                    self.out.push(char::from(b"0123456789abcdef"[usize::from(d)]));
                }
                run = i + 1;
            }
        }
        self.out.push_str(&s[run..]);
        self.out.push('"');
    }

    fn unsigned(&mut self, v: u64) -> Result {
        // Beyond 2^53 JavaScript would round it (serde-wasm-bindgen refuses it too).
        if v > (1 << 53) - 1 {
            return Err(Unsupported);
        }
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        let mut v = v;
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        for &d in &digits[i..] {
            self.out.push(char::from(d));
        }
        Ok(())
    }

    /// `{"key":`, for a variant written as an object of one key.
    fn open_variant(&mut self, variant: &str) {
        self.out.push('{');
        self.string(variant);
        self.out.push(':');
    }
}

impl ser::Serializer for &mut Writer {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> Result {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result {
        if v < 0 {
            self.out.push('-');
        }
        self.unsigned(v.unsigned_abs())
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.unsigned(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.unsigned(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.unsigned(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.unsigned(v)
    }
    fn serialize_f32(self, v: f32) -> Result {
        // As serde-wasm-bindgen: the f32 widened to the f64 JavaScript sees.
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result {
        if !v.is_finite() {
            self.out.push_str("null");
        } else if v == 0.0 && v.is_sign_negative() {
            // JavaScript writes −0 as "0"; JSON.parse("-0") gives −0 back.
            self.out.push_str("-0");
        } else {
            self.out.push_str(&js_number(v));
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result {
        // An array of numbers, as `json_compatible` writes bytes.
        self.out.push('[');
        for &b in v {
            self.unsigned(b.into())?;
            self.out.push(',');
        }
        self.close(']');
        Ok(())
    }
    fn serialize_none(self) -> Result {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self> {
        self.out.push('[');
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Self> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Self> {
        self.open_variant(variant);
        self.out.push('[');
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self> {
        self.out.push('{');
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Self> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Self> {
        self.open_variant(variant);
        self.out.push('{');
        Ok(self)
    }
}

impl Writer {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        value.serialize(&mut *self)?;
        self.out.push(',');
        Ok(())
    }

    /// An object key: a string, or anything else in quotes (JavaScript turns
    /// a property key into a string).
    fn key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        let start = self.out.len();
        key.serialize(&mut *self)?;
        if !self.out[start..].starts_with('"') {
            self.out.insert(start, '"');
            self.out.push('"');
        }
        self.out.push(':');
        Ok(())
    }
}

/// The compound serializers serde asks for, from one body: each element
/// (with its key, for structs) is written after a comma, and `end` writes
/// the closing bracket: `[a,b,…]` for sequences, tuples and tuple structs,
/// `{"k":v,…}` for structs. A variant closes the `{"Name":` that opened
/// it as well (`+ '}'`).
macro_rules! compound_serializer {
    ($($trait:ident :: $method:ident($($key:ident)?) $close:literal $(+ $after:literal)?),* $(,)?) => {$(
        impl ser::$trait for &mut Writer {
            type Ok = ();
            type Error = Unsupported;
            fn $method<T: Serialize + ?Sized>(&mut self, $($key: &'static str,)? value: &T) -> Result {
                $(self.key($key)?;)?
                self.element(value)
            }
            fn end(self) -> Result {
                self.close($close);
                $(self.out.push($after);)?
                Ok(())
            }
        }
    )*};
}

compound_serializer!(
    SerializeSeq::serialize_element() ']',
    SerializeTuple::serialize_element() ']',
    SerializeTupleStruct::serialize_field() ']',
    SerializeTupleVariant::serialize_field() ']' + '}',
    SerializeStruct::serialize_field(key) '}',
    SerializeStructVariant::serialize_field(key) '}' + '}',
);

impl ser::SerializeMap for &mut Writer {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.key(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.close('}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::to_json;
    use crate::analyzer::Analyzer;
    use serde_json::Value;

    /// Equal JSON values, floats compared as the f32 the results hold (serde_json's
    /// parser may be an ulp off for f64; the wasm tests compare exactly in JS).
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => {
                x.as_f64().map(|v| v as f32) == y.as_f64().map(|v| v as f32)
            }
            (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
            (Value::Object(x), Value::Object(y)) => {
                x.keys().eq(y.keys()) && x.iter().zip(y).all(|((_, x), (_, y))| same(x, y))
            }
            _ => a == b,
        }
    }

    fn check<T: serde::Serialize>(value: &T) {
        let ours = to_json(value).expect("serializable");
        let parsed: Value = serde_json::from_str(&ours).unwrap_or_else(|e| panic!("{e}: {ours}"));
        let expected = serde_json::to_value(value).unwrap();
        assert!(same(&parsed, &expected), "{ours}\nvs\n{expected}");
    }

    #[test]
    fn results_are_the_json_serde_json_writes() {
        let analyzer = Analyzer::default();
        for dir in std::fs::read_dir("tests/fixtures").unwrap() {
            let text = std::fs::read_to_string(dir.unwrap().path().join("input.txt")).unwrap();
            check(&analyzer.analyze(&text).unwrap());
            check(&analyzer.sentences(&text).unwrap());
            check(&analyzer.entities(&text).unwrap());
        }
        check(&analyzer.languages());
        check(&crate::entities::ENTITY_TYPES);
    }

    #[test]
    fn strings_numbers_and_absent_values() {
        let hostile = "quote \" backslash \\ tab \t nul \0 bell \u{7} del \u{7f} line \u{2028} crab 🦀 é\n\r";
        check(&hostile);
        check(&vec![Some(1u64), None, Some(0), Some((1 << 53) - 1)]);
        check(&(-7i64, i64::from(i32::MIN), 'x', true, false, ()));
        check(&[0.1f32, 1.0, 0.5, 1e-7, 3.4e38, 1.5e-45]);
        // An f32 as the f64 it widens to, as JavaScript receives it.
        assert_eq!(to_json(&[0.0f32, 1.0, 0.25, 0.1]).unwrap(), "[0,1,0.25,0.10000000149011612]");
        assert_eq!(to_json(&[3.0f64, 1e21]).unwrap(), "[3,1e+21]");
        assert_eq!(to_json(&[-0.0f64, f64::NAN, f64::INFINITY]).unwrap(), "[-0,null,null]");
        assert_eq!(to_json(&(Vec::<u8>::new(), [[1u8]])).unwrap(), "[[],[[1]]]");
        assert!(to_json(&(1u64 << 53)).is_err());
        let mut map = std::collections::BTreeMap::new();
        map.insert(3, "three");
        assert_eq!(to_json(&map).unwrap(), r#"{"3":"three"}"#);
    }

    #[test]
    fn every_shape_of_enum_variant() {
        #[derive(serde::Serialize)]
        enum Shape {
            Unit,
            Newtype(u8),
            Tuple(u8, &'static str),
            Struct { a: u8, b: Option<u8> },
        }
        let all = vec![Shape::Unit, Shape::Newtype(1), Shape::Tuple(2, "x"), Shape::Struct { a: 3, b: None }];
        check(&all);
        assert_eq!(to_json(&all).unwrap(), r#"["Unit",{"Newtype":1},{"Tuple":[2,"x"]},{"Struct":{"a":3,"b":null}}]"#);
    }
}
