//! The `fetch` transport for the contract's REST API.

use crm_core::handshake::Token;
use crm_core::loader::Outcome;
use crm_core::page::RawPage;
use gloo_net::http::Request;
use web_sys::AbortSignal;

use super::config_source::parse_json;
use crate::sources::{LocalFuture, Transport};

/// GETs pages with `fetch`. Only 2xx bodies are read.
#[derive(Debug, Default, Clone, Copy)]
pub struct FetchTransport;

impl Transport for FetchTransport {
    fn get<'a>(&'a self, url: &'a str, token: &'a Token, signal: &'a AbortSignal) -> LocalFuture<'a, Outcome> {
        Box::pin(async move {
            let request = Request::get(url)
                .header("Authorization", &format!("Bearer {}", token.expose()))
                .header("Accept", "application/json")
                .abort_signal(Some(signal));
            let response = match request.send().await {
                Ok(r) => r,
                Err(e) => return Outcome::Network { message: network_message(&e) },
            };
            let status = response.status();
            let retry_after = response.headers().get("retry-after");
            let body = if (200..300).contains(&status) {
                Some(match response.text().await {
                    Ok(text) => parse_json::<RawPage>(&text),
                    Err(e) => Err(format!("the body could not be read ({})", network_message(&e))),
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
