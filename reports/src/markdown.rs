//! The compliance report in Markdown: the HTML report's content (`compliance`'s view), for a
//! wiki, a repository or a ticket. Charts are bars of block characters beside their numbers:
//! Markdown hosts strip inline SVG.

use crate::compliance::{self, ControlStatus, ControlView, FrameworkView, RESOURCES_PER_CONTROL};
use crate::manifest;
use crate::summary::{code, text};
use crate::util::{change_text, place, resource_label, waiver_text};
use crate::{Report, Severity, Status, WaiverState};
use std::fmt::Write;

/// A code span fit for a table cell: GFM splits cells on `|` even inside code spans.
pub(crate) fn cell(s: &str) -> String {
    code(s).replace('|', "\\|")
}

/// A bar of `n` against `max`, at most 30 blocks; never empty for a non-zero count.
fn bar(n: usize, max: usize) -> String {
    if n == 0 {
        return String::new();
    }
    let blocks = (n * 30).div_ceil(max.max(1)).clamp(1, 30);
    "█".repeat(blocks)
}

fn status_counts(out: &mut String, views: &[FrameworkView<'_>]) {
    out.push_str("| framework |");
    for s in ControlStatus::ALL {
        let _ = write!(out, " {} |", s.as_str());
    }
    out.push_str("\n|---|");
    for _ in ControlStatus::ALL {
        out.push_str("--:|");
    }
    out.push('\n');
    for v in views {
        let _ = write!(
            out,
            "| [{} {}](#{}) |",
            text(&v.framework.name),
            text(&v.framework.version),
            anchor(&v.framework.id)
        );
        for s in ControlStatus::ALL {
            let _ = write!(out, " {} |", v.count(s));
        }
        out.push('\n');
    }
}

/// The anchor a framework's heading gets: explicit, so it does not depend on a host's slugs.
fn anchor(id: &str) -> String {
    let slug: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("fw-{slug}")
}

fn scope(report: &Report, out: &mut String) {
    let s = &report.scope;
    out.push_str("\n## Scope\n\n| | |\n|---|---|\n");
    let mut row = |k: &str, v: String| {
        let _ = writeln!(out, "| {k} | {v} |");
    };
    row(
        "scanned at",
        text(s.scanned_at.as_deref().unwrap_or("not recorded")),
    );
    row(
        "tool",
        text(&format!("{} {}", report.tool.name, report.tool.version)),
    );
    row("policy bundle sha256", cell(&report.policy_bundle_sha256));
    row(
        "settings",
        match &s.settings {
            Some(f) => format!("{} sha256 {}", cell(&f.file), cell(&f.sha256)),
            None => "none (defaults)".into(),
        },
    );
    row(
        "accounts",
        if s.accounts.is_empty() {
            "not named by the inputs".into()
        } else {
            text(&s.accounts.join(", "))
        },
    );
    row("regions", text(&s.regions.join(", ")));
    row(
        "policies",
        format!(
            "{} ran{}",
            report.summary.policies,
            if report.selection.is_empty() {
                ""
            } else {
                " (a selection: see the manifest)"
            }
        ),
    );
    row("resources judged", report.summary.resources.to_string());
    if let Some(d) = &report.as_of {
        row("waivers judged as of", text(d));
    }
    out.push_str("\n### Inputs\n\n| file | format | resources | sha256 |\n|---|---|--:|---|\n");
    for i in &report.inputs {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&i.file),
            text(&i.format),
            i.resources,
            cell(&i.sha256)
        );
    }
}

fn charts(report: &Report, out: &mut String) {
    out.push_str("\n## Findings by severity and theme\n\n### Failures by severity\n\n| severity | failures | |\n|---|--:|---|\n");
    let fails: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.status == Status::Fail)
        .collect();
    let sev: Vec<(Severity, usize)> = Severity::ALL
        .iter()
        .map(|s| (*s, fails.iter().filter(|f| f.severity == *s).count()))
        .collect();
    let max = sev.iter().map(|r| r.1).max().unwrap_or(0);
    for (s, n) in sev {
        let _ = writeln!(out, "| {s} | {n} | {} |", bar(n, max));
    }
    let mut themes = compliance::tally(
        fails
            .iter()
            .flat_map(|f| f.themes.iter().map(String::as_str)),
    );
    themes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if !themes.is_empty() {
        out.push_str("\n### Failures by theme\n\n| theme | failures | |\n|---|--:|---|\n");
        let max = themes[0].1;
        for (t, n) in &themes {
            let _ = writeln!(out, "| {} | {n} | {} |", text(t), bar(*n, max));
        }
    }
    let _ = writeln!(out, "\n{}", text(&compliance::totals(report)));
}

fn exceptions(report: &Report, out: &mut String) {
    out.push_str("\n## Exceptions register\n\n");
    let waived: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.status == Status::Waived)
        .collect();
    if waived.is_empty() {
        out.push_str("No finding is waived.\n");
    } else {
        out.push_str("| policy | resource | reason | approved by | expires | ticket | written at |\n|---|---|---|---|---|---|---|\n");
        for f in waived {
            if let Some(w) = &f.waiver {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {} |",
                    cell(&f.policy_id),
                    cell(&resource_label(f)),
                    text(&w.reason),
                    text(w.approved_by.as_deref().unwrap_or("—")),
                    text(&w.expires),
                    text(w.ticket.as_deref().unwrap_or("—")),
                    cell(&w.origin)
                );
            }
        }
    }
    let problems: Vec<_> = report
        .waivers
        .iter()
        .filter(|w| w.state != WaiverState::Active)
        .collect();
    if !problems.is_empty() {
        out.push_str("\n### Waivers that waive nothing\n\n| state | policy | resource | reason | expires | written at |\n|---|---|---|---|---|---|\n");
        for w in problems {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                w.state.as_str(),
                cell(&w.waiver.policy),
                cell(&w.waiver.resource),
                text(&w.waiver.reason),
                text(&w.waiver.expires),
                cell(&w.waiver.origin)
            );
        }
    }
}

fn control_details(c: &ControlView<'_>, out: &mut String) {
    let _ = write!(
        out,
        "\n#### {} {} — {}\n\n{}",
        code(&c.control.id),
        text(&c.control.title),
        c.label(),
        text(c.status.meaning())
    );
    if !c.control.policies.is_empty() {
        let ids: Vec<String> = c.control.policies.iter().map(|p| code(p)).collect();
        let _ = write!(out, ". Evidenced by {}", ids.join(", "));
    }
    out.push_str(".\n");
    if c.findings.is_empty() {
        return;
    }
    out.push_str(
        "\n| status | policy | resource | region | where | detail |\n|---|---|---|---|---|---|\n",
    );
    let mut shown = 0;
    for f in c.open().take(RESOURCES_PER_CONTROL) {
        shown += 1;
        let detail = match f.status {
            Status::Fail => match &f.changed_by {
                Some(c) => format!(
                    "{}<br>**Changed:** {}",
                    text(&f.message),
                    text(&change_text(c))
                ),
                None => text(&f.message),
            },
            Status::Waived => match &f.waiver {
                Some(w) => format!(
                    "{}<br>**Exception:** {} [{}]",
                    text(&f.message),
                    text(&waiver_text(w)),
                    cell(&w.origin)
                ),
                None => text(&f.message),
            },
            Status::Unknown => format!(
                "{}<br>**Unknown until apply:** {}",
                text(&f.message),
                cell(&f.unknown.join(", "))
            ),
            Status::Error | Status::Pass => text(&f.message),
        };
        let _ = writeln!(
            out,
            "| {}{} | {} | {} | {} | {} | {detail} |",
            f.status,
            if f.baselined { " (in baseline)" } else { "" },
            cell(&f.policy_id),
            cell(&resource_label(f)),
            text(f.region.as_deref().unwrap_or("?")),
            cell(&place(f.primary_location())),
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
            .map(|f| cell(&resource_label(f)))
            .collect();
        shown += listed.len();
        let _ = writeln!(
            out,
            "| pass | {} | {} {}: {} | | | |",
            cell(policy),
            passes.len(),
            if passes.len() == 1 {
                "resource"
            } else {
                "resources"
            },
            listed.join(", ")
        );
    }
    let fixes = c.remediations();
    if !fixes.is_empty() {
        out.push_str("\nTo fix the failures:\n\n");
        for (policy, fix) in fixes {
            let _ = writeln!(out, "- {}: {}", code(policy), text(fix));
        }
    }
    if c.findings.len() > shown {
        let _ = writeln!(
            out,
            "\nand {} more — every one is in the CSV and JSON reports.",
            c.findings.len() - shown
        );
    }
}

fn framework(f: &FrameworkView<'_>, out: &mut String) {
    let fw = f.framework;
    let _ = write!(
        out,
        "\n<a id=\"{}\"></a>\n\n## {} {}\n\n{} · {} controls\n\n| status | controls | |\n|---|--:|---|\n",
        anchor(&fw.id),
        text(&fw.name),
        text(&fw.version),
        text(&fw.publisher),
        fw.controls.len()
    );
    let max = ControlStatus::ALL
        .iter()
        .map(|s| f.count(*s))
        .max()
        .unwrap_or(0);
    for s in ControlStatus::ALL {
        let n = f.count(s);
        let _ = writeln!(out, "| {} | {n} | {} |", s.as_str(), bar(n, max));
    }
    out.push_str("\n### Control tree\n");
    for g in &f.groups {
        if g.id.is_empty() {
            let _ = write!(out, "\n**{}**\n\n", text(g.title));
        } else {
            let _ = write!(out, "\n**{}** {}\n\n", text(g.id), text(g.title));
        }
        out.push_str(
            "| control | title | automation | status | findings |\n|---|---|---|---|--:|\n",
        );
        for c in &g.controls {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(&c.control.id),
                text(&c.control.title),
                c.control.automation.as_str(),
                c.label(),
                c.findings.len()
            );
        }
    }
    out.push_str("\n### Controls with evidence\n");
    let mut any = false;
    for c in f
        .controls()
        .filter(|c| !c.findings.is_empty() || c.status == ControlStatus::NotEvaluated)
    {
        any = true;
        control_details(c, out);
    }
    if !any {
        out.push_str("\nNo finding of this scan bears on this framework.\n");
    }
}

pub fn render(report: &Report) -> String {
    let views = compliance::frameworks(report);
    let mut out = String::from("# Compliance report\n\n");
    let names: Vec<String> = views
        .iter()
        .map(|v| format!("{} {}", v.framework.name, v.framework.version))
        .collect();
    let _ = writeln!(
        out,
        "{} — controls: {} failed, {} with exceptions, {} manual; over {} resources.",
        text(&names.join(" · ")),
        views
            .iter()
            .map(|v| v.count(ControlStatus::Failed))
            .sum::<usize>(),
        views
            .iter()
            .map(|v| v.count(ControlStatus::Exception))
            .sum::<usize>(),
        views
            .iter()
            .map(|v| v.count(ControlStatus::Manual))
            .sum::<usize>(),
        report.summary.resources
    );
    if report.summary.incomplete {
        out.push_str(
            "\n> **Incomplete scan.** Some results are missing: a gap in evidence, not a pass.\n",
        );
        for err in &report.errors {
            let _ = writeln!(out, "> - {}", text(err));
        }
        if report.summary.error > 0 {
            let _ = writeln!(
                out,
                "> - policy evaluations that errored: {}",
                report.summary.error
            );
        }
    }
    out.push_str("\n## Frameworks\n\n");
    status_counts(&mut out, &views);
    scope(report, &mut out);
    charts(report, &mut out);
    exceptions(report, &mut out);
    for v in &views {
        framework(v, &mut out);
    }
    out.push_str("\n## Run manifest\n\nTo re-verify: run the same tool version with the same policy bundle and settings on the same inputs, and compare the hashes below with the new report's `policy_bundle_sha256`, `scope.settings.sha256` and `inputs[].sha256`.\n\n");
    let m = manifest::text(report);
    let mut longest = 0;
    let mut run = 0;
    for c in m.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat((longest + 1).max(3));
    let _ = write!(out, "{fence}text\n{m}{fence}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&crate::testdata::report()));
    }

    /// The text outside code spans (which Markdown shows literally) and fenced blocks.
    fn outside_code(md: &str) -> String {
        let mut out = String::new();
        let mut fenced = false;
        for line in md.lines() {
            if line.starts_with("```") {
                fenced = !fenced;
                continue;
            }
            if fenced {
                continue;
            }
            let chars: Vec<char> = line.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                if chars[i] == '`' {
                    let run = chars[i..].iter().take_while(|c| **c == '`').count();
                    let fence: String = "`".repeat(run);
                    let rest: String = chars[i + run..].iter().collect();
                    // The closing run is exactly as long (not part of a longer run).
                    let close = rest.match_indices(&fence).find(|(at, _)| {
                        !rest[..*at].ends_with('`') && !rest[at + run..].starts_with('`')
                    });
                    match close {
                        Some((at, _)) => {
                            i += run + rest[..at].chars().count() + run;
                            continue;
                        }
                        None => {
                            i += run;
                            continue;
                        }
                    }
                }
                out.push(chars[i]);
                i += 1;
            }
            out.push('\n');
        }
        out
    }

    #[test]
    fn hostile_text_is_inert() {
        let md = render(&crate::testdata::hostile());
        let prose = outside_code(&md);
        assert!(!prose.contains("<script"), "raw script tag outside code");
        assert!(prose.contains("&lt;script&gt;"));
        assert!(!md.contains('\u{1b}'));
        // Every table row has the cells of its header: a `|` in user text splits no cell.
        for table in md.split("\n\n").filter(|b| b.starts_with('|')) {
            let cells = |l: &str| l.replace("\\|", "").matches('|').count();
            let mut lines = table.lines();
            let head = cells(lines.next().unwrap());
            for l in lines {
                assert_eq!(cells(l), head, "{l}");
            }
        }
    }
}
