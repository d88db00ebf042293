//! The page object: what the widget shows, read only through its test hooks (the root's
//! `id` and `data-*`, roles, `aria-*`, `data-*` on rows, parts, chips, notices and logs), never
//! through styling classes. Tests ask it questions (`rows()`, `live_status()`, `pause()`) and
//! act through it (`press(Action)`, `choose_range(Range)`, `search(text)`).

use std::fmt;
use std::time::{Duration, Instant};

use fantoccini::Locator;
use serde_json::Value;

use crate::Harness;

/// The root's `data-state`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Handshake,
    Loading,
    Ready,
    Empty,
    Error,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Handshake => "handshake",
            State::Loading => "loading",
            State::Ready => "ready",
            State::Empty => "empty",
            State::Error => "error",
        }
    }

    fn parse(s: &str) -> Option<State> {
        [State::Handshake, State::Loading, State::Ready, State::Empty, State::Error].into_iter().find(|v| v.name() == s)
    }
}

/// The live status's `data-live`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiveStatus {
    Live,
    Reconnecting,
    Off,
    GaveUp,
}

impl LiveStatus {
    fn parse(s: &str) -> Option<LiveStatus> {
        match s {
            "live" => Some(LiveStatus::Live),
            "reconnecting" => Some(LiveStatus::Reconnecting),
            "off" => Some(LiveStatus::Off),
            "gave-up" => Some(LiveStatus::GaveUp),
            _ => None,
        }
    }
}

/// Why a load waits: the pause notice's `data-pause`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseKind {
    RateLimited,
    Retrying,
    Offline,
}

/// The pause notice: why, and what it says (with its countdown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pause {
    pub kind: Option<PauseKind>,
    pub text: String,
}

/// A button's `data-action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Retry,
    Refresh,
    SignIn,
    Reconnect,
    CopyDiagnostics,
    /// A row's contact name.
    OpenContact,
    /// A row's time.
    OpenInteraction,
    /// The Filters button of a narrow frame (`aria-expanded`, `aria-controls`).
    Filters,
}

impl Action {
    const ALL: [Action; 8] = [
        Action::Retry,
        Action::Refresh,
        Action::SignIn,
        Action::Reconnect,
        Action::CopyDiagnostics,
        Action::OpenContact,
        Action::OpenInteraction,
        Action::Filters,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Action::Retry => "retry",
            Action::Refresh => "refresh",
            Action::SignIn => "sign-in",
            Action::Reconnect => "reconnect",
            Action::CopyDiagnostics => "copy-diagnostics",
            Action::OpenContact => "open-contact",
            Action::OpenInteraction => "open-interaction",
            Action::Filters => "filters",
        }
    }

    fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == s)
    }

    fn selector(self) -> String {
        format!("button[data-action={}]", self.name())
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A time range chip's `data-range`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Range {
    Today,
    Days7,
    Days30,
}

impl Range {
    pub fn slug(self) -> &'static str {
        match self {
            Range::Today => "today",
            Range::Days7 => "7",
            Range::Days30 => "30",
        }
    }

    fn parse(s: &str) -> Option<Range> {
        [Range::Today, Range::Days7, Range::Days30].into_iter().find(|r| r.slug() == s)
    }
}

/// A view chip's `data-view`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Time,
    Contact,
}

impl View {
    pub fn slug(self) -> &'static str {
        match self {
            View::Time => "time",
            View::Contact => "contact",
        }
    }
}

/// A diagnostics log (`?debug=1`): `data-log`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Log {
    Live,
    Notes,
    Requests,
    Handshakes,
}

impl Log {
    fn name(self) -> &'static str {
        match self {
            Log::Live => "live",
            Log::Notes => "notes",
            Log::Requests => "requests",
            Log::Handshakes => "handshakes",
        }
    }
}

/// A diagnostics figure (`?debug=1`): `data-diagnostics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Diagnostic {
    /// The JSON export (a text area's value).
    Json,
    /// "wasm memory: N".
    Memory,
    /// "events received: N, channels created: M".
    LiveEvents,
}

impl Diagnostic {
    fn name(self) -> &'static str {
        match self {
            Diagnostic::Json => "json",
            Diagnostic::Memory => "memory",
            Diagnostic::LiveEvents => "live-events",
        }
    }
}

/// A chip: its hook's value (`data-kind`, `data-range`, `data-view`), whether it is pressed,
/// and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    pub value: String,
    pub pressed: bool,
    pub text: String,
}

/// An action notice (`data-notice`): its message's role (`status` or `alert`) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub role: String,
    pub text: String,
}

/// The current interaction's card (`data-card=current`).
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub name: String,
    pub address: Option<String>,
    /// How many earlier interactions there are, or that there are none.
    pub earlier: String,
    /// The earlier interactions it lists (`button[data-earlier]`), newest first.
    pub history: Vec<Earlier>,
    /// Its height in CSS pixels.
    pub height: f64,
}

/// An earlier interaction on the card: a button that opens it.
#[derive(Debug, Clone, PartialEq)]
pub struct Earlier {
    /// `data-earlier`: the conversation it opens.
    pub id: String,
    /// The whole text (when, type, queue, wrap-up, note): its accessible name.
    pub text: String,
    /// `[data-part=wrap-up]` and `[data-part=note]`.
    pub wrap_up: Option<String>,
    pub note: Option<String>,
    /// Whether the note holds element children (it must be text only).
    pub note_has_elements: bool,
    /// Its height in CSS pixels, and its text's line height.
    pub height: f64,
    pub line_height: f64,
}

/// The Filters button of a narrow frame (`button[data-action=filters]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FiltersButton {
    /// Whether it is shown (narrow frames only).
    pub shown: bool,
    pub expanded: bool,
    /// `aria-controls`, and whether that element exists.
    pub controls: Option<String>,
    pub controls_found: bool,
    /// Its accessible name (from its content, less what screen readers do not get), and the
    /// count of active filters it shows.
    pub label: String,
    pub count: String,
}

/// Where the list sits in the frame: the first row's top and how many rows are wholly in view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fold {
    pub first_row_top: f64,
    pub rows_fully_visible: usize,
    pub frame_height: f64,
}

/// A rendered row (`li[data-interaction-id]`), as its hooks say.
#[derive(Debug, Clone, PartialEq)]
pub struct RowView {
    pub id: String,
    pub index: usize,
    pub kind: Option<String>,
    pub direction: Option<String>,
    pub in_progress: bool,
    /// `aria-current="true"`: the current interaction.
    pub current: bool,
    /// `aria-level`, by contact: 1 for a contact, 2 for its interactions.
    pub level: Option<u8>,
    pub expanded: Option<bool>,
    pub posinset: Option<usize>,
    pub setsize: Option<usize>,
    /// The contact's name (or the address): `[data-part=name]`.
    pub name: String,
    /// The name is a button that opens the external contact; this is its accessible name.
    pub contact_label: Option<String>,
    /// `[data-part=queue]`; by contact, a contact's count of interactions.
    pub queue: String,
    /// How it ended: the wrap-up code's name (`[data-part=wrap-up]`).
    pub wrap_up: Option<String>,
    pub address: Option<String>,
    /// The `time` element's text and `datetime`.
    pub time: Option<String>,
    pub datetime: Option<String>,
    /// The time is a button that opens the interaction; this is its accessible name.
    pub open_label: Option<String>,
    /// The whole row's text.
    pub text: String,
    /// Its height in CSS pixels.
    pub height: f64,
}

impl RowView {
    /// The name opens the external contact.
    pub fn opens_contact(&self) -> bool {
        self.contact_label.is_some()
    }

    /// The row opens the interaction in Genesys Cloud.
    pub fn opens(&self) -> bool {
        self.open_label.is_some()
    }

    /// By contact: how many interactions a contact's line counts (the number where the queue
    /// goes).
    pub fn group_size(&self) -> Option<usize> {
        let digits: String =
            self.queue.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    }

    fn from_json(v: &Value) -> RowView {
        let s = |k: &str| v[k].as_str().map(str::to_owned);
        let n = |k: &str| v[k].as_u64().map(|n| n as usize);
        RowView {
            id: s("id").expect("a row id"),
            index: n("index").expect("a row index"),
            kind: s("kind"),
            direction: s("direction"),
            in_progress: v["inProgress"] == true,
            current: v["current"] == true,
            level: v["level"].as_u64().map(|l| l as u8),
            expanded: v["expanded"].as_bool(),
            posinset: n("posinset"),
            setsize: n("setsize"),
            name: s("name").unwrap_or_default(),
            contact_label: s("contactLabel"),
            queue: s("queue").unwrap_or_default(),
            wrap_up: s("wrapUp"),
            address: s("address"),
            time: s("time"),
            datetime: s("datetime"),
            open_label: s("openLabel"),
            text: s("text").unwrap_or_default(),
            height: v["height"].as_f64().unwrap_or(f64::NAN),
        }
    }
}

/// Reads a row element `r` as [`RowView::from_json`] expects it.
const READ_ROW: &str = "const readRow = r => {
  const part = p => r.querySelector('[data-part=' + p + ']');
  const text = e => e ? e.textContent : null;
  const num = a => r.hasAttribute(a) ? Number(r.getAttribute(a)) : null;
  const time = r.querySelector('time[datetime]');
  const contact = r.querySelector('button[data-action=open-contact]');
  const open = r.querySelector('button[data-action=open-interaction]');
  return { id: r.dataset.interactionId, index: Number(r.dataset.index), kind: r.dataset.kind || null,
    direction: r.dataset.direction || null, inProgress: r.dataset.inProgress === 'true',
    current: r.getAttribute('aria-current') === 'true', level: num('aria-level'),
    expanded: r.hasAttribute('aria-expanded') ? r.getAttribute('aria-expanded') === 'true' : null,
    posinset: num('aria-posinset'), setsize: num('aria-setsize'),
    name: text(part('name')), contactLabel: contact ? contact.getAttribute('aria-label') : null,
    queue: text(part('queue')) || '', wrapUp: text(part('wrap-up')) || null, address: text(part('address')),
    time: text(time), datetime: time ? time.getAttribute('datetime') : null,
    openLabel: open ? open.getAttribute('aria-label') : null,
    text: r.textContent, height: r.getBoundingClientRect().height };
};
const rowEls = () => Array.from(document.querySelectorAll('li[data-interaction-id]'));
const nextFrame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));";

/// A JS string literal.
fn js_str(s: &str) -> String {
    Value::from(s).to_string()
}

/// The widget in the current frame. Cheap to copy: it is a view of the harness.
#[derive(Clone, Copy)]
pub struct Widget<'h> {
    h: &'h Harness,
}

impl<'h> Widget<'h> {
    pub(crate) fn new(h: &'h Harness) -> Widget<'h> {
        Widget { h }
    }

    /// An attribute of the root (`#crm-widget`), or `None` when absent (or the root is not there
    /// yet, or the frame is between pages, as while it goes to sign in and back).
    async fn root_attr(&self, name: &str) -> Option<String> {
        let script = format!(
            "const r = document.getElementById('crm-widget'); return r ? r.getAttribute({}) : null;",
            js_str(name)
        );
        let v = self.h.client.execute(&script, vec![]).await.ok()?;
        v.as_str().map(str::to_owned)
    }

    async fn text_of(&self, selector: &str) -> Option<String> {
        let script =
            format!("const e = document.querySelector({}); return e ? e.textContent : null;", js_str(selector));
        self.h.js(&script).await.as_str().map(str::to_owned)
    }

    async fn exists(&self, selector: &str) -> bool {
        self.h.js(&format!("return !!document.querySelector({});", js_str(selector))).await == Value::Bool(true)
    }

    /// `data-state`, or `None` while there is no widget root.
    pub async fn try_state(&self) -> Option<State> {
        self.root_attr("data-state").await.and_then(|s| State::parse(&s))
    }

    /// `data-state`; panics when there is no widget root.
    pub async fn state(&self) -> State {
        self.try_state().await.expect("the widget root with a data-state")
    }

    /// Waits until `data-state` is one of `states`; returns it. Panics with what it saw.
    pub async fn wait_state(&self, states: &[State], within: Duration) -> State {
        let deadline = Instant::now() + within;
        let mut last = None;
        loop {
            last = self.try_state().await.or(last);
            if let Some(s) = last.filter(|s| states.contains(s)) {
                return s;
            }
            if Instant::now() > deadline {
                let alert = self.alert().await;
                panic!("data-state never became {states:?} within {within:?}; last {last:?}; alert {alert:?}");
            }
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
    }

    /// `data-loaded`: how many rows the list has.
    pub async fn loaded(&self) -> usize {
        let v = self.root_attr("data-loaded").await.expect("the widget root with data-loaded");
        v.parse().unwrap_or_else(|_| panic!("data-loaded is {v:?}"))
    }

    /// `data-total`, when the service gave a believable one.
    pub async fn total(&self) -> Option<usize> {
        self.root_attr("data-total").await.map(|v| v.parse().unwrap_or_else(|_| panic!("data-total is {v:?}")))
    }

    /// The root's `lang`.
    pub async fn lang(&self) -> Option<String> {
        self.root_attr("lang").await
    }

    /// The root's `dir` (`rtl`, or absent).
    pub async fn dir(&self) -> Option<String> {
        self.root_attr("dir").await
    }

    /// The rendered rows (the list is virtualised: those near the viewport), by index.
    pub async fn rows(&self) -> Vec<RowView> {
        let v = self.h.js(&format!("{READ_ROW}\nreturn rowEls().map(readRow);")).await;
        let mut rows: Vec<RowView> =
            v.as_array().map(|a| a.iter().map(RowView::from_json).collect()).unwrap_or_default();
        rows.sort_by_key(|r| r.index);
        rows
    }

    /// The rendered rows' ids, by index.
    pub async fn row_ids(&self) -> Vec<String> {
        self.rows().await.into_iter().map(|r| r.id).collect()
    }

    /// The rendered row with this id (by contact, the first by index: a contact's line carries
    /// its newest interaction's id).
    pub async fn row(&self, id: &str) -> Option<RowView> {
        self.rows().await.into_iter().find(|r| r.id == id)
    }

    /// The rendered row at `index`.
    pub async fn row_at(&self, index: usize) -> Option<RowView> {
        self.rows().await.into_iter().find(|r| r.index == index)
    }

    /// Every row of the list, by index, seen by scrolling it from top to bottom (then back to
    /// the top).
    pub async fn every_row(&self) -> Vec<RowView> {
        let v = self
            .h
            .js(&format!(
                "{READ_ROW}
                 const v = document.querySelector('[data-list]'); const seen = new Map();
                 for (let top = 0; ; top += v.clientHeight / 2) {{
                   v.scrollTop = top; v.dispatchEvent(new Event('scroll'));
                   await nextFrame();
                   for (const e of rowEls()) {{
                     const index = Number(e.dataset.index);
                     if (!seen.has(index)) seen.set(index, readRow(e));
                   }}
                   if (top > v.scrollHeight) break;
                 }}
                 v.scrollTop = 0; v.dispatchEvent(new Event('scroll'));
                 await nextFrame();
                 return Array.from(seen.values());"
            ))
            .await;
        let mut rows: Vec<RowView> =
            v.as_array().map(|a| a.iter().map(RowView::from_json).collect()).unwrap_or_default();
        rows.sort_by_key(|r| r.index);
        rows
    }

    /// Scrolls the list to its end and waits a frame for the rows there to render.
    pub async fn scroll_to_end(&self) {
        self.h
            .js(&format!(
                "{READ_ROW}
                 const v = document.querySelector('[data-list]'); v.scrollTop = v.scrollHeight;
                 v.dispatchEvent(new Event('scroll')); await nextFrame(); return true;"
            ))
            .await;
    }

    /// Whether the list is grouped by contact (its list is a `tree`).
    pub async fn is_grouped(&self) -> bool {
        self.exists("[data-list] [role=tree]").await
    }

    /// Focuses the row with this id (the first by index).
    pub async fn focus_row(&self, id: &str) {
        let found = self
            .h
            .js(&format!(
                "const r = document.querySelector('li[data-interaction-id=' + CSS.escape({}) + ']');
                 if (!r) return false; r.focus(); return true;",
                js_str(id)
            ))
            .await;
        assert_eq!(found, Value::Bool(true), "no row {id} to focus");
    }

    /// Focuses the row at `index`.
    pub async fn focus_row_at(&self, index: usize) {
        let found = self
            .h
            .js(&format!(
                "const r = document.querySelector('li[data-index=\"{index}\"]'); if (!r) return false; r.focus(); return true;"
            ))
            .await;
        assert_eq!(found, Value::Bool(true), "no row at {index} to focus");
    }

    /// The focused row, if a row has the focus.
    pub async fn focused_row(&self) -> Option<RowView> {
        let v = self
            .h
            .js(&format!(
                "{READ_ROW}
                 const a = document.activeElement;
                 return a && a.matches('li[data-interaction-id]') ? readRow(a) : null;"
            ))
            .await;
        (!v.is_null()).then(|| RowView::from_json(&v))
    }

    /// What has the focus in the widget's frame.
    pub async fn focused(&self) -> Focus {
        let v = self
            .h
            .js("const e = document.activeElement;
                 if (!e || e === document.body) return ['body'];
                 if (e.matches('li[data-interaction-id]')) return ['row', e.dataset.interactionId];
                 if (e.dataset.action) return ['action', e.dataset.action];
                 if (e.matches('input[type=search]')) return ['search'];
                 if (e.matches('button[data-kind], button[data-range], button[data-view]')) return ['chip'];
                 if (e.matches('button[data-earlier]')) return ['earlier', e.dataset.earlier];
                 return ['other', e.tagName.toLowerCase()];")
            .await;
        let part = |i: usize| v[i].as_str().unwrap_or_default().to_owned();
        match part(0).as_str() {
            "body" => Focus::Body,
            "row" => Focus::Row(part(1)),
            "action" => Action::parse(&part(1)).map_or_else(|| Focus::Other(part(1)), Focus::Action),
            "search" => Focus::Search,
            "chip" => Focus::Chip,
            "earlier" => Focus::Earlier(part(1)),
            _ => Focus::Other(part(1)),
        }
    }

    /// Clicks the row at `index` (a real click, through the browser, at its middle).
    pub async fn click_row_at(&self, index: usize) {
        self.h.click_selector(&format!("li[data-index=\"{index}\"]")).await;
    }

    /// Activates the row with this id with a click on the row itself (not on a button in it).
    pub async fn activate_row(&self, id: &str) {
        let found = self
            .h
            .js(&format!(
                "const r = document.querySelector('li[data-interaction-id=' + CSS.escape({}) + ']');
                 if (!r) return false; r.click(); return true;",
                js_str(id)
            ))
            .await;
        assert_eq!(found, Value::Bool(true), "no row {id} to click");
    }

    /// Presses `action`'s button inside the row with this id (e.g. its contact's name).
    pub async fn press_in_row(&self, id: &str, action: Action) {
        let found = self
            .h
            .js(&format!(
                "const r = document.querySelector('li[data-interaction-id=' + CSS.escape({}) + ']');
                 const b = r && r.querySelector({}); if (!b) return false; b.click(); return true;",
                js_str(id),
                js_str(&action.selector())
            ))
            .await;
        assert_eq!(found, Value::Bool(true), "no {} in row {id}", action.selector());
    }

    /// Whether the widget shows `action`'s button.
    pub async fn has_action(&self, action: Action) -> bool {
        self.exists(&action.selector()).await
    }

    /// Presses `action`'s button (the first, if there are several); panics if there is none.
    pub async fn press(&self, action: Action) {
        let found = self
            .h
            .js(&format!(
                "const b = document.querySelector({}); if (!b) return false; b.click(); return true;",
                js_str(&action.selector())
            ))
            .await;
        assert_eq!(found, Value::Bool(true), "no {}", action.selector());
    }

    /// Clicks `action`'s button through the browser (a user gesture, as a popup needs).
    pub async fn click(&self, action: Action) {
        self.h.click_selector(&action.selector()).await;
    }

    /// What `action`'s button says.
    pub async fn action_text(&self, action: Action) -> Option<String> {
        self.text_of(&action.selector()).await
    }

    /// Focuses `action`'s button.
    pub async fn focus(&self, action: Action) {
        let found = self
            .h
            .js(&format!(
                "const b = document.querySelector({}); if (!b) return false; b.focus(); return true;",
                js_str(&action.selector())
            ))
            .await;
        assert_eq!(found, Value::Bool(true), "no {}", action.selector());
    }

    /// The first `[role=alert]`'s text.
    pub async fn alert(&self) -> Option<String> {
        self.text_of("[role=alert]").await
    }

    /// The action notice whose button is `action` (`Retry` for errors, `SignIn` for the popup
    /// prompt): its message.
    pub async fn notice(&self, action: Action) -> Option<Notice> {
        let v = self
            .h
            .js(&format!(
                "const n = document.querySelector('div[data-notice=' + {} + ']');
                 const m = n && n.querySelector('[role=status], [role=alert]');
                 return m ? [m.getAttribute('role'), m.textContent] : null;",
                js_str(action.name())
            ))
            .await;
        v.as_array().map(|a| Notice {
            role: a[0].as_str().unwrap_or_default().to_owned(),
            text: a[1].as_str().unwrap_or_default().to_owned(),
        })
    }

    /// The live status (`p[data-live]`), when live updates run.
    pub async fn live_status(&self) -> Option<LiveStatus> {
        let v = self.h.js("const p = document.querySelector('p[data-live]'); return p ? p.dataset.live : null;").await;
        v.as_str().and_then(LiveStatus::parse)
    }

    /// What the live status says.
    pub async fn live_text(&self) -> Option<String> {
        self.text_of("p[data-live]").await
    }

    /// Waits until the live status is `status`.
    pub async fn wait_live(&self, status: LiveStatus, within: Duration) {
        crate::wait_until!(format!("live status {status:?}"), within, self.live_status().await == Some(status));
    }

    /// What the polite announcement of arrivals says.
    pub async fn announcement(&self) -> Option<String> {
        self.text_of("[data-announce=arrival]").await
    }

    /// The pause notice, while a load waits.
    pub async fn pause(&self) -> Option<Pause> {
        let v = self.h.js("const p = document.querySelector('p[data-pause]'); return p ? [p.dataset.pause, p.textContent] : null;").await;
        v.as_array().map(|a| Pause {
            kind: match a[0].as_str() {
                Some("rate-limited") => Some(PauseKind::RateLimited),
                Some("retrying") => Some(PauseKind::Retrying),
                Some("offline") => Some(PauseKind::Offline),
                _ => None,
            },
            text: a[1].as_str().unwrap_or_default().to_owned(),
        })
    }

    /// What the progress line says (`p[data-progress]`).
    pub async fn progress(&self) -> Option<String> {
        self.text_of("p[data-progress]").await
    }

    /// What the filter status says (`p[data-filter-status]`), while a search or type filter is on.
    pub async fn filter_status(&self) -> Option<String> {
        self.text_of("p[data-filter-status]").await
    }

    /// Whether the search box is there (it is once there are rows).
    pub async fn has_search(&self) -> bool {
        self.exists("input[type=search]").await
    }

    /// Types `text` into the search box (replacing what it had).
    pub async fn search(&self, text: &str) {
        let found = self
            .h
            .js(&format!(
                "const i = document.querySelector('input[type=search]'); if (!i) return false;
                 i.value = {}; i.dispatchEvent(new Event('input')); return true;",
                js_str(text)
            ))
            .await;
        assert_eq!(found, Value::Bool(true), "no search box");
    }

    async fn chips(&self, attribute: &str) -> Vec<Chip> {
        let v = self
            .h
            .js(&format!(
                "return Array.from(document.querySelectorAll('button[{attribute}]'))
                   .map(b => [b.getAttribute('{attribute}'), b.getAttribute('aria-pressed') === 'true', b.textContent]);"
            ))
            .await;
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|c| Chip {
                        value: c[0].as_str().unwrap_or_default().to_owned(),
                        pressed: c[1] == true,
                        text: c[2].as_str().unwrap_or_default().to_owned(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The type chips (`button[data-kind]`, "All" first).
    pub async fn type_chips(&self) -> Vec<Chip> {
        self.chips("data-kind").await
    }

    /// The time range chips (`button[data-range]`; the Genesys source only).
    pub async fn range_chips(&self) -> Vec<Chip> {
        self.chips("data-range").await
    }

    /// The view chips (`button[data-view]`).
    pub async fn view_chips(&self) -> Vec<Chip> {
        self.chips("data-view").await
    }

    /// The pressed time range.
    pub async fn range(&self) -> Option<Range> {
        self.range_chips().await.into_iter().find(|c| c.pressed).and_then(|c| Range::parse(&c.value))
    }

    /// The pressed view.
    pub async fn view(&self) -> Option<View> {
        let chips = self.view_chips().await;
        let pressed = chips.into_iter().find(|c| c.pressed)?;
        [View::Time, View::Contact].into_iter().find(|v| v.slug() == pressed.value)
    }

    /// Clicks a time range chip (a real click, opening the filters first in a narrow frame)
    /// and waits until it is pressed.
    pub async fn choose_range(&self, range: Range, within: Duration) {
        self.open_filters().await;
        self.h.click_selector(&format!("button[data-range=\"{}\"]", range.slug())).await;
        crate::wait_until!(format!("range {range:?} pressed"), within, self.range().await == Some(range));
    }

    /// Clicks a view chip (a real click, opening the filters first in a narrow frame) and waits
    /// until the list is (or is no longer) grouped.
    pub async fn choose_view(&self, view: View, within: Duration) {
        self.open_filters().await;
        self.h.click_selector(&format!("button[data-view={}]", view.slug())).await;
        let grouped = view == View::Contact;
        crate::wait_until!(format!("view {view:?}"), within, self.is_grouped().await == grouped);
    }

    /// The current interaction's card, when there is one.
    pub async fn card(&self) -> Option<Card> {
        let v = self
            .h
            .js("const c = document.querySelector('[data-card=current]'); if (!c) return null;
                 const t = (e, p) => { const f = e.querySelector('[data-part=' + p + ']'); return f && f.textContent || null; };
                 const history = Array.from(c.querySelectorAll('button[data-earlier]')).map(b => {
                   const note = b.querySelector('[data-part=note]');
                   return { id: b.dataset.earlier, text: b.textContent, wrapUp: t(b, 'wrap-up'), note: t(b, 'note'),
                     noteHasElements: !!note && note.children.length > 0,
                     height: b.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(b).lineHeight) };
                 });
                 return { name: t(c, 'name'), address: t(c, 'address'), earlier: t(c, 'earlier'), history,
                   height: c.getBoundingClientRect().height };")
            .await;
        (!v.is_null()).then(|| {
            let s = |v: &Value, k: &str| v[k].as_str().map(str::to_owned);
            Card {
                name: s(&v, "name").unwrap_or_default(),
                address: s(&v, "address"),
                earlier: s(&v, "earlier").unwrap_or_default(),
                history: v["history"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|e| Earlier {
                        id: s(e, "id").unwrap_or_default(),
                        text: s(e, "text").unwrap_or_default(),
                        wrap_up: s(e, "wrapUp"),
                        note: s(e, "note"),
                        note_has_elements: e["noteHasElements"] == true,
                        height: e["height"].as_f64().unwrap_or(f64::NAN),
                        line_height: e["lineHeight"].as_f64().unwrap_or(f64::NAN),
                    })
                    .collect(),
                height: v["height"].as_f64().unwrap_or(f64::NAN),
            }
        })
    }

    /// Opens the earlier interaction `id` on the card (a real click).
    pub async fn open_earlier(&self, id: &str) {
        self.h.click_selector(&format!("button[data-earlier={}]", js_str(id))).await;
    }

    /// Focuses the earlier interaction `id` on the card.
    pub async fn focus_earlier(&self, id: &str) {
        let found = self
            .h
            .js(&format!(
                "const b = document.querySelector('button[data-earlier=' + CSS.escape({}) + ']');
                 if (!b) return false; b.focus(); return true;",
                js_str(id)
            ))
            .await;
        assert_eq!(found, Value::Bool(true), "no earlier interaction {id} to focus");
    }

    /// The Filters button, when there is one.
    pub async fn filters_button(&self) -> Option<FiltersButton> {
        let v = self
            .h
            .js("const b = document.querySelector('button[data-action=filters]'); if (!b) return null;
                 const c = b.getAttribute('aria-controls');
                 const count = b.querySelector('[data-part=active]');
                 // Its name from its content, as a screen reader gets it (no aria-label).
                 const name = (e) => { const k = e.cloneNode(true); k.querySelectorAll('[aria-hidden=true]').forEach(x => x.remove());
                   return e.getAttribute('aria-label') || k.textContent.trim(); };
                 return { shown: b.checkVisibility(), expanded: b.getAttribute('aria-expanded') === 'true', controls: c,
                   found: !!(c && document.getElementById(c)), label: name(b),
                   count: count ? count.textContent : '' };")
            .await;
        (!v.is_null()).then(|| FiltersButton {
            shown: v["shown"] == true,
            expanded: v["expanded"] == true,
            controls: v["controls"].as_str().map(str::to_owned),
            controls_found: v["found"] == true,
            label: v["label"].as_str().unwrap_or_default().to_owned(),
            count: v["count"].as_str().unwrap_or_default().to_owned(),
        })
    }

    /// Whether the chip (or other element) `selector` finds is shown (the filters of a narrow
    /// frame hide behind their button).
    pub async fn is_shown(&self, selector: &str) -> bool {
        self.h
            .js(&format!("const e = document.querySelector({}); return !!e && e.checkVisibility();", js_str(selector)))
            .await
            == Value::Bool(true)
    }

    /// Opens the filters of a narrow frame with a real click on their button, if they are
    /// closed (wide frames show them anyway).
    pub async fn open_filters(&self) {
        if self.filters_button().await.is_some_and(|b| b.shown && !b.expanded) {
            self.h.click_selector(&Action::Filters.selector()).await;
            crate::wait_until!(
                "the filters open",
                crate::LOAD,
                self.filters_button().await.is_some_and(|b| b.expanded)
            );
        }
    }

    /// Where the list sits in the frame.
    pub async fn fold(&self) -> Fold {
        let v = self
            .h
            .js("const v = document.querySelector('[data-list]').getBoundingClientRect();
                 const bottom = Math.min(v.bottom, window.innerHeight);
                 const rows = Array.from(document.querySelectorAll('li[data-interaction-id]')).map(r => r.getBoundingClientRect());
                 const first = document.querySelector('li[data-index=\"0\"]');
                 return { top: first ? first.getBoundingClientRect().top : null,
                   visible: rows.filter(r => r.top >= v.top - 0.5 && r.bottom <= bottom + 0.5).length,
                   height: window.innerHeight };")
            .await;
        Fold {
            first_row_top: v["top"].as_f64().expect("a first row"),
            rows_fully_visible: v["visible"].as_u64().unwrap_or(0) as usize,
            frame_height: v["height"].as_f64().unwrap_or(f64::NAN),
        }
    }

    /// A diagnostics log's text (`?debug=1`).
    pub async fn log(&self, log: Log) -> Option<String> {
        self.text_of(&format!("[data-log={}]", log.name())).await
    }

    /// A diagnostics figure (`?debug=1`): the JSON export's value, or a line's text.
    pub async fn diagnostic(&self, d: Diagnostic) -> Option<String> {
        let v = self
            .h
            .js(&format!(
                "const e = document.querySelector('[data-diagnostics={}]'); return e ? (e.value ?? e.textContent) : null;",
                d.name()
            ))
            .await;
        v.as_str().map(str::to_owned)
    }

    /// A diagnostics line's (first) number ("events received: 12, channels created: 1" is 12).
    pub async fn diagnostic_number(&self, d: Diagnostic) -> Option<f64> {
        self.diagnostic(d).await?.split(", ").next()?.rsplit(": ").next()?.trim().parse().ok()
    }
}

/// What has the focus in the widget's frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Focus {
    /// Nothing in the frame (the body).
    Body,
    /// A row, by id.
    Row(String),
    /// A button with a `data-action`.
    Action(Action),
    /// The search box.
    Search,
    /// A type, range or view chip.
    Chip,
    /// An earlier interaction on the current interaction's card, by id.
    Earlier(String),
    /// Something else (its tag, or an unknown action).
    Other(String),
}

/// Keys for [`Harness::press_key`] (WebDriver's codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Tab,
    Enter,
    Escape,
    Space,
    Backspace,
    Left,
    Right,
    Down,
}

impl Key {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Key::Tab => "\u{E004}",
            Key::Enter => "\u{E007}",
            Key::Escape => "\u{E00C}",
            Key::Space => "\u{E00D}",
            Key::Backspace => "\u{E003}",
            Key::Left => "\u{E012}",
            Key::Right => "\u{E014}",
            Key::Down => "\u{E015}",
        }
    }
}

impl Harness {
    /// The widget in the current frame.
    pub fn widget(&self) -> Widget<'_> {
        Widget::new(self)
    }

    /// Opens the dev host, enters the widget's frame and waits for `state`.
    pub async fn open_in_state(&self, state: State) -> Widget<'_> {
        self.open_in_state_with(state, "").await
    }

    /// The same, with a query string for the host page (e.g. `?debug=1`).
    pub async fn open_in_state_with(&self, state: State, query: &str) -> Widget<'_> {
        self.open_in_host_with(query).await;
        let w = self.widget();
        w.wait_state(&[state], crate::LOAD).await;
        w
    }

    /// Opens the dev host, enters the widget's frame and waits until it is ready.
    pub async fn open_ready(&self) -> Widget<'_> {
        self.open_in_state(State::Ready).await
    }

    /// The same, with a query string for the host page (e.g. `?debug=1`).
    pub async fn open_ready_with(&self, query: &str) -> Widget<'_> {
        self.open_in_state_with(State::Ready, query).await
    }

    /// Presses a key on whatever has the focus (a real key press, through the browser).
    pub async fn press_key(&self, key: Key) {
        let e = self.client.active_element().await.expect("a focused element");
        e.send_keys(key.code()).await.expect("a key press");
    }

    /// Clicks the element `selector` finds (a real click, through the browser).
    pub(crate) async fn click_selector(&self, selector: &str) {
        let e = self.client.find(Locator::Css(selector)).await.unwrap_or_else(|e| panic!("no {selector}: {e}"));
        e.click().await.unwrap_or_else(|e| panic!("{selector} cannot be clicked: {e}"));
    }
}
