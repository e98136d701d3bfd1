//! `AWS::Logs::LogGroup`.

use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct LogsLogGroup {
    pub name: Option<String>,
    /// Days events are kept; `0` means they never expire.
    pub retention_in_days: Option<i64>,
    /// The KMS key encrypting the events; `null` means CloudWatch Logs' own encryption.
    pub kms_key: Option<String>,
    /// `STANDARD`, `INFREQUENT_ACCESS` or `DELIVERY`.
    pub log_group_class: Option<String>,
    /// Where subscription filters stream its events.
    pub subscriptions: Vec<LogSubscription>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct LogSubscription {
    /// The destination: a Kinesis or Firehose stream, a Lambda function or a Logs destination
    /// (ARN, or plan address).
    pub destination: Option<String>,
    /// The destination's region: from its ARN, or from the resource when the input holds it.
    pub destination_region: Option<String>,
    /// The subscription filter resource.
    pub defined_by: Option<String>,
}
