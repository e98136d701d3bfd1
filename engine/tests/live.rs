//! `comply scan --aws` against a loopback AWS endpoint: the real SDK over real HTTP, across two
//! regions, with pagination, throttling and a failing region.

mod common;

use common::fake_aws::{FakeAws, Faults};
use common::*;
use serde_json::Value;
use std::collections::BTreeSet;

const SNAPSHOT: &str = "fixtures/config/parity/snapshot.json";

/// The parity snapshot's items in eu-west-1 (IAM's `global` items are served there, as AWS
/// Config records them in one region), and a renamed copy of the regional ones in us-east-1.
fn seeded_items() -> Vec<Value> {
    let snapshot: Value =
        serde_json::from_slice(&std::fs::read(root().join(SNAPSHOT)).unwrap()).unwrap();
    let mut items = Vec::new();
    for item in snapshot["configurationItems"].as_array().unwrap() {
        let mut eu = item.clone();
        if eu["awsRegion"] == "global" {
            eu["awsRegion"] = "eu-west-1".into();
            items.push(eu);
            continue;
        }
        items.push(eu);
        let text = item
            .to_string()
            .replace("eu-west-1", "us-east-1")
            .replace("comply-parity-", "comply-us-");
        items.push(serde_json::from_str(&text).unwrap());
    }
    items
}

fn live_scan(url: &str, regions: &str) -> (Option<i32>, Value, String) {
    let out = comply_env(
        &[
            "scan",
            "--aws",
            "--regions",
            regions,
            "--endpoint-url",
            url,
            "--format",
            "json",
            "--fail-on",
            "none",
            "--quiet",
            "--max-attempts",
            "4",
            "--attempt-timeout",
            "5",
        ],
        &[
            ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
            ("AWS_SECRET_ACCESS_KEY", "fake-secret-for-loopback"),
            ("AWS_REGION", "eu-west-1"),
            ("AWS_EC2_METADATA_DISABLED", "true"),
            ("AWS_CONFIG_FILE", "/dev/null"),
            ("AWS_SHARED_CREDENTIALS_FILE", "/dev/null"),
        ],
    );
    let report = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), report, stderr(&out))
}

fn verdicts(report: &Value, region: &str) -> BTreeSet<(String, String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["region"] == region || (region == "eu-west-1" && f["region"] == "global"))
        .map(|f| {
            (
                f["policy_id"].as_str().unwrap().to_string(),
                f["resource"]
                    .as_str()
                    .unwrap()
                    .replace("comply-us-", "comply-parity-")
                    .replace("us-east-1", "eu-west-1"),
                f["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn live_scan_finds_the_seeded_misconfigurations_in_two_regions() {
    let server = FakeAws::start(seeded_items(), 2, Faults::default());
    let (code, report, err) = live_scan(&server.url, "eu-west-1,us-east-1");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        report["summary"]["incomplete"], false,
        "{:?}",
        report["errors"]
    );
    let eu = verdicts(&report, "eu-west-1");
    let us = verdicts(&report, "us-east-1");
    assert!(eu.iter().any(|(_, _, s)| s == "fail"), "{eu:?}");
    // The same resources in both regions get the same verdicts (IAM is global, read once).
    let regional = |s: &BTreeSet<(String, String, String)>| -> BTreeSet<(String, String, String)> {
        s.iter()
            .filter(|(p, _, _)| !p.starts_with("AWS-IAM"))
            .cloned()
            .collect()
    };
    assert_eq!(regional(&eu), regional(&us));
    // Pagination: more requests than one page per type.
    assert!(server.requests.load(std::sync::atomic::Ordering::SeqCst) > 20);
    // Evidence from other judges is attributed to its source.
    let evidence = report["evidence"].as_array().unwrap();
    assert!(evidence
        .iter()
        .any(|e| e["source"] == "aws-config-rule" && e["status"] == "NON_COMPLIANT"));
    assert!(evidence
        .iter()
        .any(|e| e["source"] == "security-hub" && e["check"] == "IAM.9"));
}

#[test]
fn live_and_offline_snapshot_agree() {
    let server = FakeAws::start(seeded_items(), 3, Faults::default());
    let (code, live, err) = live_scan(&server.url, "eu-west-1");
    assert_eq!(code, Some(0), "{err}");
    let offline = scan_json(&[SNAPSHOT], &[]);
    // Trail logging status comes from CloudTrail live (the fake reports no trails there), and
    // residency reads tags, which BatchGetResourceConfig items do not carry: compare the rest.
    let keep = |s: BTreeSet<(String, String, String)>| -> BTreeSet<(String, String, String)> {
        s.into_iter()
            .filter(|(p, _, _)| !p.starts_with("AWS-RES") && !p.starts_with("AWS-CLOUDTRAIL"))
            .collect()
    };
    assert_eq!(
        keep(verdicts(&live, "eu-west-1")),
        keep(verdicts(&offline, "eu-west-1"))
    );
}

#[test]
fn throttling_is_retried_and_changes_nothing() {
    let calm = FakeAws::start(seeded_items(), 2, Faults::default());
    let (_, expected, _) = live_scan(&calm.url, "eu-west-1,us-east-1");
    let throttled = FakeAws::start(
        seeded_items(),
        2,
        Faults {
            throttle_first: 3,
            ..Default::default()
        },
    );
    let (code, report, err) = live_scan(&throttled.url, "eu-west-1,us-east-1");
    assert_eq!(code, Some(0), "{err}");
    assert!(
        throttled
            .throttled
            .load(std::sync::atomic::Ordering::SeqCst)
            >= 3
    );
    assert_eq!(report["findings"], expected["findings"]);
}

#[test]
fn a_failing_region_is_named_and_the_healthy_one_is_kept() {
    let server = FakeAws::start(
        seeded_items(),
        2,
        Faults {
            failing_region: Some("us-east-1".into()),
            ..Default::default()
        },
    );
    let (code, report, err) = live_scan(&server.url, "eu-west-1,us-east-1");
    assert_eq!(code, Some(3), "{err}");
    assert_eq!(report["summary"]["incomplete"], true);
    let errors: Vec<&str> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap())
        .collect();
    assert!(
        !errors.is_empty() && errors.iter().all(|e| e.contains("us-east-1")),
        "{errors:?}"
    );
    let eu = verdicts(&report, "eu-west-1");
    assert!(
        eu.iter().any(|(_, _, s)| s == "fail"),
        "findings of the healthy region are kept"
    );
    assert!(verdicts(&report, "us-east-1").is_empty());
}
