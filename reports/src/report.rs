//! The report: the contract every renderer and downstream tool builds on.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Critical,
    High,
    Medium,
    Low,
    Info,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// At or above `threshold` (critical is the highest).
    pub fn at_least(self, threshold: Severity) -> bool {
        self <= threshold
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Fail,
    Error,
    Unknown,
    Waived,
    Pass,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Fail => "fail",
            Status::Error => "error",
            Status::Unknown => "unknown",
            Status::Waived => "waived",
            Status::Pass => "pass",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Control ids per framework, in a fixed order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Controls {
    #[serde(rename = "pci-dss-4.0")]
    pub pci_dss: Vec<String>,
    pub gdpr: Vec<String>,
    pub soc2: Vec<String>,
    #[serde(rename = "iso27001-2022")]
    pub iso27001: Vec<String>,
}

impl Controls {
    pub const FRAMEWORKS: [&'static str; 4] = ["pci-dss-4.0", "gdpr", "soc2", "iso27001-2022"];

    pub fn get(&self, framework: &str) -> Option<&Vec<String>> {
        match framework {
            "pci-dss-4.0" => Some(&self.pci_dss),
            "gdpr" => Some(&self.gdpr),
            "soc2" => Some(&self.soc2),
            "iso27001-2022" => Some(&self.iso27001),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, framework: &str) -> Option<&mut Vec<String>> {
        match framework {
            "pci-dss-4.0" => Some(&mut self.pci_dss),
            "gdpr" => Some(&mut self.gdpr),
            "soc2" => Some(&mut self.soc2),
            "iso27001-2022" => Some(&mut self.iso27001),
            _ => None,
        }
    }
}

/// Where a user finds the resource in the input.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Location {
    pub file: String,
    /// `0` for an account or region summary, which no one place in the file holds.
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub policy_id: String,
    /// Shared with every finding of the policy (as are its themes, controls and remediation):
    /// a million Config items make millions of findings.
    pub title: Arc<str>,
    pub status: Status,
    pub severity: Severity,
    /// The resource a user would fix: the plan address, or the ARN / id for live state.
    pub resource: String,
    pub kind: String,
    pub region: Option<String>,
    /// The AWS account, where the source names it (live state and Config items; a plan only
    /// through an ARN). With an aggregator this tells the accounts' resources apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    pub themes: Arc<[String]>,
    pub controls: Arc<Controls>,
    pub message: String,
    pub remediation: Option<Arc<str>>,
    pub location: Location,
    /// For `unknown`: the values Terraform only knows after apply that the verdict depends on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<String>,
    /// The Terraform block that declares the resource (`--source-dir`): where a reviewer reads
    /// and fixes it. `location` stays the place in the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Location>,
    /// For `waived`: the accepted risk that waives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiver: Option<Waiver>,
    /// The same finding is in the baseline (`--baseline`): kept here, but neither counted in
    /// the summary nor gated, and left out of the table, SARIF, JUnit and summary renderings.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub baselined: bool,
    /// For a failing live resource: the CloudTrail event that last changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_by: Option<ChangeEvent>,
}

/// A CloudTrail management event that changed a resource: who, when, which call, from where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeEvent {
    pub event_name: String,
    pub event_time: String,
    /// The caller's ARN (or user name when CloudTrail gives no ARN).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_ip: Option<String>,
    pub event_id: String,
}

impl Finding {
    /// What identifies the finding across scans: the policy and the resource (with its account,
    /// which tells apart the same id in two accounts), never a line or an order. SARIF's
    /// `partialFingerprints`, GitLab's `fingerprint` and baselines use it.
    pub fn identity(&self) -> String {
        match &self.account {
            Some(a) => format!("{}|{}|{}", self.policy_id, a, self.resource),
            None => format!("{}|{}", self.policy_id, self.resource),
        }
    }

    /// Where a reviewer goes first: the Terraform source when known, else the input.
    pub fn primary_location(&self) -> &Location {
        self.source.as_ref().unwrap_or(&self.location)
    }

    /// The report order: status (failures first), severity, policy, resource, place.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (
            self.status,
            self.severity,
            self.policy_id.as_str(),
            self.resource.as_str(),
            self.account.as_deref(),
            &self.location,
        )
    }
}

/// A verdict by another judge (an AWS Config rule, a Security Hub control), shown as evidence
/// and attributed to its source; never merged into comply's own findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// `aws-config-rule` or `security-hub`.
    pub source: String,
    /// The rule name or security control id.
    pub check: String,
    pub resource: String,
    pub resource_type: Option<String>,
    pub region: Option<String>,
    /// As the source says it: `COMPLIANT`, `NON_COMPLIANT`, `PASSED`, `FAILED`, ...
    pub status: String,
    pub title: Option<String>,
    pub detail: Option<String>,
}

impl Evidence {
    pub fn sort_key(&self) -> impl Ord + '_ {
        (
            self.source.as_str(),
            self.check.as_str(),
            self.region.as_deref(),
            self.resource.as_str(),
            self.status.as_str(),
        )
    }
}

/// An accepted risk, as the settings file or an inline comment records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Waiver {
    /// The policy id or glob it waives, as written.
    pub policy: String,
    /// The resource (address, ARN or id) or glob it waives, as written. For an inline waiver,
    /// the block's address in its module (`aws_s3_bucket.legacy`).
    pub resource: String,
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<String>,
    /// The last day it waives (`YYYY-MM-DD`, inclusive).
    pub expires: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
    /// Where it is written: `comply.toml:12` or `infra/main.tf:4`.
    pub origin: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WaiverState {
    /// In force, and it waived at least one finding.
    Active,
    /// Past its expiry date: it waives nothing, the findings it matches fail.
    Expired,
    /// In force, but it matched no failing or unknown finding: the risk is gone or the
    /// pattern is wrong.
    Unused,
}

impl WaiverState {
    pub fn as_str(self) -> &'static str {
        match self {
            WaiverState::Active => "active",
            WaiverState::Expired => "expired",
            WaiverState::Unused => "unused",
        }
    }
}

/// A waiver and what it did in this scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaiverUse {
    #[serde(flatten)]
    pub waiver: Waiver,
    pub state: WaiverState,
    /// Findings it waived (active) or would have waived (expired).
    pub matched: usize,
}

/// A finding as a baseline records it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct BaselineEntry {
    pub policy_id: String,
    pub resource: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    pub status: Status,
}

/// What a `--baseline` did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaselineUse {
    pub file: String,
    pub sha256: String,
    /// Entries in the baseline.
    pub entries: usize,
    /// Findings of this scan that the baseline holds (marked `baselined`).
    pub unchanged: usize,
    /// Baseline entries this scan no longer finds: fixed, or the resource is gone.
    pub resolved: Vec<BaselineEntry>,
}

/// Which policies ran and which findings are reported, when not all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    /// `--policy`: only these ids or globs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policies: Vec<String>,
    /// `--skip-policy` and `[policies] disabled`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<String>,
    /// `--framework`: only policies mapped to these frameworks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frameworks: Vec<String>,
    /// `--severity`: findings below it are not reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_severity: Option<Severity>,
    /// `[policies.severity]`: policy id -> the severity it is reported with.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub severity_overrides: BTreeMap<String, Severity>,
    /// `--changed-only`: only what the plan creates, updates or replaces was judged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub changed_only: bool,
}

impl Selection {
    pub fn is_empty(&self) -> bool {
        *self == Selection::default()
    }
}

/// What a scan looked at, for the assessor's scope statement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    /// When the scan ran (RFC 3339, UTC, seconds). `SOURCE_DATE_EPOCH` sets it, so a rerun can
    /// give a byte-identical report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scanned_at: Option<String>,
    /// The settings file and its sha256: settings change verdicts (residency, thresholds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<SettingsFile>,
    /// Accounts the inputs name, sorted.
    #[serde(default)]
    pub accounts: Vec<String>,
    /// Regions of the judged resources, sorted (`global` for IAM).
    #[serde(default)]
    pub regions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsFile {
    pub file: String,
    pub sha256: String,
}

/// Whether configuration can evidence a control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Automation {
    /// Configuration decides it.
    Automated,
    /// Configuration evidences part of it; the rest needs people.
    Partial,
    /// Not evaluable from configuration: shown as manual, never as passed.
    Manual,
}

impl Automation {
    pub fn as_str(self) -> &'static str {
        match self {
            Automation::Automated => "automated",
            Automation::Partial => "partial",
            Automation::Manual => "manual",
        }
    }
}

/// A framework's catalog as the scan used it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkInfo {
    /// The key in `controls`: `pci-dss-4.0`, `gdpr`, `soc2`, `iso27001-2022`.
    pub id: String,
    pub name: String,
    pub version: String,
    pub publisher: String,
    /// The tree's first level: PCI DSS principal requirements, ISO/IEC 27001 Annex A themes,
    /// SOC 2 categories, GDPR chapters.
    pub groups: Vec<ControlGroup>,
    pub controls: Vec<ControlInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlGroup {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlInfo {
    pub id: String,
    /// A short title in comply's words, not the standard's text.
    pub title: String,
    /// The `ControlGroup` it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    pub automation: Automation,
    /// The policies that ran and evidence it; empty for an automated or partial control: not
    /// covered by this scan.
    pub policies: Vec<String>,
}

/// A policy as it ran: what SARIF rules, JUnit suites and reports describe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyInfo {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// After any `[policies.severity]` override.
    pub severity: Severity,
    pub kinds: Vec<String>,
    pub themes: Vec<String>,
    pub controls: Controls,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Input {
    pub file: String,
    pub format: String,
    pub sha256: String,
    pub resources: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Resources judged (modeled kinds the plan keeps).
    pub resources: usize,
    pub policies: usize,
    pub findings: usize,
    pub pass: usize,
    pub fail: usize,
    pub unknown: usize,
    pub waived: usize,
    pub error: usize,
    /// Failures per severity, every severity present.
    pub fail_by_severity: BTreeMap<String, usize>,
    /// Resources the plan deletes: not judged.
    pub deleted: usize,
    /// Resources a plan changes but does not contain (a rule on an existing security group):
    /// judged on what the plan changes, the rest unknown.
    pub partial: usize,
    /// Resource types seen but not modeled, with counts: not judged.
    pub unmodeled: BTreeMap<String, usize>,
    /// The threshold the exit code gates on.
    pub fail_on: Option<Severity>,
    /// Findings the baseline holds: in `findings` with `baselined`, not in the counts above.
    #[serde(default)]
    pub baselined: usize,
    /// Resources `--changed-only` left unjudged (the plan does not change them).
    #[serde(default)]
    pub unchanged: usize,
    /// True when a policy errored or a source failed: the results are not complete.
    pub incomplete: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub tool: Tool,
    pub summary: Summary,
    pub inputs: Vec<Input>,
    /// sha256 over the policy bundle (every policy and library source, in order).
    pub policy_bundle_sha256: String,
    /// Problems that make the report incomplete, in words (a failed region names the region).
    pub errors: Vec<String>,
    pub findings: Vec<Finding>,
    /// Verdicts of other judges, attributed to their source (live scans).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// The policies that ran, in id order.
    #[serde(default)]
    pub policies: Vec<PolicyInfo>,
    /// Which policies ran and which findings are reported, when not all.
    #[serde(default, skip_serializing_if = "Selection::is_empty")]
    pub selection: Selection,
    /// The day waiver expiry was judged on (`YYYY-MM-DD`, UTC; `--as-of`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// Every waiver in force or written, and what it did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<WaiverUse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<BaselineUse>,
    #[serde(default)]
    pub scope: Scope,
    /// The frameworks' catalogs (only those `--framework` kept), for per-control reports.
    #[serde(default)]
    pub frameworks: Vec<FrameworkInfo>,
}

impl Report {
    /// Sorts findings and recomputes the summary counts from them.
    pub fn finalize(&mut self) {
        self.findings
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        let s = &mut self.summary;
        s.findings = self.findings.len();
        s.pass = 0;
        s.fail = 0;
        s.unknown = 0;
        s.waived = 0;
        s.error = 0;
        s.fail_by_severity = Severity::ALL
            .iter()
            .map(|v| (v.as_str().to_string(), 0))
            .collect();
        s.baselined = 0;
        for f in &self.findings {
            if f.baselined {
                s.baselined += 1;
                continue;
            }
            match f.status {
                Status::Pass => s.pass += 1,
                Status::Fail => {
                    s.fail += 1;
                    *s.fail_by_severity
                        .entry(f.severity.as_str().to_string())
                        .or_default() += 1;
                }
                Status::Unknown => s.unknown += 1,
                Status::Waived => s.waived += 1,
                Status::Error => s.error += 1,
            }
        }
        s.incomplete = s.error > 0 || !self.errors.is_empty();
    }

    /// Failures at or above the threshold, the baseline's excepted.
    pub fn failing(&self, threshold: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.status == Status::Fail && !f.baselined && f.severity.at_least(threshold))
            .count()
    }

    /// The findings a reviewer is shown: every one the baseline does not hold.
    pub fn reported(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| !f.baselined)
    }

    /// A policy as it ran, by id.
    pub fn policy(&self, id: &str) -> Option<&PolicyInfo> {
        self.policies.iter().find(|p| p.id == id)
    }
}
