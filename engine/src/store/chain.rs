//! The hash chain over scan records: each scan's hash covers its own fields, the hash of its
//! status changes, and the previous scan's hash, so editing, deleting or reordering a scan
//! breaks every link after it. The deletion of the newest scans is what a chain cannot see by
//! itself: `comply scan --store` prints the head hash, and `comply store verify --head HASH`
//! checks that a head recorded elsewhere (a CI log) is still in the chain.

use crate::digest::sha256_hex;
use serde_json::json;

/// The previous hash of the first scan.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A scan's own fields, as the hash covers them.
pub struct ScanFields<'a> {
    pub seq: i64,
    pub scanned_at: &'a str,
    pub outcome: &'a str,
    pub tool_version: &'a str,
    pub policy_bundle_sha256: &'a str,
    pub settings_sha256: Option<&'a str>,
    pub record: &'a str,
    pub changes_sha256: &'a str,
    pub prev_hash: &'a str,
}

/// sha256 over a JSON array of the fields, in a fixed order (arrays serialize one way only).
pub fn scan_hash(s: &ScanFields<'_>) -> String {
    let canonical = json!([
        "comply-store-scan-v1",
        s.seq,
        s.scanned_at,
        s.outcome,
        s.tool_version,
        s.policy_bundle_sha256,
        s.settings_sha256,
        s.record,
        s.changes_sha256,
        s.prev_hash,
    ]);
    sha256_hex(canonical.to_string().as_bytes())
}

/// One status change as the hash covers it, with the finding's identity columns (so editing
/// the findings table shows too).
pub struct ChangeLine<'a> {
    pub identity: &'a str,
    pub policy_id: &'a str,
    pub resource: &'a str,
    pub account: Option<&'a str>,
    pub region: Option<&'a str>,
    pub kind: &'a str,
    pub status: &'a str,
    pub severity: &'a str,
    pub detail: &'a str,
}

/// sha256 over the changes, which the caller gives in identity order.
pub fn changes_hash<'a>(lines: impl Iterator<Item = ChangeLine<'a>>) -> String {
    let all: Vec<serde_json::Value> = lines
        .map(|l| {
            json!([
                l.identity,
                l.policy_id,
                l.resource,
                l.account,
                l.region,
                l.kind,
                l.status,
                l.severity,
                l.detail
            ])
        })
        .collect();
    sha256_hex(
        json!(["comply-store-changes-v1", all])
            .to_string()
            .as_bytes(),
    )
}
