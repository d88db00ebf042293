//! The core's plural rules and digit grouping (pure Rust, no ICU) against the browser's own
//! `Intl.PluralRules` and `Intl.NumberFormat`, for every language the widget speaks.
#![cfg(target_arch = "wasm32")]

use crm_core::i18n::{Locale, Plural};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn intl(kind: &str, lang: &str, n: u64) -> String {
    let f = js_sys::Function::new_with_args(
        "l, n",
        &format!("return new Intl.{kind}(l).{}(n);", if kind == "PluralRules" { "select" } else { "format" }),
    );
    f.call2(&wasm_bindgen::JsValue::NULL, &lang.into(), &(n as f64).into()).unwrap().as_string().unwrap()
}

fn name(p: Plural) -> &'static str {
    match p {
        Plural::Zero => "zero",
        Plural::One => "one",
        Plural::Two => "two",
        Plural::Few => "few",
        Plural::Many => "many",
        Plural::Other => "other",
    }
}

#[wasm_bindgen_test]
fn plural_rules_and_numbers_match_the_browsers_intl() {
    let numbers: Vec<u64> =
        (0..=250).chain([999, 1000, 1001, 1234, 12345, 123_456, 1_000_000, 2_000_000, 1_234_567]).collect();
    for locale in Locale::ALL {
        for &n in &numbers {
            assert_eq!(name(locale.plural(n)), intl("PluralRules", locale.lang(), n), "{locale:?} plural of {n}");
            assert_eq!(locale.number(n), intl("NumberFormat", locale.lang(), n), "{locale:?} {n}");
        }
    }
}
