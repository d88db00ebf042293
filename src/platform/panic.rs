//! A panic must never leave a blank frame: the hook puts the widget in its error state.

use wasm_bindgen::JsCast;

const MESSAGE: &str = "The widget stopped because of an internal error. Reload the page to try again; if it happens again, tell your admin.";

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("crm-widget panicked: {info}").into());
        show_failure();
    }));
}

/// Replaces the widget's content with an alert, without touching Leptos (whose state may be
/// what panicked).
pub fn show_failure() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // A fresh root, in the widget's place: none of the widget's listeners hears its button.
    let Ok(root) = document.create_element("section") else {
        return;
    };
    root.set_id("crm-widget");
    // Its words are English (the catalogs may be what failed).
    let _ = root.set_attribute("lang", "en");
    match document.get_element_by_id("crm-widget") {
        Some(old) => {
            let _ = old.replace_with_with_node_1(&root);
        }
        None => {
            if let Some(body) = document.body() {
                let _ = body.append_child(&root);
            }
        }
    }
    let _ = root.set_attribute("data-state", "error");
    if let Ok(alert) = document.create_element("p") {
        let _ = alert.set_attribute("role", "alert");
        alert.set_class_name("crm__error");
        alert.set_text_content(Some(MESSAGE));
        let _ = root.append_child(&alert);
    }
    if let Ok(button) = document.create_element("button") {
        let _ = button.set_attribute("data-action", "retry");
        let _ = button.set_attribute("type", "button");
        button.set_text_content(Some("Retry"));
        if let Some(button) = button.dyn_ref::<web_sys::HtmlElement>() {
            let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            });
            button.set_onclick(Some(reload.as_ref().unchecked_ref()));
            reload.forget();
        }
        let _ = root.append_child(&button);
    }
}
