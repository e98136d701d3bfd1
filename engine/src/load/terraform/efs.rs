//! EFS file systems, with `aws_efs_backup_policy` and `aws_efs_file_system_policy` folded in.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use crate::model::*;

pub const FILE_SYSTEM: Table = Table {
    types: &[("aws_efs_file_system", |r| {
        Attributes::EfsFileSystem(file_system(r))
    })],
    satellites: &[
        Satellite {
            tf_type: "aws_efs_backup_policy",
            join: Join::Parent {
                attr: "file_system_id",
                fold: backup_policy,
                deleted: Some(backup_policy_deleted),
            },
        },
        Satellite {
            tf_type: "aws_efs_file_system_policy",
            join: Join::Parent {
                attr: "file_system_id",
                fold: policy,
                deleted: Some(policy_deleted),
            },
        },
    ],
};

fn file_system(r: &mut Reader<'_>) -> EfsFileSystem {
    let n = r.root();
    // Unset, the provider sends no `Encrypted` and EFS creates an unencrypted file system.
    let at_rest = r.bool(n.get("encrypted"), "encryption.at_rest", Some(false));
    let zone = n.get("availability_zone_name");
    let one_zone = if zone.is_unknown() && r.configured_node(zone) {
        r.mark_unknown("one_zone");
        None
    } else {
        Some(zone.as_str().is_some_and(|z| !z.is_empty()))
    };
    EfsFileSystem {
        encryption: Encryption {
            at_rest,
            kms_key: r.reference(n.get("kms_key_id"), &["kms_key_id"], "encryption.kms_key"),
        },
        one_zone,
        automatic_backups: new_file_system_backups(r, one_zone),
        policy: None,
    }
}

/// Automatic backups when no `aws_efs_backup_policy` of the plan sets them (one that does
/// replaces this): EFS turns them on for One Zone file systems created through the API and
/// leaves them off for Regional ones. An existing file system may have had them turned on or
/// off elsewhere: unknown (marked after the satellites, in `terraform/mod.rs`).
fn new_file_system_backups(r: &Reader<'_>, one_zone: Option<bool>) -> Option<bool> {
    match r.planned.action.as_deref() {
        Some("create" | "replace") => one_zone,
        _ => None,
    }
}

fn backup_policy(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::EfsFileSystem(f) = parent {
        let status = r.root().get("backup_policy").first().get("status");
        // `ENABLING` is on its way to `ENABLED`; `DISABLING` to `DISABLED`.
        f.automatic_backups = r
            .string(status, "automatic_backups")
            .map(|s| s.starts_with("ENABL"));
    }
}

/// Deleting the resource turns automatic backups off (the provider sets `DISABLED`).
fn backup_policy_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::EfsFileSystem(f) = parent {
        f.automatic_backups = Some(false);
    }
}

fn policy(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::EfsFileSystem(f) = parent {
        f.policy = r.policy_document(r.root().get("policy"), "policy");
    }
}

fn policy_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::EfsFileSystem(f) = parent {
        f.policy = None;
    }
}
