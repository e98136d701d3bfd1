//! `AWS::RDS::DBInstance`, `AWS::RDS::DBCluster`, `AWS::RDS::DBSubnetGroup`,
//! `AWS::RDS::DBSnapshot`, `AWS::RDS::DBClusterSnapshot`.

use super::item::Head;
use super::reader::{as_bool, as_str, member, Conf, Got, Reader, Supp};
use crate::model::*;
use serde_json::Value;

pub fn db_instance(head: &Head, r: &mut Reader<'_>) -> RdsDbInstance {
    // The subnet group is recorded inline, with its subnets.
    let (subnet_group, subnets) = match r.get(Conf, &["dBSubnetGroup"]) {
        Got::Value(g) => (
            member(g, "dBSubnetGroupName").and_then(as_str),
            member(g, "subnets")
                .and_then(Value::as_array)
                .map(|l| {
                    l.iter()
                        .filter_map(|s| member(s, "subnetIdentifier").and_then(as_str))
                        .collect()
                })
                .unwrap_or_default(),
        ),
        Got::Absent => (None, Vec::new()),
        Got::NotRecorded => {
            r.mark("network.subnets");
            (None, Vec::new())
        }
    };
    let security_groups = security_groups(r);
    RdsDbInstance {
        identifier: r.req_str_or(
            Conf,
            &["dBInstanceIdentifier"],
            "identifier",
            head.resource_name.as_ref(),
        ),
        engine: r.req_str(Conf, &["engine"], "engine"),
        engine_version: r.req_str(Conf, &["engineVersion"], "engine_version"),
        instance_class: r.req_str(Conf, &["dBInstanceClass"], "instance_class"),
        port: r.req_int(Conf, &["endpoint", "port"], "port"),
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
        subnet_group,
        network: Network {
            subnets,
            security_groups,
            ..Default::default()
        },
        backup_replication_regions: backup_replication_regions(r),
    }
}

/// The regions of `dBInstanceAutomatedBackupsReplications` (each an `auto-backup` ARN there).
fn backup_replication_regions(r: &mut Reader<'_>) -> Vec<String> {
    let mut regions: Vec<String> = r
        .opt_list(
            Conf,
            &["dBInstanceAutomatedBackupsReplications"],
            "backup_replication_regions",
        )
        .iter()
        .filter_map(|b| member(b, "dBInstanceAutomatedBackupsArn").and_then(as_str))
        .filter_map(|arn| crate::aws::Arn::parse(&arn).and_then(|a| a.region().map(str::to_owned)))
        .collect();
    regions.sort();
    regions.dedup();
    regions
}

pub fn db_cluster(head: &Head, r: &mut Reader<'_>) -> RdsDbCluster {
    let security_groups = security_groups(r);
    RdsDbCluster {
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
        // Cluster items name the group; its subnets are the group's own record.
        subnet_group: r.opt_str(Conf, &["dBSubnetGroup"], "subnet_group"),
        network: Network {
            security_groups,
            ..Default::default()
        },
    }
}

pub fn db_subnet_group(head: &Head, r: &mut Reader<'_>) -> RdsDbSubnetGroup {
    RdsDbSubnetGroup {
        name: r.req_str_or(
            Conf,
            &["dBSubnetGroupName"],
            "name",
            head.resource_name.as_ref(),
        ),
        vpc_id: r.req_str(Conf, &["vpcId"], "vpc_id"),
        subnets: r
            .req_list(Conf, &["subnets"], "subnets")
            .iter()
            .filter_map(|s| member(s, "subnetIdentifier").and_then(as_str))
            .collect(),
    }
}

/// `vpcSecurityGroups[].vpcSecurityGroupId`.
fn security_groups(r: &mut Reader<'_>) -> Vec<String> {
    r.req_list(Conf, &["vpcSecurityGroups"], "network.security_groups")
        .iter()
        .filter_map(|g| member(g, "vpcSecurityGroupId").and_then(as_str))
        .collect()
}

/// `AWS::RDS::DBSnapshot`; who may restore it is the supplementary `DBSnapshotAttributes`
/// (`restore`: account ids, or `all` when public).
pub fn db_snapshot(head: &Head, r: &mut Reader<'_>) -> RdsDbSnapshot {
    RdsDbSnapshot {
        identifier: r.req_str_or(
            Conf,
            &["dBSnapshotIdentifier"],
            "identifier",
            head.resource_name.as_ref(),
        ),
        source_db: r.opt_str(Conf, &["dBInstanceIdentifier"], "source_db"),
        source_snapshot: r.opt_str(Conf, &["sourceDBSnapshotIdentifier"], "source_snapshot"),
        engine: r.req_str(Conf, &["engine"], "engine"),
        encryption: Encryption {
            at_rest: r.req_bool(Conf, &["encrypted"], "encryption.at_rest"),
            kms_key: r.opt_str(Conf, &["kmsKeyId"], "encryption.kms_key"),
        },
        shared_accounts: restore_accounts(r, "DBSnapshotAttributes"),
    }
}

/// `AWS::RDS::DBClusterSnapshot` (`dbcluster…` spelled in lower case, as Config writes it).
pub fn db_cluster_snapshot(head: &Head, r: &mut Reader<'_>) -> RdsDbSnapshot {
    RdsDbSnapshot {
        identifier: r.req_str_or(
            Conf,
            &["dbclusterSnapshotIdentifier"],
            "identifier",
            head.resource_name.as_ref(),
        ),
        source_db: r.opt_str(Conf, &["dbclusterIdentifier"], "source_db"),
        source_snapshot: r.opt_str(Conf, &["sourceDBClusterSnapshotArn"], "source_snapshot"),
        engine: r.req_str(Conf, &["engine"], "engine"),
        encryption: Encryption {
            at_rest: r.req_bool(Conf, &["storageEncrypted"], "encryption.at_rest"),
            kms_key: r.opt_str(Conf, &["kmsKeyId"], "encryption.kms_key"),
        },
        shared_accounts: restore_accounts(r, "DBClusterSnapshotAttributes"),
    }
}

/// The `restore` attribute's values: a list of `{attributeName, attributeValues}`, bare or
/// inside the `Describe…AttributesResult` object.
fn restore_accounts(r: &mut Reader<'_>, key: &str) -> Vec<String> {
    let list = match r.get(Supp, &[key]) {
        Got::Value(Value::Array(a)) => Some(a),
        Got::Value(v) => member(v, key).and_then(Value::as_array),
        _ => None,
    };
    let Some(list) = list else {
        r.mark("shared_accounts");
        return Vec::new();
    };
    let mut accounts: Vec<String> = list
        .iter()
        .filter(|a| member(a, "attributeName").and_then(Value::as_str) == Some("restore"))
        .filter_map(|a| member(a, "attributeValues").and_then(Value::as_array))
        .flatten()
        .filter_map(as_str)
        .collect();
    accounts.sort();
    accounts
}
