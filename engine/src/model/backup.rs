//! `AWS::Backup::BackupVault`, `AWS::Backup::BackupPlan`.

use super::PolicyDocument;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct BackupVault {
    pub name: Option<String>,
    /// The KMS key encrypting the vault's recovery points (ARN, or plan address of a key in
    /// the same plan); `null` when none is named, which is AWS Backup's AWS managed
    /// `aws/backup` key.
    pub kms_key: Option<String>,
    /// The recovery points are encrypted with a customer managed key, not `aws/backup`.
    pub customer_managed_key: Option<bool>,
    pub lock: BackupVaultLock,
    /// The vault access policy; `null` when none is set.
    pub policy: Option<PolicyDocument>,
}

/// AWS Backup Vault Lock: recovery points cannot be deleted or have their retention shortened
/// outside the bounds, by anyone (the root user included) once the lock is in compliance mode.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct BackupVaultLock {
    pub enabled: Option<bool>,
    /// The shortest retention a recovery point in the vault may have; `null` without a lock or
    /// when the lock sets none.
    pub min_retention_days: Option<i64>,
    /// The longest retention a recovery point in the vault may have; `null` when none is set.
    pub max_retention_days: Option<i64>,
    /// Days until the lock becomes immutable (compliance mode); `null` in governance mode,
    /// where suitably privileged users can still remove it.
    pub changeable_for_days: Option<i64>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct BackupPlan {
    pub name: Option<String>,
    pub rules: Vec<BackupRule>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct BackupRule {
    pub rule_name: Option<String>,
    /// The vault recovery points are stored in (its name, or the plan address of a vault in
    /// the same plan).
    pub target_vault: Option<String>,
    /// The cron or rate expression; `null` when the rule only runs on demand.
    pub schedule: Option<String>,
    /// Days after creation a recovery point is deleted; `null` when it is kept until deleted
    /// by hand.
    pub delete_after_days: Option<i64>,
    /// Continuous backups (point-in-time restore) for the services that support them.
    pub continuous_backup: Option<bool>,
    pub copy_actions: Vec<BackupCopyAction>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct BackupCopyAction {
    /// The destination vault's ARN, or the plan address of a vault in the same plan.
    pub destination_vault: Option<String>,
    /// The destination vault's region, from its ARN; `null` when the ARN is only known after
    /// apply.
    pub destination_region: Option<String>,
    /// Days after creation the copy is deleted; `null` when it is kept until deleted by hand.
    pub delete_after_days: Option<i64>,
}
