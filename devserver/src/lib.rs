//! Local development servers, all real HTTP servers on loopback:
//!
//! - the **mock API** (CONTRACT §4) with switchable faults, token issuing and a request log;
//! - the **mock login service** (CONTRACT §6): Authorization Code with PKCE, on its own origin
//!   like `login.<domain>`, issuing tokens the mock API accepts;
//! - the **dev host**, a page on its own origin that frames the widget the way Genesys Cloud
//!   does, answers its handshake with tokens from the mock, and can push rotated tokens;
//! - optionally a **static server** for a built `dist/`, with a dev `config.json` that trusts
//!   the dev host and points at the mock, and beside it at `/baseline/` the plain-JS baseline
//!   that the benchmark runs side by side with the widget (`e2e/baseline/`, the same config).
//!
//! The end-to-end tests start a [`DevServer`] in-process per test, on ephemeral ports.

//! Modules, from the bottom up (each uses only those above it, and no handler uses another):
//!
//! - plain data: `clock`, `data`, `scenario`, `state`;
//! - helpers over the state, without routes: `tokens`, `responses`, `faults`, `conversations`,
//!   `reset`, `dev_config`;
//! - handlers: `contract_api`, `genesys`, `notifications`, `control`, `login`, `host`, `widget`;
//! - `router`, which composes them; and this file, which starts the servers.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::task::JoinHandle;

mod clock;
mod contract_api;
mod control;
mod conversations;
pub mod data;
mod dev_config;
mod faults;
mod genesys;
mod host;
mod login;
mod notifications;
mod reset;
mod responses;
mod router;
pub mod scenario;
mod state;
mod tokens;
mod widget;

pub use clock::epoch_ms;
pub use conversations::{with_history, Ending};
/// Every API path the widget asks for; the mock serves exactly these.
pub use crm_core::net::paths;
pub use data::CLIENT_ID;
pub use faults::{LiveFault, UnknownLiveFault};
pub use notifications::STREAMING;
pub use scenario::{
    AuthMode, DataSourceMode, Fault, GenesysFaults, HostMode, LiveConfig, LoginFaults, Paging, RetryAfter, Scenario,
};
pub use state::{Counts, LiveCounts, LogEntry, Origins};

use state::{Push, Shared};

/// Where to listen and what to serve.
#[derive(Debug, Clone)]
pub struct Options {
    /// A built widget (`dist/`) to serve; `None` when `trunk serve` serves it.
    pub dist: Option<PathBuf>,
    /// The plain-JS baseline (`e2e/baseline/`) to serve at `/baseline/` on the widget's origin,
    /// with the same dev `config.json`; the dev host frames it with `?widget=/baseline/`. Only
    /// with `dist`.
    pub baseline: Option<PathBuf>,
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
    /// The dev host's name in its origin, instead of its address: `localhost` puts the host on
    /// another site than the widget (`127.0.0.1`), so that Chromium runs the two in separate
    /// processes, as Genesys Cloud and the widget are (`bench --startup --cross-site`). The
    /// name must resolve to the host's address.
    pub host_name: Option<String>,
}

impl Options {
    /// Ephemeral ports on 127.0.0.1, serving `dist`.
    pub fn ephemeral(dist: PathBuf) -> Options {
        let any: SocketAddr = "127.0.0.1:0".parse().expect("a valid address");
        Options {
            dist: Some(dist),
            baseline: None,
            external_widget_origin: None,
            widget_addr: any,
            host_addr: any,
            api_addr: any,
            login_addr: any,
            scenario: Scenario::default(),
            widget_headers: Vec::new(),
            host_name: None,
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
            host: match &options.host_name {
                Some(name) => format!("http://{name}:{}", host_listener.local_addr()?.port()),
                None => origin_of(host_listener.local_addr()?),
            },
            login: origin_of(login_listener.local_addr()?),
            widget: match &widget_listener {
                Some(l) => origin_of(l.local_addr()?),
                None => options.external_widget_origin.clone().unwrap_or_else(|| "http://127.0.0.1:8080".to_owned()),
            },
        };
        let shared = Arc::new(Shared::new(options.scenario.clone(), origins.clone()));
        let mut tasks = vec![
            serve(api_listener, router::api(Arc::clone(&shared))),
            serve(host_listener, router::host(Arc::clone(&shared))),
            serve(login_listener, router::login(Arc::clone(&shared))),
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
            let dirs = router::WidgetDirs { dist, baseline: options.baseline.clone() };
            tasks.push(serve(listener, router::widget(Arc::clone(&shared), dirs, headers)));
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
        reset::reset(&self.shared, scenario);
    }

    pub fn log(&self) -> Vec<LogEntry> {
        self.shared.log.lock().expect("log lock").clone()
    }

    /// Makes every token issued so far stop working (the next request with one is a 401).
    pub fn expire_tokens(&self) {
        tokens::expire_all(&self.shared);
    }

    /// Every token the mock has issued, in order.
    pub fn issued_tokens(&self) -> Vec<String> {
        self.shared.tokens.lock().expect("tokens lock").issued()
    }

    /// Live updates: a new conversation starts (its event goes to subscribed sockets, and the
    /// analytics query has it from now on). Returns the event's body.
    pub fn live_new_conversation(&self) -> serde_json::Value {
        let body = conversations::notification(&conversations::arrive(&self.shared), false);
        conversations::push_event(&self.shared, body.clone());
        body
    }

    /// Live updates: a conversation started live (`id`, or the newest) ends.
    pub fn live_end(&self, id: Option<&str>) -> Option<serde_json::Value> {
        let body = conversations::end_newest(&self.shared, id)?;
        conversations::push_event(&self.shared, body.clone());
        Some(body)
    }

    /// Live updates, without telling any socket: a conversation starts while the widget is not
    /// connected (only a backfill can find it).
    pub fn live_new_conversation_unheard(&self) -> serde_json::Value {
        conversations::notification(&conversations::arrive(&self.shared), false)
    }

    /// Live updates' faults, as the dev host's panel sets them.
    pub fn live_fault(&self, fault: LiveFault) {
        fault.apply(&self.shared);
    }

    /// Live updates, for the memory benchmark: `n` frames, alternately a heartbeat and an update
    /// of one live conversation (in progress, then ended, then in progress…).
    pub fn live_burst(&self, n: usize) {
        let c = conversations::arrive(&self.shared);
        let (started, ended) = (conversations::notification(&c, false), conversations::notification(&c, true));
        conversations::push_event(&self.shared, started.clone());
        for i in 0..n {
            if i % 2 == 0 {
                self.live_heartbeats(1);
            } else {
                let update = if i % 4 == 1 { &ended } else { &started };
                conversations::push_event(&self.shared, update.clone());
            }
        }
    }

    /// Live updates: `n` heartbeats, now.
    pub fn live_heartbeats(&self, n: usize) {
        for _ in 0..n {
            self.shared.live.lock().expect("live lock").push(Push::Heartbeat);
        }
    }

    /// Live updates: channels created, sockets connected, sockets open now.
    pub fn live_counts(&self) -> LiveCounts {
        self.shared.live.lock().expect("live lock").counts()
    }

    /// What the mock services were asked since the last reset (the dev host's counts panel;
    /// `GET /_mock/counts` on the API origin): authorizes, token exchanges, `users/me`, analytics
    /// queries, channels created, and sockets open now and connected so far.
    pub fn counts(&self) -> Counts {
        self.shared.counts()
    }

    /// Every external-contact id and queue id the Genesys mock was asked, in order.
    pub fn genesys_asked(&self) -> (Vec<String>, Vec<String>) {
        let g = self.shared.genesys.lock().expect("genesys lock");
        (g.asked_contacts.clone(), g.asked_queues.clone())
    }

    /// Every wrap-up code id the Genesys mock was asked (and answered), in order.
    pub fn wrap_ups_asked(&self) -> Vec<String> {
        self.shared.genesys.lock().expect("genesys lock").asked_wrap_ups.clone()
    }

    /// Seconds since start (for humans).
    pub fn uptime_s(&self) -> u64 {
        self.shared.started.elapsed().as_secs()
    }
}

/// Serves `app` on `listener`, with Nagle's algorithm off (TCP_NODELAY), as a real web server
/// or CDN has it: with it on, a response's last small segment waited for the browser's delayed
/// ACK, about 40 ms, so every small file (the JS glue, the style sheet, which holds back the
/// module scripts) arrived 40 ms late and the start-up figures measured the mock's sockets.
fn serve(listener: TcpListener, app: axum::Router) -> JoinHandle<()> {
    use axum::serve::ListenerExt;
    let listener = listener.tap_io(|tcp| {
        let _latency_only = tcp.set_nodelay(true);
    });
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
