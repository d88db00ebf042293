//! Property tests of the live connection: whatever happens, in any order, it reconnects or
//! gives up within its bounds, never holds more than one socket but for a hand-over (and
//! never two once the hand-over is done), never connects with an expired token, and makes a
//! new channel only when it has none that lives (CONTRACT §9.4).

use std::collections::BTreeSet;

use crm_core::live::{Command, Live, LivePolicy, RawChannel, RawFrame, Refusal, Status};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Happening {
    ChannelOk { expires_in_s: Option<u64> },
    ChannelRefused(u8),
    Open,
    SubscribeOk,
    SubscribeRefused(u8),
    Close,
    Heartbeat,
    SocketClosing,
    Tick(u64),
    WaitOver,
    Renewed(bool),
    Offline,
    Online,
    Focus,
    Reconnect,
}

fn arb() -> impl Strategy<Value = Happening> {
    prop_oneof![
        3 => prop::option::of(0u64..120).prop_map(|e| Happening::ChannelOk { expires_in_s: e }),
        1 => (0u8..3).prop_map(Happening::ChannelRefused),
        3 => Just(Happening::Open),
        3 => Just(Happening::SubscribeOk),
        1 => (0u8..3).prop_map(Happening::SubscribeRefused),
        2 => Just(Happening::Close),
        2 => Just(Happening::Heartbeat),
        1 => Just(Happening::SocketClosing),
        2 => (0u64..90_000).prop_map(Happening::Tick),
        3 => Just(Happening::WaitOver),
        2 => any::<bool>().prop_map(Happening::Renewed),
        1 => Just(Happening::Offline),
        1 => Just(Happening::Online),
        1 => Just(Happening::Focus),
        1 => Just(Happening::Reconnect),
    ]
}

fn refusal(n: u8) -> Refusal {
    [Refusal::Unauthorized, Refusal::Gone, Refusal::Failed][usize::from(n % 3)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn the_connection_keeps_its_bounds(happenings in prop::collection::vec(arb(), 0..120), token_life_s in 1u64..200) {
        let policy = LivePolicy::default();
        let mut live = Live::new("me", policy);
        let mut now: u64 = 0;
        let mut token_expires = token_life_s * 1000;
        let mut open: BTreeSet<u32> = BTreeSet::new();
        let mut connecting: Option<u32> = None;
        let mut subscribing: Option<u32> = None;
        let mut waits = 0u32;
        let apply = |cmds: Vec<Command>, open: &mut BTreeSet<u32>, connecting: &mut Option<u32>, subscribing: &mut Option<u32>, now: u64, token_expires: u64, waits: &mut u32| -> Result<(), TestCaseError> {
            for c in cmds {
                match c {
                    Command::Subscribe { socket, .. } => *subscribing = Some(socket),
                    Command::Connect { socket, .. } => {
                        prop_assert!(now < token_expires || token_expires == 0, "connected with an expired token at {now} (expired {token_expires})");
                        open.insert(socket);
                        *connecting = Some(socket);
                    }
                    Command::Close { socket } => { open.remove(&socket); }
                    Command::Wait { ms } => {
                        prop_assert!(ms <= policy.backoff.max_ms, "backoff bounded");
                        *waits += 1;
                    }
                    _ => {}
                }
            }
            prop_assert!(open.len() <= 2, "at most two sockets, and only in a hand-over: {open:?}");
            Ok(())
        };
        let cmds = live.start(now);
        apply(cmds, &mut open, &mut connecting, &mut subscribing, now, token_expires, &mut waits)?;
        for h in happenings {
            now += 500;
            let socket = connecting.unwrap_or(0);
            let asked = subscribing.unwrap_or(0);
            let before = live.channel().cloned();
            let gone = matches!(h, Happening::SubscribeRefused(n) if refusal(n) == Refusal::Gone);
            let cmds = match h {
                Happening::ChannelOk { expires_in_s } => {
                    // The shell asks the token source for a valid token before the request.
                    if now >= token_expires { token_expires = now + token_life_s * 1000; }
                    let expires = expires_in_s.map(|s| crm_core::util::time::iso_utc(now + s * 1000));
                    live.created(Ok(RawChannel { id: Some("ch".into()), connect_uri: Some("wss://x/ch".into()), expires }), Some(token_expires), now, 0.5)
                }
                Happening::ChannelRefused(n) => live.created(Err(refusal(n)), Some(token_expires), now, 0.5),
                Happening::Open => live.opened(socket, now),
                Happening::SubscribeOk => {
                    // The shell asks the token source for a valid token before the request.
                    if now >= token_expires { token_expires = now + token_life_s * 1000; }
                    live.subscribed(asked, Ok(crm_core::live::Subscription::Permitted), Some(token_expires), now, 0.5)
                }
                Happening::SubscribeRefused(n) => live.subscribed(asked, Err(refusal(n)), Some(token_expires), now, 0.5),
                Happening::Close => { open.remove(&socket); live.closed(socket, 0.5) }
                Happening::Heartbeat => live.frame(socket, RawFrame { topic_name: Some("channel.metadata".into()), event_body: None }, now).1,
                Happening::SocketClosing => live.frame(socket, RawFrame { topic_name: Some("v2.system.socket_closing".into()), event_body: None }, now).1,
                Happening::Tick(ms) => { now += ms; live.tick(now, 0.5) }
                Happening::WaitOver => { now += 60_000; live.waited(now) }
                Happening::Renewed(ok) => {
                    if ok { token_expires = now + token_life_s * 1000; }
                    live.renewed(ok, Some(token_expires), now, 0.5)
                }
                Happening::Offline => live.offline(),
                Happening::Online => live.online(now),
                Happening::Focus => live.focus(now),
                Happening::Reconnect => live.reconnect(now),
            };
            if cmds.contains(&Command::CreateChannel) {
                let lived = before.as_ref().is_some_and(|c| c.expires_ms.is_none_or(|e| now < e));
                prop_assert!(!lived || gone, "a new channel while {before:?} lived, after {h:?}");
            }
            apply(cmds, &mut open, &mut connecting, &mut subscribing, now, token_expires, &mut waits)?;
            // What the machine thinks is open is what the shell has open.
            let thinks: BTreeSet<u32> = live.sockets().into_iter().collect();
            prop_assert!(open.is_subset(&thinks) || open.is_empty(), "open {open:?}, machine {thinks:?}");
            if live.status() == Status::Live {
                prop_assert!(live.sockets().len() == 1, "live on one socket once a hand-over is done: {:?}", live.sockets());
            }
            if matches!(live.status(), Status::GaveUp | Status::Off | Status::Offline) {
                prop_assert!(live.sockets().is_empty(), "{:?} with sockets {:?}", live.status(), live.sockets());
            }
            if let Status::Reconnecting { attempt } = live.status() {
                prop_assert!(attempt <= policy.max_tries, "tries bounded: {attempt}");
            }
        }
    }
}
