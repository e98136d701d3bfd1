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

/// A plan against the store's live state: which resources Terraform and AWS share (matched by
/// ARN, id or name), which each has alone, and how the plan moves the shared ones' findings.
#[derive(Debug, Clone, Serialize)]
pub struct PlanDrift {
    /// The newest scan the live state is as of.
    pub live_scan: i64,
    pub live_at: String,
    pub matched: usize,
    /// In the plan, not live (a create, or a resource the live scan did not see).
    pub terraform_only: Vec<PlanOnly>,
    /// Live, not in the plan: made outside Terraform, or by another configuration.
    pub live_only: Vec<LiveOnly>,
    /// Failing in the plan, not live: the plan would introduce it.
    pub new: Vec<PairFinding>,
    /// Failing live, passing in the plan: the plan fixes it.
    pub resolved: Vec<PairFinding>,
    /// Failing live and not passing in the plan (failing, unknown or errored).
    pub still_open: Vec<PairFinding>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct PlanOnly {
    pub address: String,
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct LiveOnly {
    pub resource: String,
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct PairFinding {
    pub policy_id: String,
    pub address: String,
    pub live_resource: String,
    pub severity: String,
    /// The status in the plan and live.
    pub plan: String,
    pub live: String,
}

/// The account and region summaries are comply's, not resources either side manages.
fn is_summary(kind: &str) -> bool {
    kind.starts_with("AWS::::")
}

pub fn plan_drift(
    h: &History,
    plan: &crate::model::Inventory,
    plan_report: &comply_reports::Report,
) -> Result<PlanDrift> {
    let last = h.scans.last().ok_or_else(|| {
        Error::Usage(
            "the store has no scans to compare the plan with (hint: `comply scan --aws --store`)"
                .into(),
        )
    })?;
    let state = at(h, last.seq);
    // Live resources: the ARNs of findings not gone, with each policy's status.
    type Statuses<'a> = Vec<(&'a str, (&'a str, &'a str))>;
    let mut live: std::collections::BTreeMap<&str, (&FindingRow, Statuses<'_>)> =
        std::collections::BTreeMap::new();
    for f in &h.findings {
        let Some((status, severity)) = state.get(&f.id) else {
            continue;
        };
        if status == GONE || is_summary(&f.kind) || crate::aws::Arn::parse(&f.resource).is_none() {
            continue;
        }
        live.entry(f.resource.as_str())
            .or_insert_with(|| (f, Vec::new()))
            .1
            .push((f.policy_id.as_str(), (status.as_str(), severity.as_str())));
    }
    // Every name a live resource answers to: its ARN and the id in it.
    let mut by_name: HashMap<(&str, &str), &str> = HashMap::new();
    for (arn, (f, _)) in &live {
        by_name.insert((f.kind.as_str(), arn), arn);
        if let Some(parsed) = crate::aws::Arn::parse(arn) {
            by_name.insert((f.kind.as_str(), parsed.resource_id()), arn);
        }
    }
    let plan_status: HashMap<(&str, &str), (&str, &str)> = plan_report
        .findings
        .iter()
        .map(|f| {
            (
                (f.resource.as_str(), f.policy_id.as_str()),
                (f.status.as_str(), f.severity.as_str()),
            )
        })
        .collect();
    let mut d = PlanDrift {
        live_scan: last.seq,
        live_at: last.scanned_at.clone(),
        matched: 0,
        terraform_only: Vec::new(),
        live_only: Vec::new(),
        new: Vec::new(),
        resolved: Vec::new(),
        still_open: Vec::new(),
    };
    let mut seen_live: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for r in &plan.resources {
        let kind = r.kind.as_str();
        if is_summary(kind) {
            continue;
        }
        let found = r
            .aliases
            .iter()
            .chain(std::iter::once(&r.id))
            .find_map(|a| by_name.get(&(kind, a.as_str())).copied());
        let Some(arn) = found else {
            d.terraform_only.push(PlanOnly {
                address: r.id.clone(),
                kind: kind.to_string(),
                action: r.source.action.clone(),
            });
            continue;
        };
        d.matched += 1;
        seen_live.insert(arn);
        let (_, statuses) = &live[arn];
        let live_of: HashMap<&str, (&str, &str)> = statuses.iter().copied().collect();
        let mut policies: Vec<&str> = live_of.keys().copied().collect();
        policies.extend(
            plan_report
                .findings
                .iter()
                .filter(|f| f.resource == r.id)
                .map(|f| f.policy_id.as_str()),
        );
        policies.sort_unstable();
        policies.dedup();
        for p in policies {
            let (plan_st, plan_sev) = plan_status
                .get(&(r.id.as_str(), p))
                .copied()
                .unwrap_or(("none", ""));
            let (live_st, live_sev) = live_of.get(p).copied().unwrap_or(("none", ""));
            let severity = if plan_sev.is_empty() {
                live_sev
            } else {
                plan_sev
            }
            .to_string();
            let row = PairFinding {
                policy_id: p.to_string(),
                address: r.id.clone(),
                live_resource: arn.to_string(),
                severity,
                plan: plan_st.to_string(),
                live: live_st.to_string(),
            };
            match (plan_st, live_st) {
                ("fail", "fail") => d.still_open.push(row),
                ("fail", _) => d.new.push(row),
                ("pass", "fail") => d.resolved.push(row),
                (_, "fail") => d.still_open.push(row),
                _ => {}
            }
        }
    }
    for (arn, (f, _)) in &live {
        if !seen_live.contains(arn) {
            d.live_only.push(LiveOnly {
                resource: arn.to_string(),
                kind: f.kind.clone(),
                account: f.account.clone(),
                region: f.region.clone(),
            });
        }
    }
    for v in [&mut d.new, &mut d.resolved, &mut d.still_open] {
        v.sort();
    }
    d.terraform_only.sort();
    d.live_only.sort();
    Ok(d)
}
