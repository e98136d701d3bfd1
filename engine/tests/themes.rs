//! The showcase plan through every built-in policy: each theme's misconfigurations fail, the
//! compliant resources do not, and the plan's lifecycle is respected.

mod common;

use common::*;
use std::collections::{BTreeMap, BTreeSet};

fn findings(report: &serde_json::Value) -> &Vec<serde_json::Value> {
    report["findings"].as_array().unwrap()
}

fn name_of(resource: &str) -> &str {
    let base = resource.rsplit('.').next().unwrap();
    base.split('[').next().unwrap()
}

#[test]
fn every_fail_resource_fails_and_no_pass_resource_does() {
    let report = scan_json(&[THEMES], &[]);
    let mut failing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for f in findings(&report) {
        let r = f["resource"].as_str().unwrap().to_string();
        seen.insert(r.clone());
        if f["status"] == "fail" {
            failing
                .entry(r)
                .or_default()
                .push(f["policy_id"].as_str().unwrap().to_string());
        }
    }
    for r in &seen {
        let name = name_of(r);
        if name.starts_with("fail_") {
            assert!(
                failing.contains_key(r),
                "{r} should fail at least one policy"
            );
        }
        if name.starts_with("pass_") {
            assert!(
                !failing.contains_key(r),
                "{r} is compliant but fails {:?}",
                failing.get(r)
            );
        }
    }
    assert!(
        seen.iter()
            .filter(|r| name_of(r).starts_with("pass_"))
            .count()
            >= 15
    );
}

#[test]
fn each_theme_has_failing_findings() {
    let report = scan_json(&[THEMES], &[]);
    let mut themes: BTreeSet<String> = BTreeSet::new();
    for f in findings(&report).iter().filter(|f| f["status"] == "fail") {
        for t in f["themes"].as_array().unwrap() {
            themes.insert(t.as_str().unwrap().to_string());
        }
    }
    for t in [
        "encryption-at-rest",
        "encryption-in-transit",
        "identity-mfa",
        "data-residency",
        "network-segmentation",
        "public-access",
        "logging-audit",
        "key-management",
        "backup-recovery",
    ] {
        assert!(
            themes.contains(t),
            "no failing finding for theme {t}: {themes:?}"
        );
    }
}

#[test]
fn every_framework_is_mapped_by_failing_findings() {
    let report = scan_json(&[THEMES], &[]);
    for fw in ["pci-dss-4.0", "gdpr", "soc2", "iso27001-2022"] {
        assert!(
            findings(&report)
                .iter()
                .any(|f| f["status"] == "fail" && !f["controls"][fw].as_array().unwrap().is_empty()),
            "{fw}"
        );
    }
}

#[test]
fn deleted_database_is_not_a_failure_and_same_plan_key_is_encrypted() {
    let report = scan_json(&["fixtures/plans/lifecycle/plan.json", THEMES], &[]);
    assert!(
        findings(&report)
            .iter()
            .all(|f| f["resource"] != "aws_db_instance.deleted_unencrypted"),
        "a deleted database is not judged"
    );
    assert_eq!(report["summary"]["deleted"], 1);
    let vol: Vec<_> = findings(&report)
        .iter()
        .filter(|f| f["resource"] == "aws_ebs_volume.pass_encrypted[\"data\"]")
        .collect();
    assert!(!vol.is_empty());
    assert!(vol.iter().all(|f| f["status"] == "pass"), "{vol:?}");
}

#[test]
fn residency_uses_the_settings() {
    let with = scan_json(&[THEMES], &[]);
    let us = |r: &serde_json::Value| {
        findings(r)
            .iter()
            .find(|f| {
                f["resource"] == "aws_s3_bucket.fail_us_personal" && f["policy_id"] == "AWS-RES-001"
            })
            .map(|f| f["status"].as_str().unwrap().to_string())
    };
    assert_eq!(us(&with).as_deref(), Some("fail"));
    // Without settings no region is restricted.
    let out = comply(&[
        "scan",
        "--format",
        "json",
        "--fail-on",
        "none",
        "--config",
        "/dev/null",
        THEMES,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let without: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(us(&without).as_deref(), Some("pass"));
}
