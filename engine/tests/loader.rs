//! The plan loader on real plans: every corpus plan loads, and a few normalize as snapshotted.

mod common;

use common::*;
use comply::load::json::Document;
use comply::model::{Inventory, Kind, Resource};
use std::path::Path;

/// Loads a file with a stable display name, as the CLI would for `name`.
fn load(path: &Path, name: &str) -> Inventory {
    let bytes = std::fs::read(path).unwrap();
    let text = comply::load::text::decode(path, &bytes).unwrap();
    let doc = Document::new(name, &text);
    comply::load::load_document(&doc)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .0
}

fn find<'a>(inv: &'a Inventory, id: &str) -> &'a Resource {
    inv.resources
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no resource `{id}`"))
}

#[test]
fn every_corpus_plan_loads() {
    let dir = corpus_dir().join("plans");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let (inv, _) = comply::load::load_file(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            // Every resource has a place in the file and a kind.
            for r in &inv.resources {
                assert!(r.source.line >= 1, "{}", r.id);
            }
            n += 1;
        }
    }
    assert!(n >= 40, "expected the whole corpus, loaded {n}");
}

#[test]
fn corpus_inventories_snapshot() {
    for name in [
        "fugue-regula__vpc-sg-modules-tf1.0.json",
        "snyk-policy-engine__s3-sse-configuration-kms.json",
        "infracost-infracost__rds-ec2-modules-tf0.12.json",
        "fugue-regula__iam-user-attached-policy.json",
        "bridgecrewio-checkov__iam-role-policy-s3-reencoded-from-utf16.json",
    ] {
        let inv = load(&corpus_dir().join("plans").join(name), name);
        insta::assert_json_snapshot!(name, inv);
    }
}

#[test]
fn fixture_inventories_snapshot() {
    for name in ["regions", "lifecycle"] {
        let path = root().join(format!("fixtures/plans/{name}/plan.json"));
        let inv = load(&path, &format!("fixtures/plans/{name}/plan.json"));
        insta::assert_json_snapshot!(format!("fixture-{name}"), inv);
    }
}

#[test]
fn regions_resolve_through_aliases_variables_and_modules() {
    let inv = load(&root().join("fixtures/plans/regions/plan.json"), "regions");
    let cases = [
        ("aws_s3_bucket.default_provider", "eu-west-1"),
        ("aws_s3_bucket.alias_us", "us-east-1"),
        ("aws_s3_bucket.alias_from_variable_default", "eu-central-1"),
        ("aws_s3_bucket.alias_from_tfvars", "ap-southeast-2"),
        ("aws_s3_bucket.for_each_dr[\"alpha\"]", "eu-central-1"),
        ("aws_s3_bucket.count_us[1]", "us-east-1"),
        (
            "module.inherit.module.archive.aws_s3_bucket.archive",
            "eu-west-1",
        ),
        ("module.passed_us.aws_s3_bucket.store", "us-east-1"),
        (
            "module.passed_us.module.archive.aws_s3_bucket.archive",
            "us-east-1",
        ),
        (
            "module.own_provider.aws_s3_bucket.own_provider",
            "sa-east-1",
        ),
    ];
    for (id, region) in cases {
        assert_eq!(find(&inv, id).region.as_deref(), Some(region), "{id}");
    }
}

#[test]
fn provider_v6_region_argument_wins() {
    // Provider v6 adds a per-resource `region` argument; terraform here has provider 5.100, so
    // this plan is written by hand in v6's shape.
    let text = r#"{"format_version": "1.2",
      "configuration": {"provider_config": {"aws": {"name": "aws", "expressions": {"region": {"constant_value": "eu-west-1"}}}},
        "root_module": {"resources": [{"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "provider_config_key": "aws",
          "expressions": {"region": {"constant_value": "eu-north-1"}}}]}},
      "resource_changes": [{"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b",
        "change": {"actions": ["create"], "after": {"bucket": "b", "region": "eu-north-1"}, "after_unknown": {}}}]}"#;
    let doc = Document::new("v6.json", text);
    let (inv, _) = comply::load::load_document(&doc).unwrap();
    assert_eq!(inv.resources[0].region.as_deref(), Some("eu-north-1"));
}

#[test]
fn unknown_region_is_null_not_a_guess() {
    let text = r#"{"format_version": "1.2",
      "configuration": {"provider_config": {"aws": {"name": "aws", "expressions": {}}}, "root_module": {"resources": []}},
      "resource_changes": [{"address": "aws_ebs_volume.v", "mode": "managed", "type": "aws_ebs_volume", "name": "v",
        "change": {"actions": ["create"], "after": {"encrypted": true, "availability_zone": "x"}, "after_unknown": {}}}]}"#;
    let doc = Document::new("r.json", text);
    let (inv, _) = comply::load::load_document(&doc).unwrap();
    assert_eq!(inv.resources[0].region, None);
    assert!(inv.resources[0].unknown.contains(&"region".to_string()));
}

#[test]
fn deleted_resources_are_not_judged_and_replacements_are() {
    let inv = load(
        &root().join("fixtures/plans/lifecycle/plan.json"),
        "lifecycle",
    );
    assert_eq!(
        inv.deleted,
        vec!["aws_db_instance.deleted_unencrypted".to_string()]
    );
    assert!(inv.resources.iter().all(|r| r.kind != Kind::RdsDbInstance));
    assert_eq!(
        find(&inv, "aws_ebs_volume.replaced")
            .source
            .action
            .as_deref(),
        Some("replace")
    );
    assert_eq!(
        find(&inv, "aws_ebs_volume.replaced_cbd")
            .source
            .action
            .as_deref(),
        Some("replace")
    );
    assert_eq!(
        find(&inv, "aws_s3_bucket.unchanged")
            .source
            .action
            .as_deref(),
        Some("no-op")
    );
    assert_eq!(
        find(&inv, "aws_kms_key.updated").source.action.as_deref(),
        Some("update")
    );
}

#[test]
fn a_key_created_in_the_same_plan_is_a_known_key() {
    let inv = load(&root().join(THEMES), THEMES);
    let v = find(&inv, "aws_ebs_volume.pass_encrypted[\"data\"]");
    let json = serde_json::to_value(v).unwrap();
    assert_eq!(json["attributes"]["encryption"]["at_rest"], true);
    assert_eq!(
        json["attributes"]["encryption"]["kms_key"],
        "aws_kms_key.pass_data"
    );
    assert!(v.unknown.is_empty(), "{:?}", v.unknown);
}

#[test]
fn satellites_fold_into_the_resource_a_user_fixes() {
    let inv = load(&root().join(THEMES), THEMES);
    // No satellite becomes a resource of its own.
    assert!(inv
        .resources
        .iter()
        .all(|r| !r.source.native_type.starts_with("aws_s3_bucket_")));
    assert!(inv
        .resources
        .iter()
        .all(|r| r.source.native_type != "aws_security_group_rule"));
    let bucket = serde_json::to_value(find(&inv, "aws_s3_bucket.pass_customer_data")).unwrap();
    let a = &bucket["attributes"];
    assert_eq!(a["encryption"]["algorithm"], "aws:kms");
    assert_eq!(a["public_access_block"]["configured"], true);
    assert_eq!(a["versioning"]["enabled"], true);
    assert_eq!(a["logging"]["enabled"], true);
    assert!(a["policy"]["Statement"].is_array());
    // All three security group rule styles.
    for (id, port) in [
        ("aws_security_group.fail_ssh_inline", 22),
        ("aws_security_group.fail_rdp_rule", 3389),
        ("aws_security_group.fail_db_world", 5432),
    ] {
        let sg = serde_json::to_value(find(&inv, id)).unwrap();
        let ingress = sg["attributes"]["ingress"].as_array().unwrap();
        assert!(
            ingress.iter().any(|r| r["from_port"] == port),
            "{id}: {ingress:?}"
        );
    }
    // Group membership carries the group's policies to the user.
    let user = serde_json::to_value(find(&inv, "aws_iam_user.pass_console")).unwrap();
    assert_eq!(user["attributes"]["console_access"], true);
    assert!(!user["attributes"]["group_policies"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn utf16_corpus_plan_loads_in_its_original_encoding() {
    // The corpus copy was re-encoded to UTF-8; Windows shells write UTF-16LE with BOM and CRLF.
    let path = corpus_dir()
        .join("plans/bridgecrewio-checkov__iam-role-policy-s3-reencoded-from-utf16.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.replace('\n', "\r\n").encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let decoded = comply::load::text::decode(&path, &bytes).unwrap();
    let a = comply::load::load_document(&Document::new("a", &text))
        .unwrap()
        .0;
    let b = comply::load::load_document(&Document::new("a", &decoded))
        .unwrap()
        .0;
    assert_eq!(
        serde_json::to_string(&a).unwrap(),
        serde_json::to_string(&b).unwrap()
    );
}

#[test]
fn trails_read_logging_and_event_selectors() {
    // Real plans of the CloudTrail policies' fixtures: (address, management_events,
    // s3_data_events, unknown).
    let path = "policies/aws/cloudtrail/trail_management_events_incomplete/plan.json";
    let inv = load(&root().join(path), path);
    let null = serde_json::Value::Null;
    let cases = [
        (
            "pass_default_selectors",
            "All".into(),
            false.into(),
            &[][..],
        ),
        // The bucket ARN in `values` is known after apply, and with it the whole list.
        (
            "pass_all_with_s3_data",
            "All".into(),
            null.clone(),
            &["attributes.s3_data_events"][..],
        ),
        (
            "pass_read_and_write_selectors",
            "All".into(),
            false.into(),
            &[],
        ),
        // An unknown `resources.ARN` prefix does not hide the S3 data events.
        ("pass_advanced_management", "All".into(), true.into(), &[]),
        ("pass_data_only", "None".into(), true.into(), &[]),
        ("fail_write_only", "WriteOnly".into(), false.into(), &[]),
        (
            "fail_advanced_read_only",
            "ReadOnly".into(),
            false.into(),
            &[],
        ),
        (
            "unknown_read_write_type",
            null.clone(),
            false.into(),
            &["attributes.management_events"],
        ),
    ];
    for (name, management, s3, unknown) in cases {
        let r = find(&inv, &format!("aws_cloudtrail.{name}"));
        let v = serde_json::to_value(r).unwrap();
        assert_eq!(v["attributes"]["management_events"], management, "{name}");
        assert_eq!(v["attributes"]["s3_data_events"], s3, "{name}");
        assert_eq!(r.unknown, unknown, "{name}");
    }

    // Blocks made by `dynamic` over a value known only after apply: nothing is known.
    let text = r#"{"format_version": "1.2",
      "resource_changes": [{"address": "aws_cloudtrail.t", "mode": "managed", "type": "aws_cloudtrail", "name": "t",
        "change": {"actions": ["create"], "after": {"name": "t", "advanced_event_selector": []},
          "after_unknown": {"event_selector": true, "advanced_event_selector": []}}}]}"#;
    let (inv, _) = comply::load::load_document(&Document::new("t.json", text)).unwrap();
    let r = find(&inv, "aws_cloudtrail.t");
    let v = serde_json::to_value(r).unwrap();
    assert!(v["attributes"]["management_events"].is_null());
    assert!(v["attributes"]["s3_data_events"].is_null());
    for path in ["attributes.management_events", "attributes.s3_data_events"] {
        assert!(r.unknown.contains(&path.to_string()), "{:?}", r.unknown);
    }

    let path = "policies/aws/cloudtrail/trail_not_logging/plan.json";
    let inv = load(&root().join(path), path);
    for (name, logging) in [
        ("fail_stopped", Some(false)),
        ("pass_logging_default", Some(true)),
        ("pass_logging", Some(true)),
        ("unknown_logging", None),
    ] {
        let r = find(&inv, &format!("aws_cloudtrail.{name}"));
        let v = serde_json::to_value(r).unwrap();
        assert_eq!(v["attributes"]["is_logging"].as_bool(), logging, "{name}");
        assert_eq!(
            r.unknown.contains(&"attributes.is_logging".to_string()),
            logging.is_none(),
            "{name}"
        );
    }
}

#[test]
fn schemas_in_policies_match_the_model() {
    let dir = root().join("policies/schema");
    let update = std::env::var_os("COMPLY_UPDATE_SCHEMA").is_some();
    if update {
        std::fs::create_dir_all(&dir).unwrap();
    }
    for (name, text) in comply::model::schema::all() {
        let path = dir.join(&name);
        if update {
            std::fs::write(&path, &text).unwrap();
        } else {
            let committed = std::fs::read_to_string(&path).unwrap_or_else(|_| {
                panic!(
                    "{} is missing (COMPLY_UPDATE_SCHEMA=1 cargo test writes it)",
                    path.display()
                )
            });
            assert_eq!(
                committed,
                text,
                "{} is stale (COMPLY_UPDATE_SCHEMA=1 cargo test rewrites it)",
                path.display()
            );
        }
    }
}

#[test]
fn a_new_bucket_gets_the_default_public_access_block_and_an_existing_one_is_unknown() {
    let created = load(
        &root().join("policies/aws/s3/bucket_public_access_not_blocked/plan.json"),
        "s3-002",
    );
    let new = find(&created, "aws_s3_bucket.pass_new_bucket_default_block");
    let block = &serde_json::to_value(new).unwrap()["attributes"]["public_access_block"];
    assert_eq!(block["aws_default"], true);
    assert_eq!(block["configured"], false);
    assert_eq!(block["block_public_policy"], true);
    assert!(new.unknown.is_empty(), "{:?}", new.unknown);
    // A block resource replaces the default and settles the question.
    let partial = find(&created, "aws_s3_bucket.fail_partial_block");
    let block = &serde_json::to_value(partial).unwrap()["attributes"]["public_access_block"];
    assert_eq!(block["aws_default"], false);
    assert_eq!(block["block_public_policy"], false);

    let lifecycle = load(
        &root().join("fixtures/plans/lifecycle/plan.json"),
        "lifecycle",
    );
    let existing = find(&lifecycle, "aws_s3_bucket.unchanged");
    assert!(
        existing
            .unknown
            .contains(&"attributes.public_access_block".to_string()),
        "{:?}",
        existing.unknown
    );
}

#[test]
fn settings_other_resources_make_on_an_existing_resource_are_unknown() {
    let path = "fixtures/plans/existing/plan.json";
    let inv = load(&root().join(path), path);
    let efs = find(&inv, "aws_efs_file_system.existing");
    assert_eq!(
        efs.unknown,
        vec!["attributes.automatic_backups".to_string()]
    );
    let ecr = find(&inv, "aws_ecr_repository.existing");
    assert_eq!(
        ecr.unknown,
        vec![
            "attributes.lifecycle_policy".to_string(),
            "attributes.policy".to_string()
        ]
    );
    // Unknown is reported as such, never as a pass.
    let report = scan_json(&[path], &[]);
    let status = |resource: &str, policy: &str| {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["resource"] == resource && f["policy_id"] == policy)
            .map(|f| f["status"].as_str().unwrap().to_string())
    };
    assert_eq!(
        status("aws_efs_file_system.existing", "AWS-EFS-002").as_deref(),
        Some("unknown")
    );
    assert_eq!(
        status("aws_ecr_repository.existing", "AWS-ECR-001").as_deref(),
        Some("unknown")
    );
    // What the repository's own state shows is known.
    assert_eq!(
        status("aws_ecr_repository.existing", "AWS-ECR-003").as_deref(),
        Some("fail")
    );
}
