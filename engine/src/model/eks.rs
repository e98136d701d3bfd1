//! `AWS::EKS::Cluster`.

use super::Network;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct EksCluster {
    pub name: Option<String>,
    /// Kubernetes version (`1.31`).
    pub version: Option<String>,
    /// Whether the Kubernetes API endpoint is reachable from the internet.
    pub endpoint_public_access: Option<bool>,
    /// Whether it is reachable from inside the VPC.
    pub endpoint_private_access: Option<bool>,
    /// CIDR blocks allowed to reach the public endpoint (EKS's default is `0.0.0.0/0`); they
    /// matter only with `endpoint_public_access`.
    pub public_access_cidrs: Vec<String>,
    /// The KMS key that envelope-encrypts Kubernetes secrets; `null` when secrets are not
    /// envelope-encrypted.
    pub secrets_encryption_kms_key: Option<String>,
    /// Control plane log types sent to CloudWatch Logs: `api`, `audit`, `authenticator`,
    /// `controllerManager`, `scheduler`.
    pub enabled_log_types: Vec<String>,
    /// The cluster's subnets and the additional security groups given to it (not the cluster
    /// security group EKS creates).
    pub network: Network,
}
