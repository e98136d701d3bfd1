//! The run manifest: what an assessor needs to re-run the same policy bundle on the same inputs
//! and compare hashes. The HTML and Markdown reports print it as it is.

use crate::Report;
use std::fmt::Write;

/// The command that re-runs the scan, then the hashes to compare, one per line.
pub fn text(report: &Report) -> String {
    let mut cmd = String::from("comply scan");
    if let Some(s) = &report.scope.settings {
        let _ = write!(cmd, " --config {}", s.file);
    }
    for p in &report.selection.policies {
        let _ = write!(cmd, " --policy {p}");
    }
    for p in &report.selection.skipped {
        let _ = write!(cmd, " --skip-policy {p}");
    }
    for f in &report.selection.frameworks {
        let _ = write!(cmd, " --framework {f}");
    }
    if let Some(s) = report.selection.min_severity {
        let _ = write!(cmd, " --severity {s}");
    }
    if report.selection.changed_only {
        cmd.push_str(" --changed-only");
    }
    if let Some(b) = &report.baseline {
        let _ = write!(cmd, " --baseline {}", b.file);
    }
    if let Some(d) = &report.as_of {
        let _ = write!(cmd, " --as-of {d}");
    }
    for i in report.inputs.iter().filter(|i| i.format != "aws-live") {
        let _ = write!(cmd, " {}", i.file);
    }
    if report.inputs.iter().any(|i| i.format == "aws-live") {
        cmd.push_str(" --aws …");
    }
    cmd.push_str(" --format json -o rerun.json");
    let mut out = format!("{}\n\n", crate::util::one_line(&cmd));
    let mut line = |k: &str, v: &str| {
        let _ = writeln!(out, "{k:<21}{}", crate::util::one_line(v));
    };
    line(
        "tool",
        &format!("{} {}", report.tool.name, report.tool.version),
    );
    if let Some(t) = &report.scope.scanned_at {
        line("scanned_at", t);
    }
    line("policy_bundle_sha256", &report.policy_bundle_sha256);
    if let Some(s) = &report.scope.settings {
        line("settings_sha256", &format!("{}  {}", s.sha256, s.file));
    }
    if let Some(b) = &report.baseline {
        line("baseline_sha256", &format!("{}  {}", b.sha256, b.file));
    }
    for i in &report.inputs {
        line("input_sha256", &format!("{}  {}", i.sha256, i.file));
    }
    out
}
