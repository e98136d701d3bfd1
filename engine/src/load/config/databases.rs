//! `AWS::RDS::DBInstance`, `AWS::RDS::DBCluster`, `AWS::ElastiCache::ReplicationGroup`,
//! `AWS::DynamoDB::Table`.

use super::item::Head;
use super::reader::{as_bool, as_str, member, Conf, Got, Reader, Supp};
use super::Links;
use crate::model::*;
use serde_json::Value;

pub fn db_instance(head: &Head, r: &mut Reader<'_>) -> DbInstance {
    DbInstance {
        identifier: r.req_str_or(
            Conf,
            &["dBInstanceIdentifier"],
            "identifier",
            head.resource_name.as_ref(),
        ),
        engine: r.req_str(Conf, &["engine"], "engine"),
        engine_version: r.req_str(Conf, &["engineVersion"], "engine_version"),
        instance_class: r.req_str(Conf, &["dBInstanceClass"], "instance_class"),
        encryption: Encryption {
            at_rest: r.req_bool(Conf, &["storageEncrypted"], "encryption.at_rest"),
            kms_key: r.opt_str(Conf, &["kmsKeyId"], "encryption.kms_key"),
        },
        publicly_accessible: r.req_bool(Conf, &["publiclyAccessible"], "publicly_accessible"),
        backup_retention_period: r.req_int(
            Conf,
            &["backupRetentionPeriod"],
            "backup_retention_period",
        ),
        multi_az: r.req_bool(Conf, &["multiAZ"], "multi_az"),
        deletion_protection: r.req_bool(Conf, &["deletionProtection"], "deletion_protection"),
        iam_database_authentication_enabled: r.req_bool(
            Conf,
            &["iAMDatabaseAuthenticationEnabled"],
            "iam_database_authentication_enabled",
        ),
        cluster: r.opt_str(Conf, &["dBClusterIdentifier"], "cluster"),
        replicate_source_db: r.opt_str(
            Conf,
            &["readReplicaSourceDBInstanceIdentifier"],
            "replicate_source_db",
        ),
    }
}

pub fn db_cluster(head: &Head, r: &mut Reader<'_>) -> DbCluster {
    DbCluster {
        identifier: r.req_str_or(
            Conf,
            &["dBClusterIdentifier"],
            "identifier",
            head.resource_name.as_ref(),
        ),
        engine: r.req_str(Conf, &["engine"], "engine"),
        engine_version: r.req_str(Conf, &["engineVersion"], "engine_version"),
        encryption: Encryption {
            at_rest: r.req_bool(Conf, &["storageEncrypted"], "encryption.at_rest"),
            kms_key: r.opt_str(Conf, &["kmsKeyId"], "encryption.kms_key"),
        },
        backup_retention_period: r.req_int(
            Conf,
            &["backupRetentionPeriod"],
            "backup_retention_period",
        ),
        deletion_protection: r.req_bool(Conf, &["deletionProtection"], "deletion_protection"),
        iam_database_authentication_enabled: r.req_bool(
            Conf,
            &["iAMDatabaseAuthenticationEnabled"],
            "iam_database_authentication_enabled",
        ),
        // Only Multi-AZ DB clusters have the setting.
        publicly_accessible: match r.get(Conf, &["publiclyAccessible"]) {
            Got::Value(v) => as_bool(v),
            Got::Absent => None,
            Got::NotRecorded => {
                r.mark("publicly_accessible");
                None
            }
        },
    }
}

pub fn replication_group(head: &Head, r: &mut Reader<'_>) -> ElastiCacheReplicationGroup {
    let automatic_failover = match r.get(Conf, &["AutomaticFailoverEnabled"]) {
        Got::Value(v) => as_bool(v),
        _ => match r.get(Conf, &["AutomaticFailover"]) {
            // `DescribeReplicationGroups` spells it `enabled` / `enabling` / `disabled`.
            Got::Value(Value::String(s)) => Some(s.starts_with("enabl")),
            _ => None,
        },
    };
    if automatic_failover.is_none() {
        r.mark("automatic_failover_enabled");
    }
    ElastiCacheReplicationGroup {
        replication_group_id: r.req_str_or(
            Conf,
            &["ReplicationGroupId"],
            "replication_group_id",
            head.resource_id.as_ref(),
        ),
        engine: r.opt_str(Conf, &["Engine"], "engine"),
        encryption: Encryption {
            at_rest: r.req_bool(Conf, &["AtRestEncryptionEnabled"], "encryption.at_rest"),
            kms_key: r.opt_str(Conf, &["KmsKeyId"], "encryption.kms_key"),
        },
        transit_encryption_enabled: r.req_bool(
            Conf,
            &["TransitEncryptionEnabled"],
            "transit_encryption_enabled",
        ),
        // Whether a token is set, never the token.
        auth_token_set: r.req_bool(Conf, &["AuthTokenEnabled"], "auth_token_set"),
        automatic_failover_enabled: automatic_failover,
    }
}

pub fn dynamodb_table(head: &Head, r: &mut Reader<'_>, links: &mut Links) -> DynamoDbTable {
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
