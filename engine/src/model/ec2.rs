//! `AWS::EC2::SecurityGroup`, `AWS::EC2::Volume`, `AWS::EC2::Instance`, and the account's
//! `AWS::EC2::EBSEncryptionByDefault`.

use super::{Encryption, Network};
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Ec2SecurityGroup {
    pub group_name: Option<String>,
    pub vpc_id: Option<String>,
    /// The VPC's default security group.
    pub is_default: bool,
    pub ingress: Vec<SecurityGroupRule>,
    pub egress: Vec<SecurityGroupRule>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema, PartialEq)]
pub struct SecurityGroupRule {
    /// `tcp`, `udp`, `icmp`, `icmpv6`, `-1` (all) or a protocol number.
    pub protocol: String,
    /// Inclusive port range; `0`–`65535` for all traffic.
    pub from_port: Option<i64>,
    pub to_port: Option<i64>,
    pub ipv4_ranges: Vec<String>,
    pub ipv6_ranges: Vec<String>,
    pub source_groups: Vec<String>,
    pub prefix_lists: Vec<String>,
    pub description: Option<String>,
    /// The input resource that defined the rule when it is not the group itself.
    pub defined_by: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Ec2Volume {
    pub encryption: Encryption,
    pub size_gib: Option<i64>,
    pub volume_type: Option<String>,
    pub availability_zone: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Ec2Instance {
    pub instance_type: Option<String>,
    pub image_id: Option<String>,
    pub subnet_id: Option<String>,
    pub associate_public_ip_address: Option<bool>,
    pub block_devices: Vec<BlockDevice>,
    pub metadata_options: MetadataOptions,
    pub iam_instance_profile: Option<String>,
    pub network: Network,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct BlockDevice {
    pub device_name: Option<String>,
    pub root: bool,
    pub encryption: Encryption,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct MetadataOptions {
    /// `required` (IMDSv2 only) or `optional`.
    pub http_tokens: Option<String>,
    /// `enabled` or `disabled`.
    pub http_endpoint: Option<String>,
}

/// `AWS::EC2::EBSEncryptionByDefault`: the account's EBS default in one region, whether new
/// volumes are encrypted and with which key. Not a CloudFormation or Config type.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Ec2EbsEncryptionByDefault {
    pub enabled: Option<bool>,
    /// The default key (`aws_ebs_default_kms_key` satellite): ARN, alias, or plan address of a
    /// key in the same plan; `null` and not in `unknown` is EBS's AWS managed key (`aws/ebs`).
    pub kms_key: Option<String>,
}

/// `AWS::EC2::LaunchTemplate`: what instances launched from the template (its default version)
/// get, as far as the template says; what it leaves out the AMI, the subnet or the account's
/// defaults decide.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Ec2LaunchTemplate {
    pub name: Option<String>,
    pub image_id: Option<String>,
    pub instance_type: Option<String>,
    /// IMDS settings; `http_tokens` is `optional` when the template does not set it.
    pub metadata_options: MetadataOptions,
    /// The EBS block devices the template maps (`root` is always false: a template does not
    /// say which device is the AMI's root). Devices it does not map follow the AMI's snapshots.
    pub block_devices: Vec<BlockDevice>,
    /// Whether a network interface of the template asks for a public IPv4 address; `null`
    /// (and not unknown) when no interface says, and the subnet decides.
    pub associate_public_ip_address: Option<bool>,
    /// The instance profile (ARN, name or plan address); `null` when none.
    pub iam_instance_profile: Option<String>,
    /// Security group ids or plan addresses, of the template and its interfaces.
    pub security_groups: Vec<String>,
}
