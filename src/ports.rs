//! The widget's replaceable parts.
//!
//! Tokens come from the host frame over `postMessage` ([`crate::auth::host_token`], CONTRACT
//! §3) or from the Genesys sign-in ([`crate::auth::signin`], CONTRACT §6); requests (for
//! CONTRACT §4's pages, the Genesys APIs of §7, the Notifications requests of §9) go out over
//! `fetch` ([`crate::fetch::http`]). Each implements one trait and is handed to the
//! [`crate::session::Controller`]; nothing else changes.

use std::future::Future;
use std::pin::Pin;

use crm_core::auth::Token;
use crm_core::net::{Body, Outcome, Request};
use crm_core::WidgetError;
use web_sys::AbortSignal;

pub type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Where bearer tokens come from.
pub trait TokenSource {
    /// A token that is valid now as far as is known: the current one, or a fresh one when
    /// there is none yet or it is about to expire.
    fn token(&self) -> LocalFuture<'_, Result<Token, WidgetError>>;
    /// A fresh token, because the API refused the current one. Single-flight: concurrent
    /// calls share one request to the issuer.
    fn renew(&self) -> LocalFuture<'_, Result<Token, WidgetError>>;
    /// The API accepted the current token (a 2xx answer). A sign-in uses it to tell a token
    /// that stopped working from one that never worked.
    fn accepted(&self) {}
    /// When the current token should no longer be used (epoch ms), when that is known: its
    /// renewal time, ahead of its expiry. Live updates renew before reconnecting past it.
    fn expires_at_ms(&self) -> Option<u64>;
}

/// A 2xx body as text, read with the browser's JSON parser when the source asks for it.
#[derive(Debug, Clone)]
pub struct JsonText(pub String);

impl Body for JsonText {
    fn json(self) -> Result<crm_core::util::json::Json, crm_core::util::json::ReadError> {
        crate::platform::js_value::json_tree(&self.0)
    }
}

/// How an authenticated request goes out and what came back.
pub trait Transport {
    /// Sends `request` with the bearer token; `signal` aborts it.
    fn send<'a>(
        &'a self,
        request: &'a Request,
        token: &'a Token,
        signal: &'a AbortSignal,
    ) -> LocalFuture<'a, Outcome<JsonText>>;
}
