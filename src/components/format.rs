//! Start times in the agent's language and time zone: the core decides which form
//! ([`crm_core::view::when`]); the browser's `Intl` writes it, so every language's month and weekday
//! names come for free and the catalogs stay small.

use crm_core::i18n::{Locale, Msg};
use crm_core::view::when::{when, When};
use js_sys::{Date, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::platform::browser::{local_offset_min, now_ms};

fn date(ms: u64) -> Date {
    Date::new(&JsValue::from_f64(ms as f64))
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        // Setting a property on a plain new object cannot fail.
        let _set = Reflect::set(&o, &(*k).into(), &(*v).into());
    }
    o
}

/// How the row writes when a conversation started: "14:03", "Yesterday", "Monday", "24 Nov".
pub fn started(ms: u64, locale: Locale) -> String {
    let start = date(ms);
    let lang = locale.lang();
    match when(ms, local_offset_min(ms), now_ms(), local_offset_min(now_ms())) {
        When::Today => start
            .to_locale_time_string_with_options(lang, &options(&[("hour", "numeric"), ("minute", "2-digit")]))
            .into(),
        When::Yesterday => locale.text(Msg::Yesterday, &[]),
        When::ThisWeek => start.to_locale_date_string(lang, &options(&[("weekday", "long")])).into(),
        When::Date { this_year: true } => {
            start.to_locale_date_string(lang, &options(&[("day", "numeric"), ("month", "short")])).into()
        }
        When::Date { this_year: false } => start
            .to_locale_date_string(lang, &options(&[("day", "numeric"), ("month", "short"), ("year", "numeric")]))
            .into(),
    }
}
