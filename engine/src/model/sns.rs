//! `AWS::SNS::Topic`.

use super::{Encryption, PolicyDocument};
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct SnsTopic {
    pub name: Option<String>,
    /// A FIFO topic (`.fifo` name, ordered delivery to SQS FIFO queues).
    pub fifo: Option<bool>,
    /// Server-side encryption: SNS encrypts messages at rest only with a KMS key
    /// (`kms_master_key_id`); `kms_key` is that key (`alias/aws/sns` is the AWS managed one).
    pub encryption: Encryption,
    /// The topic's access policy. A plan that leaves SNS's default (the owner account only)
    /// has `null`; AWS Config records the default document.
    pub policy: Option<PolicyDocument>,
}
