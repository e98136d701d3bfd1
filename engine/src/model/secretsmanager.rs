//! `AWS::SecretsManager::Secret`. The secret's value never enters the model.

use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct SecretsManagerSecret {
    pub name: Option<String>,
    /// The customer managed KMS key (ARN, id, alias or plan address); `null` with
    /// `customer_managed_key: false` means the AWS managed `aws/secretsmanager` key.
    pub kms_key: Option<String>,
    /// Whether the secret is encrypted with a customer managed key.
    pub customer_managed_key: Option<bool>,
    pub rotation_enabled: Option<bool>,
    /// Days between automatic rotations; `0` when rotation is off or its schedule is not a
    /// fixed number of days (see `rotation_schedule`).
    pub rotation_days: Option<i64>,
    /// The rotation schedule expression (`rate(10 days)`, `cron(...)`) when one is set.
    pub rotation_schedule: Option<String>,
    /// Regions the secret is replicated to.
    pub replica_regions: Vec<String>,
}

impl SecretsManagerSecret {
    /// Whether a key names the AWS managed key rather than one of the customer's.
    pub fn is_aws_managed_key(key: &str) -> bool {
        key.ends_with("alias/aws/secretsmanager")
    }

    /// Days of a `rate(N days)` schedule; `None` for any other expression.
    pub fn rate_days(expression: &str) -> Option<i64> {
        let inner = expression.trim().strip_prefix("rate(")?.strip_suffix(')')?;
        let (n, unit) = inner.trim().split_once(' ')?;
        matches!(unit.trim(), "day" | "days")
            .then(|| n.parse().ok())
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::SecretsManagerSecret as S;

    #[test]
    fn rate_schedules_in_days() {
        assert_eq!(S::rate_days("rate(10 days)"), Some(10));
        assert_eq!(S::rate_days("rate(1 day)"), Some(1));
        assert_eq!(S::rate_days("rate(4 hours)"), None);
        assert_eq!(S::rate_days("cron(0 16 1,15 * ? *)"), None);
    }
}
