//! The compliance report as one self-contained HTML file: inline CSS, inline SVG charts, no
//! JavaScript and no external assets; readable on screen and printed to PDF (each framework
//! starts a page; every section is open, so everything prints).

use crate::compliance::{self, ControlStatus, ControlView, FrameworkView, RESOURCES_PER_CONTROL};
use crate::util::{change_text, place, resource_label, waiver_text};
use crate::{Report, Severity, Status, WaiverState};
use std::fmt::Write;

/// Escapes text for HTML content and quoted attributes; control characters become U+FFFD.
pub(crate) fn e(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

pub(crate) const CSS: &str = r#"
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:0 auto;max-width:1180px;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #d0d7de;padding-bottom:4px}
h3{font-size:16px;margin:18px 0 6px}h4{font-size:14px;margin:14px 0 4px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px;word-break:break-all}
.badge{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;font-weight:600;white-space:nowrap;border:1px solid transparent}
.failed,.fail{background:#ffebe9;color:#82071e;border-color:#ff8182}.exception,.waived{background:#fff8c5;color:#6b4a00;border-color:#d4a72c}
.unknown,.error{background:#ddf4ff;color:#0a3069;border-color:#54aeff}.passed,.pass{background:#dafbe1;color:#116329;border-color:#4ac26b}
.not-evaluated,.not-covered{background:#f6f8fa;color:#57606a;border-color:#d0d7de}.manual{background:#fbefff;color:#6639ba;border-color:#c297ff}
.verdict{font-size:16px;margin:8px 0 16px}.incomplete{background:#ffebe9;border:1px solid #ff8182;padding:8px 12px;margin:12px 0}
.meta td:first-child{width:220px;color:#57606a}.muted{color:#57606a}
.control{border-left:3px solid #d0d7de;padding-left:10px;margin:10px 0 14px;break-inside:avoid-page}
svg text{font:12px system-ui,sans-serif}.id code{white-space:nowrap;word-break:normal}
@media print{body{max-width:none;padding:0}.framework{break-before:page}tr,.control{break-inside:avoid}a{color:inherit}}
"#;

fn badge(class: &str, text: &str) -> String {
    format!("<span class=\"badge {class}\">{}</span>", e(text))
}

fn status_colour(s: ControlStatus) -> &'static str {
    match s {
        ControlStatus::Failed => "#cf222e",
        ControlStatus::Exception => "#d4a72c",
        ControlStatus::Unknown => "#54aeff",
        ControlStatus::Passed => "#2da44e",
        ControlStatus::NotEvaluated => "#afb8c1",
        ControlStatus::NotCovered => "#8c959f",
        ControlStatus::Manual => "#8250df",
    }
}

/// A stacked bar of the framework's control statuses, labelled so it reads without colour.
fn status_bar(f: &FrameworkView<'_>) -> String {
    let total = f.controls().count().max(1);
    let (w, h) = (760.0_f64, 26.0_f64);
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"controls by status\" width=\"{w}\" height=\"{}\" viewBox=\"0 0 {w} {}\">",
        h + 22.0,
        h + 22.0
    );
    let mut x = 0.0;
    let mut legend_x = 0.0;
    for s in ControlStatus::ALL {
        let n = f.count(s);
        if n == 0 {
            continue;
        }
        let width = w * n as f64 / total as f64;
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"0\" width=\"{width:.1}\" height=\"{h}\" fill=\"{}\"><title>{}: {n}</title></rect>",
            status_colour(s),
            s.as_str()
        );
        let _ = write!(
            svg,
            "<rect x=\"{legend_x:.1}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{}\">{} {n}</text>",
            h + 8.0,
            status_colour(s),
            legend_x + 14.0,
            h + 17.0,
            s.as_str()
        );
        legend_x += 24.0 + 7.0 * (s.as_str().len() + n.to_string().len() + 1) as f64;
        x += width;
    }
    svg.push_str("</svg>");
    svg
}

/// Horizontal bars with their numbers.
fn bars(title: &str, rows: &[(String, usize, &str)]) -> String {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let (label_w, bar_w, row_h) = (190.0_f64, 460.0_f64, 20.0_f64);
    let height = row_h * rows.len() as f64 + 4.0;
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"{}\" width=\"{}\" height=\"{height}\" viewBox=\"0 0 {} {height}\">",
        e(title),
        label_w + bar_w + 60.0,
        label_w + bar_w + 60.0
    );
    for (i, (label, n, colour)) in rows.iter().enumerate() {
        let y = i as f64 * row_h;
        let width = bar_w * *n as f64 / max as f64;
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text><rect x=\"{label_w}\" y=\"{:.1}\" width=\"{width:.1}\" height=\"14\" fill=\"{colour}\"/><text x=\"{:.1}\" y=\"{:.1}\">{n}</text>",
            label_w - 6.0,
            y + 12.0,
            e(label),
            y + 2.0,
            label_w + width + 4.0,
            y + 12.0
        );
    }
    svg.push_str("</svg>");
    svg
}

fn severity_colour(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "#82071e",
        Severity::High => "#cf222e",
        Severity::Medium => "#d4a72c",
        Severity::Low => "#54aeff",
        Severity::Info => "#8c959f",
    }
}

fn scope(report: &Report, out: &mut String) {
    let s = &report.scope;
    out.push_str("<h2 id=\"scope\">Scope</h2><table class=\"meta\">");
    let mut row = |k: &str, v: String| {
        let _ = write!(out, "<tr><td>{}</td><td>{v}</td></tr>", e(k));
    };
    row(
        "scanned at",
        e(s.scanned_at.as_deref().unwrap_or("not recorded")),
    );
    row(
        "tool",
        e(&format!("{} {}", report.tool.name, report.tool.version)),
    );
    row(
        "policy bundle sha256",
        format!("<code>{}</code>", e(&report.policy_bundle_sha256)),
    );
    row(
        "settings",
        match &s.settings {
            Some(f) => format!(
                "<code>{}</code> sha256 <code>{}</code>",
                e(&f.file),
                e(&f.sha256)
            ),
            None => "none (defaults)".into(),
        },
    );
    row(
        "accounts",
        if s.accounts.is_empty() {
            "not named by the inputs".into()
        } else {
            e(&s.accounts.join(", "))
        },
    );
    row("regions", e(&s.regions.join(", ")));
    row(
        "policies",
        format!(
            "{} ran{}",
            report.summary.policies,
            if report.selection.is_empty() {
                String::new()
            } else {
                " (a selection: see the manifest)".into()
            }
        ),
    );
    row("resources judged", report.summary.resources.to_string());
    if let Some(d) = &report.as_of {
        row("waivers judged as of", e(d));
    }
    out.push_str("</table><h3>Inputs</h3><table><tr><th>file</th><th>format</th><th>resources</th><th>sha256</th></tr>");
    for i in &report.inputs {
        let _ = write!(
            out,
            "<tr><td><code>{}</code></td><td>{}</td><td class=\"n\">{}</td><td><code>{}</code></td></tr>",
            e(&i.file),
            e(&i.format),
            i.resources,
            e(&i.sha256)
        );
    }
    out.push_str("</table>");
}

/// A control's anchor: control ids repeat across frameworks.
fn control_id(framework: &str, control: &str) -> String {
    e(&format!("c-{framework}-{control}").replace(char::is_whitespace, "_"))
}

fn control_details(framework: &str, c: &ControlView<'_>, out: &mut String) {
    let _ = write!(
        out,
        "<div class=\"control\" id=\"{}\" data-status=\"{}\"><h4><code>{}</code> {} {}</h4><p class=\"muted\">{}",
        control_id(framework, &c.control.id),
        c.status.class(),
        e(&c.control.id),
        e(&c.control.title),
        badge(c.status.class(), &c.label()),
        e(c.status.meaning()),
    );
    if !c.control.policies.is_empty() {
        let _ = write!(out, ". Evidenced by {}", e(&c.control.policies.join(", ")));
    }
    out.push_str(".</p>");
    if c.findings.is_empty() {
        out.push_str("</div>");
        return;
    }
    out.push_str("<table><tr><th>status</th><th>policy</th><th>resource</th><th>region</th><th>where</th><th>detail</th></tr>");
    let mut shown = 0;
    for f in c.open().take(RESOURCES_PER_CONTROL) {
        shown += 1;
        let detail = match f.status {
            Status::Fail => match &f.changed_by {
                Some(c) => format!(
                    "{}<br><b>Changed:</b> {}",
                    e(&f.message),
                    e(&change_text(c))
                ),
                None => e(&f.message),
            },
            Status::Waived => match &f.waiver {
                Some(w) => format!(
                    "{}<br><b>Exception:</b> {} <span class=\"muted\">[{}]</span>",
                    e(&f.message),
                    e(&waiver_text(w)),
                    e(&w.origin)
                ),
                None => e(&f.message),
            },
            Status::Unknown => format!(
                "{}<br><b>Unknown until apply:</b> <code>{}</code>",
                e(&f.message),
                e(&f.unknown.join(", "))
            ),
            Status::Error | Status::Pass => e(&f.message),
        };
        let _ = write!(
            out,
            "<tr><td>{}{}</td><td><code>{}</code></td><td><code>{}</code></td><td>{}</td><td><code>{}</code></td><td>{detail}</td></tr>",
            badge(f.status.as_str(), f.status.as_str()),
            if f.baselined { " <span class=\"muted\">in baseline</span>" } else { "" },
            e(&f.policy_id),
            e(&resource_label(f)),
            e(f.region.as_deref().unwrap_or("?")),
            e(&place(f.primary_location())),
        );
    }
    // Passes need no detail: one row per policy listing the resources that pass it.
    for (policy, passes) in c.passes() {
        let room = RESOURCES_PER_CONTROL.saturating_sub(shown);
        if room == 0 {
            break;
        }
        let listed: Vec<String> = passes
            .iter()
            .take(room)
            .map(|f| format!("<code>{}</code>", e(&resource_label(f))))
            .collect();
        shown += listed.len();
        let _ = write!(
            out,
            "<tr><td>{}</td><td><code>{}</code></td><td colspan=\"4\">{} {}: {}</td></tr>",
            badge("pass", "pass"),
            e(policy),
            passes.len(),
            if passes.len() == 1 {
                "resource"
            } else {
                "resources"
            },
            listed.join(", ")
        );
    }
    out.push_str("</table>");
    let fixes = c.remediations();
    if !fixes.is_empty() {
        out.push_str("<p><b>To fix the failures:</b></p><ul>");
        for (policy, fix) in fixes {
            let _ = write!(out, "<li><code>{}</code>: {}</li>", e(policy), e(fix));
        }
        out.push_str("</ul>");
    }
    if c.findings.len() > shown {
        let _ = write!(
            out,
            "<p class=\"muted\">and {} more — every one is in the CSV and JSON reports.</p>",
            c.findings.len() - shown
        );
    }
    out.push_str("</div>");
}

/// Controls with findings, or whose policies found nothing to judge, get a details section.
fn detailed(c: &ControlView<'_>) -> bool {
    !c.findings.is_empty() || c.status == ControlStatus::NotEvaluated
}

fn framework(f: &FrameworkView<'_>, out: &mut String) {
    let fw = f.framework;
    let _ = write!(
        out,
        "<section class=\"framework\" id=\"fw-{}\"><h2>{} {}</h2><p class=\"muted\">{} · {} controls</p>",
        e(&fw.id),
        e(&fw.name),
        e(&fw.version),
        e(&fw.publisher),
        fw.controls.len()
    );
    out.push_str(&status_bar(f));
    out.push_str("<table><tr>");
    for s in ControlStatus::ALL {
        let _ = write!(out, "<th>{}</th>", e(s.as_str()));
    }
    out.push_str("</tr><tr>");
    for s in ControlStatus::ALL {
        let _ = write!(out, "<td class=\"n\">{}</td>", f.count(s));
    }
    out.push_str("</tr></table><h3>Control tree</h3><table><tr><th>group</th><th>control</th><th>title</th><th>automation</th><th>status</th><th>findings</th></tr>");
    for g in &f.groups {
        for (i, c) in g.controls.iter().enumerate() {
            let group = if i == 0 {
                format!(
                    "<td rowspan=\"{}\"><b>{}</b> {}</td>",
                    g.controls.len(),
                    e(g.id),
                    e(g.title)
                )
            } else {
                String::new()
            };
            let _ = write!(
                out,
                "<tr>{group}<td class=\"id\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                if detailed(c) {
                    format!("<a href=\"#{}\"><code>{}</code></a>", control_id(&fw.id, &c.control.id), e(&c.control.id))
                } else {
                    format!("<code>{}</code>", e(&c.control.id))
                },
                e(&c.control.title),
                c.control.automation.as_str(),
                badge(c.status.class(), &c.label()),
                c.findings.len()
            );
        }
    }
    out.push_str("</table><h3>Controls with evidence</h3>");
    let mut any = false;
    for c in f.controls().filter(|c| detailed(c)) {
        any = true;
        control_details(&fw.id, c, out);
    }
    if !any {
        out.push_str("<p class=\"muted\">No finding of this scan bears on this framework.</p>");
    }
    out.push_str("</section>");
}

fn charts(report: &Report, out: &mut String) {
    out.push_str("<h2 id=\"findings\">Findings by severity and theme</h2>");
    let fails: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.status == Status::Fail)
        .collect();
    let sev: Vec<(String, usize, &str)> = Severity::ALL
        .iter()
        .map(|s| {
            (
                s.as_str().to_string(),
                fails.iter().filter(|f| f.severity == *s).count(),
                severity_colour(*s),
            )
        })
        .collect();
    out.push_str("<h3>Failures by severity</h3>");
    out.push_str(&bars("failures by severity", &sev));
    let mut themes = compliance::tally(
        fails
            .iter()
            .flat_map(|f| f.themes.iter().map(String::as_str)),
    );
    themes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if !themes.is_empty() {
        let rows: Vec<(String, usize, &str)> =
            themes.into_iter().map(|(t, n)| (t, n, "#cf222e")).collect();
        out.push_str("<h3>Failures by theme</h3>");
        out.push_str(&bars("failures by theme", &rows));
    }
    let _ = write!(out, "<p>{}</p>", e(&compliance::totals(report)));
}

fn exceptions(report: &Report, out: &mut String) {
    out.push_str("<h2 id=\"exceptions\">Exceptions register</h2>");
    let waived: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.status == Status::Waived)
        .collect();
    if waived.is_empty() {
        out.push_str("<p class=\"muted\">No finding is waived.</p>");
    } else {
        out.push_str("<table><tr><th>policy</th><th>resource</th><th>reason</th><th>approved by</th><th>expires</th><th>ticket</th><th>written at</th></tr>");
        for f in waived {
            if let Some(w) = &f.waiver {
                let _ = write!(
                    out,
                    "<tr><td><code>{}</code></td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>",
                    e(&f.policy_id),
                    e(&resource_label(f)),
                    e(&w.reason),
                    e(w.approved_by.as_deref().unwrap_or("—")),
                    e(&w.expires),
                    e(w.ticket.as_deref().unwrap_or("—")),
                    e(&w.origin)
                );
            }
        }
        out.push_str("</table>");
    }
    let problems: Vec<_> = report
        .waivers
        .iter()
        .filter(|w| w.state != WaiverState::Active)
        .collect();
    if !problems.is_empty() {
        out.push_str("<h3>Waivers that waive nothing</h3><table><tr><th>state</th><th>policy</th><th>resource</th><th>reason</th><th>expires</th><th>written at</th></tr>");
        for w in problems {
            let _ = write!(
                out,
                "<tr><td>{}</td><td><code>{}</code></td><td><code>{}</code></td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>",
                badge(if w.state == WaiverState::Expired { "failed" } else { "not-covered" }, w.state.as_str()),
                e(&w.waiver.policy),
                e(&w.waiver.resource),
                e(&w.waiver.reason),
                e(&w.waiver.expires),
                e(&w.waiver.origin)
            );
        }
        out.push_str("</table>");
    }
}

fn manifest(report: &Report, out: &mut String) {
    out.push_str("<h2 id=\"manifest\">Run manifest</h2><p>To re-verify: run the same tool version with the same policy bundle and settings on the same inputs, and compare the hashes below with the new report's <code>policy_bundle_sha256</code>, <code>scope.settings.sha256</code> and <code>inputs[].sha256</code>.</p><pre class=\"mono\">");
    out.push_str(&e(&crate::manifest::text(report)));
    out.push_str("</pre>");
}

pub fn render(report: &Report) -> Vec<u8> {
    let views = compliance::frameworks(report);
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>Compliance report</title><style>");
    out.push_str(CSS);
    out.push_str("</style></head><body><h1>Compliance report</h1>");
    let names: Vec<String> = views
        .iter()
        .map(|v| format!("{} {}", v.framework.name, v.framework.version))
        .collect();
    let _ = write!(
        out,
        "<p class=\"verdict\">{} — controls: {} failed, {} with exceptions, {} manual; over {} resources.</p>",
        e(&names.join(" · ")),
        views.iter().map(|v| v.count(ControlStatus::Failed)).sum::<usize>(),
        views.iter().map(|v| v.count(ControlStatus::Exception)).sum::<usize>(),
        views.iter().map(|v| v.count(ControlStatus::Manual)).sum::<usize>(),
        report.summary.resources
    );
    if report.summary.incomplete {
        out.push_str("<div class=\"incomplete\"><b>Incomplete scan.</b> Some results are missing: a gap in evidence, not a pass.<ul>");
        for err in &report.errors {
            let _ = write!(out, "<li>{}</li>", e(err));
        }
        if report.summary.error > 0 {
            let _ = write!(
                out,
                "<li>policy evaluations that errored: {}</li>",
                report.summary.error
            );
        }
        out.push_str("</ul></div>");
    }
    out.push_str("<h2>Frameworks</h2><table><tr><th>framework</th>");
    for s in ControlStatus::ALL {
        let _ = write!(out, "<th>{}</th>", e(s.as_str()));
    }
    out.push_str("</tr>");
    for v in &views {
        let _ = write!(
            out,
            "<tr><td><a href=\"#fw-{}\">{} {}</a></td>",
            e(&v.framework.id),
            e(&v.framework.name),
            e(&v.framework.version)
        );
        for s in ControlStatus::ALL {
            let _ = write!(out, "<td class=\"n\">{}</td>", v.count(s));
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
    scope(report, &mut out);
    charts(report, &mut out);
    exceptions(report, &mut out);
    for v in &views {
        framework(v, &mut out);
    }
    manifest(report, &mut out);
    out.push_str("</body></html>\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(String::from_utf8(render(&crate::testdata::report())).unwrap());
    }

    #[test]
    fn hostile_text_is_inert() {
        let html = String::from_utf8(render(&crate::testdata::hostile())).unwrap();
        assert!(!html.contains("<script"), "raw script tag");
        assert!(!html.contains('\u{1b}'));
        assert!(html.contains("&lt;script&gt;"));
    }
}
