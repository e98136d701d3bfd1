//! One regression test for each defect a review of the loaders found (issue 7). Defects 5, 6,
//! 7 and 10 are about what policies judge: their Rego tests (`*_test.rego`) and fixture plans
//! hold them, and `comply_test_runs_the_builtin_policy_tests_green` runs those; the tests here
//! check the model side of them.

mod common;

use common::*;
use comply::load::json::Document;
use comply::model::{Attributes, Inventory, Resource};

fn load(rel: &str) -> Inventory {
    let bytes = std::fs::read(root().join(rel)).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    comply::load::load_document(&Document::new(rel, &text))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
        .0
}

fn find<'a>(inv: &'a Inventory, id: &str) -> &'a Resource {
    inv.resources
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no `{id}`"))
}

fn unknown(r: &Resource, path: &str) -> bool {
    r.unknown.iter().any(|p| p == path)
}

/// Defect 1: A satellite whose parent is not in the plan is judged on a partial parent, never dropped.
#[test]
fn defect_1_satellites_of_resources_outside_the_plan_are_judged() {
    let inv = load("fixtures/pull-requests/change.plan.json");
    let app = find(&inv, "app");
    assert!(app.partial);
    let Attributes::IamRole(role) = &app.attributes else {
        panic!("{app:?}")
    };
    let names: Vec<_> = role
        .policies
        .iter()
        .filter_map(|p| p.name.as_deref())
        .collect();
    assert!(names.contains(&"AdministratorAccess"), "{names:?}");
    // The corpus has one too: a role policy on a role the plan does not hold.
    let inv = load(
        "fixtures/corpus/plans/bridgecrewio-checkov__iam-role-policy-s3-reencoded-from-utf16.json",
    );
    assert!(find(&inv, "some_role_id").partial);
}

/// Defect 2: A plan that deletes a satellite judges the parent without it.
#[test]
fn defect_2_deleted_satellites_leave_their_parent() {
    let inv = load("fixtures/pull-requests/removal.plan.json");
    let data = find(&inv, "aws_s3_bucket.data");
    let Attributes::S3Bucket(b) = &data.attributes else {
        panic!()
    };
    assert_eq!(b.versioning.enabled, Some(false), "versioning is suspended");
    assert_eq!(b.public_access_block.configured, Some(false));
    assert_eq!(b.public_access_block.block_public_policy, Some(false));
    assert!(b.policy.is_none(), "{:?}", b.policy);
    assert!(b.encryption.aws_default, "S3's default SSE-S3 applies");
    assert_eq!(b.encryption.algorithm.as_deref(), Some("AES256"));
    assert!(inv.deleted.len() >= 4, "{:?}", inv.deleted);
}

/// Defect 3: A role's inline or managed policies known only after apply, and security group rule
/// ports known only after apply, are unknown, not empty.
#[test]
fn defect_3_policies_and_ports_known_after_apply_are_unknown() {
    let inv = load("fixtures/plans/defects/plan.json");
    assert!(unknown(
        find(&inv, "aws_iam_role.inline_unknown"),
        "attributes.policies"
    ));
    assert!(unknown(
        find(&inv, "aws_security_group.app"),
        "attributes.ingress"
    ));
}

/// Defect 4: Encryption a database inherits from its source is unknown, not `false`.
#[test]
fn defect_4_inherited_storage_encryption_is_unknown() {
    let inv = load("fixtures/plans/defects/plan.json");
    for id in [
        "aws_rds_cluster.from_snapshot",
        "aws_rds_cluster.global_secondary",
        "aws_db_instance.replica",
    ] {
        let r = find(&inv, id);
        assert!(
            unknown(r, "attributes.encryption.at_rest"),
            "{id}: {:?}",
            r.unknown
        );
    }
    let plain = find(&inv, "aws_rds_cluster.plain");
    let Attributes::RdsDbCluster(c) = &plain.attributes else {
        panic!()
    };
    assert_eq!(c.encryption.at_rest, Some(false));
}

/// Defect 5: `transit_encryption_mode = "preferred"` is modeled (AWS-ELASTICACHE-002 fails it).
#[test]
fn defect_5_transit_encryption_mode_is_modeled() {
    let inv = load("policies/aws/elasticache/replication_group_transit_unencrypted/plan.json");
    let r = find(
        &inv,
        "aws_elasticache_replication_group.fail_preferred_mode",
    );
    let Attributes::ElastiCacheReplicationGroup(g) = &r.attributes else {
        panic!()
    };
    assert_eq!(g.transit_encryption_mode.as_deref(), Some("preferred"));
    let r = find(
        &inv,
        "aws_elasticache_replication_group.pass_tls_auth_token",
    );
    let Attributes::ElastiCacheReplicationGroup(g) = &r.attributes else {
        panic!()
    };
    assert_eq!(g.transit_encryption_mode.as_deref(), Some("required"));
}

/// Defect 6: Keys that cannot rotate say so: origin and state are modeled.
#[test]
fn defect_6_key_origin_and_state_are_modeled() {
    let inv = load("policies/aws/kms/key_rotation_disabled/plan.json");
    let origin = |id: &str| match &find(&inv, id).attributes {
        Attributes::KmsKey(k) => (k.origin.clone(), k.key_state.clone()),
        _ => panic!(),
    };
    assert_eq!(
        origin("aws_kms_external_key.pass_imported_material")
            .0
            .as_deref(),
        Some("EXTERNAL")
    );
    assert_eq!(
        origin("aws_kms_key.pass_custom_key_store").0.as_deref(),
        Some("AWS_CLOUDHSM")
    );
    assert_eq!(
        origin("aws_kms_key.pass_disabled").1.as_deref(),
        Some("Disabled")
    );
    assert_eq!(
        origin("aws_kms_key.fail_rotation_disabled"),
        (Some("AWS_KMS".into()), Some("Enabled".into()))
    );
}

/// Defect 8: No input string is sliced by byte index: a capture time with a non-ASCII offset is an
/// input that is not a time, never a panic.
#[test]
fn defect_8_non_ascii_capture_times_do_not_panic() {
    for time in [
        "2017-08-11T10:48:56.507+0é:00",
        "2017-08-11T10:48:56.507−04:00",
        "é",
    ] {
        let text = format!(
            r#"{{"configurationItems": [{{"resourceType": "AWS::EC2::Volume", "resourceId": "vol-1", "awsRegion": "eu-west-1", "configurationItemCaptureTime": "{time}", "configuration": {{"volumeId": "vol-1", "encrypted": true, "size": 1, "volumeType": "gp3"}}}}], "fileVersion": "1.0"}}"#
        );
        // Loaded or refused with a message; what matters is that it returns.
        let _ = comply::load::load_document(&Document::new("t.json", &text));
    }
}

/// Defect 9: A SelectResourceConfig result that selected only `configuration` is typed when the
/// configuration says for certain what it is.
#[test]
fn defect_9_select_results_without_a_type_are_inferred_when_certain() {
    let conf = r#"{\"configuration\": {\"groupId\": \"sg-0abc\", \"groupName\": \"web\", \"vpcId\": \"vpc-1\", \"ipPermissions\": [{\"ipProtocol\": \"tcp\", \"fromPort\": 22, \"toPort\": 22, \"ipv4Ranges\": [{\"cidrIp\": \"0.0.0.0/0\"}]}], \"ipPermissionsEgress\": []}}"#;
    let text = format!(r#"{{"Results": ["{conf}"], "QueryInfo": {{}}}}"#);
    let (inv, _) = comply::load::load_document(&Document::new("select.json", &text)).unwrap();
    let sg = &inv.resources[0];
    assert_eq!(sg.kind.as_str(), "AWS::EC2::SecurityGroup");
    assert_eq!(sg.name.as_deref(), Some("sg-0abc"));
    // A group id alone (no rules beside it) is not certain: refused, never guessed.
    let text =
        r#"{"Results": ["{\"configuration\": {\"groupId\": \"sg-0abc\"}}"], "QueryInfo": {}}"#;
    let err = comply::load::load_document(&Document::new("select.json", text)).unwrap_err();
    assert!(err.to_string().contains("no `resourceType`"), "{err}");
}

/// Defect 10: SSE-S3 is encryption at rest: no encryption-at-rest finding fails an AES-256 bucket.
#[test]
fn defect_10_sse_s3_fails_no_encryption_at_rest_policy() {
    let report = comply::scan::scan(&comply::scan::ScanOptions {
        inputs: vec![root().join("policies/aws/s3/bucket_no_kms_encryption/plan.json")],
        policy_dirs: Vec::new(),
        config: None,
        fail_on: None,
        policy_timeout: comply::eval::DEFAULT_POLICY_TIMEOUT,
        live: None,
        ..Default::default()
    })
    .unwrap();
    let failing: Vec<_> = report
        .findings
        .iter()
        .filter(|f| {
            f.status.as_str() == "fail" && f.themes.iter().any(|t| t == "encryption-at-rest")
        })
        .filter(|f| f.resource.contains("sse_s3") || f.resource.contains("default"))
        .map(|f| (&f.policy_id, &f.resource))
        .collect();
    assert!(failing.is_empty(), "{failing:?}");
}
