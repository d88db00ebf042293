//! `fetch`: the authenticated transport, `config.json`, and the agent's language.

pub mod catalog;
pub mod config;
pub mod http;
