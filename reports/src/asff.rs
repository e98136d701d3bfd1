//! AWS Security Finding Format (SchemaVersion 2018-10-08): `--format asff` writes the
//! `BatchImportFindings` request body; `comply export securityhub` sends the same findings.
//!
//! - `Id`: `comply/POLICY/ACCOUNT/RESOURCE`, stable per policy, account and resource (ASFF
//!   allows 512 characters; a longer one becomes `comply/POLICY/sha256:…` of the identity), so
//!   a second import updates rather than duplicates.
//! - Every finding is included, passes too (`Compliance.Status = PASSED` closes a fixed one) and
//!   baselined ones (Security Hub should see the whole estate).
//! - fail → `FAILED`/`NEW`; waived → `FAILED`/`SUPPRESSED` with the waiver as the `Note`;
//!   pass → `PASSED`/`RESOLVED`; unknown → `NOT_AVAILABLE`; error → `WARNING`.
//! - Text limits (Title 256, Description 1024, Recommendation 512, requirement 256 characters,
//!   32 requirements, 50 product fields) are cut by characters, never inside one.

use crate::{Finding, Report, Severity, Status};
use serde_json::{json, Map, Value};

/// What fills a finding's missing account and region, and the partition of the ARNs.
#[derive(Debug, Clone)]
pub struct AsffDefaults {
    pub account: Option<String>,
    pub region: Option<String>,
    pub partition: String,
}

impl AsffDefaults {
    /// From the report's scope: its account and region when it has exactly one.
    pub fn of(report: &Report) -> AsffDefaults {
        let one = |v: &[String]| (v.len() == 1).then(|| v[0].clone());
        AsffDefaults {
            account: one(&report.scope.accounts),
            region: one(&report
                .scope
                .regions
                .iter()
                .filter(|r| *r != "global")
                .cloned()
                .collect::<Vec<_>>()),
            partition: "aws".into(),
        }
    }
}

fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn label(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "CRITICAL",
        Severity::High => "HIGH",
        Severity::Medium => "MEDIUM",
        Severity::Low => "LOW",
        Severity::Info => "INFORMATIONAL",
    }
}

/// `AWS::S3::Bucket` → `AwsS3Bucket` (ASFF's resource types); the account and region
/// summaries are `AwsAccount`.
fn resource_type(kind: &str) -> String {
    if kind == "AWS::::Account" || kind == "AWS::::Region" {
        return "AwsAccount".into();
    }
    let parts: Vec<&str> = kind.split("::").filter(|p| !p.is_empty()).collect();
    if parts.len() != 3 || parts[0] != "AWS" {
        return "Other".into();
    }
    let mut out = String::from("Aws");
    for p in &parts[1..] {
        let mut chars = p.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_uppercase());
            out.push_str(&chars.as_str().to_ascii_lowercase());
        }
    }
    out
}

fn framework_label(report: &Report, id: &str) -> String {
    report
        .frameworks
        .iter()
        .find(|f| f.id == id)
        .map(|f| format!("{} v{}", f.name, f.version))
        .unwrap_or_else(|| match id {
            "pci-dss-4.0" => "PCI DSS v4.0.1".into(),
            "gdpr" => "GDPR".into(),
            "soc2" => "SOC 2".into(),
            "iso27001-2022" => "ISO/IEC 27001:2022".into(),
            other => other.into(),
        })
}

fn types(f: &Finding) -> Vec<String> {
    let mut t = vec!["Software and Configuration Checks/AWS Security Best Practices".to_string()];
    for (fw, name) in [
        ("pci-dss-4.0", "PCI-DSS"),
        ("gdpr", "GDPR"),
        ("soc2", "SOC 2"),
        ("iso27001-2022", "ISO 27001"),
    ] {
        if f.controls.get(fw).is_some_and(|c| !c.is_empty()) {
            t.push(format!(
                "Software and Configuration Checks/Industry and Regulatory Standards/{name}"
            ));
        }
    }
    t
}

/// ASFF timestamps: `2026-12-02T21:15:48.000Z`.
fn timestamp(report: &Report) -> String {
    match report.scope.scanned_at.as_deref() {
        Some(t) if t.ends_with('Z') && !t.contains('.') => {
            format!("{}.000Z", t.trim_end_matches('Z'))
        }
        Some(t) => t.to_string(),
        None => "1970-01-01T00:00:00.000Z".into(),
    }
}

fn id(f: &Finding, account: &str) -> String {
    let plain = format!("comply/{}/{account}/{}", f.policy_id, f.resource);
    if plain.chars().count() <= 512 {
        plain
    } else {
        format!(
            "comply/{}/sha256:{}",
            f.policy_id,
            crate::util::fingerprint(f)
        )
    }
}

fn one(
    report: &Report,
    f: &Finding,
    account: &str,
    region: &str,
    partition: &str,
    at: &str,
) -> Value {
    let (compliance, workflow) = match f.status {
        Status::Fail => ("FAILED", "NEW"),
        Status::Waived => ("FAILED", "SUPPRESSED"),
        Status::Pass => ("PASSED", "RESOLVED"),
        Status::Unknown => ("NOT_AVAILABLE", "NEW"),
        Status::Error => ("WARNING", "NEW"),
    };
    let mut requirements = Vec::new();
    for fw in comply_frameworks() {
        for c in f.controls.get(fw).into_iter().flatten() {
            requirements.push(cut(&format!("{}/{c}", framework_label(report, fw)), 256));
        }
    }
    requirements.truncate(32);
    let mut fields = Map::new();
    fields.insert("comply/policy".into(), f.policy_id.clone().into());
    fields.insert("comply/status".into(), f.status.as_str().into());
    fields.insert("comply/resource".into(), cut(&f.resource, 2048).into());
    fields.insert("comply/kind".into(), f.kind.clone().into());
    let at_place = crate::util::place(f.primary_location());
    fields.insert("comply/location".into(), cut(&at_place, 2048).into());
    if !f.themes.is_empty() {
        fields.insert("comply/themes".into(), f.themes.join(",").into());
    }
    let resource_id = if f.resource.starts_with("arn:") {
        f.resource.clone()
    } else if f.kind.starts_with("AWS::::") {
        format!("AWS::::Account:{account}")
    } else {
        f.resource.clone()
    };
    let mut v = json!({
        "SchemaVersion": "2018-10-08",
        "Id": id(f, account),
        "ProductArn": format!("arn:{partition}:securityhub:{region}:{account}:product/{account}/default"),
        "GeneratorId": format!("comply/{}", f.policy_id),
        "AwsAccountId": account,
        "Types": types(f),
        "CreatedAt": at,
        "UpdatedAt": at,
        "Severity": {"Label": label(f.severity)},
        "Title": cut(&f.title, 256),
        "Description": cut(&format!("{}: {}", f.resource, f.message), 1024),
        "Compliance": {"Status": compliance, "RelatedRequirements": requirements},
        "Resources": [{
            "Type": resource_type(&f.kind),
            "Id": resource_id,
            "Region": f.region.as_deref().filter(|r| *r != "global").unwrap_or(region),
            "Partition": partition,
        }],
        "RecordState": "ACTIVE",
        "Workflow": {"Status": workflow},
        "ProductFields": fields,
    });
    if let Some(r) = &f.remediation {
        v["Remediation"] = json!({"Recommendation": {"Text": cut(r, 512)}});
    }
    if let Some(w) = f.waiver.as_ref().filter(|_| f.status == Status::Waived) {
        v["Note"] = json!({
            "Text": cut(&format!("waived: {} [{}]", crate::util::waiver_text(w), w.origin), 512),
            "UpdatedBy": cut(w.approved_by.as_deref().unwrap_or("comply"), 512),
            "UpdatedAt": at,
        });
    }
    v
}

fn comply_frameworks() -> [&'static str; 4] {
    crate::Controls::FRAMEWORKS
}

/// The report's findings in ASFF, and the identities of those left out because no account
/// is known (neither the finding's nor `defaults`).
pub fn findings(report: &Report, defaults: &AsffDefaults) -> (Vec<Value>, Vec<String>) {
    let at = timestamp(report);
    let mut out = Vec::new();
    let mut left_out = Vec::new();
    for f in &report.findings {
        let Some(account) = f.account.clone().or_else(|| defaults.account.clone()) else {
            left_out.push(f.identity());
            continue;
        };
        let region = f
            .region
            .clone()
            .filter(|r| r != "global")
            .or_else(|| defaults.region.clone())
            .unwrap_or_else(|| "us-east-1".into());
        out.push(one(report, f, &account, &region, &defaults.partition, &at));
    }
    (out, left_out)
}

/// `BatchImportFindings` takes at most 100 findings per request.
pub fn batches(findings: Vec<Value>, size: usize) -> Vec<Vec<Value>> {
    let size = size.clamp(1, 100);
    let mut out = Vec::new();
    let mut it = findings.into_iter().peekable();
    while it.peek().is_some() {
        out.push(it.by_ref().take(size).collect());
    }
    out
}

/// `{"Findings": [...]}`, the request body, with the scope's account and region.
pub fn render(report: &Report) -> Vec<u8> {
    let (findings, _) = findings(report, &AsffDefaults::of(report));
    let mut out = serde_json::to_vec_pretty(&json!({ "Findings": findings })).expect("json");
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_ids_and_limits() {
        assert_eq!(resource_type("AWS::S3::Bucket"), "AwsS3Bucket");
        assert_eq!(
            resource_type("AWS::EC2::SecurityGroup"),
            "AwsEc2Securitygroup"
        );
        assert_eq!(resource_type("AWS::::Account"), "AwsAccount");
        assert_eq!(cut("日本語テキスト", 4), "日本語…");
        let r = crate::testdata::report();
        let (a, left) = findings(&r, &AsffDefaults::of(&r));
        assert!(left.is_empty());
        let mut shuffled = r.clone();
        shuffled.findings.reverse();
        let (b, _) = findings(&shuffled, &AsffDefaults::of(&shuffled));
        let ids = |v: &[Value]| {
            let mut i: Vec<String> = v
                .iter()
                .map(|f| f["Id"].as_str().unwrap().to_string())
                .collect();
            i.sort();
            i
        };
        assert_eq!(ids(&a), ids(&b));
        let long = "x".repeat(600);
        let mut f = r.findings[0].clone();
        f.resource = long;
        assert!(id(&f, "111122223333").starts_with("comply/"));
        assert!(id(&f, "111122223333").len() < 200);
        assert_eq!(
            batches(a.clone(), 3).iter().map(Vec::len).sum::<usize>(),
            a.len()
        );
        assert!(batches(a, 3).iter().all(|b| b.len() <= 3));
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(String::from_utf8(render(&crate::testdata::report())).unwrap());
    }
}
