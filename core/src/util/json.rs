//! A JSON value, and hand-written readers for the Genesys bodies.
//!
//! serde's derived readers cost several KB of wasm per body type (each field's generic code is
//! compiled anew over the JS-value deserializer). The Genesys and notification bodies are only
//! strings, numbers, booleans, lists and objects, so they are read into this small tree instead
//! (one generic reader for any body: `Json` is `Deserialize`), and [`read!`] declares a struct's
//! fields. As with serde: a missing or `null` field is `None`, unknown fields are ignored, and a
//! field of the wrong type is an error naming it.

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// Why this is not what was expected, naming kinds, never the value (it may hold data that
    /// must not reach the screen or a log): "a string where a list was expected".
    pub fn not(&self, expected: &str) -> String {
        let found = match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Num(_) => "a number",
            Json::Str(_) => "a string",
            Json::Arr(_) => "a list",
            Json::Obj(_) => "an object",
        };
        format!("{found} where {expected} was expected")
    }

    /// An object's field (`None` for a missing key, or when this is not an object).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Reading a value of this type from JSON.
pub trait FromJson: Sized {
    fn from_json(json: &Json) -> Result<Self, String>;
}

/// A value kept as it is, for whoever knows its schema.
impl FromJson for Json {
    fn from_json(json: &Json) -> Result<Self, String> {
        Ok(json.clone())
    }
}

impl FromJson for String {
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::Str(s) => Ok(s.clone()),
            other => Err(other.not("a string")),
        }
    }
}

impl FromJson for f64 {
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::Num(n) => Ok(*n),
            other => Err(other.not("a number")),
        }
    }
}

impl FromJson for bool {
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::Bool(b) => Ok(*b),
            other => Err(other.not("a boolean")),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::Arr(items) => items.iter().map(T::from_json).collect(),
            other => Err(other.not("a list")),
        }
    }
}

/// An object's field: `None` when it is missing or `null`, an error naming it when it has the
/// wrong type.
pub fn field<T: FromJson>(json: &Json, key: &str) -> Result<Option<T>, String> {
    match json.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(v) => T::from_json(v).map(Some).map_err(|e| format!("{key}: {e}")),
    }
}

/// Checks that `json` is an object (what every Genesys body is).
pub fn object(json: &Json) -> Result<(), String> {
    match json {
        Json::Obj(_) => Ok(()),
        other => Err(other.not("an object")),
    }
}

/// Declares how a struct of `Option` fields is read: `read!(RawQueue { id: "id", name: "name" });`.
#[macro_export]
macro_rules! read {
    ($t:ident { $($f:ident: $k:literal),* $(,)? }) => {
        impl $crate::util::json::FromJson for $t {
            fn from_json(json: &$crate::util::json::Json) -> Result<Self, String> {
                $crate::util::json::object(json)?;
                Ok($t { $($f: $crate::util::json::field(json, $k)?),* })
            }
        }
    };
}

impl<'de> serde::Deserialize<'de> for Json {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> serde::de::Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Num(n as f64))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Num(n as f64))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
        Ok(Json::Num(n))
    }
    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::Str(s.to_owned()))
    }
    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::Str(s))
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        serde::Deserialize::deserialize(d)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Arr(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut fields = Vec::new();
        while let Some(entry) = map.next_entry()? {
            fields.push(entry);
        }
        Ok(Json::Obj(fields))
    }
}

/// JSON text read into `T` (tests: the widget uses the browser's parser).
#[cfg(test)]
pub fn from_str<T: FromJson>(text: &str) -> Result<T, String> {
    T::from_json(&serde_json::from_str(text).map_err(|e| e.to_string())?)
}

/// JSON text as a value (tests: the widget uses the browser's parser).
#[cfg(test)]
pub fn parse(text: &str) -> Json {
    serde_json::from_str(text).expect("JSON")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, PartialEq)]
    struct Inner {
        name: Option<String>,
    }
    read!(Inner { name: "name" });

    #[derive(Debug, Default, PartialEq)]
    struct Outer {
        id: Option<String>,
        total: Option<f64>,
        ok: Option<bool>,
        items: Option<Vec<Inner>>,
    }
    read!(Outer { id: "id", total: "totalHits", ok: "success", items: "items" });

    #[test]
    fn fields_are_read_like_serde_reads_them() {
        let o = Outer::from_json(&parse(
            r#"{"id": "a", "totalHits": 3, "success": true, "items": [{"name": "x"}, {}], "extra": [1]}"#,
        ))
        .unwrap();
        assert_eq!(
            o,
            Outer {
                id: Some("a".into()),
                total: Some(3.0),
                ok: Some(true),
                items: Some(vec![Inner { name: Some("x".into()) }, Inner::default()])
            }
        );
        assert_eq!(Outer::from_json(&parse(r#"{"id": null}"#)).unwrap(), Outer::default());
        assert_eq!(Outer::from_json(&parse(r#"{"id": 5}"#)), Err("id: a number where a string was expected".into()));
        assert_eq!(
            Outer::from_json(&parse(r#"{"items": {}}"#)),
            Err("items: an object where a list was expected".into())
        );
        assert_eq!(
            Outer::from_json(&parse(r#"{"items": [{"name": 1}]}"#)),
            Err("items: name: a number where a string was expected".into())
        );
        assert_eq!(Outer::from_json(&parse("[]")), Err("a list where an object was expected".into()));
        assert_eq!(
            Outer::from_json(&parse(r#"{"totalHits": "3"}"#)),
            Err("totalHits: a string where a number was expected".into())
        );
        assert_eq!(
            Outer::from_json(&parse(r#"{"success": 1}"#)),
            Err("success: a number where a boolean was expected".into())
        );
    }
}
