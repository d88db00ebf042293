//! L2: from `config.json` and the iframe URL to a session, or a clear error.

pub mod config;
pub mod resolve;

pub use config::{Config, ConfigError, DataSource, RawConfig};
pub use resolve::{resolve, QueryParams, Session, SignIn, StartupError, Theme};
