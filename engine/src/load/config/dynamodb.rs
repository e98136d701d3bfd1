//! `AWS::DynamoDB::Table`.

use super::item::Head;
use super::reader::{as_str, member, Conf, Got, Reader, Supp};
use super::Links;
use crate::model::*;
use serde_json::Value;

pub fn table(head: &Head, r: &mut Reader<'_>, links: &mut Links) -> DynamoDbTable {
    // DescribeTable has no SSEDescription for the default (AWS owned key) encryption.
    let encryption = match r.get(Conf, &["ssedescription"]) {
        Got::NotRecorded => {
            r.mark("encryption.key_type");
            DynamoDbEncryption {
                at_rest: Some(true),
                ..Default::default()
            }
        }
        Got::Value(sse)
            if member(sse, "status")
                .and_then(Value::as_str)
                .is_some_and(|s| !s.eq_ignore_ascii_case("DISABLED")) =>
        {
            let key = member(sse, "kmsmasterKeyArn").and_then(as_str);
            // Whether the key is AWS managed (`aws/dynamodb`) or the customer's is the key's
            // own record: joined in `joins.rs`.
            links.table_key = key.clone();
            DynamoDbEncryption {
                at_rest: Some(true),
                key_type: None,
                kms_key: key,
            }
        }
        _ => DynamoDbEncryption {
            at_rest: Some(true),
            key_type: Some("aws-owned".into()),
            kms_key: None,
        },
    };
    let pitr = r
        .req_str(
            Supp,
            &[
                "ContinuousBackupsDescription",
                "pointInTimeRecoveryDescription",
                "pointInTimeRecoveryStatus",
            ],
            "point_in_time_recovery",
        )
        .map(|s| s.eq_ignore_ascii_case("ENABLED"));
    let replicas = r
        .opt_list(Conf, &["replicas"], "replicas")
        .iter()
        .map(|rep| DynamoDbReplica {
            region: member(rep, "regionName").and_then(as_str),
            kms_key: member(rep, "kmsmasterKeyId").and_then(as_str),
        })
        .collect();
    DynamoDbTable {
        table_name: r.req_str_or(
            Conf,
            &["tableName"],
            "table_name",
            head.resource_name.as_ref(),
        ),
        encryption,
        point_in_time_recovery: pitr,
        deletion_protection: r.req_bool(
            Conf,
            &["deletionProtectionEnabled"],
            "deletion_protection",
        ),
        replicas,
    }
}
