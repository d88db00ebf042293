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
