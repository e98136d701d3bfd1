//! The terminal output: findings grouped as people read them in a CI log, then a narrow
//! summary table and one summary line.
//!
//! Each finding is a head line (severity, policy, the resource whole, region, `file:line`) with
//! the message and the fix indented below, wrapped to the width at spaces only: an address, an
//! ARN or a path is never broken (a word longer than the line stays whole). Colour only when
//! asked (a terminal without `NO_COLOR`).

use crate::util::{change_text, place, waiver_text};
use crate::{Controls, Finding, RenderOptions, Report, Severity, Status, WaiverState};
use anstyle::{AnsiColor, Effects, Style};
use comfy_table::presets::{ASCII_MARKDOWN, UTF8_FULL_CONDENSED};
use comfy_table::{CellAlignment, ContentArrangement, Table};
use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

/// The width when the terminal does not say (piped, a CI log).
pub const DEFAULT_WIDTH: usize = 100;
/// Where message and fix lines start: under the policy id.
const INDENT: usize = 11;

struct Paint {
    colour: bool,
}

impl Paint {
    fn paint(&self, style: Style, s: &str) -> String {
        if self.colour {
            format!("{style}{s}{style:#}")
        } else {
            s.to_string()
        }
    }

    fn severity(&self, s: Severity, text: &str) -> String {
        let style = match s {
            Severity::Critical => Style::new()
                .fg_color(Some(AnsiColor::Red.into()))
                .effects(Effects::BOLD),
            Severity::High => Style::new().fg_color(Some(AnsiColor::Red.into())),
            Severity::Medium => Style::new().fg_color(Some(AnsiColor::Yellow.into())),
            Severity::Low => Style::new().fg_color(Some(AnsiColor::Cyan.into())),
            Severity::Info => Style::new().effects(Effects::DIMMED),
        };
        self.paint(style, text)
    }

    fn bold(&self, s: &str) -> String {
        self.paint(Style::new().effects(Effects::BOLD), s)
    }

    fn dim(&self, s: &str) -> String {
        self.paint(Style::new().effects(Effects::DIMMED), s)
    }
}

/// Control characters (an escape in a resource name) shown as U+FFFD: the output is text.
fn clean(s: &str) -> String {
    crate::util::one_line(s)
        .chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}

/// Words laid out from column `indent` to `width`, lines after the first starting at `indent`
/// too; a word wider than the room stays whole on its own line.
fn wrap(words: &[String], first: &str, indent: usize, width: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    let mut line = format!("{pad}{first}");
    let mut col = indent + visible_width(first);
    let mut empty = first.is_empty();
    for w in words {
        let ww = w.width();
        if !empty && col + 1 + ww > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = pad.clone();
            col = indent;
            empty = true;
        }
        if !empty {
            line.push(' ');
            col += 1;
        }
        line.push_str(w);
        col += ww;
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

/// Display columns, ANSI colour sequences (`ESC [ … m`) not counted.
fn visible_width(s: &str) -> usize {
    let mut plain = String::new();
    let mut in_escape = false;
    for c in s.chars() {
        match (in_escape, c) {
            (false, '\u{1b}') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, c) => plain.push(c),
        }
    }
    plain.width()
}

fn words(s: &str) -> Vec<String> {
    clean(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// The head line: severity, policy, resource, region, place, two spaces apart; what does not
/// fit goes on the next line at the indent, whole.
fn head(f: &Finding, paint: &Paint, width: usize, out: &mut String) {
    let label = f.severity.as_str().to_uppercase();
    let mut fields = vec![clean(&f.policy_id), clean(&f.resource)];
    if let Some(a) = &f.account {
        fields.push(format!("({})", clean(a)));
    }
    fields.push(clean(f.region.as_deref().unwrap_or("?")));
    fields.push(clean(&place(f.primary_location())));
    let mut line = format!("  {}", paint.severity(f.severity, &format!("{label:<9}")));
    let mut col = INDENT;
    let mut first = true;
    for field in fields {
        let fw = field.width();
        if !first && col + 2 + fw > width {
            line.push('\n');
            line.push_str(&" ".repeat(INDENT));
            col = INDENT;
            first = true;
        }
        if !first {
            line.push_str("  ");
            col += 2;
        }
        line.push_str(&field);
        col += fw;
        first = false;
    }
    out.push_str(&line);
    out.push('\n');
}

fn finding(f: &Finding, paint: &Paint, width: usize, out: &mut String) {
    head(f, paint, width, out);
    wrap(&words(&f.message), "", INDENT, width, out);
    match f.status {
        Status::Fail => {
            if let Some(r) = &f.remediation {
                wrap(&words(r), &paint.dim("fix:"), INDENT, width, out);
            }
            if let Some(c) = &f.changed_by {
                wrap(
                    &words(&change_text(c)),
                    &paint.dim("changed:"),
                    INDENT,
                    width,
                    out,
                );
            }
        }
        Status::Unknown if !f.unknown.is_empty() => {
            wrap(
                &words(&f.unknown.join(", ")),
                &paint.dim("unknown until apply:"),
                INDENT,
                width,
                out,
            );
        }
        Status::Waived => {
            if let Some(w) = &f.waiver {
                let text = format!("{} [{}]", waiver_text(w), w.origin);
                wrap(&words(&text), &paint.dim("waived:"), INDENT, width, out);
            }
        }
        _ => {}
    }
}

/// Sections in the order a reader acts on them.
const SECTIONS: [(Status, &str); 5] = [
    (Status::Fail, "Failed"),
    (Status::Error, "Errors"),
    (Status::Unknown, "Unknown"),
    (Status::Waived, "Waived"),
    (Status::Pass, "Passed"),
];

/// Counts per severity, then per framework: two narrow tables with the same columns.
fn counts_tables(report: &Report, terminal: bool) -> [Table; 2] {
    let new = |first: &str| {
        let mut table = Table::new();
        table.load_preset(if terminal {
            UTF8_FULL_CONDENSED
        } else {
            ASCII_MARKDOWN
        });
        table.set_content_arrangement(ContentArrangement::Disabled);
        table.set_header([first, "failed", "unknown", "waived", "passed"]);
        table
    };
    let (mut by_severity, mut by_framework) = (new("severity"), new("framework"));
    let statuses = [Status::Fail, Status::Unknown, Status::Waived, Status::Pass];
    let row = |label: String, keep: &dyn Fn(&Finding) -> bool| {
        let mut cells = vec![label];
        for s in statuses {
            cells.push(
                report
                    .reported()
                    .filter(|f| f.status == s && keep(f))
                    .count()
                    .to_string(),
            );
        }
        cells
    };
    for sev in Severity::ALL {
        by_severity.add_row(row(sev.as_str().to_string(), &|f| f.severity == sev));
    }
    let names: Vec<(String, String)> = if report.frameworks.is_empty() {
        Controls::FRAMEWORKS
            .iter()
            .map(|id| (id.to_string(), id.to_string()))
            .collect()
    } else {
        report
            .frameworks
            .iter()
            .map(|f| (f.id.clone(), format!("{} {}", f.name, f.version)))
            .collect()
    };
    for (id, name) in names {
        by_framework.add_row(row(name, &|f| {
            f.controls.get(&id).is_some_and(|c| !c.is_empty())
        }));
    }
    for table in [&mut by_severity, &mut by_framework] {
        for i in 1..=statuses.len() {
            if let Some(c) = table.column_mut(i) {
                c.set_cell_alignment(CellAlignment::Right);
            }
        }
    }
    [by_severity, by_framework]
}

pub fn render(report: &Report, options: RenderOptions) -> String {
    let width = match options.width {
        0 => DEFAULT_WIDTH,
        w => w.max(40),
    };
    let paint = Paint {
        colour: options.colour,
    };
    let mut out = String::new();
    for (status, title) in SECTIONS {
        if !options.all && matches!(status, Status::Pass | Status::Waived) {
            continue;
        }
        let shown: Vec<&Finding> = report.reported().filter(|f| f.status == status).collect();
        if shown.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "{}\n",
            paint.bold(&format!("{title} ({})", shown.len()))
        );
        for f in shown {
            finding(f, &paint, width, &mut out);
            out.push('\n');
        }
    }
    if !report.findings.is_empty() {
        for table in counts_tables(report, options.terminal) {
            let _ = writeln!(out, "{table}");
        }
    }
    // The closing lines name waivers, errors and regions from the inputs: cleaned and wrapped.
    let mut notes = String::new();
    summary(report, &mut notes);
    for line in notes.lines() {
        wrap(&words(line), "", 0, width, &mut out);
    }
    out
}

fn summary(report: &Report, out: &mut String) {
    let s = &report.summary;
    let by_sev: Vec<String> = Severity::ALL
        .iter()
        .filter_map(|sev| {
            let n = s.fail_by_severity.get(sev.as_str()).copied().unwrap_or(0);
            (n > 0).then(|| format!("{n} {sev}"))
        })
        .collect();
    let sev = if by_sev.is_empty() {
        String::new()
    } else {
        format!(" ({})", by_sev.join(", "))
    };
    let _ = writeln!(
        out,
        "{} failed{sev}, {} passed, {} unknown, {} waived, {} errors: {} policies on {} resources",
        s.fail, s.pass, s.unknown, s.waived, s.error, s.policies, s.resources
    );
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
    fn snapshot_all_at_80_columns() {
        let o = RenderOptions {
            all: true,
            terminal: true,
            width: 80,
            colour: false,
        };
        insta::assert_snapshot!(render(&testdata::report(), o));
    }

    #[test]
    fn nothing_is_broken_mid_word_and_lines_fit() {
        let r = testdata::report();
        for width in [40, 60, 80, 120] {
            let o = RenderOptions {
                all: true,
                width,
                ..RenderOptions::default()
            };
            let out = render(&r, o);
            let tokens: Vec<&str> = out.split_whitespace().collect();
            for f in &r.findings {
                if !f.baselined {
                    assert!(
                        tokens.contains(&f.resource.as_str()),
                        "{} broken at {width}",
                        f.resource
                    );
                }
            }
            // Only the counts tables and words wider than the room may be wider.
            for line in out.lines().filter(|l| !l.starts_with('|')) {
                let long_word = line.split(' ').any(|w| w.width() + INDENT > width);
                assert!(line.width() <= width || long_word, "{width}: {line}");
            }
        }
    }

    #[test]
    fn severities_in_order_and_colour_only_when_asked() {
        let r = testdata::report();
        let plain = render(&r, RenderOptions::default());
        assert!(!plain.contains('\u{1b}'));
        let crit = plain.find("CRITICAL").unwrap();
        let high = plain.find("HIGH").unwrap();
        let low = plain.find("LOW").unwrap();
        assert!(crit < high && high < low, "{plain}");
        let table = &plain[plain.find("| critical").unwrap()..];
        let order: Vec<usize> = ["critical", "high", "medium", "low", "info"]
            .iter()
            .map(|s| table.find(&format!("| {s}")).unwrap())
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{table}");
        let colour = RenderOptions {
            colour: true,
            ..RenderOptions::default()
        };
        let coloured = render(&r, colour);
        assert!(coloured.contains("\u{1b}["));
        // Colour changes no line break.
        let strip = |s: &str| s.lines().map(visible_width).collect::<Vec<_>>();
        assert_eq!(strip(&coloured), strip(&plain));
        // Hostile text cannot colour or move the cursor.
        let hostile = render(&testdata::hostile(), RenderOptions::default());
        assert!(!hostile.contains('\u{1b}'));
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
