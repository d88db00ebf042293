//! The `fetch` transport: GETs and JSON POSTs with the bearer token.

use crm_core::auth::Token;
use crm_core::net::retry::{classify, Class};
use crm_core::net::{Method, Outcome, Request};
use crm_core::util::json::ReadError;
use gloo_net::http::RequestBuilder;
use web_sys::AbortSignal;

use crate::ports::{JsonText, LocalFuture, Transport};

/// Sends requests with `fetch`. Only 2xx bodies are read.
#[derive(Debug, Default, Clone, Copy)]
pub struct FetchTransport;

impl Transport for FetchTransport {
    fn send<'a>(
        &'a self,
        request: &'a Request,
        token: &'a Token,
        signal: &'a AbortSignal,
    ) -> LocalFuture<'a, Outcome<JsonText>> {
        Box::pin(async move {
            let method = match request.method {
                Method::Get => gloo_net::http::Method::GET,
                Method::Post => gloo_net::http::Method::POST,
                Method::Put => gloo_net::http::Method::PUT,
            };
            let builder = RequestBuilder::new(&request.url)
                .method(method)
                .header("Authorization", &format!("Bearer {}", token.expose()))
                .header("Accept", "application/json")
                .abort_signal(Some(signal));
            let sent = match &request.body {
                Some(body) => match builder.header("Content-Type", "application/json").body(body.as_str()) {
                    Ok(r) => r.send().await,
                    Err(e) => Err(e),
                },
                None => builder.send().await,
            };
            let response = match sent {
                Ok(r) => r,
                Err(e) => return Outcome::Network { message: network_message(&e) },
            };
            let status = response.status();
            let retry_after = response.headers().get("retry-after");
            let body = if classify(status) == Class::Success {
                Some(match response.text().await {
                    Ok(text) => Ok(JsonText(text)),
                    Err(_) => Err(ReadError::UNRECEIVED),
                })
            } else {
                None
            };
            Outcome::Response { status, retry_after, body }
        })
    }
}

/// The browser says little about failed fetches (by design); keep what it says short.
/// `gloo_net::Error`'s own `Display` is not used: it links serde_json's error texts.
pub fn network_message(e: &gloo_net::Error) -> String {
    match e {
        gloo_net::Error::JsError(js) => js.message.clone(),
        gloo_net::Error::GlooError(message) => message.clone(),
        gloo_net::Error::SerdeError(_) => "the body is not valid JSON".to_owned(),
    }
}
