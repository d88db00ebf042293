//! User-facing strings. English only for now; every string the UI shows comes from here so
//! that translations slot in without touching the components.

use crm_core::page::Kind;
use crm_core::text::group_thousands;

/// The language the UI is shown in (the root's `lang` attribute).
pub const LANG: &str = "en";

pub const TITLE: &str = "Interactions";
pub const RETRY: &str = "Retry";
pub const REFRESH: &str = "Refresh";
pub const REFRESH_LABEL: &str = "Reload the interactions from the start";
pub const CONNECTING: &str = "Connecting to Genesys Cloud…";
pub const EMPTY: &str = "No interactions yet. New conversations will appear here.";
pub const UNKNOWN_CONTACT: &str = "Unknown contact";
pub const LIST_LABEL: &str = "Interactions";

pub fn count(n: u64) -> String {
    group_thousands(n, ',')
}

/// The progress line.
pub fn progress(loaded: usize, total: Option<u64>, loading: bool) -> String {
    let loaded = loaded as u64;
    match (loading, total) {
        (true, Some(total)) => format!("Loaded {} of {}", count(loaded), count(total.max(loaded))),
        (true, None) if loaded == 0 => "Loading…".to_owned(),
        (true, None) => format!("Loaded {}…", count(loaded)),
        (false, _) if loaded == 1 => "1 interaction".to_owned(),
        (false, _) => format!("{} interactions", count(loaded)),
    }
}

pub fn kind_label(kind: &Kind) -> String {
    match kind {
        Kind::Call => "Call".into(),
        Kind::Callback => "Callback".into(),
        Kind::Chat => "Chat".into(),
        Kind::Email => "Email".into(),
        Kind::Message => "Message".into(),
        Kind::Other(s) if s.is_empty() => "Interaction".into(),
        Kind::Other(s) => s.clone(),
    }
}

pub fn queue_label(queue: &str) -> String {
    format!("Queue: {queue}")
}

/// The line shown while a load waits.
pub fn pause_text(pause: crm_core::list::Pause, seconds_left: u64) -> String {
    use crm_core::list::Pause;
    match pause {
        Pause::RateLimited { .. } => format!("The service is busy (rate limit). Retrying in {seconds_left} s…"),
        Pause::Retrying { .. } => format!("The service did not answer. Retrying in {seconds_left} s…"),
        Pause::Offline => "You are offline. The list will continue when the connection is back.".to_owned(),
    }
}
