//! What the store asks of a database: plain reads and writes of rows, and one write
//! transaction per scan. Everything else (the changes a scan makes, the chain, verification,
//! period reports) is computed above this, so SQLite and PostgreSQL give the same answers from
//! the same rows.

use crate::error::Result;

/// A row of `scans`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanRow {
    pub seq: i64,
    pub scanned_at: String,
    pub outcome: String,
    pub tool_version: String,
    pub policy_bundle_sha256: String,
    pub settings_sha256: Option<String>,
    /// JSON: scope, inputs, errors, summary, selection.
    pub record: String,
    pub changes_sha256: String,
    pub prev_hash: String,
    pub hash: String,
}

/// A row of `findings`: the identity a finding keeps across scans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingRow {
    pub id: i64,
    pub identity: String,
    pub policy_id: String,
    pub resource: String,
    pub account: Option<String>,
    pub region: Option<String>,
    pub kind: String,
}

/// A row of `changes`: a finding's status from this scan on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeRow {
    pub scan_seq: i64,
    pub finding_id: i64,
    pub status: String,
    pub severity: String,
    /// JSON: title, message, remediation, waiver, unknown, location.
    pub detail: String,
}

/// A row of `attributions`: the CloudTrail event that last changed a resource, as looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributionRow {
    pub resource: String,
    pub region: String,
    pub event_id: String,
    pub event_time: String,
    pub event_name: String,
    pub principal: Option<String>,
    pub source_ip: Option<String>,
    pub looked_up_at: String,
}

impl AttributionRow {
    /// The event as reports show it.
    pub fn event(&self) -> comply_reports::ChangeEvent {
        comply_reports::ChangeEvent {
            event_name: self.event_name.clone(),
            event_time: self.event_time.clone(),
            principal: self.principal.clone(),
            source_ip: self.source_ip.clone(),
            event_id: self.event_id.clone(),
        }
    }

    /// The newest of some events (by time, then id, so ties resolve one way).
    pub fn newest<'a>(
        rows: impl Iterator<Item = &'a AttributionRow>,
    ) -> Option<&'a AttributionRow> {
        rows.max_by(|a, b| (&a.event_time, &a.event_id).cmp(&(&b.event_time, &b.event_id)))
    }
}

pub trait Backend: Send {
    /// The store as the user named it, for messages (never a password).
    fn name(&self) -> &str;
    /// The schema version the store is at; 0 for a new one.
    fn version(&mut self) -> Result<i64>;
    /// Applies migration `version - 1 → version` and records the version, in one transaction.
    fn migrate_to(&mut self, version: i64) -> Result<()>;
    /// Starts the write transaction, holding the store's write lock until commit or rollback:
    /// two scans never interleave their writes.
    fn begin(&mut self) -> Result<()>;
    fn commit(&mut self) -> Result<()>;
    fn rollback(&mut self);
    /// The newest scan's seq and hash.
    fn head(&mut self) -> Result<Option<(i64, String)>>;
    /// The latest (finding id, status, severity) of every finding.
    fn latest(&mut self) -> Result<Vec<(i64, String, String)>>;
    fn findings(&mut self) -> Result<Vec<FindingRow>>;
    /// Inserts finding identities (their `id` is ignored) and returns each identity with the
    /// id given to it.
    fn insert_findings(&mut self, f: &[FindingRow]) -> Result<Vec<(String, i64)>>;
    fn insert_scan(&mut self, s: &ScanRow) -> Result<()>;
    fn insert_changes(&mut self, c: &[ChangeRow]) -> Result<()>;
    /// Every scan, by seq.
    fn scans(&mut self) -> Result<Vec<ScanRow>>;
    /// Every change, by scan then finding.
    fn changes(&mut self) -> Result<Vec<ChangeRow>>;
    /// Keeps a content-addressed body; one already there is kept.
    fn put_blob(&mut self, sha256: &str, body: &str) -> Result<()>;
    /// Every (sha256, body), by sha256.
    fn blobs(&mut self) -> Result<Vec<(String, String)>>;
    fn attributions(&mut self) -> Result<Vec<AttributionRow>>;
    /// Inserts an attribution; one already there (same resource, region and event) is kept.
    fn put_attribution(&mut self, a: &AttributionRow) -> Result<()>;
}
