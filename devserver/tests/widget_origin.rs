//! The widget's origin over real HTTP: the built widget at `/`, the plain-JS baseline at
//! `/baseline/`, and the same dev `config.json` beside each.

use std::path::PathBuf;

use crm_devserver::{DevServer, Options, Scenario};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// One `GET`, `Connection: close`: the status, the lowercased head and the body.
async fn get(origin: &str, path: &str) -> (u16, String, String) {
    let addr = origin.strip_prefix("http://").expect("an http origin");
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.expect("read");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").expect("a head and a body");
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).expect("a status");
    (status, head.to_ascii_lowercase(), body.to_owned())
}

/// A dist/ of one index.html, in a fresh temporary directory.
fn fake_dist(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crm-devserver-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary dist/");
    std::fs::write(dir.join("index.html"), "<!DOCTYPE html><title>the widget</title>").expect("index.html");
    dir
}

fn baseline() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../e2e/baseline")
}

#[tokio::test]
async fn the_baseline_is_served_beside_the_widget_with_the_same_config() {
    let dist = fake_dist("baseline");
    let mut options = Options::ephemeral(dist.clone());
    options.baseline = Some(baseline());
    options.scenario = Scenario { page_size: Some(50), ..Scenario::default() };
    options.widget_headers = vec![("X-Test".into(), "on every file".into())];
    let server = DevServer::start(options).await.expect("the servers start");
    let widget = server.origins().widget.clone();

    let (status, _, body) = get(&widget, "/").await;
    assert_eq!((status, body.contains("the widget")), (200, true), "the widget's index.html: {body}");
    let (status, head, body) = get(&widget, "/baseline/").await;
    assert_eq!(status, 200, "{head}");
    assert!(body.contains("baseline.js") && body.contains("id=\"crm-widget\""), "{body}");
    assert!(head.contains("x-test: on every file") && head.contains("cache-control: no-store"), "{head}");
    for (file, kind) in [("baseline.js", "javascript"), ("baseline.css", "text/css")] {
        let (status, head, _) = get(&widget, &format!("/baseline/{file}")).await;
        assert_eq!(status, 200, "{file}");
        assert!(head.contains(kind), "{file}: {head}");
    }
    let (_, _, own) = get(&widget, "/config.json").await;
    let (status, head, theirs) = get(&widget, "/baseline/config.json").await;
    assert_eq!(status, 200);
    assert!(head.contains("application/json"), "{head}");
    assert_eq!(own, theirs, "one config for both");
    let config: Value = serde_json::from_str(&theirs).expect("JSON");
    assert_eq!(config["apiBase"], server.origins().api.as_str());
    assert_eq!(config["trustedHostOrigins"][0], server.origins().host.as_str());
    assert_eq!(config["pageSize"], 50);
    let _removed = std::fs::remove_dir_all(dist);
}

#[tokio::test]
async fn without_a_baseline_its_path_is_the_widgets_404() {
    let dist = fake_dist("no-baseline");
    let server = DevServer::start(Options::ephemeral(dist.clone())).await.expect("the servers start");
    let (status, _, _) = get(&server.origins().widget, "/baseline/baseline.js").await;
    assert_eq!(status, 404);
    let _removed = std::fs::remove_dir_all(dist);
}
