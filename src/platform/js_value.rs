//! Reads a `JsValue` (what `postMessage` hands over) or JSON text (every body) into the JSON tree
//! (`crm_core::util::json::Json`), from which every body is read by its hand-declared fields.
//!
//! The tree is built by walking the value with `js_sys`: no serde `Deserializer` or visitor
//! machinery is compiled into the widget for it (serde-wasm-bindgen's would also link `f64`'s
//! `Display` for its error texts, ~10 KB). Errors name kinds, never values.

use crm_core::util::json::{FromJson, Json, ReadError};
use crm_core::util::json_text::parse_text;
use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};

use crm_core::util::json_text::MAX_DEPTH;

/// Reads `T` from a JS value (a message's data).
pub fn read_js<T: FromJson>(value: JsValue) -> Result<T, ReadError> {
    T::from_json(&tree(&value, 0)?)
}

/// JSON text as a tree, in one pass in Rust ([`parse_text`]): a body is not first built as a
/// JS value tree by `JSON.parse` only to be walked and copied value by value across the wasm
/// boundary. Numbers with a fraction or an exponent are read by the browser's `parseFloat`.
pub fn json_tree(text: &str) -> Result<Json, ReadError> {
    parse_text(text, &|s| Some(js_sys::parse_float(s)).filter(|n| !n.is_nan()))
}

/// Parses JSON text and reads `T` from it.
pub fn parse_json<T: FromJson>(text: &str) -> Result<T, ReadError> {
    T::from_json(&json_tree(text)?)
}

/// The JSON tree of a JS value. `undefined` reads as `null`, as JSON has it.
fn tree(value: &JsValue, depth: u32) -> Result<Json, ReadError> {
    if value.is_null() || value.is_undefined() {
        return Ok(Json::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Json::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        return Ok(Json::Num(n));
    }
    if let Some(s) = value.as_string() {
        return Ok(Json::Str(s));
    }
    if depth >= MAX_DEPTH {
        return Err(ReadError::TOO_DEEP);
    }
    if Array::is_array(value) {
        let items: &Array = value.unchecked_ref();
        return (0..items.length()).map(|i| tree(&items.get(i), depth + 1)).collect::<Result<_, _>>().map(Json::Arr);
    }
    if value.is_object() {
        let entries = Object::entries(value.unchecked_ref());
        let mut fields = Vec::with_capacity(entries.length() as usize);
        for i in 0..entries.length() {
            let pair: Array = entries.get(i).unchecked_into();
            fields.push((pair.get(0).as_string().unwrap_or_default(), tree(&pair.get(1), depth + 1)?));
        }
        return Ok(Json::Obj(fields));
    }
    // A function, a symbol, a bigint: not a value JSON can hold.
    Err(ReadError::NOT_JSON)
}
