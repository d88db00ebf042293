//! End-to-end checks of many frames, one agent (CONTRACT §10): the dev host frames several
//! widgets side by side in one tab, as Genesys Cloud runs Interaction Widgets beside the
//! standalone app.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use crm_e2e::crm_devserver::{AuthMode, Counts, LiveFault, LoginFaults, Scenario};
use crm_e2e::paths::{AUTHORIZE, CHANNELS, DETAILS_QUERY, TOKEN};
use crm_e2e::{e2e, scenarios, wait_until, Action, Harness, LiveStatus, LoginChoice, State, LOAD};
use serde_json::{json, Value};

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

/// The conversations most tests use: three pages of 100 (CONTRACT §7.2).
const TOTAL: usize = 250;
/// The widget's default `pageSize`.
const PAGE_SIZE: usize = 100;
/// The frames of `?frames=4`.
const FOUR: [usize; 4] = [0, 1, 2, 3];

/// The analytics pages one load of `total` conversations takes (§7.2: until `pageNumber ×
/// pageSize ≥ totalHits`).
fn pages(total: usize) -> u64 {
    total.div_ceil(PAGE_SIZE) as u64
}

/// What was asked between `before` and `after` (sockets open now: `after`'s).
fn since(before: Counts, after: Counts) -> Counts {
    Counts {
        authorizes: after.authorizes - before.authorizes,
        exchanges: after.exchanges - before.exchanges,
        users_me: after.users_me - before.users_me,
        analytics: after.analytics - before.analytics,
        channels: after.channels - before.channels,
        sockets_open: after.sockets_open,
        sockets_connected: after.sockets_connected - before.sockets_connected,
    }
}

/// How long the tests wait for what should not happen.
const SETTLE: Duration = Duration::from_secs(2);

/// Waits until each of `frames` is ready (not in error, which fails the test with its alert),
/// shows `rows` rows and says live updates are on.
async fn all_ready(h: &Harness, frames: &[usize], rows: usize) {
    for &i in frames {
        h.enter_frame(i).await;
        let w = h.widget();
        let state = w.wait_state(&[State::Ready, State::Error], LOAD).await;
        assert_eq!(state, State::Ready, "frame {}: {:?}; {:?}", i + 1, w.alert().await, h.server.counts());
        wait_until!(format!("frame {}: {rows} rows", i + 1), LOAD, w.loaded().await == rows);
        w.wait_live(LiveStatus::Live, LOAD).await;
    }
}

/// Opens the dev host with `query` (`?frames=N…`) and waits until every frame of `frames` is
/// ready with every row and live, then until nothing more is asked (names, the socket).
async fn open_ready(h: &Harness, query: &str, frames: &[usize]) {
    h.open_frames(query).await;
    all_ready(h, frames, TOTAL).await;
    settle(h).await;
}

/// Waits until the mock has been asked nothing new for a second (names, a late socket).
async fn settle(h: &Harness) {
    let mut last = h.server.counts();
    let mut quiet_since = Instant::now();
    let deadline = Instant::now() + LOAD;
    while quiet_since.elapsed() < Duration::from_secs(1) {
        assert!(Instant::now() < deadline, "the mock never went quiet: {last:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
        let now = h.server.counts();
        if now != last {
            (last, quiet_since) = (now, Instant::now());
        }
    }
}

/// Whether the current frame renders the row `id`.
async fn shows(h: &Harness, id: &str) -> bool {
    let script =
        format!("return !!document.querySelector('li[data-interaction-id=' + CSS.escape({}) + ']');", json!(id));
    h.js(&script).await == json!(true)
}

/// Waits until each of `frames` shows the row `id`; returns how long that took.
async fn wait_row_everywhere(h: &Harness, frames: &[usize], id: &str, within: Duration) -> Duration {
    let start = Instant::now();
    let mut left = frames.to_vec();
    loop {
        let mut still = Vec::new();
        for &i in &left {
            h.enter_frame(i).await;
            if !shows(h, id).await {
                still.push(i);
            }
        }
        left = still;
        if left.is_empty() {
            return start.elapsed();
        }
        let frames: Vec<usize> = left.iter().map(|i| i + 1).collect();
        assert!(start.elapsed() < within, "row {id} not in frames {frames:?} within {within:?}");
        tokio::time::sleep(Duration::from_millis(40)).await;
    }
}

/// Which of `frames` asked for `path` themselves (their own requests, as Resource Timing
/// lists them).
async fn asked_by(h: &Harness, frames: &[usize], path: &str) -> Vec<usize> {
    let mut asked = Vec::new();
    for &i in frames {
        h.enter_frame(i).await;
        let script = format!(
            "return performance.getEntriesByType('resource').some(e => new URL(e.name).pathname === {});",
            json!(path)
        );
        if h.js(&script).await == json!(true) {
            asked.push(i);
        }
    }
    asked
}

/// Which of `frames` created the session's channel: the holder that started live updates.
async fn channel_maker(h: &Harness, frames: &[usize]) -> usize {
    let makers = asked_by(h, frames, CHANNELS).await;
    assert_eq!(makers.len(), 1, "one frame made the channel: frames {makers:?}");
    makers[0]
}

/// Which of `frames` loaded the range: its lead.
async fn range_lead(h: &Harness, frames: &[usize]) -> usize {
    let leads = asked_by(h, frames, DETAILS_QUERY).await;
    assert_eq!(leads.len(), 1, "one frame loaded the range: frames {leads:?}");
    leads[0]
}

/// The id of the event the mock pushed.
fn id_of(event: &Value) -> String {
    event["id"].as_str().expect("an event id").to_owned()
}

/// In each of `frames`: `rows` rows, every one once (scrolled through).
async fn each_row_once(h: &Harness, frames: &[usize], rows: usize) {
    for &i in frames {
        enter_visible(h, i).await;
        let w = h.widget();
        assert_eq!(w.loaded().await, rows, "frame {}", i + 1);
        let ids: Vec<String> = w.every_row().await.into_iter().map(|r| r.id).collect();
        let unique: HashSet<&String> = ids.iter().collect();
        assert_eq!((ids.len(), unique.len()), (rows, rows), "frame {}: every row once", i + 1);
    }
}

/// Enters frame `index` scrolled into the host page's view: the browser runs no animation
/// frames in a frame out of view, and [`crm_e2e::Widget::every_row`] waits for them.
async fn enter_visible(h: &Harness, index: usize) {
    let id = if index == 0 { "widget".to_owned() } else { format!("widget-{}", index + 1) };
    h.in_host_page(&format!("document.getElementById({}).scrollIntoView(); return true;", json!(id))).await;
    h.enter_frame(index).await;
}

/// One frame on its own (`?frames=1`), ready and live: what it asked the mock for, and its
/// rows' ids (newest first).
async fn one_frame(h: &Harness) -> (Counts, Vec<String>) {
    open_ready(h, "?frames=1", &[0]).await;
    let ids = h.widget().every_row().await.into_iter().map(|r| r.id).collect();
    (h.server.counts(), ids)
}

e2e!(
    /// CONTRACT §10.1–3: four frames of one agent (the standalone app and three Interaction
    /// Widgets) sign in once, load once and listen on one connection: one authorize, one token
    /// exchange, one `users/me`, the analytics pages one frame alone asks for (measured first,
    /// in the same test), one channel and one socket. §10.4: each Interaction Widget still pins
    /// its own conversation.
    four_frames_sign_in_load_and_listen_once,
    signed_in(TOTAL),
    |h| {
        let (alone, ids) = one_frame(h).await;
        assert_eq!(
            (alone.authorizes, alone.exchanges, alone.users_me, alone.channels),
            (1, 1, 1, 1),
            "one frame alone: {alone:?}"
        );
        assert_eq!(alone.analytics, pages(TOTAL), "one frame alone asks each page once: {alone:?}");
        // Pinned conversations from each page of the list.
        let pinned = [ids[7].clone(), ids[150].clone(), ids[240].clone()];
        let before = h.server.counts();
        open_ready(h, &format!("?frames=4&conversations={}", pinned.join(",")), &FOUR).await;
        let four = since(before, h.server.counts());
        // One load and one connection (checked before the sign-in, so that a failure there
        // still says these held).
        let load = (four.users_me, four.analytics, four.channels, four.sockets_open, four.sockets_connected);
        assert_eq!(load, (1, alone.analytics, 1, 1, 1), "one users/me, one load, one channel, one socket: {four:?}");
        // The standalone frame pins nothing; each Interaction Widget its own conversation.
        h.enter_frame(0).await;
        let rows = h.widget().rows().await;
        assert!(rows.iter().all(|r| !r.current), "the standalone frame pins nothing");
        assert!(h.widget().card().await.is_none(), "the standalone frame has no current card");
        for (i, id) in pinned.iter().enumerate() {
            h.enter_frame(i + 1).await;
            let w = h.widget();
            let rows = w.rows().await;
            assert_eq!(rows[0].id, *id, "frame {}: its conversation first", i + 2);
            assert!(rows[0].current, "frame {}: {:?}", i + 2, rows[0]);
            assert_eq!(rows.iter().filter(|r| r.current).count(), 1, "frame {}", i + 2);
            let card = w.card().await.unwrap_or_else(|| panic!("frame {}: the current card", i + 2));
            assert_eq!(card.name, rows[0].name, "frame {}: {card:?}", i + 2);
        }
        // One sign-in round: the frames that came back from the login service say so in
        // their navigation's URL.
        let mut returned = Vec::new();
        for i in FOUR {
            h.enter_frame(i).await;
            let back = h.js("return performance.getEntriesByType('navigation').some(e => e.name.includes('code='));").await;
            if back == json!(true) {
                returned.push(i + 1);
            }
        }
        let rounds = (four.authorizes, four.exchanges);
        assert_eq!(rounds, (1, 1), "one authorize, one exchange: {four:?}; frames back from sign-in: {returned:?}");
    }
);

e2e!(
    /// CONTRACT §10.3: one connection serves every frame; an event reaches each of them (the
    /// bound here is two seconds, which includes polling four frames through WebDriver).
    a_pushed_event_reaches_all_four_frames,
    signed_in(TOTAL),
    |h| {
        open_ready(h, "?frames=4", &FOUR).await;
        let before = h.server.counts();
        let id = id_of(&h.server.live_new_conversation());
        let took = wait_row_everywhere(h, &FOUR, &id, Duration::from_secs(2)).await;
        eprintln!("the event reached four frames in {took:?}");
        for i in FOUR {
            h.enter_frame(i).await;
            assert_eq!(h.widget().loaded().await, TOTAL + 1, "frame {}: the new row once", i + 1);
        }
        tokio::time::sleep(SETTLE).await;
        assert_eq!(since(before, h.server.counts()).analytics, 0, "an event starts no load");
    }
);

/// The holder of four frames goes away by `script` (`{i}` is its index), then another frame
/// takes over within 5 s: no new sign-in, no new channel, `users/me` not asked again, one
/// socket; an event then reaches the remaining frames and no row is shown twice.
async fn holder_goes_and_another_takes_over(h: &Harness, script: &str) -> usize {
    open_ready(h, "?frames=4", &FOUR).await;
    let holder = channel_maker(h, &FOUR).await;
    let lead = range_lead(h, &FOUR).await;
    eprintln!("frame {} holds the session, frame {} leads the range", holder + 1, lead + 1);
    let before = h.server.counts();
    h.in_host_page(&script.replace("{i}", &holder.to_string())).await;
    let gone = Instant::now();
    wait_until!(
        format!("frame {} went: a new socket within 5 s ({:?})", holder + 1, since(before, h.server.counts())),
        Duration::from_secs(5),
        {
            let now = since(before, h.server.counts());
            now.sockets_connected >= 1 && now.sockets_open == 1
        }
    );
    eprintln!("frame {} went; a new socket {:?} later", holder + 1, gone.elapsed());
    let rest: Vec<usize> = FOUR.into_iter().filter(|i| *i != holder).collect();
    all_ready(h, &rest, TOTAL).await;
    settle(h).await;
    let after = since(before, h.server.counts());
    assert_eq!((after.authorizes, after.exchanges), (0, 0), "the token lives: no new sign-in: {after:?}");
    assert_eq!(after.channels, 0, "the same channel (CONTRACT §9.4): {after:?}");
    assert_eq!(after.users_me, 0, "users/me once per token: {after:?}");
    assert_eq!((after.sockets_open, after.sockets_connected), (1, 1), "one new socket: {after:?}");
    eprintln!("after the hand-over: {after:?}");
    let id = id_of(&h.server.live_new_conversation());
    wait_row_everywhere(h, &rest, &id, Duration::from_secs(2)).await;
    each_row_once(h, &rest, TOTAL + 1).await;
    holder
}

e2e!(
    /// CONTRACT §10.5: when the frame that holds the session (the one that made the channel)
    /// is closed, another takes over within 5 s: it keeps the token, reconnects to the same
    /// channel, and live updates go on with no row shown twice.
    closing_the_holder_hands_the_session_over,
    signed_in(TOTAL),
    |h| {
        holder_goes_and_another_takes_over(h, "window.devHost.close({i}); return true;").await;
    }
);

e2e!(
    /// CONTRACT §10.5 and §8: a `stop` lifecycle hook to the holder is like closing it: it says
    /// `stopped`, and another frame takes over as after a close.
    stopping_the_holder_hands_the_session_over,
    signed_in(TOTAL),
    |h| {
        let holder = holder_goes_and_another_takes_over(h, "window.devHost.stop({i}); return true;").await;
        let stopped = h.in_host_page("return window.devHost.clientApp.filter(m => m.action === 'stopped').map(m => m.frame);").await;
        assert_eq!(stopped, json!([holder]), "the stopped frame said so, and only it");
    }
);

e2e!(
    /// CONTRACT §9.2 and §9.4 with §10.3: `socket_closing` three times with four frames still
    /// leaves one channel and one socket (the holder's new socket replaces its old one; no
    /// other frame opens one), and events still reach every frame.
    socket_closing_three_times_keeps_one_channel_and_one_socket_for_four_frames,
    signed_in(TOTAL),
    |h| {
        open_ready(h, "?frames=4", &FOUR).await;
        let before = h.server.counts();
        for round in 1..=3 {
            h.server.live_fault(LiveFault::Closing);
            wait_until!(
                format!("a new socket in round {round}"),
                LOAD,
                since(before, h.server.counts()).sockets_connected >= round
            );
            wait_until!("one socket open", LOAD, h.server.counts().sockets_open == 1);
        }
        // The old sockets close within seconds; then only the new one is open.
        tokio::time::sleep(Duration::from_secs(4)).await;
        let after = since(before, h.server.counts());
        assert_eq!((after.channels, after.sockets_open), (0, 1), "still one channel, one socket: {after:?}");
        assert_eq!(after.sockets_connected, 3, "one new socket a round: {after:?}");
        assert_eq!(h.server.counts().channels, 1);
        let id = id_of(&h.server.live_new_conversation());
        wait_row_everywhere(h, &FOUR, &id, Duration::from_secs(2)).await;
        each_row_once(h, &FOUR, TOTAL + 1).await;
        assert_eq!(since(before, h.server.counts()).analytics, 0, "no gap: no backfill");
    }
);

e2e!(
    /// CONTRACT §6.6 and §10.6: frames hand the token over in memory only. In each ready frame:
    /// `localStorage` is empty, no `crm-signin:` entry is left in `sessionStorage`, and no
    /// token the mock issued is in any storage, cookie, URL or the console.
    nothing_of_the_session_lands_in_storage,
    signed_in(TOTAL),
    |h| {
        open_ready(h, "?frames=4", &FOUR).await;
        // Every token issued (more than one when several frames signed in: another test's
        // business).
        let tokens = h.server.issued_tokens();
        assert!(!tokens.is_empty());
        for i in FOUR {
            h.enter_frame(i).await;
            let left = h
                .js("const all = s => Object.keys(s).map(k => k + '=' + s.getItem(k)).join('\\n');
                     return { local: localStorage.length, session: Object.keys(sessionStorage),
                       stored: all(localStorage) + '\\n' + all(sessionStorage),
                       href: location.href, cookie: document.cookie, history: history.length };")
                .await;
            assert_eq!(left["local"], 0, "frame {}: {left}", i + 1);
            let session = left["session"].as_array().cloned().unwrap_or_default();
            assert!(
                session.iter().all(|k| !k.as_str().unwrap_or_default().starts_with("crm-signin:")),
                "frame {}: a sign-in entry is left: {left}",
                i + 1
            );
            let href = left["href"].as_str().unwrap_or_default();
            assert!(!href.contains("code=") && !href.contains("state="), "frame {}: {href}", i + 1);
            for token in &tokens {
                for place in ["stored", "href", "cookie"] {
                    let text = left[place].as_str().unwrap_or_default();
                    assert!(!text.contains(token.as_str()), "frame {}: the token is in its {place}", i + 1);
                }
            }
        }
        let console = h.console().await.join("\n");
        assert!(tokens.iter().all(|t| !console.contains(t.as_str())), "the token reached the console");
    }
);

e2e!(
    /// CONTRACT §10.2: a frame opened once the others are ready shows the rows already loaded
    /// at once (its own conversation pinned), and asks for nothing itself: no analytics page,
    /// no `users/me`, no sign-in, no channel, no socket.
    a_frame_opened_later_shows_the_rows_without_asking,
    signed_in(TOTAL),
    |h| {
        open_ready(h, "?frames=2", &[0, 1]).await;
        h.enter_frame(0).await;
        let pinned = h.widget().every_row().await[123].id.clone();
        let before = h.server.counts();
        let i = h.add_frame(Some(&pinned)).await;
        let opened = Instant::now();
        h.enter_frame(i).await;
        let w = h.widget();
        let state = w.wait_state(&[State::Ready, State::Error], LOAD).await;
        assert_eq!(state, State::Ready, "{:?}", w.alert().await);
        let took = opened.elapsed();
        assert_eq!(w.loaded().await, TOTAL, "every row at once");
        eprintln!("the frame opened later was ready after {took:?} (loading the wasm included)");
        assert!(took < Duration::from_secs(5), "ready {took:?} after it was opened");
        let first = w.row_at(0).await.expect("a first row");
        assert!(first.current && first.id == pinned, "its own conversation first: {first:?}");
        w.wait_live(LiveStatus::Live, LOAD).await;
        tokio::time::sleep(SETTLE).await;
        let after = since(before, h.server.counts());
        let nothing = Counts { sockets_open: 1, ..Counts::default() };
        assert_eq!(after, nothing, "the new frame asked for nothing");
    }
);

e2e!(
    /// CONTRACT §10.2: Refresh in one frame (one that shows another frame's load) reloads
    /// once for all frames: the analytics pages of one load, not four.
    refresh_in_one_frame_reloads_once_for_all,
    signed_in(TOTAL),
    |h| {
        open_ready(h, "?frames=4", &FOUR).await;
        // Pressed in a frame that shows another frame's load.
        let lead = range_lead(h, &FOUR).await;
        let mirror = FOUR.into_iter().find(|i| *i != lead).expect("a mirror");
        let before = h.server.counts();
        h.enter_frame(mirror).await;
        h.widget().press(Action::Refresh).await;
        wait_until!(
            format!("a reload: {:?}", since(before, h.server.counts())),
            LOAD,
            since(before, h.server.counts()).analytics >= pages(TOTAL)
        );
        all_ready(h, &FOUR, TOTAL).await;
        settle(h).await;
        tokio::time::sleep(SETTLE).await;
        let after = since(before, h.server.counts());
        assert_eq!(after.analytics, pages(TOTAL), "one load for four frames: {after:?}");
        assert_eq!((after.authorizes, after.exchanges, after.channels), (0, 0, 0), "{after:?}");
        each_row_once(h, &FOUR, TOTAL).await;
    }
);

/// Switches to the popup window, presses "Sign in" there, waits until it closes, and comes
/// back to frame `frame`.
async fn sign_in_in_popup(h: &Harness, frame: usize) {
    let main = h.client.window().await.expect("the main window");
    let deadline = Instant::now() + Duration::from_secs(10);
    let popup = loop {
        let windows = h.client.windows().await.expect("windows");
        if let Some(w) = windows.into_iter().find(|w| *w != main) {
            break w;
        }
        assert!(Instant::now() < deadline, "no popup opened");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    h.client.switch_to_window(popup).await.expect("switch to the popup");
    h.press_on_login_page(LoginChoice::Allow).await;
    wait_until!("the popup closed", Duration::from_secs(10), h.client.windows().await.expect("windows").len() <= 1);
    h.client.switch_to_window(main).await.expect("back to the main window");
    h.enter_frame(frame).await;
}

e2e!(
    /// CONTRACT §6.7 with §10.1: with the popup sign-in, two frames open one popup between
    /// them (the session's holder shows the button), one authorize and one token exchange, and
    /// both frames end ready.
    popup_sign_in_with_two_frames_opens_one_popup,
    Scenario { auth: AuthMode::Popup, ..scenarios::genesys(TOTAL) },
    |h| {
        h.open_frames("?frames=2").await;
        // The frame that shows the button (the holder); the other waits for its token.
        let mut with_button = Vec::new();
        let deadline = Instant::now() + LOAD;
        while with_button.is_empty() {
            assert!(Instant::now() < deadline, "no frame shows the sign-in button");
            for i in [0, 1] {
                h.enter_frame(i).await;
                if h.widget().has_action(Action::SignIn).await {
                    with_button.push(i);
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // The other frame has had time to show one too, if it were to.
        tokio::time::sleep(SETTLE).await;
        let mut buttons = Vec::new();
        for i in [0, 1] {
            h.enter_frame(i).await;
            if h.widget().has_action(Action::SignIn).await {
                buttons.push(i);
            }
        }
        eprintln!("frames with the sign-in button: {buttons:?}");
        assert_eq!(h.server.counts().authorizes, 0, "no frame leaves by itself");
        let frame = buttons[0];
        h.enter_frame(frame).await;
        // A real click (WebDriver), so the browser lets the popup open.
        h.widget().click(Action::SignIn).await;
        sign_in_in_popup(h, frame).await;
        all_ready(h, &[0, 1], TOTAL).await;
        settle(h).await;
        let counts = h.server.counts();
        assert_eq!((counts.authorizes, counts.exchanges), (1, 1), "one popup's sign-in: {counts:?}");
        assert_eq!(h.client.windows().await.expect("windows").len(), 1, "no second popup");
        assert_eq!(buttons.len(), 1, "one frame offers the sign-in: frames {buttons:?}");
    }
);
