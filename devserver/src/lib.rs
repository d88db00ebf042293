//! Local development servers, all real HTTP servers on loopback:
//!
//! - the **mock API** (CONTRACT §4) with switchable faults, token issuing and a request log;
//! - the **mock login service** (CONTRACT §6): Authorization Code with PKCE, on its own origin
//!   like `login.<domain>`, issuing tokens the mock API accepts;
//! - the **dev host**, a page on its own origin that frames the widget the way Genesys Cloud
//!   does, answers its handshake with tokens from the mock, and can push rotated tokens;
//! - optionally a **static server** for a built `dist/`, with a dev `config.json` that trusts
//!   the dev host and points at the mock.
//!
//! The end-to-end tests start a [`DevServer`] in-process per test, on ephemeral ports.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

mod api;
pub mod data;
pub mod genesys;
mod host;
mod login;
mod notifications;
pub mod scenario;
mod widget;

pub use login::CLIENT_ID;
pub use scenario::{
    AuthMode, DataSourceMode, Fault, GenesysFaults, HostMode, LiveConfig, LoginFaults, Paging, RetryAfter, Scenario,
};

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

/// State shared by the three servers.
pub(crate) struct Shared {
    pub scenario: Mutex<Scenario>,
    pub log: Mutex<Vec<LogEntry>>,
    pub tokens: Mutex<api::Tokens>,
    pub faults: Mutex<api::FaultCounters>,
    pub login: Mutex<login::LoginState>,
    pub genesys: Mutex<genesys::GenesysState>,
    pub live: Mutex<notifications::LiveState>,
    /// "Now" for the mock Genesys data: conversations started before it.
    pub anchor_ms: u64,
    pub origins: Mutex<Origins>,
    pub started: Instant,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Origins {
    pub widget: String,
    pub host: String,
    pub api: String,
    pub login: String,
}

/// Appends a request to the log, numbered (the login service and the Genesys mock use it).
pub(crate) fn log_request(
    shared: &Shared,
    method: &str,
    path: &str,
    query: &str,
    page: Option<usize>,
    token: Option<String>,
    status: u16,
) -> u64 {
    let mut log = shared.log.lock().expect("log lock");
    let seq = log.len() as u64 + 1;
    log.push(LogEntry {
        seq,
        at_ms: epoch_ms(),
        method: method.into(),
        path: path.into(),
        query: query.into(),
        page,
        token,
        status,
        retry_not_before_ms: None,
        asked: None,
    });
    seq
}

/// The same, with what the body asked.
pub(crate) fn log_asked(shared: &Shared, seq: u64, asked: String) {
    if let Some(e) = shared.log.lock().expect("log lock").iter_mut().rev().find(|e| e.seq == seq) {
        e.asked = Some(asked);
    }
}

pub fn epoch_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

/// Where to listen and what to serve.
#[derive(Debug, Clone)]
pub struct Options {
    /// A built widget (`dist/`) to serve; `None` when `trunk serve` serves it.
    pub dist: Option<PathBuf>,
    /// The widget's origin when `dist` is `None` (e.g. `http://127.0.0.1:8080` for trunk serve).
    pub external_widget_origin: Option<String>,
    pub widget_addr: SocketAddr,
    pub host_addr: SocketAddr,
    pub api_addr: SocketAddr,
    pub login_addr: SocketAddr,
    pub scenario: Scenario,
    /// Extra headers on the widget's files, e.g. a Content-Security-Policy. `{api}`, `{login}`
    /// and `{host}` in a value are replaced by the mock API's, login service's and dev host's
    /// origins.
    pub widget_headers: Vec<(String, String)>,
}

impl Options {
    /// Ephemeral ports on 127.0.0.1, serving `dist`.
    pub fn ephemeral(dist: PathBuf) -> Options {
        let any: SocketAddr = "127.0.0.1:0".parse().expect("a valid address");
        Options {
            dist: Some(dist),
            external_widget_origin: None,
            widget_addr: any,
            host_addr: any,
            api_addr: any,
            login_addr: any,
            scenario: Scenario::default(),
            widget_headers: Vec::new(),
        }
    }
}

/// The running servers. Dropping it stops them.
pub struct DevServer {
    shared: Arc<Shared>,
    origins: Origins,
    tasks: Vec<JoinHandle<()>>,
}

impl Drop for DevServer {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

fn origin_of(addr: SocketAddr) -> String {
    format!("http://{addr}")
}

impl DevServer {
    pub async fn start(options: Options) -> std::io::Result<DevServer> {
        let api_listener = TcpListener::bind(options.api_addr).await?;
        let host_listener = TcpListener::bind(options.host_addr).await?;
        let login_listener = TcpListener::bind(options.login_addr).await?;
        let widget_listener = match &options.dist {
            Some(_) => Some(TcpListener::bind(options.widget_addr).await?),
            None => None,
        };
        let origins = Origins {
            api: origin_of(api_listener.local_addr()?),
            host: origin_of(host_listener.local_addr()?),
            login: origin_of(login_listener.local_addr()?),
            widget: match &widget_listener {
                Some(l) => origin_of(l.local_addr()?),
                None => options.external_widget_origin.clone().unwrap_or_else(|| "http://127.0.0.1:8080".to_owned()),
            },
        };
        let shared = Arc::new(Shared {
            scenario: Mutex::new(options.scenario.clone()),
            log: Mutex::new(Vec::new()),
            tokens: Mutex::new(api::Tokens::default()),
            faults: Mutex::new(api::FaultCounters::default()),
            login: Mutex::new(login::LoginState::default()),
            genesys: Mutex::new(genesys::GenesysState::default()),
            live: Mutex::new(notifications::LiveState::default()),
            anchor_ms: epoch_ms(),
            origins: Mutex::new(origins.clone()),
            started: Instant::now(),
        });
        let mut tasks = vec![
            serve(api_listener, api::router(Arc::clone(&shared))),
            serve(host_listener, host::router(Arc::clone(&shared))),
            serve(login_listener, login::router(Arc::clone(&shared))),
        ];
        if let (Some(listener), Some(dist)) = (widget_listener, options.dist.clone()) {
            let headers = options
                .widget_headers
                .iter()
                .map(|(k, v)| {
                    let ws = origins.api.replacen("http", "ws", 1);
                    let v = v.replace("{api}", &origins.api).replace("{ws}", &ws).replace("{host}", &origins.host);
                    (k.clone(), v.replace("{login}", &origins.login))
                })
                .collect();
            tasks.push(serve(listener, widget::router(Arc::clone(&shared), dist, headers)));
        }
        Ok(DevServer { shared, origins, tasks })
    }

    pub fn origins(&self) -> &Origins {
        &self.origins
    }

    /// The dev host page, which frames the widget.
    pub fn host_url(&self) -> String {
        format!("{}/", self.origins.host)
    }

    /// Replaces the scenario and resets fault counters, issued tokens and the log.
    pub fn set_scenario(&self, scenario: Scenario) {
        api::reset(&self.shared, scenario);
    }

    pub fn log(&self) -> Vec<LogEntry> {
        self.shared.log.lock().expect("log lock").clone()
    }

    /// Makes every token issued so far stop working (the next request with one is a 401).
    pub fn expire_tokens(&self) {
        api::expire_all(&self.shared);
    }

    /// Every token the mock has issued, in order.
    /// Live updates: a new conversation starts (its event goes to subscribed sockets, and the
    /// analytics query has it from now on). Returns the event's body.
    pub fn live_new_conversation(&self) -> serde_json::Value {
        let body = genesys::notification(&genesys::arrive(&self.shared), false);
        notifications::push_event(&self.shared, body.clone());
        body
    }

    /// Live updates: a conversation started live (`id`, or the newest) ends.
    pub fn live_end(&self, id: Option<&str>) -> Option<serde_json::Value> {
        let body = genesys::end_newest(&self.shared, id)?;
        notifications::push_event(&self.shared, body.clone());
        Some(body)
    }

    /// Live updates, without telling any socket: a conversation starts while the widget is not
    /// connected (only a backfill can find it).
    pub fn live_new_conversation_unheard(&self) -> serde_json::Value {
        genesys::notification(&genesys::arrive(&self.shared), false)
    }

    /// Live updates' faults: `drop`, `closing`, `silent`, `loud`, `expire-channels`,
    /// `expire-token`, `refuse`, `accept`, `reject-topics`, `permit-topics` (as the panel's buttons).
    pub fn live_fault(&self, action: &str) {
        use notifications::Push;
        let mut live = self.shared.live.lock().expect("live lock");
        match action {
            "drop" => drop(live.pushes.send(Push::Drop)),
            "closing" => drop(live.pushes.send(Push::Closing)),
            "silent" => live.silent = true,
            "loud" => live.silent = false,
            "refuse" => live.refuse_upgrades = true,
            "accept" => live.refuse_upgrades = false,
            "reject-topics" => live.reject_topics = true,
            "permit-topics" => live.reject_topics = false,
            "expire-channels" => {
                live.expire_channels();
                drop(live.pushes.send(Push::Drop));
            }
            "expire-token" => {
                drop(live);
                api::expire_all(&self.shared);
                drop(self.shared.live.lock().expect("live lock").pushes.send(Push::Drop));
            }
            other => panic!("no live fault {other}"),
        }
    }

    /// Live updates, for the memory benchmark: `n` frames, alternately a heartbeat and an update
    /// of one live conversation (in progress, then ended, then in progress…).
    pub fn live_burst(&self, n: usize) {
        let c = genesys::arrive(&self.shared);
        let (started, ended) = (genesys::notification(&c, false), genesys::notification(&c, true));
        notifications::push_event(&self.shared, started.clone());
        for i in 0..n {
            if i % 2 == 0 {
                drop(self.shared.live.lock().expect("live lock").pushes.send(notifications::Push::Heartbeat));
            } else {
                let update = if i % 4 == 1 { &ended } else { &started };
                notifications::push_event(&self.shared, update.clone());
            }
        }
    }

    /// Live updates: `n` heartbeats, now.
    pub fn live_heartbeats(&self, n: usize) {
        for _ in 0..n {
            drop(self.shared.live.lock().expect("live lock").pushes.send(notifications::Push::Heartbeat));
        }
    }

    /// Live updates: channels created, sockets connected, sockets open now.
    pub fn live_counts(&self) -> (u64, u64, u64) {
        notifications::counts(&self.shared)
    }

    /// Every external-contact id and queue id the Genesys mock was asked, in order.
    pub fn genesys_asked(&self) -> (Vec<String>, Vec<String>) {
        let g = self.shared.genesys.lock().expect("genesys lock");
        (g.asked_contacts.clone(), g.asked_queues.clone())
    }

    pub fn issued_tokens(&self) -> Vec<String> {
        self.shared.tokens.lock().expect("tokens lock").issued()
    }

    /// Seconds since start (for humans).
    pub fn uptime_s(&self) -> u64 {
        self.shared.started.elapsed().as_secs()
    }
}

fn serve(listener: TcpListener, app: axum::Router) -> JoinHandle<()> {
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            eprintln!("crm-devserver: a server stopped: {e}");
        }
    })
}

/// The strict Content-Security-Policy the README recommends, for a widget whose API is
/// `api_origin`, whose login service is `login_origin` (the token request) and whose host is
/// `host_origin`.
pub fn strict_csp(api_origin: &str, login_origin: &str, host_origin: &str) -> String {
    // The Notifications WebSocket: `wss://streaming.<region>` in Genesys, the API origin here.
    let ws_origin =
        if api_origin.starts_with("http") { api_origin.replacen("http", "ws", 1) } else { "{ws}".to_owned() };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
         connect-src 'self' {api_origin} {ws_origin} {login_origin}; frame-ancestors {host_origin}; base-uri 'none'; form-action 'none'; object-src 'none'"
    )
}
