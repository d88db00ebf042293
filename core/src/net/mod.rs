//! L1: talking to services, without knowing what they hold: origins and regions, base URLs,
//! the paths, HTTP requests and outcomes, and the retry rules every request meets.

pub mod base_url;
pub mod http;
pub mod origin;
pub mod paths;
pub mod regions;
pub mod retry;

pub use base_url::BaseUrl;
pub use http::{Body, Method, Outcome, Request};
pub use origin::{Origin, OriginError};
