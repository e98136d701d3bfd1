//! Capture times as AWS Config writes them: epoch seconds or milliseconds (numbers), or ISO 8601
//! strings with `Z`, a `+hh:mm` / `+hhmm` offset, or no zone at all (boto3 recordings: read as
//! UTC). Only used to order items of one resource, so microseconds are plenty.

use crate::calendar::days_from_civil;
use serde_json::Value;

/// Microseconds since the Unix epoch, or `None` when the value is not a time.
pub fn parse(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => {
            let f = n.as_f64()?;
            // Seconds until the year 5138; beyond that the number is milliseconds.
            let micros = if f.abs() < 1e11 { f * 1e6 } else { f * 1e3 };
            micros.is_finite().then_some(micros as i64)
        }
        Value::String(s) => parse_iso(s.trim()).or_else(|| {
            // Numbers as strings (`"1569605832.673"`) are epochs too.
            s.trim()
                .parse::<f64>()
                .ok()
                .and_then(|f| parse(&Value::from(f)))
        }),
        _ => None,
    }
}

/// Reads characters, never bytes: a time with any other character in it is simply not a time.
fn parse_iso(s: &str) -> Option<i64> {
    let c: Vec<char> = s.chars().collect();
    let digits = |from: usize, n: usize| -> Option<i64> {
        let part = c.get(from..from + n)?;
        if !part.iter().all(char::is_ascii_digit) {
            return None;
        }
        part.iter().collect::<String>().parse().ok()
    };
    if c.get(4) != Some(&'-') || c.get(7) != Some(&'-') {
        return None;
    }
    let (year, month, day) = (digits(0, 4)?, digits(5, 2)?, digits(8, 2)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut micros = days_from_civil(year, month, day) * 86_400_000_000;
    if c.len() == 10 {
        return Some(micros);
    }
    if !matches!(c.get(10), Some('T' | 't' | ' ')) || c.get(13) != Some(&':') {
        return None;
    }
    let (hh, mm) = (digits(11, 2)?, digits(14, 2)?);
    if hh > 23 || mm > 59 {
        return None;
    }
    let mut i = 16;
    let mut ss = 0;
    if c.get(i) == Some(&':') {
        ss = digits(i + 1, 2)?;
        i += 3;
    }
    micros += (hh * 3600 + mm * 60 + ss) * 1_000_000;
    if c.get(i) == Some(&'.') {
        let frac: Vec<char> = c[i + 1..]
            .iter()
            .copied()
            .take_while(char::is_ascii_digit)
            .collect();
        i += 1 + frac.len();
        let six: String = frac.iter().chain(['0'; 6].iter()).take(6).collect();
        micros += six.parse::<i64>().ok()?;
    }
    let zone = &c[i.min(c.len())..];
    let offset_minutes = match zone {
        [] | ['Z'] | ['z'] => 0,
        [sign, rest @ ..] => {
            let sign = match sign {
                '+' => 1,
                '-' => -1,
                _ => return None,
            };
            let d: Vec<char> = rest.iter().copied().filter(|c| *c != ':').collect();
            if d.len() != 4 || !d.iter().all(char::is_ascii_digit) {
                return None;
            }
            let n = |a: &[char]| a.iter().collect::<String>().parse::<i64>().ok();
            sign * (n(&d[0..2])? * 60 + n(&d[2..4])?)
        }
    };
    Some(micros - offset_minutes * 60_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_spelling_of_one_instant_agrees() {
        let utc = parse(&json!("2017-08-11T10:48:56.507Z")).unwrap();
        assert_eq!(parse(&json!("2017-08-11T06:48:56.507000-04:00")), Some(utc));
        assert_eq!(parse(&json!("2017-08-11T12:48:56.507+0200")), Some(utc));
        assert_eq!(parse(&json!("2017-08-11T10:48:56.507")), Some(utc));
        assert_eq!(parse(&json!(1502448536.507)), Some(utc));
        assert_eq!(parse(&json!(1502448536507_i64)), Some(utc));
        assert_eq!(parse(&json!("1502448536.507")), Some(utc));
    }

    #[test]
    fn epoch_is_zero_and_order_holds() {
        assert_eq!(parse(&json!("1970-01-01T00:00:00Z")), Some(0));
        let a = parse(&json!("2016-12-11T06:04:02.376000")).unwrap();
        let b = parse(&json!("2016-12-11T06:04:03.800000")).unwrap();
        assert!(a < b);
    }

    #[test]
    fn non_times_are_none() {
        for v in [
            json!("yesterday"),
            json!("2017-13-01"),
            // A multi-byte character where a byte index would have cut it (it used to panic).
            json!("2017-08-11T10:48:56.507+0é:00"),
            json!("2017-08-11T10:48:56.507−04:00"),
            json!("2017-08-11T10:48:5é"),
            json!("2017-08-1é"),
            json!("é017-08-11"),
            json!("2017-08-11Té0:48"),
            json!(true),
            json!(null),
        ] {
            assert_eq!(parse(&v), None, "{v}");
        }
    }
}
