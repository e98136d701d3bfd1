//! `AWS::SQS::Queue`.

use super::PolicyDocument;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct SqsQueue {
    pub name: Option<String>,
    /// A FIFO queue (`.fifo` name, ordered, exactly-once).
    pub fifo: Option<bool>,
    pub encryption: SqsEncryption,
    /// The queue policy, when one is set.
    pub policy: Option<PolicyDocument>,
    pub message_retention_seconds: Option<i64>,
    /// The dead-letter queue (ARN or plan address) messages go to after too many receives;
    /// `null` when none.
    pub dead_letter_target: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct SqsEncryption {
    /// Encrypted at rest, by either SSE-SQS or SSE-KMS.
    pub at_rest: Option<bool>,
    /// The SSE-KMS key (ARN, id, alias or plan address); `null` without SSE-KMS.
    pub kms_key: Option<String>,
    /// SSE-SQS: encryption with keys SQS manages (on by default for queues created since
    /// late 2022 that do not use SSE-KMS).
    pub sqs_managed: Option<bool>,
}
