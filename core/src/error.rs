//! Every way the widget can end up in its error state.

use crate::auth::signin::SignInError;
use crate::host::handshake::HandshakeError;
use crate::source::LoadError;
use crate::startup::config::ConfigError;
use crate::startup::StartupError;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WidgetError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Startup(#[from] StartupError),
    #[error(transparent)]
    Handshake(#[from] HandshakeError),
    #[error(transparent)]
    SignIn(#[from] SignInError),
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("The widget stopped because of an internal error: {0}. Reload to try again.")]
    Internal(String),
}

impl WidgetError {
    /// Whether `Retry` can pick the load up where it stopped (rows kept, no refetch), rather
    /// than starting over from the configuration.
    pub fn is_resumable(&self) -> bool {
        matches!(self, WidgetError::Load(_))
    }
}
