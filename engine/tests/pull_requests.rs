//! Pull requests made by real Terraform against real state (`fixtures/pull-requests/`, planned
//! against moto's server by its `regen.sh`): a second workspace that changes the first one's
//! security groups, roles and buckets by data source, literal id and name, and the first
//! workspace planned again with satellites removed. Every violation in them is found, every
//! safe change is clean, and every value known only after apply is unknown.

mod common;

use common::*;
use comply::scan::{scan, ScanOptions};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Expected {
    plan: String,
    address: String,
    expect: String,
    policy: Option<String>,
    /// The existing resource judged, when the plan does not contain it: `sg-…`, `role app`.
    target: Option<String>,
    about: String,
}

fn report(plan: &str) -> comply::reports::Report {
    let dir = root().join("fixtures/pull-requests");
    scan(&ScanOptions {
        inputs: vec![dir.join(plan)],
        policy_dirs: Vec::new(),
        config: Some(dir.join("comply.toml")),
        fail_on: None,
        policy_timeout: comply::eval::DEFAULT_POLICY_TIMEOUT,
        live: None,
        ..Default::default()
    })
    .unwrap()
}

/// A resource's verdict is one per policy, whatever number of changes reach it: it fails if
/// any change makes it fail, else it is unknown if any change is, else it passes. A safe change
/// is never blamed in a failure's message.
#[test]
fn every_violation_is_found_every_safe_change_clean_every_unknown_unknown() {
    let text =
        std::fs::read_to_string(root().join("fixtures/pull-requests/expected.json")).unwrap();
    let expected: Vec<Expected> = serde_json::from_str(&text).unwrap();
    let reports = [
        ("change.plan.json", report("change.plan.json")),
        ("removal.plan.json", report("removal.plan.json")),
    ];
    // (plan, resource, policy) -> the entries that reach it.
    let mut by_verdict: BTreeMap<(&str, String, &str), Vec<&Expected>> = BTreeMap::new();
    for e in &expected {
        let Some(policy) = &e.policy else {
            continue; // No policy judges it (yet): nothing to hold.
        };
        let report = &reports.iter().find(|(p, _)| *p == e.plan).unwrap().1;
        let in_plan = report.findings.iter().any(|f| f.resource == e.address);
        // The plan's own resource, else the existing resource it changes without containing.
        let resource = match (&e.target, in_plan) {
            (Some(t), false) => t
                .split_once(' ')
                .map_or(t.as_str(), |(_, name)| name)
                .to_string(),
            _ => e.address.clone(),
        };
        by_verdict
            .entry((e.plan.as_str(), resource, policy.as_str()))
            .or_default()
            .push(e);
    }
    let mut wrong = Vec::new();
    for ((plan, resource, policy), entries) in &by_verdict {
        let report = &reports.iter().find(|(p, _)| p == plan).unwrap().1;
        let Some(f) = report
            .findings
            .iter()
            .find(|f| &f.policy_id == policy && &f.resource == resource)
        else {
            wrong.push(format!("{plan} {resource} {policy}: no finding"));
            continue;
        };
        let rank = |s: &str| {
            ["pass", "unknown", "fail"]
                .iter()
                .position(|x| *x == s)
                .unwrap()
        };
        let want = entries
            .iter()
            .map(|e| e.expect.as_str())
            .max_by_key(|s| rank(s))
            .unwrap();
        if f.status.as_str() != want {
            let about: Vec<&str> = entries.iter().map(|e| e.about.as_str()).collect();
            wrong.push(format!(
                "{plan} {resource} {policy}: expected {want}, got {} ({}) — {}",
                f.status.as_str(),
                f.message,
                about.join("; ")
            ));
        }
        for e in entries.iter().filter(|e| e.expect != "fail") {
            if f.message.contains(&e.address) {
                wrong.push(format!(
                    "{plan} {resource} {policy}: the {} change `{}` is blamed in `{}`",
                    e.expect, e.address, f.message
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(
        by_verdict.len() >= 25,
        "only {} verdicts checked",
        by_verdict.len()
    );
}

/// A value known only after apply leaves its resource's direction or policies unknown, even
/// where another change already fails it.
#[test]
fn values_known_only_after_apply_are_unknown_on_the_resource() {
    let inv = comply::load::load_file(&root().join("fixtures/pull-requests/change.plan.json"))
        .unwrap()
        .0;
    let etl = inv
        .resources
        .iter()
        .find(|r| r.partial && r.id == "etl")
        .unwrap();
    assert!(
        etl.unknown.contains(&"attributes.policies".to_string()),
        "{:?}",
        etl.unknown
    );
    let shared = inv
        .resources
        .iter()
        .find(|r| match &r.attributes {
            comply::model::Attributes::Ec2SecurityGroup(g) => g.ingress.iter().any(|rule| {
                rule.defined_by.as_deref() == Some("aws_security_group_rule.ssh_from_bastion")
            }),
            _ => false,
        })
        .unwrap();
    assert!(shared.partial);
    assert!(
        shared.unknown.contains(&"attributes.ingress".to_string()),
        "{:?}",
        shared.unknown
    );
}

#[test]
fn changed_resources_outside_the_plan_are_partial_and_counted() {
    let r = report("change.plan.json");
    let inv = comply::load::load_file(&root().join("fixtures/pull-requests/change.plan.json"))
        .unwrap()
        .0;
    let partial: Vec<(&str, &str)> = inv
        .resources
        .iter()
        .filter(|r| r.partial)
        .map(|r| (r.kind.as_str(), r.id.as_str()))
        .collect();
    for (kind, id) in [
        ("AWS::IAM::Role", "app"),
        ("AWS::IAM::Role", "ci"),
        ("AWS::IAM::User", "deployer"),
        ("AWS::S3::Bucket", "comply-fixture-logs"),
    ] {
        assert!(partial.contains(&(kind, id)), "{kind} {id}: {partial:?}");
    }
    assert!(partial
        .iter()
        .any(|(k, id)| *k == "AWS::EC2::SecurityGroup" && id.starts_with("sg-")));
    // Only what the plan sets is known: a role's trust policy is not in this plan.
    let app = inv
        .resources
        .iter()
        .find(|r| r.partial && r.id == "app")
        .unwrap();
    assert!(
        app.unknown
            .contains(&"attributes.assume_role_policy".to_string()),
        "{:?}",
        app.unknown
    );
    assert!(app.unknown.contains(&"tags".to_string()));
    assert_eq!(r.summary.partial, partial.len());
}
