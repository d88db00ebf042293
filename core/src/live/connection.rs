//! Live updates over the Notifications WebSocket (CONTRACT §9; GENESYS-API.md §6), as pure
//! decisions: the connection as a state machine that says what to do ([`Command`]) and is told
//! what happened, with time and jitter passed in; and the row for a conversation event.
//!
//! The rules: a channel is opened once the list is shown; its socket subscribes to
//! `v2.users.<me>.conversations`; heartbeats (`channel.metadata`) and events are signs of life.
//! A close, an error or silence for twice the heartbeat interval → reconnect after a bounded,
//! jittered backoff; a channel that is gone (404, or past its `expires`) → a new channel; a token
//! past its expiry → renew it first; `socket_closing` → a new channel and socket before the old
//! one closes; offline → wait for `online` without spending tries. After every gap, page 1 is
//! asked for again (`Backfill`). Tries are bounded: then it gives up, says so, and waits for the
//! agent's Reconnect.

use crate::net::retry::Backoff;
use crate::net::{paths, BaseUrl, Method, Request};
use crate::source::LoadError;
use crate::util::json::Json;
use crate::util::text::json_string;
use crate::util::time::parse_iso_ms;

/// Genesys sends a heartbeat about every 30 s.
pub const HEARTBEAT_MS: u64 = 30_000;

/// Bounds on reconnecting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LivePolicy {
    /// Tries in a row before giving up (a try is a channel, a socket and a subscription).
    pub max_tries: u32,
    pub backoff: Backoff,
    /// No sign of life for this long: the socket is taken for dead.
    pub silence_ms: u64,
}

impl Default for LivePolicy {
    fn default() -> LivePolicy {
        LivePolicy { max_tries: 8, backoff: Backoff { base_ms: 1_000, max_ms: 60_000 }, silence_ms: 2 * HEARTBEAT_MS }
    }
}

/// What the shell does for the live feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `POST {apiBase}/api/v2/notifications/channels`, then [`Live::channel`].
    CreateChannel,
    /// Open WebSocket `socket` to `uri`, then [`Live::opened`] (or [`Live::closed`]).
    Connect { socket: u32, uri: String },
    /// `PUT {apiBase}/api/v2/notifications/channels/{channel}/subscriptions` with the topic,
    /// then [`Live::subscribed`].
    Subscribe { socket: u32, channel: String, topic: String },
    /// Close WebSocket `socket` (and forget it: no event of it counts any more).
    Close { socket: u32 },
    /// Get a fresh token from the token source, then [`Live::renewed`].
    RenewToken,
    /// Ask for page 1 again and merge it into the list: events may have been missed.
    Backfill,
    /// Call [`Live::waited`] after this long (cancel any earlier wait).
    Wait { ms: u64 },
}

/// What the header says about live updates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Not started (the list is not shown yet), or stopped.
    Off,
    Connecting,
    Live,
    /// After a failure: try `attempt` of the policy's `max_tries` is next.
    Reconnecting {
        attempt: u32,
    },
    /// The browser is offline; live updates come back with the network.
    Offline,
    /// Every try failed: Reconnect starts again.
    GaveUp,
}

impl Status {
    /// A stable machine name (`data-live`): `live`, `reconnecting`, `off` or `gave-up`.
    pub fn slug(self) -> &'static str {
        match self {
            Status::Live => "live",
            Status::Connecting | Status::Reconnecting { .. } => "reconnecting",
            Status::Offline | Status::Off => "off",
            Status::GaveUp => "gave-up",
        }
    }
}

/// Why a channel or subscription request failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// 401: the token is no longer accepted.
    Unauthorized,
    /// 404 on a subscription: the channel is gone.
    Gone,
    /// Anything else (5xx, 429, network), once the request's own retries are spent.
    Failed,
}

impl Refusal {
    /// How it reads in the diagnostics panel.
    pub fn name(self) -> &'static str {
        match self {
            Refusal::Unauthorized => "401, the token is not accepted",
            Refusal::Gone => "404, the channel is gone",
            Refusal::Failed => "failed",
        }
    }

    /// What a channel or subscription request's failure means here (the request met the same
    /// rules as every other first: 429 and `Retry-After`, 401 and one renewal, bounded tries).
    pub fn of(error: &LoadError) -> Refusal {
        match error {
            LoadError::Unauthorized | LoadError::Renewal(_) => Refusal::Unauthorized,
            LoadError::Unexpected { status: 404 } => Refusal::Gone,
            _ => Refusal::Failed,
        }
    }
}

/// How the service answered a subscription, for the topic asked (GENESYS-API.md §11).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subscription {
    Permitted,
    /// The topic will never get an event; `state` as the service said it.
    Rejected {
        state: String,
    },
}

/// `ChannelTopicEntityListing`: `{"entities": [{"id": topic, "state": "Permitted" | "Rejected"}]}`.
#[derive(Debug, Clone, Default)]
pub struct RawTopics {
    pub entities: Option<Vec<RawTopic>>,
}
crate::read!(RawTopics { entities: "entities" });

#[derive(Debug, Clone, Default)]
pub struct RawTopic {
    pub id: Option<String>,
    pub state: Option<String>,
}
crate::read!(RawTopic { id: "id", state: "state" });

impl RawTopics {
    /// What the answer says of `topic`: rejected only when the service says so; a topic it
    /// does not list, or lists without a state, counts as permitted.
    pub fn of(&self, topic: &str) -> Subscription {
        let state =
            self.entities.iter().flatten().find(|t| t.id.as_deref() == Some(topic)).and_then(|t| t.state.clone());
        match state {
            Some(state) if state != "Permitted" => Subscription::Rejected { state },
            _ => Subscription::Permitted,
        }
    }
}

/// A channel as created: `{id, connectUri, expires}`.
#[derive(Debug, Clone, Default)]
pub struct RawChannel {
    pub id: Option<String>,
    pub connect_uri: Option<String>,
    pub expires: Option<String>,
}
crate::read!(RawChannel { id: "id", connect_uri: "connectUri", expires: "expires" });

#[derive(Debug, Clone, PartialEq, Eq)]
struct Channel {
    id: String,
    uri: String,
    expires_ms: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Phase {
    Off,
    Stopped,
    CreatingChannel,
    Connecting,
    Subscribing,
    Live,
    /// Waiting before the next try.
    Waiting,
    RenewingToken,
    Offline,
    GaveUp,
    /// The service rejected the topic: no event would ever come (no retry helps).
    Rejected,
}

/// The live connection. One per session; it outlives loads.
#[derive(Debug, Clone)]
pub struct Live {
    topic: String,
    policy: LivePolicy,
    phase: Phase,
    /// Failed tries in a row.
    failures: u32,
    next_socket: u32,
    /// The socket in use (or being set up) and its channel.
    socket: Option<u32>,
    channel: Option<Channel>,
    /// A socket being replaced (`socket_closing`): closed once the new one is subscribed.
    retiring: Option<u32>,
    /// When the token the channel was made with stops working (from the token source).
    token_expires_ms: Option<u64>,
    last_sign_ms: u64,
    /// Whether events may have been missed since the last subscription.
    gap: bool,
    renewed_once: bool,
}

impl Live {
    /// The feed for agent `me`.
    pub fn new(me: &str, policy: LivePolicy) -> Live {
        Live {
            topic: format!("v2.users.{me}.conversations"),
            policy,
            phase: Phase::Off,
            failures: 0,
            next_socket: 0,
            socket: None,
            channel: None,
            retiring: None,
            token_expires_ms: None,
            last_sign_ms: 0,
            gap: false,
            renewed_once: false,
        }
    }

    pub fn status(&self) -> Status {
        match self.phase {
            Phase::Off | Phase::Stopped | Phase::Rejected => Status::Off,
            Phase::Live => Status::Live,
            Phase::Offline => Status::Offline,
            Phase::GaveUp => Status::GaveUp,
            _ if self.failures > 0 => Status::Reconnecting { attempt: self.failures + 1 },
            _ => Status::Connecting,
        }
    }

    /// The sockets the shell should have open now (the current one and one being retired).
    pub fn sockets(&self) -> Vec<u32> {
        self.socket.into_iter().chain(self.retiring).collect()
    }

    /// The list is shown: open a channel.
    pub fn start(&mut self) -> Vec<Command> {
        match self.phase {
            Phase::Off | Phase::Stopped | Phase::GaveUp => {
                self.failures = 0;
                self.phase = Phase::CreatingChannel;
                vec![Command::CreateChannel]
            }
            _ => Vec::new(),
        }
    }

    /// The agent asked to reconnect (after giving up).
    pub fn reconnect(&mut self) -> Vec<Command> {
        self.gap = true;
        self.start()
    }

    /// Lifecycle `stop` (or unmount): every socket closes, nothing more happens.
    pub fn stop(&mut self) -> Vec<Command> {
        let closes = self.sockets().into_iter().map(|socket| Command::Close { socket }).collect();
        self.socket = None;
        self.retiring = None;
        self.channel = None;
        self.phase = Phase::Stopped;
        closes
    }

    /// A channel was created (or not). `token_expires_ms` is when the token it was made with
    /// stops working, if known.
    pub fn channel(
        &mut self,
        result: Result<RawChannel, Refusal>,
        token_expires_ms: Option<u64>,
        now_ms: u64,
        jitter: f64,
    ) -> Vec<Command> {
        if self.phase != Phase::CreatingChannel {
            return Vec::new();
        }
        let raw = match result {
            Ok(raw) => raw,
            Err(refusal) => return self.failed(refusal, jitter),
        };
        let (Some(id), Some(uri)) = (raw.id.filter(|s| !s.is_empty()), raw.connect_uri.filter(|u| is_socket_url(u)))
        else {
            return self.failed(Refusal::Failed, jitter);
        };
        self.channel = Some(Channel { id, uri, expires_ms: raw.expires.as_deref().and_then(parse_iso_ms) });
        self.token_expires_ms = token_expires_ms;
        // The socket goes with the token: never with one that has expired meanwhile.
        self.retry(now_ms)
    }

    fn connect(&mut self, now_ms: u64) -> Vec<Command> {
        let Some(channel) = &self.channel else {
            self.phase = Phase::CreatingChannel;
            return vec![Command::CreateChannel];
        };
        self.next_socket += 1;
        let socket = self.next_socket;
        let mut commands = Vec::new();
        // A socket being replaced is closed first: never two sockets but for a hand-over, whose
        // old socket is `retiring` (not `socket`) until the new one is subscribed.
        if let Some(old) = self.socket.take() {
            commands.push(Command::Close { socket: old });
        }
        self.socket = Some(socket);
        self.phase = Phase::Connecting;
        self.last_sign_ms = now_ms;
        commands.push(Command::Connect { socket, uri: channel.uri.clone() });
        commands
    }

    /// Socket `socket` is open: subscribe.
    pub fn opened(&mut self, socket: u32, now_ms: u64) -> Vec<Command> {
        if self.socket != Some(socket) || self.phase != Phase::Connecting {
            return Vec::new();
        }
        let Some(channel) = &self.channel else { return Vec::new() };
        self.phase = Phase::Subscribing;
        self.last_sign_ms = now_ms;
        vec![Command::Subscribe { socket, channel: channel.id.clone(), topic: self.topic.clone() }]
    }

    /// The subscription for `socket` went through (or not).
    pub fn subscribed(
        &mut self,
        socket: u32,
        result: Result<Subscription, Refusal>,
        now_ms: u64,
        jitter: f64,
    ) -> Vec<Command> {
        if self.socket != Some(socket) || self.phase != Phase::Subscribing {
            return Vec::new();
        }
        match result {
            Err(refusal) => return self.failed(refusal, jitter),
            Ok(Subscription::Rejected { .. }) => {
                // Looks live but would never hear an event: live updates are off, and say why.
                let closes = self.sockets().into_iter().map(|socket| Command::Close { socket }).collect();
                self.socket = None;
                self.retiring = None;
                self.phase = Phase::Rejected;
                return closes;
            }
            Ok(Subscription::Permitted) => {}
        }
        self.phase = Phase::Live;
        self.failures = 0;
        self.renewed_once = false;
        self.last_sign_ms = now_ms;
        let mut commands: Vec<Command> =
            self.retiring.take().map(|socket| Command::Close { socket }).into_iter().collect();
        if std::mem::take(&mut self.gap) {
            commands.push(Command::Backfill);
        }
        commands
    }

    /// A frame arrived on `socket`. Returns the body of the event it carries for the topic, if any.
    pub fn frame(&mut self, socket: u32, frame: RawFrame, now_ms: u64) -> (Option<Json>, Vec<Command>) {
        if !self.sockets().contains(&socket) {
            return (None, Vec::new());
        }
        if Some(socket) == self.socket {
            self.last_sign_ms = now_ms;
        }
        match frame.topic_name.as_deref() {
            Some("v2.system.socket_closing") if Some(socket) == self.socket && self.retiring.is_none() => {
                // Open the new channel and socket first; this one closes once that is subscribed.
                self.retiring = self.socket.take();
                self.channel = None;
                self.phase = Phase::CreatingChannel;
                (None, vec![Command::CreateChannel])
            }
            Some(topic) if topic == self.topic => (frame.event_body, Vec::new()),
            _ => (None, Vec::new()),
        }
    }

    /// Socket `socket` closed or failed (with its close code, if any).
    pub fn closed(&mut self, socket: u32, jitter: f64) -> Vec<Command> {
        if self.retiring == Some(socket) {
            // The old socket of a hand-over went first: fine, the new one is on its way.
            self.retiring = None;
            return Vec::new();
        }
        if self.socket != Some(socket) {
            return Vec::new();
        }
        self.socket = None;
        if self.phase == Phase::Offline {
            return Vec::new();
        }
        if self.phase == Phase::Connecting {
            // Refused before it opened (a channel whose token no longer works, say): the next
            // try makes a new channel, and with it asks the token source for a valid token.
            self.channel = None;
        }
        self.failed(Refusal::Failed, jitter)
    }

    /// Called now and then: a socket silent for too long is taken for dead.
    pub fn tick(&mut self, now_ms: u64, jitter: f64) -> Vec<Command> {
        let silent = now_ms.saturating_sub(self.last_sign_ms) >= self.policy.silence_ms;
        match (&self.phase, self.socket) {
            (Phase::Live | Phase::Connecting | Phase::Subscribing, Some(socket)) if silent => {
                self.socket = None;
                let mut commands = vec![Command::Close { socket }];
                commands.extend(self.failed(Refusal::Failed, jitter));
                commands
            }
            _ => Vec::new(),
        }
    }

    /// Something failed: wait and try again, renew the token, or give up.
    fn failed(&mut self, refusal: Refusal, jitter: f64) -> Vec<Command> {
        self.gap = true;
        // The socket that failed (if it is still open) goes.
        let mut commands: Vec<Command> =
            self.socket.take().map(|socket| Command::Close { socket }).into_iter().collect();
        match refusal {
            Refusal::Unauthorized if !self.renewed_once => {
                self.renewed_once = true;
                self.channel = None;
                self.phase = Phase::RenewingToken;
                commands.push(Command::RenewToken);
                return commands;
            }
            Refusal::Gone => self.channel = None,
            _ => {}
        }
        self.failures += 1;
        if self.failures >= self.policy.max_tries {
            commands.extend(self.sockets().into_iter().map(|socket| Command::Close { socket }));
            self.socket = None;
            self.retiring = None;
            self.phase = Phase::GaveUp;
            return commands;
        }
        self.phase = Phase::Waiting;
        commands.push(Command::Wait { ms: self.policy.backoff.delay_ms(self.failures, jitter) });
        commands
    }

    /// The wait is over: try again, with a new channel when the old one is gone or expired, and
    /// a fresh token when the old one has expired.
    pub fn waited(&mut self, now_ms: u64) -> Vec<Command> {
        if self.phase != Phase::Waiting {
            return Vec::new();
        }
        self.retry(now_ms)
    }

    fn retry(&mut self, now_ms: u64) -> Vec<Command> {
        if self.token_expires_ms.is_some_and(|t| now_ms >= t) {
            // Never reconnect with an expired token: renew, then a new channel with the new one.
            self.channel = None;
            self.phase = Phase::RenewingToken;
            return vec![Command::RenewToken];
        }
        if self.channel.as_ref().is_some_and(|c| c.expires_ms.is_some_and(|e| now_ms >= e)) {
            self.channel = None;
        }
        match self.channel {
            Some(_) => self.connect(now_ms),
            None => {
                self.phase = Phase::CreatingChannel;
                vec![Command::CreateChannel]
            }
        }
    }

    /// A fresh token is in place (or could not be had).
    pub fn renewed(&mut self, ok: bool, token_expires_ms: Option<u64>, jitter: f64) -> Vec<Command> {
        if self.phase != Phase::RenewingToken {
            return Vec::new();
        }
        if !ok {
            self.phase = Phase::CreatingChannel;
            return self.failed(Refusal::Failed, jitter);
        }
        self.token_expires_ms = token_expires_ms;
        self.phase = Phase::CreatingChannel;
        vec![Command::CreateChannel]
    }

    /// The browser went offline: sockets will drop; nothing is tried until it is back.
    pub fn offline(&mut self) -> Vec<Command> {
        if matches!(self.phase, Phase::Off | Phase::Stopped | Phase::GaveUp | Phase::Rejected) {
            return Vec::new();
        }
        let closes = self.sockets().into_iter().map(|socket| Command::Close { socket }).collect();
        self.socket = None;
        self.retiring = None;
        self.gap = true;
        self.phase = Phase::Offline;
        closes
    }

    /// Back online: try again at once, without counting the time offline as failures.
    pub fn online(&mut self, now_ms: u64) -> Vec<Command> {
        if self.phase != Phase::Offline {
            return Vec::new();
        }
        self.retry(now_ms)
    }

    /// The widget is visible again (lifecycle `focus`): if the socket was down, try now.
    pub fn focus(&mut self, now_ms: u64) -> Vec<Command> {
        if self.phase == Phase::Waiting {
            return self.retry(now_ms);
        }
        Vec::new()
    }
}

/// The request of [`Command::CreateChannel`]: `POST {apiBase}/api/v2/notifications/channels`,
/// with no body, as Genesys's SDK sends it.
pub fn channel_request(api_base: &BaseUrl) -> Request {
    Request { method: Method::Post, url: format!("{}{}", api_base.as_str(), paths::CHANNELS), body: None }
}

/// The request of [`Command::Subscribe`]: `PUT …/channels/{channel}/subscriptions` with
/// `[{"id": topic}]` (the channel's subscriptions become exactly that topic).
pub fn subscribe_request(api_base: &BaseUrl, channel: &str, topic: &str) -> Request {
    Request {
        method: Method::Put,
        url: format!("{}{}", api_base.as_str(), paths::subscriptions(channel)),
        body: Some(format!(r#"[{{"id":{}}}]"#, json_string(topic))),
    }
}

fn is_socket_url(u: &str) -> bool {
    u.starts_with("wss://") || u.starts_with("ws://")
}

// ---- frames and events ----

/// A WebSocket frame: `{topicName, eventBody}`.
#[derive(Debug, Clone, Default)]
pub struct RawFrame {
    pub topic_name: Option<String>,
    /// The event's body, read by whoever knows the topic's schema.
    pub event_body: Option<Json>,
}
crate::read!(RawFrame { topic_name: "topicName", event_body: "eventBody" });

#[cfg(test)]
mod tests {
    use super::*;

    fn live() -> Live {
        Live::new("me", LivePolicy::default())
    }

    fn channel(id: &str) -> Result<RawChannel, Refusal> {
        Ok(RawChannel {
            id: Some(id.into()),
            connect_uri: Some(format!("wss://streaming.example/{id}")),
            expires: None,
        })
    }

    fn frame(topic: &str) -> RawFrame {
        RawFrame { topic_name: Some(topic.into()), event_body: None }
    }

    /// Channel, socket, subscription: live on socket `n`.
    fn connect(l: &mut Live, id: &str, now: u64) -> u32 {
        let commands = l.channel(channel(id), None, now, 0.5);
        let socket = commands
            .iter()
            .find_map(|c| match c {
                Command::Connect { socket, .. } => Some(*socket),
                _ => None,
            })
            .expect("a connect");
        assert!(matches!(&l.opened(socket, now)[..], [Command::Subscribe { .. }]));
        l.subscribed(socket, Ok(Subscription::Permitted), now, 0.5);
        socket
    }

    #[test]
    fn it_opens_a_channel_connects_and_subscribes_to_the_agents_conversations() {
        let mut l = live();
        assert_eq!(l.status(), Status::Off);
        assert_eq!(l.start(), [Command::CreateChannel]);
        let c = l.channel(channel("ch-1"), None, 0, 0.5);
        assert_eq!(c, [Command::Connect { socket: 1, uri: "wss://streaming.example/ch-1".into() }]);
        assert_eq!(
            l.opened(1, 0),
            [Command::Subscribe { socket: 1, channel: "ch-1".into(), topic: "v2.users.me.conversations".into() }]
        );
        assert_eq!(l.subscribed(1, Ok(Subscription::Permitted), 0, 0.5), [], "no gap yet: no backfill");
        assert_eq!(l.status(), Status::Live);
    }

    #[test]
    fn a_close_reconnects_with_backoff_then_backfills() {
        let mut l = live();
        l.start();
        let s = connect(&mut l, "ch-1", 0);
        let c = l.closed(s, 0.0);
        assert_eq!(c, [Command::Wait { ms: 500 }]);
        assert_eq!(l.status(), Status::Reconnecting { attempt: 2 });
        let c = l.waited(2_000);
        assert_eq!(c, [Command::Connect { socket: 2, uri: "wss://streaming.example/ch-1".into() }], "the same channel");
        l.opened(2, 2_000);
        assert_eq!(
            l.subscribed(2, Ok(Subscription::Permitted), 2_000, 0.5),
            [Command::Backfill],
            "after a gap: page 1 again"
        );
    }

    #[test]
    fn silence_for_twice_the_heartbeat_is_a_dead_socket_and_heartbeats_keep_it_alive() {
        let mut l = live();
        l.start();
        let s = connect(&mut l, "ch-1", 0);
        assert_eq!(l.tick(50_000, 0.5), []);
        l.frame(s, frame("channel.metadata"), 50_000);
        assert_eq!(l.tick(100_000, 0.5), [], "a heartbeat counts");
        let c = l.tick(110_000, 0.0);
        assert_eq!(c, [Command::Close { socket: s }, Command::Wait { ms: 500 }]);
    }

    #[test]
    fn a_gone_or_expired_channel_is_replaced() {
        let mut l = live();
        l.start();
        l.channel(
            Ok(RawChannel { expires: Some("1970-01-01T00:01:00Z".into()), ..channel("ch-1").unwrap() }),
            None,
            0,
            0.5,
        );
        l.opened(1, 0);
        assert!(matches!(
            &l.subscribed(1, Err(Refusal::Gone), 0, 0.0)[..],
            [Command::Close { socket: 1 }, Command::Wait { .. }]
        ));
        assert_eq!(l.waited(1_000), [Command::CreateChannel], "404: a new channel");
        let s = connect(&mut l, "ch-2", 1_000);
        l.closed(s, 0.0);
        // ch-2 has no expiry: the same channel. An expired one would be replaced:
        assert!(matches!(&l.waited(62_000)[..], [Command::Connect { .. }]));
        let mut l = live();
        l.start();
        l.channel(
            Ok(RawChannel { expires: Some("1970-01-01T00:01:00Z".into()), ..channel("ch-1").unwrap() }),
            None,
            0,
            0.5,
        );
        l.opened(1, 0);
        l.subscribed(1, Ok(Subscription::Permitted), 0, 0.5);
        l.closed(1, 0.0);
        assert_eq!(l.waited(61_000), [Command::CreateChannel], "past its expires: a new channel");
    }

    #[test]
    fn an_expired_token_is_renewed_before_reconnecting() {
        let mut l = live();
        l.start();
        l.channel(channel("ch-1"), Some(10_000), 0, 0.5);
        l.opened(1, 0);
        l.subscribed(1, Ok(Subscription::Permitted), 0, 0.5);
        l.closed(1, 0.0);
        assert_eq!(l.waited(12_000), [Command::RenewToken]);
        assert_eq!(l.renewed(true, Some(100_000), 0.5), [Command::CreateChannel]);
        // A 401 on the channel: renew once, then back off.
        let mut l = live();
        l.start();
        assert_eq!(l.channel(Err(Refusal::Unauthorized), None, 0, 0.5), [Command::RenewToken]);
        assert_eq!(l.renewed(true, None, 0.5), [Command::CreateChannel]);
        assert!(matches!(&l.channel(Err(Refusal::Unauthorized), None, 0, 0.5)[..], [Command::Wait { .. }]));
    }

    #[test]
    fn socket_closing_hands_over_before_the_old_socket_closes() {
        let mut l = live();
        l.start();
        let old = connect(&mut l, "ch-1", 0);
        let (_, c) = l.frame(old, frame("v2.system.socket_closing"), 1_000);
        assert_eq!(c, [Command::CreateChannel]);
        let c = l.channel(channel("ch-2"), None, 1_000, 0.5);
        assert_eq!(
            c,
            [Command::Connect { socket: old + 1, uri: "wss://streaming.example/ch-2".into() }],
            "old stays open"
        );
        assert_eq!(l.sockets().len(), 2);
        l.opened(old + 1, 1_100);
        let c = l.subscribed(old + 1, Ok(Subscription::Permitted), 1_200, 0.5);
        assert_eq!(c, [Command::Close { socket: old }], "closed once the new one is subscribed, no gap");
        assert_eq!(l.sockets(), [old + 1]);
        assert_eq!(l.closed(old, 0.5), [], "the old socket's close is expected");
        assert_eq!(l.status(), Status::Live);
    }

    #[test]
    fn offline_spends_no_tries_and_online_reconnects_at_once() {
        let mut l = live();
        l.start();
        let s = connect(&mut l, "ch-1", 0);
        assert_eq!(l.offline(), [Command::Close { socket: s }]);
        assert_eq!(l.status(), Status::Offline);
        assert_eq!(l.closed(s, 0.5), []);
        assert!(matches!(&l.online(5_000)[..], [Command::Connect { .. }]));
        assert_eq!(l.status(), Status::Connecting, "no failure counted");
    }

    #[test]
    fn it_gives_up_after_the_tries_and_reconnect_starts_again() {
        let mut l = live();
        l.start();
        for _ in 1..LivePolicy::default().max_tries {
            assert!(matches!(&l.channel(Err(Refusal::Failed), None, 0, 0.5)[..], [Command::Wait { .. }]));
            assert_eq!(l.waited(0), [Command::CreateChannel]);
        }
        assert_eq!(l.channel(Err(Refusal::Failed), None, 0, 0.5), []);
        assert_eq!(l.status(), Status::GaveUp);
        assert_eq!(l.reconnect(), [Command::CreateChannel]);
        assert_eq!(l.status(), Status::Connecting);
    }

    #[test]
    fn stop_closes_everything_and_later_events_are_ignored() {
        let mut l = live();
        l.start();
        let s = connect(&mut l, "ch-1", 0);
        assert_eq!(l.stop(), [Command::Close { socket: s }]);
        assert_eq!(l.closed(s, 0.5), []);
        assert_eq!(l.tick(1_000_000, 0.5), []);
        assert_eq!(l.status(), Status::Off);
    }

    #[test]
    fn a_rejected_topic_turns_live_updates_off_without_retrying() {
        let mut l = live();
        l.start();
        l.channel(channel("ch-1"), None, 0, 0.5);
        assert_eq!(l.opened(1, 0).len(), 1);
        let rejected = Subscription::Rejected { state: "Rejected".into() };
        assert_eq!(l.subscribed(1, Ok(rejected), 0, 0.5), [Command::Close { socket: 1 }]);
        assert_eq!(l.status(), Status::Off);
        assert_eq!(l.tick(1_000_000, 0.5), [], "no silence check, no retry");
        assert_eq!(l.offline(), []);
        // What the service answers decides it.
        let answer = |text: &str| crate::util::json::from_str::<RawTopics>(text).unwrap();
        let topic = "v2.users.me.conversations";
        let rejected = answer(r#"{"entities":[{"id":"v2.users.me.conversations","state":"Rejected"}]}"#);
        assert_eq!(rejected.of(topic), Subscription::Rejected { state: "Rejected".into() });
        let permitted = answer(r#"{"entities":[{"id":"v2.users.me.conversations","state":"Permitted"}]}"#);
        assert_eq!(permitted.of(topic), Subscription::Permitted);
        assert_eq!(answer("{}").of(topic), Subscription::Permitted, "nothing said: permitted");
    }

    #[test]
    fn the_requests_are_the_contracts() {
        let base = BaseUrl::parse("https://api.mypurecloud.ie").unwrap();
        let c = channel_request(&base);
        assert_eq!(
            (c.method, c.url.as_str(), c.body),
            (Method::Post, "https://api.mypurecloud.ie/api/v2/notifications/channels", None)
        );
        let s = subscribe_request(&base, "ch-1", "v2.users.me.conversations");
        assert_eq!(s.method, Method::Put);
        assert_eq!(s.url, "https://api.mypurecloud.ie/api/v2/notifications/channels/ch-1/subscriptions");
        assert_eq!(s.body.as_deref(), Some(r#"[{"id":"v2.users.me.conversations"}]"#));
    }
}
