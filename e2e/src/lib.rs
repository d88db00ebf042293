//! The end-to-end harness: a dev server (mock API, dev host, the release `dist/`) on
//! ephemeral ports, and a fresh headless Chromium driven through chromedriver.
//!
//! Each test gets its own servers, browser and profile, so tests run in parallel safely.
//! [`run`] always closes the browser, even when the test panics, then re-raises the panic.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crm_devserver::{DevServer, LogEntry, Options, Scenario};
use fantoccini::{Client, ClientBuilder};
use futures::future::BoxFuture;
use futures::FutureExt;
use serde_json::{json, Value};
use tokio::process::{Child, Command};

pub use crm_devserver;

/// Where the release build is: `$CRM_DIST`, else `dist/` at the workspace root.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("CRM_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../dist"));
    assert!(
        dir.join("index.html").exists(),
        "no built widget at {}: run `trunk build --release` first (scripts/test does)",
        dir.display()
    );
    dir
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

pub struct Harness {
    pub server: DevServer,
    pub client: Client,
    driver: Child,
    _profile: TempDir,
}

/// A directory removed on drop.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ignored = std::fs::remove_dir_all(&self.0);
    }
}

/// How a test wants the widget served.
#[derive(Default, Clone)]
pub struct Setup {
    pub scenario: Scenario,
    /// Extra response headers on the widget's files (e.g. a CSP).
    pub widget_headers: Vec<(String, String)>,
    /// Serve this build instead of [`dist_dir`] (e.g. a copy with a file taken out).
    pub dist: Option<PathBuf>,
}

impl From<Scenario> for Setup {
    fn from(scenario: Scenario) -> Setup {
        Setup { scenario, ..Setup::default() }
    }
}

/// chromedriver's `POST /session/{id}/se/log` with `{"type": "browser"}`.
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_owned()))
    }
}

impl Harness {
    pub async fn start(setup: Setup) -> Harness {
        let mut options = Options::ephemeral(setup.dist.unwrap_or_else(dist_dir));
        options.scenario = setup.scenario;
        options.widget_headers = setup.widget_headers;
        let server = DevServer::start(options).await.expect("dev server starts");
        let port = free_port();
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {chromedriver}: {e} (scripts/setup installs it)"));
        let profile = std::env::temp_dir().join(format!("crm-e2e-{}-{port}", std::process::id()));
        let caps = json!({
            // Keeps the console, so tests can check what the widget (never) logs.
            "goog:loggingPrefs": { "browser": "ALL" },
            "goog:chromeOptions": {
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-quic", "--disable-sync", "--window-size=480,900", "--enable-precise-memory-info", "--js-flags=--expose-gc",
                    format!("--user-data-dir={}", profile.display()),
                ]
            }
        });
        let caps = match caps {
            Value::Object(map) => map,
            _ => unreachable!("a JSON object literal"),
        };
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector).capabilities(caps.clone()).connect(&url).await {
                Ok(c) => break c,
                Err(e) if Instant::now() < deadline => {
                    let _retry = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("cannot start Chromium through chromedriver: {e}"),
            }
        };
        Harness { server, client, driver, _profile: TempDir(profile) }
    }

    pub async fn close(mut self) {
        let _closing = self.client.clone().close().await;
        let _killed = self.driver.kill().await;
    }

    /// Opens the dev host, which frames the widget, and enters the widget's frame.
    pub async fn open_in_host(&self) {
        self.open_in_host_with("").await;
    }

    /// The same, with a query string for the host page (e.g. `?debug=1`).
    pub async fn open_in_host_with(&self, query: &str) {
        self.client.goto(&format!("{}{query}", self.server.host_url())).await.expect("the dev host loads");
        let frame = self.client.wait().for_element(fantoccini::Locator::Id("widget")).await.expect("the widget frame");
        frame.enter_frame().await.expect("enter the widget frame");
    }

    /// Opens the widget on its own, not framed.
    pub async fn open_top_level(&self, query: &str) {
        let url = format!("{}/{query}", self.server.origins().widget);
        self.client.goto(&url).await.expect("the widget loads");
    }

    /// Runs JavaScript in the current frame.
    /// The browser console's messages since the last call (every frame), from chromedriver.
    pub async fn console(&self) -> Vec<String> {
        let entries = self.client.issue_cmd(BrowserLog).await.expect("the browser log");
        entries
            .as_array()
            .map(|a| a.iter().filter_map(|e| e["message"].as_str().map(str::to_owned)).collect())
            .unwrap_or_default()
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// The root's `data-*` hook, or `None` when absent (or the root is not there yet, or the
    /// frame is between pages, as it is while it goes to sign in and back).
    pub async fn hook(&self, name: &str) -> Option<String> {
        let script =
            format!("const r = document.getElementById('crm-widget'); return r ? r.getAttribute('{name}') : null;");
        let v = self.client.execute(&script, vec![]).await.ok()?;
        v.as_str().map(str::to_owned)
    }

    /// Waits until the server's log has `n` entries for `path`.
    pub async fn wait_logged(&self, path: &str, n: usize, within: Duration) {
        let deadline = Instant::now() + within;
        while self.server.log().iter().filter(|e| e.path == path).count() < n {
            assert!(
                Instant::now() < deadline,
                "{path} was not asked {n} times within {within:?}: {:#?}",
                self.server.log()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until `data-state` is one of `states`; returns it. Panics with what it saw.
    pub async fn wait_state(&self, states: &[&str], within: Duration) -> String {
        let deadline = Instant::now() + within;
        let mut last = None;
        loop {
            last = self.hook("data-state").await.or(last);
            if let Some(s) = last.as_deref().filter(|s| states.contains(s)) {
                return s.to_owned();
            }
            if Instant::now() > deadline {
                let alert = self.alert_text().await;
                panic!("data-state never became {states:?} within {within:?}; last {last:?}; alert {alert:?}");
            }
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
    }

    /// Waits for a condition written as a JavaScript expression.
    pub async fn wait_js(&self, expression: &str, within: Duration) {
        let deadline = Instant::now() + within;
        while self.js(&format!("return !!({expression});")).await != Value::Bool(true) {
            assert!(Instant::now() < deadline, "never true within {within:?}: {expression}");
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
    }

    pub async fn row_ids(&self) -> Vec<String> {
        let v = self.js("return Array.from(document.querySelectorAll('[data-interaction-id]')).map(e => e.getAttribute('data-interaction-id'));").await;
        serde_json::from_value(v).expect("a list of ids")
    }

    /// Scrolls the list to its end and waits a frame for the rows there to render.
    pub async fn scroll_list_to_end(&self) {
        self.js("const v = document.querySelector('.crm__viewport'); v.scrollTop = v.scrollHeight; v.dispatchEvent(new Event('scroll')); await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))); return true;").await;
    }

    /// How many elements the widget's document holds.
    pub async fn dom_size(&self) -> u64 {
        self.js("return document.getElementsByTagName('*').length;").await.as_u64().expect("a count")
    }

    /// Runs axe-core (WCAG 2.1 A and AA rules) on the widget's document and returns every
    /// serious or critical violation, one line each.
    pub async fn axe_serious(&self) -> Vec<String> {
        let dir = std::env::var("CRM_TOOLS_DIR").map(PathBuf::from).unwrap_or_else(|_| {
            PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".local/share/crm-widget-tools")
        });
        let path = dir.join("node_modules/axe-core/axe.min.js");
        let axe = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("axe-core is needed at {} (scripts/setup installs it): {e}", path.display()));
        if self.js("return typeof window.axe").await != "object" {
            self.js(&format!("{axe}\nreturn true;")).await;
        }
        let result = self
            .js("const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                 return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '));")
            .await;
        serde_json::from_value(result).expect("a list of strings")
    }

    pub async fn alert_text(&self) -> Option<String> {
        self.js("const a = document.querySelector('[role=alert]'); return a ? a.textContent : null;")
            .await
            .as_str()
            .map(str::to_owned)
    }

    /// Clicks the element `selector` finds (a real click, through the browser).
    pub async fn click_selector(&self, selector: &str) {
        let e =
            self.client.find(fantoccini::Locator::Css(selector)).await.unwrap_or_else(|e| panic!("no {selector}: {e}"));
        e.click().await.unwrap_or_else(|e| panic!("{selector} cannot be clicked: {e}"));
    }

    pub async fn click(&self, action: &str) {
        let found = self.js(&format!("const b = document.querySelector('button[data-action={action}]'); if (!b) return false; b.click(); return true;")).await;
        assert_eq!(found, Value::Bool(true), "no button[data-action={action}]");
    }

    /// The mock's log of interactions requests.
    pub fn api_log(&self) -> Vec<LogEntry> {
        self.server.log().into_iter().filter(|e| e.path == "/api/v2/interactions").collect()
    }

    /// The mock login service's log entries for `path` (`/oauth/authorize`, `/oauth/token`).
    pub fn login_log(&self, path: &str) -> Vec<LogEntry> {
        self.server.log().into_iter().filter(|e| e.path == path).collect()
    }

    /// In the widget's frame, which has gone to the mock login page: waits for it and presses
    /// "Sign in" (or "Deny"). The frame then comes back to the widget.
    pub async fn press_on_login_page(&self, button: &str) {
        let b = self
            .client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(fantoccini::Locator::Id(button))
            .await
            .unwrap_or_else(|e| panic!("no #{button} on the login page: {e}"));
        b.click().await.expect("press the login page's button");
    }

    /// Every Client App message the dev host received from the widget (CONTRACT §8), read in
    /// the top-level page; the widget's frame is entered again afterwards.
    pub async fn client_app_messages(&self) -> Vec<Value> {
        self.client.enter_parent_frame().await.expect("leave the widget frame");
        let v = self.js("return window.devHost.clientApp;").await;
        self.enter_widget_frame().await;
        v.as_array().cloned().unwrap_or_default()
    }

    /// Runs `script` in the dev host page (the top level), then enters the widget's frame again.
    pub async fn in_host(&self, script: &str) -> Value {
        self.client.enter_parent_frame().await.expect("leave the widget frame");
        let v = self.js(script).await;
        self.enter_widget_frame().await;
        v
    }

    pub async fn enter_widget_frame(&self) {
        let frame = self.client.find(fantoccini::Locator::Id("widget")).await.expect("the widget frame");
        frame.enter_frame().await.expect("enter the widget frame");
    }
}

/// Runs one end-to-end test with its own servers and browser; always closes the browser.
pub async fn run<F>(setup: impl Into<Setup>, test: F)
where
    F: for<'a> FnOnce(&'a Harness) -> BoxFuture<'a, ()>,
{
    let harness = Harness::start(setup.into()).await;
    let outcome = std::panic::AssertUnwindSafe(test(&harness)).catch_unwind().await;
    harness.close().await;
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}
