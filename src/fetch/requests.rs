//! Requests as the core's rules want them made: a batch at once with a valid token, each timed
//! and recorded for diagnostics; and one request that is not a page (live updates' channel and
//! subscription), driven by the loader's rules. No decision is made here.

use std::rc::Rc;

use crate::platform::reactive::Slot;
use crm_core::auth::Token;
use crm_core::diagnostics::{path_of, Diagnostics, RequestRecord};
use crm_core::net::retry::{classify, Class, RetryPolicy};
use crm_core::net::{Outcome, Request};
use crm_core::session::Clock;
use crm_core::source::single::Single;
use crm_core::source::{AnySource, Delivery, LoadError, Loader, Step, Ticket};
use crm_core::util::json::Json;
use crm_core::WidgetError;
use futures::future::join_all;
use web_sys::AbortSignal;

use crate::platform::browser::{
    is_online, jitter, local_offset_min, mark_once, now_ms, page_ms, sleep_unless_cancelled, unless_cancelled,
    wait_online, Cancelled,
};
use crate::ports::{JsonText, TokenSource, Transport};

/// The wall clock, as the core takes it.
pub fn clock() -> Clock {
    let now_ms = now_ms();
    Clock { now_ms, offset_min: local_offset_min(now_ms) }
}

/// What requests go out with.
pub struct Io {
    pub transport: Rc<dyn Transport>,
    pub tokens: Rc<dyn TokenSource>,
    pub diagnostics: Option<Slot<Diagnostics>>,
}

/// One request that is not a page (live updates' channel and subscription), with the rules
/// every request meets. `None` when cancelled.
pub async fn request(
    io: &Io,
    request: Request,
    signal: &AbortSignal,
    cancelled: &Cancelled,
) -> Option<Result<Json, LoadError>> {
    let mut loader = Loader::new(AnySource::Single(Single::new(request)), RetryPolicy::default());
    let mut answer = None;
    loop {
        match loader.step() {
            Step::Fetch(tickets) => {
                if !is_online() {
                    if !wait_online(cancelled).await {
                        return None;
                    }
                    continue;
                }
                let token = match unless_cancelled(io.tokens.token(), cancelled).await? {
                    Ok(token) => token,
                    Err(WidgetError::Handshake(e)) => {
                        loader.renewal_failed(e);
                        continue;
                    }
                    Err(_) => return Some(Err(LoadError::Unauthorized)),
                };
                for (ticket, outcome) in fetch(io, &tickets, &token, signal, cancelled).await? {
                    if matches!(outcome, Outcome::Response { status, .. } if classify(status) == Class::Success) {
                        io.tokens.accepted();
                    }
                    for delivery in loader.outcome(ticket, outcome, now_ms(), jitter()) {
                        if let Delivery::Body(json) = delivery {
                            answer = Some(json);
                        }
                    }
                }
            }
            Step::Wait { ms, .. } => {
                if !sleep_unless_cancelled(ms, cancelled).await {
                    return None;
                }
                loader.waited();
            }
            Step::RenewToken => match unless_cancelled(io.tokens.renew(), cancelled).await? {
                Ok(_) => {
                    loader.renewed();
                }
                Err(WidgetError::Handshake(e)) => {
                    loader.renewal_failed(e);
                }
                Err(_) => return Some(Err(LoadError::Unauthorized)),
            },
            Step::Done => return Some(answer.ok_or(LoadError::Stalled)),
            Step::Failed(e) => return Some(Err(e)),
        }
    }
}

/// Makes a batch of requests at once, each timed on its own and recorded for diagnostics; the
/// outcomes by ticket. An outcome heard while the browser is offline is left out: it is not the
/// API's fault, and the request goes out again once online. `None` when cancelled.
pub async fn fetch(
    io: &Io,
    tickets: &[Ticket],
    token: &Token,
    signal: &AbortSignal,
    cancelled: &Cancelled,
) -> Option<Vec<(u64, Outcome<JsonText>)>> {
    let sends = tickets.iter().map(|t| {
        let send = io.transport.send(&t.request, token, signal);
        async move {
            let started = page_ms();
            mark_once("crm:first-request");
            let outcome = send.await;
            mark_once("crm:first-answer");
            (outcome, started, page_ms())
        }
    });
    let outcomes = unless_cancelled(join_all(sends), cancelled).await?;
    let mut heard = Vec::with_capacity(outcomes.len());
    for (ticket, (outcome, started, ended)) in tickets.iter().zip(outcomes) {
        let status = match &outcome {
            Outcome::Response { status, .. } => Some(*status),
            Outcome::Network { .. } => None,
        };
        note(io, |d| {
            d.request(RequestRecord {
                at_ms: started,
                path: path_of(&ticket.request.url).to_owned(),
                status,
                duration_ms: ended - started,
                attempt: ticket.attempt,
                wait_ms: None,
            })
        });
        if status.is_some() || is_online() {
            heard.push((ticket.id, outcome));
        }
    }
    Some(heard)
}

pub fn note(io: &Io, f: impl FnOnce(&mut Diagnostics)) {
    if let Some(d) = io.diagnostics {
        d.update(f);
    }
}
