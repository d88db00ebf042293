//! The wasm floor (#20): the plain-JS baseline's work (`e2e/baseline/baseline.js`) in Rust
//! through wasm-bindgen and web-sys, with as little code as can do it, loaded as the widget is
//! (module preload, wasm preload, `config.json` fetched from `<head>`). The benchmark runs it in
//! the widget's place (`scripts/floor`): what a wasm widget's start costs before any code of its
//! own. It marks the widget's User Timing names at the same moments as the baseline.
//!
//! Left out, as the benchmark has no faults: the baseline's retries (429, 5xx, a 401's renewal)
//! and `nextUri`. An answer that is not a page, or any error, ends in the error state.
use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Document, Element, MessageEvent, RequestInit, Response, Window};

fn win() -> Window {
    web_sys::window().unwrap()
}
fn doc() -> Document {
    win().document().unwrap()
}
fn mark(name: &str) {
    let _ = win().performance().unwrap().mark(name);
}
fn once(name: &str) {
    if win().performance().unwrap().get_entries_by_name(name).length() == 0 {
        mark(name);
    }
}
fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}
fn raf(name: &'static str) {
    let f = Closure::once_into_js(move || mark(name));
    let _ = win().request_animation_frame(f.unchecked_ref());
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(thread_local_v2, js_name = __floorConfig)]
    static CONFIG: Promise;
}

struct Shake {
    host: String,
    asked: u32,
    answer: Option<Function>,
}

#[wasm_bindgen(start)]
pub fn start() {
    mark("crm:start");
    spawn_local(async {
        if let Err(e) = main().await {
            let root = doc().get_element_by_id("crm-widget").unwrap();
            let _ = root.set_attribute("data-state", "error");
            let p = doc().create_element("p").unwrap();
            let _ = p.set_attribute("role", "alert");
            p.set_text_content(Some(&e.as_string().unwrap_or_else(|| format!("{e:?}"))));
            let _ = root.append_child(&p);
        }
    });
}

async fn main() -> Result<(), JsValue> {
    // Made first, while config.json is on its way (as the baseline's, at its script's start).
    let when = js_sys::Intl::DateTimeFormat::new(&Array::of1(&"en".into()), &{
        let o = Object::new();
        let _ = Reflect::set(&o, &"dateStyle".into(), &"short".into());
        let _ = Reflect::set(&o, &"timeStyle".into(), &"short".into());
        o
    });
    let r: Response = CONFIG.with(|c| JsFuture::from(c.clone())).await?.dyn_into()?;
    let cfg = if r.status() == 404 { Object::new().into() } else { JsFuture::from(r.json()?).await? };
    mark("crm:config");
    let q = web_sys::UrlSearchParams::new_with_str(&win().location().search()?)?;
    let host = q.get("gcHostOrigin").unwrap_or_default();
    let trusted: Array = get(&cfg, "trustedHostOrigins").dyn_into().unwrap_or_default();
    if !trusted.includes(&JsValue::from_str(&host), 0) {
        return Err(JsValue::from_str(&format!("This page is not framed by a trusted host: {host}")));
    }
    let api_base = get(&cfg, "apiBase").as_string().unwrap_or_else(|| host.replace("//apps.", "//api."));
    let api = web_sys::Url::new(&api_base)?;
    let first = format!(
        "{}{}/api/v2/interactions?pageSize={}",
        api.origin(),
        api.pathname().trim_end_matches('/'),
        get(&cfg, "pageSize").as_f64().unwrap_or(100.0)
    );
    let shake = Rc::new(RefCell::new(Shake { host: host.clone(), asked: 0, answer: None }));
    let s = shake.clone();
    let listener = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let s = s.borrow();
        let parent = win().parent().ok().flatten().map(JsValue::from);
        if e.origin() != s.host || e.source().map(JsValue::from) != parent {
            return;
        }
        let m = e.data();
        if get(&m, "type").as_string().as_deref() == Some("appfoundry.token")
            && get(&m, "requestId").as_string() == Some(format!("r-{}", s.asked))
        {
            if let (Some(ok), Some(jwt)) = (&s.answer, get(&m, "jwt").as_string()) {
                let _ = ok.call1(&JsValue::NULL, &JsValue::from_str(&jwt));
            }
        }
    });
    win().add_event_listener_with_callback("message", listener.as_ref().unchecked_ref())?;
    listener.forget();
    let got = Promise::new(&mut |ok, _| {
        let mut s = shake.borrow_mut();
        s.answer = Some(ok);
        s.asked += 1;
        let m = Object::new();
        let _ = Reflect::set(&m, &"type".into(), &"appfoundry.handshake".into());
        let _ = Reflect::set(&m, &"requestId".into(), &format!("r-{}", s.asked).into());
        let _ = Reflect::set(&m, &"protocol".into(), &1.into());
        let _ = win().parent().unwrap().unwrap().post_message(&m, &s.host);
        once("crm:token-asked");
    });
    let token = JsFuture::from(got).await?.as_string().unwrap_or_default();
    let root = doc().get_element_by_id("crm-widget").unwrap();
    let list = doc().get_element_by_id("list").unwrap();
    root.set_attribute("data-state", "loading")?;
    let auth = format!("Bearer {token}");
    // The request goes out at once (as the baseline's `fetch`), its answer is read when awaited.
    let send = |url: &str| -> JsFuture {
        once("crm:first-request");
        let headers = Object::new();
        let _ = Reflect::set(&headers, &"Authorization".into(), &auth.as_str().into());
        let _ = Reflect::set(&headers, &"Accept".into(), &"application/json".into());
        let init = RequestInit::new();
        init.set_headers(&headers);
        JsFuture::from(win().fetch_with_str_and_init(url, &init))
    };
    let read = |sent: JsFuture| async move {
        let r: Response = sent.await?.dyn_into()?;
        let text = JsFuture::from(r.text()?).await?;
        once("crm:first-answer");
        if !r.ok() {
            return Err(JsValue::from_str(&format!("The API answered {}", r.status())));
        }
        JSON::parse(&text.as_string().unwrap_or_default())
    };
    let format = when.format();
    let (mut loaded, mut shown) = (0u32, false);
    let mut body = read(send(&first)).await?;
    loop {
        let entities: Array = get(&body, "entities").dyn_into().map_err(|_| JsValue::from_str("not a page"))?;
        let next = get(&body, "nextPage")
            .as_string()
            .map(|n| format!("{first}&nextPage={}", String::from(js_sys::encode_uri_component(&n))));
        let pending = next.map(|n| send(&n));
        let frag = doc().create_document_fragment();
        for e in entities.iter() {
            let li = doc().create_element("li")?;
            li.set_attribute("data-interaction-id", &get(&e, "id").as_string().unwrap_or_default())?;
            let to = get(&e, "to");
            let name = get(&to, "name").as_string().or_else(|| get(&to, "address").as_string());
            let b = el("b", name.as_deref().unwrap_or("—"))?;
            let i = el("i", &get(&e, "type").as_string().unwrap_or_default())?;
            let t = doc().create_element("time")?;
            let ms = js_sys::Date::parse(&get(&e, "startTime").as_string().unwrap_or_default());
            if ms.is_finite() {
                t.set_text_content(format.call1(&when, &ms.into())?.as_string().as_deref());
            }
            li.append_with_node_3(&b, &i, &t)?;
            frag.append_child(&li)?;
        }
        list.append_child(&frag)?;
        loaded += entities.length();
        root.set_attribute("data-loaded", &loaded.to_string())?;
        if let Some(n) = get(&body, "totalCount").as_f64() {
            root.set_attribute("data-total", &n.to_string())?;
        }
        if loaded > 0 && !shown {
            raf("crm:first-row");
        }
        shown = loaded > 0;
        match pending {
            Some(p) => body = read(p).await?,
            None => break,
        }
    }
    root.set_attribute("data-state", if loaded > 0 { "ready" } else { "empty" })?;
    raf("crm:ready");
    Ok(())
}

fn el(tag: &str, text: &str) -> Result<Element, JsValue> {
    let e = doc().create_element(tag)?;
    e.set_text_content(Some(text));
    Ok(e)
}

/// Never called: only there to make the wasm as large as the widget's (feature `padded`).
#[cfg(feature = "padded")]
#[wasm_bindgen]
pub fn padding(pattern: &str, text: &str) -> bool {
    regex::Regex::new(pattern).is_ok_and(|r| r.is_match(text))
}
