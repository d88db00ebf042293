//! The mock Genesys APIs over real HTTP, driven by the core's own pure functions: the
//! details query (`DetailsQuery`), page-number paging (`PageNumbers`), the row
//! mapping and the enrichment plan. The mock and the core must agree on every shape, and the
//! mock must refuse what Genesys refuses.

use std::collections::HashSet;

use crm_core::model::Names;
use crm_core::net::BaseUrl;
use crm_core::source::genesys::analytics::{conversation_row, RawDetailsPage, RawUserMe};
use crm_core::source::genesys::enrichment::{EnrichRequest, Enrichment, RawBulkContacts, RawEntities};
use crm_core::source::genesys::paging::PageNumbers;
use crm_core::source::genesys::query::DetailsQuery;
use crm_core::util::time::{iso_utc, DAY_MS};

/// The interval of the last `days` days up to `now`, as a load fixes it.
fn interval(now: u64, days: u64) -> String {
    format!("{}/{}", iso_utc(now - days * DAY_MS), iso_utc(now))
}
use crm_devserver::paths::{AUTHORIZE, BULK_CONTACTS, CHANNELS, DETAILS_QUERY, QUEUES, TOKEN, USERS_ME, WRAPUP_CODES};
use crm_devserver::{Counts, DevServer, GenesysFaults, LoginFaults, Options, Scenario, CLIENT_ID};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

struct Answer {
    status: u16,
    headers: String,
    body: String,
}

/// One HTTP/1.1 request, `Connection: close`, the whole answer read.
async fn http(origin: &str, method: &str, path: &str, token: Option<&str>, body: Option<&str>) -> Answer {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut headers = Vec::new();
    if let Some(a) = &auth {
        headers.push(("Authorization", a.as_str()));
    }
    if body.is_some() {
        headers.push(("Content-Type", "application/json"));
    }
    http_with(origin, method, path, &headers, body).await
}

/// One HTTP/1.1 request with `headers`, `Connection: close`, the whole answer read.
async fn http_with(origin: &str, method: &str, path: &str, headers: &[(&str, &str)], body: Option<&str>) -> Answer {
    let addr = origin.strip_prefix("http://").unwrap();
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(b) = body {
        request.push_str(&format!("Content-Length: {}\r\n", b.len()));
    }
    request.push_str("\r\n");
    if let Some(b) = body {
        request.push_str(b);
    }
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    // Bodies may come chunked.
    let body =
        if head.to_ascii_lowercase().contains("transfer-encoding: chunked") { dechunk(body) } else { body.to_owned() };
    Answer { status, headers: head.to_ascii_lowercase(), body }
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        s = &rest[n + 2..];
    }
    out
}

async fn server(scenario: Scenario) -> (DevServer, String) {
    let mut options = Options::ephemeral(std::env::temp_dir());
    options.dist = None;
    options.scenario = scenario;
    let server = DevServer::start(options).await.unwrap();
    let answer = http(&server.origins().api, "POST", "/_mock/token", None, None).await;
    let token: Value = serde_json::from_str(&answer.body).unwrap();
    let token = token["token"].as_str().unwrap().to_owned();
    (server, token)
}

/// A Genesys body read as the widget reads it (`crm_core::util::json`).
fn read<T: crm_core::util::json::FromJson>(text: &str) -> T {
    T::from_json(&serde_json::from_str::<crm_core::util::json::Json>(text).unwrap()).unwrap()
}

/// A whole load, one page at a time, as the widget will make it. Returns the rows' ids, the
/// enrichment, the names learned, and the requests made by kind (analytics, contacts, queues,
/// wrap-up codes).
async fn load(api: &str, token: &str, page_size: u32) -> (Vec<String>, Enrichment, Names, [usize; 4]) {
    let me: RawUserMe = read(&http(api, "GET", USERS_ME, Some(token), None).await.body);
    let me = me.id.unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as u64;
    let query = DetailsQuery::new(&me, interval(now, 7), page_size);
    let base = BaseUrl::parse(api).unwrap();
    let mut pages = PageNumbers::new(page_size);
    let mut enrichment = Enrichment::default();
    let mut learned = Names::default();
    let mut ids = Vec::new();
    let mut seen = HashSet::new();
    let mut requests = [0; 4];
    while let Some(n) = pages.next() {
        let body = serde_json::to_string(&query.page(n)).unwrap();
        let answer = http(api, "POST", DETAILS_QUERY, Some(token), Some(&body)).await;
        assert_eq!(answer.status, 200, "{}", answer.body);
        requests[0] += 1;
        let page: RawDetailsPage = read(&answer.body);
        let conversations = page.conversations.unwrap_or_default();
        pages.received(n, conversations.len(), page.total_hits.map(|t| t as u64));
        let rows: Vec<_> = conversations.into_iter().filter_map(|c| conversation_row(c, &me)).collect();
        for request in enrichment.plan(&base, &rows, pages.next().is_none()) {
            match &request {
                EnrichRequest::Contacts(ids) => {
                    let body = serde_json::to_string(ids).unwrap();
                    let answer = http(api, "POST", BULK_CONTACTS, Some(token), Some(&body)).await;
                    assert_eq!(answer.status, 200, "{}", answer.body);
                    requests[1] += 1;
                    learned.contacts.extend(enrichment.read_contacts(read::<RawBulkContacts>(&answer.body)));
                }
                EnrichRequest::Queues(url) | EnrichRequest::WrapUps(url) => {
                    let of = request.of();
                    let path = url.strip_prefix(api).unwrap();
                    let answer = http(api, "GET", path, Some(token), None).await;
                    assert_eq!(answer.status, 200, "{}", answer.body);
                    requests[1 + of as usize] += 1;
                    learned.of(of).extend(enrichment.read_entities(of, read::<RawEntities>(&answer.body)));
                }
            }
        }
        for row in rows {
            if seen.insert(row.id.clone()) {
                ids.push(row.id);
            }
        }
    }
    (ids, enrichment, learned, requests)
}

#[tokio::test]
async fn a_whole_load_through_the_core_against_the_mock() {
    let (server, token) = server(Scenario { total: 1000, ..Scenario::default() }).await;
    let api = server.origins().api.clone();
    let (ids, enrichment, learned, requests) = load(&api, &token, 100).await;
    assert_eq!(ids.len(), 1000);
    assert_eq!(requests[0], 10, "ceil(1000 / 100) analytics requests");
    // 400 possible contacts and 8 queues: ceil(contacts / 100) and ceil(queues / 100).
    assert!((3..=4).contains(&requests[1]), "{requests:?}");
    assert_eq!(requests[2], 1);
    // Names resolved: most contacts (one in seven does not exist), every queue.
    let log = server.log();
    assert!(log.iter().all(|e| e.status == 200), "{log:#?}");
    assert_eq!(learned.queues.get("6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d08").map(String::as_str), Some("お客様窓口"));
    // Nine wrap-up codes and a deleted one, in one request: every code named but the deleted one.
    assert_eq!(requests[3], 1);
    assert_eq!(learned.wrap_ups.len(), 9, "{:?}", learned.wrap_ups);
    assert_eq!(learned.wrap_ups.get("9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4f09").map(String::as_str), Some("تم الحل"));
    assert!(!learned.wrap_ups.contains_key("9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4fff"), "deleted: no name");
    assert_eq!(server.wrap_ups_asked().len(), 10, "each code once");
    assert!(!enrichment.has_pending());
}

#[tokio::test]
async fn pages_that_shift_while_paging_are_deduplicated() {
    let faults = GenesysFaults { arriving_per_request: 7, ..GenesysFaults::default() };
    let (server, token) = server(Scenario { total: 300, genesys: faults, ..Scenario::default() }).await;
    let (ids, _, _, requests) = load(&server.origins().api, &token, 100).await;
    // Every conversation that existed when the load started is there once; new ones at the top
    // pushed older ones onto later pages, which brought some a second time.
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
    assert!(ids.len() >= 300, "{}", ids.len());
    assert!(requests[0] >= 4, "totalHits drifted: {requests:?}");
}

#[tokio::test]
async fn what_genesys_refuses_the_mock_refuses() {
    let (server, token) = server(Scenario::default()).await;
    let api = server.origins().api.clone();
    // No token, an unknown token.
    assert_eq!(http(&api, "GET", USERS_ME, None, None).await.status, 401);
    let unknown = http(&api, "GET", USERS_ME, Some("forged"), None).await;
    assert_eq!(unknown.status, 401);
    let error: Value = serde_json::from_str(&unknown.body).unwrap();
    assert_eq!(error["status"], 401, "an ErrorBody");
    assert!(error["code"].is_string() && error["message"].is_string() && error["contextId"].is_string());
    // A body that is not a query, and paging beyond the limit.
    let bad = http(&api, "POST", DETAILS_QUERY, Some(&token), Some("[]")).await;
    assert_eq!(bad.status, 400);
    let big =
        r#"{"interval":"2026-11-24T09:00:00.000Z/2026-12-01T09:00:00.000Z","paging":{"pageSize":1000,"pageNumber":1}}"#;
    assert_eq!(http(&api, "POST", DETAILS_QUERY, Some(&token), Some(big)).await.status, 400);
    // More than 100 ids in one bulk request.
    let ids: Vec<String> = (0..101).map(|i| format!(r#"{{"id":"ec-{i}"}}"#)).collect();
    let body = format!(r#"{{"entities":[{}]}}"#, ids.join(","));
    assert_eq!(http(&api, "POST", BULK_CONTACTS, Some(&token), Some(&body)).await.status, 400);
    // Queues by id without a pageSize: the routing API's default of 25 applies.
    let answer = http(
        &api,
        "GET",
        &format!("{QUEUES}?id=6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d01,6b1e4a2c-0d3f-4c8a-9e71-5a2f3b4c5d02"),
        Some(&token),
        None,
    )
    .await;
    let queues: Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(queues["entities"].as_array().unwrap().len(), 2, "the comma form works too");
    assert_eq!(queues["pageSize"], 25);
    // Every answer says where the rate limit stands.
    assert!(answer.headers.contains("inin-ratelimit-allowed: 300"), "{}", answer.headers);
}

#[tokio::test]
async fn three_hundred_requests_a_minute_per_token() {
    let (server, token) = server(Scenario::default()).await;
    let api = server.origins().api.clone();
    let mut statuses = Vec::new();
    for _ in 0..305 {
        statuses.push(http(&api, "GET", USERS_ME, Some(&token), None).await.status);
    }
    // Unless the minute turned during the run, the 301st is throttled.
    let throttled = statuses.iter().filter(|s| **s == 429).count();
    assert!((1..=5).contains(&throttled), "{throttled} throttled");
    let last = http(&api, "GET", USERS_ME, Some(&token), None).await;
    if last.status == 429 {
        assert!(last.headers.contains("retry-after:"), "{}", last.headers);
    }
}

#[tokio::test]
async fn forbidden_sources_say_which_permission() {
    let faults = GenesysFaults {
        forbid_analytics: true,
        forbid_contacts: true,
        forbid_queues: true,
        ..GenesysFaults::default()
    };
    let (server, token) = server(Scenario { genesys: faults, ..Scenario::default() }).await;
    let api = server.origins().api.clone();
    let query = DetailsQuery::new("x", interval(1_795_000_000_000, 7), 100);
    let answer = http(&api, "POST", DETAILS_QUERY, Some(&token), Some(&serde_json::to_string(&query).unwrap())).await;
    assert_eq!(answer.status, 403);
    assert!(answer.body.contains("analytics:conversationDetail:view"));
    let contacts = http(&api, "POST", BULK_CONTACTS, Some(&token), Some(r#"{"entities":[{"id":"a"}]}"#)).await;
    assert_eq!(contacts.status, 403);
    assert!(contacts.body.contains("externalContacts:contact:view"));
    assert_eq!(http(&api, "GET", &format!("{QUEUES}?id=a"), Some(&token), None).await.status, 403);
}

#[tokio::test]
async fn wrap_up_codes_by_id_as_the_routing_api_lists_them_and_their_faults() {
    let (mock, token) = server(Scenario::default()).await;
    let api = mock.origins().api.clone();
    let resolved = "9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4f01";
    let path = format!("{WRAPUP_CODES}?pageSize=3&id={resolved}&id=9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4fff");
    assert_eq!(http(&api, "GET", &path, None, None).await.status, 401, "a bearer token is needed");
    let answer = http(&api, "GET", &path, Some(&token), None).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let listing: Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(
        (listing["pageSize"].as_u64(), listing["pageNumber"].as_u64(), listing["total"].as_u64()),
        (Some(3), Some(1), Some(1))
    );
    assert_eq!(listing["entities"][0]["id"], resolved);
    assert_eq!(listing["entities"][0]["name"], "Resolved");
    assert!(listing["entities"][0]["division"]["id"].is_string() && listing["entities"][0]["selfUri"].is_string());
    assert!(answer.headers.contains("inin-ratelimit-allowed: 300"), "{}", answer.headers);
    for bad in ["pageSize=0", "pageSize=501", "pageNumber=0"] {
        let status = http(&api, "GET", &format!("{WRAPUP_CODES}?{bad}&id={resolved}"), Some(&token), None).await.status;
        assert_eq!(status, 400, "{bad}");
    }
    assert_eq!(mock.wrap_ups_asked(), [resolved, "9a7c2e10-51b4-4d0e-8f3a-7b1c2d3e4fff"]);
    // The faults: 403 naming the permission, and 500; neither counts as answered.
    for (faults, status) in [
        (GenesysFaults { forbid_wrap_ups: true, ..GenesysFaults::default() }, 403),
        (GenesysFaults { fail_wrap_ups: true, ..GenesysFaults::default() }, 500),
    ] {
        let (faulty, token) = server(Scenario { genesys: faults, ..Scenario::default() }).await;
        let answer = http(&faulty.origins().api, "GET", &path, Some(&token), None).await;
        assert_eq!(answer.status, status, "{}", answer.body);
        assert!(status != 403 || answer.body.contains("routing:wrapupCode:view"), "{}", answer.body);
        assert!(faulty.wrap_ups_asked().is_empty());
    }
}

#[tokio::test]
async fn the_panels_live_controls_answer_over_http() {
    let (server, _token) = server(Scenario::default()).await;
    let api = server.origins().api.clone();
    let new_call = http(&api, "POST", "/_mock/live/new-call", None, None).await;
    assert_eq!(new_call.status, 200, "{}", new_call.body);
    let event: Value = serde_json::from_str(&new_call.body).unwrap();
    assert!(event["id"].is_string(), "{event}");
    let end = http(&api, "POST", "/_mock/live/end", None, Some(&format!("{{\"id\": {}}}", event["id"]))).await;
    assert_eq!(end.status, 200, "{}", end.body);
    for fault in crm_devserver::LiveFault::ALL {
        let answer = http(&api, "POST", &format!("/_mock/live/{fault}"), None, None).await;
        assert_eq!(answer.status, 204, "{fault}: {}", answer.body);
    }
    assert_eq!(http(&api, "POST", "/_mock/live/no-such-fault", None, None).await.status, 404);
}

/// The states `ConversationEventTopic{Call,Callback,Chat,Email,Message}` allow (Python SDK 269,
/// `models/conversation_event_topic_*.py`): emails and messages never take `terminated`.
const EVENT_STATES: &[(&str, &[&str])] = &[
    (
        "calls",
        &[
            "alerting",
            "dialing",
            "contacting",
            "offering",
            "connected",
            "disconnected",
            "terminated",
            "uploading",
            "converting",
            "transmitting",
            "none",
        ],
    ),
    (
        "callbacks",
        &[
            "alerting",
            "dialing",
            "contacting",
            "offering",
            "connected",
            "disconnected",
            "terminated",
            "scheduled",
            "uploading",
            "none",
        ],
    ),
    ("chats", &["alerting", "dialing", "contacting", "offering", "connected", "disconnected", "terminated", "none"]),
    ("emails", &["alerting", "connected", "disconnected", "none", "transmitting", "parked"]),
    ("messages", &["alerting", "connected", "disconnected", "parked"]),
];

#[tokio::test]
async fn conversation_events_have_the_genesys_media_shapes() {
    let (server, _token) = server(Scenario::default()).await;
    let mut events = Vec::new();
    for _ in 0..100 {
        events.push(server.live_new_conversation());
        events.push(server.live_end(None).expect("the one that just started ends"));
    }
    let mut seen = HashSet::new();
    for event in &events {
        for p in event["participants"].as_array().unwrap() {
            for (list, allowed) in EVENT_STATES {
                for item in p[*list].as_array().into_iter().flatten() {
                    let state = item["state"].as_str().unwrap_or_default();
                    assert!(allowed.contains(&state), "{list} may not be {state:?}: {event}");
                    if *list == "chats" {
                        // ConversationEventTopicChat has no `direction`.
                        assert!(item.get("direction").is_none(), "a chat item with a direction: {event}");
                    } else {
                        assert!(matches!(item["direction"].as_str(), Some("inbound" | "outbound")), "{event}");
                    }
                    if *list == "emails" || *list == "messages" {
                        assert_ne!(state, "terminated", "{event}");
                    }
                    seen.insert((*list, state.to_owned()));
                }
            }
        }
    }
    // Not vacuous: chats, emails and messages were seen both in progress and ended.
    for list in ["chats", "emails", "messages"] {
        for state in ["connected", "disconnected"] {
            assert!(seen.contains(&(list, state.to_owned())), "no {state} {list} among {seen:?}");
        }
    }
}

/// Opens a WebSocket to `path` on `origin` by hand (the upgrade request, the 101 read) and
/// returns the open stream.
async fn websocket(origin: &str, path: &str) -> TcpStream {
    let addr = origin.strip_prefix("http://").unwrap();
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\
         Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut head = Vec::new();
    while !head.ends_with(b"\r\n\r\n") {
        let mut byte = [0u8; 1];
        assert_eq!(stream.read(&mut byte).await.unwrap(), 1, "the server closed: {}", String::from_utf8_lossy(&head));
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head);
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    stream
}

/// `GET /_mock/counts` as the dev host asks it (from its own origin), until `done` holds.
async fn counts_until(server: &DevServer, done: impl Fn(&Value) -> bool) -> Value {
    let (api, host) = (server.origins().api.clone(), server.origins().host.clone());
    for _ in 0..100 {
        let answer = http_with(&api, "GET", "/_mock/counts", &[("Origin", &host)], None).await;
        assert_eq!(answer.status, 200, "{}", answer.body);
        assert!(answer.headers.contains(&format!("access-control-allow-origin: {host}")), "{}", answer.headers);
        let counts: Value = serde_json::from_str(&answer.body).unwrap();
        if done(&counts) {
            return counts;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the counts never got there: {:?}", server.counts());
}

#[tokio::test]
async fn the_counts_route_counts_what_it_says() {
    let login = LoginFaults { signed_in: true, ..LoginFaults::default() };
    let (server, _token) = server(Scenario { login, ..Scenario::default() }).await;
    let origins = server.origins().clone();
    let zero = serde_json::json!({ "authorizes": 0, "exchanges": 0, "usersMe": 0, "analytics": 0, "channels": 0,
        "socketsOpen": 0, "socketsConnected": 0 });
    assert_eq!(counts_until(&server, |_| true).await, zero, "the control routes themselves are not counted");

    // One sign-in: an authorize (answered at once: the agent is signed in) and an exchange
    // (RFC 7636 appendix B's verifier and challenge).
    let redirect_uri = format!("{}/", origins.widget);
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("response_type", "code")
        .append_pair("client_id", CLIENT_ID)
        .append_pair("redirect_uri", &redirect_uri)
        .append_pair("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
        .append_pair("code_challenge_method", "S256")
        .append_pair("state", "s1")
        .finish();
    let authorize = http(&origins.login, "GET", &format!("{AUTHORIZE}?{query}"), None, None).await;
    assert!((300..400).contains(&authorize.status), "{}", authorize.headers);
    let location = authorize.headers.lines().find_map(|l| l.strip_prefix("location: ")).unwrap().to_owned();
    let code = location.split(['?', '&']).find_map(|p| p.strip_prefix("code=")).unwrap().to_owned();
    let form = form_urlencoded::Serializer::new(String::new())
        .append_pair("grant_type", "authorization_code")
        .append_pair("client_id", CLIENT_ID)
        .append_pair("code", &code)
        .append_pair("redirect_uri", &redirect_uri)
        .append_pair("code_verifier", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        .finish();
    let content_type = [("Content-Type", "application/x-www-form-urlencoded")];
    let exchange = http_with(&origins.login, "POST", TOKEN, &content_type, Some(&form)).await;
    assert_eq!(exchange.status, 200, "{}", exchange.body);
    let token: Value = serde_json::from_str(&exchange.body).unwrap();
    let token = token["access_token"].as_str().unwrap().to_owned();

    // users/me, one analytics page, one channel and its socket.
    assert_eq!(http(&origins.api, "GET", USERS_ME, Some(&token), None).await.status, 200);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as u64;
    let query = serde_json::to_string(&DetailsQuery::new("me", interval(now, 7), 25).page(1)).unwrap();
    assert_eq!(http(&origins.api, "POST", DETAILS_QUERY, Some(&token), Some(&query)).await.status, 200);
    let channel = http(&origins.api, "POST", CHANNELS, Some(&token), None).await;
    assert_eq!(channel.status, 200, "{}", channel.body);
    let channel: Value = serde_json::from_str(&channel.body).unwrap();
    let connect = channel["connectUri"].as_str().unwrap().replacen("ws://", "http://", 1);
    let path = connect.strip_prefix(&origins.api).unwrap();
    let socket = websocket(&origins.api, path).await;

    let expected = serde_json::json!({ "authorizes": 1, "exchanges": 1, "usersMe": 1, "analytics": 1, "channels": 1,
        "socketsOpen": 1, "socketsConnected": 1 });
    assert_eq!(counts_until(&server, |c| c["socketsOpen"] == 1).await, expected);
    assert_eq!(
        server.counts(),
        Counts {
            authorizes: 1,
            exchanges: 1,
            users_me: 1,
            analytics: 1,
            channels: 1,
            sockets_open: 1,
            sockets_connected: 1
        },
        "the accessor agrees with the route"
    );

    // The socket closes: none open, one connected so far.
    drop(socket);
    let closed = counts_until(&server, |c| c["socketsOpen"] == 0).await;
    assert_eq!(closed["socketsConnected"], 1, "{closed}");

    // A reset of the mock starts the counts again.
    let reset = http(&origins.api, "POST", "/_mock/scenario", None, Some(r#"{"preset": "normal"}"#)).await;
    assert_eq!(reset.status, 200, "{}", reset.body);
    assert_eq!(counts_until(&server, |_| true).await, zero);
    assert_eq!(server.counts(), Counts::default());
}

#[tokio::test]
async fn a_scenario_that_names_its_preset_keeps_its_changes() {
    let (server, _token) = server(Scenario::default()).await;
    let api = server.origins().api.clone();
    // As the dev host's Apply buttons do: a preset, then that scenario changed and posted back.
    let preset = http(&api, "POST", "/_mock/scenario", None, Some(r#"{"preset": "genesys"}"#)).await;
    assert_eq!(preset.status, 200, "{}", preset.body);
    let mut scenario: Value = serde_json::from_str(&preset.body).unwrap();
    assert_eq!(scenario["preset"], "genesys");
    scenario["total"] = 7.into();
    scenario["login"]["signedIn"] = true.into();
    let changed = http(&api, "POST", "/_mock/scenario", None, Some(&scenario.to_string())).await;
    assert_eq!(changed.status, 200, "{}", changed.body);
    let now: Value = serde_json::from_str(&http(&api, "GET", "/_mock/scenario", None, None).await.body).unwrap();
    assert_eq!((now["total"].clone(), now["login"]["signedIn"].clone()), (7.into(), true.into()), "{now}");
}
