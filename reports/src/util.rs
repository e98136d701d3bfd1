//! Small helpers the renderers share.

use crate::{Finding, Location, Waiver};
use sha2::{Digest, Sha256};

/// The stable fingerprint of a finding: sha256 hex of its identity (policy, account,
/// resource), so it survives reordering and line changes.
pub fn fingerprint(f: &Finding) -> String {
    let digest = Sha256::digest(f.identity().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// `file:line`, or just `file` for line 0 (an account or region summary).
pub fn place(loc: &Location) -> String {
    match loc.line {
        0 => loc.file.clone(),
        line => format!("{}:{line}", loc.file),
    }
}

/// The resource as a reader tells it apart: with its account when known.
pub fn resource_label(f: &Finding) -> String {
    match &f.account {
        Some(a) => format!("{} ({a})", f.resource),
        None => f.resource.clone(),
    }
}

/// `reason (approved by X, expires Y, ticket Z)`.
pub fn waiver_text(w: &Waiver) -> String {
    let mut parts = Vec::new();
    if let Some(a) = &w.approved_by {
        parts.push(format!("approved by {a}"));
    }
    parts.push(format!("expires {}", w.expires));
    if let Some(t) = &w.ticket {
        parts.push(format!("ticket {t}"));
    }
    format!("{} ({})", w.reason, parts.join(", "))
}

/// `PutBucketPolicy by arn:... at 2026-01-05T08:50:00Z from 198.51.100.23`.
pub fn change_text(c: &crate::ChangeEvent) -> String {
    let mut s = format!(
        "{} by {} at {}",
        c.event_name,
        c.principal.as_deref().unwrap_or("an unknown principal"),
        c.event_time
    );
    if let Some(ip) = &c.source_ip {
        s.push_str(&format!(" from {ip}"));
    }
    s
}

/// Lines joined by spaces: for one-line places (attributes, table cells, headings).
pub fn one_line(s: &str) -> String {
    s.split(['\n', '\r'])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date; `None` for anything else.
pub fn days(date: &str) -> Option<i64> {
    let mut it = date.split('-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Days from `from` to `to` (both `YYYY-MM-DD`).
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    Some(days(to)? - days(from)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(days("1970-01-01"), Some(0));
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
        assert_eq!(days_between("2023-12-31", "2024-01-30"), Some(30));
        assert_eq!(days("2024-1-01"), None);
        assert_eq!(days("2024-01-01x"), None);
        assert_eq!(days("２０２４-01-01"), None);
        assert_eq!(days(""), None);
    }
}
