//! The live feed's I/O: the Notifications channel and subscription requests (through the
//! executor, with every request's rules), the WebSocket, the timers and the network events.
//! Every decision is [`crm_core::live::Live`]'s; this module carries out its [`Command`]s and
//! tells it what happened, and reports rows, gaps and the status to its owner.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crm_core::live::{
    channel_request, subscribe_request, Channel, Command, Live, LivePolicy, RawChannel, RawFrame, RawTopics, Refusal,
    Status, Subscription,
};
use crm_core::model::Interaction;
use crm_core::net::BaseUrl;
use crm_core::source::genesys::event::event_row;
use crm_core::util::json::FromJson;
use futures::channel::oneshot;
use futures::FutureExt;
use gloo_timers::callback::{Interval, Timeout};
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AbortController, CloseEvent, MessageEvent, WebSocket};

use crate::fetch::requests::{request, Io};
use crate::platform::browser::{is_online, jitter, now_ms, Cancelled};
use crate::platform::js_value::parse_json;

/// How often silence is checked for.
const TICK_MS: u32 = 5_000;

type Handler = Closure<dyn FnMut(JsValue)>;

/// What the feed tells its owner.
pub enum LiveEvent {
    /// How live updates are doing now.
    Status(Status),
    /// A conversation from an event: new (on top) or changed (in place).
    Row(Box<Interaction>),
    /// Events may have been missed: page 1 again.
    Gap,
    /// The channel in use now (a new one was made): whoever takes over reconnects to it.
    Channel(Channel),
}

/// One open WebSocket and the handlers it holds.
struct Socket {
    id: u32,
    ws: WebSocket,
    _handlers: [Closure<dyn FnMut(JsValue)>; 4],
}

impl Drop for Socket {
    fn drop(&mut self) {
        self.ws.set_onopen(None);
        self.ws.set_onmessage(None);
        self.ws.set_onclose(None);
        self.ws.set_onerror(None);
        // Closing a socket that is closing already does nothing.
        let _closed = self.ws.close();
    }
}

struct Inner {
    live: RefCell<Live>,
    sockets: RefCell<Vec<Socket>>,
    wait: RefCell<Option<Timeout>>,
    ticker: RefCell<Option<Interval>>,
    network: RefCell<Vec<(&'static str, Handler)>>,
    api_base: BaseUrl,
    io: Rc<Io>,
    on: Rc<dyn Fn(LiveEvent)>,
    abort: Option<AbortController>,
    /// Dropped on stop: every request and wait of the feed ends.
    cancel: RefCell<Option<oneshot::Sender<()>>>,
    cancelled: Cancelled,
    stopped: Cell<bool>,
    status: Cell<Status>,
}

/// Live updates for one session. Dropping it (or [`LiveFeed::stop`]) closes every socket and
/// removes every timer and listener.
pub struct LiveFeed(Rc<Inner>);

impl LiveFeed {
    /// The feed for agent `agent`, on `channel` when another frame used one (a hand-over).
    pub fn start(
        agent: &str,
        channel: Option<Channel>,
        api_base: BaseUrl,
        io: Rc<Io>,
        on: Rc<dyn Fn(LiveEvent)>,
    ) -> LiveFeed {
        let (cancel, cancelled) = oneshot::channel::<()>();
        let mut live = Live::new(agent, LivePolicy::default());
        if let Some(channel) = channel {
            live.adopt(channel);
        }
        let inner = Rc::new(Inner {
            live: RefCell::new(live),
            sockets: RefCell::new(Vec::new()),
            wait: RefCell::new(None),
            ticker: RefCell::new(None),
            network: RefCell::new(Vec::new()),
            api_base,
            io,
            on,
            abort: AbortController::new().ok(),
            cancel: RefCell::new(Some(cancel)),
            cancelled: cancelled.shared(),
            stopped: Cell::new(false),
            status: Cell::new(Status::Off),
        });
        let weak = Rc::downgrade(&inner);
        inner.ticker.replace(Some(Interval::new(TICK_MS, move || {
            with(&weak, |i| {
                let commands = i.live.borrow_mut().tick(now_ms(), jitter());
                i.run(commands);
            })
        })));
        for (event, online) in [("online", true), ("offline", false)] {
            let weak = Rc::downgrade(&inner);
            let handler = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                with(&weak, |i| {
                    let commands =
                        if online { i.live.borrow_mut().online(now_ms()) } else { i.live.borrow_mut().offline() };
                    i.log(if online { "online" } else { "offline" }.into());
                    i.run(commands);
                })
            });
            let _added =
                leptos::prelude::window().add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
            inner.network.borrow_mut().push((event, handler));
        }
        let commands = if is_online() { inner.live.borrow_mut().start(now_ms()) } else { Vec::new() };
        inner.run(commands);
        LiveFeed(inner)
    }

    /// Lifecycle `stop`: every socket, timer and listener goes.
    pub fn stop(&self) {
        self.0.shut();
    }

    /// The channel in use, for whoever takes over.
    pub fn channel(&self) -> Option<Channel> {
        self.0.live.borrow().channel().cloned()
    }

    /// Lifecycle `focus`: catch up if the socket was down.
    pub fn focus(&self) {
        let commands = self.0.live.borrow_mut().focus(now_ms());
        self.0.run(commands);
    }

    /// The agent's Reconnect, after the feed gave up.
    pub fn reconnect(&self) {
        let commands = self.0.live.borrow_mut().reconnect(now_ms());
        self.0.run(commands);
    }
}

impl Drop for LiveFeed {
    fn drop(&mut self) {
        self.0.shut();
    }
}

fn with(weak: &Weak<Inner>, f: impl FnOnce(&Rc<Inner>)) {
    if let Some(inner) = weak.upgrade() {
        if !inner.stopped.get() {
            f(&inner);
        }
    }
}

impl Inner {
    fn shut(&self) {
        if self.stopped.replace(true) {
            return;
        }
        let _closes = self.live.borrow_mut().stop();
        let gone: Vec<Socket> = self.sockets.borrow_mut().drain(..).collect();
        for socket in &gone {
            socket.ws.set_onclose(None);
            let _closed = socket.ws.close();
        }
        spawn_local(async move { drop(gone) });
        self.wait.replace(None);
        self.ticker.replace(None);
        let window = leptos::prelude::window();
        for (event, handler) in self.network.borrow_mut().drain(..) {
            let _removed = window.remove_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
        }
        if let Some(abort) = &self.abort {
            abort.abort();
        }
        self.cancel.replace(None);
        self.show_status();
    }

    /// Closes and drops socket `socket`. Its handlers go a moment later: one of them may be
    /// the code running now.
    fn forget(&self, socket: u32) {
        let mut sockets = self.sockets.borrow_mut();
        if let Some(at) = sockets.iter().position(|s| s.id == socket) {
            let gone = sockets.swap_remove(at);
            gone.ws.set_onclose(None);
            let _closed = gone.ws.close();
            spawn_local(async move { drop(gone) });
        }
    }

    fn log(&self, line: String) {
        if let Some(d) = self.io.diagnostics {
            d.update(|d| d.live(line));
        }
    }

    fn show_status(&self) {
        let status = self.live.borrow().status();
        if self.status.replace(status) != status {
            (self.on)(LiveEvent::Status(status));
        }
    }

    fn run(self: &Rc<Self>, commands: Vec<Command>) {
        for command in commands {
            if self.stopped.get() {
                return;
            }
            match command {
                Command::CreateChannel => self.create_channel(),
                Command::Connect { socket, uri } => self.connect(socket, &uri),
                Command::Subscribe { socket, channel, topic } => self.subscribe(socket, channel, topic),
                Command::Close { socket } => {
                    self.log(format!("close socket {socket}"));
                    self.forget(socket);
                }
                Command::RenewToken => {
                    let this = Rc::clone(self);
                    spawn_local(async move {
                        let renewed = this.io.tokens.renew().await;
                        if this.stopped.get() {
                            return;
                        }
                        let ok = renewed.is_ok();
                        this.log(if ok { "token renewed" } else { "token not renewed" }.into());
                        let expires = this.io.tokens.expires_at_ms();
                        let commands = this.live.borrow_mut().renewed(ok, expires, now_ms(), jitter());
                        this.run(commands);
                    });
                }
                Command::Backfill => {
                    self.log("backfill: page 1 again".into());
                    (self.on)(LiveEvent::Gap);
                }
                Command::Wait { ms } => {
                    self.log(format!("reconnect in {ms} ms"));
                    let weak = Rc::downgrade(self);
                    let ms = ms.min(u64::from(u32::MAX)) as u32;
                    self.wait.replace(Some(Timeout::new(ms, move || {
                        with(&weak, |i| {
                            let commands = i.live.borrow_mut().waited(now_ms());
                            i.run(commands);
                        })
                    })));
                }
            }
        }
        self.show_status();
    }

    fn create_channel(self: &Rc<Self>) {
        let this = Rc::clone(self);
        spawn_local(async move {
            let Some(signal) = this.abort.as_ref().map(AbortController::signal) else { return };
            let cancelled = this.cancelled.clone();
            let Some(answer) = request(&this.io, channel_request(&this.api_base), &signal, &cancelled).await else {
                return;
            };
            if this.stopped.get() {
                return;
            }
            let result = match answer {
                Ok(json) => RawChannel::from_json(&json).map_err(|_| Refusal::Failed),
                Err(e) => Err(Refusal::of(&e)),
            };
            this.log(match &result {
                Ok(c) => format!("channel {}", c.id.as_deref().unwrap_or("?")),
                Err(r) => format!("channel refused: {}", r.name()),
            });
            if let (Ok(_), Some(d)) = (&result, this.io.diagnostics) {
                d.update(|d| d.channels += 1);
            }
            // When the token stops working, it is renewed before the next socket.
            let expires = this.io.tokens.expires_at_ms();
            let commands = this.live.borrow_mut().created(result, expires, now_ms(), jitter());
            let channel = this.live.borrow().channel().cloned();
            if let Some(channel) = channel {
                (this.on)(LiveEvent::Channel(channel));
            }
            this.run(commands);
        });
    }

    fn subscribe(self: &Rc<Self>, socket: u32, channel: String, topic: String) {
        let this = Rc::clone(self);
        spawn_local(async move {
            let Some(signal) = this.abort.as_ref().map(AbortController::signal) else { return };
            let cancelled = this.cancelled.clone();
            let asked = subscribe_request(&this.api_base, &channel, &topic);
            let Some(answer) = request(&this.io, asked, &signal, &cancelled).await else { return };
            if this.stopped.get() {
                return;
            }
            let result = match answer {
                Ok(json) => RawTopics::from_json(&json).map(|t| t.of(&topic)).map_err(|_| Refusal::Failed),
                Err(e) => Err(Refusal::of(&e)),
            };
            this.log(match &result {
                Ok(Subscription::Permitted) => format!("subscribe socket {socket}: permitted"),
                Ok(Subscription::Rejected { state }) => {
                    format!("subscribe socket {socket}: the topic was {state}; live updates stay off")
                }
                Err(r) => format!("subscribe socket {socket}: {}", r.name()),
            });
            let expires = this.io.tokens.expires_at_ms();
            let commands = this.live.borrow_mut().subscribed(socket, result, expires, now_ms(), jitter());
            this.run(commands);
        });
    }

    fn connect(self: &Rc<Self>, socket: u32, uri: &str) {
        self.log(format!("connect socket {socket}"));
        let ws = match WebSocket::new(uri) {
            Ok(ws) => ws,
            Err(_) => {
                let commands = self.live.borrow_mut().closed(socket, jitter());
                return self.run(commands);
            }
        };
        let handler = |f: fn(&Rc<Inner>, u32, JsValue)| {
            let weak = Rc::downgrade(self);
            Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| with(&weak, |i| f(i, socket, e)))
        };
        let open = handler(|i, socket, _| {
            let commands = i.live.borrow_mut().opened(socket, now_ms());
            i.run(commands);
        });
        let message = handler(|i, socket, e| {
            let Some(text) = e.dyn_ref::<MessageEvent>().and_then(|m| m.data().as_string()) else { return };
            let Ok(frame) = parse_json::<RawFrame>(&text) else { return };
            let (event, commands) = i.live.borrow_mut().frame(socket, frame, now_ms());
            if let Some(row) = event.as_ref().and_then(event_row) {
                if let Some(d) = i.io.diagnostics {
                    d.update(|d| d.live_events += 1);
                }
                (i.on)(LiveEvent::Row(Box::new(row)));
            }
            i.run(commands);
        });
        let close = handler(|i, socket, e| {
            let code = e.dyn_ref::<CloseEvent>().map_or(0, CloseEvent::code);
            i.log(format!("socket {socket} closed ({code})"));
            i.forget(socket);
            let commands = i.live.borrow_mut().closed(socket, jitter());
            i.run(commands);
        });
        let error = handler(|i, socket, _| i.log(format!("socket {socket} error")));
        ws.set_onopen(Some(open.as_ref().unchecked_ref()));
        ws.set_onmessage(Some(message.as_ref().unchecked_ref()));
        ws.set_onclose(Some(close.as_ref().unchecked_ref()));
        ws.set_onerror(Some(error.as_ref().unchecked_ref()));
        self.sockets.borrow_mut().push(Socket { id: socket, ws, _handlers: [open, message, close, error] });
    }
}
