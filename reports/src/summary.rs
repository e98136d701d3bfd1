//! Markdown for a pull-request comment or a GitHub job summary.
//!
//! The verdict first, then the counts, then what needs a reader: errors (the results are not
//! complete), waivers to fix (expired, unused) and the failures, in the open; unknowns,
//! waivers in use and expiring, and the baseline collapsed in `<details>`.
//!
//! Every user-supplied string is escaped (`text`) or put in a code span (`code`), so a
//! resource name cannot open a tag, a link or a table cell. A comment holds at most 65,536
//! characters: past that, whole entries are cut from the end of the longest sections, each
//! cut section says how many it left out, and nothing is ever cut inside a character.

use crate::util::{days_between, one_line, place, resource_label};
use crate::{Finding, Report, Severity, Status, WaiverState, WaiverUse};

/// GitHub's limit for a comment body, in characters.
pub const MAX_CHARS: usize = 65_536;
/// Waivers that end within this many days of `as_of` are flagged.
const EXPIRY_WARNING_DAYS: i64 = 30;

pub fn render(report: &Report) -> String {
    render_limited(report, MAX_CHARS)
}

/// A part of the document: fixed text, or a list whose entries may be cut.
enum Block {
    Text(String),
    List(List),
}

struct List {
    head: String,
    entries: Vec<String>,
    /// How many entries are kept.
    shown: usize,
    tail: String,
    /// What an entry is, singular and plural, for the note on a cut list.
    noun: (&'static str, &'static str),
}

impl List {
    /// A list block.
    fn block(
        head: String,
        entries: Vec<String>,
        tail: &str,
        noun: (&'static str, &'static str),
    ) -> Block {
        Block::List(List {
            head,
            shown: entries.len(),
            entries,
            tail: tail.to_string(),
            noun,
        })
    }

    fn shown_chars(&self) -> usize {
        self.entries[..self.shown]
            .iter()
            .map(|e| e.chars().count())
            .sum()
    }
}

pub(crate) fn render_limited(report: &Report, max_chars: usize) -> String {
    let mut blocks = blocks(report);
    loop {
        let out = join(&blocks);
        let over = out.chars().count().saturating_sub(max_chars);
        if over == 0 {
            return out;
        }
        // Drop entries from the longest lists until the estimate fits, then measure again
        // (the notes a cut adds are what the estimate cannot know exactly).
        let mut to_drop = over + 120;
        let mut dropped = false;
        while to_drop > 0 {
            let longest = blocks
                .iter_mut()
                .filter_map(|b| match b {
                    Block::List(l) if l.shown > 0 => Some(l),
                    _ => None,
                })
                .max_by_key(|l| l.shown_chars());
            let Some(l) = longest else { break };
            l.shown -= 1;
            to_drop = to_drop.saturating_sub(l.entries[l.shown].chars().count());
            dropped = true;
        }
        if !dropped {
            return hard_cut(&out, max_chars);
        }
    }
}

/// The last resort when the fixed parts alone are too long: whole characters, and a note.
fn hard_cut(out: &str, max_chars: usize) -> String {
    let note = "\n\n…cut here: the full report is in `--format json`\n";
    let keep = max_chars.saturating_sub(note.chars().count());
    let mut s: String = out.chars().take(keep).collect();
    s.push_str(note);
    s.chars().take(max_chars).collect()
}

fn join(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Text(t) => out.push_str(t),
            Block::List(l) => {
                if l.entries.is_empty() {
                    continue;
                }
                out.push_str(&l.head);
                for e in &l.entries[..l.shown] {
                    out.push_str(e);
                }
                let left = l.entries.len() - l.shown;
                if left > 0 {
                    let (one, many) = l.noun;
                    let (noun, verb) = if left == 1 {
                        (one, "is")
                    } else {
                        (many, "are")
                    };
                    out.push_str(&format!(
                        "\n_{left} more {noun} {verb} in the full report (`--format json`)_\n"
                    ));
                }
                out.push_str(&l.tail);
            }
        }
    }
    out
}

/// Prose from user input: Markdown and HTML specials escaped, on one line.
pub(crate) fn text(s: &str) -> String {
    let mut out = String::new();
    for c in one_line(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A code span for user input: a fence longer than any backtick run inside, so the content
/// stays literal (no HTML, no links, no emphasis).
pub(crate) fn code(s: &str) -> String {
    let s: String = one_line(s)
        .chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if s.is_empty() {
        return "` `".into();
    }
    let mut longest = 0;
    let mut run = 0;
    for c in s.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    // A space each side keeps a backtick at either end from joining the fence.
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn verdict(report: &Report) -> String {
    let s = &report.summary;
    let new = if report.baseline.is_some() {
        "new "
    } else {
        ""
    };
    let (failing, scope) = match s.fail_on {
        Some(t) => (report.failing(t), format!(" at or above {t}")),
        None => (s.fail, String::new()),
    };
    let icon = if failing > 0 {
        "❌"
    } else if s.incomplete {
        "⚠️"
    } else {
        "✅"
    };
    let mut line = if failing == 0 {
        format!("## {icon} comply: no {new}failures{scope}")
    } else {
        let what = if failing == 1 { "failure" } else { "failures" };
        format!("## {icon} comply: {failing} {new}{what}{scope}")
    };
    let below = s.fail - failing;
    if below > 0 {
        line.push_str(&format!(" ({below} below)"));
    }
    if s.incomplete {
        line.push_str(" — incomplete");
    }
    line.push_str("\n\n");
    line
}

fn overview(report: &Report) -> String {
    let s = &report.summary;
    let mut out = String::new();
    let inputs: Vec<String> = report.inputs.iter().map(|i| code(&i.file)).collect();
    out.push_str(&format!(
        "{} on {}",
        plural(s.policies, "policy", "policies"),
        plural(s.resources, "resource", "resources")
    ));
    if !inputs.is_empty() {
        out.push_str(&format!(" from {}", inputs.join(", ")));
    }
    if let Some(d) = &report.as_of {
        out.push_str(&format!(", waivers judged as of {}", text(d)));
    }
    out.push_str(".\n\n");
    let by = |sev: Severity| s.fail_by_severity.get(sev.as_str()).copied().unwrap_or(0);
    out.push_str(
        "| Failed: critical | high | medium | low | info | Passed | Unknown | Waived | Errors |\n",
    );
    out.push_str("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    let cells: Vec<String> = Severity::ALL
        .iter()
        .map(|v| by(*v))
        .chain([s.pass, s.unknown, s.waived, s.error])
        .map(|n| n.to_string())
        .collect();
    out.push_str(&format!("| {} |\n\n", cells.join(" | ")));
    let mut notes = Vec::new();
    if let Some(b) = &report.baseline {
        notes.push(format!(
            "{} the baseline {} holds {} not shown; {} resolved.",
            plural(s.baselined, "finding", "findings"),
            code(&b.file),
            if s.baselined == 1 { "is" } else { "are" },
            plural(b.resolved.len(), "baseline entry", "baseline entries"),
        ));
    }
    let sel = &report.selection;
    let list = |v: &[String]| v.iter().map(|p| code(p)).collect::<Vec<_>>().join(", ");
    if !sel.policies.is_empty() {
        notes.push(format!("Policies selected: {}.", list(&sel.policies)));
    }
    if !sel.skipped.is_empty() {
        notes.push(format!("Policies skipped: {}.", list(&sel.skipped)));
    }
    if !sel.frameworks.is_empty() {
        notes.push(format!("Frameworks: {}.", list(&sel.frameworks)));
    }
    if let Some(m) = sel.min_severity {
        notes.push(format!("Findings below {m} are not reported."));
    }
    if sel.changed_only {
        notes.push(format!(
            "Only what the plan changes was judged ({} unchanged resources were not).",
            s.unchanged
        ));
    }
    if s.deleted > 0 {
        notes.push(format!(
            "{} the plan deletes {} not judged.",
            plural(s.deleted, "resource", "resources"),
            if s.deleted == 1 { "was" } else { "were" }
        ));
    }
    if !notes.is_empty() {
        out.push_str(&notes.join("<br>\n"));
        out.push_str("\n\n");
    }
    out
}

/// `` `infra/main.tf:12` ``: the Terraform block when known, else the place in the input.
fn where_(f: &Finding) -> String {
    code(&place(f.primary_location()))
}

fn finding_head(f: &Finding, report: &Report) -> String {
    let title = report
        .policy(&f.policy_id)
        .map(|p| p.title.as_str())
        .unwrap_or(&f.title);
    format!(
        "- **{}** · {} · {}<br>\n  **Resource:** {} at {}",
        f.severity,
        code(&f.policy_id),
        text(title),
        code(&resource_label(f)),
        where_(f)
    )
}

fn failure(f: &Finding, report: &Report) -> String {
    let mut e = finding_head(f, report);
    e.push_str(&format!("<br>\n  **Finding:** {}", text(&f.message)));
    if let Some(r) = &f.remediation {
        e.push_str(&format!("<br>\n  **Fix:** {}", text(r)));
    }
    e.push('\n');
    e
}

fn unknown(f: &Finding, report: &Report) -> String {
    let mut e = finding_head(f, report);
    e.push_str(&format!("<br>\n  **Finding:** {}", text(&f.message)));
    if !f.unknown.is_empty() {
        let vals: Vec<String> = f.unknown.iter().map(|u| code(u)).collect();
        e.push_str(&format!(
            "<br>\n  **Known only after apply:** {}",
            vals.join(", ")
        ));
    }
    e.push('\n');
    e
}

fn waiver_head(w: &WaiverUse) -> String {
    format!(
        "{} on {} ({})",
        code(&w.waiver.policy),
        code(&w.waiver.resource),
        code(&w.waiver.origin)
    )
}

fn waiver_details(w: &WaiverUse) -> String {
    let v = &w.waiver;
    let mut parts = vec![format!("**Reason:** {}", text(&v.reason))];
    if let Some(a) = &v.approved_by {
        parts.push(format!("approved by {}", text(a)));
    }
    parts.push(format!("expires {}", text(&v.expires)));
    if let Some(t) = &v.ticket {
        parts.push(format!("ticket {}", text(t)));
    }
    parts.join(" · ")
}

/// Days left for an active waiver, when it ends within the warning window.
fn expiring(w: &WaiverUse, as_of: Option<&str>) -> Option<i64> {
    let left = days_between(as_of?, &w.waiver.expires)?;
    (w.state == WaiverState::Active && (0..=EXPIRY_WARNING_DAYS).contains(&left)).then_some(left)
}

fn days_text(n: i64) -> String {
    match n {
        0 => "today".into(),
        1 => "in 1 day".into(),
        n => format!("in {n} days"),
    }
}

/// For `<summary>`: an HTML block, where Markdown is not read but entities are.
fn html(s: &str) -> String {
    one_line(s)
        .chars()
        .map(|c| match c {
            '&' => "&amp;".into(),
            '<' => "&lt;".into(),
            '>' => "&gt;".into(),
            '"' => "&quot;".into(),
            c if c.is_control() => '\u{FFFD}'.to_string(),
            c => c.to_string(),
        })
        .collect()
}

fn details(summary: String) -> String {
    format!("<details>\n<summary>{summary}</summary>\n\n")
}

const DETAILS_END: &str = "\n</details>\n\n";

fn blocks(report: &Report) -> Vec<Block> {
    let as_of = report.as_of.as_deref();
    let reported: Vec<&Finding> = report.reported().collect();
    let of = |st: Status| reported.iter().copied().filter(move |f| f.status == st);
    let mut blocks = vec![Block::Text(verdict(report)), Block::Text(overview(report))];

    // Errors: the results are not complete, so first and in the open.
    let errors: Vec<String> = of(Status::Error)
        .map(|f| {
            format!(
                "- {} on {} at {}: {}\n",
                code(&f.policy_id),
                code(&resource_label(f)),
                where_(f),
                text(&f.message)
            )
        })
        .chain(report.errors.iter().map(|e| format!("- {}\n", text(e))))
        .collect();
    if !errors.is_empty() {
        let head = format!(
            "### ⚠️ Incomplete: {}\n\n> [!CAUTION]\n> What failed to run was not judged: a clean result here does not mean compliant.\n\n",
            plural(errors.len(), "error", "errors")
        );
        blocks.push(List::block(head, errors, "\n", ("error", "errors")));
    }

    // Waivers that do nothing: each one hides a problem or is a wrong pattern.
    let attention: Vec<String> = report
        .waivers
        .iter()
        .filter_map(|w| match w.state {
            WaiverState::Expired => Some(format!(
                "- **Expired** on {}: {} no longer waives {}: {} again. {}\n",
                text(&w.waiver.expires),
                waiver_head(w),
                plural(w.matched, "finding", "findings"),
                if w.matched == 1 {
                    "it fails"
                } else {
                    "they fail"
                },
                waiver_details(w)
            )),
            WaiverState::Unused => Some(format!(
                "- **Unused**: {} matched nothing: remove it or fix its pattern. {}\n",
                waiver_head(w),
                waiver_details(w)
            )),
            WaiverState::Active => None,
        })
        .collect();
    if !attention.is_empty() {
        let head = format!("### Waivers to fix ({})\n\n", attention.len());
        blocks.push(List::block(head, attention, "\n", ("waiver", "waivers")));
    }

    let failures: Vec<String> = of(Status::Fail).map(|f| failure(f, report)).collect();
    if !failures.is_empty() {
        let head = format!("### Failures ({})\n\n", failures.len());
        blocks.push(List::block(head, failures, "\n", ("failure", "failures")));
    }

    let unknowns: Vec<String> = of(Status::Unknown).map(|f| unknown(f, report)).collect();
    if !unknowns.is_empty() {
        let head = details(format!("Unknown until apply ({})", unknowns.len()));
        blocks.push(List::block(
            head,
            unknowns,
            DETAILS_END,
            ("unknown", "unknowns"),
        ));
    }

    let soon: Vec<String> = report
        .waivers
        .iter()
        .filter_map(|w| {
            expiring(w, as_of).map(|left| {
                format!(
                    "- ⏳ Expires {} ({}): {}<br>\n  {}\n",
                    days_text(left),
                    text(&w.waiver.expires),
                    waiver_head(w),
                    waiver_details(w)
                )
            })
        })
        .collect();
    if !soon.is_empty() {
        let head = details(format!(
            "⏳ {} expiring within {EXPIRY_WARNING_DAYS} days of {}",
            plural(soon.len(), "waiver", "waivers"),
            html(as_of.unwrap_or_default())
        ));
        blocks.push(List::block(head, soon, DETAILS_END, ("waiver", "waivers")));
    }

    let used: Vec<String> = report
        .waivers
        .iter()
        .filter(|w| w.state == WaiverState::Active)
        .map(|w| {
            let flag = match expiring(w, as_of) {
                Some(left) => format!(" ⏳ expires {}", days_text(left)),
                None => String::new(),
            };
            format!(
                "- {} waives {}{flag}<br>\n  {}\n",
                waiver_head(w),
                plural(w.matched, "finding", "findings"),
                waiver_details(w)
            )
        })
        .collect();
    if !used.is_empty() {
        let head = details(format!(
            "Waivers in use ({}, {} waived)",
            used.len(),
            plural(report.summary.waived, "finding", "findings")
        ));
        blocks.push(List::block(head, used, DETAILS_END, ("waiver", "waivers")));
    }

    if let Some(b) = &report.baseline {
        let resolved: Vec<String> = b
            .resolved
            .iter()
            .map(|e| {
                let account = e.account.as_deref().map(|a| format!(" ({})", code(a)));
                format!(
                    "- {} on {}{}: was {}, no longer found\n",
                    code(&e.policy_id),
                    code(&e.resource),
                    account.unwrap_or_default(),
                    e.status
                )
            })
            .collect();
        let summary = format!(
            "Baseline {}: {} unchanged, {} resolved",
            html(&b.file),
            plural(b.unchanged, "finding", "findings"),
            plural(b.resolved.len(), "entry", "entries")
        );
        if resolved.is_empty() {
            blocks.push(Block::Text(format!(
                "Baseline {}: {} unchanged, none resolved.\n\n",
                code(&b.file),
                plural(b.unchanged, "finding", "findings")
            )));
        } else {
            blocks.push(List::block(
                details(summary),
                resolved,
                DETAILS_END,
                ("resolved baseline entry", "resolved baseline entries"),
            ));
        }
    }
    blocks.push(Block::Text(format!(
        "<sub>{} {}</sub>\n",
        text(&report.tool.name),
        text(&report.tool.version)
    )));
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata;

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&testdata::report()));
    }

    #[test]
    fn hostile_snapshot() {
        insta::assert_snapshot!(render(&testdata::hostile()));
    }

    #[test]
    fn escaping() {
        assert_eq!(
            text("a|b <script> *x* [l](u)"),
            "a\\|b &lt;script&gt; \\*x\\* \\[l\\](u)"
        );
        assert_eq!(text("line\nnext"), "line next");
        assert_eq!(code("plain"), "`plain`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x`"), "`` `x` ``");
        let out = render(&testdata::hostile());
        // Code spans keep `<script>` literal; outside them it must not appear.
        let outside = outside_code(&out);
        assert!(!outside.contains("<script>"));
        assert_eq!(
            outside.matches("<details>").count(),
            outside.matches("</details>").count()
        );
        assert!(!out.contains('\u{1b}') && !out.contains('\u{0}'));
        assert!(out.contains("🔥 日本"));
    }

    /// The text with every code span's content removed.
    fn outside_code(s: &str) -> String {
        let cs: Vec<char> = s.chars().collect();
        let run = |i: usize| cs[i..].iter().take_while(|c| **c == '`').count();
        let (mut out, mut i) = (String::new(), 0);
        while i < cs.len() {
            if cs[i] != '`' {
                out.push(cs[i]);
                i += 1;
                continue;
            }
            let n = run(i);
            let mut j = i + n;
            while j < cs.len() && !(cs[j] == '`' && run(j) == n) {
                j += if cs[j] == '`' { run(j) } else { 1 };
            }
            i = (j + n).min(cs.len());
        }
        out
    }

    #[test]
    fn cut_keeps_whole_entries_and_says_so() {
        let mut report = testdata::report();
        let template = report.findings[0].clone();
        for i in 0..200 {
            let mut f = template.clone();
            f.resource = format!("aws_s3_bucket.b{i:03}_🔥日本");
            report.findings.push(f);
        }
        report.finalize();
        let full = render(&report);
        let limit = 6_000;
        assert!(full.chars().count() > limit);
        let cut = render_limited(&report, limit);
        assert!(cut.chars().count() <= limit);
        assert!(cut.contains("more failures are in the full report (`--format json`)"));
        // Valid UTF-8 by construction (a String); no entry cut inside.
        for line in cut.lines().filter(|l| l.contains("**Resource:**")) {
            assert!(line.ends_with("<br>"), "{line}");
        }
        assert!(cut.starts_with("## ❌ comply:"));
        assert!(cut.contains("</details>"));
    }

    #[test]
    fn tiny_limit_never_splits_a_character() {
        for limit in [0, 1, 5, 40, 100, 300] {
            let out = render_limited(&testdata::hostile(), limit);
            assert!(out.chars().count() <= limit, "{limit}");
        }
    }

    #[test]
    fn verdicts() {
        let mut r = testdata::report();
        assert!(render(&r)
            .starts_with("## ❌ comply: 2 new failures at or above high (1 below) — incomplete\n"));
        r.findings
            .retain(|f| f.status != Status::Fail && f.status != Status::Error);
        r.errors.clear();
        r.baseline = None;
        r.finalize();
        assert!(render(&r).starts_with("## ✅ comply: no failures at or above high\n"));
    }

    #[test]
    fn deterministic() {
        assert_eq!(render(&testdata::report()), render(&testdata::report()));
    }
}
