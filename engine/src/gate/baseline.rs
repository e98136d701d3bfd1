//! Baselines: what an estate already fails, so that a pull request is judged on what it adds.
//!
//! A baseline is `comply baseline create`'s file or any earlier `--format json` report: both
//! have `findings` with `policy_id`, `resource`, `account` and `status`. A finding is the same
//! as a baseline entry when all four are equal — never by line, which moves with every edit.

use crate::error::{Error, Result};
use comply_reports::{BaselineEntry, BaselineUse, Finding, Report, Status};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

/// The statuses a baseline holds: what a team has not fixed yet. Waived findings are not
/// (their waiver says until when), nor errors and passes.
fn kept(status: Status) -> bool {
    matches!(status, Status::Fail | Status::Unknown)
}

#[derive(Debug, Clone)]
pub struct Baseline {
    pub file: String,
    pub sha256: String,
    pub entries: BTreeSet<BaselineEntry>,
}

/// Either shape: only `findings` is read.
#[derive(Deserialize)]
struct Shape {
    findings: Vec<BaselineEntry>,
}

/// The file `comply baseline create` writes.
#[derive(Serialize)]
struct File<'a> {
    comply_baseline: u32,
    tool: &'a comply_reports::Tool,
    inputs: &'a [comply_reports::Input],
    findings: Vec<BaselineEntry>,
}

pub fn read(path: &Path) -> Result<Baseline> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| Error::file(path, format!("cannot read the baseline: {e}")))?;
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        Error::file(
            path,
            "the baseline is not UTF-8 (hint: a comply JSON report or baseline file)",
        )
    })?;
    let shape: Shape = serde_json::from_str(text).map_err(|e| {
        match crate::load::json::Document::new(&file, text).json_error(None, e) {
            Error::Input { place, message } => Error::Input {
                place,
                message: format!(
                    "not a comply baseline or JSON report: {message} (hint: `comply baseline create PLAN -o FILE`, or an earlier `comply scan --format json` report)"
                ),
            },
            other => other,
        }
    })?;
    Ok(Baseline {
        file,
        sha256: crate::digest::sha256_hex(&bytes),
        entries: shape
            .findings
            .into_iter()
            .filter(|e| kept(e.status))
            .collect(),
    })
}

fn entry(f: &Finding) -> BaselineEntry {
    BaselineEntry {
        policy_id: f.policy_id.clone(),
        resource: f.resource.clone(),
        account: f.account.clone(),
        status: f.status,
    }
}

/// Marks the findings the baseline holds. `judged(entry)` says whether this scan could have
/// found the entry again (its policy ran and its resource was judged): only those that it did
/// not find are resolved.
pub fn apply(
    findings: &mut [Finding],
    baseline: &Baseline,
    judged: &dyn Fn(&BaselineEntry) -> bool,
) -> BaselineUse {
    let mut seen = BTreeSet::new();
    let mut unchanged = 0;
    for f in findings.iter_mut() {
        if !kept(f.status) {
            continue;
        }
        let e = entry(f);
        if baseline.entries.contains(&e) {
            f.baselined = true;
            unchanged += 1;
            seen.insert(e);
        }
    }
    BaselineUse {
        file: baseline.file.clone(),
        sha256: baseline.sha256.clone(),
        entries: baseline.entries.len(),
        unchanged,
        resolved: baseline
            .entries
            .iter()
            .filter(|e| !seen.contains(*e) && judged(e))
            .cloned()
            .collect(),
    }
}

/// The baseline file of a report: its failing and unknown findings, sorted.
pub fn create(report: &Report) -> Vec<u8> {
    let findings: BTreeSet<BaselineEntry> = report
        .findings
        .iter()
        .filter(|f| kept(f.status))
        .map(entry)
        .collect();
    let file = File {
        comply_baseline: 1,
        tool: &report.tool,
        inputs: &report.inputs,
        findings: findings.into_iter().collect(),
    };
    let mut out = serde_json::to_vec_pretty(&file).expect("baselines serialize");
    out.push(b'\n');
    out
}
