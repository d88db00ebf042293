//! Drawing by hand: the few DOM calls the widget's parts are made of, and the three ways they
//! follow the state: an attribute or a text kept up to date ([`bind`], [`bind_text`]), a part
//! that comes and goes ([`show_when`]), and a listener ([`on`]). Each lives as long as the
//! reactive owner it was made under. Text is always set as text, never as HTML.

pub use crate::platform::reactive::follow;
use crate::platform::reactive::{hold, memo};
use leptos::prelude::{document, untrack};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

fn create(tag: &str) -> Element {
    // These are valid tag names: the call cannot fail.
    document().create_element(tag).expect("a valid tag name")
}

/// Sets the attribute, or (`None`) removes it; an attribute that already has the value is
/// left alone (no mutation for assistive technology to report).
pub fn set(el: &Element, name: &str, value: Option<&str>) {
    if el.get_attribute(name).as_deref() == value {
        return;
    }
    // Valid attribute names only: neither call can fail.
    let _done = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// The attribute `name` of the focused element, if that is inside `el` (so that what is drawn
/// again can give the focus back to its new counterpart).
pub fn focused_within(el: &Element, name: &str) -> Option<String> {
    document().active_element().filter(|a| el.contains(Some(a)))?.get_attribute(name)
}

/// Sets the element's text, unless it already reads so.
pub fn text(el: &Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
}

/// An element, not yet in the document: `tag` with `class` (empty for none), its attributes,
/// and its text (as a text node).
pub fn element(tag: &str, class: &str, attrs: &[(&str, &str)], text: Option<&str>) -> Element {
    let el = create(tag);
    if !class.is_empty() {
        el.set_class_name(class);
    }
    for (name, value) in attrs {
        // A new element has no attribute to compare with (`set` would read each first).
        let _set = el.set_attribute(name, value);
    }
    if let Some(text) = text {
        el.set_text_content(Some(text));
    }
    el
}

/// The same, appended to `parent`.
pub fn child(parent: &Element, tag: &str, class: &str, attrs: &[(&str, &str)], text: Option<&str>) -> Element {
    let el = element(tag, class, attrs, text);
    let _appended = parent.append_child(&el);
    el
}

/// Keeps `el`'s attribute `name` as `value` says (`None`: absent).
pub fn bind(el: &Element, name: &'static str, value: impl Fn() -> Option<String> + 'static) {
    bind_boxed(el.clone(), name, Box::new(value));
}

fn bind_boxed(el: Element, name: &'static str, value: Box<dyn Fn() -> Option<String>>) {
    follow(move |_| set(&el, name, value().as_deref()));
}

/// Keeps `el`'s text as `value` says.
pub fn bind_text(el: &Element, value: impl Fn() -> String + 'static) {
    bind_text_boxed(el.clone(), Box::new(value));
}

fn bind_text_boxed(el: Element, value: Box<dyn Fn() -> String>) {
    follow(move |_| text(&el, &value()));
}

/// The element `event` was sent to, or its nearest ancestor, that matches `selector`.
pub fn closest(event: &Event, selector: &str) -> Option<Element> {
    event.target()?.dyn_into::<Element>().ok()?.closest(selector).ok().flatten()
}

/// Calls `f` with each `kind` event that reaches `el`: in the capture phase when `capture` (so
/// that an event a script sends to an element inside, which need not bubble, is heard).
pub fn on(el: &Element, kind: &str, capture: bool, f: impl FnMut(Event) + 'static) {
    let listener = Closure::<dyn FnMut(Event)>::new(f);
    let _listening = el.add_event_listener_with_callback_and_bool(kind, listener.as_ref().unchecked_ref(), capture);
    // Kept as long as the owner; the element goes with it.
    hold(listener);
}

/// A part that shows at this place among `parent`'s children (marked by an empty comment)
/// while `when` holds. It is built once each time `when` becomes true (so a button keeps its
/// node, and its focus, while it shows), and removed, with what it set up, when `when` turns
/// false. `build` is not tracked: what it reads does not rebuild it.
pub fn show_when(
    parent: &Element,
    when: impl Fn() -> bool + Send + Sync + 'static,
    build: impl Fn() -> Element + 'static,
) {
    show_when_boxed(parent, Box::new(when), Box::new(build));
}

/// [`show_when`]'s work, one copy for every part (smaller than one per caller's closures).
fn show_when_boxed(parent: &Element, when: Box<dyn Fn() -> bool + Send + Sync>, build: Box<dyn Fn() -> Element>) {
    let mark = document().create_comment("");
    let _appended = parent.append_child(&mark);
    let shown = memo(move |_| when());
    follow(move |was: Option<Option<Element>>| {
        if let Some(Some(el)) = was {
            el.remove();
        }
        shown.get().then(|| {
            let el = untrack(&build);
            let _inserted = mark.before_with_node_1(&el);
            el
        })
    });
}
