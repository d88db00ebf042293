//! The Genesys sign-in token source (CONTRACT §6): Authorization Code with PKCE in the
//! widget's own frame, or in a popup (`"oauthPopup": true`). `crm_core::auth::signin` decides; this
//! module does the browser's part: `crypto.getRandomValues`, `SubtleCrypto`, `sessionStorage`,
//! `history.replaceState`, navigation, `window.open` and the token `fetch`.
//!
//! The token itself lives in memory only (this source's state). `sessionStorage` holds the
//! verifier and the original query under the state, from leaving until the return, and nothing
//! else.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::platform::reactive::Slot;
use crm_core::auth::signin::{
    self, arrive, authorize_url, parse_callback, read_token_response, token_body, token_url, Arrival, BrowserApi,
    Callback, ExchangeError, Prompt, RawPopupMessage, RawTokenResponse, Saved, SignInError, STATE_BYTES,
    STORAGE_PREFIX, VERIFIER_BYTES,
};
use crm_core::auth::token::{jwt_exp_s, renew_at_ms};
use crm_core::auth::{Grant, Token};
use crm_core::diagnostics::{Diagnostics, HandshakeRecord, RenewalReason};
use crm_core::error::Fault;
use crm_core::startup::SignIn;
use crm_core::util::json::ReadError;
use crm_core::WidgetError;
use futures::channel::oneshot;
use futures::future::{select, Either, LocalBoxFuture, Shared};
use futures::FutureExt;
use gloo_net::http::Request;
use gloo_timers::callback::Timeout;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::{window, window_event_listener};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AbortController, MessageEvent, Storage};

use crate::platform::browser::{is_framed, location_search, now_ms, page_ms, unless_cancelled, Cancelled};
use crate::platform::js_value::parse_json;
use crate::ports::{LocalFuture, TokenSource};

type Renewal = Shared<LocalBoxFuture<'static, Result<Token, WidgetError>>>;

/// Sends the frame to the login service: `location.replace` in production ([`leave_by_location`]),
/// a recorder in tests.
pub type Leave = Rc<dyn Fn(&str)>;

thread_local! {
    /// What the page's start found in the URL (see [`arrive_on_start`]), for the first sign-in
    /// token source to use, once.
    static ARRIVAL: RefCell<Option<Arrival>> = const { RefCell::new(None) };
}

fn session_storage() -> Result<Storage, SignInError> {
    window().session_storage().ok().flatten().ok_or(SignInError::Unavailable(BrowserApi::SessionStorage))
}

/// Until when another frame of this tab is away on a sign-in round, seen from the names of the
/// tab's `sessionStorage` keys alone (see [`signin::round_under_way`]).
pub fn round_in_tab() -> Option<u64> {
    let storage = session_storage().ok()?;
    let names: Vec<String> = (0..storage.length().unwrap_or(0)).filter_map(|i| storage.key(i).ok().flatten()).collect();
    signin::round_under_way(names.iter().map(String::as_str), now_ms())
}

/// The entry saved under `state`, if there is one that decodes. Only this frame's own states
/// are ever looked up: another frame's entry is neither read nor used (CONTRACT §6.2).
fn saved_for(storage: &Storage, state: &str) -> Option<Saved> {
    storage.get_item(&format!("{STORAGE_PREFIX}{state}")).ok().flatten().and_then(|text| Saved::decode(&text))
}

/// Removes the entry saved under `state`. Same-origin frames of one tab share `sessionStorage`:
/// every other entry is another frame's, maybe in the middle of its own sign-in, and stays
/// (CONTRACT §6.2).
fn remove_saved(storage: &Storage, state: &str) {
    // Removing can only fail when storage is gone altogether; then nothing is left anyway.
    let _gone = storage.remove_item(&format!("{STORAGE_PREFIX}{state}"));
}

/// Marks, in this frame's own browsing-context name, the state of the sign-in it leaves for.
/// The name survives the trip to the login service and back (it is the frame's, not the tab's),
/// so a return without an answer finds its own entry and no other frame's.
fn mark_trip(state: &str) {
    let w = window();
    let name = w.name().unwrap_or_default();
    let base = name.split(TRIP_MARK).next().unwrap_or_default().to_owned();
    // A frame whose name cannot be set simply cannot tell an empty return: it starts fresh.
    let _marked = w.set_name(&format!("{base}{TRIP_MARK}{state}"));
}

/// The state this frame left for sign-in with, if it did; the frame gets its name back.
fn take_trip() -> Option<String> {
    let w = window();
    let name = w.name().unwrap_or_default();
    let (base, state) = name.split_once(TRIP_MARK)?;
    let _restored = w.set_name(base);
    Some(state.to_owned()).filter(|s| !s.is_empty())
}

/// Between a frame's own name and the state of its trip.
const TRIP_MARK: &str = "\u{1}crm-signin:";

/// Puts `query` back into the URL, path and fragment kept, without a new history entry.
fn replace_query(query: &str) {
    let location = window().location();
    let url = format!("{}{}{}", location.pathname().unwrap_or_default(), query, location.hash().unwrap_or_default());
    if let Ok(history) = window().history() {
        // A page whose history cannot be written keeps its URL; the code is spent either way.
        let _kept = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Runs first thing when the page starts. When it carries an OAuth return (or this frame left
/// for a sign-in), this decides what it means ([`crm_core::auth::signin::arrive`]), removes this
/// frame's entry (and no other frame's), puts the original query back into the URL (so `code`
/// and `state` stay in neither the URL nor its history), and keeps the decision for the sign-in
/// token source.
pub fn arrive_on_start() {
    let search = location_search();
    let callback = parse_callback(&search);
    let trip = take_trip();
    let storage = match session_storage() {
        Ok(s) => s,
        Err(e) => {
            if callback.is_some() {
                replace_query(&signin::strip_callback(&search));
                ARRIVAL.with(|a| a.replace(Some(Arrival::Failed(e))));
            }
            return;
        }
    };
    // Only a trip this frame made counts here: its entry under the state of the answer, or, with
    // no answer, under the state it left with.
    let pending = trip.as_deref().and_then(|state| saved_for(&storage, state));
    if callback.is_none() && pending.is_none() {
        return;
    }
    let plan = arrive(callback.clone(), |state| saved_for(&storage, state), pending);
    for state in [callback.as_ref().and_then(Callback::state), trip.as_deref()].into_iter().flatten() {
        remove_saved(&storage, state);
    }
    if let Some(query) = &plan.restore_query {
        replace_query(query);
    }
    ARRIVAL.with(|a| a.replace(Some(plan.arrival)));
}

/// The decision [`arrive_on_start`] kept, for the first token source that asks.
pub fn take_arrival() -> Option<Arrival> {
    ARRIVAL.with(|a| a.take())
}

/// In the popup (a top-level window opened by the widget, back from the login service), posts
/// the return's query to `window.opener` with this page's own origin as `targetOrigin`, and
/// closes. Returns `true` when it did, so the page shows nothing itself.
pub fn relay_popup_answer() -> bool {
    let w = window();
    let opener = match w.opener() {
        Ok(o) if o.is_object() => o.unchecked_into::<web_sys::Window>(),
        _ => return false,
    };
    let search = location_search();
    if is_framed() || parse_callback(&search).is_none() {
        return false;
    }
    let Ok(origin) = w.location().origin() else { return false };
    let message = js_sys::Object::new();
    let hash = w.location().hash().unwrap_or_default();
    for (key, value) in
        [("name", signin::POPUP_MESSAGE_NAME), ("type", "message"), ("search", &search), ("hash", &hash)]
    {
        // Setting a property on a plain new object cannot fail.
        let _set = js_sys::Reflect::set(&message, &key.into(), &value.into());
    }
    if opener.post_message(&message, &origin).is_err() {
        return false;
    }
    let _closing = w.close();
    true
}

/// What the popup sign-in shows, and the one click that opens the popup. The components
/// render [`SignInUi::prompt`] and call [`SignInUi::click`] from the button's handler, so the
/// popup opens within the click (browsers block popups opened later).
#[derive(Default)]
pub struct SignInUi {
    pub prompt: Slot<Prompt>,
    url: RefCell<Option<String>>,
    clicked: RefCell<Option<oneshot::Sender<Option<web_sys::Window>>>>,
    /// Called when a renewal ahead of expiry brought a new token (the list reloads).
    on_renewed: RefCell<Option<Box<dyn Fn()>>>,
}

impl SignInUi {
    pub fn new() -> Rc<SignInUi> {
        Rc::new(SignInUi::default())
    }

    /// The button's handler: opens the authorize URL in a popup, or learns it was blocked.
    /// Does nothing unless a sign-in is waiting for the click.
    pub fn click(&self) {
        let Some(tx) = self.clicked.borrow_mut().take() else { return };
        let Some(url) = self.url.borrow().clone() else { return };
        let popup = window()
            .open_with_url_and_target_and_features(&url, "crm-signin", "popup=true,width=800,height=700")
            .ok()
            .flatten();
        // The sign-in may have been given up just now (unmount); then nobody needs the popup.
        if let Err(Some(popup)) = tx.send(popup) {
            let _closed = popup.close();
        }
    }

    pub fn on_renewed(&self, f: impl Fn() + 'static) {
        self.on_renewed.replace(Some(Box::new(f)));
    }

    /// Shows `prompt` with a button for `url`; resolves with the popup once clicked (`None`
    /// inside: blocked), or `None` when given up.
    fn ask(&self, prompt: Prompt, url: String) -> impl std::future::Future<Output = Option<Option<web_sys::Window>>> {
        let (tx, rx) = oneshot::channel();
        self.url.replace(Some(url));
        self.clicked.replace(Some(tx));
        self.prompt.set(prompt);
        rx.map(Result::ok)
    }

    fn cancel(&self) {
        self.url.replace(None);
        self.clicked.replace(None);
        self.prompt.set(Prompt::Hidden);
    }
}

struct State {
    arrival: Option<Arrival>,
    /// The token and when to renew it.
    current: Option<(Token, Option<u64>)>,
    /// Whether the API has accepted the current token once.
    confirmed: bool,
    /// When the widget last left because of a 401 (it came back with this page).
    last_401_trip_ms: Option<u64>,
    in_flight: Option<Renewal>,
    renew_timer: Option<Timeout>,
}

struct Inner {
    config: SignIn,
    leave: Leave,
    ui: Rc<SignInUi>,
    state: RefCell<State>,
    /// Aborts a token request in flight when the source goes.
    abort: Option<AbortController>,
    /// Fires when the source goes: timers and waits it started end with it.
    gone: Cancelled,
    diagnostics: Cell<Option<Slot<Diagnostics>>>,
    /// Whether this source renews ahead of expiry (a frame of a shared session renews only
    /// while it holds the session: CONTRACT §10.1).
    renews: Cell<bool>,
    /// Told of each token this source gets (sign-in, popup, renewal), with its renewal time.
    on_token: RefCell<Option<OnToken>>,
    /// Told just before the frame leaves for the login service.
    on_leaving: RefCell<Option<Rc<dyn Fn()>>>,
}

/// Told of a token and its renewal time.
type OnToken = Rc<dyn Fn(&Token, Option<u64>)>;

/// The Genesys sign-in as a [`TokenSource`]. Dropping it stops its timer, its popup wait and
/// any token request in flight.
pub struct SignInTokenSource {
    inner: Rc<Inner>,
    _gone: oneshot::Sender<()>,
}

impl SignInTokenSource {
    /// `arrival` is what the page's start found (see [`take_arrival`]); `None` is a fresh start.
    pub fn new(config: SignIn, arrival: Option<Arrival>, ui: Rc<SignInUi>, leave: Leave) -> SignInTokenSource {
        let (gone_tx, gone_rx) = oneshot::channel();
        let inner = Rc::new(Inner {
            config,
            leave,
            ui,
            state: RefCell::new(State {
                last_401_trip_ms: match &arrival {
                    Some(Arrival::Exchange { unauthorized_at_ms, .. }) => *unauthorized_at_ms,
                    _ => None,
                },
                arrival,
                current: None,
                confirmed: false,
                in_flight: None,
                renew_timer: None,
            }),
            abort: AbortController::new().ok(),
            gone: gone_rx.shared(),
            diagnostics: Cell::new(None),
            renews: Cell::new(true),
            on_token: RefCell::new(None),
            on_leaving: RefCell::new(None),
        });
        SignInTokenSource { inner, _gone: gone_tx }
    }

    /// Whether the page brought an answer from the login service to exchange (this frame is
    /// finishing a sign-in round).
    pub fn has_arrival(&self) -> bool {
        matches!(self.inner.state.borrow().arrival, Some(Arrival::Exchange { .. }))
    }

    /// A sign-in round now, whatever token this source holds (a shared session's holder that
    /// has none, or whose sign-in failed and is retried).
    pub fn sign_in(&self) -> LocalFuture<'_, Result<Token, WidgetError>> {
        Box::pin(self.inner.renew(RenewalReason::Initial))
    }

    /// Tells `f` of each token this source gets, with its renewal time.
    pub fn on_token(&self, f: impl Fn(&Token, Option<u64>) + 'static) {
        self.inner.on_token.replace(Some(Rc::new(f)));
    }

    /// Tells `f` just before the frame leaves for the login service.
    pub fn on_leaving(&self, f: impl Fn() + 'static) {
        self.inner.on_leaving.replace(Some(Rc::new(f)));
    }

    /// Renews ahead of expiry or not (see [`Inner::renews`]); turned on, the timer is set for
    /// the current token.
    pub fn set_renews(&self, renews: bool) {
        if self.inner.renews.replace(renews) == renews {
            return;
        }
        let renew_at = self.inner.state.borrow().current.as_ref().and_then(|(_, at)| *at);
        let timer = self.inner.timer(renew_at);
        self.inner.state.borrow_mut().renew_timer = timer;
    }

    /// Takes a token another frame of the session got (CONTRACT §10.1): no sign-in while it
    /// lives. It has worked for the session, so a 401 on it is a reason to sign in again.
    pub fn adopt(&self, token: Token, renew_at: Option<u64>) {
        let same = self.inner.state.borrow().current.as_ref().is_some_and(|(t, _)| t.expose() == token.expose());
        if !same {
            self.inner.hold(token, renew_at, true);
        }
    }

    /// Records each sign-in into `diagnostics` (`?debug=1`), as handshakes.
    pub fn with_diagnostics(self, diagnostics: Slot<Diagnostics>) -> Self {
        self.inner.diagnostics.set(Some(diagnostics));
        self
    }
}

impl Drop for SignInTokenSource {
    fn drop(&mut self) {
        if let Some(abort) = &self.inner.abort {
            abort.abort();
        }
        // The renewal in flight holds `Inner`; let it go, with the timer, or the cycle keeps both.
        let (in_flight, timer) = {
            let mut state = self.inner.state.borrow_mut();
            (state.in_flight.take(), state.renew_timer.take())
        };
        drop((in_flight, timer));
        self.inner.ui.cancel();
    }
}

/// The browser's navigation, for production: the frame leaves for the login service.
pub fn leave_by_location() -> Leave {
    Rc::new(|url: &str| {
        // A navigation that cannot start leaves the page where it is, showing the handshake
        // state; Refresh starts over.
        let _stays = window().location().replace(url);
    })
}

async fn sha256(data: &[u8]) -> Result<Vec<u8>, SignInError> {
    let unavailable = || SignInError::Unavailable(BrowserApi::SubtleCrypto);
    let crypto = window().crypto().map_err(|_| unavailable())?;
    let promise = crypto.subtle().digest_with_str_and_u8_array("SHA-256", data).map_err(|_| unavailable())?;
    let digest = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|_| unavailable())?;
    Ok(js_sys::Uint8Array::new(&digest).to_vec())
}

fn random<const N: usize>() -> Result<[u8; N], SignInError> {
    let mut bytes = [0u8; N];
    window()
        .crypto()
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes))
        .map_err(|_| SignInError::Unavailable(BrowserApi::RandomValues))?;
    Ok(bytes)
}

impl Inner {
    fn note(&self, f: impl FnOnce(&mut Diagnostics)) {
        if let Some(d) = self.diagnostics.get() {
            d.update(f);
        }
    }

    /// Makes a verifier, its challenge and a state, and returns the authorize URL with the
    /// state and what the return needs (the verifier, the page's query). `reason` is why: a trip
    /// for a 401 is remembered across the return.
    async fn prepare(&self, reason: RenewalReason) -> Result<(String, String, Saved), SignInError> {
        let verifier = signin::verifier(&random::<VERIFIER_BYTES>()?);
        let state = signin::state(&random::<STATE_BYTES>()?, now_ms());
        let challenge = signin::challenge(&sha256(verifier.as_bytes()).await?);
        let unauthorized_at_ms = (reason == RenewalReason::Unauthorized).then(now_ms);
        let saved = Saved { verifier, query: location_search(), unauthorized_at_ms };
        let c = &self.config;
        Ok((authorize_url(&c.login_base, &c.client_id, &c.redirect_uri, &challenge, &state), state, saved))
    }

    /// Keeps `saved` in `sessionStorage` under `state` for the frame's trip to the login service,
    /// and marks the trip in the frame's name (CONTRACT §6.1).
    fn keep_for_trip(&self, state: &str, saved: &Saved) -> Result<(), SignInError> {
        session_storage()?
            .set_item(&format!("{STORAGE_PREFIX}{state}"), &saved.encode())
            .map_err(|_| SignInError::Unavailable(BrowserApi::SessionStorage))?;
        mark_trip(state);
        Ok(())
    }

    /// The code for a token, at `{loginBase}/oauth/token`.
    async fn exchange(self: &Rc<Self>, code: &str, verifier: &str) -> Result<Token, WidgetError> {
        let c = &self.config;
        let request = Request::post(&token_url(&c.login_base))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .abort_signal(self.abort.as_ref().map(|a| a.signal()).as_ref())
            .body(token_body(code, &c.redirect_uri, &c.client_id, verifier))
            .map_err(|_| SignInError::Exchange(ExchangeError::Network))?;
        let response = request.send().await.map_err(|_| SignInError::Exchange(ExchangeError::Network))?;
        let status = response.status();
        let body = match response.text().await {
            Ok(text) => parse_json::<RawTokenResponse>(&text),
            Err(_) => Err(ReadError::UNRECEIVED),
        };
        let grant = read_token_response(status, body)?;
        Ok(self.keep(grant))
    }

    /// Keeps a new token, and sets the timer that renews it ahead of its expiry.
    fn keep(self: &Rc<Self>, grant: Grant) -> Token {
        let renew_at = renew_at_ms(now_ms(), grant.expires_in_s, jwt_exp_s(grant.token.expose()));
        self.hold(grant.token.clone(), renew_at, false);
        let on_token = self.on_token.borrow().clone();
        if let Some(f) = on_token {
            f(&grant.token, renew_at);
        }
        grant.token
    }

    /// Holds `token` (renewed at `renew_at`): the renewal timer while this source renews.
    fn hold(self: &Rc<Self>, token: Token, renew_at: Option<u64>, confirmed: bool) {
        let timer = self.timer(renew_at);
        let mut state = self.state.borrow_mut();
        state.current = Some((token, renew_at));
        state.confirmed = confirmed;
        state.renew_timer = timer;
    }

    /// The timer that renews at `renew_at`, while this source renews.
    fn timer(self: &Rc<Self>, renew_at: Option<u64>) -> Option<Timeout> {
        renew_at.filter(|_| self.renews.get()).map(|at| {
            let weak = Rc::downgrade(self);
            let ms = at.saturating_sub(now_ms()).min(i32::MAX as u64) as u32;
            Timeout::new(ms, move || {
                if let Some(inner) = weak.upgrade() {
                    inner.renew_ahead();
                }
            })
        })
    }

    /// The token is about to expire: sign in again now, not when a request needs it. In the
    /// frame that means leaving (and coming back to a fresh list); with the popup, the agent is
    /// asked while the list stays, and the list reloads once the new token is there.
    fn renew_ahead(self: &Rc<Self>) {
        let renewal = self.renew(RenewalReason::Expiring);
        let inner = Rc::clone(self);
        let gone = self.gone.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(Ok(_)) = unless_cancelled(renewal, &gone).await {
                if let Some(f) = inner.ui.on_renewed.borrow().as_ref() {
                    f();
                }
            }
        });
    }

    fn renew(self: &Rc<Self>, reason: RenewalReason) -> Renewal {
        let mut state = self.state.borrow_mut();
        if let Some(in_flight) = &state.in_flight {
            return in_flight.clone();
        }
        let inner = Rc::clone(self);
        let renewal = async move {
            let started = page_ms();
            let result = Rc::clone(&inner).sign_in(reason).await;
            inner.state.borrow_mut().in_flight = None;
            inner.note(|d| d.handshakes.push(HandshakeRecord::of(reason, started, page_ms(), &result)));
            result
        }
        .boxed_local()
        .shared();
        state.in_flight = Some(renewal.clone());
        renewal
    }

    async fn sign_in(self: Rc<Self>, reason: RenewalReason) -> Result<Token, WidgetError> {
        // The page's own return from the login service comes first, once.
        let arrival = self.state.borrow_mut().arrival.take();
        match arrival {
            Some(Arrival::Exchange { code, verifier, .. }) => return self.exchange(&code, &verifier).await,
            Some(Arrival::Failed(e)) => return Err(e.into()),
            Some(Arrival::Fresh) | None => {}
        }
        // No loops: a token the API refused before accepting it once, or soon after a trip
        // that was itself for a 401, is not a reason to leave again by itself. Retry starts over.
        let may_leave = {
            let state = self.state.borrow();
            signin::may_leave_for_401(state.confirmed, state.last_401_trip_ms, now_ms())
        };
        if reason == RenewalReason::Unauthorized && !may_leave {
            return Err(SignInError::RefusedAtOnce.into());
        }
        crate::platform::browser::mark_once("crm:token-asked");
        if self.config.popup {
            return self.popup(reason).await;
        }
        let (url, state, saved) = self.prepare(reason).await?;
        self.keep_for_trip(&state, &saved)?;
        let on_leaving = self.on_leaving.borrow().clone();
        if let Some(f) = on_leaving {
            f();
        }
        (self.leave)(&url);
        // The frame is leaving; nothing comes back on this page.
        futures::future::pending().await
    }

    /// The popup sign-in: a button, the popup, its answer, the exchange. Blocked or closed
    /// popups bring the button back with a message saying why. The frame never leaves, so the
    /// verifier stays in memory: nothing is stored, and a reload simply shows the button again.
    async fn popup(self: &Rc<Self>, reason: RenewalReason) -> Result<Token, WidgetError> {
        let own_origin = window().location().origin().unwrap_or_default();
        let mut prompt = if reason == RenewalReason::Expiring { Prompt::Expiring } else { Prompt::SignIn };
        loop {
            let (url, state, saved) = self.prepare(reason).await?;
            let Some(opened) = self.ui.ask(prompt.clone(), url).await else {
                return Err(WidgetError::Internal(Fault::SignInCancelled));
            };
            let Some(popup) = opened else {
                prompt = Prompt::Blocked(own_origin.clone());
                continue;
            };
            self.ui.prompt.set(Prompt::Waiting);
            let Some(callback) = self.popup_answer(&popup, &own_origin).await else {
                prompt = Prompt::Closed;
                continue;
            };
            let plan = arrive(Some(callback), |answered| (answered == state).then(|| saved.clone()), None);
            let result = match plan.arrival {
                Arrival::Exchange { code, verifier, .. } => self.exchange(&code, &verifier).await,
                Arrival::Failed(e) => Err(e.into()),
                Arrival::Fresh => continue,
            };
            self.ui.cancel();
            return result;
        }
    }

    /// Waits for the popup's answer: a message from that very window, on the widget's own
    /// origin. `None` when the popup was closed without one.
    async fn popup_answer(&self, popup: &web_sys::Window, own_origin: &str) -> Option<Callback> {
        let (tx, mut rx) = oneshot::channel::<Callback>();
        let tx = RefCell::new(Some(tx));
        let expected = popup.clone();
        let own_origin = own_origin.to_owned();
        let listener = window_event_listener(leptos::ev::message, move |event: MessageEvent| {
            let from_popup = event.source().is_some_and(|s| js_sys::Object::is(&s, &expected));
            if !from_popup || event.origin() != own_origin {
                return;
            }
            let callback = crate::platform::js_value::read_js::<RawPopupMessage>(event.data())
                .ok()
                .and_then(RawPopupMessage::callback);
            if let (Some(callback), Some(tx)) = (callback, tx.borrow_mut().take()) {
                // The wait may just have ended; then the answer has nobody to go to.
                let _late = tx.send(callback);
            }
        });
        let mut closed_turns = 0;
        let answer = loop {
            match select(&mut rx, TimeoutFuture::new(300)).await {
                Either::Left((answer, _)) => break answer.ok(),
                Either::Right(_) if popup.closed().unwrap_or(true) => {
                    // An answer posted just before closing may still be on its way: one more turn.
                    closed_turns += 1;
                    if closed_turns > 1 {
                        break None;
                    }
                }
                Either::Right(_) => {}
            }
        };
        listener.remove();
        answer
    }
}

impl TokenSource for SignInTokenSource {
    fn token(&self) -> LocalFuture<'_, Result<Token, WidgetError>> {
        let current = self.inner.state.borrow().current.clone();
        match current {
            None => Box::pin(self.inner.renew(RenewalReason::Initial)),
            // No request goes out with a token known to be expired.
            Some((_, Some(renew_at))) if now_ms() >= renew_at => Box::pin(self.inner.renew(RenewalReason::Expiring)),
            Some((token, _)) => Box::pin(async move { Ok(token) }),
        }
    }

    fn renew(&self) -> LocalFuture<'_, Result<Token, WidgetError>> {
        Box::pin(self.inner.renew(RenewalReason::Unauthorized))
    }

    fn accepted(&self) {
        self.inner.state.borrow_mut().confirmed = true;
    }

    fn expires_at_ms(&self) -> Option<u64> {
        self.inner.state.borrow().current.as_ref().and_then(|(_, renew_at)| *renew_at)
    }
}
