//! The report: the contract every renderer and downstream tool builds on.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

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
    pub title: String,
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
    pub themes: Vec<String>,
    pub controls: Controls,
    pub message: String,
    pub remediation: Option<String>,
    pub location: Location,
    /// For `unknown`: the values Terraform only knows after apply that the verdict depends on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<String>,
}

impl Finding {
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
        for f in &self.findings {
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

    /// Failures at or above the threshold.
    pub fn failing(&self, threshold: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.status == Status::Fail && f.severity.at_least(threshold))
            .count()
    }
}
