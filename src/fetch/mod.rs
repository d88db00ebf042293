//! `fetch`: the authenticated transport and how requests go out with the core's rules,
//! `config.json`, and the agent's language.

pub mod prefetch;

pub mod catalog;
pub mod config;
pub mod http;
pub mod requests;
