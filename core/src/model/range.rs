//! The time range the agent looks at.

use crate::util::time::{local_midnight_ms, DAY_MS};

/// The time range the agent chose: today (since local midnight) or the last N days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Range {
    Today,
    Days(u32),
}

impl Range {
    /// The chips the list offers.
    pub const CHIPS: [Range; 3] = [Range::Today, Range::Days(7), Range::Days(30)];

    /// Where the interval starts, for `now_ms` at `offset_min` minutes east of UTC.
    pub fn start_ms(self, now_ms: u64, offset_min: i32) -> u64 {
        match self {
            Range::Today => local_midnight_ms(now_ms, offset_min),
            Range::Days(n) => now_ms.saturating_sub(u64::from(n) * DAY_MS),
        }
    }

    /// A stable machine name (`data-range`): `today`, or the number of days.
    pub fn slug(self) -> String {
        match self {
            Range::Today => "today".to_owned(),
            Range::Days(n) => n.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::time::{iso_utc, parse_iso_ms};

    #[test]
    fn ranges_start_at_local_midnight_or_n_days_back() {
        let now = parse_iso_ms("2026-12-01T09:30:00.000Z").unwrap();
        assert_eq!(iso_utc(Range::Today.start_ms(now, 0)), "2026-12-01T00:00:00.000Z");
        // 09:30 UTC is 10:30 in Berlin, whose midnight was 23:00 UTC.
        assert_eq!(iso_utc(Range::Today.start_ms(now, 60)), "2026-11-30T23:00:00.000Z");
        // …and 04:30 on the 1st in New York, whose midnight was 05:00 UTC.
        assert_eq!(iso_utc(Range::Today.start_ms(now, -300)), "2026-12-01T05:00:00.000Z");
        assert_eq!(iso_utc(Range::Days(30).start_ms(now, 0)), "2026-11-01T09:30:00.000Z");
    }
}
