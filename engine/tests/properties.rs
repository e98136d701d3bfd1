//! Properties of whole scans, over generated inputs (proptest):
//! - shuffling the resources of a plan never changes the findings;
//! - one thread and N threads give byte-identical reports;
//! - a plan and the AWS Config snapshot of the same generated security groups get the same
//!   verdicts.
//!
//! Arbitrary JSON never panicking a loader is `tests/hostile/json.rs`.

mod common;

use common::{root, SETTINGS, THEMES};
use comply::scan::{scan, ScanOptions};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn scratch(name: &str) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "comply-props-{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn options(inputs: &[&Path]) -> ScanOptions {
    ScanOptions {
        inputs: inputs.iter().map(|p| p.to_path_buf()).collect(),
        config: Some(root().join(SETTINGS)),
        fail_on: None,
        ..Default::default()
    }
}

/// The report as JSON bytes, with the one field that is the clock's cleared.
fn report_bytes(inputs: &[&Path]) -> Vec<u8> {
    let mut report = scan(&options(inputs)).expect("the scan runs");
    report.scope.scanned_at = None;
    comply::reports::render(&report, comply::reports::Format::Json, Default::default())
}

/// Findings without where they are in the input (the shuffled copy moves every resource, and
/// lies apart from the original's `.tf` sources).
fn findings(inputs: &[&Path]) -> Vec<Value> {
    let report = scan(&options(inputs)).expect("the scan runs");
    report
        .findings
        .iter()
        .map(|f| {
            let mut v = serde_json::to_value(f).unwrap();
            let o = v.as_object_mut().unwrap();
            o.remove("location");
            o.remove("source");
            v
        })
        .collect()
}

fn themes() -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join(THEMES)).unwrap()).unwrap()
}

/// Reorders `items` by the permutation `keys` (sorting by key, stable).
fn permute(items: &mut [Value], keys: &[u32]) {
    let mut keyed: Vec<(u32, Value)> = items
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, v)| (keys.get(i).copied().unwrap_or(0), v))
        .collect();
    keyed.sort_by_key(|(k, _)| *k);
    for (slot, (_, v)) in items.iter_mut().zip(keyed) {
        *slot = v;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn shuffling_a_plans_resources_changes_no_finding(
        keys in prop::collection::vec(any::<u32>(), 130),
        module_keys in prop::collection::vec(any::<u32>(), 130),
    ) {
        let dir = scratch("shuffle");
        let mut plan = themes();
        permute(plan["resource_changes"].as_array_mut().unwrap(), &keys);
        if let Some(rs) = plan["planned_values"]["root_module"]["resources"].as_array_mut() {
            permute(rs, &module_keys);
        }
        if let Some(rs) = plan["configuration"]["root_module"]["resources"].as_array_mut() {
            permute(rs, &keys);
        }
        let shuffled = dir.join("plan.json");
        std::fs::write(&shuffled, plan.to_string()).unwrap();
        let want = findings(&[&root().join(THEMES)]);
        prop_assert!(!want.is_empty());
        let got = findings(&[&shuffled]);
        prop_assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            prop_assert_eq!(g, w);
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn any_thread_count_gives_the_same_bytes(threads in 1usize..6) {
        let inputs = [
            root().join(THEMES),
            root().join("fixtures/config/parity/snapshot.json"),
        ];
        let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        let many = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        let a = one.install(|| report_bytes(&inputs));
        let b = many.install(|| report_bytes(&inputs));
        prop_assert!(a.len() > 1000);
        prop_assert!(a == b, "{} threads differ from one", threads);
    }
}

/// One generated ingress rule: protocol, port range, source.
#[derive(Debug, Clone)]
struct Rule {
    protocol: &'static str,
    from: i64,
    to: i64,
    cidr: &'static str,
}

fn rule() -> impl Strategy<Value = Rule> {
    (
        prop_oneof![Just("tcp"), Just("udp"), Just("-1")],
        prop_oneof![
            Just((22, 22)),
            Just((3389, 3389)),
            Just((443, 443)),
            Just((80, 80)),
            Just((5432, 5432)),
            Just((0, 65535)),
            Just((20, 30)),
            Just((1024, 2048)),
        ],
        prop_oneof![
            Just("0.0.0.0/0"),
            Just("10.0.0.0/8"),
            Just("203.0.113.7/32"),
            Just("::/0"),
            Just("2001:db8::/32"),
        ],
    )
        .prop_map(|(protocol, (from, to), cidr)| {
            // Protocol -1 means every port; Terraform and AWS both write 0/0 for it... and AWS
            // Config omits the ports.
            let (from, to) = if protocol == "-1" { (0, 0) } else { (from, to) };
            Rule {
                protocol,
                from,
                to,
                cidr,
            }
        })
}

const VPC: &str = "vpc-0a1b2c3d4e5f67890";

/// A plan creating the groups, as `terraform show -json` writes one.
fn plan_of(groups: &[Vec<Rule>]) -> Value {
    let changes: Vec<Value> = groups
        .iter()
        .enumerate()
        .map(|(i, rules)| {
            let ingress: Vec<Value> = rules
                .iter()
                .map(|r| {
                    let v6 = r.cidr.contains(':');
                    json!({
                        "cidr_blocks": if v6 { json!([]) } else { json!([r.cidr]) },
                        "ipv6_cidr_blocks": if v6 { json!([r.cidr]) } else { json!([]) },
                        "description": "", "from_port": r.from, "to_port": r.to,
                        "protocol": r.protocol, "prefix_list_ids": [], "security_groups": [],
                        "self": false,
                    })
                })
                .collect();
            let name = format!("gen-sg-{i}");
            json!({
                "address": format!("aws_security_group.g{i}"), "mode": "managed",
                "type": "aws_security_group", "name": format!("g{i}"),
                "provider_name": "registry.terraform.io/hashicorp/aws",
                "change": {
                    "actions": ["create"], "before": null,
                    "after": {
                        "description": "generated", "name": name, "ingress": ingress,
                        "egress": [], "revoke_rules_on_delete": false,
                        "tags": {"Name": name}, "tags_all": {"Name": name},
                        "timeouts": null, "vpc_id": VPC,
                    },
                    "after_unknown": {"arn": true, "id": true, "owner_id": true},
                    "before_sensitive": false, "after_sensitive": {},
                }
            })
        })
        .collect();
    json!({
        "format_version": "1.2", "terraform_version": "1.11.0",
        "resource_changes": changes,
        "configuration": {"provider_config": {"aws": {"name": "aws", "expressions": {"region": {"constant_value": "eu-west-1"}}}}},
    })
}

/// The AWS Config snapshot of the same groups after apply.
fn snapshot_of(groups: &[Vec<Rule>]) -> Value {
    let items: Vec<Value> = groups
        .iter()
        .enumerate()
        .map(|(i, rules)| {
            let perms: Vec<Value> = rules
                .iter()
                .map(|r| {
                    let v6 = r.cidr.contains(':');
                    let mut p = json!({
                        "ipProtocol": r.protocol, "prefixListIds": [], "userIdGroupPairs": [],
                        "ipv4Ranges": if v6 { json!([]) } else { json!([{"cidrIp": r.cidr}]) },
                        "ipRanges": if v6 { json!([]) } else { json!([r.cidr]) },
                        "ipv6Ranges": if v6 { json!([{"cidrIpv6": r.cidr}]) } else { json!([]) },
                    });
                    if r.protocol != "-1" {
                        p["fromPort"] = json!(r.from);
                        p["toPort"] = json!(r.to);
                    }
                    p
                })
                .collect();
            let name = format!("gen-sg-{i}");
            let id = format!("sg-0{i:016x}");
            json!({
                "relatedEvents": [], "supplementaryConfiguration": {},
                "relationships": [{"resourceId": VPC, "resourceType": "AWS::EC2::VPC", "name": "Is contained in Vpc"}],
                "configuration": {
                    "description": "generated", "groupName": name, "groupId": id,
                    "ownerId": "123456789012", "ipPermissions": perms,
                    "ipPermissionsEgress": [], "tags": [{"key": "Name", "value": name}],
                    "vpcId": VPC,
                },
                "tags": {"Name": name}, "configurationItemVersion": "1.3",
                "configurationItemCaptureTime": "2026-11-02T09:15:12.640Z",
                "configurationStateId": 1, "awsAccountId": "123456789012",
                "configurationItemStatus": "ResourceDiscovered",
                "resourceType": "AWS::EC2::SecurityGroup", "resourceId": id, "resourceName": name,
                "ARN": format!("arn:aws:ec2:eu-west-1:123456789012:security-group/{id}"),
                "awsRegion": "eu-west-1", "availabilityZone": "Not Applicable",
            })
        })
        .collect();
    json!({"fileVersion": "1.0", "configSnapshotId": "generated", "configurationItems": items})
}

/// (policy, `Name` tag) -> status, for the security groups of one input.
fn group_verdicts(input: &Path) -> BTreeMap<(String, String), String> {
    let (inventory, _) = comply::load::load_file(input).unwrap();
    let names: BTreeMap<String, String> = inventory
        .resources
        .iter()
        .filter_map(|r| Some((r.id.clone(), r.tags.get("Name")?.clone())))
        .collect();
    let report = scan(&options(&[input])).unwrap();
    report
        .findings
        .iter()
        .filter(|f| f.kind == "AWS::EC2::SecurityGroup")
        .map(|f| {
            let name = names
                .get(&f.resource)
                .cloned()
                .unwrap_or_else(|| f.resource.clone());
            ((f.policy_id.clone(), name), f.status.as_str().to_string())
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn a_plan_and_its_config_snapshot_get_the_same_verdicts(
        groups in prop::collection::vec(prop::collection::vec(rule(), 0..4), 1..4),
    ) {
        let dir = scratch("parity");
        let plan = dir.join("plan.json");
        let snapshot = dir.join("snapshot.json");
        std::fs::write(&plan, plan_of(&groups).to_string()).unwrap();
        std::fs::write(&snapshot, snapshot_of(&groups).to_string()).unwrap();
        let from_plan = group_verdicts(&plan);
        let from_config = group_verdicts(&snapshot);
        prop_assert!(!from_plan.is_empty());
        prop_assert_eq!(from_plan, from_config, "groups: {:?}", groups);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
