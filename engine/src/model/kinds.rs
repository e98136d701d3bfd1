//! Kinds and their attributes.
//!
//! Conventions every loader keeps, and every policy relies on:
//! - `null` means *unknown* (only known after apply, or not recorded by the source); the path is
//!   then listed in the resource's `unknown`. A setting that is simply not configured gets its
//!   effective default (`false`, `[]`, `0`), never `null`.
//! - Keys are referred to by what identifies them in the input: an ARN, a key id, or the plan
//!   address of a key created in the same plan (`aws_kms_key.main`).
//! - Secrets (passwords, tokens) are never attributes; at most a flag says one is set.

use super::PolicyDocument;
use schemars::JsonSchema;
use serde::Serialize;

macro_rules! kinds {
    ($($variant:ident => $name:literal, $attrs:ident;)*) => {
        /// A resource kind, named as AWS CloudFormation / Config name the type.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
        pub enum Kind {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl Kind {
            pub const ALL: &'static [Kind] = &[$(Kind::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Kind::$variant => $name,)* }
            }

            pub fn parse(name: &str) -> Option<Kind> {
                match name { $($name => Some(Kind::$variant),)* _ => None }
            }

            /// The JSON Schema of this kind's `attributes`.
            pub fn attributes_schema(self) -> schemars::Schema {
                match self { $(Kind::$variant => schemars::schema_for!($attrs),)* }
            }
        }

        /// Kind-specific attributes; serialized as the bare struct.
        #[derive(Debug, Clone, Serialize, JsonSchema)]
        #[serde(untagged)]
        pub enum Attributes {
            $($variant($attrs),)*
        }

        impl Attributes {
            pub fn kind(&self) -> Kind {
                match self { $(Attributes::$variant(_) => Kind::$variant,)* }
            }
        }
    };
}

kinds! {
    S3Bucket => "AWS::S3::Bucket", S3Bucket;
    SecurityGroup => "AWS::EC2::SecurityGroup", SecurityGroup;
    Volume => "AWS::EC2::Volume", Volume;
    Instance => "AWS::EC2::Instance", Instance;
    DbInstance => "AWS::RDS::DBInstance", DbInstance;
    DbCluster => "AWS::RDS::DBCluster", DbCluster;
    ElastiCacheReplicationGroup => "AWS::ElastiCache::ReplicationGroup", ElastiCacheReplicationGroup;
    DynamoDbTable => "AWS::DynamoDB::Table", DynamoDbTable;
    KmsKey => "AWS::KMS::Key", KmsKey;
    CloudTrailTrail => "AWS::CloudTrail::Trail", CloudTrailTrail;
    Listener => "AWS::ElasticLoadBalancingV2::Listener", Listener;
    IamUser => "AWS::IAM::User", IamUser;
    IamGroup => "AWS::IAM::Group", IamGroup;
    IamRole => "AWS::IAM::Role", IamRole;
    IamPolicy => "AWS::IAM::Policy", IamPolicy;
    AccountPasswordPolicy => "AWS::IAM::AccountPasswordPolicy", AccountPasswordPolicy;
}

/// Encryption at rest, shared by every storage kind.
#[derive(Debug, Clone, Default, Serialize, JsonSchema, PartialEq)]
pub struct Encryption {
    pub at_rest: Option<bool>,
    /// The key: ARN, key id, alias, or plan address of a key in the same plan; `null` with
    /// `at_rest: true` means the service's default key.
    pub kms_key: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct S3Bucket {
    pub bucket: Option<String>,
    pub encryption: S3Encryption,
    pub public_access_block: PublicAccessBlock,
    /// Canned ACL (`private`, `public-read`, ...); `null` when unknown.
    pub acl: Option<String>,
    /// Grantee groups of ACL grants to everyone (`AllUsers`, `AuthenticatedUsers`).
    pub public_grants: Vec<String>,
    pub versioning: Versioning,
    pub logging: Logging,
    /// The bucket policy, when one is attached.
    pub policy: Option<PolicyDocument>,
    pub replication: Vec<Replication>,
    pub object_lock_enabled: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct S3Encryption {
    pub at_rest: Option<bool>,
    /// `AES256`, `aws:kms` or `aws:kms:dsse`.
    pub algorithm: Option<String>,
    pub kms_key: Option<String>,
    /// True when no configuration was given and S3's default (SSE-S3, since January 2023) applies.
    pub aws_default: bool,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct PublicAccessBlock {
    /// Whether a bucket-level block exists at all; `null` when the source does not record it.
    pub configured: Option<bool>,
    pub block_public_acls: Option<bool>,
    pub block_public_policy: Option<bool>,
    pub ignore_public_acls: Option<bool>,
    pub restrict_public_buckets: Option<bool>,
    /// True when none was configured and the bucket is new: S3 turns all four settings on for
    /// every new bucket (since April 2023), so the flags above are that default.
    pub aws_default: bool,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Versioning {
    pub enabled: Option<bool>,
    pub mfa_delete: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Logging {
    pub enabled: Option<bool>,
    pub target_bucket: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Replication {
    pub rule_id: Option<String>,
    /// `Enabled` or `Disabled`.
    pub status: Option<String>,
    /// Destination bucket ARN, name or plan address.
    pub destination_bucket: Option<String>,
    /// Region of the destination bucket when the input lets it be known.
    pub destination_region: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct SecurityGroup {
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
pub struct Volume {
    pub encryption: Encryption,
    pub size_gib: Option<i64>,
    pub volume_type: Option<String>,
    pub availability_zone: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Instance {
    pub instance_type: Option<String>,
    pub image_id: Option<String>,
    pub subnet_id: Option<String>,
    pub associate_public_ip_address: Option<bool>,
    pub block_devices: Vec<BlockDevice>,
    pub metadata_options: MetadataOptions,
    pub iam_instance_profile: Option<String>,
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

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct DbInstance {
    pub identifier: Option<String>,
    pub engine: Option<String>,
    pub engine_version: Option<String>,
    pub instance_class: Option<String>,
    pub encryption: Encryption,
    pub publicly_accessible: Option<bool>,
    pub backup_retention_period: Option<i64>,
    pub multi_az: Option<bool>,
    pub deletion_protection: Option<bool>,
    pub iam_database_authentication_enabled: Option<bool>,
    /// The cluster this instance belongs to (Aurora): storage settings are the cluster's.
    pub cluster: Option<String>,
    pub replicate_source_db: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct DbCluster {
    pub identifier: Option<String>,
    pub engine: Option<String>,
    pub engine_version: Option<String>,
    pub encryption: Encryption,
    pub backup_retention_period: Option<i64>,
    pub deletion_protection: Option<bool>,
    pub iam_database_authentication_enabled: Option<bool>,
    pub publicly_accessible: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct ElastiCacheReplicationGroup {
    pub replication_group_id: Option<String>,
    pub engine: Option<String>,
    pub encryption: Encryption,
    pub transit_encryption_enabled: Option<bool>,
    /// Whether an AUTH token is configured (never the token).
    pub auth_token_set: Option<bool>,
    pub automatic_failover_enabled: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct DynamoDbTable {
    pub table_name: Option<String>,
    pub encryption: DynamoDbEncryption,
    pub point_in_time_recovery: Option<bool>,
    pub deletion_protection: Option<bool>,
    /// Global table replicas (regions other than the table's own).
    pub replicas: Vec<DynamoDbReplica>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct DynamoDbEncryption {
    /// DynamoDB always encrypts at rest.
    pub at_rest: Option<bool>,
    /// `aws-owned`, `aws-managed` or `customer-managed`.
    pub key_type: Option<String>,
    pub kms_key: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct DynamoDbReplica {
    pub region: Option<String>,
    pub kms_key: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct KmsKey {
    pub description: Option<String>,
    /// `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, ...
    pub key_usage: Option<String>,
    /// `SYMMETRIC_DEFAULT`, `RSA_2048`, ...
    pub key_spec: Option<String>,
    pub rotation_enabled: Option<bool>,
    pub enabled: Option<bool>,
    pub multi_region: Option<bool>,
    /// `CUSTOMER` or `AWS`.
    pub key_manager: Option<String>,
    pub policy: Option<PolicyDocument>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct CloudTrailTrail {
    pub trail_name: Option<String>,
    pub is_multi_region_trail: Option<bool>,
    pub include_global_service_events: Option<bool>,
    pub log_file_validation_enabled: Option<bool>,
    pub kms_key: Option<String>,
    /// Whether the trail is recording.
    pub is_logging: Option<bool>,
    /// Which management events the trail records: `All`, `ReadOnly`, `WriteOnly` or `None`.
    pub management_events: Option<String>,
    /// Whether the trail records S3 object-level data events, for any bucket.
    pub s3_data_events: Option<bool>,
    pub s3_bucket: Option<String>,
    pub cloudwatch_logs_log_group: Option<String>,
    pub is_organization_trail: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Listener {
    /// `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, `TCP_UDP`, `GENEVE`.
    pub protocol: Option<String>,
    pub port: Option<i64>,
    pub ssl_policy: Option<String>,
    pub certificate: Option<String>,
    pub load_balancer: Option<String>,
    pub default_actions: Vec<ListenerAction>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct ListenerAction {
    /// `forward`, `redirect`, `fixed-response`, `authenticate-oidc`, ...
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub redirect_protocol: Option<String>,
}

/// A policy in effect on an identity: inline, or a managed policy attached to it.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct AttachedPolicy {
    pub name: Option<String>,
    pub arn: Option<String>,
    /// `inline` or `managed`.
    pub attachment: String,
    /// The document, when the input holds it (a managed policy of the same plan or snapshot).
    pub document: Option<PolicyDocument>,
    /// The input resource that attached or defined it.
    pub defined_by: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct IamUser {
    pub user_name: Option<String>,
    pub path: Option<String>,
    /// Whether the user can sign in to the console (has a login profile); `null` when the source
    /// does not say.
    pub console_access: Option<bool>,
    pub policies: Vec<AttachedPolicy>,
    pub groups: Vec<String>,
    /// Policies the user gets through its groups.
    pub group_policies: Vec<AttachedPolicy>,
    pub permissions_boundary: Option<String>,
}

/// Each group's policies, and whether any of them is not fully known (hidden or unknown).
pub type GroupPolicies = std::collections::HashMap<String, (Vec<AttachedPolicy>, bool)>;

impl IamUser {
    /// Sets `group_policies` from the user's groups. Returns whether what the groups grant is
    /// not fully known: a group the input does not hold, or one with a policy it cannot see.
    pub fn inherit_group_policies(&mut self, groups: &GroupPolicies) -> bool {
        let mut hidden = false;
        self.group_policies = Vec::new();
        for g in &self.groups {
            match groups.get(g) {
                Some((policies, h)) => {
                    self.group_policies.extend(policies.iter().cloned());
                    hidden |= *h;
                }
                None => hidden = true,
            }
        }
        hidden
    }
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct IamGroup {
    pub group_name: Option<String>,
    pub policies: Vec<AttachedPolicy>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct IamRole {
    pub role_name: Option<String>,
    pub assume_role_policy: Option<PolicyDocument>,
    pub policies: Vec<AttachedPolicy>,
    pub max_session_duration: Option<i64>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct IamPolicy {
    pub policy_name: Option<String>,
    pub arn: Option<String>,
    pub document: Option<PolicyDocument>,
    /// How many identities it is attached to, when known.
    pub attachment_count: Option<i64>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct AccountPasswordPolicy {
    pub minimum_password_length: Option<i64>,
    pub require_symbols: Option<bool>,
    pub require_numbers: Option<bool>,
    pub require_uppercase_characters: Option<bool>,
    pub require_lowercase_characters: Option<bool>,
    pub allow_users_to_change_password: Option<bool>,
    /// `0` when reuse is not limited.
    pub password_reuse_prevention: Option<i64>,
    /// Days; `0` when passwords never expire.
    pub max_password_age: Option<i64>,
    pub hard_expiry: Option<bool>,
}
