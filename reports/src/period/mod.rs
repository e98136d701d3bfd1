//! The period report: how the controls fared over every stored scan between two days, for
//! assessments that judge a period (SOC 2 Type II, PCI DSS). Computed from an evidence store
//! by the engine; rendered here, pure functions of `PeriodReport`, as JSON, Markdown, HTML and
//! CSV.
//!
//! A scan that failed is a gap for every control. An incomplete scan's failures stand (they
//! were seen) but its passes are gaps: what it could not see may have failed.

mod csv;
mod html;
mod markdown;

use crate::{Automation, ChangeEvent, ControlGroup, ControlInfo, Tool};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodReport {
    pub tool: Tool,
    /// The store, as named to comply (never a password).
    pub store: String,
    /// First and last day, inclusive (UTC).
    pub from: String,
    pub to: String,
    /// The store's hash chain as verified when the report was made.
    pub chain: Chain,
    pub scans: ScanCounts,
    /// The failed and incomplete scans of the period: gaps in the evidence.
    pub gaps: Vec<Gap>,
    pub frameworks: Vec<PeriodFramework>,
    /// Every failure window that overlaps the period, by first seen.
    pub windows: Vec<Window>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chain {
    /// Scans in the whole store.
    pub scans: usize,
    pub head: Option<String>,
    pub intact: bool,
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScanCounts {
    pub total: usize,
    pub complete: usize,
    pub incomplete: usize,
    pub failed: usize,
    pub first: Option<String>,
    pub last: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gap {
    pub scan: i64,
    pub scanned_at: String,
    /// `failed` or `incomplete`.
    pub outcome: String,
    pub errors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodFramework {
    pub id: String,
    pub name: String,
    pub version: String,
    pub groups: Vec<ControlGroup>,
    pub controls: Vec<PeriodControl>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodControl {
    /// The control as the newest scan's catalog has it, with the policies that evidence it.
    #[serde(flatten)]
    pub control: ControlInfo,
    /// In how many of the period's scans it stood each way.
    pub scans: ControlScans,
    /// Indexes into `PeriodReport::windows`.
    pub windows: Vec<usize>,
    pub remediation: Remediation,
}

impl PeriodControl {
    /// The control's status over the period, worst first: any failure, else any unknown or
    /// gap, else exceptions, else passed; never evaluated or manual otherwise.
    pub fn verdict(&self) -> &'static str {
        let s = &self.scans;
        if self.control.automation == Automation::Manual {
            "manual"
        } else if s.failed > 0 || self.remediation.open > 0 {
            "failed"
        } else if s.unknown > 0 {
            "unknown"
        } else if s.gap > 0 && s.passed + s.exception == 0 {
            "gap"
        } else if s.exception > 0 {
            "exception"
        } else if s.passed > 0 {
            if s.gap > 0 {
                "passed with gaps"
            } else {
                "passed"
            }
        } else if self.control.policies.is_empty() {
            "not covered"
        } else {
            "not evaluated"
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlScans {
    pub passed: usize,
    pub failed: usize,
    /// Failing, but every failure waived: an accepted exception.
    pub exception: usize,
    pub unknown: usize,
    /// Scans that failed, or were incomplete where the control did not fail.
    pub gap: usize,
    /// Complete scans without a resource the control's policies judge.
    pub not_evaluated: usize,
}

impl ControlScans {
    pub fn total(&self) -> usize {
        self.passed + self.failed + self.exception + self.unknown + self.gap + self.not_evaluated
    }

    /// Per mille of the period's scans in which the control passed (exceptions apart).
    pub fn passed_per_mille(&self) -> Option<u32> {
        let t = self.total();
        (t > 0).then(|| ((self.passed as u64 * 1000 + t as u64 / 2) / t as u64) as u32)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remediation {
    /// Windows resolved (fixed or gone) within the period.
    pub resolved: usize,
    /// Windows still open at the period's end.
    pub open: usize,
    /// Windows closed by a waiver.
    pub waived: usize,
    pub median_seconds: Option<i64>,
    pub worst_seconds: Option<i64>,
}

/// A finding's failure: from the first scan that saw it fail to the first that saw it pass
/// (`fixed`), no longer found it (`gone`) or saw it waived (`waived`); `open` when none has yet.
/// An unknown in between does not close it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub policy_id: String,
    pub title: String,
    pub severity: String,
    pub resource: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    pub first_seen: String,
    pub first_seen_scan: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_scan: Option<i64>,
    /// `fixed`, `gone`, `waived` or `open`.
    pub resolution: String,
    /// From first seen to resolved; open windows have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<i64>,
    /// The CloudTrail event that last changed the resource before the failure was seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caused_by: Option<ChangeEvent>,
    /// `framework/control` of every control it counts against.
    pub controls: Vec<String>,
}

/// The period report's formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodFormat {
    Json,
    Markdown,
    Html,
    Csv,
}

pub fn render(report: &PeriodReport, format: PeriodFormat) -> Vec<u8> {
    match format {
        PeriodFormat::Json => {
            let mut s = serde_json::to_string_pretty(report).expect("a period report serializes");
            s.push('\n');
            s.into_bytes()
        }
        PeriodFormat::Markdown => markdown::render(report).into_bytes(),
        PeriodFormat::Html => html::render(report).into_bytes(),
        PeriodFormat::Csv => csv::render(report),
    }
}

/// `3 d 4 h`, `2 h 5 min`, `40 s`: a duration as a reader compares them.
pub fn duration(secs: i64) -> String {
    let (d, h, m, s) = (
        secs / 86_400,
        secs % 86_400 / 3600,
        secs % 3600 / 60,
        secs % 60,
    );
    if d > 0 {
        format!("{d} d {h} h")
    } else if h > 0 {
        format!("{h} h {m} min")
    } else if m > 0 {
        format!("{m} min {s} s")
    } else {
        format!("{s} s")
    }
}

/// `99.5 %` from per mille.
pub fn percent(per_mille: Option<u32>) -> String {
    match per_mille {
        Some(p) => format!("{}.{} %", p / 10, p % 10),
        None => "no scans".into(),
    }
}

#[cfg(test)]
mod tests;
