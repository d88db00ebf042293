//! Start times in the agent's language and time zone: the core decides which form
//! ([`crm_core::view::when`]); the browser's `Intl` writes it, so every language's month and weekday
//! names come for free and the catalogs stay small.

use std::cell::RefCell;

use crm_core::i18n::{Locale, Msg};
use crm_core::view::when::{when, When};
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::platform::browser::{local_offset_min, now_ms};

/// The forms `Intl` writes (by their options), in `When`'s order.
const FORMS: [&[(&str, &str)]; 4] = [
    &[("hour", "numeric"), ("minute", "2-digit")],
    &[("weekday", "long")],
    &[("day", "numeric"), ("month", "short")],
    &[("day", "numeric"), ("month", "short"), ("year", "numeric")],
];

thread_local! {
    /// Each form's `Intl.DateTimeFormat` for a language, made once. `Date.toLocale…String` with
    /// options makes a new one on every call, a fraction of a millisecond for each row drawn,
    /// and the first in a page starts ICU's date formatting: tens of ms on a cold start.
    static MADE: RefCell<Vec<(Locale, usize, Function)>> = const { RefCell::new(Vec::new()) };
}

/// `form`'s formatter for `locale`, made the first time it is asked for.
fn formatter(locale: Locale, form: usize) -> Function {
    MADE.with_borrow_mut(|made| {
        if let Some((.., f)) = made.iter().find(|(l, i, _)| (*l, *i) == (locale, form)) {
            return f.clone();
        }
        let o = Object::new();
        for (k, v) in FORMS[form] {
            // Setting a property on a plain new object cannot fail.
            let _set = Reflect::set(&o, &(*k).into(), &(*v).into());
        }
        let f = js_sys::Intl::DateTimeFormat::new(&Array::of1(&locale.lang().into()), &o).format();
        made.push((locale, form, f.clone()));
        f
    })
}

/// Makes the formatter of today's times, the rows' most common, ahead of the first rows: the
/// app calls it while the first request is out, so that ICU's start falls in that wait.
pub fn warm(locale: Locale) {
    formatter(locale, 0);
}

fn write(locale: Locale, form: usize, ms: u64) -> String {
    formatter(locale, form)
        .call1(&JsValue::NULL, &(ms as f64).into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// How the row writes when a conversation started: "14:03", "Yesterday", "Monday", "24 Nov".
pub fn started(ms: u64, locale: Locale) -> String {
    match when(ms, local_offset_min(ms), now_ms(), local_offset_min(now_ms())) {
        When::Today => write(locale, 0, ms),
        When::Yesterday => locale.text(Msg::Yesterday, &[]),
        When::ThisWeek => write(locale, 1, ms),
        When::Date { this_year: true } => write(locale, 2, ms),
        When::Date { this_year: false } => write(locale, 3, ms),
    }
}
