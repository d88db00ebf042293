//! What the browser tests share: running JS in the test page, waiting (a sleep, a condition,
//! a rendered frame), the page's own origin, and a `fetch` stand-in that records requests.
//!
//! Each test file that needs it says `mod support;`; a file uses only part of it.
#![allow(dead_code)]

use crm_core::net::origin::Origin;
use wasm_bindgen::JsValue;

/// Runs `body`, the body of a JS function, in the test page and gives back what it returns.
pub fn js(body: &str) -> JsValue {
    js_sys::Function::new_no_args(body).call0(&JsValue::NULL).unwrap()
}

/// Runs `body` as the body of an async JS function and waits for what it returns.
pub async fn js_async(body: &str) -> JsValue {
    let promise: js_sys::Promise = js(&format!("return (async () => {{ {body} }})();")).into();
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap()
}

pub async fn sleep(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

/// Lets Leptos apply the DOM updates of the signals just written.
pub async fn tick() {
    leptos::task::tick().await;
}

/// Lets the browser lay out and run `requestAnimationFrame` callbacks (measuring, focus),
/// then Leptos apply what they changed.
pub async fn frame() {
    sleep(50).await;
    tick().await;
}

/// Waits up to 3 s for `ok`; panics naming `what` if it never holds.
pub async fn until(what: &str, ok: impl Fn() -> bool) {
    for _ in 0..300 {
        if ok() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for: {what}");
}

/// The test page's own origin (in the test page the window is its own parent).
pub fn own_origin() -> Origin {
    Origin::parse(&leptos::prelude::window().location().origin().unwrap()).unwrap()
}

/// Replaces the page's `fetch`: every request is recorded (see [`requests`]) and answered with
/// `answer`, a JS expression for a `Response` or a promise of one, evaluated for each request.
/// The record is made before the answer, so a request that is never answered is recorded too.
pub fn serve_fetch(answer: &str) {
    js(&format!(
        r#"
        window.__requests = [];
        window.fetch = async (input, init) => {{
            const request = new Request(input, init);
            const record = {{
                method: request.method, url: request.url, body: null,
                contentType: request.headers.get('content-type'), authorization: request.headers.get('authorization'),
            }};
            window.__requests.push(record);
            record.body = await request.text();
            return {answer};
        }};
        return null;
        "#
    ));
}

/// A JS expression for a `Response` with `status` and a JSON `body`, for [`serve_fetch`].
pub fn json_response(status: u16, body: &str) -> String {
    format!("new Response({body:?}, {{ status: {status}, headers: {{ 'content-type': 'application/json' }} }})")
}

/// A request the [`serve_fetch`] stand-in received.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub method: String,
    pub url: String,
    /// Read after the request was recorded: `None` until then.
    pub body: Option<String>,
    pub content_type: Option<String>,
    pub authorization: Option<String>,
}

/// The requests `fetch` received since [`serve_fetch`], oldest first.
pub fn requests() -> Vec<Recorded> {
    let list = js("return (window.__requests || []).slice()");
    js_sys::Array::from(&list)
        .iter()
        .map(|r| {
            let get = |key: &str| js_sys::Reflect::get(&r, &key.into()).unwrap().as_string();
            Recorded {
                method: get("method").unwrap_or_default(),
                url: get("url").unwrap_or_default(),
                body: get("body"),
                content_type: get("contentType"),
                authorization: get("authorization"),
            }
        })
        .collect()
}
