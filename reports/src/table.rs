//! The terminal table: what needs fixing first, then one summary line.

use crate::util::place;
use crate::{RenderOptions, Report, Status, WaiverState};
use comfy_table::presets::{ASCII_MARKDOWN, UTF8_FULL_CONDENSED};
use comfy_table::{ContentArrangement, Table};
use std::fmt::Write;

pub fn render(report: &Report, options: RenderOptions) -> String {
    let shown: Vec<_> = report
        .reported()
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
                match &f.waiver {
                    Some(w) => format!(
                        "{} (waived until {} by {}: {})",
                        f.message, w.expires, w.origin, w.reason
                    ),
                    None => f.message.clone(),
                },
                // The Terraform block when known; line 0 is an account or region summary.
                place(f.primary_location()),
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
    if let Some(b) = &report.baseline {
        writeln!(
            out,
            "{} the baseline holds not shown; {} resolved since",
            count(s.baselined, "finding"),
            count(b.resolved.len(), "baseline entry")
        )
        .unwrap();
    }
    for w in &report.waivers {
        let v = &w.waiver;
        match w.state {
            WaiverState::Expired => writeln!(
                out,
                "waiver {} {} ({}) expired on {}: it no longer waives {}",
                v.policy,
                v.resource,
                v.origin,
                v.expires,
                count(w.matched, "finding")
            )
            .unwrap(),
            WaiverState::Unused => writeln!(
                out,
                "waiver {} {} ({}) matched nothing: remove it or fix its pattern",
                v.policy, v.resource, v.origin
            )
            .unwrap(),
            WaiverState::Active => {}
        }
    }
    let sel = &report.selection;
    for (what, list) in [
        ("policies selected", &sel.policies),
        ("policies skipped", &sel.skipped),
        ("frameworks selected", &sel.frameworks),
    ] {
        if !list.is_empty() {
            writeln!(out, "{what}: {}", list.join(", ")).unwrap();
        }
    }
    if let Some(m) = sel.min_severity {
        writeln!(out, "findings below {m} are not reported").unwrap();
    }
    if sel.changed_only {
        writeln!(
            out,
            "only what the plan changes was judged ({} unchanged resources were not)",
            s.unchanged
        )
        .unwrap();
    }
    for e in &report.errors {
        writeln!(out, "incomplete: {e}").unwrap();
    }
    out
}

/// `1 finding`, `2 findings`, `2 baseline entries`.
fn count(n: usize, what: &str) -> String {
    match (n, what.strip_suffix('y')) {
        (1, _) => format!("1 {what}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {what}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata;

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&testdata::report(), RenderOptions::default()));
    }

    #[test]
    fn all_shows_waived_and_passes_but_never_baselined() {
        let all = RenderOptions {
            all: true,
            ..RenderOptions::default()
        };
        let out = render(&testdata::report(), all);
        assert!(out.contains("aws_s3_bucket.legacy") && out.contains("aws_s3_bucket.ok"));
        assert!(!out.contains("aws_s3_bucket.old"));
    }
}
