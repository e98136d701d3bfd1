//! The compliance view of a report, per framework and control: what `html` and `markdown`
//! render, so both carry the same content.
//!
//! A control's status comes from the findings of the policies that evidence it (its
//! `ControlInfo.policies`) and are mapped to it:
//! - `manual`: configuration cannot evidence it — never passed, whatever the findings say;
//! - `not covered`: automated or partial, but no policy that ran evidences it;
//! - `failed`: a finding failed; `exception`: none failed, some were waived;
//! - `unknown`: none failed or was waived, some were unknown or errors (never a pass);
//! - `passed`: every finding passed (`partial` controls: the configuration part only);
//! - `not evaluated`: its policies ran but judged no resource.
//!
//! Baselined findings are included: an audit shows everything, the baseline is the gate's.

use crate::{Automation, ControlInfo, Finding, FrameworkInfo, Report, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ControlStatus {
    Failed,
    Exception,
    Unknown,
    Passed,
    NotEvaluated,
    NotCovered,
    Manual,
}

impl ControlStatus {
    pub const ALL: [ControlStatus; 7] = [
        ControlStatus::Failed,
        ControlStatus::Exception,
        ControlStatus::Unknown,
        ControlStatus::Passed,
        ControlStatus::NotEvaluated,
        ControlStatus::NotCovered,
        ControlStatus::Manual,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ControlStatus::Failed => "failed",
            ControlStatus::Exception => "exception",
            ControlStatus::Unknown => "unknown",
            ControlStatus::Passed => "passed",
            ControlStatus::NotEvaluated => "not evaluated",
            ControlStatus::NotCovered => "not covered",
            ControlStatus::Manual => "manual",
        }
    }

    /// A CSS-safe name.
    pub fn class(self) -> &'static str {
        match self {
            ControlStatus::NotEvaluated => "not-evaluated",
            ControlStatus::NotCovered => "not-covered",
            other => other.as_str(),
        }
    }

    /// What the status means to an assessor.
    pub fn meaning(self) -> &'static str {
        match self {
            ControlStatus::Failed => "a resource fails a policy that evidences it",
            ControlStatus::Exception => {
                "nothing fails; accepted risks (waivers) cover some resources"
            }
            ControlStatus::Unknown => {
                "some verdicts depend on values known only after apply, or errored"
            }
            ControlStatus::Passed => "every judged resource passes",
            ControlStatus::NotEvaluated => {
                "its policies ran, but no resource in scope is of their kinds"
            }
            ControlStatus::NotCovered => "no policy in this scan evidences it",
            ControlStatus::Manual => "not evaluable from configuration: evidence it by other means",
        }
    }
}

pub struct ControlView<'a> {
    pub control: &'a ControlInfo,
    pub status: ControlStatus,
    /// Every finding that bears on it, in report order.
    pub findings: Vec<&'a Finding>,
}

impl<'a> ControlView<'a> {
    /// The findings a reader reads one by one: all but the passes, in report order.
    pub fn open(&self) -> impl Iterator<Item = &'a Finding> + '_ {
        self.findings
            .iter()
            .copied()
            .filter(|f| f.status != Status::Pass)
    }

    /// How to fix each failing policy, once per policy in id order: the remediation is the
    /// policy's, not the resource's.
    pub fn remediations(&self) -> Vec<(&'a str, &'a str)> {
        let mut out: Vec<(&'a str, &'a str)> = Vec::new();
        for f in self
            .findings
            .iter()
            .copied()
            .filter(|f| f.status == Status::Fail)
        {
            if let Some(r) = f.remediation.as_deref() {
                if !out.iter().any(|(p, _)| *p == f.policy_id) {
                    out.push((f.policy_id.as_str(), r));
                }
            }
        }
        out.sort_by(|a, b| a.0.cmp(b.0));
        out
    }

    /// The passes, per policy in id order: listed by resource, in one line each.
    pub fn passes(&self) -> Vec<(&'a str, Vec<&'a Finding>)> {
        let mut out: Vec<(&'a str, Vec<&'a Finding>)> = Vec::new();
        for f in self
            .findings
            .iter()
            .copied()
            .filter(|f| f.status == Status::Pass)
        {
            match out.iter_mut().find(|(p, _)| *p == f.policy_id) {
                Some((_, v)) => v.push(f),
                None => out.push((f.policy_id.as_str(), vec![f])),
            }
        }
        out.sort_by(|a, b| a.0.cmp(b.0));
        out
    }

    /// `passed`, or for a partial control what the pass covers.
    pub fn label(&self) -> String {
        match (self.status, self.control.automation) {
            (ControlStatus::Passed, Automation::Partial) => "passed (configuration part)".into(),
            (s, _) => s.as_str().into(),
        }
    }
}

pub struct GroupView<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub controls: Vec<ControlView<'a>>,
}

pub struct FrameworkView<'a> {
    pub framework: &'a FrameworkInfo,
    pub groups: Vec<GroupView<'a>>,
}

impl FrameworkView<'_> {
    pub fn controls(&self) -> impl Iterator<Item = &ControlView<'_>> {
        self.groups.iter().flat_map(|g| g.controls.iter())
    }

    pub fn count(&self, status: ControlStatus) -> usize {
        self.controls().filter(|c| c.status == status).count()
    }
}

fn status_of(control: &ControlInfo, findings: &[&Finding]) -> ControlStatus {
    if control.automation == Automation::Manual {
        return ControlStatus::Manual;
    }
    if control.policies.is_empty() {
        return ControlStatus::NotCovered;
    }
    let any = |s: Status| findings.iter().any(|f| f.status == s);
    if any(Status::Fail) {
        ControlStatus::Failed
    } else if any(Status::Waived) {
        ControlStatus::Exception
    } else if any(Status::Unknown) || any(Status::Error) {
        ControlStatus::Unknown
    } else if any(Status::Pass) {
        ControlStatus::Passed
    } else {
        ControlStatus::NotEvaluated
    }
}

pub fn framework<'a>(report: &'a Report, fw: &'a FrameworkInfo) -> FrameworkView<'a> {
    let view = |c: &'a ControlInfo| {
        let findings: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| c.policies.contains(&f.policy_id))
            .filter(|f| {
                f.controls
                    .get(&fw.id)
                    .is_some_and(|ids| ids.contains(&c.id))
            })
            .collect();
        ControlView {
            control: c,
            status: status_of(c, &findings),
            findings,
        }
    };
    let mut groups: Vec<GroupView> = fw
        .groups
        .iter()
        .map(|g| GroupView {
            id: &g.id,
            title: &g.title,
            controls: fw
                .controls
                .iter()
                .filter(|c| c.group.as_deref() == Some(g.id.as_str()))
                .map(view)
                .collect(),
        })
        .collect();
    let orphans: Vec<ControlView> = fw
        .controls
        .iter()
        .filter(|c| {
            !fw.groups
                .iter()
                .any(|g| c.group.as_deref() == Some(g.id.as_str()))
        })
        .map(view)
        .collect();
    if !orphans.is_empty() {
        groups.push(GroupView {
            id: "",
            title: "Other controls",
            controls: orphans,
        });
    }
    FrameworkView {
        framework: fw,
        groups,
    }
}

/// Every framework of the report, in its order.
pub fn frameworks(report: &Report) -> Vec<FrameworkView<'_>> {
    report
        .frameworks
        .iter()
        .map(|f| framework(report, f))
        .collect()
}

/// The findings' counts in words, baselined ones included (an audit shows everything) and
/// said as such.
pub fn totals(report: &Report) -> String {
    let n = |s: Status| report.findings.iter().filter(|f| f.status == s).count();
    let baselined = report.findings.iter().filter(|f| f.baselined).count();
    let mut out = format!(
        "{} failed, {} passed, {} unknown, {} waived, {} errors, over {} resources",
        n(Status::Fail),
        n(Status::Pass),
        n(Status::Unknown),
        n(Status::Waived),
        n(Status::Error),
        report.summary.resources
    );
    if baselined > 0 {
        out.push_str(&format!(
            "; {baselined} of these findings are in the gate's baseline (known before)"
        ));
    }
    out.push('.');
    out
}

/// Counts per key, in first-seen order of `keys`.
pub fn tally<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for k in keys {
        match out.iter_mut().find(|(x, _)| x == k) {
            Some((_, n)) => *n += 1,
            None => out.push((k.to_string(), 1)),
        }
    }
    out
}

/// The resources a control lists in full; more are counted, and in the CSV and JSON.
pub const RESOURCES_PER_CONTROL: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata;

    fn status(report: &Report, fw: &str, control: &str) -> ControlStatus {
        let f = report.frameworks.iter().find(|f| f.id == fw).unwrap();
        framework(report, f)
            .controls()
            .find(|c| c.control.id == control)
            .unwrap()
            .status
    }

    #[test]
    fn the_status_rules() {
        let mut r = testdata::report();
        // Sample findings all map to PCI 3.5.1 and SOC 2 CC6.1.
        assert_eq!(status(&r, "pci-dss-4.0", "3.5.1"), ControlStatus::Failed);
        assert_eq!(status(&r, "pci-dss-4.0", "8.2.6"), ControlStatus::Manual);
        assert_eq!(
            status(&r, "pci-dss-4.0", "10.2.1"),
            ControlStatus::NotCovered
        );
        // 3.6.1 is evidenced by s3.encryption, but no finding maps to 3.6.1.
        assert_eq!(
            status(&r, "pci-dss-4.0", "3.6.1"),
            ControlStatus::NotEvaluated
        );
        // Only waived and passing findings left: an exception, not a pass.
        r.findings
            .retain(|f| matches!(f.status, Status::Waived | Status::Pass));
        assert_eq!(status(&r, "pci-dss-4.0", "3.5.1"), ControlStatus::Exception);
        r.findings.retain(|f| f.status == Status::Pass);
        assert_eq!(status(&r, "pci-dss-4.0", "3.5.1"), ControlStatus::Passed);
        // A manual control with passing findings is still manual.
        let fw = r
            .frameworks
            .iter_mut()
            .find(|f| f.id == "pci-dss-4.0")
            .unwrap();
        fw.controls[0].automation = Automation::Manual;
        assert_eq!(status(&r, "pci-dss-4.0", "3.5.1"), ControlStatus::Manual);
        // Unknown and error are never a pass.
        let mut r = testdata::report();
        r.findings
            .retain(|f| matches!(f.status, Status::Unknown | Status::Pass | Status::Error));
        assert_eq!(status(&r, "pci-dss-4.0", "3.5.1"), ControlStatus::Unknown);
    }

    #[test]
    fn a_partial_pass_says_what_it_covers() {
        let mut r = testdata::report();
        r.findings.retain(|f| f.status == Status::Pass);
        let fw = r
            .frameworks
            .iter_mut()
            .find(|f| f.id == "pci-dss-4.0")
            .unwrap();
        fw.controls[0].automation = Automation::Partial;
        let f = &r.frameworks[0];
        let v = framework(&r, f);
        let c = v.controls().find(|c| c.control.id == "3.5.1").unwrap();
        assert_eq!(c.label(), "passed (configuration part)");
    }
}
