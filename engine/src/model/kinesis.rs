//! `AWS::Kinesis::Stream`.

use super::Encryption;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct KinesisStream {
    pub name: Option<String>,
    /// Server-side encryption (`encryption_type = "KMS"`); `kms_key` is its key
    /// (`alias/aws/kinesis` is the AWS managed one). Kinesis does not encrypt by default.
    pub encryption: Encryption,
    /// How long records are kept, in hours (24 to 8760).
    pub retention_hours: Option<i64>,
}
