//! GitLab Code Quality: a JSON array of Code Climate issues, shown in the merge request.
//!
//! - `fail` is an issue; its severity maps one to one onto GitLab's five: info → `info`,
//!   low → `minor`, medium → `major`, high → `critical`, critical → `blocker`.
//! - `unknown` is an issue of severity `info`, its description saying what only apply will
//!   tell: a reviewer should look at it, but it is not a failure.
//! - `waived` (an accepted risk), `error` (the scan failed; the job's exit code says so) and
//!   `pass` are not issues.
//! - `fingerprint` is sha256 of the finding's identity, so GitLab tells new issues from old
//!   across pipelines whatever the order or the line.
//! - `location` is the Terraform block when known, else the place in the input; line 0 (an
//!   account or region summary) becomes line 1, as GitLab needs a line.

use crate::util::{fingerprint, one_line, resource_label};
use crate::{Finding, Report, Severity, Status};
use serde_json::json;

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Low => "minor",
        Severity::Medium => "major",
        Severity::High => "critical",
        Severity::Critical => "blocker",
    }
}

fn issue(f: &Finding) -> serde_json::Value {
    let loc = f.primary_location();
    let (description, level) = match f.status {
        Status::Unknown if !f.unknown.is_empty() => (
            format!(
                "unknown until apply: {} ({}; known only after apply: {})",
                one_line(&f.message),
                resource_label(f),
                f.unknown.join(", ")
            ),
            "info",
        ),
        Status::Unknown => (
            format!(
                "unknown until apply: {} ({})",
                one_line(&f.message),
                resource_label(f)
            ),
            "info",
        ),
        _ => (
            format!("{} ({})", one_line(&f.message), resource_label(f)),
            severity(f.severity),
        ),
    };
    json!({
        "description": format!("{}: {description}", one_line(&f.title)),
        "check_name": f.policy_id,
        "fingerprint": fingerprint(f),
        "severity": level,
        "location": {"path": loc.file, "lines": {"begin": loc.line.max(1)}},
    })
}

pub fn render(report: &Report) -> Vec<u8> {
    let issues: Vec<_> = report
        .reported()
        .filter(|f| matches!(f.status, Status::Fail | Status::Unknown))
        .map(issue)
        .collect();
    let mut out = serde_json::to_vec_pretty(&issues).expect("JSON values serialize");
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata;

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(String::from_utf8(render(&testdata::report())).unwrap());
    }

    #[test]
    fn issues_and_fingerprints() {
        let r = testdata::report();
        let v: Vec<serde_json::Value> = serde_json::from_slice(&render(&r)).unwrap();
        assert_eq!(v.len(), r.summary.fail + r.summary.unknown);
        let mut fps: Vec<&str> = v
            .iter()
            .map(|i| i["fingerprint"].as_str().unwrap())
            .collect();
        fps.sort();
        fps.dedup();
        assert_eq!(fps.len(), v.len());
        assert!(v
            .iter()
            .all(|i| i["location"]["lines"]["begin"].as_u64().unwrap() >= 1));
        let hostile: Vec<serde_json::Value> =
            serde_json::from_slice(&render(&testdata::hostile())).unwrap();
        assert!(hostile[0]["description"].as_str().unwrap().contains("🔥"));
    }
}
