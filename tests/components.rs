//! Browser tests of the components: each state, the root hooks, rows, and hostile text.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use crm_core::auth::signin::Prompt;
use crm_core::i18n::{Locale, Msg};
use crm_core::live::Status;
use crm_core::model::{Interaction, Kind, Names, Page, Range};
use crm_core::session::Pause;
use crm_core::source::LoadError;
use crm_core::startup::DataSource;
use crm_core::view::viewport::OVERSCAN;
use crm_core::WidgetError;
use crm_widget::auth::signin::SignInUi;
use crm_widget::components::{widget, Actions, Open};
use crm_widget::state::ListState;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;
use support::{frame, tick};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

/// What a callback was called with, in order.
struct Calls<T>(Rc<RefCell<Vec<T>>>);

impl<T: Clone + 'static> Calls<T> {
    fn new() -> Calls<T> {
        Calls(Rc::default())
    }
    fn callback(&self) -> UnsyncCallback<T> {
        let calls = Rc::clone(&self.0);
        UnsyncCallback::new(move |t: T| calls.borrow_mut().push(t))
    }
    fn count(&self) -> usize {
        self.0.borrow().len()
    }
    fn all(&self) -> Vec<T> {
        self.0.borrow().clone()
    }
}

/// How to mount the widget: `Mounting::new()` is the interactions API's widget in English
/// before start-up has said which source it is; each method changes one thing.
struct Mounting {
    locale: Locale,
    source: Option<DataSource>,
    pin: Option<String>,
    sign_in: Option<Rc<SignInUi>>,
}

impl Mounting {
    fn new() -> Mounting {
        Mounting { locale: Locale::En, source: None, pin: None, sign_in: None }
    }
    fn locale(self, locale: Locale) -> Mounting {
        Mounting { locale, ..self }
    }
    /// The rows come from this kind of source (start-up resolved it).
    fn source(self, source: DataSource) -> Mounting {
        Mounting { source: Some(source), ..self }
    }
    /// The Genesys source: rows open in Genesys Cloud, with range chips and live status.
    fn genesys(self) -> Mounting {
        self.source(DataSource::Genesys)
    }
    /// The current interaction (`gcConversationId`).
    fn pin(self, id: &str) -> Mounting {
        Mounting { pin: Some(id.to_owned()), ..self }
    }
    /// The popup sign-in (`"oauthPopup": true`), driven through `ui`.
    fn sign_in(self, ui: &Rc<SignInUi>) -> Mounting {
        Mounting { sign_in: Some(Rc::clone(ui)), ..self }
    }

    /// Mounts the widget in a fresh element of the page, wired as `app` wires it, with every
    /// callback recorded.
    fn mount(self) -> Mounted {
        let document = leptos::prelude::document();
        let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&container).unwrap();
        let state = ListState::new(self.pin);
        if let Some(source) = self.source {
            state.source.set(Some(source));
        }
        let (retries, refreshes, sign_ins, reconnects) = (Calls::new(), Calls::new(), Calls::new(), Calls::new());
        let (opened, ranges) = (Calls::new(), Calls::new());
        // As in `app`: the sign-in's prompt is always given; it is hidden unless a popup
        // sign-in asks for a click.
        let ui = self.sign_in.unwrap_or_default();
        let prompt = ui.prompt.read_only();
        let on_sign_in = {
            let clicked = sign_ins.callback();
            UnsyncCallback::new(move |()| {
                clicked.run(());
                ui.click();
            })
        };
        let (on_retry, on_refresh, on_reconnect) = (retries.callback(), refreshes.callback(), reconnects.callback());
        let (on_open, on_range) = (opened.callback(), ranges.callback());
        // As `crm_widget::start` mounts it: under an owner, whose cleanup (on drop) ends it.
        let _started = any_spawner::Executor::init_wasm_bindgen();
        let owner = Owner::new();
        let actions = Actions {
            retry: on_retry,
            refresh: on_refresh,
            sign_in: on_sign_in,
            open: on_open,
            reconnect: on_reconnect,
            range: on_range,
        };
        owner.with(|| container.append_child(&widget(state.view(), self.locale, prompt, actions)).unwrap());
        Mounted { container, state, retries, refreshes, sign_ins, reconnects, opened, ranges, _owner: owner }
    }
}

/// A mounted widget: its state to write, its DOM to read, and what it called back.
struct Mounted {
    container: HtmlElement,
    state: ListState,
    retries: Calls<()>,
    refreshes: Calls<()>,
    sign_ins: Calls<()>,
    reconnects: Calls<()>,
    opened: Calls<Open>,
    ranges: Calls<Range>,
    _owner: Owner,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

impl Mounted {
    // Writing the state, as the session does.

    /// A load starts (or resumes).
    fn loading(&self) {
        self.state.load.update(|l| l.loading());
    }
    /// A page of `rows` arrives, announcing `total`.
    fn page(&self, rows: Vec<Interaction>, total: Option<u64>) {
        self.state.rows.update(|r| r.add_page(page(rows, total)));
    }
    /// A load starts and its first page arrives.
    fn first_page(&self, rows: Vec<Interaction>, total: Option<u64>) {
        self.loading();
        self.page(rows, total);
    }
    /// A load of a single page: it starts, the page arrives, it finishes.
    fn only_page(&self, rows: Vec<Interaction>, total: Option<u64>) {
        self.first_page(rows, total);
        self.finish();
    }
    /// The last page is in.
    fn finish(&self) {
        let loaded = self.state.rows.with_untracked(|r| r.loaded());
        self.state.load.update(|l| l.finish(loaded));
    }
    fn fail(&self, error: WidgetError) {
        self.state.load.update(|l| l.fail(error));
    }
    /// A new load from the first page (Refresh, a new range): the rows of the old one go.
    fn restart(&self) {
        self.state.rows.update(|r| r.restart());
        self.loading();
    }
    fn learn(&self, names: Names) {
        self.state.names.update(|n| n.learn(names));
    }

    // Reading the DOM.

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
    /// The ids of the rows in the document, in document order.
    fn ids(&self) -> Vec<String> {
        let list = self.container.query_selector_all("[data-interaction-id]").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().unchecked_into::<web_sys::Element>())
            .map(|e| e.get_attribute("data-interaction-id").unwrap())
            .collect()
    }

    // Acting as the agent.

    fn click(&self, selector: &str) {
        self.find(selector).expect("a button").unchecked_into::<HtmlElement>().click();
    }
    fn type_into(&self, selector: &str, text: &str) {
        let input = self.find(selector).expect("an input").unchecked_into::<web_sys::HtmlInputElement>();
        input.set_value(text);
        input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    }
}

/// Counts the errors the page reports (`error` events on `window`: an exception thrown in an
/// event listener, a trap in the wasm), from now until dropped.
struct PageErrors {
    seen: Rc<std::cell::Cell<usize>>,
    listener: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>,
}

impl PageErrors {
    fn count() -> PageErrors {
        let seen = Rc::new(std::cell::Cell::new(0));
        let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new({
            let seen = Rc::clone(&seen);
            move |_: web_sys::Event| seen.set(seen.get() + 1)
        });
        let window = leptos::prelude::window();
        window.add_event_listener_with_callback("error", listener.as_ref().unchecked_ref()).unwrap();
        PageErrors { seen, listener }
    }
    fn seen(&self) -> usize {
        self.seen.get()
    }
}

impl Drop for PageErrors {
    fn drop(&mut self) {
        let window = leptos::prelude::window();
        let _ = window.remove_event_listener_with_callback("error", self.listener.as_ref().unchecked_ref());
    }
}

/// The focused element.
fn focused() -> web_sys::Element {
    leptos::prelude::document().active_element().expect("a focused element")
}

/// Presses `key` on the focused element.
fn press(key: &str) {
    press_on(&focused(), key);
}

fn press_on(element: &web_sys::Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
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

fn many(n: usize, offset: usize) -> Vec<Interaction> {
    (offset..offset + n).map(|i| row(&format!("r{i}"), Some(&format!("Name {i}")), None)).collect()
}

fn typed(kind: Kind, id: &str, name: &str) -> Interaction {
    Interaction {
        name: Some(name.into()),
        address: Some(format!("{id}@example.com")),
        ..Interaction::new(id.into(), kind)
    }
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

/// Gives the list a real viewport, as `style/widget.css` does in the app.
fn constrain_viewport() {
    let document = leptos::prelude::document();
    if document.get_element_by_id("test-style").is_none() {
        let style = document.create_element("style").unwrap();
        style.set_id("test-style");
        style.set_text_content(Some(
            "[data-list]{height:400px;overflow-y:auto}[data-list]>ul{position:relative;margin:0;padding:0}[data-interaction-id]{position:absolute;left:0;right:0;height:52px}",
        ));
        document.head().unwrap().append_child(&style).unwrap();
    }
}

#[wasm_bindgen_test]
async fn handshake_state_has_hooks_and_no_refresh() {
    let m = Mounting::new().mount();
    tick().await;
    assert_eq!(m.attr("data-state").as_deref(), Some("handshake"));
    assert_eq!(m.attr("data-loaded").as_deref(), Some("0"));
    assert_eq!(m.attr("data-total"), None, "total is absent until announced");
    assert_eq!(m.attr("lang").as_deref(), Some("en"));
    assert_eq!(m.count("button[data-action=refresh]"), 0);
    assert_eq!(m.count("[role=alert]"), 0);
}

#[wasm_bindgen_test]
async fn rows_appear_while_loading_then_ready() {
    let m = Mounting::new().mount();
    m.first_page(vec![row("a", Some("Ada"), Some("+1555")), row("b", None, Some("b@example.com"))], Some(1234));
    tick().await;
    assert_eq!(m.attr("data-state").as_deref(), Some("loading"));
    assert_eq!(m.attr("data-loaded").as_deref(), Some("2"));
    assert_eq!(m.attr("data-total").as_deref(), Some("1234"));
    assert_eq!(m.count("[data-interaction-id]"), 2);
    assert!(m.text("[data-progress]").contains("Loaded 2 of 1,234"), "{}", m.text("[data-progress]"));
    assert_eq!(m.count("button[data-action=refresh]"), 1, "refresh shows while loading");
    assert_eq!(m.text("[data-interaction-id=a] [data-part=name]"), "Ada");
    assert_eq!(m.text("[data-interaction-id=b] [data-part=name]"), "b@example.com", "no name: the address");
    assert!(m.text("[data-interaction-id=a]").contains("Billing"));
    assert!(m.text("[data-interaction-id=a]").contains("Call"));

    m.page(vec![row("c", Some("Cy"), None)], Some(3));
    m.finish();
    tick().await;
    assert_eq!(m.attr("data-state").as_deref(), Some("ready"));
    assert_eq!(m.attr("data-loaded").as_deref(), Some("3"));
    assert_eq!(m.count("[data-interaction-id]"), 3);
    assert_eq!(m.attr("aria-busy").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn empty_state() {
    let m = Mounting::new().mount();
    m.only_page(vec![], Some(0));
    tick().await;
    assert_eq!(m.attr("data-state").as_deref(), Some("empty"));
    assert_eq!(m.count(".crm__notice--empty"), 1);
    assert_eq!(m.count("button[data-action=refresh]"), 1);
    assert_eq!(m.count("[data-interaction-id]"), 0);
}

#[wasm_bindgen_test]
async fn error_keeps_rows_alerts_and_buttons_call_back() {
    let m = Mounting::new().mount();
    m.first_page(vec![row("a", Some("Ada"), None)], Some(10));
    m.fail(WidgetError::Load(LoadError::Forbidden));
    tick().await;
    assert_eq!(m.attr("data-state").as_deref(), Some("error"));
    assert_eq!(m.count("[data-interaction-id]"), 1, "rows stay on error");
    assert!(m.text("[role=alert]").contains("interaction:read"));
    assert_eq!(m.text("button[data-action=retry]"), "Retry");
    m.click("button[data-action=retry]");
    m.click("button[data-action=refresh]");
    assert_eq!((m.retries.count(), m.refreshes.count()), (1, 1));

    m.loading();
    tick().await;
    assert_eq!(m.count("[role=alert]"), 0, "the alert goes when loading resumes");
}

/// The root's parts, drawn by hand, are built once while they show: a focused button keeps its
/// node and the focus while pages arrive, an alert whose error changes is written where it is,
/// a part that comes back takes its own place among the others, and a non-bubbling click on a
/// notice's button still acts.
#[wasm_bindgen_test]
async fn the_root_s_parts_keep_their_nodes_and_places() {
    let errors = PageErrors::count();
    let m = Mounting::new().mount();
    m.first_page(many(3, 0), Some(10));
    tick().await;
    let refresh = m.find("button[data-action=refresh]").expect("Refresh once loading");
    refresh.unchecked_ref::<HtmlElement>().focus().unwrap();
    m.page(many(3, 3), Some(10));
    tick().await;
    assert_eq!(m.attr("data-loaded").as_deref(), Some("6"));
    assert!(m.find("button[data-action=refresh]").unwrap().is_same_node(Some(&refresh)), "Refresh kept its node");
    assert!(focused().is_same_node(Some(&refresh)), "and its focus");

    m.fail(WidgetError::Load(LoadError::Forbidden));
    tick().await;
    let retry = m.find("button[data-action=retry]").expect("Retry");
    let forbidden = m.text("[role=alert]");
    m.fail(WidgetError::Load(LoadError::Unauthorized));
    tick().await;
    assert_eq!(m.count("[role=alert]"), 1);
    assert_ne!(m.text("[role=alert]"), forbidden, "the alert says the new error");
    assert!(m.find("button[data-action=retry]").unwrap().is_same_node(Some(&retry)), "written where it is");
    // The alert came after the search bar, and stands before it, as the layout has it.
    let (alert, search) = (m.find("[data-notice=retry]").unwrap(), m.find(".crm-search").unwrap());
    assert_ne!(alert.compare_document_position(&search) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING, 0);
    let header = m.find("header").unwrap();
    assert_ne!(header.compare_document_position(&alert) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING, 0);
    // A click a script sends, which does not bubble, is heard by the root all the same.
    // (`Event::new`: it does not bubble.)
    retry.dispatch_event(&web_sys::Event::new("click").unwrap()).unwrap();
    assert_eq!(m.retries.count(), 1);

    m.loading();
    tick().await;
    assert_eq!(m.count("[data-notice]"), 0, "the alert goes when loading resumes");
    m.fail(WidgetError::Load(LoadError::Forbidden));
    tick().await;
    assert!(!m.find("button[data-action=retry]").unwrap().is_same_node(Some(&retry)), "built anew when it comes back");
    assert_eq!(errors.seen(), 0);
}

#[wasm_bindgen_test]
async fn hostile_text_stays_text() {
    let m = Mounting::new().mount();
    let evil = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";
    m.only_page(vec![row("x", Some(evil), Some("<b>addr</b>"))], None);
    tick().await;
    assert_eq!(m.count("[data-interaction-id] img"), 0);
    assert_eq!(m.count("[data-interaction-id] script"), 0);
    assert_eq!(m.count("[data-interaction-id] b"), 0);
    assert_eq!(m.text("[data-interaction-id=x] [data-part=name]"), evil);
    assert_eq!(m.text("[data-interaction-id=x] [data-part=address]"), "<b>addr</b>");
}

#[wasm_bindgen_test]
async fn unknown_contact_and_restart_drop_old_rows() {
    let m = Mounting::new().mount();
    m.first_page(vec![row("old", None, None)], None);
    tick().await;
    assert_eq!(m.text("[data-interaction-id=old] [data-part=name]"), "Unknown contact");
    m.restart();
    m.page(vec![row("new", Some("New"), None)], None);
    tick().await;
    assert_eq!(m.count("[data-interaction-id=old]"), 0, "rows of the cancelled load never come back");
    assert_eq!(m.count("[data-interaction-id=new]"), 1);
}

#[wasm_bindgen_test]
async fn ten_thousand_rows_keep_the_dom_bounded_and_the_end_reachable() {
    constrain_viewport();
    let m = Mounting::new().mount();
    m.loading();
    for p in 0..100 {
        m.page(many(100, p * 100), Some(10_000));
    }
    m.finish();
    frame().await;
    let rendered = m.count("[data-interaction-id]");
    assert!(rendered > 0 && rendered < 40, "rendered {rendered} rows");
    assert!(m.container.query_selector_all("*").unwrap().length() < 600);
    let first = m.find("[data-index=\"0\"]").expect("the first row");
    assert_eq!(first.get_attribute("aria-posinset").as_deref(), Some("1"));
    assert_eq!(first.get_attribute("aria-setsize").as_deref(), Some("10000"));
    let list = m.find("[data-list] > ul").unwrap().unchecked_into::<HtmlElement>();
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
    let viewport = m.find("[data-list]").unwrap();
    viewport.set_scroll_top(10_000 * row_px);
    viewport.dispatch_event(&web_sys::Event::new("scroll").unwrap()).unwrap();
    frame().await;
    assert!(m.find("[data-interaction-id=r9999]").is_some(), "the last row is reachable");
    assert!(m.find("[data-interaction-id=r0]").is_none());
    assert!(m.count("[data-interaction-id]") < 40);
}

#[wasm_bindgen_test]
async fn the_first_rows_frame_draws_only_the_rows_in_view_then_the_overscan() {
    constrain_viewport();
    let m = Mounting::new().mount();
    m.loading();
    frame().await;
    m.page(many(100, 0), Some(10_000));
    tick().await;
    let row_px = m.find("[data-index=\"1\"]").expect("a second row").unchecked_into::<HtmlElement>().offset_top();
    assert!(row_px == 52 || row_px == 60, "{row_px}");
    let in_view = 400_u32.div_ceil(row_px as u32);
    assert_eq!(m.count("[data-interaction-id]"), in_view, "the first frame lays out only what is in view");
    assert!(m.find("[data-index=\"0\"]").is_some());
    // Once that frame is drawn, the rows beyond the viewport follow, as for every later frame.
    frame().await;
    assert_eq!(m.count("[data-interaction-id]"), in_view + OVERSCAN as u32);
    m.page(many(100, 100), Some(10_000));
    tick().await;
    assert_eq!(m.count("[data-interaction-id]"), in_view + OVERSCAN as u32, "later pages keep the overscan");
}

#[wasm_bindgen_test]
async fn keyboard_moves_focus_through_a_virtual_list() {
    constrain_viewport();
    let m = Mounting::new().mount();
    m.only_page(many(500, 0), Some(500));
    frame().await;
    let first = m.find("[data-index=\"0\"]").unwrap().unchecked_into::<HtmlElement>();
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("0"), "one tab stop: the first row");
    first.focus().unwrap();
    press("ArrowDown");
    frame().await;
    assert_eq!(focused().get_attribute("data-index").as_deref(), Some("1"));
    press("End");
    frame().await;
    let last = focused();
    assert_eq!(last.get_attribute("data-interaction-id").as_deref(), Some("r499"), "End reaches the last row");
    assert_eq!(last.get_attribute("tabindex").as_deref(), Some("0"));
    press("Home");
    frame().await;
    assert_eq!(focused().get_attribute("data-index").as_deref(), Some("0"));
}

#[wasm_bindgen_test]
async fn german_text_numbers_and_errors() {
    let m = Mounting::new().locale(Locale::De).mount();
    m.first_page(vec![row("a", None, None)], Some(5000));
    m.page((1..1234).map(|i| row(&format!("x{i}"), Some("X"), None)).collect(), Some(5000));
    tick().await;
    assert_eq!(m.attr("lang").as_deref(), Some("de"));
    assert_eq!(m.text("[data-progress]"), "1.234 von 5.000 geladen");
    assert_eq!(m.text("[data-interaction-id=a] [data-part=name]"), "Unbekannter Kontakt");
    assert_eq!(m.text("[data-interaction-id=a] .crm-row__kind"), "Anruf");
    assert_eq!(m.text("button[data-action=refresh]"), "Aktualisieren");
    m.fail(WidgetError::Load(LoadError::Forbidden));
    tick().await;
    let alert = m.text("[role=alert]");
    assert!(alert.contains("interaction:read") && alert.contains("Berechtigung"), "{alert}");
    assert_eq!(m.text("button[data-action=retry]"), "Erneut versuchen");
}

#[wasm_bindgen_test]
async fn search_and_type_chips_filter_every_loaded_row() {
    constrain_viewport();
    let m = Mounting::new().mount();
    m.first_page(vec![typed(Kind::Call, "1", "Ada Lovelace"), typed(Kind::Email, "2", "Alan Turing")], None);
    tick().await;
    assert_eq!(m.text("button[data-kind=all] .crm-chip__count"), "2");
    assert_eq!(m.text("button[data-kind=call] .crm-chip__count"), "1");
    assert!(m.find("button[data-kind=chat]").is_none(), "no chip for a type with no rows");

    m.type_into("input[type=search]", "LOVE");
    frame().await;
    assert_eq!(m.ids(), ["1"]);
    assert_eq!(m.find("[data-interaction-id=\"1\"]").unwrap().get_attribute("aria-setsize").as_deref(), Some("1"));

    // A page arriving while filtering is filtered too; what it does not change is not written
    // again (the same text nodes: a screen reader hears no label rewritten with the same words).
    let unchanged = || {
        ["button[data-kind=call] .crm-chip__count", "button[data-action=filters] .crm__sr-only"]
            .map(|s| m.find(s).unwrap().first_child().unwrap())
    };
    let before = unchanged();
    m.page(vec![typed(Kind::Chat, "3", "Lovisa Love")], None);
    frame().await;
    assert_eq!(m.ids(), ["1", "3"]);
    assert_eq!(m.text("button[data-kind=chat] .crm-chip__count"), "1");
    assert_eq!(m.text("button[data-kind=all] .crm-chip__count"), "3");
    for (then, now) in before.iter().zip(unchanged()) {
        assert!(then.is_same_node(Some(&now)), "{:?} written again", now.text_content());
    }

    m.click("button[data-kind=chat]");
    frame().await;
    assert_eq!(m.ids(), ["3"]);
    assert_eq!(m.find("button[data-kind=chat]").unwrap().get_attribute("aria-pressed").as_deref(), Some("true"));

    m.type_into("input[type=search]", "nobody");
    frame().await;
    assert!(m.ids().is_empty());
    assert!(m.text("[data-filter-status]").contains("No interactions match"));
    assert_eq!(m.attr("data-loaded").as_deref(), Some("3"), "the hooks count loaded rows, not shown ones");

    m.type_into("input[type=search]", "");
    m.click("button[data-kind=all]");
    frame().await;
    assert_eq!(m.ids(), ["1", "2", "3"]);
}

#[wasm_bindgen_test]
async fn the_popup_prompt_shows_why_and_a_sign_in_button() {
    let ui = SignInUi::new();
    let m = Mounting::new().sign_in(&ui).mount();
    tick().await;
    // Nothing to ask: no prompt, the handshake notice says "Connecting…".
    assert_eq!(m.count("button[data-action=sign-in]"), 0);
    assert!(m.text(".crm__notice[role=status]").contains("Connecting"));
    ui.prompt.set(Prompt::SignIn);
    tick().await;
    assert_eq!(m.count("button[data-action=sign-in]"), 1);
    assert_eq!(m.text("button[data-action=sign-in]"), "Sign in");
    assert!(m.text("[data-notice=sign-in] [role=status]").contains("Sign in with Genesys Cloud"));
    assert!(!m.text("#crm-widget").contains("Connecting"), "the prompt replaces the handshake notice");
    // A blocked popup is an alert that names the origin to allow.
    ui.prompt.set(Prompt::Blocked("https://widgets.example.com".into()));
    tick().await;
    let alert = m.text("[data-notice=sign-in] [role=alert]");
    assert!(alert.contains("Allow pop-ups for https://widgets.example.com"), "{alert}");
    assert_eq!(m.count("button[data-action=sign-in]"), 1);
    // Blocked again (another click, still blocked): a new alert node, so it is announced again;
    // the button keeps its node.
    let (first_alert, button) = (m.find("[role=alert]").unwrap(), m.find("button[data-action=sign-in]").unwrap());
    ui.prompt.set(Prompt::Blocked("https://widgets.example.com".into()));
    tick().await;
    assert_eq!(m.count("[role=alert]"), 1);
    assert!(!m.find("[role=alert]").unwrap().is_same_node(Some(&first_alert)), "told again");
    assert!(m.find("button[data-action=sign-in]").unwrap().is_same_node(Some(&button)));
    // Clicking with no sign-in waiting opens nothing (and does not panic).
    m.click("button[data-action=sign-in]");
    assert_eq!(m.sign_ins.count(), 1, "the button calls back");
    ui.prompt.set(Prompt::Waiting);
    tick().await;
    assert_eq!(m.count("button[data-action=sign-in]"), 0);
    assert!(m.text(".crm__notice[role=status]").contains("Connecting"));
}

#[wasm_bindgen_test]
async fn a_genesys_row_shows_direction_time_progress_and_names_that_fill_in_where_it_is() {
    let m = Mounting::new().genesys().mount();
    m.first_page(vec![genesys_row("g-1", Some("ec-1")), genesys_row("g-2", None)], Some(2));
    tick().await;
    let row = m.find("[data-interaction-id=g-1]").expect("the row");
    assert_eq!(row.get_attribute("data-direction").as_deref(), Some("outbound"));
    assert_eq!(row.get_attribute("data-in-progress").as_deref(), Some("true"));
    assert_eq!(m.text("[data-interaction-id=g-1] [data-part=in-progress]"), "In progress");
    assert!(m.text("[data-interaction-id=g-1] .crm-row__direction").contains("Outbound"));
    assert!(m.find("[data-interaction-id=g-1] time[datetime]").is_some());
    assert!(!m.text("[data-interaction-id=g-1] time").is_empty());
    assert_eq!(m.find("[data-interaction-id=g-2]").unwrap().get_attribute("data-in-progress"), None);
    // Before the enrichment: the participant's name, no queue.
    assert_eq!(m.text("[data-interaction-id=g-1] [data-action=open-contact]"), "Participant");
    assert_eq!(m.text("[data-interaction-id=g-1] [data-part=queue]"), "");
    // The agent is on the contact's button when the names come in: it keeps the focus, and the
    // focus event that gives it back (heard by the list while it draws) breaks nothing: an
    // error thrown in a listener does not reach the test, so the page's errors are counted.
    assert!(leptos::prelude::document().has_focus().unwrap(), "the test page has the focus: focus events fire");
    let errors = PageErrors::count();
    let button: HtmlElement = m.find("[data-interaction-id=g-1] [data-action=open-contact]").unwrap().unchecked_into();
    button.focus().unwrap();
    let mut names = Names::default();
    names.contacts.insert("ec-1".into(), "Grace Hopper".into());
    names.queues.insert("q-1".into(), "Billing".into());
    m.learn(names);
    tick().await;
    let now = focused();
    assert_eq!(now.get_attribute("data-action").as_deref(), Some("open-contact"), "the focus stays on the button");
    assert!(row.contains(Some(&now)), "in the same row");
    assert_eq!(errors.seen(), 0, "no error while the row was drawn again");
    // The same node, filled in: the list did not re-render (or move) the row.
    let same = m.find("[data-interaction-id=g-1]").unwrap();
    assert!(same.is_same_node(Some(&row)), "the row keeps its node");
    assert_eq!(same.get_attribute("data-index").as_deref(), Some("0"));
    assert_eq!(m.text("[data-interaction-id=g-1] [data-action=open-contact]"), "Grace Hopper");
    assert_eq!(m.text("[data-interaction-id=g-1] [data-part=queue]"), "Queue: Billing");
    assert_eq!(m.text("[data-interaction-id=g-2] [data-part=name]"), "Participant", "no contact: no button");
    assert!(m.find("[data-interaction-id=g-2] [data-action=open-contact]").is_none());
}

/// What `Intl` writes for `ms` in `lang` with these options (what the row must show).
fn intl(lang: &str, ms: u64, options: &[(&str, &str)]) -> String {
    let o = js_sys::Object::new();
    for (k, v) in options {
        js_sys::Reflect::set(&o, &(*k).into(), &(*v).into()).unwrap();
    }
    let f = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&lang.into()), &o);
    f.format().call1(&JsValue::NULL, &(ms as f64).into()).unwrap().as_string().unwrap()
}

#[wasm_bindgen_test]
async fn start_times_are_written_in_each_language_and_form() {
    // A time today and a date of another year, in English and then in German: each language and
    // form has a formatter of its own (they are made once and kept), none writes another's.
    let now = js_sys::Date::now() as u64;
    let today = Interaction { started_ms: Some(now), ..genesys_row("t-1", None) };
    let old = Interaction { started_ms: Some(now - 400 * 86_400_000), ..genesys_row("t-2", None) };
    let year = [("day", "numeric"), ("month", "short"), ("year", "numeric")];
    for (locale, lang) in [(Locale::En, "en"), (Locale::De, "de"), (Locale::En, "en")] {
        let m = Mounting::new().locale(locale).genesys().mount();
        m.first_page(vec![today.clone(), old.clone()], Some(2));
        tick().await;
        let time = intl(lang, now, &[("hour", "numeric"), ("minute", "2-digit")]);
        assert_eq!(m.text("[data-interaction-id=t-1] time"), time, "{lang}: today's time");
        assert_eq!(
            m.text("[data-interaction-id=t-2] time"),
            intl(lang, now - 400 * 86_400_000, &year),
            "{lang}: a date"
        );
    }
    assert_ne!(intl("en", now, &year), intl("de", now, &year), "the two languages write a date differently");
}

#[wasm_bindgen_test]
async fn activating_a_row_or_its_contact_says_what_to_open() {
    let m = Mounting::new().genesys().mount();
    m.only_page(vec![genesys_row("g-1", Some("ec-1")), genesys_row("g-2", None)], Some(2));
    tick().await;
    m.click("[data-interaction-id=g-2] .crm-row__detail");
    let row: HtmlElement = m.find("[data-interaction-id=g-1]").unwrap().unchecked_into();
    row.focus().unwrap();
    press_on(&row, "Enter");
    m.click("[data-interaction-id=g-1] button[data-action=open-contact]");
    m.click("[data-interaction-id=g-2] button[data-action=open-interaction]");
    // Enter sent by a script straight to a row, an event that does not bubble, opens it too.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    let enter = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    m.find("[data-interaction-id=g-2]").unwrap().dispatch_event(&enter).unwrap();
    assert_eq!(
        m.opened.all(),
        [
            Open::Interaction("g-2".into()),
            Open::Interaction("g-1".into()),
            Open::Contact("ec-1".into()),
            Open::Interaction("g-2".into()),
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
    for source in [None, Some(DataSource::Interactions)] {
        let mounting = Mounting::new();
        let m = match source {
            Some(s) => mounting.source(s),
            None => mounting,
        }
        .mount();
        m.first_page(vec![row("a", Some("Ada"), Some("+1555"))], Some(1));
        tick().await;
        m.click("[data-interaction-id=a] [data-part=name]");
        m.click("[data-interaction-id=a]");
        assert!(m.opened.all().is_empty(), "{source:?}");
        assert_eq!(m.count("[data-interaction-id=a] button"), 0, "{source:?}");
        assert_eq!(m.text("[data-interaction-id=a] [data-part=queue]"), "Queue: Billing", "{source:?}");
    }
}

#[wasm_bindgen_test]
async fn range_chips_and_live_status_show_with_the_genesys_source_only() {
    for source in [None, Some(DataSource::Interactions)] {
        let mounting = Mounting::new();
        let m = match source {
            Some(s) => mounting.source(s),
            None => mounting,
        }
        .mount();
        m.state.range.set(Some(Range::Today));
        m.state.live.set(Status::Live);
        m.only_page(vec![row("a", Some("Ada"), None)], Some(1));
        tick().await;
        assert_eq!(m.count("[data-range]"), 0, "{source:?}: no range chips");
        assert_eq!(m.count("[data-live]"), 0, "{source:?}: no live status");
    }

    let m = Mounting::new().genesys().mount();
    m.only_page(vec![genesys_row("g-1", None)], Some(1));
    tick().await;
    assert_eq!(m.count("[data-range]"), 0, "no range chips before the load has a range");
    m.state.range.set(Some(Range::Today));
    m.state.live.set(Status::Live);
    tick().await;
    assert_eq!(m.count("button[data-range]"), 3);
    assert_eq!(m.find("[data-range=today]").unwrap().get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(m.find("[data-range=\"7\"]").unwrap().get_attribute("aria-pressed").as_deref(), Some("false"));
    m.click("[data-range=\"7\"]");
    assert_eq!(m.ranges.all(), [Range::Days(7)]);
    assert_eq!(m.find("[data-live]").unwrap().get_attribute("data-live").as_deref(), Some("live"));
    assert_eq!(m.count("button[data-action=reconnect]"), 0);
    m.state.live.set(Status::GaveUp);
    tick().await;
    assert_eq!(m.find("[data-live]").unwrap().get_attribute("data-live").as_deref(), Some("gave-up"));
    m.click("button[data-action=reconnect]");
    assert_eq!(m.reconnects.count(), 1);
}

#[wasm_bindgen_test]
async fn a_pause_is_shown_until_the_load_goes_on() {
    let m = Mounting::new().mount();
    m.first_page(vec![row("a", Some("Ada"), None)], Some(2));
    m.state.load.update(|l| l.pause = Some(Pause::Offline));
    tick().await;
    assert_eq!(m.attr("data-state").as_deref(), Some("loading"), "a pause is not a state of its own");
    assert_eq!(m.find("[data-pause]").unwrap().get_attribute("data-pause").as_deref(), Some("offline"));
    m.page(vec![row("b", Some("Bo"), None)], Some(2));
    m.finish();
    tick().await;
    assert_eq!(m.count("[data-pause]"), 0, "finishing ends the pause");
}

#[wasm_bindgen_test]
async fn the_current_interaction_is_listed_first_and_shown_as_a_card() {
    let m = Mounting::new().pin("c").mount();
    m.first_page(vec![row("a", Some("Ada"), Some("+1555")), row("b", Some("Bo"), Some("+1666"))], Some(3));
    tick().await;
    assert_eq!(m.count("[data-card]"), 0, "no card before its row arrives");
    m.page(vec![row("c", Some("Ada"), Some("+1555"))], Some(3));
    m.finish();
    tick().await;
    assert_eq!(m.ids().first().map(String::as_str), Some("c"), "{:?}", m.ids());
    let current = m.find("[data-interaction-id=c]").unwrap();
    assert_eq!(current.get_attribute("data-index").as_deref(), Some("0"));
    assert_eq!(current.get_attribute("aria-current").as_deref(), Some("true"));
    assert_eq!(m.find("[data-interaction-id=a]").unwrap().get_attribute("aria-current"), None);
    assert_eq!(m.text("[data-card=current] [data-part=name]"), "Ada");
    assert_eq!(m.text("[data-card=current] [data-part=address]"), "+1555");
    // One earlier interaction with the same address.
    assert_eq!(m.text("[data-card=current] [data-part=earlier]"), Locale::En.count(Msg::Earlier, 1));
}

/// An ended Genesys row with the same external contact, started `minutes` ago, wrapped up with
/// `code` and `note`.
fn ended(id: &str, minutes: u64, code: Option<&str>, note: Option<&str>) -> Interaction {
    Interaction {
        started_ms: Some(js_sys::Date::now() as u64 - minutes * 60_000),
        in_progress: false,
        wrap_up: code.map(Into::into),
        note: note.map(Into::into),
        ..genesys_row(id, Some("ec-1"))
    }
}

fn wrap_up_names() -> Names {
    let mut names = Names::default();
    names.wrap_ups.insert("wu-1".into(), "Resolved".into());
    names.wrap_ups.insert("wu-2".into(), "<b>Escalated</b>".into());
    names.queues.insert("q-1".into(), "Billing".into());
    names
}

#[wasm_bindgen_test]
async fn a_row_shows_how_it_ended_once_the_wrap_up_code_is_named() {
    let m = Mounting::new().genesys().mount();
    let live = Interaction { wrap_up: Some("wu-1".into()), ..genesys_row("g-1", None) };
    m.only_page(vec![live, ended("e-1", 5, Some("wu-1"), Some("n")), ended("e-2", 9, Some("wu-9"), None)], Some(3));
    tick().await;
    // Before the names: no tag (an empty one, hidden), and never the code's id.
    assert_eq!(m.text("[data-interaction-id=e-1] [data-part=wrap-up]"), "");
    assert_eq!(m.text("[data-interaction-id=e-1] .crm-row__tag"), "");
    assert!(!m.text("[data-interaction-id=e-2]").contains("wu-9"));
    let row = m.find("[data-interaction-id=e-1]").unwrap();
    m.learn(wrap_up_names());
    tick().await;
    assert_eq!(m.text("[data-interaction-id=e-1] [data-part=wrap-up]"), "Resolved");
    assert!(m.find("[data-interaction-id=e-1]").unwrap().is_same_node(Some(&row)), "filled in where it is");
    assert_eq!(m.text("[data-interaction-id=e-2] [data-part=wrap-up]"), "", "an unknown code: no tag");
    assert!(!m.text("[data-interaction-id=e-2]").contains("wu-9"), "the id is never shown");
    // In progress says so, whatever the code.
    assert_eq!(m.text("[data-interaction-id=g-1] [data-part=in-progress]"), "In progress");
    assert_eq!(m.count("[data-interaction-id=g-1] [data-part=wrap-up]"), 0);
    assert_eq!(m.text("[data-interaction-id=e-1] .crm-row__tag"), "Resolved");
}

#[wasm_bindgen_test]
async fn the_card_lists_the_three_newest_earlier_interactions_and_opens_them() {
    let m = Mounting::new().genesys().pin("now").mount();
    m.state.range.set(Some(Range::Days(7)));
    let hostile = "<img src=x onerror=\"window.__pwned=1\">";
    m.only_page(
        vec![
            ended("later", 1, Some("wu-1"), None),
            ended("now", 5, None, None),
            ended("e-1", 10, Some("wu-1"), Some("Refund sent.")),
            ended("e-2", 20, Some("wu-2"), Some(hostile)),
            Interaction { contact_id: Some("ec-2".into()), ..ended("other", 25, Some("wu-1"), None) },
            ended("e-3", 30, Some("wu-9"), None),
            ended("e-4", 40, Some("wu-1"), Some("too old to list")),
        ],
        Some(7),
    );
    m.learn(wrap_up_names());
    tick().await;
    assert_eq!(m.text("[data-card=current] [data-part=earlier]"), Locale::En.count(Msg::Earlier, 4));
    let ids: Vec<String> = {
        let list = m.container.query_selector_all("[data-card=current] button[data-earlier]").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("data-earlier").unwrap())
            .collect()
    };
    assert_eq!(ids, ["e-1", "e-2", "e-3"], "the newest three, newest first; not the later one");
    let first = m.text("[data-earlier=e-1]");
    assert!(first.contains("Call") && first.contains("Billing"), "{first}");
    assert_eq!(m.text("[data-earlier=e-1] [data-part=wrap-up]"), "Resolved");
    assert_eq!(m.text("[data-earlier=e-1] [data-part=note]"), "Refund sent.");
    // Names and notes are text, never markup.
    assert_eq!(m.text("[data-earlier=e-2] [data-part=wrap-up]"), "<b>Escalated</b>");
    assert_eq!(m.text("[data-earlier=e-2] [data-part=note]"), hostile);
    let note = m.find("[data-earlier=e-2] [data-part=note]").unwrap();
    assert_eq!(note.child_element_count(), 0);
    assert!(m.find("[data-card] img, [data-card] b").is_none());
    // An unknown code and no note: neither part, and never the id.
    assert_eq!(m.text("[data-earlier=e-3] [data-part=wrap-up]"), "");
    assert_eq!(m.text("[data-earlier=e-3] [data-part=note]"), "");
    assert!(!m.text("[data-earlier=e-3]").contains("wu-9"));
    m.click("[data-earlier=e-2]");
    assert_eq!(m.opened.all(), [Open::Interaction("e-2".into())]);
    // The agent is on an earlier interaction when a name comes in: the card changes, and the
    // focus stays on the same interaction.
    let button: HtmlElement = m.find("[data-earlier=e-3]").unwrap().unchecked_into();
    button.focus().unwrap();
    let mut names = wrap_up_names();
    names.wrap_ups.insert("wu-9".into(), "Callback booked".into());
    let errors = PageErrors::count();
    m.learn(names);
    tick().await;
    assert_eq!(m.text("[data-earlier=e-3] [data-part=wrap-up]"), "Callback booked");
    assert_eq!(focused().get_attribute("data-earlier").as_deref(), Some("e-3"), "the focus stays");
    assert_eq!(errors.seen(), 0, "no error while the card was drawn again");
}

#[wasm_bindgen_test]
async fn the_card_says_when_there_is_nothing_earlier_in_the_range_shown() {
    let m = Mounting::new().genesys().pin("now").mount();
    m.state.range.set(Some(Range::Days(7)));
    m.only_page(vec![ended("now", 5, None, None), genesys_row("x", Some("ec-2"))], Some(2));
    tick().await;
    assert_eq!(m.text("[data-card=current] [data-part=earlier]"), "No earlier interactions in the last 7 days");
    assert_eq!(m.count("[data-card=current] button[data-earlier]"), 0);
    m.state.range.set(Some(Range::Today));
    tick().await;
    assert_eq!(m.text("[data-card=current] [data-part=earlier]"), "No earlier interactions today");
}

#[wasm_bindgen_test]
async fn the_filters_button_opens_the_chips_counts_them_and_escape_gives_the_focus_back() {
    let m = Mounting::new().genesys().mount();
    m.state.range.set(Some(Range::Days(7)));
    m.only_page(vec![genesys_row("g-1", None), typed(Kind::Email, "m-1", "Mo")], Some(2));
    tick().await;
    let button = m.find("button[data-action=filters]").expect("the Filters button");
    let attr = |name: &str| m.find("button[data-action=filters]").unwrap().get_attribute(name);
    assert_eq!(attr("aria-expanded").as_deref(), Some("false"));
    let panel = attr("aria-controls").expect("aria-controls");
    let panel = leptos::prelude::document().get_element_by_id(&panel).expect("the panel it controls");
    // The filters are the same chips, inside the panel.
    for chip in ["[data-range=today]", "[data-kind=all]", "[data-kind=email]", "[data-view=contact]"] {
        assert!(panel.query_selector(chip).unwrap().is_some(), "{chip}");
    }
    // Its name is its content: the sentence for screen readers; what is seen ("Filters 3") is
    // hidden from them, and there is no aria-label to differ from it.
    let name = || m.text("button[data-action=filters] .crm__sr-only");
    assert_eq!(attr("aria-label"), None);
    assert_eq!(name(), "Filters");
    let seen = m.find("button[data-action=filters] > [aria-hidden=true]").expect("the visible part");
    assert!(seen.query_selector("[data-part=active]").unwrap().is_some());
    assert_eq!(m.text("button[data-action=filters] [data-part=active]"), "");
    m.click("button[data-action=filters]");
    tick().await;
    assert_eq!(attr("aria-expanded").as_deref(), Some("true"));
    // Active filters: a type, "By contact", another range than the first.
    m.click("[data-kind=email]");
    m.click("[data-view=contact]");
    m.state.range.set(Some(Range::Today));
    tick().await;
    assert_eq!(m.text("button[data-action=filters] [data-part=active]"), "3");
    assert_eq!(name(), "Filters, 3 active");
    m.state.range.set(Some(Range::Days(7)));
    tick().await;
    assert_eq!(name(), "Filters, 2 active", "the first range is no filter");
    // Escape inside the panel closes it and gives the focus back to the button.
    let chip: HtmlElement = m.find("[data-kind=all]").unwrap().unchecked_into();
    chip.focus().unwrap();
    press("Escape");
    tick().await;
    assert_eq!(attr("aria-expanded").as_deref(), Some("false"));
    assert!(focused().is_same_node(Some(&button)), "the focus is back on the button");
    // And the button toggles.
    m.click("button[data-action=filters]");
    m.click("button[data-action=filters]");
    tick().await;
    assert_eq!(attr("aria-expanded").as_deref(), Some("false"));
}
