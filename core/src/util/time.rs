//! Time and dates, in one place: the Gregorian calendar (Howard Hinnant's algorithms, in UTC),
//! ISO-8601 as the Genesys APIs write it, HTTP-dates as `Retry-After` may carry them, and local
//! days (the browser passes each moment's UTC offset in; time zones and DST are its business).
//! No clock: every "now" is an argument.

/// Milliseconds in a day.
pub const DAY_MS: u64 = 86_400_000;

pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date (year, month, day) of a day counted from 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ` for milliseconds since the Unix epoch (UTC).
pub fn iso_utc(ms: u64) -> String {
    let days = (ms / DAY_MS) as i64;
    let in_day = ms % DAY_MS;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        in_day / 3_600_000,
        in_day / 60_000 % 60,
        in_day / 1000 % 60,
        in_day % 1000
    )
}

/// Milliseconds since the epoch of an ISO-8601 date-time as Genesys writes them
/// (`2026-11-24T09:00:00.000Z`, also without fractions, or with a `±HH:MM` offset).
pub fn parse_iso_ms(text: &str) -> Option<u64> {
    let b = text.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = text.get(r)?;
        s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse().ok())?
    };
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (y, mo, d, h, mi, s) = (num(0..4)?, num(5..7)?, num(8..10)?, num(11..13)?, num(14..16)?, num(17..19)?);
    let (mo, d) = (u32::try_from(mo).ok()?, u32::try_from(d).ok()?);
    if !(1..=12).contains(&mo) || d == 0 || d > days_in_month(y, mo) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    let mut rest = &text[19..];
    let mut millis = 0;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let first3 = format!("{:0<3}", &frac[..digits.min(3)]);
        millis = first3.parse::<i64>().ok()?;
        rest = &frac[digits..];
    }
    let offset_min = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6 && (rest.starts_with('+') || rest.starts_with('-')) && &rest[3..4] == ":" => {
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            let oh: i64 = rest[1..3].parse().ok()?;
            let om: i64 = rest[4..6].parse().ok()?;
            sign * (oh * 60 + om)
        }
        _ => return None,
    };
    let days = days_from_civil(y, mo, d);
    let ms = ((days * 24 + h) * 60 + mi - offset_min) * 60_000 + s * 1000 + millis;
    u64::try_from(ms).ok()
}

/// The local day number of `ms` with `offset_min` minutes east of UTC.
pub fn local_day(ms: u64, offset_min: i32) -> i64 {
    (ms as i64 + i64::from(offset_min) * 60_000).div_euclid(DAY_MS as i64)
}

/// The last local midnight at or before `ms`, `offset_min` minutes east of UTC, as UTC ms.
pub fn local_midnight_ms(ms: u64, offset_min: i32) -> u64 {
    let offset = i64::from(offset_min) * 60_000;
    u64::try_from(local_day(ms, offset_min) * DAY_MS as i64 - offset).unwrap_or(0)
}

/// Parses an HTTP-date into Unix epoch milliseconds.
pub fn parse_http_date(value: &str) -> Option<u64> {
    let parts: Vec<&str> = value.split([' ', ',']).filter(|p| !p.is_empty()).collect();
    let (day, month, year, time) = match parts.as_slice() {
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        [_, d, m, y, t, "GMT"] => (*d, *m, *y, *t),
        // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        [_, dmy, t, "GMT"] => {
            let mut it = dmy.split('-');
            let (d, m, y) = (it.next()?, it.next()?, it.next()?);
            if it.next().is_some() {
                return None;
            }
            (d, m, y, *t)
        }
        // asctime: Sun Nov  6 08:49:37 1994
        [_, m, d, t, y] => (*d, *m, *y, *t),
        _ => return None,
    };
    let day: u32 = number(day, 1, 2)?;
    let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        .iter()
        .position(|m| *m == month)? as u32
        + 1;
    let mut year: i64 = number::<u32>(year, 2, 4)? as i64;
    if year < 100 {
        // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
        year += if year < 70 { 2000 } else { 1900 };
    }
    let mut hms = time.split(':');
    let (h, m, s) =
        (number::<u32>(hms.next()?, 2, 2)?, number::<u32>(hms.next()?, 2, 2)?, number::<u32>(hms.next()?, 2, 2)?);
    if hms.next().is_some() || day == 0 || day > days_in_month(year, month) || h > 23 || m > 59 || s > 60 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    let secs = days * 86_400 + (h * 3600 + m * 60 + s) as i64;
    (secs >= 0).then(|| secs as u64 * 1000)
}

fn number<T: std::str::FromStr>(s: &str, min_len: usize, max_len: usize) -> Option<T> {
    (s.len() >= min_len && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_across_leap_years_and_centuries() {
        for z in [-719_468, -1, 0, 59, 365, 10_957, 11_016, 20_423, 2_932_896] {
            let (y, m, d) = civil_from_days(z);
            assert!(d >= 1 && d <= days_in_month(y, m), "{z}: {y}-{m}-{d}");
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 2, 29), 11_016);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
    }

    #[test]
    fn iso_dates_round_trip() {
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00.000Z");
        // Checked with Python's datetime.
        assert_eq!(iso_utc(1_795_000_000_123), "2026-11-18T11:06:40.123Z");
        assert_eq!(parse_iso_ms("2026-11-18T11:06:40.123Z"), Some(1_795_000_000_123));
        assert_eq!(parse_iso_ms("2026-11-18T11:06:40Z"), Some(1_795_000_000_000));
        assert_eq!(parse_iso_ms("2026-11-18T12:06:40.1+01:00"), Some(1_795_000_000_100));
        assert_eq!(parse_iso_ms("2024-02-29T00:00:00.000Z"), Some(1_709_164_800_000));
        for bad in [
            "",
            "2026-11-18",
            "2026-13-18T08:26:40Z",
            "2026-11-18T08:26:40",
            "2026-11-18T08:26:40.Z",
            "x026-11-18T08:26:40Z",
        ] {
            assert_eq!(parse_iso_ms(bad), None, "{bad}");
        }
    }
}
