//! What the policy bundle covers, for people: the policy list, each framework's controls with
//! the policies that evidence them, and one policy explained with its own fixture examples.

use super::framework::Automation;
use super::{Bundle, Policy};
use serde::Serialize;

/// One policy, as `comply policies --format json` lists it.
#[derive(Debug, Serialize)]
pub struct PolicyEntry<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub severity: String,
    pub kinds: Vec<&'static str>,
    pub themes: &'a [String],
    pub controls: &'a comply_reports::Controls,
}

pub fn policy_entries(bundle: &Bundle) -> Vec<PolicyEntry<'_>> {
    bundle
        .policies
        .iter()
        .map(|p| PolicyEntry {
            id: &p.id,
            title: &p.title,
            severity: p.severity.to_string(),
            kinds: p.kinds.iter().map(|k| k.as_str()).collect(),
            themes: &p.themes,
            controls: &p.controls,
        })
        .collect()
}

/// One control of a framework and the policies that evidence it.
#[derive(Debug, Serialize)]
pub struct ControlEntry<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// `automated`, `partial` (configuration evidences part of it) or `manual`.
    pub automation: &'static str,
    pub policies: Vec<&'a str>,
}

/// A framework's controls, in catalog order, with totals.
#[derive(Debug, Serialize)]
pub struct FrameworkCoverage<'a> {
    pub framework: &'a str,
    pub name: &'a str,
    pub version: &'a str,
    pub controls: Vec<ControlEntry<'a>>,
    pub automated: usize,
    pub partial: usize,
    pub manual: usize,
    /// Controls marked automated that no policy evidences yet.
    pub automated_without_policy: Vec<&'a str>,
}

fn automation_name(a: Automation) -> &'static str {
    match a {
        Automation::Automated => "automated",
        Automation::Partial => "partial",
        Automation::Manual => "manual",
    }
}

/// Every framework, or the one named; `None` when no framework has that id.
pub fn coverage<'a>(bundle: &'a Bundle, only: Option<&str>) -> Option<Vec<FrameworkCoverage<'a>>> {
    let mut out = Vec::new();
    for (id, f) in &bundle.frameworks {
        if only.is_some_and(|o| o != id) {
            continue;
        }
        let controls: Vec<ControlEntry<'a>> = f
            .controls
            .iter()
            .map(|c| ControlEntry {
                id: &c.id,
                title: &c.title,
                automation: automation_name(c.automation),
                policies: bundle
                    .policies
                    .iter()
                    .filter(|p| p.controls.get(id).is_some_and(|ids| ids.contains(&c.id)))
                    .map(|p| p.id.as_str())
                    .collect(),
            })
            .collect();
        let count = |a: &str| controls.iter().filter(|c| c.automation == a).count();
        out.push(FrameworkCoverage {
            framework: id,
            name: &f.name,
            version: &f.version,
            automated: count("automated"),
            partial: count("partial"),
            manual: count("manual"),
            automated_without_policy: controls
                .iter()
                .filter(|c| c.automation == "automated" && c.policies.is_empty())
                .map(|c| c.id)
                .collect(),
            controls,
        });
    }
    (!out.is_empty()).then_some(out)
}

/// The terminal view of `coverage`.
pub fn coverage_table(frameworks: &[FrameworkCoverage<'_>]) -> String {
    let mut out = String::new();
    for f in frameworks {
        let mut table = comfy_table::Table::new();
        table
            .load_preset(comfy_table::presets::ASCII_MARKDOWN)
            .set_header(["control", "automation", "policies", "title"]);
        for c in &f.controls {
            table.add_row([
                c.id.to_string(),
                c.automation.to_string(),
                if c.policies.is_empty() {
                    "-".to_string()
                } else {
                    c.policies.join(", ")
                },
                c.title.to_string(),
            ]);
        }
        let with = |a: &str| {
            f.controls
                .iter()
                .filter(|c| c.automation == a && !c.policies.is_empty())
                .count()
        };
        out.push_str(&format!(
            "{} {} ({})\n{table}\n",
            f.name, f.version, f.framework
        ));
        out.push_str(&format!(
            "{} controls: {} automated ({} with a policy), {} partial ({} with a policy), {} manual\n\n",
            f.controls.len(),
            f.automated,
            with("automated"),
            f.partial,
            with("partial"),
            f.manual,
        ));
    }
    out
}

/// `comply explain ID`: why the policy exists, how to fix what it finds, what it maps to, and a
/// failing and a passing example from its own Terraform fixture.
pub fn explain(policy: &Policy) -> String {
    let mut out = format!("{} ({}): {}\n", policy.id, policy.severity, policy.title);
    let kinds: Vec<&str> = policy.kinds.iter().map(|k| k.as_str()).collect();
    out.push_str(&format!(
        "kinds: {}\nthemes: {}\n",
        kinds.join(", "),
        policy.themes.join(", ")
    ));
    if let Some(d) = &policy.description {
        out.push_str(&format!("\n{}\n", d.trim()));
    }
    if let Some(r) = &policy.remediation {
        out.push_str(&format!("\nremediation: {}\n", r.trim()));
    }
    out.push_str("\ncontrols:\n");
    for fw in comply_reports::Controls::FRAMEWORKS {
        if let Some(ids) = policy.controls.get(fw).filter(|ids| !ids.is_empty()) {
            out.push_str(&format!("  {fw}: {}\n", ids.join(", ")));
        }
    }
    for (label, prefix) in [("failing", "fail_"), ("passing", "pass_")] {
        match example(policy, prefix) {
            Some((file, block)) => {
                out.push_str(&format!("\n{label} example ({file}):\n{block}\n"));
            }
            None => out.push_str(&format!("\n{label} example: none in the fixture\n")),
        }
    }
    out
}

/// The first `resource "TYPE" "PREFIX…"` block of the policy's Terraform fixture sources.
fn example(policy: &Policy, prefix: &str) -> Option<(String, String)> {
    let mut sources: Vec<_> = policy.sources.iter().collect();
    sources.sort_by(|a, b| a.display.cmp(&b.display));
    for f in &sources {
        let text = String::from_utf8_lossy(&f.bytes);
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let mut words = line.split_whitespace();
            let is_block = words.next() == Some("resource")
                && words.next().is_some()
                && words
                    .next()
                    .is_some_and(|n| n.trim_matches('"').starts_with(prefix));
            if !is_block {
                continue;
            }
            // The block ends at the first line that is a lone closing brace.
            let end = lines[i..]
                .iter()
                .position(|l| l.trim_end() == "}")
                .map_or(lines.len(), |n| i + n + 1);
            return Some((f.display.clone(), lines[i..end].join("\n")));
        }
    }
    // A case of its own (`tf/fail_no_detector/main.tf`, an account or region summary's
    // fixture): the whole file.
    sources
        .iter()
        .find(|f| f.display.contains(&format!("/tf/{prefix}")))
        .map(|f| {
            let text = String::from_utf8_lossy(&f.bytes);
            (f.display.clone(), text.trim_end().to_string())
        })
}

/// One kind, as `comply kinds` lists it: what makes it and what judges it.
#[derive(Debug, Serialize)]
pub struct KindEntry {
    pub kind: &'static str,
    /// `regional`, `global` or `summary` (comply's account and region summaries).
    pub scope: &'static str,
    /// Terraform types that make a resource of the kind.
    pub terraform_types: Vec<&'static str>,
    /// Terraform types that configure one (folded into it).
    pub terraform_satellites: Vec<&'static str>,
    /// Whether AWS Config records it; `null` reason when it does.
    pub config_recorded: bool,
    pub config_note: Option<&'static str>,
    /// The policies that judge it.
    pub policies: Vec<String>,
}

pub fn kinds(bundle: &Bundle) -> Vec<KindEntry> {
    use crate::model::registry::{Config, Scope, ROWS};
    ROWS.iter()
        .map(|row| KindEntry {
            kind: row.kind.as_str(),
            scope: match row.scope {
                Scope::Regional => "regional",
                Scope::Global => "global",
                Scope::Summary => "summary",
            },
            terraform_types: row.terraform.types.iter().map(|(t, _)| *t).collect(),
            terraform_satellites: row.terraform.satellites.iter().map(|s| s.tf_type).collect(),
            config_recorded: matches!(row.config, Config::Recorded(_)),
            config_note: match row.config {
                Config::Recorded(_) => None,
                Config::NotRecorded(why) => Some(why),
            },
            policies: bundle
                .policies
                .iter()
                .filter(|p| p.kinds.contains(&row.kind))
                .map(|p| p.id.clone())
                .collect(),
        })
        .collect()
}
