//! A JSON value, and hand-written readers for the Genesys bodies.
//!
//! serde's derived readers cost several KB of wasm per body type (each field's generic code is
//! compiled anew over the JS-value deserializer). The Genesys and notification bodies are only
//! strings, numbers, booleans, lists and objects, so they are read into this small tree instead
//! (one generic reader for any body: `Json` is `Deserialize`), and [`read!`] declares a struct's
//! fields. As with serde: a missing or `null` field is `None`, unknown fields are ignored, and a
//! field of the wrong type is a [`ReadError`] naming where it is.

use crate::i18n::{Locale, Localized, Msg};

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
    /// What kind of value this is.
    pub fn kind(&self) -> JsonKind {
        match self {
            Json::Null => JsonKind::Null,
            Json::Bool(_) => JsonKind::Bool,
            Json::Num(_) => JsonKind::Number,
            Json::Str(_) => JsonKind::String,
            Json::Arr(_) => JsonKind::List,
            Json::Obj(_) => JsonKind::Object,
        }
    }

    /// An object's field (`None` for a missing key, or when this is not an object).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// The kind of a JSON value, as a reader expects or finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Null,
    Bool,
    Number,
    String,
    List,
    Object,
}

impl JsonKind {
    /// The kind as JSON writes it, the same in every language: `null`, `true`, `0`, `"…"`,
    /// `[…]`, `{…}`.
    pub fn token(self) -> &'static str {
        match self {
            JsonKind::Null => "null",
            JsonKind::Bool => "true",
            JsonKind::Number => "0",
            JsonKind::String => "\"…\"",
            JsonKind::List => "[…]",
            JsonKind::Object => "{…}",
        }
    }
}

/// Why a body could not be read as what was expected, and where. It names kinds and field
/// names (which are code), never values: a value may hold data that must not reach the screen
/// or a log.
///
/// `Copy`, without heap, as small as a `String`: the errors that hold it (a page's, a load's,
/// the widget's) need no drop or clone code for it in the bundle. That is why only the
/// innermost field is kept: a whole path as a `String` cost ~0.9 KB brotli of such code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadError {
    pub problem: Problem,
    /// The field whose value it is (the innermost one, when fields are nested); empty for the
    /// body itself, or when no place is meant.
    pub field: &'static str,
}

/// What is wrong with a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// A value of the wrong kind.
    WrongType { expected: JsonKind, found: JsonKind },
    /// A field the reader cannot do without is missing, `null` or empty.
    Missing,
    /// The text is not JSON, or the value is not one JSON can hold (a function in a message).
    NotJson,
    /// The value nests deeper than the reader goes.
    TooDeep,
    /// The body did not arrive in full (the connection broke while it was read).
    Unreceived,
}

impl ReadError {
    pub const NOT_JSON: ReadError = ReadError::of(Problem::NotJson);
    pub const TOO_DEEP: ReadError = ReadError::of(Problem::TooDeep);
    pub const UNRECEIVED: ReadError = ReadError::of(Problem::Unreceived);

    /// `problem` with the body itself (see [`ReadError::within`]).
    pub const fn of(problem: Problem) -> ReadError {
        ReadError { problem, field: "" }
    }

    /// `found` where a value of kind `expected` should be, in the body itself.
    pub fn wrong(expected: JsonKind, found: &Json) -> ReadError {
        ReadError::of(Problem::WrongType { expected, found: found.kind() })
    }

    /// The field `key` is missing.
    pub fn missing(key: &'static str) -> ReadError {
        ReadError::of(Problem::Missing).within(key)
    }

    /// The same error, seen from the object whose field `key` held the value (the innermost
    /// field is kept: it says most).
    pub fn within(self, key: &'static str) -> ReadError {
        if self.field.is_empty() {
            ReadError { field: key, ..self }
        } else {
            self
        }
    }

    /// Where, as JSONPath writes it: `$` for the body itself, `$..id` for a field `id` (at any
    /// depth: the outer fields are not kept).
    pub fn place(&self) -> String {
        if self.field.is_empty() {
            return "$".to_owned();
        }
        let mut place = String::with_capacity(self.field.len() + 3);
        place.push_str("$..");
        place.push_str(self.field);
        place
    }
}

impl Localized for ReadError {
    fn localize(&self, locale: Locale) -> String {
        match self.problem {
            Problem::WrongType { expected, found } => {
                locale.text(Msg::ReadWrongType, &[&self.place(), found.token(), expected.token()])
            }
            Problem::Missing => locale.text(Msg::ReadMissing, &[&self.place()]),
            Problem::NotJson => locale.text(Msg::ReadNotJson, &[]),
            Problem::TooDeep => locale.text(Msg::ReadTooDeep, &[]),
            Problem::Unreceived => locale.text(Msg::ReadUnreceived, &[]),
        }
    }
}

crate::i18n::localized_error!(ReadError);

/// Reading a value of this type from JSON.
pub trait FromJson: Sized {
    fn from_json(json: &Json) -> Result<Self, ReadError>;
}

/// A value kept as it is, for whoever knows its schema.
impl FromJson for Json {
    fn from_json(json: &Json) -> Result<Self, ReadError> {
        Ok(json.clone())
    }
}

impl FromJson for String {
    fn from_json(json: &Json) -> Result<Self, ReadError> {
        match json {
            Json::Str(s) => Ok(s.clone()),
            other => Err(ReadError::wrong(JsonKind::String, other)),
        }
    }
}

impl FromJson for f64 {
    fn from_json(json: &Json) -> Result<Self, ReadError> {
        match json {
            Json::Num(n) => Ok(*n),
            other => Err(ReadError::wrong(JsonKind::Number, other)),
        }
    }
}

impl FromJson for bool {
    fn from_json(json: &Json) -> Result<Self, ReadError> {
        match json {
            Json::Bool(b) => Ok(*b),
            other => Err(ReadError::wrong(JsonKind::Bool, other)),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: &Json) -> Result<Self, ReadError> {
        match json {
            // The path does not say which item, nor that it is one: this is compiled anew for
            // each `T`, and every step it adds costs wasm in each. A loop, not `collect` into a
            // `Result`: that adapter is larger, once per `T`.
            Json::Arr(items) => {
                let mut all = Vec::with_capacity(items.len());
                for item in items {
                    all.push(T::from_json(item)?);
                }
                Ok(all)
            }
            other => Err(ReadError::wrong(JsonKind::List, other)),
        }
    }
}

/// An object's field: `None` when it is missing or `null`, an error naming it when it has the
/// wrong type.
pub fn field<T: FromJson>(json: &Json, key: &'static str) -> Result<Option<T>, ReadError> {
    match json.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(v) => T::from_json(v).map(Some).map_err(|e| e.within(key)),
    }
}

/// Checks that `json` is an object (what every Genesys body is).
pub fn object(json: &Json) -> Result<(), ReadError> {
    match json {
        Json::Obj(_) => Ok(()),
        other => Err(ReadError::wrong(JsonKind::Object, other)),
    }
}

/// Declares how a struct of `Option` fields is read: `read!(RawQueue { id: "id", name: "name" });`.
#[macro_export]
macro_rules! read {
    ($t:ident { $($f:ident: $k:literal),* $(,)? }) => {
        impl $crate::util::json::FromJson for $t {
            fn from_json(json: &$crate::util::json::Json) -> Result<Self, $crate::util::json::ReadError> {
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

/// JSON text read into `T` (tests: the widget reads text with [`crate::util::json_text`]).
#[cfg(test)]
pub fn from_str<T: FromJson>(text: &str) -> Result<T, ReadError> {
    T::from_json(&serde_json::from_str(text).map_err(|_| ReadError::NOT_JSON)?)
}

/// JSON text as a value (tests: the widget reads text with [`crate::util::json_text`]).
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
        let wrong = |field, expected, found| Err(ReadError { problem: Problem::WrongType { expected, found }, field });
        use JsonKind::*;
        assert_eq!(Outer::from_json(&parse(r#"{"id": 5}"#)), wrong("id", String, Number));
        assert_eq!(Outer::from_json(&parse(r#"{"items": {}}"#)), wrong("items", List, Object));
        assert_eq!(Outer::from_json(&parse(r#"{"items": [{}, {"name": 1}]}"#)), wrong("name", String, Number));
        assert_eq!(Outer::from_json(&parse("[]")), wrong("", Object, List));
        assert_eq!(Outer::from_json(&parse(r#"{"totalHits": "3"}"#)), wrong("totalHits", Number, String));
        assert_eq!(Outer::from_json(&parse(r#"{"success": 1}"#)), wrong("success", Bool, Number));
        assert_eq!(Outer::from_json(&parse(r#"{"id": null, "items": [null]}"#)), wrong("items", Object, Null));
        assert_eq!(from_str::<Outer>("{not json"), Err(ReadError::NOT_JSON));
    }

    #[test]
    fn read_errors_say_kinds_as_json_writes_them_in_any_language() {
        let e = Outer::from_json(&parse(r#"{"items": [{"name": ["x"]}]}"#)).unwrap_err();
        assert_eq!(e.localize(Locale::En), "$..name: […] where \"…\" was expected");
        assert_eq!(e.localize(Locale::De), "$..name: […] statt \"…\"");
        assert_eq!(e.to_string(), e.localize(Locale::En), "Display is the English text");
        let root = Outer::from_json(&parse("true")).unwrap_err();
        assert_eq!(root.localize(Locale::Fr), "$ : true au lieu de {…}");
        assert_eq!(ReadError::missing("id").localize(Locale::De), "das Feld $..id fehlt");
        assert_eq!(
            ReadError::wrong(JsonKind::Number, &Json::Null).localize(Locale::Ja),
            "$: 0 が必要な箇所に null があります"
        );
        // No English word in another language's rendering of any of them.
        let errors =
            [e, root, ReadError::missing("id"), ReadError::NOT_JSON, ReadError::TOO_DEEP, ReadError::UNRECEIVED];
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            for error in &errors {
                let text = error.localize(locale);
                for english in ["where", "expected", "missing", "string", "list", "object", "nested", "received"] {
                    assert!(!text.contains(english), "{locale:?}: {text}");
                }
            }
        }
    }
}
