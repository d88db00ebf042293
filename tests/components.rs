//! Browser tests of the components: each state, the root hooks, rows, and hostile text.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use crm_core::i18n::Locale;
use crm_core::model::{Interaction, Kind, Page};
use crm_core::source::LoadError;
use crm_core::view::rows::ListModel;
use crm_core::WidgetError;
use crm_widget::components::{Open, Widget};
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    container: HtmlElement,
    model: RwSignal<ListModel>,
    retries: Rc<Cell<u32>>,
    refreshes: Rc<Cell<u32>>,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

impl Mounted {
    fn root(&self) -> web_sys::Element {
        self.container.query_selector("#crm-widget").unwrap().expect("the root element")
    }
    fn attr(&self, name: &str) -> Option<String> {
        self.root().get_attribute(name)
    }
    fn find(&self, selector: &str) -> Option<web_sys::Element> {
        self.container.query_selector(selector).unwrap()
    }
    fn count(&self, selector: &str) -> u32 {
        self.container.query_selector_all(selector).unwrap().length()
    }
    fn text(&self, selector: &str) -> String {
        self.find(selector).and_then(|e| e.text_content()).unwrap_or_default()
    }
    fn click(&self, selector: &str) {
        self.find(selector).expect("a button").unchecked_into::<HtmlElement>().click();
    }
}

/// A fresh element in the page to mount into.
fn container() -> HtmlElement {
    let document = leptos::prelude::document();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    container
}

fn mount() -> Mounted {
    let container = container();
    let model = RwSignal::new(ListModel::new());
    let retries = Rc::new(Cell::new(0));
    let refreshes = Rc::new(Cell::new(0));
    let (r, f) = (Rc::clone(&retries), Rc::clone(&refreshes));
    let on_retry = UnsyncCallback::new(move |()| r.set(r.get() + 1));
    let on_refresh = UnsyncCallback::new(move |()| f.set(f.get() + 1));
    let handle = leptos::mount::mount_to(container.clone(), move || {
        view! { <Widget model=model on_retry=on_retry on_refresh=on_refresh locale=Locale::En /> }.into_any()
    });
    Mounted { container, model, retries, refreshes, _handle: handle }
}

fn row(id: &str, name: Option<&str>, address: Option<&str>) -> Interaction {
    Interaction {
        name: name.map(Into::into),
        address: address.map(Into::into),
        queue: Some("Billing".into()),
        ..Interaction::new(id.into(), Kind::Call)
    }
}

fn page(rows: Vec<Interaction>, total: Option<u64>) -> Page {
    Page { interactions: rows, total_count: total, skipped: 0 }
}

#[wasm_bindgen_test]
async fn handshake_state_has_hooks_and_no_refresh() {
    let m = mount();
    leptos::task::tick().await;
    assert_eq!(m.attr("data-state").as_deref(), Some("handshake"));
    assert_eq!(m.attr("data-loaded").as_deref(), Some("0"));
    assert_eq!(m.attr("data-total"), None, "total is absent until announced");
    assert_eq!(m.attr("lang").as_deref(), Some("en"));
    assert_eq!(m.count("button[data-action=refresh]"), 0);
    assert_eq!(m.count("[role=alert]"), 0);
}

#[wasm_bindgen_test]
async fn rows_appear_while_loading_then_ready() {
    let m = mount();
    m.model.update(|l| {
        l.loading();
        l.add_page(page(vec![row("a", Some("Ada"), Some("+1555")), row("b", None, Some("b@example.com"))], Some(1234)));
    });
    leptos::task::tick().await;
    assert_eq!(m.attr("data-state").as_deref(), Some("loading"));
    assert_eq!(m.attr("data-loaded").as_deref(), Some("2"));
    assert_eq!(m.attr("data-total").as_deref(), Some("1234"));
    assert_eq!(m.count("[data-interaction-id]"), 2);
    assert!(m.text(".crm__progress").contains("Loaded 2 of 1,234"), "{}", m.text(".crm__progress"));
    assert_eq!(m.count("button[data-action=refresh]"), 1, "refresh shows while loading");
    assert_eq!(m.text("[data-interaction-id=a] .crm-row__name"), "Ada");
    assert_eq!(m.text("[data-interaction-id=b] .crm-row__name"), "b@example.com", "no name: the address");
    assert!(m.text("[data-interaction-id=a]").contains("Billing"));
    assert!(m.text("[data-interaction-id=a]").contains("Call"));

    m.model.update(|l| {
        l.add_page(page(vec![row("c", Some("Cy"), None)], Some(3)));
        l.finish();
    });
    leptos::task::tick().await;
    assert_eq!(m.attr("data-state").as_deref(), Some("ready"));
    assert_eq!(m.attr("data-loaded").as_deref(), Some("3"));
    assert_eq!(m.count("[data-interaction-id]"), 3);
    assert_eq!(m.attr("aria-busy").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn empty_state() {
    let m = mount();
    m.model.update(|l| {
        l.loading();
        l.add_page(page(vec![], Some(0)));
        l.finish();
    });
    leptos::task::tick().await;
    assert_eq!(m.attr("data-state").as_deref(), Some("empty"));
    assert_eq!(m.count(".crm__notice--empty"), 1);
    assert_eq!(m.count("button[data-action=refresh]"), 1);
    assert_eq!(m.count("[data-interaction-id]"), 0);
}

#[wasm_bindgen_test]
async fn error_keeps_rows_alerts_and_buttons_call_back() {
    let m = mount();
    m.model.update(|l| {
        l.loading();
        l.add_page(page(vec![row("a", Some("Ada"), None)], Some(10)));
        l.fail(WidgetError::Load(LoadError::Forbidden));
    });
    leptos::task::tick().await;
    assert_eq!(m.attr("data-state").as_deref(), Some("error"));
    assert_eq!(m.count("[data-interaction-id]"), 1, "rows stay on error");
    assert!(m.text("[role=alert]").contains("interaction:read"));
    assert_eq!(m.text("button[data-action=retry]"), "Retry");
    m.click("button[data-action=retry]");
    m.click("button[data-action=refresh]");
    assert_eq!((m.retries.get(), m.refreshes.get()), (1, 1));

    m.model.update(ListModel::loading);
    leptos::task::tick().await;
    assert_eq!(m.count("[role=alert]"), 0, "the alert goes when loading resumes");
}

#[wasm_bindgen_test]
async fn hostile_text_stays_text() {
    let m = mount();
    let evil = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";
    m.model.update(|l| {
        l.loading();
        l.add_page(page(vec![row("x", Some(evil), Some("<b>addr</b>"))], None));
        l.finish();
    });
    leptos::task::tick().await;
    assert_eq!(m.count("[data-interaction-id] img"), 0);
    assert_eq!(m.count("[data-interaction-id] script"), 0);
    assert_eq!(m.count("[data-interaction-id] b"), 0);
    assert_eq!(m.text("[data-interaction-id=x] .crm-row__name"), evil);
    assert_eq!(m.text("[data-interaction-id=x] .crm-row__address"), "<b>addr</b>");
}

#[wasm_bindgen_test]
async fn unknown_contact_and_restart_drop_old_rows() {
    let m = mount();
    m.model.update(|l| {
        l.loading();
        l.add_page(page(vec![row("old", None, None)], None));
    });
    leptos::task::tick().await;
    assert_eq!(m.text("[data-interaction-id=old] .crm-row__name"), "Unknown contact");
    m.model.update(|l| {
        l.restart();
        l.add_page(page(vec![row("new", Some("New"), None)], None));
    });
    leptos::task::tick().await;
    assert_eq!(m.count("[data-interaction-id=old]"), 0, "rows of the cancelled load never come back");
    assert_eq!(m.count("[data-interaction-id=new]"), 1);
}

fn many(n: usize, offset: usize) -> Vec<Interaction> {
    (offset..offset + n).map(|i| row(&format!("r{i}"), Some(&format!("Name {i}")), None)).collect()
}

/// Gives the list a real viewport, as `style/widget.css` does in the app.
fn constrain_viewport() {
    let document = leptos::prelude::document();
    if document.get_element_by_id("test-style").is_none() {
        let style = document.create_element("style").unwrap();
        style.set_id("test-style");
        style.set_text_content(Some(
            ".crm__viewport{height:400px;overflow-y:auto}.crm__list{position:relative;margin:0;padding:0}.crm-row{position:absolute;left:0;right:0;height:52px}",
        ));
        document.head().unwrap().append_child(&style).unwrap();
    }
}

async fn frame() {
    gloo_timers::future::TimeoutFuture::new(50).await;
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn ten_thousand_rows_keep_the_dom_bounded_and_the_end_reachable() {
    constrain_viewport();
    let m = mount();
    m.model.update(|l| {
        l.loading();
        for p in 0..100 {
            l.add_page(page(many(100, p * 100), Some(10_000)));
        }
        l.finish();
    });
    frame().await;
    let rendered = m.count("[data-interaction-id]");
    assert!(rendered > 0 && rendered < 40, "rendered {rendered} rows");
    assert!(m.container.query_selector_all("*").unwrap().length() < 600);
    let first = m.find("[data-index=\"0\"]").expect("the first row");
    assert_eq!(first.get_attribute("aria-posinset").as_deref(), Some("1"));
    assert_eq!(first.get_attribute("aria-setsize").as_deref(), Some("10000"));
    let list = m.find(".crm__list").unwrap().unchecked_into::<HtmlElement>();
    let row_px: i32 = m
        .find("[data-index=\"1\"]")
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .style()
        .get_property_value("top")
        .unwrap()
        .trim_end_matches("px")
        .parse()
        .unwrap();
    assert!(row_px == 52 || row_px == 60, "{row_px}");
    assert_eq!(list.offset_height(), 10_000 * row_px, "the scrollbar reflects the full length");

    // Scroll to the bottom: the last row is there, the first is gone, the count still bounded.
    let viewport = m.find(".crm__viewport").unwrap();
    viewport.set_scroll_top(10_000 * row_px);
    viewport.dispatch_event(&web_sys::Event::new("scroll").unwrap()).unwrap();
    frame().await;
    assert!(m.find("[data-interaction-id=r9999]").is_some(), "the last row is reachable");
    assert!(m.find("[data-interaction-id=r0]").is_none());
    assert!(m.count("[data-interaction-id]") < 40);
}

#[wasm_bindgen_test]
async fn keyboard_moves_focus_through_a_virtual_list() {
    constrain_viewport();
    let m = mount();
    m.model.update(|l| {
        l.loading();
        l.add_page(page(many(500, 0), Some(500)));
        l.finish();
    });
    frame().await;
    let first = m.find("[data-index=\"0\"]").unwrap().unchecked_into::<HtmlElement>();
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("0"), "one tab stop: the first row");
    first.focus().unwrap();
    let key = |k: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        let e = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        leptos::prelude::document().active_element().unwrap().dispatch_event(&e).unwrap();
    };
    key("ArrowDown");
    frame().await;
    let focused = leptos::prelude::document().active_element().unwrap();
    assert_eq!(focused.get_attribute("data-index").as_deref(), Some("1"));
    key("End");
    frame().await;
    let focused = leptos::prelude::document().active_element().unwrap();
    assert_eq!(focused.get_attribute("data-interaction-id").as_deref(), Some("r499"), "End reaches the last row");
    assert_eq!(focused.get_attribute("tabindex").as_deref(), Some("0"));
    key("Home");
    frame().await;
    let focused = leptos::prelude::document().active_element().unwrap();
    assert_eq!(focused.get_attribute("data-index").as_deref(), Some("0"));
}

#[wasm_bindgen_test]
async fn german_text_numbers_and_errors() {
    let document = leptos::prelude::document();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let model = RwSignal::new(ListModel::new());
    let noop = UnsyncCallback::new(|()| {});
    let _handle = leptos::mount::mount_to(container.clone(), move || {
        view! { <Widget model=model on_retry=noop on_refresh=noop locale=Locale::De /> }.into_any()
    });
    model.update(|l| {
        l.loading();
        l.add_page(page(vec![row("a", None, None)], Some(5000)));
        l.add_page(page((1..1234).map(|i| row(&format!("x{i}"), Some("X"), None)).collect(), Some(5000)));
    });
    leptos::task::tick().await;
    let root = container.query_selector("#crm-widget").unwrap().unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("de"));
    let text = |sel: &str| container.query_selector(sel).unwrap().and_then(|e| e.text_content()).unwrap_or_default();
    assert_eq!(text(".crm__progress"), "1.234 von 5.000 geladen");
    assert_eq!(text("[data-interaction-id=a] .crm-row__name"), "Unbekannter Kontakt");
    assert_eq!(text("[data-interaction-id=a] .crm-row__kind"), "Anruf");
    assert_eq!(text("button[data-action=refresh]"), "Aktualisieren");
    model.update(|l| l.fail(WidgetError::Load(LoadError::Forbidden)));
    leptos::task::tick().await;
    assert!(text("[role=alert]").contains("interaction:read") && text("[role=alert]").contains("Berechtigung"));
    assert_eq!(text("button[data-action=retry]"), "Erneut versuchen");
    container.remove();
}

fn typed(kind: Kind, id: &str, name: &str) -> Interaction {
    Interaction {
        name: Some(name.into()),
        address: Some(format!("{id}@example.com")),
        ..Interaction::new(id.into(), kind)
    }
}

fn type_into(m: &Mounted, selector: &str, text: &str) {
    let input = m.find(selector).expect("an input").unchecked_into::<web_sys::HtmlInputElement>();
    input.set_value(text);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn search_and_type_chips_filter_every_loaded_row() {
    constrain_viewport();
    let m = mount();
    m.model.update(|l| {
        l.loading();
        l.add_page(page(vec![typed(Kind::Call, "1", "Ada Lovelace"), typed(Kind::Email, "2", "Alan Turing")], None));
    });
    leptos::task::tick().await;
    let ids = |m: &Mounted| {
        let list = m.container.query_selector_all("[data-interaction-id]").unwrap();
        (0..list.length())
            .map(|i| {
                list.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("data-interaction-id").unwrap()
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(m.text("[data-kind=all] .crm-chip__count"), "2");
    assert_eq!(m.text("[data-kind=call] .crm-chip__count"), "1");
    assert!(m.find(".crm-chip[data-kind=chat]").is_none(), "no chip for a type with no rows");

    type_into(&m, ".crm-search__input", "LOVE");
    frame().await;
    assert_eq!(ids(&m), ["1"]);
    assert_eq!(m.find("[data-interaction-id=\"1\"]").unwrap().get_attribute("aria-setsize").as_deref(), Some("1"));

    // A page arriving while filtering is filtered too.
    m.model.update(|l| l.add_page(page(vec![typed(Kind::Chat, "3", "Lovisa Love")], None)));
    frame().await;
    assert_eq!(ids(&m), ["1", "3"]);
    assert_eq!(m.text("[data-kind=chat] .crm-chip__count"), "1");

    m.click(".crm-chip[data-kind=chat]");
    frame().await;
    assert_eq!(ids(&m), ["3"]);
    assert_eq!(m.find(".crm-chip[data-kind=chat]").unwrap().get_attribute("aria-pressed").as_deref(), Some("true"));

    type_into(&m, ".crm-search__input", "nobody");
    frame().await;
    assert!(ids(&m).is_empty());
    assert!(m.text(".crm__notice--filter").contains("No interactions match"));
    assert_eq!(m.attr("data-loaded").as_deref(), Some("3"), "the hooks count loaded rows, not shown ones");

    type_into(&m, ".crm-search__input", "");
    m.click(".crm-chip[data-kind=all]");
    frame().await;
    assert_eq!(ids(&m), ["1", "2", "3"]);
}

/// Mounts the widget with a popup sign-in prompt, as `App` does with `"oauthPopup": true`.
fn mount_with_sign_in(ui: Rc<crm_widget::shell::signin::SignInUi>) -> Mounted {
    let container = container();
    let model = RwSignal::new(ListModel::new());
    let retries = Rc::new(Cell::new(0));
    let refreshes = Rc::new(Cell::new(0));
    let on_retry = UnsyncCallback::new(|()| {});
    let on_refresh = UnsyncCallback::new(|()| {});
    let handle = leptos::mount::mount_to(container.clone(), move || {
        let ui = Rc::clone(&ui);
        view! { <Widget model=model on_retry=on_retry on_refresh=on_refresh locale=Locale::En sign_in=ui /> }.into_any()
    });
    Mounted { container, model, retries, refreshes, _handle: handle }
}

#[wasm_bindgen_test]
async fn the_popup_prompt_shows_why_and_a_sign_in_button() {
    use crm_core::auth::signin::Prompt;
    let ui = crm_widget::shell::signin::SignInUi::new();
    let m = mount_with_sign_in(Rc::clone(&ui));
    leptos::task::tick().await;
    // Nothing to ask: no prompt, the handshake notice says "Connecting…".
    assert_eq!(m.count("button[data-action=sign-in]"), 0);
    assert!(m.text(".crm__notice[role=status]").contains("Connecting"));
    ui.prompt.set(Prompt::SignIn);
    leptos::task::tick().await;
    assert_eq!(m.count("button[data-action=sign-in]"), 1);
    assert_eq!(m.text("button[data-action=sign-in]"), "Sign in");
    assert!(m.text(".crm__signin [role=status]").contains("Sign in with Genesys Cloud"));
    assert!(!m.text("#crm-widget").contains("Connecting"), "the prompt replaces the handshake notice");
    // A blocked popup is an alert that names the origin to allow.
    ui.prompt.set(Prompt::Blocked("https://widgets.example.com".into()));
    leptos::task::tick().await;
    let alert = m.text(".crm__signin [role=alert]");
    assert!(alert.contains("Allow pop-ups for https://widgets.example.com"), "{alert}");
    assert_eq!(m.count("button[data-action=sign-in]"), 1);
    // Clicking with no sign-in waiting opens nothing (and does not panic).
    m.click("button[data-action=sign-in]");
    ui.prompt.set(Prompt::Waiting);
    leptos::task::tick().await;
    assert_eq!(m.count("button[data-action=sign-in]"), 0);
    assert!(m.text(".crm__notice[role=status]").contains("Connecting"));
}

/// A Genesys row: direction, start time, in progress, an external contact and a queue whose
/// names come later.
fn genesys_row(id: &str, contact: Option<&str>) -> Interaction {
    Interaction {
        name: Some("Participant".into()),
        address: Some("+15550001".into()),
        queue_id: Some("q-1".into()),
        contact_id: contact.map(Into::into),
        direction: Some(crm_core::model::Direction::Outbound),
        started_ms: Some(js_sys::Date::now() as u64 - 60_000),
        in_progress: id == "g-1",
        ..Interaction::new(id.into(), Kind::Call)
    }
}

fn mount_genesys(opened: Rc<std::cell::RefCell<Vec<Open>>>) -> Mounted {
    let container = container();
    let model = RwSignal::new(ListModel::new());
    let on_retry = UnsyncCallback::new(|()| {});
    let on_refresh = UnsyncCallback::new(|()| {});
    let on_open = UnsyncCallback::new(move |o: Open| opened.borrow_mut().push(o));
    let handle = leptos::mount::mount_to(container.clone(), move || {
        view! { <Widget model=model on_retry=on_retry on_refresh=on_refresh locale=Locale::En on_open=on_open /> }
            .into_any()
    });
    Mounted { container, model, retries: Rc::default(), refreshes: Rc::default(), _handle: handle }
}

#[wasm_bindgen_test]
async fn a_genesys_row_shows_direction_time_progress_and_names_that_fill_in_where_it_is() {
    let m = mount_genesys(Rc::default());
    m.model.update(|l| {
        l.set_opens_in_genesys(true);
        l.loading();
        l.add_page(page(vec![genesys_row("g-1", Some("ec-1")), genesys_row("g-2", None)], Some(2)));
    });
    leptos::task::tick().await;
    let row = m.find("[data-interaction-id=g-1]").expect("the row");
    assert_eq!(row.get_attribute("data-direction").as_deref(), Some("outbound"));
    assert_eq!(row.get_attribute("data-in-progress").as_deref(), Some("true"));
    assert_eq!(m.text("[data-interaction-id=g-1] .crm-row__live"), "In progress");
    assert!(m.text("[data-interaction-id=g-1] .crm-row__direction").contains("Outbound"));
    assert!(m.find("[data-interaction-id=g-1] time[datetime]").is_some());
    assert!(!m.text("[data-interaction-id=g-1] time").is_empty());
    assert_eq!(m.find("[data-interaction-id=g-2]").unwrap().get_attribute("data-in-progress"), None);
    // Before the enrichment: the participant's name, no queue.
    assert_eq!(m.text("[data-interaction-id=g-1] .crm-row__contact"), "Participant");
    assert_eq!(m.text("[data-interaction-id=g-1] .crm-row__queue"), "");
    let mut names = crm_core::model::Names::default();
    names.contacts.insert("ec-1".into(), "Grace Hopper".into());
    names.queues.insert("q-1".into(), "Billing".into());
    m.model.update(|l| l.add_names(names));
    leptos::task::tick().await;
    // The same node, filled in: the list did not re-render (or move) the row.
    let same = m.find("[data-interaction-id=g-1]").unwrap();
    assert!(same.is_same_node(Some(&row)), "the row keeps its node");
    assert_eq!(same.get_attribute("data-index").as_deref(), Some("0"));
    assert_eq!(m.text("[data-interaction-id=g-1] .crm-row__contact"), "Grace Hopper");
    assert_eq!(m.text("[data-interaction-id=g-1] .crm-row__queue"), "Queue: Billing");
    assert_eq!(m.text("[data-interaction-id=g-2] .crm-row__name"), "Participant", "no contact: no button");
    assert!(m.find("[data-interaction-id=g-2] .crm-row__contact").is_none());
}

#[wasm_bindgen_test]
async fn activating_a_row_or_its_contact_says_what_to_open() {
    let opened: Rc<std::cell::RefCell<Vec<Open>>> = Rc::default();
    let m = mount_genesys(Rc::clone(&opened));
    m.model.update(|l| {
        l.set_opens_in_genesys(true);
        l.loading();
        l.add_page(page(vec![genesys_row("g-1", Some("ec-1")), genesys_row("g-2", None)], Some(2)));
        l.finish();
    });
    leptos::task::tick().await;
    m.click("[data-interaction-id=g-2] .crm-row__detail");
    let row: HtmlElement = m.find("[data-interaction-id=g-1]").unwrap().unchecked_into();
    row.focus().unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    row.dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
    m.click("[data-interaction-id=g-1] button[data-action=open-contact]");
    m.click("[data-interaction-id=g-2] button[data-action=open-interaction]");
    assert_eq!(
        *opened.borrow(),
        [
            Open::Interaction("g-2".into()),
            Open::Interaction("g-1".into()),
            Open::Contact("ec-1".into()),
            Open::Interaction("g-2".into())
        ]
    );
    // Real buttons with names, in the focused row's tab order.
    let contact = m.find("[data-interaction-id=g-1] button[data-action=open-contact]").unwrap();
    assert_eq!(contact.get_attribute("aria-label").as_deref(), Some("Open contact profile: Participant"));
    assert_eq!(contact.get_attribute("tabindex").as_deref(), Some("0"));
    let open = m.find("[data-interaction-id=g-2] button[data-action=open-interaction]").unwrap();
    assert!(open.get_attribute("aria-label").unwrap().starts_with("Open in Genesys Cloud: Participant, "));
    assert_eq!(open.get_attribute("tabindex").as_deref(), Some("-1"), "not the active row");
}

#[wasm_bindgen_test]
async fn contract_rows_open_nothing() {
    let opened: Rc<std::cell::RefCell<Vec<Open>>> = Rc::default();
    let m = mount_genesys(Rc::clone(&opened));
    m.model.update(|l| {
        l.loading();
        l.add_page(page(vec![row("a", Some("Ada"), Some("+1555"))], Some(1)));
    });
    leptos::task::tick().await;
    m.click("[data-interaction-id=a] .crm-row__name");
    assert!(opened.borrow().is_empty());
    assert_eq!(m.count("[data-interaction-id=a] button"), 0);
    assert_eq!(m.text("[data-interaction-id=a] .crm-row__queue"), "Queue: Billing");
}
