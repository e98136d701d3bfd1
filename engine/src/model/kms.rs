//! `AWS::KMS::Key`.

use super::PolicyDocument;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct KmsKey {
    pub description: Option<String>,
    /// `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, ...
    pub key_usage: Option<String>,
    /// `SYMMETRIC_DEFAULT`, `RSA_2048`, ...
    pub key_spec: Option<String>,
    pub rotation_enabled: Option<bool>,
    pub enabled: Option<bool>,
    /// `Enabled`, `Disabled`, `PendingDeletion`, `PendingImport`, `Unavailable`, ...
    pub key_state: Option<String>,
    /// Where the key material comes from: `AWS_KMS`, `EXTERNAL` (imported),
    /// `AWS_CLOUDHSM` or `EXTERNAL_KEY_STORE` (custom key stores).
    pub origin: Option<String>,
    pub multi_region: Option<bool>,
    /// For a multi-Region replica key, the primary key whose material it holds (ARN, or plan
    /// address); `null` for a primary or single-Region key.
    pub primary_key: Option<String>,
    /// `CUSTOMER` or `AWS`.
    pub key_manager: Option<String>,
    pub policy: Option<PolicyDocument>,
}
