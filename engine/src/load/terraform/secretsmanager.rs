//! Secrets Manager secrets, and `aws_secretsmanager_secret_rotation` folded into them.
//! `aws_secretsmanager_secret_version` (the value) is never read.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use crate::model::*;

pub const SECRET: Table = Table {
    types: &[("aws_secretsmanager_secret", |r| {
        Attributes::SecretsManagerSecret(secret(r))
    })],
    satellites: &[Satellite {
        tf_type: "aws_secretsmanager_secret_rotation",
        join: Join::Parent {
            attr: "secret_id",
            fold: rotation,
            deleted: Some(rotation_deleted),
        },
    }],
};

fn secret(r: &mut Reader<'_>) -> SecretsManagerSecret {
    let n = r.root();
    let marked = r.unknown.len();
    let key = r
        .reference(n.get("kms_key_id"), &["kms_key_id"], "kms_key")
        .filter(|k| !SecretsManagerSecret::is_aws_managed_key(k));
    let customer_managed_key = if r.unknown.len() > marked {
        r.mark_unknown("customer_managed_key");
        None
    } else {
        Some(key.is_some())
    };
    let replica = n.get("replica");
    let replica_regions = if replica.is_unknown() && !r.configured_node(replica) {
        Vec::new()
    } else if replica.is_wholly_unknown() {
        r.mark_unknown("replica_regions");
        Vec::new()
    } else {
        replica
            .items()
            .iter()
            .filter_map(|rep| r.string(rep.get("region"), "replica_regions"))
            .collect()
    };
    SecretsManagerSecret {
        name: r.string(n.get("name"), "name"),
        kms_key: key,
        customer_managed_key,
        // Rotation is its own resource (a satellite): off unless one in the plan turns it on,
        // as the bucket loader reads versioning.
        rotation_enabled: Some(false),
        rotation_days: Some(0),
        rotation_schedule: None,
        replica_regions,
    }
}

fn rotation(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>) {
    let Attributes::SecretsManagerSecret(s) = parent else {
        return;
    };
    let rules = r.root().get("rotation_rules").first();
    s.rotation_enabled = Some(true);
    s.rotation_schedule = r.string(rules.get("schedule_expression"), "rotation_schedule");
    let days = rules.get("automatically_after_days");
    s.rotation_days = if days.is_unknown() {
        ctx.mark("rotation_days");
        None
    } else {
        days.as_i64()
            .or_else(|| {
                s.rotation_schedule
                    .as_deref()
                    .and_then(SecretsManagerSecret::rate_days)
            })
            .or(Some(0))
    };
}

/// Deleting the rotation resource cancels rotation.
fn rotation_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::SecretsManagerSecret(s) = parent {
        s.rotation_enabled = Some(false);
        s.rotation_days = Some(0);
        s.rotation_schedule = None;
    }
}
