//! `AWS::Redshift::Cluster`.

use super::Encryption;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct RedshiftCluster {
    pub identifier: Option<String>,
    /// Encryption at rest; `kms_key: null` with `at_rest: true` is a key Redshift chooses
    /// (the AWS managed `aws/redshift` key or an AWS owned key).
    pub encryption: Encryption,
    /// The leader node's endpoint resolves to a public IP address.
    pub publicly_accessible: Option<bool>,
    /// Audit logging (connection, user and user activity logs) to S3 or CloudWatch Logs.
    pub audit_logging: Option<bool>,
    /// Days automated snapshots are kept; `0` turns them off.
    pub automated_snapshot_retention_period: Option<i64>,
    /// COPY and UNLOAD traffic goes through the cluster's VPC.
    pub enhanced_vpc_routing: Option<bool>,
    /// The parameter group (`require_ssl` and audit settings live there).
    pub cluster_parameter_group_name: Option<String>,
}
