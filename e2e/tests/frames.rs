//! End-to-end checks of many frames, one agent (CONTRACT §10): the dev host frames several
//! widgets side by side in one tab, as Genesys Cloud runs Interaction Widgets beside the
//! standalone app.

use crm_e2e::crm_devserver::{AuthMode, LoginFaults, Scenario};
use crm_e2e::paths::{AUTHORIZE, TOKEN};
use crm_e2e::{e2e, scenarios, State, LOAD};

/// The Genesys sign-in, with the agent signed in to Genesys Cloud already.
fn signed_in(total: usize) -> Scenario {
    Scenario {
        auth: AuthMode::SignIn,
        login: LoginFaults { signed_in: true, ..LoginFaults::default() },
        ..scenarios::genesys(total)
    }
}

// Found from outside: four frames of one tab signing in at once ended in the error state. Each
// frame's return from the login service read every `crm-signin:<state>` entry of the tab's
// shared sessionStorage and removed them all, so the frames that came back after it found no
// entry for their own state ("a state this tab did not save"), and a frame that started while
// another was away took that frame's entry for its own unanswered trip.
e2e!(four_frames_signing_in_at_once_in_one_tab_all_end_ready, signed_in(60), |h| {
    h.open_frames("?frames=4").await;
    for i in 0..4 {
        h.enter_frame(i).await;
        let state = h.widget().wait_state(&[State::Ready, State::Error], LOAD).await;
        let alert = h.widget().alert().await;
        assert_eq!(state, State::Ready, "frame {}: {alert:?}", i + 1);
    }
    assert!(!h.requests(TOKEN).is_empty() && !h.requests(AUTHORIZE).is_empty());
});
