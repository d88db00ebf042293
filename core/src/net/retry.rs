//! Retry policy, kept apart from I/O: *classifying* a response is one function, *deciding*
//! how long to wait is another, and jitter and the current time are arguments.

use crate::util::time::parse_http_date;

/// What a response status means for the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Success,
    /// 429: wait (as `Retry-After` says, if it is readable) and try again.
    Throttled,
    /// 401: the token is no longer accepted; renew it once and repeat.
    Unauthorized,
    /// 403: the user lacks a permission; retrying will not help.
    Forbidden,
    /// 5xx (and 408): transient, retry with backoff.
    Transient,
    /// Any other status: a bug or a misconfiguration, not retried.
    Permanent,
}

pub fn classify(status: u16) -> Class {
    match status {
        200..=299 => Class::Success,
        429 => Class::Throttled,
        401 => Class::Unauthorized,
        403 => Class::Forbidden,
        408 | 500..=599 => Class::Transient,
        _ => Class::Permanent,
    }
}

/// Exponential backoff with "equal jitter", the one formula every retry uses (requests, and the
/// live connection's reconnects): the wait before retry `n` (1-based) is spread uniformly over
/// the upper half of `base × 2^(n-1)`, capped at `max`. Jitter is an argument, so tests are exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// First backoff step.
    pub base_ms: u64,
    /// Largest computed backoff.
    pub max_ms: u64,
}

impl Backoff {
    /// The wait before retry `n` (1-based). `jitter` is a number in `[0, 1]`; values outside
    /// are clamped, NaN is 0.
    pub fn delay_ms(&self, n: u32, jitter: f64) -> u64 {
        let exp = n.saturating_sub(1).min(30);
        let ceiling = self.base_ms.saturating_mul(1u64 << exp).min(self.max_ms);
        let half = ceiling / 2;
        let jitter = if jitter.is_nan() { 0.0 } else { jitter.clamp(0.0, 1.0) };
        half + (half as f64 * jitter).round() as u64
    }
}

/// Bounds on retrying one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries per request, the first included, for 429, 5xx and network failures.
    pub max_attempts: u32,
    pub backoff: Backoff,
    /// A `Retry-After` longer than this is not waited out: the load fails with a clear error.
    /// 180 s is where Genesys's own SDKs give up.
    pub max_retry_after_ms: u64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { max_attempts: 6, backoff: Backoff { base_ms: 500, max_ms: 20_000 }, max_retry_after_ms: 180_000 }
    }
}

impl RetryPolicy {
    /// The wait before retry number `retry` (1-based), with `jitter` in `[0, 1]`.
    pub fn backoff_ms(&self, retry: u32, jitter: f64) -> u64 {
        self.backoff.delay_ms(retry, jitter)
    }
}

/// Parses a `Retry-After` value into milliseconds to wait from `now_ms` (Unix epoch ms).
/// Accepts delta-seconds (`"120"`) and an HTTP-date in any of the three forms of RFC 9110
/// (`Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT`,
/// `Sun Nov  6 08:49:37 1994`). A date in the past means "now" (0). Anything else is `None`,
/// and the caller falls back to backoff.
pub fn parse_retry_after(value: &str, now_ms: u64) -> Option<u64> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Some(value.parse::<u64>().unwrap_or(u64::MAX / 1000).saturating_mul(1000));
    }
    let at_ms = parse_http_date(value)?;
    Some(at_ms.saturating_sub(now_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOV_6_1994: u64 = 784_111_777_000; // Sun, 06 Nov 1994 08:49:37 GMT

    #[test]
    fn classifies() {
        assert_eq!(classify(200), Class::Success);
        assert_eq!(classify(204), Class::Success);
        assert_eq!(classify(429), Class::Throttled);
        assert_eq!(classify(401), Class::Unauthorized);
        assert_eq!(classify(403), Class::Forbidden);
        assert_eq!(classify(500), Class::Transient);
        assert_eq!(classify(503), Class::Transient);
        assert_eq!(classify(408), Class::Transient);
        assert_eq!(classify(404), Class::Permanent);
        assert_eq!(classify(302), Class::Permanent);
    }

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff_ms(1, 0.0), 250);
        assert_eq!(p.backoff_ms(1, 1.0), 500);
        assert_eq!(p.backoff_ms(2, 0.0), 500);
        assert_eq!(p.backoff_ms(3, 0.5), 1500);
        assert_eq!(p.backoff_ms(10, 1.0), 20_000);
        assert_eq!(p.backoff_ms(u32::MAX, 1.0), 20_000);
        assert_eq!(p.backoff_ms(1, f64::NAN), 250);
        assert_eq!(p.backoff_ms(1, 7.0), 500);
        for retry in 1..20 {
            for j in [0.0, 0.3, 0.99, 1.0] {
                let d = p.backoff_ms(retry, j);
                assert!(d > 0 && d <= p.backoff.max_ms);
            }
        }
    }

    #[test]
    fn retry_after_seconds() {
        assert_eq!(parse_retry_after("0", 5), Some(0));
        assert_eq!(parse_retry_after(" 2 ", 5), Some(2000));
        assert_eq!(parse_retry_after("120", 5), Some(120_000));
        assert!(parse_retry_after("99999999999999999999999", 5).unwrap() > 180_000);
        assert_eq!(parse_retry_after("-1", 5), None);
        assert_eq!(parse_retry_after("1.5", 5), None);
        assert_eq!(parse_retry_after("", 5), None);
        assert_eq!(parse_retry_after("soon", 5), None);
    }

    #[test]
    fn retry_after_dates_in_all_three_forms() {
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), Some(NOV_6_1994));
        assert_eq!(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"), Some(NOV_6_1994));
        assert_eq!(parse_http_date("Sun Nov  6 08:49:37 1994"), Some(NOV_6_1994));
        assert_eq!(parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(parse_http_date("Sun, 22 Nov 2026 10:00:00 GMT"), Some(1_795_341_600_000));
        assert_eq!(parse_http_date("Thu, 29 Feb 2024 00:00:00 GMT"), Some(1_709_164_800_000));
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:40 GMT", NOV_6_1994), Some(3000));
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:30 GMT", NOV_6_1994), Some(0));
    }

    #[test]
    fn bad_dates_are_refused() {
        for bad in [
            "Sun, 06 Nov 1994 08:49:37 PST",
            "Sun, 31 Nov 1994 08:49:37 GMT",
            "Sun, 29 Feb 2023 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 25:49:37 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
            "Sun, 06 Nov 1994 08:49:37:01 GMT",
            "06 Nov 1994",
        ] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
    }
}
