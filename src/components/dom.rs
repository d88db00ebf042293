//! Drawing by hand: the few DOM calls the hand-drawn parts (the list's rows, the search bar,
//! the customer's card) are made of. Text is always set as text, never as HTML.

use web_sys::Element;

fn create(tag: &str) -> Element {
    // These are valid tag names: the call cannot fail.
    leptos::prelude::document().create_element(tag).expect("a valid tag name")
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
    leptos::prelude::document().active_element().filter(|a| el.contains(Some(a)))?.get_attribute(name)
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
        set(&el, name, Some(value));
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
