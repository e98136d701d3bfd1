//! Account and region guardrails: the Config recorder and its status, the account's S3 public
//! access block, EBS encryption by default and its key, as plans and Config items say them.

use comply::load::json::Document;
use comply::model::{Inventory, Resource};
use serde_json::{json, Value};

/// One planned resource: address, actions, `after`, `after_unknown`, configuration expressions.
struct Change {
    address: &'static str,
    actions: &'static [&'static str],
    after: Value,
    unknown: Value,
    expressions: Value,
}

fn change(address: &'static str, actions: &'static [&'static str], after: Value) -> Change {
    Change {
        address,
        actions,
        after,
        unknown: json!({}),
        expressions: json!({}),
    }
}

/// A plan in one region (`eu-west-1`) with a configuration block.
fn plan(changes: &[Change]) -> Inventory {
    let split = |a: &str| {
        let (t, n) = a.split_once('.').unwrap();
        (t.to_string(), n.to_string())
    };
    let resource_changes: Vec<Value> = changes
        .iter()
        .map(|c| {
            let (t, n) = split(c.address);
            let deleted = c.actions == ["delete"];
            json!({
                "address": c.address, "mode": "managed", "type": t, "name": n,
                "change": {
                    "actions": c.actions,
                    "before": if deleted { c.after.clone() } else { Value::Null },
                    "after": if deleted { Value::Null } else { c.after.clone() },
                    "after_unknown": c.unknown,
                },
            })
        })
        .collect();
    let resources: Vec<Value> = changes
        .iter()
        .map(|c| {
            let (t, n) = split(c.address);
            json!({
                "address": c.address, "mode": "managed", "type": t, "name": n,
                "provider_config_key": "aws", "expressions": c.expressions,
            })
        })
        .collect();
    let doc = json!({
        "format_version": "1.2",
        "resource_changes": resource_changes,
        "configuration": {
            "provider_config": {"aws": {"name": "aws", "expressions": {"region": {"constant_value": "eu-west-1"}}}},
            "root_module": {"resources": resources},
        },
    });
    load(&doc)
}

fn load(doc: &Value) -> Inventory {
    let text = doc.to_string();
    comply::load::load_document(&Document::new("account.json", &text))
        .unwrap_or_else(|e| panic!("{e}"))
        .0
}

fn find<'a>(inv: &'a Inventory, id: &str) -> &'a Resource {
    inv.resources
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no resource `{id}`"))
}

fn attributes(r: &Resource) -> Value {
    serde_json::to_value(r).unwrap()["attributes"].clone()
}

fn recorder_after() -> Value {
    json!({
        "name": "default",
        "role_arn": "arn:aws:iam::123456789012:role/config",
        "recording_group": [{"all_supported": true, "include_global_resource_types": false, "resource_types": null}],
    })
}

#[test]
fn a_new_recorder_without_a_status_is_not_recording_and_an_existing_one_is_unknown() {
    let inv = plan(&[change(
        "aws_config_configuration_recorder.new",
        &["create"],
        recorder_after(),
    )]);
    let r = find(&inv, "aws_config_configuration_recorder.new");
    let a = attributes(r);
    assert_eq!(a["recording"], false);
    assert_eq!(a["recording_strategy"], "ALL_SUPPORTED_RESOURCE_TYPES");
    assert_eq!(a["include_global_resource_types"], false);
    assert!(r.unknown.is_empty(), "{:?}", r.unknown);

    let inv = plan(&[change(
        "aws_config_configuration_recorder.old",
        &["no-op"],
        recorder_after(),
    )]);
    let r = find(&inv, "aws_config_configuration_recorder.old");
    assert_eq!(attributes(r)["recording"], Value::Null);
    assert_eq!(r.unknown, vec!["attributes.recording"]);
}

#[test]
fn the_status_folds_into_its_recorder_by_name() {
    let status = |actions: &'static [&'static str], enabled: bool| Change {
        expressions: json!({
            "name": {"references": ["aws_config_configuration_recorder.this.name", "aws_config_configuration_recorder.this"]},
            "is_enabled": {"constant_value": enabled},
        }),
        ..change(
            "aws_config_configuration_recorder_status.this",
            actions,
            json!({"name": "default", "is_enabled": enabled}),
        )
    };
    // An existing recorder, unknown on its own, is started by the plan.
    let inv = plan(&[
        change(
            "aws_config_configuration_recorder.this",
            &["no-op"],
            recorder_after(),
        ),
        status(&["create"], true),
    ]);
    let r = find(&inv, "aws_config_configuration_recorder.this");
    assert_eq!(attributes(r)["recording"], true);
    assert!(r.unknown.is_empty(), "{:?}", r.unknown);
    assert_eq!(
        inv.resources.len(),
        1,
        "the status is not a resource of its own"
    );

    // Deleting the status stops the recorder.
    let inv = plan(&[
        change(
            "aws_config_configuration_recorder.this",
            &["no-op"],
            recorder_after(),
        ),
        status(&["delete"], true),
    ]);
    let r = find(&inv, "aws_config_configuration_recorder.this");
    assert_eq!(attributes(r)["recording"], false);
    assert!(r.unknown.is_empty(), "{:?}", r.unknown);

    // A status only known after apply leaves recording unknown.
    let mut unknown = status(&["create"], true);
    unknown.after = json!({"name": "default"});
    unknown.unknown = json!({"is_enabled": true});
    let inv = plan(&[
        change(
            "aws_config_configuration_recorder.this",
            &["create"],
            recorder_after(),
        ),
        unknown,
    ]);
    let r = find(&inv, "aws_config_configuration_recorder.this");
    assert_eq!(attributes(r)["recording"], Value::Null);
    assert_eq!(r.unknown, vec!["attributes.recording"]);
}

#[test]
fn a_recorder_without_a_recording_group_records_what_the_plan_cannot_show() {
    let mut c = change(
        "aws_config_configuration_recorder.this",
        &["create"],
        json!({"name": "default", "role_arn": "arn:aws:iam::123456789012:role/config"}),
    );
    c.unknown = json!({"recording_group": true});
    let inv = plan(&[c]);
    let r = find(&inv, "aws_config_configuration_recorder.this");
    assert_eq!(attributes(r)["all_supported"], Value::Null);
    for path in [
        "all_supported",
        "include_global_resource_types",
        "recording_strategy",
    ] {
        assert!(
            r.unknown.contains(&format!("attributes.{path}")),
            "{path}: {:?}",
            r.unknown
        );
    }
}

#[test]
fn an_account_public_access_block_with_some_flags_off() {
    let inv = plan(&[change(
        "aws_s3_account_public_access_block.this",
        &["create"],
        json!({"account_id": "123456789012", "block_public_acls": true, "block_public_policy": true}),
    )]);
    let r = find(&inv, "aws_s3_account_public_access_block.this");
    assert_eq!(
        attributes(r),
        json!({
            "block_public_acls": true,
            "block_public_policy": true,
            "ignore_public_acls": false,
            "restrict_public_buckets": false,
        })
    );
    assert!(r.unknown.is_empty(), "{:?}", r.unknown);
    assert_eq!(r.region.as_deref(), Some("eu-west-1"));
}

#[test]
fn the_ebs_default_key_folds_into_the_default_of_its_region() {
    let key = Change {
        unknown: json!({"key_arn": true}),
        expressions: json!({"key_arn": {"references": ["aws_kms_key.ebs.arn", "aws_kms_key.ebs"]}}),
        ..change("aws_ebs_default_kms_key.this", &["create"], json!({}))
    };
    let inv = plan(&[
        change(
            "aws_ebs_encryption_by_default.this",
            &["create"],
            json!({"enabled": true}),
        ),
        key,
    ]);
    let r = find(&inv, "aws_ebs_encryption_by_default.this");
    assert_eq!(
        attributes(r),
        json!({"enabled": true, "kms_key": "aws_kms_key.ebs"})
    );
    assert!(r.unknown.is_empty(), "{:?}", r.unknown);

    // Without the key resource the region's default key is set outside the plan.
    let inv = plan(&[change(
        "aws_ebs_encryption_by_default.this",
        &["create"],
        json!({"enabled": false}),
    )]);
    let r = find(&inv, "aws_ebs_encryption_by_default.this");
    assert_eq!(attributes(r)["enabled"], false);
    assert_eq!(r.unknown, vec!["attributes.kms_key"]);
}

fn item(resource_type: &str, id: &str, configuration: Value) -> Value {
    json!({
        "configurationItems": [{
            "configurationItemVersion": "1.3",
            "configurationItemCaptureTime": "2026-11-30T10:00:00.137Z",
            "configurationItemStatus": "OK",
            "awsAccountId": "123456789012",
            "awsRegion": "eu-west-1",
            "resourceType": resource_type,
            "resourceId": id,
            "tags": {},
            "configuration": configuration,
            "supplementaryConfiguration": {},
        }]
    })
}

#[test]
fn config_items_record_what_they_record_and_no_more() {
    let inv = load(&item(
        "AWS::S3::AccountPublicAccessBlock",
        "123456789012",
        json!({"blockPublicAcls": true, "ignorePublicAcls": false, "blockPublicPolicy": true}),
    ));
    let r = &inv.resources[0];
    assert_eq!(attributes(r)["ignore_public_acls"], false);
    assert_eq!(attributes(r)["restrict_public_buckets"], Value::Null);
    assert_eq!(r.unknown, vec!["attributes.restrict_public_buckets"]);

    // A recorder item from before recording strategies: the strategy its group implies.
    let inv = load(&item(
        "AWS::Config::ConfigurationRecorder",
        "default",
        json!({
            "name": "default",
            "recordingGroup": {"allSupported": false, "includeGlobalResourceTypes": false,
                               "resourceTypes": ["AWS::S3::Bucket", "AWS::EC2::Volume"]},
            "recording": false,
        }),
    ));
    let r = &inv.resources[0];
    let a = attributes(r);
    assert_eq!(a["recording"], false);
    assert_eq!(a["recording_strategy"], "INCLUSION_BY_RESOURCE_TYPES");
    assert_eq!(
        a["resource_types"],
        json!(["AWS::EC2::Volume", "AWS::S3::Bucket"])
    );
    assert!(r.unknown.is_empty(), "{:?}", r.unknown);

    let inv = load(&item(
        "AWS::GuardDuty::Detector",
        "d1",
        json!({"Enable": false}),
    ));
    let r = &inv.resources[0];
    assert_eq!(attributes(r)["enabled"], false);
    assert_eq!(r.unknown, vec!["attributes.finding_publishing_frequency"]);
}
