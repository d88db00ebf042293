//! The mock Notifications API (CONTRACT §9; GENESYS-API.md §6): channels, subscriptions and a
//! real WebSocket per channel that sends heartbeats (`channel.metadata`) and conversation
//! events. It checks what the real service checks: a live bearer token for channels and
//! subscriptions, a known channel (404 otherwise, also once it has expired), the topic's shape
//! (`v2.users.<the agent>.conversations`), one socket per channel (a second one closes the
//! first, and hears nothing more), and a token that still works when a socket connects: the
//! one the channel was last subscribed with (a renewal subscribes again with the new token).
//!
//! Events come from the dev host's panel or the tests: a new conversation (which the analytics
//! query then has too, as in Genesys, so a backfill finds what a gap missed) and the end of
//! one. Faults: drop every socket, go silent, `v2.system.socket_closing`, expire the channels,
//! expire the token while connected, refuse upgrades.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use crm_core::net::paths;
use crm_core::util::time::iso_utc;
use serde_json::{json, Value};
use tokio::sync::broadcast;

use crate::clock::epoch_ms;
use crate::data::{mix, ME};
use crate::responses::{error_body, log};
use crate::state::{Channel, LogEntry, Push, Shared};
use crate::tokens::{authenticate, bearer};

/// Where a channel's socket connects (`connectUri`: `wss://streaming.<region>/…` in Genesys,
/// the API origin here). Not an `/api/v2` path, so not in [`paths`].
pub const STREAMING: &str = "/streaming";

pub(crate) fn routes() -> Router<Arc<Shared>> {
    // The subscriptions path as the widget builds it, with the route's placeholder for the id.
    let subscriptions = paths::subscriptions("CHANNEL").replace("CHANNEL", "{id}");
    Router::new()
        .route(paths::CHANNELS, post(create_channel))
        .route(&subscriptions, put(subscribe))
        .route(&format!("{STREAMING}/{{id}}"), get(connect))
}

async fn create_channel(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let (token, response) = match authenticate(&shared, &headers) {
        Err(r) => (bearer(&headers), *r),
        Ok(token) => {
            let api = shared.origins.lock().expect("origins lock").api.clone();
            let ws = api.replacen("http://", "ws://", 1).replacen("https://", "wss://", 1);
            let ttl_ms = shared.scenario.lock().expect("scenario lock").live.channel_ttl_s * 1000;
            let mut live = shared.live.lock().expect("live lock");
            live.next += 1;
            live.created += 1;
            let id = format!("streaming-{}-{:08x}", live.next, mix(live.next) as u32);
            let expires_ms = epoch_ms() + ttl_ms;
            live.channels
                .insert(id.clone(), Channel { token: token.clone(), topics: Vec::new(), expires_ms, socket: 0 });
            let body = json!({ "id": id, "connectUri": format!("{ws}{STREAMING}/{id}"),
                "expires": iso_utc(expires_ms) });
            (Some(token), Json(body).into_response())
        }
    };
    log(&shared, LogEntry { token, ..LogEntry::new("POST", paths::CHANNELS, response.status().as_u16()) });
    response
}

async fn subscribe(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let response = 'answer: {
        let token = match authenticate(&shared, &headers) {
            Err(r) => break 'answer *r,
            Ok(token) => token,
        };
        let topics: Option<Vec<String>> = serde_json::from_slice::<Value>(&body)
            .ok()
            .and_then(|v| v.as_array().map(|a| a.iter().filter_map(|t| t["id"].as_str().map(str::to_owned)).collect()));
        let Some(topics) = topics.filter(|t| !t.is_empty()) else {
            break 'answer error_body(
                StatusCode::BAD_REQUEST,
                "bad.request",
                "The body must be a list of {\"id\": topic}",
            );
        };
        let mine = format!("v2.users.{ME}.conversations");
        if let Some(other) = topics.iter().find(|t| **t != mine) {
            break 'answer error_body(
                StatusCode::BAD_REQUEST,
                "bad.request",
                &format!("Topic {other} is not one the agent may subscribe to"),
            );
        }
        let mut live = shared.live.lock().expect("live lock");
        let reject = live.reject_topics;
        match live.channels.get_mut(&id).filter(|c| c.expires_ms > epoch_ms()) {
            None => error_body(StatusCode::NOT_FOUND, "not.found", "The channel does not exist"),
            Some(channel) => {
                // `ChannelTopicEntityListing`: each topic `Permitted` or `Rejected` (GENESYS-API.md §11).
                let state = if reject { "Rejected" } else { "Permitted" };
                channel.topics = if reject { Vec::new() } else { topics.clone() };
                // Subscribing again with a newer token keeps the channel usable with it.
                channel.token = token;
                let entities: Vec<Value> = topics.iter().map(|t| json!({ "id": t, "state": state })).collect();
                Json(json!({ "entities": entities })).into_response()
            }
        }
    };
    let path = paths::subscriptions(&id);
    log(&shared, LogEntry { token: bearer(&headers), ..LogEntry::new("PUT", &path, response.status().as_u16()) });
    response
}

async fn connect(State(shared): State<Arc<Shared>>, Path(id): Path<String>, upgrade: WebSocketUpgrade) -> Response {
    let admitted = {
        let scenario = shared.scenario.lock().expect("scenario lock").clone();
        let mut live = shared.live.lock().expect("live lock");
        let refuse = live.refuse_upgrades;
        let token_ok = |c: &Channel| shared.tokens.lock().expect("tokens lock").check(&c.token, &scenario).is_ok();
        match live.channels.get_mut(&id) {
            _ if refuse => Err(StatusCode::FORBIDDEN),
            Some(c) if c.expires_ms > epoch_ms() && token_ok(c) => {
                c.socket += 1;
                Ok(c.socket)
            }
            Some(_) => Err(StatusCode::UNAUTHORIZED),
            None => Err(StatusCode::NOT_FOUND),
        }
    };
    let status = admitted.map_or_else(|s| s.as_u16(), |_| 101);
    log(&shared, LogEntry { query: id.clone(), ..LogEntry::new("GET", STREAMING, status) });
    match admitted {
        Err(status) => status.into_response(),
        Ok(n) => upgrade.on_upgrade(move |socket| serve(shared, id, n, socket)),
    }
}

fn frame(topic: &str, body: Value) -> Message {
    let correlation = format!("{:016x}", mix(epoch_ms()));
    Message::Text(
        json!({ "topicName": topic, "version": "2", "eventBody": body, "metadata": { "CorrelationId": correlation } })
            .to_string()
            .into(),
    )
}

/// One socket: heartbeats, the channel's events, and the faults.
async fn serve(shared: Arc<Shared>, id: String, n: u64, mut socket: WebSocket) {
    let mut pushes = {
        let mut live = shared.live.lock().expect("live lock");
        live.connects += 1;
        live.open += 1;
        live.pushes.subscribe()
    };
    let heartbeat_ms = shared.scenario.lock().expect("scenario lock").live.heartbeat_ms.max(100);
    let mut beat = tokio::time::interval(Duration::from_millis(heartbeat_ms));
    beat.tick().await;
    let mut closing_at: Option<tokio::time::Instant> = None;
    loop {
        let (current, silent) = {
            let live = shared.live.lock().expect("live lock");
            let channel = live.channels.get(&id);
            (channel.is_some_and(|c| c.socket == n && c.expires_ms > epoch_ms()), live.silent)
        };
        if !current {
            // A newer socket took the channel, or the channel expired.
            let _ = socket.send(Message::Close(None)).await;
            break;
        }
        let deadline = closing_at.unwrap_or_else(|| tokio::time::Instant::now() + Duration::from_secs(3600));
        tokio::select! {
            _ = beat.tick() => {
                if !silent && socket.send(frame("channel.metadata", json!({ "message": "WebSocket Heartbeat" }))).await.is_err() {
                    break;
                }
            }
            push = pushes.recv() => match push {
                Ok(Push::Event { topic, body }) => {
                    // The subscription as it is now (it may have come after this loop began), and
                    // only while this is the channel's socket (a newer one replaces it).
                    let subscribed = shared.live.lock().expect("live lock").channels.get(&id)
                        .is_some_and(|c| c.socket == n && c.topics.contains(&topic));
                    if !silent && subscribed && socket.send(frame(&topic, body)).await.is_err() {
                        break;
                    }
                }
                Ok(Push::Drop) => break,
                Ok(Push::Heartbeat) => {
                    if !silent && socket.send(frame("channel.metadata", json!({ "message": "WebSocket Heartbeat" }))).await.is_err() {
                        break;
                    }
                }
                Ok(Push::Closing) => {
                    // GENESYS-API.md §6 lists no `systemTopicType` or `reason` for this one.
                    let body = json!({ "channelId": id, "message": "The socket will close" });
                    if socket.send(frame("v2.system.socket_closing", body)).await.is_err() {
                        break;
                    }
                    closing_at = Some(tokio::time::Instant::now() + Duration::from_secs(3));
                }
                Err(broadcast::error::RecvError::Lagged(_)) => {}
                Err(broadcast::error::RecvError::Closed) => break,
            },
            message = socket.recv() => match message {
                Some(Ok(Message::Text(text))) if text.contains("\"ping\"") => {
                    let _ = socket.send(frame("channel.metadata", json!({ "message": "pong" }))).await;
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                _ => {}
            },
            _ = tokio::time::sleep_until(deadline) => {
                let _ = socket.send(Message::Close(None)).await;
                break;
            }
        }
    }
    shared.live.lock().expect("live lock").open -= 1;
}
