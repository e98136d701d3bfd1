//! The period report as one self-contained HTML file (inline CSS and SVG, no JavaScript), in
//! the look of the compliance report.

use super::{duration, percent, PeriodControl, PeriodReport, Window};
use crate::html::{e, CSS};
use std::fmt::Write;

/// The badge class of a period verdict.
fn class(verdict: &str) -> &'static str {
    match verdict {
        "failed" => "failed",
        "unknown" | "gap" => "unknown",
        "exception" => "exception",
        "passed" | "passed with gaps" => "passed",
        "manual" => "manual",
        "not covered" => "not-covered",
        _ => "not-evaluated",
    }
}

/// A stacked bar of the control's scans: passed, exception, failed, unknown, gap, not evaluated.
fn scan_bar(c: &PeriodControl) -> String {
    let s = &c.scans;
    let total = s.total();
    if total == 0 {
        return String::new();
    }
    let parts = [
        (s.passed, "#2da44e", "passed"),
        (s.exception, "#d4a72c", "exception"),
        (s.failed, "#cf222e", "failed"),
        (s.unknown, "#54aeff", "unknown"),
        (s.gap, "#8c959f", "gap"),
        (s.not_evaluated, "#d0d7de", "not evaluated"),
    ];
    let mut out = String::from(
        r#"<svg width="160" height="12" viewBox="0 0 160 12" role="img" aria-label="scans">"#,
    );
    let mut x = 0.0;
    for (n, colour, label) in parts {
        if n == 0 {
            continue;
        }
        let w = 160.0 * n as f64 / total as f64;
        let _ = write!(
            out,
            r#"<rect x="{x:.2}" y="0" width="{w:.2}" height="12" fill="{colour}"><title>{n} {label}</title></rect>"#
        );
        x += w;
    }
    out.push_str("</svg>");
    out
}

fn window_row(w: &Window, out: &mut String) {
    let resolved = match (&w.resolved_at, w.duration_seconds) {
        (Some(at), Some(d)) => format!(
            "{} <span class=\"muted\">({}, {})</span>",
            e(at),
            e(&w.resolution),
            duration(d)
        ),
        _ => r#"<span class="badge failed">open</span>"#.into(),
    };
    let cause = match &w.caused_by {
        Some(c) => format!(
            "<code>{}</code> by <code>{}</code><br><span class=\"muted\">{}{}</span>",
            e(&c.event_name),
            e(c.principal.as_deref().unwrap_or("unknown principal")),
            e(&c.event_time),
            c.source_ip
                .as_deref()
                .map(|ip| format!(" from {}", e(ip)))
                .unwrap_or_default()
        ),
        None => r#"<span class="muted">not attributed</span>"#.into(),
    };
    let _ = write!(
        out,
        "<tr><td><code>{}</code> {}</td><td class=\"mono\">{}</td><td>{}</td><td>{}</td><td>{resolved}</td><td>{cause}</td></tr>",
        e(&w.policy_id),
        e(&w.severity),
        e(&w.resource),
        e(w.region.as_deref().unwrap_or("")),
        e(&w.first_seen),
    );
}

pub fn render(r: &PeriodReport) -> String {
    let mut out = String::new();
    let title = format!("Compliance from {} to {}", r.from, r.to);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>{CSS}</style></head><body>\n<h1>{}</h1>\n",
        e(&title),
        e(&title)
    );
    let s = &r.scans;
    let _ = writeln!(
        out,
        "<table class=\"meta\"><tr><td>Evidence store</td><td><code>{}</code></td></tr><tr><td>Scans in the period</td><td>{} ({} complete, {} incomplete, {} failed)</td></tr><tr><td>First and last scan</td><td>{} to {}</td></tr><tr><td>Hash chain</td><td>{}</td></tr><tr><td>Made by</td><td>{} {}</td></tr></table>",
        e(&r.store),
        s.total,
        s.complete,
        s.incomplete,
        s.failed,
        e(s.first.as_deref().unwrap_or("none")),
        e(s.last.as_deref().unwrap_or("none")),
        if r.chain.intact {
            format!(
                "<span class=\"badge passed\">intact</span> {} scans, head <code>{}</code>",
                r.chain.scans,
                e(r.chain.head.as_deref().unwrap_or("none"))
            )
        } else {
            "<span class=\"badge failed\">broken</span>".to_string()
        },
        e(&r.tool.name),
        e(&r.tool.version)
    );
    if !r.chain.intact {
        out.push_str("<div class=\"incomplete\"><strong>The store's hash chain is broken</strong>: its record was edited, deleted or reordered. Nothing below can be relied on.<ul>");
        for p in &r.chain.problems {
            let _ = write!(out, "<li>{}</li>", e(p));
        }
        out.push_str("</ul></div>\n");
    }
    out.push_str("<h2>Gaps in the evidence</h2>\n");
    if r.gaps.is_empty() {
        out.push_str("<p>None: every scan of the period was complete.</p>\n");
    } else {
        out.push_str("<p>A failed scan is a gap for every control; an incomplete one for the controls it did not see fail.</p><table><tr><th>Scan</th><th>Scanned at</th><th>Outcome</th><th>Errors</th></tr>");
        for g in &r.gaps {
            let _ = write!(
                out,
                "<tr><td class=\"n\">{}</td><td>{}</td><td><span class=\"badge {}\">{}</span></td><td>{}</td></tr>",
                g.scan,
                e(&g.scanned_at),
                if g.outcome == "failed" { "failed" } else { "unknown" },
                e(&g.outcome),
                g.errors.iter().map(|x| e(x)).collect::<Vec<_>>().join("<br>")
            );
        }
        out.push_str("</table>\n");
    }
    for f in &r.frameworks {
        let _ = write!(
            out,
            "<section class=\"framework\" id=\"f-{}\"><h2>{} {}</h2>\n<table><tr><th>Control</th><th>Verdict</th><th>Scans</th><th>Passed</th><th>Failed</th><th>Exception</th><th>Unknown</th><th>Gap</th><th>Windows</th><th>Time to remediate (median, worst)</th></tr>\n",
            e(&f.id),
            e(&f.name),
            e(&f.version)
        );
        for c in &f.controls {
            let v = c.verdict();
            let sc = &c.scans;
            let ttr = match (c.remediation.median_seconds, c.remediation.worst_seconds) {
                (Some(m), Some(w)) => format!("{}, {}", duration(m), duration(w)),
                _ => "—".into(),
            };
            let _ = writeln!(
                out,
                "<tr id=\"c-{}-{}\" data-verdict=\"{}\"><td><code>{}</code> {}</td><td><span class=\"badge {}\">{}</span></td><td>{}</td><td class=\"n\">{} ({})</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{ttr}</td></tr>",
                e(&f.id),
                e(&c.control.id),
                e(v),
                e(&c.control.id),
                e(&c.control.title),
                class(v),
                e(v),
                scan_bar(c),
                sc.passed,
                percent(sc.passed_per_mille()),
                sc.failed,
                sc.exception,
                sc.unknown,
                sc.gap,
                c.windows.len(),
            );
        }
        out.push_str("</table>\n");
        for c in f.controls.iter().filter(|c| !c.windows.is_empty()) {
            let _ = write!(
                out,
                "<h3><code>{}</code> {}: failure windows</h3><table><tr><th>Policy</th><th>Resource</th><th>Region</th><th>First seen</th><th>Resolved</th><th>Caused by</th></tr>",
                e(&c.control.id),
                e(&c.control.title)
            );
            for &i in &c.windows {
                window_row(&r.windows[i], &mut out);
            }
            out.push_str("</table>\n");
        }
        out.push_str("</section>\n");
    }
    let _ = write!(
        out,
        "<h2>Re-verify</h2><p>Made from the store's records alone. <code>comply store verify STORE --head {}</code> checks the chain; <code>comply report --store STORE --from {} --to {} --format json</code> makes this report again.</p>\n</body></html>\n",
        e(r.chain.head.as_deref().unwrap_or("HASH")),
        e(&r.from),
        e(&r.to)
    );
    out
}
