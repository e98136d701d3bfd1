//! The evidence store: every scan recorded with its scope, versions, hashes, errors and the
//! change of each finding's status (not every finding of every scan, so a year of hourly scans
//! stays small), in SQLite (`sqlite`) or PostgreSQL (`postgres`) behind one row-level `Backend`.
//! One transaction per scan, so a scan that dies half-way leaves the store as it was. Scans form
//! a hash chain (`chain`).
//!
//! A finding's status at scan N is its latest change at or before N. `gone` marks a finding a
//! complete scan no longer found (fixed, or the resource deleted). An incomplete scan records
//! no `gone`: what it could not see is a gap, never a fix.

mod backend;
mod chain;
pub mod drift;
mod migrations;
pub mod period;
mod postgres;
mod sqlite;

pub use backend::{AttributionRow, ChangeRow, FindingRow, ScanRow};

use crate::error::{Error, Result};
use backend::Backend;
use chain::{ChangeLine, ScanFields, GENESIS};
use comply_reports::{Finding, Report};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// How a scan ended, as the store records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every source answered and every policy ran.
    Complete,
    /// Results, but a region, a source or a policy failed: a partial record.
    Incomplete,
    /// No results at all (credentials refused, every region down): the period has a gap.
    Failed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Complete => "complete",
            Outcome::Incomplete => "incomplete",
            Outcome::Failed => "failed",
        }
    }
}

/// The scan-level facts a record keeps beside the changes, as JSON in `scans.record`.
#[derive(Serialize)]
struct Record<'a> {
    scope: &'a comply_reports::Scope,
    inputs: &'a [comply_reports::Input],
    errors: &'a [String],
    summary: &'a comply_reports::Summary,
    #[serde(skip_serializing_if = "comply_reports::Selection::is_empty")]
    selection: &'a comply_reports::Selection,
    /// The blobs of the policies that ran and of the framework catalogs.
    policies_sha256: &'a str,
    frameworks_sha256: &'a str,
}

/// A scan's record read back; a failed scan's has errors only.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct StoredRecord {
    #[serde(default)]
    pub scope: comply_reports::Scope,
    #[serde(default)]
    pub inputs: Vec<comply_reports::Input>,
    #[serde(default)]
    pub errors: Vec<String>,
    #[serde(default)]
    pub summary: Option<comply_reports::Summary>,
    #[serde(default)]
    pub policies_sha256: Option<String>,
    #[serde(default)]
    pub frameworks_sha256: Option<String>,
}

impl StoredRecord {
    pub fn parse(scan: &ScanRow) -> Result<StoredRecord> {
        serde_json::from_str(&scan.record).map_err(|e| {
            Error::Store(format!(
                "scan {}: its record is not readable: {e}",
                scan.seq
            ))
        })
    }
}

/// A blob's body and its sha256, as the store keys it.
fn blob(body: String) -> (String, String) {
    (crate::digest::sha256_hex(body.as_bytes()), body)
}

/// The detail a change keeps of its finding, as JSON in `changes.detail`.
#[derive(Serialize)]
struct Detail<'a> {
    title: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    remediation: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    waiver: Option<&'a comply_reports::Waiver>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    unknown: &'a [String],
    location: &'a comply_reports::Location,
}

/// What `record` wrote.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub seq: i64,
    pub outcome: Outcome,
    pub changes: usize,
    pub hash: String,
}

/// A scan as `comply store list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ScanSummary {
    pub seq: i64,
    pub scanned_at: String,
    pub outcome: String,
    pub tool_version: String,
    pub changes: usize,
    pub hash: String,
}

/// What `verify` found.
#[derive(Debug, Clone, Default)]
pub struct Verification {
    pub scans: usize,
    /// The newest scan's hash: the anchor to keep elsewhere.
    pub head: Option<String>,
    /// Each break of the chain, in words; empty when intact.
    pub problems: Vec<String>,
}

/// Everything a store holds, read at once for verification, period reports and diffs: a
/// year of hourly scans keeps only status changes, so this stays small.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// By seq.
    pub scans: Vec<ScanRow>,
    /// By id.
    pub findings: Vec<FindingRow>,
    /// By scan, then finding.
    pub changes: Vec<ChangeRow>,
    /// sha256 -> body.
    pub blobs: BTreeMap<String, String>,
}

pub struct Store {
    db: Box<dyn Backend>,
}

impl Store {
    /// Opens the store at `location` (a SQLite file, created when missing, or a
    /// `postgres://` URL) and brings its schema up to date.
    pub fn open(location: &str) -> Result<Store> {
        let db: Box<dyn Backend> = if postgres::is_url(location) {
            Box::new(postgres::Postgres::open(location)?)
        } else {
            Box::new(sqlite::Sqlite::open(Path::new(location))?)
        };
        let mut store = Store { db };
        store.migrate(migrations::LATEST)?;
        Ok(store)
    }

    pub fn name(&self) -> &str {
        self.db.name()
    }

    pub fn version(&mut self) -> Result<i64> {
        self.db.version()
    }

    /// Applies the migrations up to `target`.
    fn migrate(&mut self, target: i64) -> Result<()> {
        let at = self.db.version()?;
        if at > migrations::LATEST {
            return Err(Error::Store(format!(
                "`{}`: the store is at schema version {at}, this comply knows up to {} (hint: use a newer comply)",
                self.db.name(),
                migrations::LATEST
            )));
        }
        for v in at + 1..=target {
            self.db.migrate_to(v)?;
        }
        Ok(())
    }

    /// Records a scan's findings as status changes, in one transaction.
    pub fn record(&mut self, report: &Report) -> Result<Recorded> {
        let outcome = if report.summary.incomplete {
            Outcome::Incomplete
        } else {
            Outcome::Complete
        };
        let policies = blob(serde_json::to_string(&report.policies).expect("policies serialize"));
        let frameworks =
            blob(serde_json::to_string(&report.frameworks).expect("frameworks serialize"));
        let record = serde_json::to_string(&Record {
            scope: &report.scope,
            inputs: &report.inputs,
            errors: &report.errors,
            summary: &report.summary,
            selection: &report.selection,
            policies_sha256: &policies.0,
            frameworks_sha256: &frameworks.0,
        })
        .expect("a record serializes");
        let scanned_at = report
            .scope
            .scanned_at
            .clone()
            .unwrap_or_else(crate::calendar::now_rfc3339);
        let settings = report.scope.settings.as_ref().map(|s| s.sha256.clone());
        self.write(
            Head {
                scanned_at,
                outcome,
                tool_version: report.tool.version.clone(),
                policy_bundle_sha256: report.policy_bundle_sha256.clone(),
                settings_sha256: settings,
                record,
                blobs: vec![policies, frameworks],
            },
            &report.findings,
            Some(&Coverage::of(report)),
        )
    }

    /// Records a scan that produced nothing (`error` says why): a gap in the evidence.
    pub fn record_failure(
        &mut self,
        scanned_at: &str,
        tool_version: &str,
        error: &str,
    ) -> Result<Recorded> {
        let record = serde_json::json!({ "errors": [error] }).to_string();
        self.write(
            Head {
                scanned_at: scanned_at.to_string(),
                outcome: Outcome::Failed,
                tool_version: tool_version.to_string(),
                policy_bundle_sha256: String::new(),
                settings_sha256: None,
                record,
                blobs: Vec::new(),
            },
            &[],
            None,
        )
    }

    fn write(
        &mut self,
        head: Head,
        findings: &[Finding],
        coverage: Option<&Coverage>,
    ) -> Result<Recorded> {
        self.db.begin()?;
        match self.write_in_transaction(head, findings, coverage) {
            Ok(r) => {
                self.db.commit()?;
                Ok(r)
            }
            Err(e) => {
                self.db.rollback();
                Err(e)
            }
        }
    }

    fn write_in_transaction(
        &mut self,
        head: Head,
        findings: &[Finding],
        coverage: Option<&Coverage>,
    ) -> Result<Recorded> {
        let (last, prev_hash) = self.db.head()?.unwrap_or((0, GENESIS.to_string()));
        for (sha, body) in &head.blobs {
            self.db.put_blob(sha, body)?;
        }
        let seq = last + 1;
        // Only a complete scan can say a finding is gone, and only of what it covered.
        let coverage = coverage.filter(|_| head.outcome == Outcome::Complete);
        let changes = self.changes_for(findings, coverage)?;
        let changes_sha256 = chain::changes_hash(changes.iter().map(|(f, c)| line(f, c)));
        let outcome = head.outcome;
        let hash = chain::scan_hash(&ScanFields {
            seq,
            scanned_at: &head.scanned_at,
            outcome: outcome.as_str(),
            tool_version: &head.tool_version,
            policy_bundle_sha256: &head.policy_bundle_sha256,
            settings_sha256: head.settings_sha256.as_deref(),
            record: &head.record,
            changes_sha256: &changes_sha256,
            prev_hash: &prev_hash,
        });
        self.db.insert_scan(&ScanRow {
            seq,
            scanned_at: head.scanned_at,
            outcome: outcome.as_str().to_string(),
            tool_version: head.tool_version,
            policy_bundle_sha256: head.policy_bundle_sha256,
            settings_sha256: head.settings_sha256,
            record: head.record,
            changes_sha256,
            prev_hash,
            hash: hash.clone(),
        })?;
        let rows: Vec<ChangeRow> = changes
            .into_iter()
            .map(|(_, mut c)| {
                c.scan_seq = seq;
                c
            })
            .collect();
        self.db.insert_changes(&rows)?;
        // For crash tests: hold the written, uncommitted transaction so a test can kill the
        // process inside it.
        if let Some(ms) = std::env::var("COMPLY_STORE_STALL_MS")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
        {
            eprintln!("store: scan {seq} written, not yet committed");
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
        Ok(Recorded {
            seq,
            outcome,
            changes: rows.len(),
            hash,
        })
    }

    /// The changes a scan makes against the store's latest statuses, in identity order, each
    /// with its finding; new identities are inserted on the way.
    fn changes_for(
        &mut self,
        findings: &[Finding],
        coverage: Option<&Coverage>,
    ) -> Result<Vec<(FindingRow, ChangeRow)>> {
        let current: HashMap<i64, (String, String)> = self
            .db
            .latest()?
            .into_iter()
            .map(|(id, status, severity)| (id, (status, severity)))
            .collect();
        let mut known: HashMap<String, FindingRow> = self
            .db
            .findings()?
            .into_iter()
            .map(|f| (f.identity.clone(), f))
            .collect();
        let identities: Vec<String> = findings.iter().map(Finding::identity).collect();
        // New identities first, in one batch.
        let mut new: Vec<FindingRow> = Vec::new();
        let mut new_seen: HashSet<&str> = HashSet::new();
        for (f, identity) in findings.iter().zip(&identities) {
            if !known.contains_key(identity) && new_seen.insert(identity) {
                new.push(FindingRow {
                    id: 0,
                    identity: identity.clone(),
                    policy_id: f.policy_id.clone(),
                    resource: f.resource.clone(),
                    account: f.account.clone(),
                    region: f.region.clone(),
                    kind: f.kind.clone(),
                });
            }
        }
        let ids: HashMap<String, i64> = self.db.insert_findings(&new)?.into_iter().collect();
        for mut row in new {
            row.id = *ids.get(&row.identity).ok_or_else(|| {
                Error::Store(format!(
                    "`{}`: the store gave no id to the finding `{}`",
                    self.db.name(),
                    row.identity
                ))
            })?;
            known.insert(row.identity.clone(), row);
        }
        let mut out: BTreeMap<String, (FindingRow, ChangeRow)> = BTreeMap::new();
        let mut seen: HashSet<i64> = HashSet::new();
        // Findings come sorted worst status first: the first of a repeated identity wins.
        for (f, identity) in findings.iter().zip(identities) {
            let row = &known[&identity];
            if !seen.insert(row.id) {
                continue;
            }
            let status = f.status.as_str();
            let severity = f.severity.as_str();
            if current
                .get(&row.id)
                .is_some_and(|(s, v)| s == status && v == severity)
            {
                continue;
            }
            let detail = serde_json::to_string(&Detail {
                title: &f.title,
                message: &f.message,
                remediation: f.remediation.as_deref(),
                waiver: f.waiver.as_ref(),
                unknown: &f.unknown,
                location: &f.location,
            })
            .expect("a detail serializes");
            let change = ChangeRow {
                scan_seq: 0,
                finding_id: row.id,
                status: status.to_string(),
                severity: severity.to_string(),
                detail,
            };
            out.insert(identity, (row.clone(), change));
        }
        if let Some(coverage) = coverage {
            let by_id: HashMap<i64, &FindingRow> = known.values().map(|f| (f.id, f)).collect();
            for (id, (status, severity)) in &current {
                if status == GONE || seen.contains(id) {
                    continue;
                }
                let Some(row) = by_id.get(id).filter(|r| coverage.covers(r)) else {
                    continue;
                };
                let change = ChangeRow {
                    scan_seq: 0,
                    finding_id: *id,
                    status: GONE.into(),
                    severity: severity.clone(),
                    detail: "{}".into(),
                };
                out.insert(row.identity.clone(), ((*row).clone(), change));
            }
        }
        Ok(out.into_values().collect())
    }

    /// Everything the store holds.
    pub fn history(&mut self) -> Result<History> {
        Ok(History {
            scans: self.db.scans()?,
            findings: self.db.findings()?,
            changes: self.db.changes()?,
            blobs: self.db.blobs()?.into_iter().collect(),
        })
    }

    /// The scans, oldest first.
    pub fn scans(&mut self) -> Result<Vec<ScanSummary>> {
        let h = self.history()?;
        let mut counts: HashMap<i64, usize> = HashMap::new();
        for c in &h.changes {
            *counts.entry(c.scan_seq).or_default() += 1;
        }
        Ok(h.scans
            .into_iter()
            .map(|s| ScanSummary {
                changes: counts.get(&s.seq).copied().unwrap_or(0),
                seq: s.seq,
                scanned_at: s.scanned_at,
                outcome: s.outcome,
                tool_version: s.tool_version,
                hash: s.hash,
            })
            .collect())
    }

    /// Recomputes every hash and link of the chain; `head` is a hash kept elsewhere that must
    /// still be in it.
    pub fn verify(&mut self, head: Option<&str>) -> Result<Verification> {
        let h = self.history()?;
        Ok(verify_history(&h, head))
    }

    /// The identities of the findings whose latest status is `fail`.
    pub fn failing_identities(&mut self) -> Result<HashSet<String>> {
        let failing: HashSet<i64> = self
            .db
            .latest()?
            .into_iter()
            .filter(|(_, status, _)| status == "fail")
            .map(|(id, _, _)| id)
            .collect();
        Ok(self
            .db
            .findings()?
            .into_iter()
            .filter(|f| failing.contains(&f.id))
            .map(|f| f.identity)
            .collect())
    }

    pub fn attributions(&mut self) -> Result<Vec<AttributionRow>> {
        self.db.attributions()
    }

    pub fn put_attribution(&mut self, a: &AttributionRow) -> Result<()> {
        self.db.put_attribution(a)
    }
}

/// The status a complete scan records for a finding it no longer found.
pub const GONE: &str = "gone";

/// What a complete scan looked at: a finding it did not report is gone only when its policy
/// ran and its account and region were scanned. A scan of one region, or of some policies,
/// says nothing of the rest. The period report asks the same of a stored scan: what it observed.
#[derive(Clone, PartialEq, Eq)]
struct Coverage {
    policies: HashSet<String>,
    accounts: HashSet<String>,
    regions: HashSet<String>,
}

impl Coverage {
    fn of(report: &Report) -> Coverage {
        Coverage::new(report.policies.iter().map(|p| p.id.as_str()), &report.scope)
    }

    fn new<'a>(policies: impl Iterator<Item = &'a str>, scope: &comply_reports::Scope) -> Coverage {
        Coverage {
            policies: policies.map(str::to_string).collect(),
            accounts: scope.accounts.iter().cloned().collect(),
            regions: scope.regions.iter().cloned().collect(),
        }
    }

    fn covers(&self, f: &FindingRow) -> bool {
        self.policies.contains(&f.policy_id)
            && f.account.as_ref().is_none_or(|a| self.accounts.contains(a))
            && f.region.as_ref().is_none_or(|r| self.regions.contains(r))
    }
}

/// A scan's own fields before its seq and hashes are known.
struct Head {
    scanned_at: String,
    outcome: Outcome,
    tool_version: String,
    policy_bundle_sha256: String,
    settings_sha256: Option<String>,
    record: String,
    /// (sha256, body) the record refers to.
    blobs: Vec<(String, String)>,
}

fn line<'a>(f: &'a FindingRow, c: &'a ChangeRow) -> ChangeLine<'a> {
    ChangeLine {
        identity: &f.identity,
        policy_id: &f.policy_id,
        resource: &f.resource,
        account: f.account.as_deref(),
        region: f.region.as_deref(),
        kind: &f.kind,
        status: &c.status,
        severity: &c.severity,
        detail: &c.detail,
    }
}

/// Recomputes every hash and link of the chain of `h`.
pub fn verify_history(h: &History, head: Option<&str>) -> Verification {
    let mut v = Verification {
        scans: h.scans.len(),
        ..Verification::default()
    };
    let findings: HashMap<i64, &FindingRow> = h.findings.iter().map(|f| (f.id, f)).collect();
    let mut by_scan: BTreeMap<i64, Vec<(&FindingRow, &ChangeRow)>> = BTreeMap::new();
    let mut unknown_findings = 0;
    for c in &h.changes {
        match findings.get(&c.finding_id) {
            Some(f) => by_scan.entry(c.scan_seq).or_default().push((f, c)),
            None => unknown_findings += 1,
        }
    }
    if unknown_findings > 0 {
        v.problems.push(format!(
            "{unknown_findings} status changes belong to no finding (a finding was deleted)"
        ));
    }
    let mut expect_seq = 1;
    let mut expect_prev = GENESIS;
    let mut last_time: Option<&str> = None;
    for s in &h.scans {
        let seq = s.seq;
        if seq != expect_seq {
            v.problems.push(format!(
                "scan {expect_seq} is missing: the next is scan {seq} (deleted)"
            ));
        }
        if s.prev_hash != expect_prev {
            v.problems.push(format!(
                "scan {seq}: its previous hash is not the hash of the scan before it (a scan was deleted, reordered or edited)"
            ));
        }
        if last_time.is_some_and(|t| t > s.scanned_at.as_str()) {
            v.problems.push(format!(
                "scan {seq}: scanned at `{}`, before the scan before it (reordered)",
                s.scanned_at
            ));
        }
        let mut lines = by_scan.remove(&seq).unwrap_or_default();
        lines.sort_by(|a, b| a.0.identity.cmp(&b.0.identity));
        let actual_changes = chain::changes_hash(lines.iter().map(|(f, c)| line(f, c)));
        if actual_changes != s.changes_sha256 {
            v.problems.push(format!(
                "scan {seq}: its findings' statuses are not the ones recorded (edited or deleted changes)"
            ));
        }
        let actual = chain::scan_hash(&ScanFields {
            seq,
            scanned_at: &s.scanned_at,
            outcome: &s.outcome,
            tool_version: &s.tool_version,
            policy_bundle_sha256: &s.policy_bundle_sha256,
            settings_sha256: s.settings_sha256.as_deref(),
            record: &s.record,
            changes_sha256: &s.changes_sha256,
            prev_hash: &s.prev_hash,
        });
        if actual != s.hash {
            v.problems.push(format!(
                "scan {seq}: its record is not the one recorded (edited)"
            ));
        }
        expect_seq = seq + 1;
        expect_prev = &s.hash;
        last_time = Some(&s.scanned_at);
    }
    for (sha, body) in &h.blobs {
        if crate::digest::sha256_hex(body.as_bytes()) != *sha {
            v.problems.push(format!(
                "the policies or frameworks kept as `{sha}` are not the ones recorded (edited)"
            ));
        }
    }
    for s in &h.scans {
        let Ok(record) = StoredRecord::parse(s) else {
            continue; // its hash already says it was edited, or it never was readable
        };
        for sha in [&record.policies_sha256, &record.frameworks_sha256]
            .into_iter()
            .flatten()
        {
            if !h.blobs.contains_key(sha) {
                v.problems.push(format!(
                    "scan {}: the policies or frameworks it ran with (`{sha}`) are missing (deleted)",
                    s.seq
                ));
            }
        }
    }
    let orphans: usize = by_scan.values().map(Vec::len).sum();
    if orphans > 0 {
        v.problems.push(format!(
            "{orphans} status changes belong to no scan (a scan record was deleted)"
        ));
    }
    v.head = h.scans.last().map(|s| s.hash.clone());
    if let Some(want) = head {
        if !h.scans.iter().any(|s| s.hash == want) {
            v.problems.push(format!(
                "the head `{want}` recorded earlier is not in the chain (newer scans were deleted or the chain was rebuilt)"
            ));
        }
    }
    v
}

#[cfg(test)]
mod tests;
