//! SARIF 2.1.0 for GitHub code scanning.
//!
//! - A rule per policy that ran, in report order; a finding whose policy is not listed gets a
//!   rule made from the finding, so every `ruleIndex` points at a rule.
//! - `fail` is a result with a level from the severity (critical, high: `error`; medium:
//!   `warning`; low, info: `note`). `waived` is the same, with an accepted external
//!   suppression, so GitHub shows it as dismissed rather than dropping it.
//! - `unknown` is a result of kind `review` with level `none` (SARIF §3.27.9: a kind other than
//!   `fail` must have level `none`): a human has to look at what only apply will tell.
//! - `error` is not a result: it is a tool execution notification, and the invocation is not
//!   successful when the report is incomplete. Passes are not results.
//! - `security-severity` follows GitHub's bands (over 9.0 critical, 7.0–8.9 high, 4.0–6.9
//!   medium, up to 3.9 low). Info rules carry none: GitHub then shows them by level (`note`)
//!   instead of as a "low" security alert.
//! - GitHub accepts at most 25,000 results per run and a 10 MB file: past either, the least
//!   severe results (the report order puts them last) are left out, and a warning notification
//!   and `run.properties` say how many.

use crate::util::{fingerprint, one_line, waiver_text};
use crate::{Controls, Finding, Location, PolicyInfo, Report, Severity, Status};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// GitHub's upload limits (SARIF support for code scanning).
pub const MAX_RESULTS: usize = 25_000;
pub const MAX_BYTES: usize = 10 * 1000 * 1000;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI: &str = "https://github.com/comply-dev/comply";
/// GitHub rejects a rule with more tags.
const MAX_TAGS: usize = 20;

pub fn render(report: &Report) -> Vec<u8> {
    render_limited(report, MAX_RESULTS, MAX_BYTES)
}

/// Renders at most `max_results` results in at most `max_bytes` (as long as the run without
/// results fits), dropping from the end.
pub(crate) fn render_limited(report: &Report, max_results: usize, max_bytes: usize) -> Vec<u8> {
    let rules = Rules::new(report);
    let results: Vec<Value> = report
        .reported()
        .filter(|f| matches!(f.status, Status::Fail | Status::Waived | Status::Unknown))
        .map(|f| result(f, &rules))
        .collect();
    let total = results.len();
    let mut keep = total.min(max_results);
    let mut out = document(report, &rules, &results[..keep], total, max_results);
    if out.len() > max_bytes {
        // The largest count that fits: the size grows with the count.
        let (mut lo, mut hi) = (0, keep);
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if document(report, &rules, &results[..mid], total, max_results).len() <= max_bytes {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        keep = lo;
        out = document(report, &rules, &results[..keep], total, max_results);
    }
    out
}

fn document(
    report: &Report,
    rules: &Rules,
    results: &[Value],
    total: usize,
    max_results: usize,
) -> Vec<u8> {
    let left_out = total - results.len();
    let mut notifications: Vec<Value> = report
        .reported()
        .filter(|f| f.status == Status::Error)
        .map(|f| {
            let mut n = json!({
                "level": "error",
                "message": {"text": format!("{} errored on {}: {}", f.policy_id, f.resource, one_line(&f.message))},
                "associatedRule": {"id": f.policy_id, "index": rules.index(&f.policy_id)},
            });
            if let Some(l) = physical(f.primary_location()) {
                n["locations"] = json!([{"physicalLocation": l}]);
            }
            n
        })
        .collect();
    notifications.extend(
        report
            .errors
            .iter()
            .map(|e| json!({"level": "error", "message": {"text": one_line(e)}})),
    );
    let mut properties = Map::new();
    if left_out > 0 {
        let why = if results.len() < total.min(max_results) {
            "GitHub code scanning accepts at most 10 MB per file".to_string()
        } else {
            format!("GitHub code scanning accepts at most {max_results} per run")
        };
        notifications.push(json!({
            "level": "warning",
            "message": {"text": format!("{left_out} results were left out: {why}; the JSON report has them all")},
        }));
        properties.insert("comply/resultsLeftOut".into(), json!(left_out));
    }
    let s = &report.summary;
    properties.insert("comply/incomplete".into(), json!(s.incomplete));
    properties.insert(
        "comply/summary".into(),
        json!({
            "resources": s.resources, "policies": s.policies, "pass": s.pass, "fail": s.fail,
            "unknown": s.unknown, "waived": s.waived, "error": s.error, "baselined": s.baselined,
        }),
    );
    if let Some(b) = &report.baseline {
        properties.insert(
            "comply/baseline".into(),
            json!({"file": b.file, "unchanged": b.unchanged, "resolved": b.resolved.len()}),
        );
    }
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": report.tool.name,
                "version": report.tool.version,
                "semanticVersion": report.tool.version,
                "informationUri": INFORMATION_URI,
                "rules": rules.rules,
            }},
            "invocations": [{
                "executionSuccessful": !s.incomplete,
                "toolExecutionNotifications": notifications,
            }],
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The directory comply ran in"}}},
            "results": results,
            "columnKind": "unicodeCodePoints",
            "properties": properties,
        }],
    });
    let mut out = serde_json::to_vec_pretty(&doc).expect("JSON values serialize");
    out.push(b'\n');
    out
}

/// The rules and where each policy's rule is.
struct Rules {
    rules: Vec<Value>,
    index: BTreeMap<String, usize>,
}

impl Rules {
    fn new(report: &Report) -> Rules {
        let mut rules = Vec::new();
        let mut index = BTreeMap::new();
        for p in &report.policies {
            if !index.contains_key(&p.id) {
                index.insert(p.id.clone(), rules.len());
                rules.push(rule(p));
            }
        }
        // A policy a finding names but the list does not (an older report): from the finding.
        let mut missing: Vec<&Finding> = report
            .reported()
            .filter(|f| !index.contains_key(&f.policy_id))
            .collect();
        missing.sort_by(|a, b| a.policy_id.cmp(&b.policy_id));
        for f in missing {
            if index.contains_key(&f.policy_id) {
                continue;
            }
            index.insert(f.policy_id.clone(), rules.len());
            rules.push(rule(&PolicyInfo {
                id: f.policy_id.clone(),
                title: f.title.to_string(),
                description: None,
                severity: f.severity,
                kinds: vec![f.kind.clone()],
                themes: f.themes.to_vec(),
                controls: (*f.controls).clone(),
                remediation: f.remediation.as_deref().map(str::to_owned),
            }));
        }
        Rules { rules, index }
    }

    fn index(&self, id: &str) -> usize {
        self.index.get(id).copied().unwrap_or(0)
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

fn security_severity(severity: Severity) -> Option<&'static str> {
    match severity {
        Severity::Critical => Some("9.5"),
        Severity::High => Some("8.0"),
        Severity::Medium => Some("5.5"),
        Severity::Low => Some("3.0"),
        Severity::Info => None,
    }
}

/// `RdsIsNotPublic` from "RDS is not public": the Pascal-case name without spaces SARIF
/// viewers expect; the id when the title has no letters or digits.
fn rule_name(title: &str, id: &str) -> String {
    let pascal = |s: &str| -> String {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let mut cs = w.chars();
                let first: String = cs.next().into_iter().flat_map(char::to_uppercase).collect();
                first + &cs.as_str().to_lowercase()
            })
            .collect()
    };
    let name = pascal(title);
    if name.is_empty() {
        pascal(id)
    } else {
        name
    }
}

fn control_tags(controls: &Controls) -> Vec<String> {
    Controls::FRAMEWORKS
        .iter()
        .flat_map(|fw| {
            controls
                .get(fw)
                .into_iter()
                .flatten()
                .map(move |c| format!("{fw}/{c}"))
        })
        .collect()
}

fn controls_json(controls: &Controls) -> Value {
    let mut m = Map::new();
    for fw in Controls::FRAMEWORKS {
        if let Some(ids) = controls.get(fw).filter(|v| !v.is_empty()) {
            m.insert(fw.into(), json!(ids));
        }
    }
    Value::Object(m)
}

fn rule(p: &PolicyInfo) -> Value {
    let description = p.description.clone().unwrap_or_else(|| p.title.clone());
    let mut text = description.clone();
    let mut markdown = description.clone();
    if let Some(r) = &p.remediation {
        text.push_str(&format!("\n\nRemediation: {r}"));
        markdown.push_str(&format!("\n\n**Remediation:** {r}"));
    }
    let mut control_lines = Vec::new();
    for fw in Controls::FRAMEWORKS {
        if let Some(ids) = p.controls.get(fw).filter(|v| !v.is_empty()) {
            control_lines.push((fw, ids.join(", ")));
        }
    }
    if !control_lines.is_empty() {
        text.push_str("\n\nControls:");
        markdown.push_str("\n\n**Controls:**\n");
        for (fw, ids) in &control_lines {
            text.push_str(&format!("\n{fw}: {ids}"));
            markdown.push_str(&format!("\n- {fw}: {ids}"));
        }
    }
    let mut tags = vec!["security".to_string(), "compliance".to_string()];
    tags.extend(p.themes.iter().cloned());
    tags.extend(control_tags(&p.controls));
    let mut seen = std::collections::BTreeSet::new();
    tags.retain(|t| seen.insert(t.clone()));
    tags.truncate(MAX_TAGS);
    let mut properties =
        json!({"tags": tags, "comply/severity": p.severity.as_str(), "comply/kinds": p.kinds});
    if let Some(s) = security_severity(p.severity) {
        properties["security-severity"] = json!(s);
    }
    let controls = controls_json(&p.controls);
    if controls.as_object().is_some_and(|m| !m.is_empty()) {
        properties["comply/controls"] = controls;
    }
    json!({
        "id": p.id,
        "name": rule_name(&p.title, &p.id),
        "shortDescription": {"text": one_line(&p.title)},
        "fullDescription": {"text": description},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": level(p.severity)},
        "properties": properties,
    })
}

/// A URI reference for a path as given: relative paths under `%SRCROOT%`, absolute ones as
/// `file://` URIs; characters a URI cannot hold percent-encoded.
fn artifact(file: &str) -> Value {
    let path = file.replace('\\', "/");
    let absolute = path.starts_with('/');
    let mut uri = String::new();
    for b in path.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'/'
            | b'!'
            | b'$'
            | b'&'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b'+'
            | b','
            | b';'
            | b'='
            | b'@' => uri.push(b as char),
            // A colon before any slash would read as a scheme.
            b':' if absolute || path.split('/').next().is_some_and(|s| !s.contains(':')) => {
                uri.push(':')
            }
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    if absolute {
        json!({"uri": format!("file://{uri}")})
    } else {
        json!({"uri": uri, "uriBaseId": "%SRCROOT%"})
    }
}

fn physical(loc: &Location) -> Option<Value> {
    if loc.file.is_empty() {
        return None;
    }
    // Line 0 (an account or region summary) has no place in the file: the first line stands
    // for the whole file, as GitHub anchors an alert on a line and validators want a region.
    let mut region = json!({"startLine": loc.line.max(1)});
    if loc.line > 0 && loc.column > 0 {
        region["startColumn"] = json!(loc.column);
    }
    Some(json!({"artifactLocation": artifact(&loc.file), "region": region}))
}

fn result(f: &Finding, rules: &Rules) -> Value {
    let mut locations = Vec::new();
    let logical = json!([{"fullyQualifiedName": f.resource, "kind": "resource"}]);
    if let Some(src) = f.source.as_ref().and_then(physical) {
        locations.push(json!({
            "physicalLocation": src,
            "logicalLocations": logical,
            "message": {"text": "The Terraform block"},
        }));
    }
    if let Some(plan) = physical(&f.location) {
        let mut l =
            json!({"physicalLocation": plan, "message": {"text": "The resource in the input"}});
        if locations.is_empty() {
            l["logicalLocations"] = logical.clone();
        }
        locations.push(l);
    }
    if locations.is_empty() {
        locations.push(json!({"logicalLocations": logical}));
    }
    let mut text = format!("{}: {}", f.resource, one_line(&f.message));
    if f.status == Status::Unknown && !f.unknown.is_empty() {
        text.push_str(&format!(
            " (known only after apply: {})",
            f.unknown.join(", ")
        ));
    }
    let mut properties = json!({
        "resource": f.resource,
        "kind": f.kind,
        "status": f.status.as_str(),
        "severity": f.severity.as_str(),
    });
    if let Some(r) = &f.region {
        properties["region"] = json!(r);
    }
    if let Some(a) = &f.account {
        properties["account"] = json!(a);
    }
    let controls = controls_json(&f.controls);
    if controls.as_object().is_some_and(|m| !m.is_empty()) {
        properties["controls"] = controls;
    }
    if !f.unknown.is_empty() {
        properties["unknownAfterApply"] = json!(f.unknown);
    }
    let mut r = json!({
        "ruleId": f.policy_id,
        "ruleIndex": rules.index(&f.policy_id),
        "message": {"text": text},
        "locations": locations,
        "partialFingerprints": {"comply/v1": fingerprint(f)},
        "properties": properties,
    });
    match f.status {
        Status::Unknown => {
            r["kind"] = json!("review");
            r["level"] = json!("none");
        }
        _ => {
            r["kind"] = json!("fail");
            r["level"] = json!(level(f.severity));
        }
    }
    if f.status == Status::Waived {
        let justification = f
            .waiver
            .as_ref()
            .map(|w| format!("{} [{}]", waiver_text(w), w.origin))
            .unwrap_or_else(|| "waived".into());
        r["suppressions"] =
            json!([{"kind": "external", "status": "accepted", "justification": justification}]);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata;

    fn parse(bytes: &[u8]) -> Value {
        serde_json::from_slice(bytes).unwrap()
    }

    #[test]
    fn snapshot() {
        let out = String::from_utf8(render(&testdata::report())).unwrap();
        insta::assert_snapshot!(out);
    }

    #[test]
    fn hostile_strings_stay_json() {
        let v = parse(&render(&testdata::hostile()));
        let text = v["runs"][0]["results"][0]["message"]["text"]
            .as_str()
            .unwrap();
        assert!(text.contains(testdata::HOSTILE));
    }

    #[test]
    fn results_and_notifications() {
        let v = parse(&render(&testdata::report()));
        let run = &v["runs"][0];
        let results = run["results"].as_array().unwrap();
        // 3 fails, 1 waived, 1 unknown; no pass, no error, no baselined.
        assert_eq!(results.len(), 5);
        assert_eq!(results[0]["level"], "error");
        assert_eq!(run["invocations"][0]["executionSuccessful"], false);
        let notes = run["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .unwrap();
        assert_eq!(notes.len(), 2);
        let unknown = results.iter().find(|r| r["kind"] == "review").unwrap();
        assert_eq!(unknown["level"], "none");
        let waived = results
            .iter()
            .find(|r| r.get("suppressions").is_some())
            .unwrap();
        assert_eq!(waived["suppressions"][0]["status"], "accepted");
        for r in results {
            let i = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(run["tool"]["driver"]["rules"][i]["id"], r["ruleId"]);
        }
    }

    #[test]
    fn cut_by_count_keeps_the_most_severe() {
        let v = parse(&render_limited(&testdata::report(), 2, MAX_BYTES));
        let run = &v["runs"][0];
        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 2);
        assert_eq!(results[0]["ruleId"], "rds.public");
        assert_eq!(run["properties"]["comply/resultsLeftOut"], 3);
        let notes = run["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .unwrap();
        let last = notes.last().unwrap();
        assert_eq!(last["level"], "warning");
        assert!(last["message"]["text"].as_str().unwrap().starts_with(
            "3 results were left out: GitHub code scanning accepts at most 2 per run"
        ));
    }

    #[test]
    fn cut_by_size() {
        let full = render_limited(&testdata::report(), MAX_RESULTS, MAX_BYTES).len();
        let out = render_limited(&testdata::report(), MAX_RESULTS, full - 1);
        assert!(out.len() < full);
        let v = parse(&out);
        let left = v["runs"][0]["properties"]["comply/resultsLeftOut"]
            .as_u64()
            .unwrap();
        assert!(left >= 1);
        assert_eq!(
            v["runs"][0]["results"].as_array().unwrap().len() as u64,
            5 - left
        );
    }

    fn fingerprints(r: &Report) -> BTreeMap<String, String> {
        let v = parse(&render(r));
        v["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["properties"]["resource"].as_str().unwrap().to_string(),
                    r["partialFingerprints"]["comply/v1"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn fingerprints_ignore_order_and_lines() {
        let report = testdata::report();
        let mut moved = report.clone();
        moved.findings.reverse();
        for f in &mut moved.findings {
            f.location.line += 7;
            if let Some(s) = &mut f.source {
                s.line += 3;
            }
        }
        assert_eq!(fingerprints(&report), fingerprints(&moved));
        let fps = fingerprints(&report);
        let distinct: std::collections::BTreeSet<_> = fps.values().collect();
        assert_eq!(distinct.len(), fps.len());
    }

    #[test]
    fn deterministic() {
        assert_eq!(render(&testdata::report()), render(&testdata::report()));
    }

    #[test]
    fn names_and_uris() {
        assert_eq!(
            rule_name("S3 buckets are encrypted", "x"),
            "S3BucketsAreEncrypted"
        );
        assert_eq!(
            rule_name("RDS instances are not public", "x"),
            "RdsInstancesAreNotPublic"
        );
        assert_eq!(rule_name("--", "s3.encryption"), "S3Encryption");
        assert_eq!(artifact("infra/main.tf")["uri"], "infra/main.tf");
        assert_eq!(artifact("my dir/é.tf")["uri"], "my%20dir/%C3%A9.tf");
        assert_eq!(artifact("/abs/plan.json")["uri"], "file:///abs/plan.json");
        assert_eq!(artifact("c:x/plan.json")["uri"], "c%3Ax/plan.json");
    }
}
