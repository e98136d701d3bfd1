//! `AWS::DynamoDB::Table`.

use schemars::JsonSchema;
use serde::Serialize;

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
