//! `AWS::EFS::FileSystem`.

use super::{Encryption, PolicyDocument};
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct EfsFileSystem {
    /// Encryption at rest; `kms_key: null` with `at_rest: true` is the AWS managed
    /// `aws/elasticfilesystem` key.
    pub encryption: Encryption,
    /// One Zone storage (the file system lives in one availability zone).
    pub one_zone: Option<bool>,
    /// Automatic backups by AWS Backup (the file system's backup policy is `ENABLED`).
    pub automatic_backups: Option<bool>,
    /// The file system policy, when one is set (without one, any client that can reach a
    /// mount target may mount it).
    pub policy: Option<PolicyDocument>,
}
