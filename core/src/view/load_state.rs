//! The list's load as the widget shows it: the state behind `data-state`, and why it waits.

use crate::error::WidgetError;
use crate::session::Pause;

/// The widget's visible state (CONTRACT §5 `data-state`).
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// Starting up: reading config, asking the host for a token.
    Handshake,
    /// Pages are still coming (rows may already be shown).
    Loading,
    /// All pages are in and there is at least one row.
    Ready,
    /// All pages are in and there are no rows.
    Empty,
    /// Something went wrong; rows already received stay shown.
    Failed(WidgetError),
}

impl Phase {
    pub fn name(&self) -> &'static str {
        match self {
            Phase::Handshake => "handshake",
            Phase::Loading => "loading",
            Phase::Ready => "ready",
            Phase::Empty => "empty",
            Phase::Failed(_) => "error",
        }
    }
}

/// The load's phase, and its pause while it waits.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadState {
    pub phase: Phase,
    pub pause: Option<Pause>,
}

impl Default for LoadState {
    fn default() -> LoadState {
        LoadState { phase: Phase::Handshake, pause: None }
    }
}

impl LoadState {
    /// Back to the handshake (start-up runs again).
    pub fn handshake(&mut self) {
        *self = LoadState::default();
    }

    /// A load runs (a new one, or one resumed).
    pub fn loading(&mut self) {
        *self = LoadState { phase: Phase::Loading, pause: None };
    }

    /// The last page is in: ready, or empty when no row came.
    pub fn finish(&mut self, loaded: usize) {
        *self = LoadState { phase: if loaded == 0 { Phase::Empty } else { Phase::Ready }, pause: None };
    }

    /// The load failed; an error ends any pause.
    pub fn fail(&mut self, error: WidgetError) {
        *self = LoadState { phase: Phase::Failed(error), pause: None };
    }

    pub fn error(&self) -> Option<&WidgetError> {
        match &self.phase {
            Phase::Failed(e) => Some(e),
            _ => None,
        }
    }

    /// Whether pages are still expected.
    pub fn is_loading(&self) -> bool {
        self.phase == Phase::Loading
    }
}

/// How long start-up may keep the widget unbuilt while the host (or another frame) is asked for
/// a token: past this, the agent sees "Connecting…".
pub const BUILD_WAIT_MS: u64 = 100;

/// Whether to build the widget now. Start-up builds it once the first request has gone out
/// (`phase` is no longer [`Phase::Handshake`]), so that its building and first layout overlap
/// that request's round trip instead of delaying the host's answer; at once when there is
/// something to show while the token is awaited (`prompting`: a sign-in prompt); and, whatever
/// happens, once [`BUILD_WAIT_MS`] have passed since start-up began (`waited_ms`).
pub fn build_due(phase: &Phase, prompting: bool, waited_ms: u64) -> bool {
    *phase != Phase::Handshake || prompting || waited_ms >= BUILD_WAIT_MS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::LoadError;

    #[test]
    fn phases_follow_the_load() {
        let mut s = LoadState::default();
        assert_eq!(s.phase.name(), "handshake");
        s.loading();
        assert_eq!(s.phase.name(), "loading");
        s.pause = Some(Pause::Offline);
        s.finish(3);
        assert_eq!((s.phase.name(), s.pause), ("ready", None));
        s.finish(0);
        assert_eq!(s.phase, Phase::Empty);
        s.pause = Some(Pause::Offline);
        s.fail(WidgetError::Load(LoadError::Forbidden));
        assert_eq!((s.phase.name(), s.pause), ("error", None), "an error ends the pause");
        assert!(s.error().is_some());
        s.handshake();
        assert_eq!(s, LoadState::default());
    }

    #[test]
    fn pauses_count_down() {
        let p = Pause::RateLimited { until_ms: 10_500 };
        assert_eq!(p.seconds_left(8_000), 3);
        assert_eq!(p.seconds_left(10_500), 0);
        assert_eq!(p.seconds_left(99_000), 0);
        assert_eq!(Pause::Offline.seconds_left(0), 0);
    }

    #[test]
    fn the_widget_is_built_once_the_first_request_is_out_or_something_must_show() {
        assert!(!build_due(&Phase::Handshake, false, 0), "the token is awaited: not yet");
        assert!(!build_due(&Phase::Handshake, false, BUILD_WAIT_MS - 1));
        assert!(build_due(&Phase::Handshake, false, BUILD_WAIT_MS), "a slow host: Connecting…");
        assert!(build_due(&Phase::Handshake, true, 0), "a sign-in prompt shows at once");
        assert!(build_due(&Phase::Loading, false, 0), "the first request is out");
        assert!(build_due(&Phase::Failed(WidgetError::Load(LoadError::Forbidden)), false, 0), "an error shows at once");
    }
}
