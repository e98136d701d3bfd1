//! AWS Backup: vaults, with `aws_backup_vault_lock_configuration` and `aws_backup_vault_policy`
//! folded in, and backup plans.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use super::values::Node;
use crate::model::*;

pub const VAULT: Table = Table {
    types: &[("aws_backup_vault", |r| Attributes::BackupVault(vault(r)))],
    satellites: &[
        Satellite {
            tf_type: "aws_backup_vault_lock_configuration",
            join: Join::Parent {
                attr: "backup_vault_name",
                fold: lock,
                deleted: Some(lock_deleted),
            },
        },
        Satellite {
            tf_type: "aws_backup_vault_policy",
            join: Join::Parent {
                attr: "backup_vault_name",
                fold: policy,
                deleted: Some(policy_deleted),
            },
        },
    ],
};

pub const PLAN: Table = Table {
    types: &[("aws_backup_plan", |r| Attributes::BackupPlan(plan(r)))],
    satellites: &[],
};

fn vault(r: &mut Reader<'_>) -> BackupVault {
    let n = r.root();
    let key_node = n.get("kms_key_arn");
    // Not written: AWS Backup's `aws/backup` key, whose ARN an existing vault's state shows.
    let kms_key = if r.configured_node(key_node) {
        r.reference(key_node, &["kms_key_arn"], "kms_key")
            .filter(|k| !k.ends_with("alias/aws/backup"))
    } else {
        None
    };
    let customer_managed_key = if r.unknown.iter().any(|p| p == "attributes.kms_key") {
        r.mark_unknown("customer_managed_key");
        None
    } else {
        Some(kms_key.is_some())
    };
    BackupVault {
        name: r.string(n.get("name"), "name"),
        kms_key,
        customer_managed_key,
        // The lock and the access policy are resources of their own (satellites): none unless
        // one in the plan sets them, as the bucket loader reads versioning.
        lock: BackupVaultLock {
            enabled: Some(false),
            ..Default::default()
        },
        policy: None,
    }
}

fn lock(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::BackupVault(v) = parent {
        let n = r.root();
        v.lock = BackupVaultLock {
            enabled: Some(true),
            min_retention_days: r.int(n.get("min_retention_days"), "lock.min_retention_days", None),
            max_retention_days: r.int(n.get("max_retention_days"), "lock.max_retention_days", None),
            changeable_for_days: r.int(
                n.get("changeable_for_days"),
                "lock.changeable_for_days",
                None,
            ),
        };
    }
}

fn lock_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::BackupVault(v) = parent {
        v.lock = BackupVaultLock {
            enabled: Some(false),
            ..Default::default()
        };
    }
}

fn policy(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::BackupVault(v) = parent {
        v.policy = r.policy_document(r.root().get("policy"), "policy");
    }
}

fn policy_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::BackupVault(v) = parent {
        v.policy = None;
    }
}

fn plan(r: &mut Reader<'_>) -> BackupPlan {
    let n = r.root();
    let rules_node = n.get("rule");
    if rules_node.is_wholly_unknown() {
        r.mark_unknown("rules");
    }
    let rules = rules_node.items().into_iter().map(|x| rule(r, x)).collect();
    BackupPlan {
        name: r.string(n.get("name"), "name"),
        rules,
    }
}

fn rule(r: &mut Reader<'_>, n: Node<'_>) -> BackupRule {
    let copy_actions = n
        .get("copy_action")
        .items()
        .into_iter()
        .map(|c| copy_action(r, c))
        .collect();
    BackupRule {
        rule_name: r.string(n.get("rule_name"), "rules"),
        target_vault: one_reference(
            r,
            n.get("target_vault_name"),
            &["rule", "target_vault_name"],
        ),
        schedule: r
            .string(n.get("schedule"), "rules")
            .filter(|s| !s.is_empty()),
        delete_after_days: delete_after(r, n),
        continuous_backup: r.bool(n.get("enable_continuous_backup"), "rules", Some(false)),
        copy_actions,
    }
}

fn copy_action(r: &mut Reader<'_>, n: Node<'_>) -> BackupCopyAction {
    let destination_vault = one_reference(
        r,
        n.get("destination_vault_arn"),
        &["rule", "copy_action", "destination_vault_arn"],
    );
    // A vault of the same plan gets its region in `model/derive.rs`.
    let destination_region = destination_vault.as_deref().and_then(region_of_arn);
    BackupCopyAction {
        destination_vault,
        destination_region,
        delete_after_days: delete_after(r, n),
    }
}

/// `lifecycle.delete_after`; `null` (kept until deleted by hand) without one.
fn delete_after(r: &mut Reader<'_>, n: Node<'_>) -> Option<i64> {
    r.int(
        n.get("lifecycle").first().get("delete_after"),
        "rules",
        None,
    )
}

/// A vault name or ARN in a rule: the known value, else the one resource the configuration
/// references there (rules are a set, so a reference is certain only when there is one).
fn one_reference(r: &mut Reader<'_>, node: Node<'_>, tf_path: &[&str]) -> Option<String> {
    if !node.is_unknown() {
        return node.as_str().filter(|s| !s.is_empty()).map(str::to_owned);
    }
    let refs = r.config.resource_references(
        &r.planned.addr.modules,
        &r.planned.config_address(),
        tf_path,
    );
    match refs.as_slice() {
        [one] => Some(one.clone()),
        _ => {
            r.mark_unknown("rules");
            None
        }
    }
}

fn region_of_arn(arn: &str) -> Option<String> {
    crate::aws::Arn::parse(arn)?.region().map(str::to_owned)
}
