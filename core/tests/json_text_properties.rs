//! The one-pass JSON reader agrees with a reference reader (serde_json) on any value written
//! as JSON, whitespace and escapes included, and never panics on any text.

use crm_core::util::json::Json;
use crm_core::util::json_text::parse_text;
use proptest::prelude::*;
use serde_json::Value;

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e12f64..1e12).prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((".{0,6}", inner), 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

fn tree(v: &Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Num(n.as_f64().unwrap()),
        Value::String(s) => Json::Str(s.clone()),
        Value::Array(items) => Json::Arr(items.iter().map(tree).collect()),
        Value::Object(fields) => Json::Obj(fields.iter().map(|(k, v)| (k.clone(), tree(v))).collect()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn it_reads_any_value_as_the_reference_does(v in value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&v).unwrap() } else { serde_json::to_string(&v).unwrap() };
        // The value itself, not the reference's reading of the text (serde_json rounds some
        // floats off by one ulp without its `float_roundtrip` feature).
        prop_assert_eq!(parse_text(&text, &|s| s.parse().ok()), Ok(tree(&v)));
    }

    #[test]
    fn it_never_panics_and_agrees_on_what_is_json(text in ".{0,40}") {
        let ours = parse_text(&text, &|s| s.parse().ok()).ok();
        let reference = serde_json::from_str::<Json>(&text).ok();
        prop_assert_eq!(ours, reference, "{:?}", text);
    }
}
