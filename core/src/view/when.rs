//! When a conversation started, as an agent reads it: the time today, "Yesterday", the
//! weekday within the last week, a date before that. The days are the agent's local days:
//! the shell passes each moment's UTC offset in (time zones and DST are the browser's).

use crate::util::time::{civil_from_days, local_day};

/// How to write a start time, relative to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Today (or a little in the future, a clock's skew): the time.
    Today,
    Yesterday,
    /// 2 to 6 days ago: the weekday's name.
    ThisWeek,
    /// Earlier: the date, with the year when it is not this year's.
    Date {
        this_year: bool,
    },
}

/// How to write `start_ms`, seen at `now_ms`; each with its own UTC offset (minutes east).
pub fn when(start_ms: u64, start_offset_min: i32, now_ms: u64, now_offset_min: i32) -> When {
    let (day, today) = (local_day(start_ms, start_offset_min), local_day(now_ms, now_offset_min));
    match today - day {
        i64::MIN..=0 => When::Today,
        1 => When::Yesterday,
        2..=6 => When::ThisWeek,
        _ => {
            let year = |d: i64| civil_from_days(d).0;
            When::Date { this_year: year(day) == year(today) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::time::parse_iso_ms;

    fn at(iso: &str) -> u64 {
        parse_iso_ms(iso).unwrap()
    }

    #[test]
    fn days_are_the_agents_local_days() {
        let now = at("2026-12-01T09:00:00Z");
        assert_eq!(when(at("2026-12-01T00:30:00Z"), 0, now, 0), When::Today);
        assert_eq!(when(at("2026-11-30T23:30:00Z"), 0, now, 0), When::Yesterday);
        // 23:30 UTC on the 30th is already the 1st in Berlin (+60).
        assert_eq!(when(at("2026-11-30T23:30:00Z"), 60, now, 60), When::Today);
        // …and still the 30th in New York (−300), where it is 04:00 on the 1st.
        assert_eq!(when(at("2026-11-30T23:30:00Z"), -300, now, -300), When::Yesterday);
        assert_eq!(when(at("2026-11-25T12:00:00Z"), 0, now, 0), When::ThisWeek);
        assert_eq!(when(at("2026-11-24T12:00:00Z"), 0, now, 0), When::Date { this_year: true });
        assert_eq!(when(at("2025-12-24T12:00:00Z"), 0, now, 0), When::Date { this_year: false });
        assert_eq!(when(at("2026-12-01T09:05:00Z"), 0, now, 0), When::Today, "a little ahead is today");
    }
}
