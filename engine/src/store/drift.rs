//! What changed between two stored scans: failures new in the later one, resolved since the
//! earlier one, and still open. Statuses are replayed from the changes, as for the period
//! report.

use super::{FindingRow, History, GONE};
use crate::error::{Error, Result};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DriftFinding {
    pub policy_id: String,
    pub resource: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    pub severity: String,
    /// In the later scan: `pass`, `gone`, `waived`, `unknown`, `error` for a resolved one.
    pub now: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Drift {
    pub from: i64,
    pub from_at: String,
    pub to: i64,
    pub to_at: String,
    pub new: Vec<DriftFinding>,
    pub resolved: Vec<DriftFinding>,
    pub still_open: Vec<DriftFinding>,
}

/// Status and severity of every finding at scan `seq`.
fn at(h: &History, seq: i64) -> HashMap<i64, (String, String)> {
    let mut state = HashMap::new();
    for c in h.changes.iter().filter(|c| c.scan_seq <= seq) {
        // Changes come by scan: a later one overwrites.
        state.insert(c.finding_id, (c.status.clone(), c.severity.clone()));
    }
    state
}

pub fn drift(h: &History, from: i64, to: i64) -> Result<Drift> {
    let scan = |seq: i64| {
        h.scans.iter().find(|s| s.seq == seq).ok_or_else(|| {
            Error::Usage(format!(
                "the store has no scan {seq} (hint: `comply store list` shows its {})",
                h.scans.len()
            ))
        })
    };
    let (a, b) = (scan(from)?, scan(to)?);
    let findings: HashMap<i64, &FindingRow> = h.findings.iter().map(|f| (f.id, f)).collect();
    let (before, after) = (at(h, from), at(h, to));
    let failing = |s: &HashMap<i64, (String, String)>, id: &i64| {
        s.get(id).is_some_and(|(st, _)| st == "fail")
    };
    let mut d = Drift {
        from,
        from_at: a.scanned_at.clone(),
        to,
        to_at: b.scanned_at.clone(),
        new: Vec::new(),
        resolved: Vec::new(),
        still_open: Vec::new(),
    };
    let mut ids: Vec<&i64> = before.keys().chain(after.keys()).collect();
    ids.sort();
    ids.dedup();
    for id in ids {
        let Some(f) = findings.get(id) else { continue };
        let (was, is) = (failing(&before, id), failing(&after, id));
        let (now, severity) = after
            .get(id)
            .cloned()
            .or_else(|| {
                before
                    .get(id)
                    .map(|(_, sev)| (GONE.to_string(), sev.clone()))
            })
            .unwrap_or_default();
        let row = DriftFinding {
            policy_id: f.policy_id.clone(),
            resource: f.resource.clone(),
            account: f.account.clone(),
            region: f.region.clone(),
            severity,
            now,
        };
        match (was, is) {
            (false, true) => d.new.push(row),
            (true, false) => d.resolved.push(row),
            (true, true) => d.still_open.push(row),
            _ => {}
        }
    }
    let rank = |s: &str| {
        ["critical", "high", "medium", "low", "info"]
            .iter()
            .position(|x| *x == s)
            .unwrap_or(5)
    };
    for v in [&mut d.new, &mut d.resolved, &mut d.still_open] {
        v.sort_by(|x, y| {
            (rank(&x.severity), &x.policy_id, &x.resource).cmp(&(
                rank(&y.severity),
                &y.policy_id,
                &y.resource,
            ))
        });
    }
    Ok(d)
}
