//! `AWS::AutoScaling::AutoScalingGroup`, `AWS::AutoScaling::LaunchConfiguration`.

use super::{BlockDevice, MetadataOptions};
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct AutoScalingGroup {
    pub name: Option<String>,
    /// The Availability Zones it launches into: given, or those of its subnets (found in the
    /// input after loading).
    pub availability_zones: Option<Vec<String>>,
    /// Its subnets (`vpc_zone_identifier`), ids or plan addresses; empty outside a VPC.
    pub subnets: Vec<String>,
    /// `EC2` (instance status checks only), `ELB`, `VPC_LATTICE` or `EBS`, comma-separated
    /// when several.
    pub health_check_type: Option<String>,
    /// The launch template (id, name or plan address), also through a mixed instances policy.
    pub launch_template: Option<String>,
    /// The launch configuration (name or plan address).
    pub launch_configuration: Option<String>,
    /// Classic load balancers it registers its instances with (names or plan addresses).
    pub load_balancers: Vec<String>,
    /// Target groups it registers its instances with (ARNs or plan addresses).
    pub target_groups: Vec<String>,
    pub min_size: Option<i64>,
    pub max_size: Option<i64>,
}

/// A launch configuration: what the instances of a group using it get.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct AutoScalingLaunchConfiguration {
    pub name: Option<String>,
    pub image_id: Option<String>,
    pub instance_type: Option<String>,
    /// IMDS settings; `http_tokens` is `optional` when the configuration does not set it.
    pub metadata_options: MetadataOptions,
    /// The root and EBS block devices it declares; devices it does not declare follow the
    /// AMI's snapshots.
    pub block_devices: Vec<BlockDevice>,
    /// Whether instances get a public IPv4 address; `null` (and not unknown) when it does not
    /// say, and the subnet decides.
    pub associate_public_ip_address: Option<bool>,
    /// The instance profile (ARN, name or plan address); `null` when none.
    pub iam_instance_profile: Option<String>,
    /// Security group ids or plan addresses.
    pub security_groups: Vec<String>,
}
