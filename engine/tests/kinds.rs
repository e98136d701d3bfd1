//! Every registered kind has all its pieces: Terraform types that make it, a Config normalizer
//! or a stated reason AWS Config does not record it, and `fixtures/kinds/<Kind>/` with a plan
//! made by real Terraform (`main.tf`, `plan.json`) and the Config items of the same resources
//! after apply (`config.json`). Both normalize as their committed snapshots (`plan.snap`,
//! `config.snap` in the folder), and every policy of the kind judges them alike, but for the
//! differences named below.

mod common;

use common::*;
use comply::eval::{Evaluator, DEFAULT_POLICY_TIMEOUT};
use comply::load::json::Document;
use comply::model::registry::{Config, Row, Scope, ROWS};
use comply::model::{Inventory, Kind, Resource};
use comply::policy::Bundle;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What a plan and the Config items of the same resources may judge differently, and why.
/// Each is a fact about what one source cannot know.
const DIFFERENCES: &[(&str, &str, &str)] = &[
    (
        "AWS::CloudTrail::Trail",
        "AWS-CLOUDTRAIL-004",
        "AWS Config does not record whether a trail is logging (GetTrailStatus does)",
    ),
    (
        "AWS::CloudTrail::Trail",
        "AWS-CLOUDTRAIL-005",
        "AWS Config records only that a trail has custom event selectors, not which",
    ),
    (
        "AWS::CloudTrail::Trail",
        "AWS-CLOUDTRAIL-006",
        "AWS Config does not record whether a trail's selectors cover S3 data events, which would log reads of its bucket",
    ),
    (
        "AWS::IAM::User",
        "AWS-IAM-001",
        "AWS Config does not record login profiles, so console access is unknown",
    ),
    (
        "AWS::EC2::VPC",
        "AWS-VPC-001",
        "AWS Config's VPC item does not list its flow logs, and `AWS::EC2::FlowLog` items are not joined to their VPC yet",
    ),
    (
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "AWS-WAF-001",
        "AWS Config does not record which web ACL protects a load balancer (WAF's `GetWebACLForResource` does)",
    ),
    (
        "AWS::WAFv2::WebACL",
        "AWS-WAF-002",
        "AWS Config does not record a web ACL's logging configuration (`GetLoggingConfiguration` does)",
    ),
    (
        "AWS::ApiGateway::RestApi",
        "AWS-APIGATEWAY-004",
        "AWS Config records neither a REST API's resources nor its methods, so their authorization is unknown",
    ),
    (
        "AWS::Backup::BackupVault",
        "AWS-BACKUP-002",
        "AWS Config's backup vault item records the vault's key and notifications, not its vault lock",
    ),
    (
        "AWS::Backup::BackupVault",
        "AWS-BACKUP-003",
        "AWS Config's backup vault item records the vault's key and notifications, not its access policy",
    ),
];

fn folder(kind: Kind) -> PathBuf {
    root()
        .join("fixtures/kinds")
        .join(kind.as_str().replace("::", "_"))
}

/// The inventory of a fixture file, named by its path in the repository.
fn load(path: &Path) -> Inventory {
    let name = path
        .strip_prefix(root())
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let text = comply::load::text::decode(path, &bytes).unwrap();
    comply::load::load_document(&Document::new(&name, &text))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .0
}

fn of_kind(inv: &Inventory, kind: Kind) -> Vec<&Resource> {
    inv.resources
        .iter()
        .filter(|r| r.kind == kind && !r.partial)
        .collect()
}

/// The kinds a loader makes: not comply's account and region summaries, which `scope.rs`
/// tests.
fn loaded_kinds() -> impl Iterator<Item = &'static Row> {
    ROWS.iter().filter(|r| r.scope != Scope::Summary)
}

#[test]
fn every_registered_kind_has_its_pieces() {
    let mut missing = Vec::new();
    for row in loaded_kinds() {
        let kind = row.kind.as_str();
        if row.terraform.types.is_empty() {
            missing.push(format!(
                "{kind}: no Terraform type makes it (its registry row's Terraform table)"
            ));
        }
        let dir = folder(row.kind);
        for file in ["main.tf", "plan.json"] {
            if !dir.join(file).is_file() {
                missing.push(format!("{kind}: no {}", dir.join(file).display()));
            }
        }
        match row.config {
            Config::Recorded(_) if !dir.join("config.json").is_file() => missing.push(format!(
                "{kind}: AWS Config records it, but there is no {}",
                dir.join("config.json").display()
            )),
            Config::NotRecorded(_) if dir.join("config.json").is_file() => missing.push(format!(
                "{kind}: the registry says AWS Config does not record it, yet {} exists",
                dir.join("config.json").display()
            )),
            _ => {}
        }
    }
    // A folder for a kind nobody registered is a kind half added.
    let known: Vec<String> = Kind::ALL
        .iter()
        .map(|k| k.as_str().replace("::", "_"))
        .collect();
    for entry in std::fs::read_dir(root().join("fixtures/kinds")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !known.contains(&name) {
            missing.push(format!(
                "fixtures/kinds/{name}: no registered kind (hint: add its row to model/registry.rs)"
            ));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_kind_fixture_normalizes_as_its_snapshot() {
    for row in loaded_kinds() {
        let dir = folder(row.kind);
        let mut sources = vec!["plan"];
        if matches!(row.config, Config::Recorded(_)) {
            sources.push("config");
        }
        for source in sources {
            let file = dir.join(format!("{source}.json"));
            if !file.is_file() {
                continue; // `every_registered_kind_has_its_pieces` names it.
            }
            let inv = load(&file);
            let resources = of_kind(&inv, row.kind);
            assert!(
                !resources.is_empty(),
                "{}: no {} resource",
                file.display(),
                row.kind.as_str()
            );
            insta::with_settings!({
                snapshot_path => dir.clone(),
                prepend_module_to_snapshot => false,
                omit_expression => true,
            }, {
                insta::assert_json_snapshot!(source, resources);
            });
        }
    }
}

/// `(policy, status)` for each resource of the kind, keyed by its `Name` tag (or `-` for the
/// only one, when the kind takes no tags).
fn verdicts(
    inv: &Inventory,
    kind: Kind,
    bundle: &Bundle,
) -> BTreeMap<String, BTreeMap<String, String>> {
    let evaluator = Evaluator::new(bundle, &Default::default(), DEFAULT_POLICY_TIMEOUT).unwrap();
    let resources = of_kind(inv, kind);
    let key = |r: &Resource| match r.tags.get("Name") {
        Some(n) => n.clone(),
        None if resources.len() == 1 => "-".to_string(),
        None => panic!(
            "{}: `{}` has no `Name` tag to pair it by",
            kind.as_str(),
            r.id
        ),
    };
    let keys: BTreeMap<&str, String> = resources.iter().map(|r| (r.id.as_str(), key(r))).collect();
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for f in evaluator.evaluate(inv) {
        if let Some(k) = keys.get(f.resource.as_str()) {
            if f.kind == kind.as_str() {
                out.entry(k.clone())
                    .or_default()
                    .insert(f.policy_id.clone(), f.status.as_str().to_string());
            }
        }
    }
    out
}

#[test]
fn every_kind_is_judged_alike_from_its_plan_and_its_config_items() {
    let bundle = Bundle::load(&[]).unwrap();
    let mut differ = Vec::new();
    for row in loaded_kinds() {
        let dir = folder(row.kind);
        let (plan, config) = (dir.join("plan.json"), dir.join("config.json"));
        if !plan.is_file() || !config.is_file() {
            continue;
        }
        let kind = row.kind.as_str();
        let from_plan = verdicts(&load(&plan), row.kind, &bundle);
        let from_config = verdicts(&load(&config), row.kind, &bundle);
        let names: std::collections::BTreeSet<&String> =
            from_plan.keys().chain(from_config.keys()).collect();
        for name in names {
            let (p, c) = (from_plan.get(name), from_config.get(name));
            let (Some(p), Some(c)) = (p, c) else {
                differ.push(format!(
                    "{kind} `{name}`: only in {}",
                    if p.is_some() {
                        "the plan"
                    } else {
                        "config.json"
                    }
                ));
                continue;
            };
            for (policy, status) in p {
                let other = c.get(policy).map(String::as_str).unwrap_or("(not judged)");
                let allowed = DIFFERENCES
                    .iter()
                    .any(|(k, id, _)| *k == kind && id == policy);
                if status != other && !allowed {
                    differ.push(format!(
                        "{kind} `{name}` {policy}: plan {status}, config {other}"
                    ));
                }
            }
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
