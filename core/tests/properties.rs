//! Property tests: every parser takes any input without panicking, and the pager, fed random
//! sequences of responses, always terminates, never duplicates or loses a row, and never sends
//! a request before the time `Retry-After` asked for.

use crm_core::auth::token::{base64url_encode, jwt_exp_s};
use crm_core::host::handshake::{HostMessage, RawHostMessage};
use crm_core::net::retry::{parse_retry_after, RetryPolicy};
use crm_core::net::BaseUrl;
use crm_core::net::{Body, Outcome};
use crm_core::source::cursor::CursorSource;
use crm_core::source::cursor::RawPage;
use crm_core::source::loader::{Delivery, Loader, Step};
use crm_core::source::LoadError;
use crm_core::util::json::ReadError;
use crm_core::util::time::parse_http_date;
use proptest::prelude::*;
use serde_json::{json, Value};

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        any::<i64>().prop_map(|i| json!(i)),
        ".{0,20}".prop_map(Value::String),
        prop_oneof![Just("appfoundry.token"), Just("appfoundry.error"), Just("r-1"), Just("entities")]
            .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::hash_map(
                prop_oneof![
                    Just("type".to_owned()),
                    Just("requestId".to_owned()),
                    Just("jwt".to_owned()),
                    Just("expiresIn".to_owned()),
                    Just("entities".to_owned()),
                    Just("id".to_owned()),
                    Just("to".to_owned()),
                    Just("nextPage".to_owned()),
                    Just("nextUri".to_owned()),
                    Just("totalCount".to_owned()),
                    "[a-z]{1,6}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn imf_fixdate(secs: u64) -> String {
    // Civil-from-days (Howard Hinnant), independent of the parser's own arithmetic.
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(m - 1) as usize];
    format!("{weekday}, {d:02} {month} {y} {:02}:{:02}:{:02} GMT", rem / 3600, rem % 3600 / 60, rem % 60)
}

proptest! {
    #[test]
    fn find_agrees_with_str_find(haystack in "[a:/.é]{0,12}", needle in "[a:/.é]{0,3}") {
        prop_assert_eq!(crm_core::util::text::find(&haystack, &needle), haystack.find(needle.as_str()));
    }

    #[test]
    fn retry_after_never_panics(s in ".{0,40}", now in any::<u64>()) {
        let _ = parse_retry_after(&s, now);
    }

    #[test]
    fn retry_after_seconds_are_exact(n in 0u64..1_000_000_000, now in any::<u64>()) {
        prop_assert_eq!(parse_retry_after(&n.to_string(), now), Some(n * 1000));
    }

    #[test]
    fn http_dates_round_trip(secs in 0u64..253_402_300_799, offset in 0u64..200_000) {
        let date = imf_fixdate(secs);
        prop_assert_eq!(parse_http_date(&date), Some(secs * 1000), "{}", date);
        let now = (secs * 1000).saturating_sub(offset);
        prop_assert_eq!(parse_retry_after(&date, now), Some(secs * 1000 - now));
    }

    #[test]
    fn jwt_exp_never_panics(s in ".{0,200}") {
        let _ = jwt_exp_s(&s);
    }

    #[test]
    fn jwt_exp_is_found_in_any_claims(exp in 0u64..10_000_000_000, other in arb_json()) {
        let claims = json!({ "other": other, "exp": exp });
        let encode = |v: &Value| base64url_encode(v.to_string().as_bytes());
        let token = format!("{}.{}.sig", encode(&json!({"alg": "none"})), encode(&claims));
        prop_assert_eq!(jwt_exp_s(&token), Some(exp));
    }

    #[test]
    fn host_messages_never_panic(v in arb_json()) {
        let json: crm_core::util::json::Json = serde_json::from_value(v).unwrap();
        if let Ok(raw) = <RawHostMessage as crm_core::util::json::FromJson>::from_json(&json) {
            if let Ok(HostMessage::Token { grant, .. }) = raw.parse() {
                prop_assert!(!grant.token.expose().trim().is_empty());
            }
        }
    }

    #[test]
    fn page_bodies_never_panic(v in arb_json()) {
        let json: crm_core::util::json::Json = serde_json::from_value(v).unwrap();
        if let Ok(raw) = <RawPage as crm_core::util::json::FromJson>::from_json(&json) {
            if let Ok((page, _)) = raw.into_page() {
                prop_assert!(page.interactions.iter().all(|i| !i.id.is_empty()));
            }
        }
    }
}

/// A body as JSON text, read with serde_json.
struct Json(String);

impl Body for Json {
    fn json(self) -> Result<crm_core::util::json::Json, ReadError> {
        serde_json::from_str(&self.0).map_err(|_| ReadError::NOT_JSON)
    }
}

/// What the simulated server does with one request.
#[derive(Debug, Clone)]
enum Reply {
    Ok,
    Throttled(Option<u64>),
    Unauthorized,
    ServerError,
    Network,
    Malformed,
}

fn arb_reply() -> impl Strategy<Value = Reply> {
    prop_oneof![
        6 => Just(Reply::Ok),
        2 => prop::option::of(0u64..200).prop_map(Reply::Throttled),
        1 => Just(Reply::Unauthorized),
        1 => Just(Reply::ServerError),
        1 => Just(Reply::Network),
        1 => Just(Reply::Malformed),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_pager_terminates_delivers_each_row_once_and_waits_as_told(
        pages in 1usize..8,
        replies in prop::collection::vec(arb_reply(), 0..60),
        jitters in prop::collection::vec(0.0f64..=1.0, 60),
    ) {
        let base = BaseUrl::parse("https://api.example.com").unwrap();
        let mut loader = Loader::new(CursorSource::new(base, 10), RetryPolicy::default());
        let mut replies = replies.into_iter();
        let mut clock_ms: u64 = 1_000_000;
        let mut not_before: u64 = 0;
        let mut delivered: Vec<String> = Vec::new();
        let mut step = loader.step();
        let mut steps = 0;
        let outcome = loop {
            steps += 1;
            prop_assert!(steps < 10_000, "the pager did not terminate");
            step = match step {
                Step::Fetch(tickets) => {
                    prop_assert_eq!(tickets.len(), 1, "cursor pages go one at a time");
                    let url = tickets[0].request.url.clone();
                    prop_assert!(clock_ms >= not_before, "a request went out before Retry-After allowed");
                    // The server knows the page by the cursor in the URL.
                    let page = url.split("nextPage=p").nth(1).map_or(0, |n| n.parse::<usize>().unwrap());
                    let reply = replies.next().unwrap_or(Reply::Ok);
                    let out = match reply {
                        Reply::Ok => {
                            let ids: Vec<Value> = (0..3).map(|i| json!({ "id": format!("{page}-{i}") })).collect();
                            let mut body = json!({ "entities": ids, "totalCount": pages * 3 });
                            if page + 1 < pages {
                                body["nextPage"] = json!(format!("p{}", page + 1));
                            }
                            Outcome::Response { status: 200, retry_after: None, body: Some(Ok(Json(body.to_string()))) }
                        }
                        Reply::Throttled(s) => {
                            if let Some(s) = s {
                                not_before = clock_ms + s * 1000;
                            }
                            Outcome::Response { status: 429, retry_after: s.map(|s| s.to_string()), body: None }
                        }
                        Reply::Unauthorized => Outcome::Response { status: 401, retry_after: None, body: None },
                        Reply::ServerError => Outcome::Response { status: 503, retry_after: None, body: None },
                        Reply::Network => Outcome::Network { message: "reset".into() },
                        Reply::Malformed => Outcome::Response { status: 200, retry_after: None, body: Some(Err(ReadError::NOT_JSON)) },
                    };
                    for d in loader.outcome(tickets[0].id, out, clock_ms, jitters[steps % jitters.len()]) {
                        if let Delivery::Rows(p) = d {
                            delivered.extend(p.interactions.into_iter().map(|i| i.id));
                        }
                    }
                    loader.step()
                }
                Step::Wait { ms, .. } => {
                    clock_ms += ms;
                    loader.waited()
                }
                Step::RenewToken => loader.renewed(),
                Step::Done => break Ok(()),
                Step::Failed(e) => break Err(e),
            };
        };
        // Rows arrive in order, each once; on success all of them.
        let expected: Vec<String> = (0..pages).flat_map(|p| (0..3).map(move |i| format!("{p}-{i}"))).collect();
        prop_assert_eq!(&delivered[..], &expected[..delivered.len()]);
        match outcome {
            Ok(()) => prop_assert_eq!(delivered.len(), pages * 3),
            Err(e) => prop_assert!(matches!(
                e,
                LoadError::BadPage(_) | LoadError::Unauthorized | LoadError::RateLimited { .. } | LoadError::RateLimitTooLong { .. }
                    | LoadError::Server { .. } | LoadError::Network { .. }
            ), "{e:?}"),
        }
    }
}
