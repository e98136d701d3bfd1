//! OCSF Compliance Finding (class 2003) events as JSON lines, for security data lakes
//! (Amazon Security Lake, Splunk, any OCSF consumer): one event per finding, passes included,
//! with the cloud profile (every resource is an AWS one).
//!
//! Mapping: fail → compliance `Fail`, finding `New`; waived → `Fail`, `Suppressed` (an accepted
//! risk is still a failure); pass → `Pass`, `Resolved`; unknown and error → `Unknown`, `New`
//! (never a pass). The finding's uid is comply's fingerprint, stable across scans.

use crate::util::{fingerprint, place};
use crate::{Controls, Finding, Report, Severity, Status};
use serde_json::{json, Map, Value};

/// The OCSF version the events follow; its required attributes are a test fixture.
pub const VERSION: &str = "1.8.0";
const CATEGORY_UID: u32 = 2;
const CLASS_UID: u32 = 2003;
/// `Create`: each scan reports its findings anew.
const ACTIVITY_ID: u32 = 1;

fn severity_id(s: Severity) -> (u32, &'static str) {
    match s {
        Severity::Critical => (5, "Critical"),
        Severity::High => (4, "High"),
        Severity::Medium => (3, "Medium"),
        Severity::Low => (2, "Low"),
        Severity::Info => (1, "Informational"),
    }
}

/// (compliance status_id, status), (finding status_id, status).
fn statuses(s: Status) -> ((u32, &'static str), (u32, &'static str)) {
    match s {
        Status::Fail => ((3, "Fail"), (1, "New")),
        Status::Waived => ((3, "Fail"), (3, "Suppressed")),
        Status::Pass => ((1, "Pass"), (4, "Resolved")),
        Status::Unknown | Status::Error => ((0, "Unknown"), (1, "New")),
    }
}

/// Milliseconds since the epoch of an RFC 3339 UTC time as comply writes it
/// (`2026-12-02T21:15:48Z`); `None` for anything else.
fn epoch_ms(t: &str) -> Option<i64> {
    let (date, time) = t.strip_suffix('Z')?.split_once('T')?;
    let days = crate::util::days(date)?;
    let mut hms = time.split(':');
    let mut next = || -> Option<i64> { hms.next()?.parse().ok() };
    let (h, m, s) = (next()?, next()?, next()?);
    Some(((days * 24 + h) * 60 + m) * 60_000 + s * 1000)
}

fn framework_name(report: &Report, id: &str) -> String {
    report
        .frameworks
        .iter()
        .find(|f| f.id == id)
        .map(|f| format!("{} {}", f.name, f.version))
        .unwrap_or_else(|| id.to_string())
}

fn event(report: &Report, f: &Finding, time: i64) -> Value {
    let (sev_id, sev) = severity_id(f.severity);
    let ((c_id, c_status), (s_id, s_status)) = statuses(f.status);
    let policy = report.policy(&f.policy_id);
    let mut standards = Vec::new();
    let mut requirements = Vec::new();
    for fw in Controls::FRAMEWORKS {
        let ids = f.controls.get(fw).map(Vec::as_slice).unwrap_or_default();
        if ids.is_empty() {
            continue;
        }
        let name = framework_name(report, fw);
        requirements.extend(ids.iter().map(|c| format!("{name} {c}")));
        standards.push(name);
    }
    let mut compliance = json!({
        "control": f.policy_id,
        "status_id": c_id,
        "status": c_status,
        "status_detail": f.message,
        "standards": standards,
        "requirements": requirements,
    });
    if !f.unknown.is_empty() {
        compliance["status_detail"] = json!(format!(
            "{} (unknown until apply: {})",
            f.message,
            f.unknown.join(", ")
        ));
    }
    let mut resource = json!({
        "uid": f.resource,
        "name": f.resource,
        "type": f.kind,
    });
    if let Some(r) = &f.region {
        resource["region"] = json!(r);
    }
    let mut cloud = json!({ "provider": "AWS" });
    if let Some(r) = f.region.as_deref().filter(|r| *r != "global") {
        cloud["region"] = json!(r);
    }
    if let Some(a) = &f.account {
        cloud["account"] = json!({ "uid": a, "type": "AWS Account", "type_id": 10 });
        resource["owner"] =
            json!({ "account": { "uid": a, "type": "AWS Account", "type_id": 10 } });
    }
    let mut finding_info = json!({
        "uid": fingerprint(f),
        "title": f.title,
        "types": f.themes,
        "analytic": { "uid": f.policy_id, "name": f.policy_id, "type_id": 1, "type": "Rule" },
    });
    if let Some(d) = policy.and_then(|p| p.description.as_ref()) {
        finding_info["desc"] = json!(d);
    }
    let mut unmapped = Map::new();
    unmapped.insert("location".into(), json!(place(&f.location)));
    if let Some(s) = &f.source {
        unmapped.insert("source".into(), json!(place(s)));
    }
    if f.baselined {
        unmapped.insert("baselined".into(), json!(true));
    }
    if let Some(w) = &f.waiver {
        unmapped.insert("waiver".into(), json!(w));
    }
    let mut e = json!({
        "activity_id": ACTIVITY_ID,
        "activity_name": "Create",
        "category_uid": CATEGORY_UID,
        "category_name": "Findings",
        "class_uid": CLASS_UID,
        "class_name": "Compliance Finding",
        "type_uid": CLASS_UID * 100 + ACTIVITY_ID,
        "type_name": "Compliance Finding: Create",
        "time": time,
        "severity_id": sev_id,
        "severity": sev,
        "status_id": s_id,
        "status": s_status,
        "message": f.message,
        "metadata": {
            "version": VERSION,
            "profiles": ["cloud"],
            "product": {
                "name": report.tool.name,
                "vendor_name": report.tool.name,
                "version": report.tool.version,
            },
        },
        "finding_info": finding_info,
        "compliance": compliance,
        "resources": [resource],
        "cloud": cloud,
        "unmapped": unmapped,
    });
    if let Some(r) = &f.remediation {
        e["remediation"] = json!({ "desc": r });
    }
    e
}

/// One event per line, in report order. `time` is the scan's (`scope.scanned_at`); a report
/// from before comply recorded it gets 0, the schema's required field kept rather than guessed.
pub fn render(report: &Report) -> Vec<u8> {
    let time = report
        .scope
        .scanned_at
        .as_deref()
        .and_then(epoch_ms)
        .unwrap_or(0);
    let mut out = Vec::new();
    for f in &report.findings {
        // A Value always serializes.
        serde_json::to_writer(&mut out, &event(report, f, time)).expect("json into memory");
        out.push(b'\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata;

    /// The published schema's required attributes (`tests/fixtures/ocsf-required.py` made it
    /// from github.com/ocsf/ocsf-schema at the 1.8.0 release).
    const SCHEMA: &str = include_str!("../tests/fixtures/ocsf-2003-required.json");

    fn strs(v: &Value) -> Vec<&str> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect()
    }

    fn has(obj: &Value, key: &str) -> bool {
        obj.get(key).is_some_and(|v| !v.is_null())
    }

    /// Every required attribute of `obj` per the schema's `objects[name]`, and one of each
    /// `at_least_one`.
    fn check_object(schema: &Value, name: &str, obj: &Value, line: usize) {
        let spec = &schema["objects"][name];
        for k in strs(&spec["required"]) {
            assert!(has(obj, k), "line {line}: {name}.{k} is required");
        }
        if let Some(any) = spec.get("at_least_one") {
            assert!(
                strs(any).iter().any(|k| has(obj, k)),
                "line {line}: {name} needs one of {any}"
            );
        }
    }

    fn in_enum(schema: &Value, name: &str, v: &Value, line: usize) {
        let id = v.as_u64().unwrap().to_string();
        assert!(
            schema["enums"][name].get(&id).is_some(),
            "line {line}: {name} {id} is not in the schema's enum"
        );
    }

    fn validate(report: &Report) -> usize {
        let schema: Value = serde_json::from_str(SCHEMA).unwrap();
        assert_eq!(schema["version"], VERSION);
        let out = String::from_utf8(render(report)).unwrap();
        let mut n = 0;
        for (i, line) in out.lines().enumerate() {
            n += 1;
            let e: Value = serde_json::from_str(line).unwrap();
            for k in strs(&schema["required"]) {
                assert!(has(&e, k), "line {i}: {k} is required");
            }
            for profile in strs(&e["metadata"]["profiles"]) {
                for k in strs(&schema["profiles"][profile]) {
                    assert!(has(&e, k), "line {i}: {k} is required by profile {profile}");
                }
            }
            assert_eq!(e["class_uid"], schema["class_uid"]);
            assert_eq!(e["category_uid"], schema["category_uid"]);
            assert_eq!(
                e["type_uid"].as_u64().unwrap(),
                e["class_uid"].as_u64().unwrap() * 100 + e["activity_id"].as_u64().unwrap()
            );
            in_enum(&schema, "activity_id", &e["activity_id"], i);
            in_enum(&schema, "severity_id", &e["severity_id"], i);
            in_enum(&schema, "status_id", &e["status_id"], i);
            in_enum(
                &schema,
                "compliance.status_id",
                &e["compliance"]["status_id"],
                i,
            );
            check_object(&schema, "metadata", &e["metadata"], i);
            check_object(&schema, "product", &e["metadata"]["product"], i);
            check_object(&schema, "finding_info", &e["finding_info"], i);
            check_object(&schema, "compliance", &e["compliance"], i);
            check_object(&schema, "cloud", &e["cloud"], i);
            if has(&e["cloud"], "account") {
                check_object(&schema, "account", &e["cloud"]["account"], i);
            }
            if has(&e, "remediation") {
                check_object(&schema, "remediation", &e["remediation"], i);
            }
            for r in e["resources"].as_array().unwrap() {
                check_object(&schema, "resource_details", r, i);
            }
            assert!(e["time"].as_i64().unwrap() > 0, "line {i}: time");
        }
        n
    }

    #[test]
    fn lines_have_the_schemas_required_attributes() {
        let r = testdata::report();
        assert_eq!(validate(&r), r.findings.len());
        assert_eq!(validate(&testdata::hostile()), r.findings.len());
    }

    #[test]
    fn statuses_never_pass_an_unknown() {
        for s in [Status::Unknown, Status::Error, Status::Fail, Status::Waived] {
            assert_ne!(statuses(s).0 .1, "Pass", "{s}");
        }
    }

    #[test]
    fn scan_time_in_milliseconds() {
        assert_eq!(epoch_ms("1970-01-02T00:00:01Z"), Some(86_401_000));
        assert_eq!(epoch_ms("2026-12-02T21:15:48+01:00"), None);
        assert_eq!(epoch_ms("garbage"), None);
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(String::from_utf8(render(&testdata::report())).unwrap());
    }
}
