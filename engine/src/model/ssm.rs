//! `AWS::SSM::Parameter`. The parameter's value never enters the model.

use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct SsmParameter {
    pub name: Option<String>,
    /// `String`, `StringList` or `SecureString` (encrypted with a KMS key).
    #[serde(rename = "type")]
    pub parameter_type: Option<String>,
    /// The KMS key of a `SecureString` (ARN, id, alias or plan address); `null` with
    /// `customer_managed_key: false` means the AWS managed `aws/ssm` key.
    pub kms_key: Option<String>,
    /// Whether a `SecureString` is encrypted with a customer managed key; `null` for other types.
    pub customer_managed_key: Option<bool>,
    /// `Standard`, `Advanced` or `Intelligent-Tiering`.
    pub tier: Option<String>,
    /// `text`, `aws:ec2:image` or `aws:ssm:integration`.
    pub data_type: Option<String>,
}

impl SsmParameter {
    /// Whether a key names the AWS managed key rather than one of the customer's.
    pub fn is_aws_managed_key(key: &str) -> bool {
        key.ends_with("alias/aws/ssm")
    }
}
