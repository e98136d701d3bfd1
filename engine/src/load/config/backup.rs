//! `AWS::Backup::BackupVault` and `AWS::Backup::BackupPlan`, in the `DescribeBackupVault` /
//! `GetBackupPlan` spelling (PascalCase). A vault item records its name, key and notifications;
//! the lock and the access policy are read when an item carries them (`Locked`,
//! `MinRetentionDays`, `MaxRetentionDays`; `AccessPolicy`) and are unknown otherwise.

use super::item::Head;
use super::reader::{as_bool, as_i64, as_str, at, member, Conf, Got, Reader};
use super::Links;
use crate::model::*;
use serde_json::Value;

pub fn vault(head: &Head, r: &mut Reader<'_>, links: &mut Links) -> BackupVault {
    let kms_key = r.req_str(Conf, &["EncryptionKeyArn"], "kms_key");
    // Whose key it is comes from the key's own item (`joins.rs`).
    links.table_key = kms_key.clone();
    BackupVault {
        name: r.req_str_or(
            Conf,
            &["BackupVaultName"],
            "name",
            head.resource_name.as_ref(),
        ),
        kms_key,
        customer_managed_key: None,
        lock: lock(r),
        policy: match r.get(Conf, &["AccessPolicy"]) {
            Got::Value(v) => super::iam::document(v),
            _ => {
                r.mark("policy");
                None
            }
        },
    }
}

fn lock(r: &mut Reader<'_>) -> BackupVaultLock {
    let days = |r: &Reader<'_>, key: &str| match r.get(Conf, &[key]) {
        Got::Value(v) => as_i64(v),
        _ => None,
    };
    match r.get(Conf, &["Locked"]) {
        Got::Value(v) if as_bool(v).is_some() => BackupVaultLock {
            enabled: as_bool(v),
            min_retention_days: days(r, "MinRetentionDays"),
            max_retention_days: days(r, "MaxRetentionDays"),
            // `LockDate` is recorded, not the days left before it.
            changeable_for_days: None,
        },
        _ => {
            for path in [
                "lock.enabled",
                "lock.min_retention_days",
                "lock.max_retention_days",
                "lock.changeable_for_days",
            ] {
                r.mark(path);
            }
            BackupVaultLock::default()
        }
    }
}

pub fn plan(head: &Head, r: &mut Reader<'_>) -> BackupPlan {
    let rules = r
        .req_list(Conf, &["BackupPlan", "BackupPlanRule"], "rules")
        .iter()
        .map(rule)
        .collect();
    BackupPlan {
        name: r.req_str_or(
            Conf,
            &["BackupPlan", "BackupPlanName"],
            "name",
            head.resource_name.as_ref(),
        ),
        rules,
    }
}

fn rule(v: &Value) -> BackupRule {
    let text = |k: &str| member(v, k).and_then(as_str);
    BackupRule {
        rule_name: text("RuleName"),
        target_vault: text("TargetBackupVault").or_else(|| text("TargetBackupVaultName")),
        schedule: text("ScheduleExpression"),
        delete_after_days: delete_after(v),
        continuous_backup: Some(
            member(v, "EnableContinuousBackup")
                .and_then(as_bool)
                .unwrap_or(false),
        ),
        copy_actions: member(v, "CopyActions")
            .and_then(Value::as_array)
            .map(|l| l.iter().map(copy_action).collect())
            .unwrap_or_default(),
    }
}

fn copy_action(v: &Value) -> BackupCopyAction {
    let destination_vault = member(v, "DestinationBackupVaultArn").and_then(as_str);
    BackupCopyAction {
        destination_region: destination_vault
            .as_deref()
            .and_then(crate::aws::Arn::parse)
            .and_then(|a| a.region().map(str::to_owned)),
        destination_vault,
        delete_after_days: delete_after(v),
    }
}

fn delete_after(v: &Value) -> Option<i64> {
    at(v, &["Lifecycle", "DeleteAfterDays"]).and_then(as_i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn head() -> Head {
        Head {
            resource_type: "AWS::Backup::BackupVault".into(),
            resource_id: Some("v".into()),
            resource_name: Some("v".into()),
            arn: None,
            status: None,
            captured: None,
        }
    }

    #[test]
    fn lock_and_policy_are_read_when_an_item_carries_them() {
        let conf = json!({
            "BackupVaultName": "v",
            "EncryptionKeyArn": "arn:aws:kms:eu-west-1:123456789012:key/k",
            "Locked": true,
            "MinRetentionDays": 7,
            "AccessPolicy": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"backup:DeleteRecoveryPoint\",\"Resource\":\"*\"}]}"
        });
        let mut r = Reader::new(Some(&conf), None);
        let v = vault(&head(), &mut r, &mut Links::default());
        assert_eq!(v.lock.enabled, Some(true));
        assert_eq!(v.lock.min_retention_days, Some(7));
        assert_eq!(v.policy.map(|p| p.statement.len()), Some(1));
        assert!(r.unknown.is_empty(), "{:?}", r.unknown);
    }

    #[test]
    fn without_them_they_are_unknown() {
        let conf = json!({"BackupVaultName": "v", "EncryptionKeyArn": "arn:aws:kms:eu-west-1:123456789012:key/k"});
        let mut r = Reader::new(Some(&conf), None);
        let v = vault(&head(), &mut r, &mut Links::default());
        assert_eq!(v.lock.enabled, None);
        assert!(v.policy.is_none());
        assert!(r.unknown.contains(&"attributes.lock.enabled".to_string()));
        assert!(r.unknown.contains(&"attributes.policy".to_string()));
    }
}
