//! The period report computed from a store's history: the changes replayed in scan order give
//! every finding's status at every scan, without storing every finding of every scan.
//!
//! A control's status at a scan counts the findings that scan observed (its policies ran, and
//! its account and region were scanned); counts are kept incrementally while a scan observes
//! what the one before it did, and recounted when that changes (an incomplete scan, another
//! policy bundle), so a year of hourly scans costs its changes, not its scans times findings.

use super::{AttributionRow, Coverage, History, ScanRow, StoredRecord, Verification, GONE};
use crate::calendar::{parse_rfc3339_utc, Date};
use crate::error::{Error, Result};
use comply_reports::period::{
    Chain, ControlScans, Gap, PeriodControl, PeriodFramework, PeriodReport, Remediation,
    ScanCounts, Window,
};
use comply_reports::{FrameworkInfo, PolicyInfo, Tool};
use std::collections::{BTreeMap, HashMap};

pub struct PeriodOptions<'a> {
    pub from: Date,
    pub to: Date,
    /// Framework ids to keep; empty: all.
    pub frameworks: &'a [String],
    pub store: &'a str,
    pub tool: Tool,
}

/// What a scan observed and the catalog it counted controls by, as a key that changes when
/// either does.
#[derive(Clone, PartialEq, Eq)]
struct Seen {
    coverage: Coverage,
    frameworks_sha256: String,
}

impl Seen {
    fn covers(&self, f: &super::FindingRow) -> bool {
        self.coverage.covers(f)
    }
}

/// Per control: observed findings failing, unknown (or errored), waived, passing.
type Counts = [u32; 4];

fn slot(status: &str) -> Option<usize> {
    match status {
        "fail" => Some(0),
        "unknown" | "error" => Some(1),
        "waived" => Some(2),
        "pass" => Some(3),
        _ => None,
    }
}

struct Parsed {
    records: Vec<StoredRecord>,
    policies: HashMap<String, Vec<PolicyInfo>>,
    frameworks: HashMap<String, Vec<FrameworkInfo>>,
}

fn parse(h: &History) -> Result<Parsed> {
    let mut p = Parsed {
        records: Vec::with_capacity(h.scans.len()),
        policies: HashMap::new(),
        frameworks: HashMap::new(),
    };
    for s in &h.scans {
        let r = StoredRecord::parse(s)?;
        if let Some(sha) = &r.policies_sha256 {
            if !p.policies.contains_key(sha) {
                let body = h.blobs.get(sha).ok_or_else(|| missing(s, sha))?;
                let v = serde_json::from_str(body).map_err(|e| unreadable(sha, e))?;
                p.policies.insert(sha.clone(), v);
            }
        }
        if let Some(sha) = &r.frameworks_sha256 {
            if !p.frameworks.contains_key(sha) {
                let body = h.blobs.get(sha).ok_or_else(|| missing(s, sha))?;
                let v = serde_json::from_str(body).map_err(|e| unreadable(sha, e))?;
                p.frameworks.insert(sha.clone(), v);
            }
        }
        p.records.push(r);
    }
    Ok(p)
}

fn missing(s: &ScanRow, sha: &str) -> Error {
    Error::Store(format!(
        "scan {}: the policies or frameworks it ran with (`{sha}`) are not in the store (hint: `comply store verify`)",
        s.seq
    ))
}

fn unreadable(sha: &str, e: serde_json::Error) -> Error {
    Error::Store(format!("the blob `{sha}` is not readable: {e}"))
}

/// policy id -> `framework/control` keys, from a frameworks blob.
fn mapping(frameworks: &[FrameworkInfo]) -> HashMap<String, Vec<String>> {
    let mut m: HashMap<String, Vec<String>> = HashMap::new();
    for f in frameworks {
        for c in &f.controls {
            for p in &c.policies {
                m.entry(p.clone())
                    .or_default()
                    .push(format!("{}/{}", f.id, c.id));
            }
        }
    }
    m
}

struct Open {
    first_seen: String,
    first_seen_scan: i64,
    controls: Vec<String>,
    severity: String,
    title: String,
}

pub fn report(
    h: &History,
    attributions: &[AttributionRow],
    chain: &Verification,
    o: &PeriodOptions<'_>,
) -> Result<PeriodReport> {
    let parsed = parse(h)?;
    let mut attributions_by: ByResource<'_> = HashMap::new();
    for a in attributions {
        attributions_by
            .entry(a.resource.as_str())
            .or_default()
            .push(a);
    }
    let attributions = &attributions_by;
    let start = o.from.start_secs();
    let end = o.to.add_days(1).start_secs(); // exclusive
    let in_period =
        |s: &ScanRow| parse_rfc3339_utc(&s.scanned_at).is_some_and(|t| t >= start && t < end);
    let findings: HashMap<i64, &super::FindingRow> = h.findings.iter().map(|f| (f.id, f)).collect();
    let mut changes_by_scan: BTreeMap<i64, Vec<&super::ChangeRow>> = BTreeMap::new();
    for c in &h.changes {
        changes_by_scan.entry(c.scan_seq).or_default().push(c);
    }
    // The catalog the report shows: the newest of the period's scans, else the newest overall.
    let newest = |in_it: bool| {
        h.scans
            .iter()
            .zip(&parsed.records)
            .rev()
            .filter(|(s, _)| !in_it || in_period(s))
            .find_map(|(_, r)| r.frameworks_sha256.clone())
    };
    let catalog_sha = newest(true).or_else(|| newest(false));
    let catalog: Vec<FrameworkInfo> = catalog_sha
        .and_then(|sha| parsed.frameworks.get(&sha).cloned())
        .unwrap_or_default()
        .into_iter()
        .filter(|f| o.frameworks.is_empty() || o.frameworks.contains(&f.id))
        .collect();
    // Controls no policy evidences (manual, not covered) have no scans to count.
    let keys: Vec<String> = catalog
        .iter()
        .flat_map(|f| {
            f.controls
                .iter()
                .filter(|c| !c.policies.is_empty())
                .map(move |c| format!("{}/{}", f.id, c.id))
        })
        .collect();
    let mut per_control: HashMap<String, ControlScans> = keys
        .iter()
        .map(|k| (k.clone(), ControlScans::default()))
        .collect();

    // Replay.
    let mut state: HashMap<i64, (String, String, String)> = HashMap::new(); // status, severity, title
    let mut counts: HashMap<String, Counts> = HashMap::new();
    let mut seen_prev: Option<Seen> = None;
    let mut maps: HashMap<String, HashMap<String, Vec<String>>> = HashMap::new();
    let mut open: HashMap<i64, Open> = HashMap::new();
    let mut windows: Vec<Window> = Vec::new();
    let mut counts_scans = ScanCounts::default();
    let mut gaps = Vec::new();
    let empty_map = HashMap::new();
    for (s, rec) in h.scans.iter().zip(&parsed.records) {
        let map = match &rec.frameworks_sha256 {
            Some(sha) => maps
                .entry(sha.clone())
                .or_insert_with(|| mapping(parsed.frameworks.get(sha).map_or(&[][..], |v| v)))
                as &HashMap<String, Vec<String>>,
            None => &empty_map,
        };
        let seen = (s.outcome != "failed").then(|| Seen {
            coverage: Coverage::new(
                rec.policies_sha256
                    .as_ref()
                    .and_then(|sha| parsed.policies.get(sha))
                    .into_iter()
                    .flatten()
                    .map(|p| p.id.as_str()),
                &rec.scope,
            ),
            frameworks_sha256: rec.frameworks_sha256.clone().unwrap_or_default(),
        });
        let changes = changes_by_scan.get(&s.seq).map_or(&[][..], |v| v);
        let same = seen.is_some() && seen == seen_prev;
        if same {
            // Incremental: take each changed finding's old contribution out, its new one in.
            let seen = seen.as_ref().expect("same implies some");
            for c in changes {
                let Some(f) = findings.get(&c.finding_id) else {
                    continue;
                };
                if !seen.covers(f) {
                    continue;
                }
                let controls = map.get(&f.policy_id).map_or(&[][..], |v| v);
                if let Some(old) = state.get(&c.finding_id).and_then(|(st, _, _)| slot(st)) {
                    for k in controls {
                        if let Some(n) = counts.get_mut(k) {
                            n[old] = n[old].saturating_sub(1);
                        }
                    }
                }
                if let Some(new) = slot(&c.status) {
                    for k in controls {
                        counts.entry(k.clone()).or_default()[new] += 1;
                    }
                }
            }
        }
        // Apply the changes; open and close windows.
        for c in changes {
            let title = serde_json::from_str::<serde_json::Value>(&c.detail)
                .ok()
                .and_then(|d| d["title"].as_str().map(str::to_string));
            let prev = state.get(&c.finding_id);
            let title = title
                .or_else(|| prev.map(|p| p.2.clone()))
                .unwrap_or_default();
            let Some(f) = findings.get(&c.finding_id) else {
                continue;
            };
            if c.status == "fail" {
                open.entry(c.finding_id).or_insert_with(|| Open {
                    first_seen: s.scanned_at.clone(),
                    first_seen_scan: s.seq,
                    controls: map.get(&f.policy_id).cloned().unwrap_or_default(),
                    severity: c.severity.clone(),
                    title: title.clone(),
                });
            } else if matches!(c.status.as_str(), "pass" | "waived" | GONE) {
                if let Some(w) = open.remove(&c.finding_id) {
                    let resolution = match c.status.as_str() {
                        "pass" => "fixed",
                        "waived" => "waived",
                        _ => "gone",
                    };
                    windows.push(window(f, w, Some((s, resolution)), attributions));
                }
            }
            if c.status == GONE {
                state.remove(&c.finding_id);
            } else {
                state.insert(c.finding_id, (c.status.clone(), c.severity.clone(), title));
            }
        }
        if !same {
            counts.clear();
            if let Some(seen) = &seen {
                for (id, (st, _, _)) in &state {
                    let Some(f) = findings.get(id) else { continue };
                    let Some(i) = slot(st) else { continue };
                    if !seen.covers(f) {
                        continue;
                    }
                    for k in map.get(&f.policy_id).map_or(&[][..], |v| v) {
                        counts.entry(k.clone()).or_default()[i] += 1;
                    }
                }
            }
        }
        seen_prev = seen;
        if !in_period(s) {
            continue;
        }
        counts_scans.total += 1;
        match s.outcome.as_str() {
            "complete" => counts_scans.complete += 1,
            "incomplete" => counts_scans.incomplete += 1,
            _ => counts_scans.failed += 1,
        }
        counts_scans
            .first
            .get_or_insert_with(|| s.scanned_at.clone());
        counts_scans.last = Some(s.scanned_at.clone());
        if s.outcome != "complete" {
            gaps.push(Gap {
                scan: s.seq,
                scanned_at: s.scanned_at.clone(),
                outcome: s.outcome.clone(),
                errors: rec.errors.clone(),
            });
        }
        for (k, cs) in per_control.iter_mut() {
            let n = counts.get(k).copied().unwrap_or_default();
            match s.outcome.as_str() {
                "failed" => cs.gap += 1,
                outcome => {
                    if n[0] > 0 {
                        cs.failed += 1;
                    } else if n[1] > 0 {
                        cs.unknown += 1;
                    } else if n[2] > 0 {
                        cs.exception += 1;
                    } else if outcome == "incomplete" {
                        // Its passes are not proof: what it could not see may have failed.
                        cs.gap += 1;
                    } else if n[3] > 0 {
                        cs.passed += 1;
                    } else {
                        cs.not_evaluated += 1;
                    }
                }
            }
        }
    }
    for (id, w) in open {
        if let Some(f) = findings.get(&id) {
            windows.push(window(f, w, None, attributions));
        }
    }
    // The windows of the period: seen before its end, and not resolved before its start.
    windows.retain(|w| {
        parse_rfc3339_utc(&w.first_seen).is_some_and(|t| t < end)
            && w.resolved_at
                .as_deref()
                .and_then(parse_rfc3339_utc)
                .is_none_or(|t| t >= start)
    });
    windows.sort_by(|a, b| {
        (&a.first_seen, &a.policy_id, &a.resource).cmp(&(&b.first_seen, &b.policy_id, &b.resource))
    });
    let mut by_control: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, w) in windows.iter().enumerate() {
        for k in &w.controls {
            by_control.entry(k.as_str()).or_default().push(i);
        }
    }
    let frameworks = catalog
        .iter()
        .map(|f| PeriodFramework {
            id: f.id.clone(),
            name: f.name.clone(),
            version: f.version.clone(),
            groups: f.groups.clone(),
            controls: f
                .controls
                .iter()
                .map(|c| {
                    let key = format!("{}/{}", f.id, c.id);
                    let idx = by_control.get(key.as_str()).cloned().unwrap_or_default();
                    PeriodControl {
                        control: c.clone(),
                        scans: per_control.remove(&key).unwrap_or_default(),
                        remediation: remediation(&idx, &windows, start, end),
                        windows: idx,
                    }
                })
                .collect(),
        })
        .collect();
    Ok(PeriodReport {
        tool: o.tool.clone(),
        store: o.store.to_string(),
        from: o.from.to_string(),
        to: o.to.to_string(),
        chain: Chain {
            scans: chain.scans,
            head: chain.head.clone(),
            intact: chain.problems.is_empty(),
            problems: chain.problems.clone(),
        },
        scans: counts_scans,
        gaps,
        frameworks,
        windows,
    })
}

fn remediation(idx: &[usize], windows: &[Window], start: i64, end: i64) -> Remediation {
    let mut r = Remediation::default();
    let mut durations = Vec::new();
    for &i in idx {
        let w = &windows[i];
        match (
            w.resolution.as_str(),
            w.resolved_at.as_deref().and_then(parse_rfc3339_utc),
        ) {
            ("open", _) => r.open += 1,
            (_, Some(t)) if t >= end => r.open += 1, // resolved after the period: open in it
            ("waived", _) => r.waived += 1,
            (_, Some(t)) if t >= start => {
                r.resolved += 1;
                durations.extend(w.duration_seconds);
            }
            _ => {}
        }
    }
    durations.sort_unstable();
    if !durations.is_empty() {
        // The lower median of an even count: a duration that happened, not an average.
        r.median_seconds = Some(durations[(durations.len() - 1) / 2]);
        r.worst_seconds = durations.last().copied();
    }
    r
}

/// Attributions by resource, looked up once per window.
type ByResource<'a> = HashMap<&'a str, Vec<&'a AttributionRow>>;

fn window(
    f: &super::FindingRow,
    w: Open,
    resolved: Option<(&ScanRow, &str)>,
    attributions: &ByResource<'_>,
) -> Window {
    let first = parse_rfc3339_utc(&w.first_seen);
    let duration = resolved.and_then(|(s, _)| Some(parse_rfc3339_utc(&s.scanned_at)? - first?));
    // The last change CloudTrail recorded to the resource before the failure was seen.
    let candidates = attributions
        .get(f.resource.as_str())
        .into_iter()
        .flatten()
        .copied()
        .filter(|a| f.region.as_ref().is_none_or(|r| *r == a.region))
        .filter(|a| {
            parse_rfc3339_utc(&a.event_time)
                .zip(first)
                .is_some_and(|(t, seen)| t <= seen)
        });
    let caused_by = AttributionRow::newest(candidates).map(AttributionRow::event);
    Window {
        policy_id: f.policy_id.clone(),
        title: w.title,
        severity: w.severity,
        resource: f.resource.clone(),
        account: f.account.clone(),
        region: f.region.clone(),
        first_seen: w.first_seen,
        first_seen_scan: w.first_seen_scan,
        resolved_at: resolved.map(|(s, _)| s.scanned_at.clone()),
        resolved_scan: resolved.map(|(s, _)| s.seq),
        resolution: resolved.map_or("open", |(_, r)| r).to_string(),
        duration_seconds: duration,
        caused_by,
        controls: w.controls,
    }
}
