//! Why a load fails.

use crate::host::handshake::HandshakeError;

/// Why a load failed. Each message says what happened and what the person can do.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("The interactions service is rate-limiting requests and asked to wait {seconds} s, longer than the widget waits. Try again in a few minutes.")]
    RateLimitTooLong { seconds: u64 },
    #[error("The interactions service kept rate-limiting requests ({attempts} tries). Try again in a minute.")]
    RateLimited { attempts: u32 },
    #[error("Your sign-in was not accepted, even with a fresh token. Reload Genesys Cloud and try again.")]
    Unauthorized,
    #[error("A fresh sign-in token could not be had: {0}")]
    Renewal(HandshakeError),
    #[error("You do not have permission to see interactions. Ask an admin to grant the interaction:read permission.")]
    Forbidden,
    #[error("You do not have permission to see your conversations. Ask an admin to grant analytics:conversationDetail:view or analytics:agentConversationDetail:view.")]
    AnalyticsForbidden,
    #[error("The interactions service is failing (HTTP {status}, {attempts} tries). Try again shortly.")]
    Server { status: u16, attempts: u32 },
    #[error(
        "The interactions service could not be reached ({attempts} tries): {message}. Check the network connection."
    )]
    Network { message: String, attempts: u32 },
    #[error("The interactions service answered HTTP {status}, which the widget does not expect. An admin should check apiBase in config.json.")]
    Unexpected { status: u16 },
    #[error("The interactions service sent data the widget cannot read: {0}.")]
    BadPage(PageError),
    #[error("The list was stopped after {0} pages, the most one load may take.")]
    TooManyPages(u32),
    /// A bug, not a bad answer: a source with nothing more to ask that is not done.
    #[error("The load stopped without finishing. Reload to try again.")]
    Stalled,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error("the response is not the expected interactions page: {0}")]
    NotAPage(String),
    #[error("the response has no \"entities\" list")]
    NoEntities,
    #[error("the next-page link points to another site ({0}), so it was not followed")]
    ForeignNextUri(String),
    #[error("the next-page link \"{0}\" is not a path or URL the widget can follow")]
    BadNextUri(String),
}
