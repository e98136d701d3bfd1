//! The period report in Markdown: the same content as the HTML, for a pull request or a wiki.

use super::{duration, percent, PeriodReport, Window};
use crate::markdown::cell;
use std::fmt::Write;

fn cause(w: &Window) -> String {
    match &w.caused_by {
        Some(c) => format!(
            "{} by {} at {}{}",
            cell(&c.event_name),
            cell(c.principal.as_deref().unwrap_or("unknown principal")),
            c.event_time,
            c.source_ip
                .as_deref()
                .map(|ip| format!(" from {}", cell(ip)))
                .unwrap_or_default()
        ),
        None => "not attributed".into(),
    }
}

fn resolved(w: &Window) -> String {
    match (&w.resolved_at, w.duration_seconds) {
        (Some(at), Some(d)) => format!("{at} ({}, {})", w.resolution, duration(d)),
        _ => "**open**".into(),
    }
}

pub fn render(r: &PeriodReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Compliance from {} to {}\n", r.from, r.to);
    let s = &r.scans;
    let _ = writeln!(
        out,
        "{} scans in the period ({} complete, {} incomplete, {} failed){}, from the evidence store {}.\n",
        s.total,
        s.complete,
        s.incomplete,
        s.failed,
        match (&s.first, &s.last) {
            (Some(a), Some(b)) => format!(", {a} to {b}"),
            _ => String::new(),
        },
        cell(&r.store)
    );
    if r.chain.intact {
        let _ = writeln!(
            out,
            "The store's hash chain is **intact**: {} scans, head {}.\n",
            r.chain.scans,
            cell(r.chain.head.as_deref().unwrap_or("none"))
        );
    } else {
        let _ = writeln!(
            out,
            "> **The store's hash chain is broken**: its record was edited, deleted or reordered. Nothing below can be relied on.\n"
        );
        for p in &r.chain.problems {
            let _ = writeln!(out, "> - {}", cell(p));
        }
        out.push('\n');
    }
    out.push_str("## Gaps in the evidence\n\n");
    if r.gaps.is_empty() {
        out.push_str("None: every scan of the period was complete.\n\n");
    } else {
        out.push_str("A failed scan is a gap for every control; an incomplete one for the controls it did not see fail.\n\n| Scan | Scanned at | Outcome | Errors |\n|---:|---|---|---|\n");
        for g in &r.gaps {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                g.scan,
                g.scanned_at,
                g.outcome,
                g.errors
                    .iter()
                    .map(|e| cell(e))
                    .collect::<Vec<_>>()
                    .join("<br>")
            );
        }
        out.push('\n');
    }
    for f in &r.frameworks {
        let _ = writeln!(out, "## {} {}\n", f.name, f.version);
        out.push_str("| Control | Verdict | Passed | Failed | Exception | Unknown | Gap | Not evaluated | Windows | Time to remediate (median, worst) |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for c in &f.controls {
            let sc = &c.scans;
            let ttr = match (c.remediation.median_seconds, c.remediation.worst_seconds) {
                (Some(m), Some(w)) => format!("{}, {}", duration(m), duration(w)),
                _ => "—".into(),
            };
            let _ = writeln!(
                out,
                "| {} {} | {} | {} ({}) | {} | {} | {} | {} | {} | {} | {} |",
                cell(&c.control.id),
                cell(&c.control.title),
                c.verdict(),
                sc.passed,
                percent(sc.passed_per_mille()),
                sc.failed,
                sc.exception,
                sc.unknown,
                sc.gap,
                sc.not_evaluated,
                c.windows.len(),
                ttr
            );
        }
        out.push('\n');
        let failing: Vec<_> = f
            .controls
            .iter()
            .filter(|c| !c.windows.is_empty())
            .collect();
        for c in failing {
            let _ = writeln!(
                out,
                "### {} {}: failure windows\n",
                cell(&c.control.id),
                cell(&c.control.title)
            );
            out.push_str("| Policy | Resource | Region | First seen | Resolved | Caused by |\n|---|---|---|---|---|---|\n");
            for &i in &c.windows {
                let w = &r.windows[i];
                let _ = writeln!(
                    out,
                    "| {} {} | {} | {} | {} | {} | {} |",
                    cell(&w.policy_id),
                    w.severity,
                    cell(&w.resource),
                    cell(w.region.as_deref().unwrap_or("")),
                    w.first_seen,
                    resolved(w),
                    cause(w)
                );
            }
            out.push('\n');
        }
    }
    let _ = writeln!(
        out,
        "---\nMade by {} {} from the store's records alone: rerun `comply report --store STORE --from {} --to {}` to compare.",
        r.tool.name, r.tool.version, r.from, r.to
    );
    out
}
