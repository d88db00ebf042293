//! The harness: a dev server (mock API, dev host, the release `dist/` and the plain-JS
//! baseline at `/baseline/`) on ephemeral ports, and a fresh headless Chromium driven through
//! chromedriver. [`run`] always closes the browser, even when the test panics, then re-raises
//! the panic. Opening the widget and reading it (`open_ready`, `open_in_state`, `widget()`, key
//! presses) are with the page object, in `widget.rs`.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crm_devserver::paths::INTERACTIONS;
use crm_devserver::{DevServer, LogEntry, Options, Scenario};
use fantoccini::{Client, ClientBuilder, Locator};
use futures::FutureExt;
use serde_json::{json, Value};
use tokio::process::{Child, Command};

/// Where the release build is: `$CRM_DIST`, else `dist/` at the workspace root.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("CRM_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../dist"));
    assert!(
        dir.join("index.html").exists(),
        "no built widget at {}: run `scripts/release` first (scripts/test does)",
        dir.display()
    );
    dir
}

/// The plain-JS baseline (`e2e/baseline/`: index.html, one script, one style sheet), which the
/// dev server serves at `/baseline/` beside the widget and the dev host frames with
/// `?widget=/baseline/`; the benchmark runs it side by side with the widget.
pub fn baseline_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("baseline")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

pub struct Harness {
    pub server: DevServer,
    pub client: Client,
    driver: Child,
    _scratch: TempDir,
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
    /// The dev host on another site than the widget (`localhost`; the widget is on
    /// `127.0.0.1`), so that each runs in its own renderer process, as inside Genesys Cloud.
    pub cross_site: bool,
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

/// chromedriver's `POST /session/{id}/goog/cdp/execute`: one Chrome DevTools Protocol command.
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()))
    }
}

impl Harness {
    pub async fn start(setup: Setup) -> Harness {
        let mut options = Options::ephemeral(setup.dist.unwrap_or_else(dist_dir));
        options.scenario = setup.scenario;
        options.widget_headers = setup.widget_headers;
        options.host_name = setup.cross_site.then(|| "localhost".to_owned());
        options.baseline = Some(baseline_dir());
        let server = DevServer::start(options).await.expect("dev server starts");
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        // One directory per browser, removed when the harness drops: the profile, and
        // Chromium's own temporary files (its TMPDIR), which it would otherwise leave in /tmp.
        let scratch = std::env::temp_dir().join(format!("crm-e2e-{}-{}", std::process::id(), free_port()));
        let profile = scratch.join("profile");
        let browser_tmp = scratch.join("tmp");
        std::fs::create_dir_all(&browser_tmp).expect("a scratch directory for the browser");
        let caps = json!({
            // Keeps the console, so tests can check what the widget (never) logs.
            "goog:loggingPrefs": { "browser": "ALL" },
            "goog:chromeOptions": {
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-quic", "--disable-sync", "--window-size=480,900", "--enable-precise-memory-info",
                    // Chromium 156 loads its omnibox's popups (WebUI pages) in a renderer of
                    // their own as the browser starts: a whole core of this 2-core machine during
                    // the page load a test or the benchmark measures, which an agent's browser,
                    // started long before, does not spend then (Puppeteer turns them off too).
                    "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
                    // `CRM_JS_FLAGS`: more V8 flags, for experiments (docs/performance-log.md's start-up
                    // section uses `--no-wasm-lazy-compilation`).
                    format!("--js-flags=--expose-gc {}", std::env::var("CRM_JS_FLAGS").unwrap_or_default()).trim_end().to_owned(),
                    format!("--user-data-dir={}", profile.display()),
                ]
            }
        });
        let mut caps = caps;
        // `CRM_TRACE_DIR=DIR`: each browser writes a Chrome trace of its first 4 s (the main
        // thread's tasks, style, layout, paint, V8's wasm compiles (`wasm.CompileLazy`: a
        // function compiled on its first call) and the `crm:` marks) to DIR/trace-N.json, for
        // chrome://tracing or Perfetto (with `--warm`, the 4 s of its first, unmeasured load).
        if let Ok(dir) = std::env::var("CRM_TRACE_DIR") {
            let dir = std::path::absolute(&dir).unwrap_or_else(|_| dir.into()).display().to_string();
            static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            if let Some(Value::Array(args)) = caps.pointer_mut("/goog:chromeOptions/args") {
                for a in [
                    "--trace-startup=devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute,loading,v8.wasm,disabled-by-default-v8.wasm.detailed".to_owned(),
                    "--trace-startup-format=json".to_owned(),
                    "--trace-startup-duration=4".to_owned(),
                    format!("--trace-startup-file={dir}/trace-{n}.json"),
                ] {
                    args.push(Value::String(a));
                }
            }
        }
        let caps = match caps {
            Value::Object(map) => map,
            _ => unreachable!("a JSON object literal"),
        };
        // On a busy machine chromedriver now and then never answers, or exits (a port
        // taken between `free_port` and its bind): such a driver is started again on a
        // fresh port, up to three times, so one slow start is not a failed test.
        let mut last_error = String::new();
        for _attempt in 0..3 {
            let port = free_port();
            let mut driver = Command::new(&chromedriver)
                .arg(format!("--port={port}"))
                .env("TMPDIR", &browser_tmp)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .kill_on_drop(true)
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start {chromedriver}: {e} (scripts/setup installs it)"));
            let url = format!("http://127.0.0.1:{port}");
            let deadline = Instant::now() + Duration::from_secs(20);
            loop {
                let connector = hyper_util::client::legacy::connect::HttpConnector::new();
                match ClientBuilder::new(connector).capabilities(caps.clone()).connect(&url).await {
                    Ok(client) => return Harness { server, client, driver, _scratch: TempDir(scratch) },
                    Err(e) => last_error = e.to_string(),
                }
                let exited = matches!(driver.try_wait(), Ok(Some(_)));
                if exited || Instant::now() >= deadline {
                    let _killed = driver.kill().await;
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        panic!("cannot start Chromium through chromedriver (three tries): {last_error}")
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
        let frame = self.client.wait().for_element(Locator::Id("widget")).await.expect("the widget frame");
        frame.enter_frame().await.expect("enter the widget frame");
    }

    /// Opens the widget on its own, not framed.
    pub async fn open_top_level(&self, query: &str) {
        let url = format!("{}/{query}", self.server.origins().widget);
        self.client.goto(&url).await.expect("the widget loads");
    }

    /// The browser console's messages since the last call (every frame), from chromedriver.
    pub async fn console(&self) -> Vec<String> {
        let entries = self.client.issue_cmd(BrowserLog).await.expect("the browser log");
        entries
            .as_array()
            .map(|a| a.iter().filter_map(|e| e["message"].as_str().map(str::to_owned)).collect())
            .unwrap_or_default()
    }

    /// One Chrome DevTools Protocol command (e.g. `Page.addScriptToEvaluateOnNewDocument`,
    /// which the benchmark uses to time the wasm's compile in every frame); its result.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp { cmd: cmd.to_owned(), params })
            .await
            .unwrap_or_else(|e| panic!("the DevTools command {cmd} failed: {e}"))
    }

    /// Runs JavaScript in the current frame.
    pub async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }
    /// Waits until `path` was asked `n` times (the server's log has `n` entries for it).
    pub async fn wait_logged(&self, path: &str, n: usize, within: Duration) {
        crate::wait_until!(
            format!("{path} asked {n} times: {:#?}", self.server.log()),
            within,
            self.requests(path).len() >= n
        );
    }

    /// Waits for a condition written as a JavaScript expression, in the current frame (for
    /// the dev host's page; the widget has [`crate::Widget`]).
    pub async fn wait_js(&self, expression: &str, within: Duration) {
        let script = format!("return !!({expression});");
        crate::wait_until!(expression, within, self.js(&script).await == Value::Bool(true));
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

    /// The network says it is offline (`navigator.onLine` false, an `offline` event).
    pub async fn go_offline(&self) {
        self.js("window.__offline = true;
                 Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get() { return !window.__offline; } });
                 window.dispatchEvent(new Event('offline')); return true;")
            .await;
    }

    /// The network is back (after [`Harness::go_offline`]).
    pub async fn go_online(&self) {
        self.js("window.__offline = false; window.dispatchEvent(new Event('online')); return true;").await;
    }

    /// The mock's log of the requests for `path` (a [`crm_devserver::paths`] constant, the login
    /// service's, or [`crm_devserver::STREAMING`]).
    pub fn requests(&self, path: &str) -> Vec<LogEntry> {
        self.server.log().into_iter().filter(|e| e.path == path).collect()
    }

    /// The mock's log of interactions requests (CONTRACT §4).
    pub fn api_log(&self) -> Vec<LogEntry> {
        self.requests(INTERACTIONS)
    }

    /// In the widget's frame (or a popup), which has gone to the mock login page: waits for it
    /// and presses "Sign in" or "Deny". The frame then comes back to the widget.
    pub async fn press_on_login_page(&self, choice: LoginChoice) {
        let id = match choice {
            LoginChoice::Allow => "allow",
            LoginChoice::Deny => "deny",
        };
        let b = self
            .client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("no #{id} on the login page: {e}"));
        b.click().await.expect("press the login page's button");
    }

    /// Every Client App message the dev host received from the widget (CONTRACT §8), read in
    /// the top-level page; the widget's frame is entered again afterwards.
    pub async fn client_app_messages(&self) -> Vec<Value> {
        let v = self.in_host("return window.devHost.clientApp;").await;
        v.as_array().cloned().unwrap_or_default()
    }

    /// Runs `script` in the dev host page (the top level), then enters the widget's frame again.
    pub async fn in_host(&self, script: &str) -> Value {
        self.enter_host_page().await;
        let v = self.js(script).await;
        self.enter_widget_frame().await;
        v
    }

    /// Leaves the widget's frame for the dev host's page.
    pub async fn enter_host_page(&self) {
        self.client.enter_parent_frame().await.expect("leave the widget frame");
    }

    /// Enters the widget's frame from the dev host's page.
    pub async fn enter_widget_frame(&self) {
        let frame = self.client.find(Locator::Id("widget")).await.expect("the widget frame");
        frame.enter_frame().await.expect("enter the widget frame");
    }

    /// Opens the dev host with several frames of the widget (`?frames=N…`, CONTRACT §10) and
    /// stays on the host page; [`Harness::enter_frame`] enters one.
    pub async fn open_frames(&self, query: &str) {
        self.client.goto(&format!("{}{query}", self.server.host_url())).await.expect("the dev host loads");
        self.client.wait().for_element(Locator::Id("widget")).await.expect("the first widget frame");
    }

    /// Runs `script` in the dev host's page (the top level) and stays there: unlike
    /// [`Harness::in_host`], it does not need `#widget` afterwards (a many-frames test may
    /// have closed it).
    pub async fn in_host_page(&self, script: &str) -> Value {
        self.enter_host_page().await;
        self.js(script).await
    }

    /// Adds a frame of the widget to a many-frames host page, as the dev host adds its own
    /// (after the last one, with the same parameters and a bootstrap hook when it loads), for
    /// `conversation` (an Interaction Widget) or none (the standalone app). Returns its index
    /// for [`Harness::enter_frame`]; stays on the host page.
    pub async fn add_frame(&self, conversation: Option<&str>) -> usize {
        let conversation = conversation.map_or_else(|| "null".to_owned(), |c| Value::from(c).to_string());
        let v = self
            .in_host_page(&format!(
                "const i = frames.length, conversation = {conversation};
                 const f = frame.cloneNode(false);
                 f.id = 'widget-' + (i + 1); f.name = f.id; f.title = 'CRM widget ' + (i + 1);
                 frames.filter(x => x.isConnected).pop().after(f); frames.push(f);
                 f.addEventListener('load', () => sendHook('bootstrap', i));
                 const url = new URL(widgetUrl(0));
                 url.searchParams.delete('gcConversationId');
                 if (conversation) url.searchParams.set('gcConversationId', conversation);
                 f.src = url.toString();
                 return i;"
            ))
            .await;
        v.as_u64().expect("the new frame's index") as usize
    }

    /// Enters frame `index` (0-based) of a many-frames host page, from wherever the test is.
    pub async fn enter_frame(&self, index: usize) {
        self.client.enter_parent_frame().await.expect("leave the frame");
        let id = if index == 0 { "widget".to_owned() } else { format!("widget-{}", index + 1) };
        let frame = self
            .client
            .wait()
            .at_most(std::time::Duration::from_secs(10))
            .for_element(Locator::Id(&id))
            .await
            .unwrap_or_else(|e| panic!("no frame #{id}: {e}"));
        frame.enter_frame().await.expect("enter the frame");
    }
}

/// The mock login page's buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginChoice {
    /// "Sign in".
    Allow,
    /// "Deny".
    Deny,
}

/// Runs one end-to-end test with its own servers and browser; always closes the browser.
/// Tests use it through [`crate::e2e!`].
pub async fn run<F>(setup: impl Into<Setup>, test: F)
where
    F: for<'a> FnOnce(&'a Harness) -> futures::future::BoxFuture<'a, ()>,
{
    let harness = Harness::start(setup.into()).await;
    let outcome = std::panic::AssertUnwindSafe(test(&harness)).catch_unwind().await;
    harness.close().await;
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}
