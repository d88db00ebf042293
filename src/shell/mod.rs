//! The imperative shell: browser I/O that carries out what `crm_core` decides.

pub mod browser;
pub mod catalog_source;
pub mod config_source;
pub mod controller;
pub mod host_token;
pub mod http;
pub mod js_value;
pub mod lifecycle;
pub mod live;
pub mod panic;
pub mod signin;
pub mod time;
