//! The AWS Config loader on real Config data: every corpus file loads, a few normalize as
//! snapshotted, and a snapshot of what Terraform applied is judged as its plan was.

mod common;

use common::*;
use comply::load::json::Document;
use comply::model::{Inventory, Kind, Resource};
use comply::scan::{scan, ScanOptions};
use serde_json::json;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

const CORPUS: &str = "config";
const PARITY_PLAN: &str = "fixtures/plans/parity/plan.json";
const PARITY_SNAPSHOT: &str = "fixtures/config/parity/snapshot.json";

/// Loads a file with a stable display name, as the CLI would for `name`.
fn load(path: &Path, name: &str) -> Inventory {
    let bytes = std::fs::read(path).unwrap();
    let text = comply::load::text::decode(path, &bytes).unwrap();
    let (inv, format) = comply::load::load_document(&Document::new(name, &text))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(format, "aws-config", "{name}");
    inv
}

fn load_text(name: &str, text: &str) -> Result<Inventory, String> {
    comply::load::load_document(&Document::new(name, text))
        .map(|(inv, _)| inv)
        .map_err(|e| e.to_string())
}

fn corpus(name: &str) -> Inventory {
    load(&corpus_dir().join(CORPUS).join(name), name)
}

fn only(inv: &Inventory) -> &Resource {
    assert_eq!(inv.resources.len(), 1, "{:?}", inv.resources);
    &inv.resources[0]
}

fn json(r: &Resource) -> serde_json::Value {
    serde_json::to_value(r).unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn tempdir() -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let p = std::env::temp_dir().join(format!(
        "comply-config-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

#[test]
fn every_corpus_config_file_loads() {
    let dir = corpus_dir().join(CORPUS);
    let mut n = 0;
    let mut resources = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let (inv, info) = comply::load::load_file(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(info.format, "aws-config", "{}", path.display());
            let seen =
                inv.resources.len() + inv.deleted.len() + inv.unmodeled.values().sum::<usize>();
            assert!(seen >= 1, "{}: nothing found", path.display());
            for r in &inv.resources {
                assert!(r.source.line >= 1, "{}", r.id);
                assert_eq!(r.source.native_type, r.kind.as_str(), "{}", r.id);
                assert!(r.source.action.is_none(), "{}", r.id);
            }
            resources += inv.resources.len();
            n += 1;
        }
    }
    assert!(n >= 31, "expected the whole corpus, loaded {n}");
    assert!(resources >= 15, "only {resources} modeled resources");
}

#[test]
fn corpus_inventories_snapshot() {
    for name in [
        "awsdocs-aws-config-developer-guide__config-snapshot-example.json",
        "cloud-custodian__ci-s3-replication-notification.json",
        "awslabs-aws-config-rdk__ci-iam-user.json",
        "cloud-custodian__get-resource-config-history-security-group.json",
        "cloud-custodian__select-resource-config-s3-bucket.json",
        "cloud-custodian__rule-event-rds-instance.json",
    ] {
        insta::assert_json_snapshot!(name, corpus(name));
    }
}

#[test]
fn parity_snapshot_inventory_snapshot() {
    let inv = load(&root().join(PARITY_SNAPSHOT), PARITY_SNAPSHOT);
    insta::assert_json_snapshot!("fixture-parity-snapshot", inv);
}

#[test]
fn a_gzipped_snapshot_loads_identically() {
    let name = "awsdocs-aws-config-developer-guide__config-snapshot-example.json";
    let plain = corpus_dir().join(CORPUS).join(name);
    let dir = tempdir();
    let gz = dir.join(format!("{name}.gz"));
    std::fs::write(&gz, gzip(&std::fs::read(&plain).unwrap())).unwrap();
    let (a, _) = comply::load::load_file(&plain).unwrap();
    let (b, info) = comply::load::load_file(&gz).unwrap();
    assert_eq!(info.format, "aws-config");
    let text = |inv: &Inventory, file: &Path| {
        serde_json::to_string(inv)
            .unwrap()
            .replace(&file.display().to_string(), "FILE")
    };
    assert_eq!(text(&a, &plain), text(&b, &gz));
    assert_eq!(a.resources.len(), 2);
    // Places are those of the inflated text.
    let places = |inv: &Inventory| -> Vec<(usize, usize)> {
        inv.resources
            .iter()
            .map(|r| (r.source.line, r.source.column))
            .collect()
    };
    assert_eq!(places(&a), places(&b));
}

#[test]
fn a_broken_gzip_file_is_an_error() {
    let dir = tempdir();
    let path = dir.join("snapshot.json.gz");
    let mut bytes = gzip(b"{\"configurationItems\": []}");
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&path, bytes).unwrap();
    let err = comply::load::load_file(&path).unwrap_err().to_string();
    assert!(err.contains("not valid gzip"), "{err}");
}

#[test]
fn deleted_items_are_not_judged() {
    // The newest item of the volume's history says it was deleted.
    let inv = corpus("cloud-custodian__get-resource-config-history-ebs-volume.json");
    assert!(inv.resources.is_empty(), "{:?}", inv.resources);
    assert_eq!(inv.deleted, vec!["AWS::EC2::Volume/vol-12345".to_string()]);
    assert!(inv.unmodeled.is_empty());

    // Both statuses, in an S3-delivered file; a deleted item of an unmodeled type is deleted too.
    let text = r#"{"fileVersion": "1.0", "configurationItems": [
      {"resourceType": "AWS::EC2::Volume", "resourceId": "vol-1", "ARN": "arn:aws:ec2:eu-west-1:123456789012:volume/vol-1",
       "configurationItemStatus": "ResourceDeleted", "configurationItemCaptureTime": "2024-01-02T00:00:00Z", "configuration": null},
      {"resourceType": "AWS::RDS::DBInstance", "resourceId": "db-1", "configurationItemStatus": "ResourceDeletedNotRecorded"},
      {"resourceType": "AWS::Lambda::Function", "resourceId": "f", "configurationItemStatus": "ResourceDeleted"},
      {"resourceType": "AWS::EC2::Volume", "resourceId": "vol-2", "awsRegion": "eu-west-1", "tags": {},
       "configurationItemStatus": "OK", "configuration": {"encrypted": false, "size": 1, "volumeType": "gp3", "availabilityZone": "eu-west-1a"}}
    ]}"#;
    let inv = load_text("d.json", text).unwrap();
    assert_eq!(
        inv.deleted,
        vec![
            "AWS::Lambda::Function/f",
            "AWS::RDS::DBInstance/db-1",
            "arn:aws:ec2:eu-west-1:123456789012:volume/vol-1"
        ]
    );
    assert!(inv.unmodeled.is_empty());
    assert_eq!(only(&inv).id, "AWS::EC2::Volume/vol-2");
}

#[test]
fn history_keeps_the_newest_item_of_each_resource() {
    let inv = corpus("cloud-custodian__get-resource-config-history-security-group.json");
    let sg = only(&inv);
    assert_eq!(sg.kind, Kind::Ec2SecurityGroup);
    // The first item is the newer one: its place is the resource's.
    assert_eq!(sg.source.line, 3);

    // Newest by time, whatever the order and spelling of the times; the ARN of an older item
    // names a newer one that lacks it.
    let text = r#"[
      {"resourceType": "AWS::EC2::Volume", "resourceId": "vol-1", "awsRegion": "eu-west-1", "tags": {},
       "configurationItemCaptureTime": 1704153600, "configuration": {"encrypted": true, "size": 2, "volumeType": "gp3", "availabilityZone": "eu-west-1a"}},
      {"resourceType": "AWS::EC2::Volume", "resourceId": "vol-1", "arn": "arn:aws:ec2:eu-west-1:123456789012:volume/vol-1", "awsRegion": "eu-west-1", "tags": {},
       "configurationItemCaptureTime": "2024-01-01T00:00:00.000Z", "configuration": {"encrypted": false, "size": 1, "volumeType": "gp3", "availabilityZone": "eu-west-1a"}}
    ]"#;
    let inv = load_text("h.json", text).unwrap();
    let v = json(only(&inv));
    assert_eq!(v["id"], "arn:aws:ec2:eu-west-1:123456789012:volume/vol-1");
    assert_eq!(v["attributes"]["encryption"]["at_rest"], true);
    assert_eq!(v["attributes"]["size_gib"], 2);
}

#[test]
fn trail_event_selectors_say_what_is_recorded() {
    // (configuration fields beyond the trail's settings, management_events, s3_data_events).
    let cases = [
        // The parity snapshot's shape: no selectors recorded, but none customized either.
        (
            r#""hasCustomEventSelectors": false"#,
            json!("All"),
            json!(false),
        ),
        // Customized, and the item does not say how.
        (
            r#""hasCustomEventSelectors": true"#,
            json!(null),
            json!(null),
        ),
        ("", json!(null), json!(null)),
        (
            r#""hasCustomEventSelectors": true, "eventSelectors": [
              {"readWriteType": "ReadOnly", "includeManagementEvents": true, "dataResources": []},
              {"readWriteType": "WriteOnly", "includeManagementEvents": true,
               "dataResources": [{"type": "AWS::S3::Object", "values": ["arn:aws:s3:::logs/"]}]}]"#,
            json!("All"),
            json!(true),
        ),
        // Defaults of a selector that leaves them out.
        (
            r#""eventSelectors": [{"dataResources": [{"type": "AWS::Lambda::Function", "values": ["arn:aws:lambda"]}]}]"#,
            json!("All"),
            json!(false),
        ),
        // The CloudTrail API's PascalCase.
        (
            r#""EventSelectors": [{"ReadWriteType": "WriteOnly", "IncludeManagementEvents": true,
              "DataResources": [], "ExcludeManagementEventSources": []}]"#,
            json!("WriteOnly"),
            json!(false),
        ),
        (
            r#""hasCustomEventSelectors": true, "advancedEventSelectors": [
              {"name": "reads", "fieldSelectors": [
                {"field": "eventCategory", "equals": ["Management"]},
                {"field": "readOnly", "equals": ["true"]},
                {"field": "eventSource", "notEquals": ["kms.amazonaws.com"]}]},
              {"name": "s3", "fieldSelectors": [
                {"field": "eventCategory", "equals": ["Data"]},
                {"field": "resources.type", "equals": ["AWS::S3::Object"]},
                {"field": "resources.ARN", "startsWith": ["arn:aws:s3:::logs/"]}]}]"#,
            json!("ReadOnly"),
            json!(true),
        ),
        (
            r#""AdvancedEventSelectors": [{"Name": "data only", "FieldSelectors": [
                {"Field": "eventCategory", "Equals": ["Data"]},
                {"Field": "resources.type", "Equals": ["AWS::S3::Object"]}]}]"#,
            json!("None"),
            json!(true),
        ),
        // Not a list: nothing to vouch for.
        (r#""eventSelectors": "All""#, json!(null), json!(null)),
    ];
    for (extra, management, s3) in cases {
        let sep = if extra.is_empty() { "" } else { ", " };
        let text = format!(
            r#"{{"configurationItems": [{{"resourceType": "AWS::CloudTrail::Trail", "resourceId": "audit",
              "awsRegion": "eu-west-1", "tags": {{}}, "configurationItemStatus": "OK",
              "configuration": {{"name": "audit", "isMultiRegionTrail": true,
                "includeGlobalServiceEvents": true, "logFileValidationEnabled": true,
                "s3BucketName": "logs"{sep}{extra}}}}}]}}"#
        );
        let inv = load_text("t.json", &text).unwrap_or_else(|e| panic!("{extra}: {e}"));
        let trail = only(&inv);
        let v = json(trail);
        assert_eq!(v["attributes"]["management_events"], management, "{extra}");
        assert_eq!(v["attributes"]["s3_data_events"], s3, "{extra}");
        for (path, value) in [
            ("attributes.management_events", &management),
            ("attributes.s3_data_events", &s3),
        ] {
            assert_eq!(
                trail.unknown.contains(&path.to_string()),
                value.is_null(),
                "{extra}: {path} in {:?}",
                trail.unknown
            );
        }
        // Config never records the logging status.
        assert!(trail.unknown.contains(&"attributes.is_logging".to_string()));
    }
}

#[test]
fn select_resource_config_string_results_load() {
    // Each result is a JSON string of the selected fields; the type is the query's.
    let inv = corpus("cloud-custodian__select-resource-config-s3-bucket.json");
    let b = only(&inv);
    assert_eq!(b.kind, Kind::S3Bucket);
    assert_eq!(b.id, "AWS::S3::Bucket/c7n-ssm-build");
    assert_eq!(b.region.as_deref(), Some("us-east-2"));
    let v = json(b);
    assert_eq!(v["attributes"]["versioning"]["enabled"], false);
    assert_eq!(v["attributes"]["acl"], "private");
    assert!(v["attributes"]["policy"]["Statement"].is_array());
    // Tags were not selected: unknown, not empty, so the data residency policy cannot pass.
    assert_eq!(b.unknown, vec!["tags".to_string()]);
    let path = corpus_dir()
        .join(CORPUS)
        .join("cloud-custodian__select-resource-config-s3-bucket.json");
    let report = scan(&options(&path)).unwrap();
    let residency = report
        .findings
        .iter()
        .find(|f| f.policy_id == "AWS-RES-001")
        .unwrap();
    assert_eq!(
        residency.status.as_str(),
        "unknown",
        "{}",
        residency.message
    );

    // SNS topics are typed by their ARN; the name comes from `TopicArn`.
    let topics = corpus("cloud-custodian__select-resource-config-sns-topic.json");
    assert_eq!(topics.resources.len(), 2);
    let topic = |name: &str| {
        let t = topics
            .resources
            .iter()
            .find(|r| json(r)["attributes"]["name"] == name)
            .unwrap_or_else(|| panic!("no topic {name}"));
        assert_eq!(t.kind, Kind::SnsTopic);
        json(t)
    };
    let relay = topic("sandbox-relay");
    assert_eq!(relay["attributes"]["encryption"]["at_rest"], true);
    assert_eq!(
        relay["attributes"]["policy"]["Statement"][0]["Principal"]["Service"],
        "events.amazonaws.com"
    );
    let plain = topic("sns-test-has-statement");
    assert_eq!(plain["attributes"]["encryption"]["at_rest"], false);
    // Lambda functions are modeled: a selected item normalizes like a recorded one.
    let lambda = corpus("cloud-custodian__select-resource-config-lambda.json");
    let f = only(&lambda);
    assert_eq!(f.kind, Kind::LambdaFunction);
    assert_eq!(json(f)["attributes"]["tracing_mode"], "Active");

    // Results whose type cannot be told are an error, never silently skipped.
    let err = load_text(
        "s.json",
        "{\"Results\": [\"{\\\"configuration\\\": {\\\"encrypted\\\": false}}\"], \"QueryInfo\": {}}",
    )
    .unwrap_err();
    assert!(
        err.starts_with("s.json:1:14: `Results[0]`: the item has no `resourceType`"),
        "{err}"
    );
}

#[test]
fn notifications_load_bare_and_through_sns_and_eventbridge() {
    let path = corpus_dir()
        .join(CORPUS)
        .join("awsdocs-aws-config-developer-guide__sns-ci-change-notification-ec2-instance.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let sns: serde_json::Value = serde_json::from_str(&text).unwrap();
    let message = sns["Message"].clone();
    assert!(
        message.is_object(),
        "the documentation writes `Message` as an object"
    );

    let object = load_text("a.json", &text).unwrap();
    // As SNS really delivers it: `Message` is a JSON string.
    let mut as_string = sns.clone();
    as_string["Message"] = serde_json::Value::String(message.to_string());
    let string = load_text("a.json", &as_string.to_string()).unwrap();
    // The notification alone, and inside an EventBridge event.
    let bare = load_text("a.json", &message.to_string()).unwrap();
    let event = serde_json::json!({
        "version": "0", "detail-type": "Config Configuration Item Change", "source": "aws.config",
        "account": "123456789012", "region": "us-east-2", "detail": message
    });
    let bridged = load_text("a.json", &event.to_string()).unwrap();

    let attrs = |inv: &Inventory| {
        let r = only(inv);
        assert_eq!(r.kind, Kind::Ec2Instance);
        (
            r.id.clone(),
            json(r)["attributes"].clone(),
            r.unknown.clone(),
        )
    };
    let expected = attrs(&object);
    assert_eq!(
        expected.0,
        "arn:aws:ec2:us-east-2:123456789012:instance/i-007d374c8912e3e90"
    );
    for inv in [&string, &bare, &bridged] {
        assert_eq!(attrs(inv), expected);
    }
    // An item decoded from a string is placed at the string.
    assert_eq!(only(&string).source.line, 1);
}

#[test]
fn rule_invocation_events_load() {
    let inv = corpus("awsdocs-aws-config-developer-guide__rule-event-change-triggered.json");
    let i = only(&inv);
    assert_eq!(i.kind, Kind::Ec2Instance);
    assert_eq!(i.tags.get("Foo").map(String::as_str), Some("Bar"));
    // The documentation's item records `{"foo": "bar"}` as its configuration: nothing is known.
    assert!(i.unknown.contains(&"attributes.instance_type".to_string()));
    assert!(i.unknown.contains(&"attributes.block_devices".to_string()));

    let rds = corpus("cloud-custodian__rule-event-rds-instance.json");
    let v = json(only(&rds));
    assert_eq!(v["attributes"]["encryption"]["at_rest"], false);
    assert_eq!(v["attributes"]["publicly_accessible"], true);
    assert_eq!(v["account"], "644160558196");
}

#[test]
fn api_and_stream_key_spellings_agree() {
    // `ARN`/`awsAccountId` (snapshots, streams) and `arn`/`accountId` (API), `name` and
    // `relationshipName`, epoch and ISO capture times, tags as an object or a list.
    let api = r#"{"resourceType": "AWS::KMS::Key", "resourceId": "k", "arn": "arn:aws:kms:eu-west-1:123456789012:key/k",
      "accountId": "123456789012", "awsRegion": "eu-west-1", "configurationItemCaptureTime": 1717000000.5,
      "configurationItemStatus": "OK", "tags": {"team": "a"},
      "relationships": [{"resourceType": "AWS::KMS::Alias", "resourceId": "x", "relationshipName": "Is associated with"}],
      "configuration": "{\"keyManager\":\"CUSTOMER\",\"keySpec\":\"SYMMETRIC_DEFAULT\",\"keyUsage\":\"ENCRYPT_DECRYPT\",\"enabled\":true}",
      "supplementaryConfiguration": {"KeyRotationStatus": "false", "Policy": "{\"Statement\":[]}"}}"#;
    let stream = r#"{"resourceType": "AWS::KMS::Key", "resourceId": "k", "ARN": "arn:aws:kms:eu-west-1:123456789012:key/k",
      "awsAccountId": "123456789012", "awsRegion": "eu-west-1", "configurationItemCaptureTime": "2024-05-29T16:26:40.500Z",
      "configurationItemStatus": "OK", "tags": {},
      "relationships": [{"resourceType": "AWS::KMS::Alias", "resourceId": "x", "name": "Is associated with"}],
      "configuration": {"keyManager": "CUSTOMER", "keySpec": "SYMMETRIC_DEFAULT", "keyUsage": "ENCRYPT_DECRYPT", "enabled": true},
      "supplementaryConfiguration": {"KeyRotationStatus": false, "Policy": {"Statement": []}, "Tags": [{"key": "team", "value": "a"}]}}"#;
    let a = load_text("k.json", api).unwrap();
    let b = load_text("k.json", stream).unwrap();
    let (a, b) = (json(only(&a)), json(only(&b)));
    assert_eq!(a, b);
    assert_eq!(a["attributes"]["rotation_enabled"], false);
    assert_eq!(a["account"], "123456789012");
    assert_eq!(a["tags"]["team"], "a");
}

#[test]
fn unrecorded_values_are_unknown_never_a_pass() {
    // A bucket whose supplementary configuration was not selected: nothing about its
    // encryption, public access block, policy or ACL is known.
    let text = r#"{"Results": ["{\"resourceId\":\"b\",\"arn\":\"arn:aws:s3:::b\",\"awsRegion\":\"eu-west-1\",\"tags\":{},\"configuration\":{\"name\":\"b\"}}"], "QueryInfo": {}}"#;
    let inv = load_text("u.json", text).unwrap();
    let b = only(&inv);
    for path in [
        "attributes.encryption",
        "attributes.public_access_block",
        "attributes.policy",
        "attributes.acl",
        "attributes.versioning",
        "attributes.logging",
    ] {
        assert!(
            b.unknown.contains(&path.to_string()),
            "{path}: {:?}",
            b.unknown
        );
    }
    let v = json(b);
    assert_eq!(
        v["attributes"]["public_access_block"]["configured"],
        serde_json::Value::Null
    );
    assert_eq!(
        v["attributes"]["encryption"]["at_rest"],
        serde_json::Value::Null
    );

    // Scanned, no S3 policy passes on what was not recorded.
    let dir = tempdir();
    let path = dir.join("u.json");
    std::fs::write(&path, text).unwrap();
    let report = scan(&options(&path)).unwrap();
    let s3: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.policy_id.starts_with("AWS-S3-"))
        .collect();
    assert!(s3.len() >= 6);
    for f in s3 {
        assert_ne!(
            f.status.as_str(),
            "pass",
            "{} passed on unrecorded data",
            f.policy_id
        );
    }
    assert!(report
        .findings
        .iter()
        .any(|f| f.message.contains("not recorded by AWS Config")));
}

#[test]
fn joins_across_items_fill_what_one_item_lacks() {
    // The snapshot example's instance has one volume in the file (no `encrypted`: the 2014
    // item predates EBS encryption) and one that is not.
    let inv = corpus("awsdocs-aws-config-developer-guide__config-snapshot-example.json");
    let instance = inv
        .resources
        .iter()
        .find(|r| r.kind == Kind::Ec2Instance)
        .unwrap();
    assert!(instance
        .unknown
        .contains(&"attributes.block_devices".to_string()));
    assert_eq!(instance.region.as_deref(), Some("us-west-2"));

    // The parity snapshot's user gets its managed policy's document from the policy's item.
    let inv = load(&root().join(PARITY_SNAPSHOT), PARITY_SNAPSHOT);
    let user = inv
        .resources
        .iter()
        .find(|r| r.kind == Kind::IamUser)
        .unwrap();
    let v = json(user);
    assert_eq!(
        v["attributes"]["policies"][0]["document"]["Statement"][0]["Action"][0],
        "s3:GetObject"
    );
    assert_eq!(user.unknown, vec!["attributes.console_access".to_string()]);
}

#[test]
fn broken_config_inputs_are_errors_with_places() {
    let cases = [
        (
            "{\"configurationItems\": [{\"resourceType\": \"AWS::EC2::Volume\", \"resourceId\": \"v\",\n \"configuration\": {\"size\": 1, \"size\": 2}}]}",
            "c.json:2:",
            "duplicate key `size`",
        ),
        (
            "{\"configurationItems\": [{\"resourceType\": \"AWS::EC2::Volume\", \"resourceId\": \"v\", \"configuration\": \"{\\\"size\\\": 1, \\\"size\\\": 2}\"}]}",
            "c.json:1:",
            "`configurationItems[0].configuration`: the string is not valid JSON: duplicate key `size`",
        ),
        (
            "{\"configurationItems\": [3]}",
            "c.json:1:25:",
            "`configurationItems[0]`: expected a configuration item (an object), found a number",
        ),
        (
            "{\"Results\": [\"{not json\"], \"QueryInfo\": {}}",
            "c.json:1:14:",
            "`Results[0]`: the string is not valid JSON",
        ),
        (
            "{\"invokingEvent\": \"{\\\"messageType\\\":\\\"ScheduledNotification\\\"}\", \"ruleParameters\": \"{}\"}",
            "c.json:1:19:",
            "`invokingEvent`: messageType `ScheduledNotification` carries no configuration item",
        ),
        (
            "{\"messageType\": \"OversizedConfigurationItemChangeNotification\", \"s3DeliverySummary\": {}}",
            "c.json:1:1:",
            "fetch it from `s3DeliverySummary.s3BucketLocation`",
        ),
        (
            "[{\"resourceType\": \"AWS::EC2::Volume\", \"resourceId\": \"v\", \"configurationItemCaptureTime\": \"soon\"}]",
            "c.json:1:2:",
            "`[0].configurationItemCaptureTime`: `soon` is not a time",
        ),
        (
            "{\"configurationItems\": [{\"resourceType\": \"AWS::EC2::Volume\", \"configuration\": {}}]}",
            "c.json:1:25:",
            "has no `resourceId`, `ARN` or `resourceName`",
        ),
        (
            "{\"configurationItems\": {\"a\": 1}}",
            "c.json:1:24:",
            "`configurationItems`: expected a list of configuration items, found an object",
        ),
    ];
    for (text, place, what) in cases {
        let err = load_text("c.json", text).unwrap_err();
        assert!(err.starts_with(place), "{err}");
        assert!(err.contains(what), "{err}");
    }
}

#[test]
fn broken_config_input_exits_2_on_the_command_line() {
    let dir = tempdir();
    let path = dir.join("snapshot.json");
    std::fs::write(
        &path,
        "{\"fileVersion\": \"1.0\", \"configurationItems\": [\n  {\"resourceType\": \"AWS::S3::Bucket\", \"resourceId\": \"b\", \"resourceId\": \"c\"}]}",
    )
    .unwrap();
    let out = comply(&["scan", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("snapshot.json:2:69: `configurationItems[0]`: duplicate field `resourceId`"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

fn options(input: &Path) -> ScanOptions {
    ScanOptions {
        inputs: vec![input.to_path_buf()],
        policy_dirs: Vec::new(),
        config: Some(root().join(SETTINGS)),
        fail_on: None,
        policy_timeout: comply::eval::DEFAULT_POLICY_TIMEOUT,
        live: None,
        ..Default::default()
    }
}

/// (policy id, `Name` tag) -> statuses, for one input.
fn statuses(input: &str) -> BTreeMap<(String, String), Vec<String>> {
    let path = root().join(input);
    let (inventory, _) = comply::load::load_file(&path).unwrap();
    let names: BTreeMap<&str, &str> = inventory
        .resources
        .iter()
        .map(|r| {
            let name = r
                .tags
                .get("Name")
                .unwrap_or_else(|| panic!("{}: no `Name` tag", r.id));
            (r.id.as_str(), name.as_str())
        })
        .collect();
    let report = scan(&options(&path)).unwrap();
    let mut out: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for f in &report.findings {
        let status = f.status.as_str().to_string();
        // Account and region summaries have no tags: named by kind and region.
        let name = match names.get(f.resource.as_str()) {
            Some(n) => n.to_string(),
            None => format!("{} {}", f.kind, f.region.as_deref().unwrap_or("")),
        };
        out.entry((f.policy_id.clone(), name))
            .or_default()
            .push(status);
    }
    for v in out.values_mut() {
        v.sort();
    }
    out
}

#[test]
fn a_config_snapshot_is_judged_as_the_plan_that_made_it() {
    let plan = statuses(PARITY_PLAN);
    let config = statuses(PARITY_SNAPSHOT);
    assert_eq!(
        plan.keys().collect::<Vec<_>>(),
        config.keys().collect::<Vec<_>>(),
        "the same policies judge the same resources"
    );
    assert!(plan.len() >= 40, "{}", plan.len());
    // Where AWS and the plan legitimately disagree: (policy, resource) -> (plan, config).
    let differences: BTreeMap<(&str, &str), (&str, &str)> = [
        // AWS Config does not record login profiles, so whether the user can sign in to the
        // console (and so needs MFA) is unknown; the plan creates no login profile.
        (("AWS-IAM-001", "reporter-user"), ("pass", "unknown")),
        // Unknown on one side only, on purpose: AWS Config does not record whether a trail is
        // logging (`GetTrailStatus`; the live scan adds it), while the plan shows
        // `enable_logging`, true by default.
        (("AWS-CLOUDTRAIL-004", "main-trail"), ("pass", "unknown")),
        // The same trail makes the account's multi-region trail: logging in the plan, not
        // known to be from Config alone.
        (
            ("AWS-CLOUDTRAIL-001", "AWS::::Account global"),
            ("pass", "unknown"),
        ),
        // A key whose policy the plan leaves to the default has it only after apply (and
        // `aws_kms_key_policy` is not modeled yet); AWS Config records the default policy.
        (("AWS-KMS-002", "data-key"), ("unknown", "pass")),
        (("AWS-KMS-002", "legacy-key"), ("unknown", "pass")),
    ]
    .into_iter()
    .collect();
    let mut agreed = 0;
    for (key, plan_statuses) in &plan {
        let config_statuses = &config[key];
        match differences.get(&(key.0.as_str(), key.1.as_str())) {
            Some((p, c)) => {
                assert_eq!(plan_statuses, &vec![p.to_string()], "{key:?} in the plan");
                assert_eq!(config_statuses, &vec![c.to_string()], "{key:?} in Config");
            }
            None => {
                assert_eq!(plan_statuses, config_statuses, "{key:?}");
                agreed += 1;
            }
        }
    }
    assert_eq!(agreed, plan.len() - differences.len());
    // The fixture exercises failures and passes on both sides.
    for status in ["fail", "pass"] {
        assert!(config.values().flatten().any(|s| s == status), "{status}");
    }
}

#[test]
fn the_gzipped_parity_snapshot_is_the_snapshot() {
    let plain = std::fs::read(root().join(PARITY_SNAPSHOT)).unwrap();
    let gz = std::fs::read(root().join(format!("{PARITY_SNAPSHOT}.gz"))).unwrap();
    let mut inflated = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(gz.as_slice()),
        &mut inflated,
    )
    .unwrap();
    assert!(
        inflated == plain,
        "fixtures/config/parity/snapshot.json.gz is stale: gzip -9 -n -k -f {PARITY_SNAPSHOT}"
    );
}

/// AWS Config records global types (IAM) in every region where recording them is on; two
/// regions' files (here the same snapshot twice) must not judge one IAM user twice.
#[test]
fn a_global_resource_recorded_twice_is_judged_once() {
    let gz = format!("{PARITY_SNAPSHOT}.gz");
    let twice = scan_json(&[PARITY_SNAPSHOT, &gz], &[]);
    let once = scan_json(&[PARITY_SNAPSHOT], &[]);
    let count = |r: &serde_json::Value, prefix: &str| {
        r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"].as_str().unwrap().starts_with(prefix))
            .count()
    };
    assert!(count(&once, "AWS::IAM::") >= 4);
    assert_eq!(count(&twice, "AWS::IAM::"), count(&once, "AWS::IAM::"));
    // Regional resources are not global: both files' buckets stay.
    assert_eq!(count(&twice, "AWS::S3::"), 2 * count(&once, "AWS::S3::"));
}

#[test]
fn a_key_the_input_shows_to_be_aws_managed_is_the_services_default_key() {
    let items = |path: &str| {
        let text = std::fs::read_to_string(root().join(path)).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        doc["configurationItems"].as_array().unwrap().clone()
    };
    let efs = items("fixtures/kinds/AWS_EFS_FileSystem/config.json");
    let ecr = items("fixtures/kinds/AWS_ECR_Repository/config.json");
    let file_system = efs[0].clone();
    let mut repository = ecr[0].clone();
    let fs_key = file_system["configuration"]["KmsKeyId"].as_str().unwrap();
    // The repository names its key by id: the key's item is found by its resource id too.
    let repo_key = repository["configuration"]["EncryptionConfiguration"]["KmsKey"]
        .as_str()
        .unwrap()
        .to_string();
    let repo_key_id = repo_key.rsplit('/').next().unwrap().to_string();
    repository["configuration"]["EncryptionConfiguration"]["KmsKey"] = repo_key_id.clone().into();
    let key = |arn: &str, id: &str, manager: &str| {
        let mut k = items("fixtures/kinds/AWS_KMS_Key/config.json")[0].clone();
        k["resourceId"] = id.into();
        k["ARN"] = arn.into();
        k["configuration"]["keyId"] = id.into();
        k["configuration"]["arn"] = arn.into();
        k["configuration"]["keyManager"] = manager.into();
        k
    };
    let fs_key_id = fs_key.rsplit('/').next().unwrap();
    let doc = serde_json::json!({"configurationItems": [
        file_system.clone(),
        repository,
        key(fs_key, fs_key_id, "AWS"),
        key(&repo_key, &repo_key_id, "CUSTOMER"),
    ]});
    let inv = load_text("keys.json", &doc.to_string()).unwrap();
    let attrs = |kind: Kind| {
        let r = inv.resources.iter().find(|r| r.kind == kind).unwrap();
        json(r)["attributes"]["encryption"].clone()
    };
    assert_eq!(
        attrs(Kind::EfsFileSystem)["kms_key"],
        serde_json::Value::Null
    );
    assert_eq!(attrs(Kind::EcrRepository)["kms_key"], repo_key_id.as_str());
    // Without the key's item, the ARN stays: the input cannot tell whose key it is.
    let alone = serde_json::json!({ "configurationItems": [file_system] });
    let inv = load_text("alone.json", &alone.to_string()).unwrap();
    assert_eq!(
        json(only(&inv))["attributes"]["encryption"]["kms_key"],
        fs_key
    );
}
