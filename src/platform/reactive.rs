//! Leptos's `Effect::new` and `Memo::new` with their work in one copy: each caller's closure is
//! boxed, so an effect's machinery is built once for the whole widget, and a memo's once per
//! type of value, instead of once per closure (the bundle is smaller; they behave as Leptos's
//! own: an effect runs on the next tick and whenever what it read changes, a memo recomputes
//! when what it read changes and notifies only when its value does).

use leptos::prelude::{Effect, Memo};

/// Runs `f` on the next tick, and again whenever what it read changes, as long as the current
/// owner lives; `f` is given what it returned the last time (`None` the first time).
pub fn effect<T: 'static>(mut f: impl FnMut(Option<T>) -> T + 'static) {
    let mut last = None;
    boxed_effect(Box::new(move || last = Some(f(last.take()))));
}

fn boxed_effect(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

/// `f`'s value, recomputed when what it read changes; `f` is given its last value.
pub fn memo<T: PartialEq + Send + Sync + 'static>(f: impl Fn(Option<&T>) -> T + Send + Sync + 'static) -> Memo<T> {
    boxed_memo(Box::new(f))
}

#[allow(clippy::type_complexity)]
fn boxed_memo<T: PartialEq + Send + Sync + 'static>(f: Box<dyn Fn(Option<&T>) -> T + Send + Sync>) -> Memo<T> {
    Memo::new(f)
}
