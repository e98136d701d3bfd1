//! `comply policies`, `comply controls` and `comply explain`: what the library covers, as an
//! assessor reads it.

mod common;

use common::*;

fn json_of(args: &[&str]) -> serde_json::Value {
    let out = comply(args);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("JSON output")
}

#[test]
fn policies_list_as_json_with_their_mappings() {
    let list = json_of(&["policies", "--format", "json"]);
    let list = list.as_array().unwrap();
    let bundle = comply::policy::Bundle::load(&[]).unwrap();
    assert_eq!(list.len(), bundle.policies.len());
    for p in list {
        assert!(p["id"].as_str().unwrap().starts_with("AWS-"), "{p}");
        assert!(!p["kinds"].as_array().unwrap().is_empty(), "{p}");
        assert!(p["controls"]["pci-dss-4.0"].is_array(), "{p}");
    }
}

#[test]
fn controls_count_each_framework_and_name_the_policies_behind_each_control() {
    let out = comply(&["controls"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let text = stdout(&out);
    for name in ["PCI DSS", "GDPR", "SOC 2", "ISO/IEC 27001"] {
        assert!(text.contains(name), "{name} missing:\n{text}");
    }
    assert_eq!(
        text.lines().filter(|l| l.contains(" automated (")).count(),
        4,
        "{text}"
    );
    let all = json_of(&["controls", "--format", "json"]);
    let bundle = comply::policy::Bundle::load(&[]).unwrap();
    for f in all.as_array().unwrap() {
        let fw = f["framework"].as_str().unwrap();
        let controls = f["controls"].as_array().unwrap();
        let total = ["automated", "partial", "manual"]
            .iter()
            .map(|k| f[k].as_u64().unwrap())
            .sum::<u64>();
        assert_eq!(total as usize, controls.len(), "{fw}");
        // Each listed policy does map to the control, and each mapping is listed.
        for p in &bundle.policies {
            for id in p.controls.get(fw).unwrap() {
                let c = controls.iter().find(|c| c["id"] == id.as_str()).unwrap();
                assert!(
                    c["policies"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|x| x == p.id.as_str()),
                    "{fw} {id} does not list {}",
                    p.id
                );
            }
        }
    }
    let one = json_of(&["controls", "soc2", "--format", "json"]);
    assert_eq!(one.as_array().unwrap().len(), 1);
    let bad = comply(&["controls", "pci-dss-3.2"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("no framework `pci-dss-3.2`"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn every_policy_explains_itself_with_a_failing_and_a_passing_example() {
    let bundle = comply::policy::Bundle::load(&[]).unwrap();
    for p in &bundle.policies {
        let out = comply(&["explain", &p.id.to_lowercase()]);
        assert_eq!(out.status.code(), Some(0), "{}: {}", p.id, stderr(&out));
        let text = stdout(&out);
        assert!(text.starts_with(&p.id), "{text}");
        assert!(text.contains("remediation:"), "{}: no remediation", p.id);
        for label in ["failing example (", "passing example ("] {
            assert!(text.contains(label), "{}: no {label}…)\n{text}", p.id);
        }
        assert!(text.contains("resource \""), "{}: no Terraform block", p.id);
    }
    let missing = comply(&["explain", "AWS-NOPE-001"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn kinds_list_every_registered_kind_with_its_types_and_policies() {
    let kinds = json_of(&["kinds", "--format", "json"]);
    let kinds = kinds.as_array().unwrap();
    assert_eq!(kinds.len(), comply::model::Kind::ALL.len());
    let bucket = kinds
        .iter()
        .find(|k| k["kind"] == "AWS::S3::Bucket")
        .unwrap();
    assert!(bucket["terraform_types"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t == "aws_s3_bucket"));
    assert!(bucket["terraform_satellites"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t == "aws_s3_bucket_versioning"));
    assert!(bucket["policies"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p == "AWS-S3-002"));
    let account = kinds
        .iter()
        .find(|k| k["kind"] == "AWS::::Account")
        .unwrap();
    assert_eq!(account["scope"], "summary");
    assert_eq!(account["config_recorded"], false);
}
