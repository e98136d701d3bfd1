//! Arbitrary input never panics a loader: every JSON document, however shaped, and every
//! string where the loaders read text, is either loaded or refused with an error.

use comply::load::json::Document;
use proptest::prelude::*;
use serde_json::{json, Value};

/// Any JSON value, strings included of any Unicode (multi-byte characters where byte-index
/// slicing would cut them).
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        "\\PC{0,12}".prop_map(Value::String),
        // Shapes loaders look for, to get past the first checks.
        prop_oneof![
            Just("2017-08-11T10:48:56.507Z"),
            Just("arn:aws:s3:::b"),
            Just("sg-0abc"),
            Just("AWS::EC2::SecurityGroup"),
            Just("create"),
            Just("eu-west-1"),
        ]
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    "\\PC{0,8}",
                    Just("resourceType".to_string()),
                    Just("configuration".to_string()),
                    Just("configurationItemCaptureTime".to_string()),
                    Just("type".to_string()),
                    Just("change".to_string()),
                    Just("after".to_string()),
                    Just("after_unknown".to_string()),
                    Just("actions".to_string()),
                ],
                inner,
                0..5
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn load(v: &Value) {
    let text = v.to_string();
    let _ = comply::load::load_document(&Document::new("hostile.json", &text));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_document_loads_or_is_refused(v in any_json()) {
        load(&v);
    }

    #[test]
    fn any_plan_resource_change_loads_or_is_refused(
        tf_type in prop_oneof![
            Just("aws_s3_bucket"), Just("aws_security_group_rule"), Just("aws_iam_role"),
            Just("aws_db_instance"), Just("aws_kms_key"), Just("aws_cloudtrail"),
            Just("aws_s3_bucket_versioning"), Just("aws_iam_policy_attachment"),
        ],
        after in any_json(),
        unknown in any_json(),
        actions in prop_oneof![Just(json!(["create"])), Just(json!(["delete"])), Just(json!(["no-op"]))],
    ) {
        load(&json!({
            "format_version": "1.2",
            "resource_changes": [{
                "address": format!("{tf_type}.x"), "mode": "managed", "type": tf_type, "name": "x",
                "change": {"actions": actions, "after": after, "before": after, "after_unknown": unknown}
            }]
        }));
    }

    #[test]
    fn any_config_item_loads_or_is_refused(
        resource_type in prop_oneof![
            Just("AWS::S3::Bucket"), Just("AWS::EC2::SecurityGroup"), Just("AWS::IAM::User"),
            Just("AWS::KMS::Key"), Just("AWS::RDS::DBInstance"), Just("AWS::CloudTrail::Trail"),
        ],
        configuration in any_json(),
        supplementary in any_json(),
        time in any_json(),
    ) {
        load(&json!({"fileVersion": "1.0", "configurationItems": [{
            "resourceType": resource_type, "resourceId": "r-1", "awsRegion": "eu-west-1",
            "configurationItemCaptureTime": time, "configuration": configuration,
            "supplementaryConfiguration": supplementary,
        }]}));
    }
}
