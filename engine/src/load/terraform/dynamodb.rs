//! DynamoDB tables.

use super::planned::Reader;
use super::table::Table;
use crate::model::*;

pub const TABLE: Table = Table {
    types: &[("aws_dynamodb_table", |r| {
        Attributes::DynamoDbTable(table(r))
    })],
    satellites: &[],
};

fn table(r: &mut Reader<'_>) -> DynamoDbTable {
    let n = r.root();
    let sse = n.get("server_side_encryption");
    let encryption = if sse.is_wholly_unknown() && r.configured_node(sse) {
        r.mark_unknown("encryption.key_type");
        DynamoDbEncryption {
            at_rest: Some(true),
            ..Default::default()
        }
    } else {
        let s = sse.first();
        let enabled = s.get("enabled").as_bool().unwrap_or(false);
        let key = r.reference(
            s.get("kms_key_arn"),
            &["server_side_encryption", "kms_key_arn"],
            "encryption.kms_key",
        );
        DynamoDbEncryption {
            at_rest: Some(true),
            key_type: Some(
                match (enabled, &key) {
                    (false, _) => "aws-owned",
                    (true, None) => "aws-managed",
                    (true, Some(k)) if k.ends_with("alias/aws/dynamodb") => "aws-managed",
                    (true, Some(_)) => "customer-managed",
                }
                .into(),
            ),
            kms_key: key,
        }
    };
    let pitr = n.get("point_in_time_recovery");
    DynamoDbTable {
        table_name: r.string(n.get("name"), "table_name"),
        encryption,
        point_in_time_recovery: if pitr.is_wholly_unknown() && r.configured_node(pitr) {
            r.mark_unknown("point_in_time_recovery");
            None
        } else {
            r.bool(
                pitr.first().get("enabled"),
                "point_in_time_recovery",
                Some(false),
            )
        },
        deletion_protection: r.bool(
            n.get("deletion_protection_enabled"),
            "deletion_protection",
            Some(false),
        ),
        replicas: n
            .get("replica")
            .items()
            .iter()
            .map(|rep| DynamoDbReplica {
                region: rep.get("region_name").as_str().map(str::to_owned),
                kms_key: rep.get("kms_key_arn").as_str().map(str::to_owned),
            })
            .collect(),
    }
}
