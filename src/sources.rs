//! The widget's two replaceable parts.
//!
//! Today the token comes from the host frame over `postMessage` ([`crate::shell::host_token`])
//! and pages come from the contract's REST API over `fetch` ([`crate::shell::http`]). A Genesys
//! OAuth (PKCE) token source, or a transport for another API, implements the same trait and
//! is handed to [`crate::shell::controller::Controller`]; nothing else changes.

use std::future::Future;
use std::pin::Pin;

use crm_core::handshake::{HandshakeError, Token};
use crm_core::loader::Outcome;
use web_sys::AbortSignal;

pub type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Where bearer tokens come from.
pub trait TokenSource {
    /// A token that is valid now as far as is known: the current one, or a fresh one when
    /// there is none yet or it is about to expire.
    fn token(&self) -> LocalFuture<'_, Result<Token, HandshakeError>>;
    /// A fresh token, because the API refused the current one. Single-flight: concurrent
    /// calls share one request to the issuer.
    fn renew(&self) -> LocalFuture<'_, Result<Token, HandshakeError>>;
}

/// How an authenticated GET goes out and what came back.
pub trait Transport {
    /// GETs `url` with the bearer token; `signal` aborts it.
    fn get<'a>(&'a self, url: &'a str, token: &'a Token, signal: &'a AbortSignal) -> LocalFuture<'a, Outcome>;
}
