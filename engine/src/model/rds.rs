//! `AWS::RDS::DBInstance`, `AWS::RDS::DBCluster`, `AWS::RDS::DBSubnetGroup`.

use super::{Encryption, Network};
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct RdsDbInstance {
    pub identifier: Option<String>,
    pub engine: Option<String>,
    pub engine_version: Option<String>,
    pub instance_class: Option<String>,
    /// The port the database listens on; a plan that does not set it leaves it to the
    /// engine's default, known only after apply.
    pub port: Option<i64>,
    pub encryption: Encryption,
    pub publicly_accessible: Option<bool>,
    pub backup_retention_period: Option<i64>,
    pub multi_az: Option<bool>,
    pub deletion_protection: Option<bool>,
    pub iam_database_authentication_enabled: Option<bool>,
    /// The cluster this instance belongs to (Aurora): storage settings are the cluster's.
    pub cluster: Option<String>,
    pub replicate_source_db: Option<String>,
    /// The DB subnet group's name or plan address.
    pub subnet_group: Option<String>,
    pub network: Network,
    /// The regions its automated backups are replicated to (cross-Region automated backups);
    /// empty when none.
    pub backup_replication_regions: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct RdsDbCluster {
    pub identifier: Option<String>,
    pub engine: Option<String>,
    pub engine_version: Option<String>,
    pub encryption: Encryption,
    pub backup_retention_period: Option<i64>,
    pub deletion_protection: Option<bool>,
    pub iam_database_authentication_enabled: Option<bool>,
    pub publicly_accessible: Option<bool>,
    /// The DB subnet group's name or plan address.
    pub subnet_group: Option<String>,
    pub network: Network,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct RdsDbSubnetGroup {
    pub name: Option<String>,
    pub vpc_id: Option<String>,
    /// Subnet ids or plan addresses.
    pub subnets: Vec<String>,
}

/// A manual or copied DB snapshot (`AWS::RDS::DBSnapshot`) or DB cluster snapshot
/// (`AWS::RDS::DBClusterSnapshot`).
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct RdsDbSnapshot {
    pub identifier: Option<String>,
    /// The DB instance or cluster the snapshot was taken of; `null` for a copy.
    pub source_db: Option<String>,
    /// The snapshot a copy was made of (identifier or ARN); `null` when not a copy.
    pub source_snapshot: Option<String>,
    pub engine: Option<String>,
    /// Encrypted at rest, as its source is (a copy may add encryption with a key of its own).
    pub encryption: Encryption,
    /// Accounts the snapshot is shared with (may restore it); `all` means public.
    pub shared_accounts: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct RdsDbParameterGroup {
    pub name: Option<String>,
    /// `postgres16`, `mysql8.0`, `sqlserver-se-15.0`, `aurora-postgresql15`, ...
    pub family: Option<String>,
    /// The parameters the group sets, by name lower-cased (`rds.force_ssl`); parameters left
    /// at the family's default are absent.
    pub parameters: std::collections::BTreeMap<String, String>,
}
