//! `AWS::S3::Bucket`, `AWS::S3::AccountPublicAccessBlock`.

use super::PolicyDocument;
use schemars::JsonSchema;
use serde::Serialize;

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

impl S3Encryption {
    /// SSE-S3 (AES-256), which S3 applies to every bucket without a configuration of its own
    /// since January 2023.
    pub fn s3_default() -> S3Encryption {
        S3Encryption {
            at_rest: Some(true),
            algorithm: Some(crate::aws::S3_DEFAULT_SSE.into()),
            kms_key: None,
            aws_default: true,
        }
    }
}

/// `AWS::S3::AccountPublicAccessBlock`: the account-wide block, applied to every bucket on top
/// of the bucket's own. A setting not configured is off.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct S3AccountPublicAccessBlock {
    pub block_public_acls: Option<bool>,
    pub block_public_policy: Option<bool>,
    pub ignore_public_acls: Option<bool>,
    pub restrict_public_buckets: Option<bool>,
}
