//! The terminal table: what needs fixing first, then one summary line.

use crate::{RenderOptions, Report, Status};
use comfy_table::presets::{ASCII_MARKDOWN, UTF8_FULL_CONDENSED};
use comfy_table::{ContentArrangement, Table};
use std::fmt::Write;

pub fn render(report: &Report, options: RenderOptions) -> String {
    let shown: Vec<_> = report
        .findings
        .iter()
        .filter(|f| options.all || !matches!(f.status, Status::Pass | Status::Waived))
        .collect();
    let mut out = String::new();
    if !shown.is_empty() {
        let mut table = Table::new();
        table.load_preset(if options.terminal {
            UTF8_FULL_CONDENSED
        } else {
            ASCII_MARKDOWN
        });
        table.set_content_arrangement(if options.terminal {
            ContentArrangement::Dynamic
        } else {
            ContentArrangement::Disabled
        });
        table.set_header([
            "Status", "Severity", "Policy", "Resource", "Region", "Message", "Location",
        ]);
        for f in &shown {
            table.add_row([
                f.status.as_str().to_string(),
                f.severity.as_str().to_string(),
                f.policy_id.clone(),
                f.resource.clone(),
                f.region.clone().unwrap_or_else(|| "?".into()),
                f.message.clone(),
                // Line 0: an account or region summary, made from the whole file.
                match f.location.line {
                    0 => f.location.file.clone(),
                    line => format!("{}:{line}", f.location.file),
                },
            ]);
        }
        writeln!(out, "{table}").unwrap();
    }
    let s = &report.summary;
    let by_sev: Vec<String> = s
        .fail_by_severity
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(sev, n)| format!("{n} {sev}"))
        .collect();
    let sev = if by_sev.is_empty() {
        String::new()
    } else {
        format!(" ({})", by_sev.join(", "))
    };
    writeln!(
        out,
        "{} failed{sev}, {} passed, {} unknown, {} waived, {} errors: {} policies on {} resources",
        s.fail, s.pass, s.unknown, s.waived, s.error, s.policies, s.resources
    )
    .unwrap();
    if s.deleted > 0 {
        writeln!(
            out,
            "{} resources the plan deletes were not judged",
            s.deleted
        )
        .unwrap();
    }
    if !s.unmodeled.is_empty() {
        let n: usize = s.unmodeled.values().sum();
        writeln!(
            out,
            "{n} resources of {} types no policy covers were not judged",
            s.unmodeled.len()
        )
        .unwrap();
    }
    if !report.evidence.is_empty() {
        let mut sources: Vec<&str> = report.evidence.iter().map(|e| e.source.as_str()).collect();
        sources.dedup();
        writeln!(
            out,
            "{} results from other checks ({}) are in the JSON report as evidence",
            report.evidence.len(),
            sources.join(", ")
        )
        .unwrap();
    }
    for e in &report.errors {
        writeln!(out, "incomplete: {e}").unwrap();
    }
    out
}
