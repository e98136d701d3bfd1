//! Calendar dates (UTC, proleptic Gregorian): waiver expiry and `--as-of`. One place for the
//! civil-date arithmetic every other module uses.

use std::fmt;

/// A day, as days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i64);

impl Date {
    /// Strictly `YYYY-MM-DD` with a real month and day (`2027-02-29` is refused).
    pub fn parse(s: &str) -> Option<Date> {
        let parts: Vec<&str> = s.split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return None;
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let num = |p: &str| -> Option<i64> {
            p.chars()
                .all(|c| c.is_ascii_digit())
                .then(|| p.parse().ok())?
        };
        let (y, m, d) = (num(y)?, num(m)?, num(d)?);
        if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
            return None;
        }
        Some(Date(days_from_civil(y, m, d)))
    }

    /// Today in UTC (`SOURCE_DATE_EPOCH`'s day when set).
    pub fn today() -> Date {
        Date(now_secs().div_euclid(86_400))
    }

    pub fn add_days(self, days: i64) -> Date {
        Date(self.0 + days)
    }

    /// The first second of the day, since the epoch.
    pub fn start_secs(self) -> i64 {
        self.0 * 86_400
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.0 - self.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = civil_from_days(self.0);
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` (fractions of a second allowed and dropped) as seconds since the
/// epoch: the times the store keeps and CloudTrail gives.
pub fn parse_rfc3339_utc(s: &str) -> Option<i64> {
    let (date, time) = s.split_once('T')?;
    let day = Date::parse(date)?;
    let time = time.strip_suffix('Z')?;
    let whole = time.split_once('.').map_or(time, |(w, frac)| {
        if frac.chars().all(|c| c.is_ascii_digit()) {
            w
        } else {
            "invalid"
        }
    });
    let parts: Vec<&str> = whole.split(':').collect();
    let [h, m, sec] = parts.as_slice() else {
        return None;
    };
    let num = |p: &str, max: i64| -> Option<i64> {
        (p.len() == 2 && p.chars().all(|c| c.is_ascii_digit()))
            .then(|| p.parse::<i64>().ok())
            .flatten()
            .filter(|v| *v <= max)
    };
    Some(day.0 * 86_400 + num(h, 23)? * 3600 + num(m, 59)? * 60 + num(sec, 60)?)
}

/// Seconds since the epoch as RFC 3339 UTC seconds.
pub fn rfc3339(secs: i64) -> String {
    let (day, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        Date(day),
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Now, as RFC 3339 UTC seconds (`2026-12-02T21:15:48Z`); `SOURCE_DATE_EPOCH` (seconds since
/// the epoch, the reproducible-builds convention) replaces the clock, so a report can be made
/// byte-identical again.
pub fn now_rfc3339() -> String {
    rfc3339(now_secs())
}

fn now_secs() -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        })
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of `days_from_civil`.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_round_trips_and_refuses_junk() {
        for s in [
            "1970-01-01T00:00:00Z",
            "2026-02-28T23:59:59Z",
            "2024-02-29T12:30:05Z",
        ] {
            assert_eq!(rfc3339(parse_rfc3339_utc(s).unwrap()), s);
        }
        assert_eq!(
            parse_rfc3339_utc("2026-01-01T00:00:01.250Z"),
            parse_rfc3339_utc("2026-01-01T00:00:01Z")
        );
        for bad in [
            "2026-01-01",
            "2026-01-01T24:00:00Z",
            "2026-01-01T00:00:00+01:00",
            "2026-01-01T0é:00:00Z",
            "2026-01-01T00:00:00.x1Z",
        ] {
            assert_eq!(parse_rfc3339_utc(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_round_trip_and_order() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2026-12-02",
            "2099-12-31",
            "1969-12-31",
        ] {
            assert_eq!(Date::parse(s).unwrap().to_string(), s);
        }
        let a = Date::parse("2026-12-31").unwrap();
        let b = Date::parse("2027-01-01").unwrap();
        assert_eq!(a.days_until(b), 1);
        assert!(a < b);
    }

    #[test]
    fn non_dates_are_refused() {
        for s in [
            "2027-02-29",
            "2027-13-01",
            "2027-00-10",
            "2027-1-01",
            "27-01-01",
            "2027-01-01T00:00",
            "",
            "２０２７-01-01",
            "2027-01-3a",
            "+027-01-01",
        ] {
            assert!(Date::parse(s).is_none(), "{s}");
        }
    }
}
