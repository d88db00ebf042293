//! A range's load failed: its mirrors show the same error, each in its own language, so the
//! error goes between frames as data (a tag and its fields), never as text.
//!
//! Only what a load can fail with goes: a load's, a sign-in's (the token it waited for), a
//! host's renewal and the widget's own faults. Configuration and start-up errors stop a frame
//! before it shares anything.

use crate::auth::signin::{BrowserApi, ExchangeError, SignInError};
use crate::error::{Fault, WidgetError};
use crate::host::handshake::{ChannelError, HandshakeError};
use crate::net::origin::Origin;
use crate::session::fields::{In, Out, Unreadable};
use crate::source::{LoadError, PageError};
use crate::util::json::{JsonKind, Problem, ReadError};

/// The fields of an error on the wire: a tag, up to two numbers and one string.
#[derive(Default)]
struct Parts {
    tag: &'static str,
    n: Option<u64>,
    m: Option<u64>,
    s: Option<String>,
}

fn parts(tag: &'static str) -> Parts {
    Parts { tag, ..Parts::default() }
}

fn with(tag: &'static str, n: Option<u64>, m: Option<u64>, s: Option<&str>) -> Parts {
    Parts { tag, n, m, s: s.map(str::to_owned) }
}

const KINDS: [JsonKind; 6] =
    [JsonKind::Null, JsonKind::Bool, JsonKind::Number, JsonKind::String, JsonKind::List, JsonKind::Object];

fn kind_number(kind: JsonKind) -> u64 {
    KINDS.iter().position(|k| *k == kind).unwrap_or(0) as u64
}

/// A read error's problem as two numbers (the field's name stays behind: it is a name in the
/// lead's code, and the sentence reads without it).
fn problem_numbers(problem: Problem) -> (u64, u64) {
    match problem {
        Problem::WrongType { expected, found } => (kind_number(expected) * 8 + kind_number(found), 0),
        Problem::Missing => (100, 0),
        Problem::NotJson => (101, 0),
        Problem::TooDeep => (102, 0),
        Problem::Unreceived => (103, 0),
    }
}

fn problem_of(n: u64) -> Option<Problem> {
    Some(match n {
        100 => Problem::Missing,
        101 => Problem::NotJson,
        102 => Problem::TooDeep,
        103 => Problem::Unreceived,
        n if n < 48 => {
            Problem::WrongType { expected: *KINDS.get((n / 8) as usize)?, found: *KINDS.get((n % 8) as usize)? }
        }
        _ => return None,
    })
}

fn of(error: &WidgetError) -> Parts {
    use LoadError as L;
    match error {
        WidgetError::Load(e) => match e {
            L::RateLimitTooLong { seconds } => with("rate-limit-too-long", Some(*seconds), None, None),
            L::RateLimited { attempts } => with("rate-limited", Some(u64::from(*attempts)), None, None),
            L::Unauthorized => parts("unauthorized"),
            L::Renewal(h) => handshake(h, true),
            L::Forbidden => parts("forbidden"),
            L::AnalyticsForbidden => parts("analytics-forbidden"),
            L::Server { status, attempts } => {
                with("server", Some(u64::from(*status)), Some(u64::from(*attempts)), None)
            }
            L::Network { message, attempts } => with("network", Some(u64::from(*attempts)), None, Some(message)),
            L::Unexpected { status } => with("unexpected", Some(u64::from(*status)), None, None),
            L::BadPage(PageError::NotAPage(r)) => with("not-a-page", Some(problem_numbers(r.problem).0), None, None),
            L::BadPage(PageError::NoEntities) => parts("no-entities"),
            L::BadPage(PageError::ForeignNextUri(u)) => with("foreign-next-uri", None, None, Some(u)),
            L::BadPage(PageError::BadNextUri(u)) => with("bad-next-uri", None, None, Some(u)),
            L::TooManyPages(n) => with("too-many-pages", Some(u64::from(*n)), None, None),
            L::Stalled => parts("stalled"),
        },
        WidgetError::SignIn(e) => match e {
            SignInError::Denied(why) => with("denied", None, None, Some(why)),
            SignInError::UnknownState => parts("unknown-state"),
            SignInError::NoAnswer => parts("no-answer"),
            SignInError::Exchange(x) => match x {
                ExchangeError::Incomplete => parts("exchange-incomplete"),
                ExchangeError::Network => parts("exchange-network"),
                ExchangeError::Status(s) => with("exchange-status", Some(u64::from(*s)), None, None),
                ExchangeError::Refused { status, why } => {
                    with("exchange-refused", Some(u64::from(*status)), None, Some(why))
                }
                ExchangeError::Unreadable(r) => {
                    with("exchange-unreadable", Some(problem_numbers(r.problem).0), None, None)
                }
                ExchangeError::NoToken => parts("exchange-no-token"),
            },
            SignInError::RefusedAtOnce => parts("refused-at-once"),
            SignInError::PopupBlocked(origin) => with("popup-blocked", None, None, Some(origin)),
            SignInError::Unavailable(api) => with(
                "unavailable",
                Some(match api {
                    BrowserApi::SessionStorage => 0,
                    BrowserApi::SubtleCrypto => 1,
                    BrowserApi::RandomValues => 2,
                }),
                None,
                None,
            ),
        },
        WidgetError::Handshake(h) => handshake(h, false),
        WidgetError::Internal(Fault::NoAbortController) => parts("no-abort-controller"),
        WidgetError::Internal(Fault::SignInCancelled) => parts("sign-in-cancelled"),
        WidgetError::Config(_) | WidgetError::Startup(_) => parts("local"),
    }
}

fn handshake(h: &HandshakeError, renewal: bool) -> Parts {
    let mut p = match h {
        HandshakeError::Timeout { ms, origin } => with("timeout", Some(u64::from(*ms)), None, Some(origin.as_str())),
        HandshakeError::Refused(why) => with("host-refused", None, None, Some(why)),
        HandshakeError::Channel(c) => with(
            "host-channel",
            Some(match c {
                ChannelError::NoParent => 0,
                ChannelError::NotSent => 1,
                ChannelError::Closed => 2,
            }),
            None,
            None,
        ),
    };
    p.m = renewal.then_some(1);
    p
}

/// `error`'s fields: a tag, two numbers and a string (empty when unused).
pub(crate) fn write(error: &WidgetError, out: &mut Out) {
    let p = of(error);
    out.str(p.tag).opt_num(p.n).opt_num(p.m).opt(p.s.as_deref());
}

/// An error written by [`write`]; one this frame does not know does not read.
pub(crate) fn read(f: &mut In<'_>) -> Result<WidgetError, Unreadable> {
    let tag = f.str()?;
    let (n, m, s) = (f.opt_num()?, f.opt_num()?, f.opt()?);
    let n = || n.ok_or(Unreadable);
    let n16 = || n().and_then(|v| u16::try_from(v).map_err(|_| Unreadable));
    let n32 = || n().and_then(|v| u32::try_from(v).map_err(|_| Unreadable));
    let s = || s.clone().ok_or(Unreadable);
    let read_error = || problem_of(n()?).map(ReadError::of).ok_or(Unreadable);
    let handshake = match tag {
        "timeout" => {
            Some(HandshakeError::Timeout { ms: n32()?, origin: Origin::parse(&s()?).map_err(|_| Unreadable)? })
        }
        "host-refused" => Some(HandshakeError::Refused(s()?)),
        "host-channel" => Some(HandshakeError::Channel(match n()? {
            0 => ChannelError::NoParent,
            1 => ChannelError::NotSent,
            2 => ChannelError::Closed,
            _ => return Err(Unreadable),
        })),
        _ => None,
    };
    if let Some(h) = handshake {
        return Ok(if m.is_some() { LoadError::Renewal(h).into() } else { h.into() });
    }
    Ok(match tag {
        "rate-limit-too-long" => LoadError::RateLimitTooLong { seconds: n()? }.into(),
        "rate-limited" => LoadError::RateLimited { attempts: n32()? }.into(),
        "unauthorized" => LoadError::Unauthorized.into(),
        "forbidden" => LoadError::Forbidden.into(),
        "analytics-forbidden" => LoadError::AnalyticsForbidden.into(),
        "server" => {
            LoadError::Server { status: n16()?, attempts: m.and_then(|m| u32::try_from(m).ok()).ok_or(Unreadable)? }
                .into()
        }
        "network" => LoadError::Network { message: s()?, attempts: n32()? }.into(),
        "unexpected" => LoadError::Unexpected { status: n16()? }.into(),
        "not-a-page" => LoadError::BadPage(PageError::NotAPage(read_error()?)).into(),
        "no-entities" => LoadError::BadPage(PageError::NoEntities).into(),
        "foreign-next-uri" => LoadError::BadPage(PageError::ForeignNextUri(s()?)).into(),
        "bad-next-uri" => LoadError::BadPage(PageError::BadNextUri(s()?)).into(),
        "too-many-pages" => LoadError::TooManyPages(n32()?).into(),
        "stalled" => LoadError::Stalled.into(),
        "denied" => SignInError::Denied(s()?).into(),
        "unknown-state" => SignInError::UnknownState.into(),
        "no-answer" => SignInError::NoAnswer.into(),
        "exchange-incomplete" => SignInError::Exchange(ExchangeError::Incomplete).into(),
        "exchange-network" => SignInError::Exchange(ExchangeError::Network).into(),
        "exchange-status" => SignInError::Exchange(ExchangeError::Status(n16()?)).into(),
        "exchange-refused" => SignInError::Exchange(ExchangeError::Refused { status: n16()?, why: s()? }).into(),
        "exchange-unreadable" => SignInError::Exchange(ExchangeError::Unreadable(read_error()?)).into(),
        "exchange-no-token" => SignInError::Exchange(ExchangeError::NoToken).into(),
        "refused-at-once" => SignInError::RefusedAtOnce.into(),
        "popup-blocked" => SignInError::PopupBlocked(s()?).into(),
        "unavailable" => SignInError::Unavailable(match n()? {
            0 => BrowserApi::SessionStorage,
            1 => BrowserApi::SubtleCrypto,
            2 => BrowserApi::RandomValues,
            _ => return Err(Unreadable),
        })
        .into(),
        "no-abort-controller" => WidgetError::Internal(Fault::NoAbortController),
        "sign-in-cancelled" => WidgetError::Internal(Fault::SignInCancelled),
        _ => return Err(Unreadable),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(error: &WidgetError) -> Result<WidgetError, Unreadable> {
        let mut out = Out::new('|');
        write(error, &mut out);
        read(&mut In::new(&out.done(), '|'))
    }

    #[test]
    fn errors_read_back_as_they_were_written() {
        let origin = Origin::parse("https://apps.mypurecloud.ie").unwrap();
        let errors: Vec<WidgetError> = vec![
            LoadError::RateLimitTooLong { seconds: 90 }.into(),
            LoadError::RateLimited { attempts: 4 }.into(),
            LoadError::Unauthorized.into(),
            LoadError::Renewal(HandshakeError::Timeout { ms: 5000, origin: origin.clone() }).into(),
            LoadError::Renewal(HandshakeError::Channel(ChannelError::Closed)).into(),
            HandshakeError::Refused("no".into()).into(),
            LoadError::Forbidden.into(),
            LoadError::AnalyticsForbidden.into(),
            LoadError::Server { status: 503, attempts: 3 }.into(),
            LoadError::Network { message: "offline".into(), attempts: 2 }.into(),
            LoadError::Unexpected { status: 418 }.into(),
            LoadError::BadPage(PageError::NotAPage(ReadError::of(Problem::WrongType {
                expected: JsonKind::List,
                found: JsonKind::String,
            })))
            .into(),
            LoadError::BadPage(PageError::NotAPage(ReadError::NOT_JSON)).into(),
            LoadError::BadPage(PageError::NoEntities).into(),
            LoadError::BadPage(PageError::ForeignNextUri("https://x".into())).into(),
            LoadError::BadPage(PageError::BadNextUri("::".into())).into(),
            LoadError::TooManyPages(1000).into(),
            LoadError::Stalled.into(),
            SignInError::Denied("access_denied".into()).into(),
            SignInError::UnknownState.into(),
            SignInError::NoAnswer.into(),
            SignInError::Exchange(ExchangeError::Incomplete).into(),
            SignInError::Exchange(ExchangeError::Network).into(),
            SignInError::Exchange(ExchangeError::Status(500)).into(),
            SignInError::Exchange(ExchangeError::Refused { status: 400, why: "invalid_grant".into() }).into(),
            SignInError::Exchange(ExchangeError::Unreadable(ReadError::TOO_DEEP)).into(),
            SignInError::Exchange(ExchangeError::NoToken).into(),
            SignInError::RefusedAtOnce.into(),
            SignInError::PopupBlocked("https://w".into()).into(),
            SignInError::Unavailable(BrowserApi::SubtleCrypto).into(),
            WidgetError::Internal(Fault::NoAbortController),
            WidgetError::Internal(Fault::SignInCancelled),
        ];
        for error in errors {
            assert_eq!(round_trip(&error), Ok(error.clone()), "{error:?}");
        }
        assert!(read(&mut In::new("local|||", '|')).is_err(), "configuration errors never go between frames");
        assert!(read(&mut In::new("server|70000|1|", '|')).is_err());
    }
}
