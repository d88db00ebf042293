//! Every piece of the mock's state, as plain data: the request log, issued tokens, fault
//! counters, the login service's codes, the Genesys mock's per-session state and the
//! Notifications service's channels. No routes and no HTTP here: the helpers (`tokens`,
//! `responses`, `faults`, `conversations`, `reset`) and the handlers work on it.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::time::Instant;

use serde::Serialize;
use serde_json::Value;
use tokio::sync::broadcast;

use crm_core::net::paths;

use crate::clock::epoch_ms;
use crate::scenario::Scenario;

/// One request the mock API received, as the tests and the dev host's log see it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LogEntry {
    pub seq: u64,
    /// Milliseconds since the Unix epoch when the request arrived.
    pub at_ms: u64,
    pub method: String,
    pub path: String,
    pub query: String,
    /// The 1-based page asked for, for interactions requests.
    pub page: Option<usize>,
    /// The bearer token presented (mock tokens only; this is a test server).
    pub token: Option<String>,
    pub status: u16,
    /// For 429s: the instant (epoch ms) before which a retry is too early.
    pub retry_not_before_ms: Option<u64>,
    /// What the body asked, where it matters to a test (the details query's interval).
    pub asked: Option<String>,
}

impl LogEntry {
    /// A request that arrived now, answered `status`; the other fields are empty (set them
    /// with struct update syntax). `seq` is given when it is logged.
    pub(crate) fn new(method: &str, path: &str, status: u16) -> LogEntry {
        LogEntry {
            seq: 0,
            at_ms: epoch_ms(),
            method: method.into(),
            path: path.into(),
            query: String::new(),
            page: None,
            token: None,
            status,
            retry_not_before_ms: None,
            asked: None,
        }
    }
}

/// The four servers' origins.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Origins {
    pub widget: String,
    pub host: String,
    pub api: String,
    pub login: String,
}

/// State shared by the servers.
pub(crate) struct Shared {
    pub scenario: Mutex<Scenario>,
    pub log: Mutex<Vec<LogEntry>>,
    pub tokens: Mutex<Tokens>,
    pub faults: Mutex<FaultCounters>,
    pub login: Mutex<LoginState>,
    pub genesys: Mutex<GenesysState>,
    pub live: Mutex<LiveState>,
    /// "Now" for the mock Genesys data: conversations started before it.
    pub anchor_ms: u64,
    pub origins: Mutex<Origins>,
    pub started: Instant,
}

impl Shared {
    pub(crate) fn new(scenario: Scenario, origins: Origins) -> Shared {
        Shared {
            scenario: Mutex::new(scenario),
            log: Mutex::new(Vec::new()),
            tokens: Mutex::new(Tokens::default()),
            faults: Mutex::new(FaultCounters::default()),
            login: Mutex::new(LoginState::default()),
            genesys: Mutex::new(GenesysState::default()),
            live: Mutex::new(LiveState::default()),
            anchor_ms: epoch_ms(),
            origins: Mutex::new(origins),
            started: Instant::now(),
        }
    }

    /// What the mock services were asked since the last reset.
    pub(crate) fn counts(&self) -> Counts {
        // One lock at a time, never both.
        let live = self.live.lock().expect("live lock").counts();
        Counts::of(&self.log.lock().expect("log lock"), live)
    }
}

#[derive(Debug)]
pub(crate) struct TokenInfo {
    pub expires_at_ms: u64,
    /// Pages served with it (the `token-expiry` fault counts them).
    pub pages: u32,
    pub revoked: bool,
}

/// Tokens the mock has issued.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    pub next: u64,
    pub live: HashMap<String, TokenInfo>,
    pub order: Vec<String>,
}

/// How often each page's fault has fired.
#[derive(Debug, Default)]
pub(crate) struct FaultCounters {
    pub throttled: u32,
    pub errored: u32,
}

/// A one-time code of the login service.
#[derive(Debug)]
pub(crate) struct Code {
    pub client_id: String,
    pub redirect_uri: String,
    pub challenge: String,
    pub issued_ms: u64,
    pub used: bool,
}

/// Codes issued by the login service, and a counter for making new ones.
#[derive(Debug, Default)]
pub(crate) struct LoginState {
    pub next: u64,
    pub codes: HashMap<String, Code>,
}

/// The Genesys mock's per-session state: conversations that arrived while the widget paged,
/// and each token's requests in the current minute.
#[derive(Debug, Default)]
pub(crate) struct GenesysState {
    pub arrived: u64,
    /// Per token: the minute, and the requests made in it.
    pub windows: HashMap<String, (u64, u32)>,
    pub enrichment_throttled: u32,
    /// Every contact id, queue id and wrap-up code id asked in answered requests, in order.
    pub asked_contacts: Vec<String>,
    pub asked_queues: Vec<String>,
    pub asked_wrap_ups: Vec<String>,
    /// Conversations ended from the panel (live updates): the analytics query ends them too.
    pub ended: HashSet<String>,
}

/// What every socket of the Notifications mock hears.
#[derive(Debug, Clone)]
pub(crate) enum Push {
    /// A frame for the sockets subscribed to `topic`.
    Event { topic: String, body: Value },
    /// Close every socket (code 1006-like: the server goes away).
    Drop,
    /// `v2.system.socket_closing`, then close within a few seconds.
    Closing,
    /// One heartbeat (`channel.metadata`) now, to every socket.
    Heartbeat,
}

/// A Notifications channel.
#[derive(Debug, Clone)]
pub(crate) struct Channel {
    pub token: String,
    pub topics: Vec<String>,
    pub expires_ms: u64,
    /// Increases with each socket: an older socket of the channel closes.
    pub socket: u64,
}

/// The Notifications service's state.
pub(crate) struct LiveState {
    pub channels: HashMap<String, Channel>,
    pub next: u64,
    pub pushes: broadcast::Sender<Push>,
    /// No heartbeats and no events (the `silent` fault).
    pub silent: bool,
    /// Upgrades are answered 403.
    pub refuse_upgrades: bool,
    /// Subscriptions answer 200 with every topic `Rejected` (GENESYS-API.md §11).
    pub reject_topics: bool,
    /// Sockets connected so far, and open now.
    pub connects: u64,
    pub open: u64,
    /// Channels created so far.
    pub created: u64,
}

impl Default for LiveState {
    fn default() -> LiveState {
        LiveState {
            channels: HashMap::new(),
            next: 0,
            pushes: broadcast::channel(2048).0,
            silent: false,
            refuse_upgrades: false,
            reject_topics: false,
            connects: 0,
            open: 0,
            created: 0,
        }
    }
}

/// The Notifications mock's counters, for tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LiveCounts {
    /// Channels created so far.
    pub channels: u64,
    /// Sockets connected so far.
    pub connects: u64,
    /// Sockets open now.
    pub open: u64,
}

/// What the mock services have been asked since the last reset, as the dev host's counts panel
/// shows it (`GET /_mock/counts`) and the tests read it (`DevServer::counts`). Requests are
/// counted whatever their answer (a refused one still costs the agent's rate limit); channels
/// only when created.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    /// `GET /oauth/authorize` on the mock login service (the sign-in page, or its silent answer).
    pub authorizes: u64,
    /// `POST /oauth/token`: token exchanges.
    pub exchanges: u64,
    /// `GET /api/v2/users/me`.
    pub users_me: u64,
    /// `POST /api/v2/analytics/conversations/details/query`: one per page asked.
    pub analytics: u64,
    /// Notifications channels created.
    pub channels: u64,
    /// Notifications sockets open now.
    pub sockets_open: u64,
    /// Notifications sockets connected so far.
    pub sockets_connected: u64,
}

impl Counts {
    /// The counts of `log` (requests) and `live` (channels and sockets).
    pub(crate) fn of(log: &[LogEntry], live: LiveCounts) -> Counts {
        let asked =
            |method: &str, path: &str| log.iter().filter(|e| e.method == method && e.path == path).count() as u64;
        Counts {
            authorizes: asked("GET", paths::AUTHORIZE),
            exchanges: asked("POST", paths::TOKEN),
            users_me: asked("GET", paths::USERS_ME),
            analytics: asked("POST", paths::DETAILS_QUERY),
            channels: live.channels,
            sockets_open: live.open,
            sockets_connected: live.connects,
        }
    }
}

impl LiveState {
    /// Every channel is past its `expires` (subscriptions 404, sockets refused).
    pub(crate) fn expire_channels(&mut self) {
        for c in self.channels.values_mut() {
            c.expires_ms = 0;
        }
    }

    /// Tells every open socket `push` (nobody listening is fine).
    pub(crate) fn push(&self, push: Push) {
        let _nobody_listening = self.pushes.send(push);
    }

    pub(crate) fn counts(&self) -> LiveCounts {
        LiveCounts { channels: self.created, connects: self.connects, open: self.open }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_the_logs_requests_by_method_and_path() {
        let log = [
            LogEntry::new("GET", paths::AUTHORIZE, 200),
            // The sign-in page's form is not another authorize.
            LogEntry::new("POST", paths::AUTHORIZE, 303),
            LogEntry::new("POST", paths::TOKEN, 200),
            LogEntry::new("POST", paths::TOKEN, 400),
            LogEntry::new("GET", paths::USERS_ME, 401),
            LogEntry::new("POST", paths::DETAILS_QUERY, 200),
            LogEntry::new("POST", paths::DETAILS_QUERY, 429),
            LogEntry::new("POST", paths::DETAILS_QUERY, 200),
            LogEntry::new("POST", paths::CHANNELS, 200),
            LogEntry::new("GET", paths::QUEUES, 200),
        ];
        let live = LiveCounts { channels: 1, connects: 3, open: 1 };
        let counts = Counts::of(&log, live);
        assert_eq!(
            counts,
            Counts {
                authorizes: 1,
                exchanges: 2,
                users_me: 1,
                analytics: 3,
                channels: 1,
                sockets_open: 1,
                sockets_connected: 3
            }
        );
        let json = serde_json::to_value(counts).unwrap();
        let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys.iter().copied().collect::<HashSet<_>>(),
            HashSet::from([
                "authorizes",
                "exchanges",
                "usersMe",
                "analytics",
                "channels",
                "socketsOpen",
                "socketsConnected"
            ])
        );
    }
}
