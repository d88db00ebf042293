//! A panic must never leave a blank frame: what the panic hook shows.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_panic_leaves_the_error_state_with_an_alert_and_retry() {
    let document = leptos::prelude::document();
    let root = document.create_element("section").unwrap();
    root.set_id("crm-widget");
    root.set_attribute("data-state", "ready").unwrap();
    root.set_inner_html("<ul><li data-interaction-id=\"a\">Ada</li></ul>");
    document.body().unwrap().append_child(&root).unwrap();

    crm_widget::platform::panic::show_failure();

    let old = root;
    let root = document.get_element_by_id("crm-widget").unwrap();
    assert!(!root.is_same_node(Some(&old)), "a fresh root: the widget's listeners go with the old one");
    assert!(old.parent_node().is_none(), "in the old one's place");
    assert_eq!(document.query_selector_all("#crm-widget").unwrap().length(), 1);
    assert_eq!(root.query_selector("[data-interaction-id]").unwrap(), None, "no row left");
    assert_eq!(root.get_attribute("data-state").as_deref(), Some("error"));
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert");
    assert!(alert.text_content().unwrap().contains("internal error"));
    let retry = root.query_selector("button[data-action=retry]").unwrap().expect("a retry button");
    assert!(retry.dyn_ref::<web_sys::HtmlElement>().is_some());
    root.remove();
}

#[wasm_bindgen_test]
fn a_panic_before_mounting_still_shows_the_error() {
    let document = leptos::prelude::document();
    if let Some(old) = document.get_element_by_id("crm-widget") {
        old.remove();
    }
    crm_widget::platform::panic::show_failure();
    let root = document.get_element_by_id("crm-widget").expect("the hook creates the root");
    assert_eq!(root.get_attribute("data-state").as_deref(), Some("error"));
    root.remove();
}
