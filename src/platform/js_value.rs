//! Reads a `JsValue` (what `JSON.parse` and `postMessage` hand over) into the JSON tree
//! (`crm_core::util::json::Json`), from which every body is read by its hand-declared fields.
//!
//! serde-wasm-bindgen's deserializer reports type errors with serde's default texts, and those
//! print the offending number with `f64`'s `Display`, ~10 KB of wasm on their own. This one
//! names the kinds of value in words instead ("a number where a string was expected"), and
//! is a few hundred bytes. serde-wasm-bindgen still writes values (the handshake request,
//! the diagnostics export).

use std::fmt;

use crm_core::util::json::{FromJson, Json};
use js_sys::{Array, Object};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Expected, IntoDeserializer, MapAccess, SeqAccess, Unexpected,
};
use serde::de::{Deserializer, Visitor};
use wasm_bindgen::{JsCast, JsValue};

/// Maps `value` onto `T`. Unknown object keys are left to `T` (our types ignore them).
pub fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    T::deserialize(JsDe(value))
}

/// Reads `T` from a JS value (a message's data).
pub fn read_js<T: FromJson>(value: JsValue) -> Result<T, String> {
    T::from_json(&from_js::<Json>(value).map_err(|e| e.to_string())?)
}

/// JSON text as a tree, parsed with the browser's own `JSON.parse`.
pub fn json_tree(text: &str) -> Result<Json, String> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        e.dyn_ref::<js_sys::Error>().map_or_else(|| "it is not valid JSON".to_owned(), |e| String::from(e.message()))
    })?;
    from_js::<Json>(value).map_err(|e| e.to_string())
}

/// Parses JSON text and reads `T` from it.
pub fn parse_json<T: FromJson>(text: &str) -> Result<T, String> {
    T::from_json(&json_tree(text)?)
}

/// Why a value does not fit: a sentence for people, without the value itself (it may hold
/// data that must not reach the screen or a log).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Error(format!("{} where {exp} was expected", kind_of(&unexp)))
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Error(format!("{} where {exp} was expected", kind_of(&unexp)))
    }
}

fn kind_of(u: &Unexpected<'_>) -> &'static str {
    match u {
        Unexpected::Bool(_) => "a boolean",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => "a number",
        Unexpected::Char(_) | Unexpected::Str(_) => "a string",
        Unexpected::Unit | Unexpected::Option => "null",
        Unexpected::Seq => "a list",
        Unexpected::Map => "an object",
        _ => "a value of another kind",
    }
}

/// Largest integer a JS number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

struct JsDe(JsValue);

/// What kind of JSON value a `JsValue` is, found once, outside the generic code: each
/// visitor's copy of the deserializer then only picks a branch (the JS calls are not repeated
/// in every copy).
enum Js {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Array),
    Object(Array),
    Other,
}

#[inline(never)]
fn classify(value: JsValue) -> Js {
    if value.is_null() || value.is_undefined() {
        Js::Null
    } else if let Some(b) = value.as_bool() {
        Js::Bool(b)
    } else if let Some(n) = value.as_f64() {
        Js::Number(n)
    } else if let Some(s) = value.as_string() {
        Js::Text(s)
    } else if Array::is_array(&value) {
        Js::List(value.unchecked_into())
    } else if value.is_object() {
        Js::Object(Object::entries(value.unchecked_ref()))
    } else {
        Js::Other
    }
}

impl Js {
    fn kind(&self) -> &'static str {
        match self {
            Js::Null => "null",
            Js::Bool(_) => "a boolean",
            Js::Number(_) => "a number",
            Js::Text(_) => "a string",
            Js::List(_) => "a list",
            Js::Object(_) => "an object",
            Js::Other => "a value JSON cannot hold",
        }
    }
}

#[inline(never)]
fn mismatch(found: &Js, expected: &dyn Expected) -> Error {
    Error(format!("{} where {expected} was expected", found.kind()))
}

impl<'de> Deserializer<'de> for JsDe {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match classify(self.0) {
            Js::Null => visitor.visit_unit(),
            Js::Bool(b) => visitor.visit_bool(b),
            // Whole numbers go as integers, so that integer fields take them too.
            Js::Number(n) if n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER && n >= 0.0 => visitor.visit_u64(n as u64),
            Js::Number(n) if n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER => visitor.visit_i64(n as i64),
            Js::Number(n) => visitor.visit_f64(n),
            Js::Text(s) => visitor.visit_string(s),
            Js::List(items) => visitor.visit_seq(Items { items, next: 0 }),
            Js::Object(entries) => visitor.visit_map(Entries { entries, next: 0, value: None }),
            Js::Other => Err(de::Error::custom("a value JSON cannot hold")),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_null() || self.0.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    // Typed fields take only their own kind of value: the other branches are not compiled into
    // every field's copy.
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match classify(self.0) {
            Js::Text(s) => visitor.visit_string(s),
            other => Err(mismatch(&other, &visitor)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match classify(self.0) {
            Js::Bool(b) => visitor.visit_bool(b),
            other => Err(mismatch(&other, &visitor)),
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match classify(self.0) {
            Js::Number(n) => visitor.visit_f64(n),
            other => Err(mismatch(&other, &visitor)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match classify(self.0) {
            Js::List(items) => visitor.visit_seq(Items { items, next: 0 }),
            other => Err(mismatch(&other, &visitor)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match classify(self.0) {
            Js::Object(entries) => visitor.visit_map(Entries { entries, next: 0, value: None }),
            other => Err(mismatch(&other, &visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 char bytes byte_buf unit
        unit_struct newtype_struct tuple tuple_struct enum
    }
}

struct Items {
    items: Array,
    next: u32,
}

impl<'de> SeqAccess<'de> for Items {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if self.next >= self.items.length() {
            return Ok(None);
        }
        let item = self.items.get(self.next);
        self.next += 1;
        seed.deserialize(JsDe(item)).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.length().saturating_sub(self.next) as usize)
    }
}

/// An object's own `[key, value]` pairs, from `Object.entries`.
struct Entries {
    entries: Array,
    next: u32,
    value: Option<JsValue>,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        if self.next >= self.entries.length() {
            return Ok(None);
        }
        let pair: Array = self.entries.get(self.next).unchecked_into();
        self.next += 1;
        self.value = Some(pair.get(1));
        let key = pair.get(0).as_string().unwrap_or_default();
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(JsDe(self.value.take().unwrap_or(JsValue::UNDEFINED)))
    }
}
