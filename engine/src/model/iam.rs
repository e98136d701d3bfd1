//! `AWS::IAM::User`, `Group`, `Role`, `Policy`, and the account password policy.

use super::{AttachedPolicy, PolicyDocument};
use schemars::JsonSchema;
use serde::Serialize;

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
pub struct IamAccountPasswordPolicy {
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
