//! RDS: database instances (standalone and Aurora cluster members) with their cross-Region
//! automated backups replication, Aurora clusters, DB subnet groups, DB (cluster) snapshots and
//! their copies, DB (cluster) parameter groups.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use super::values::Node;
use crate::load::tree::Tree;
use crate::model::*;

pub const DB_INSTANCE: Table = Table {
    types: &[
        ("aws_db_instance", |r| {
            Attributes::RdsDbInstance(db_instance(r))
        }),
        ("aws_rds_cluster_instance", |r| {
            Attributes::RdsDbInstance(cluster_instance(r))
        }),
    ],
    satellites: &[Satellite {
        tf_type: "aws_db_instance_automated_backups_replication",
        join: Join::Parent {
            attr: "source_db_instance_arn",
            fold: |r, parent, ctx| backups_replication(r, parent, ctx, false),
            deleted: Some(|r, parent, ctx| backups_replication(r, parent, ctx, true)),
        },
    }],
};

/// The replication resource lives in the destination region: its provider's.
fn backups_replication(
    r: &mut Reader<'_>,
    parent: &mut Attributes,
    ctx: &mut Context<'_, '_>,
    deleted: bool,
) {
    let Attributes::RdsDbInstance(db) = parent else {
        return;
    };
    match super::region_of(r.planned, None, r.config) {
        Some(region) if deleted => db.backup_replication_regions.retain(|x| *x != region),
        Some(region) => {
            if !db.backup_replication_regions.contains(&region) {
                db.backup_replication_regions.push(region);
                db.backup_replication_regions.sort();
            }
        }
        None => ctx.mark("backup_replication_regions"),
    }
}

pub const DB_CLUSTER: Table = Table {
    types: &[("aws_rds_cluster", |r| {
        Attributes::RdsDbCluster(db_cluster(r))
    })],
    satellites: &[],
};

pub const DB_SUBNET_GROUP: Table = Table {
    types: &[("aws_db_subnet_group", |r| {
        Attributes::RdsDbSubnetGroup(db_subnet_group(r))
    })],
    satellites: &[],
};

pub const DB_SNAPSHOT: Table = Table {
    types: &[
        ("aws_db_snapshot", |r| {
            Attributes::RdsDbSnapshot(db_snapshot(
                r,
                "db_snapshot_identifier",
                "db_instance_identifier",
                "encrypted",
            ))
        }),
        ("aws_db_snapshot_copy", |r| {
            Attributes::RdsDbSnapshot(db_snapshot_copy(r))
        }),
    ],
    satellites: &[],
};

pub const DB_CLUSTER_SNAPSHOT: Table = Table {
    types: &[("aws_db_cluster_snapshot", |r| {
        Attributes::RdsDbClusterSnapshot(db_snapshot(
            r,
            "db_cluster_snapshot_identifier",
            "db_cluster_identifier",
            "storage_encrypted",
        ))
    })],
    satellites: &[],
};

pub const DB_PARAMETER_GROUP: Table = Table {
    types: &[("aws_db_parameter_group", |r| {
        Attributes::RdsDbParameterGroup(parameter_group(r))
    })],
    satellites: &[],
};

pub const DB_CLUSTER_PARAMETER_GROUP: Table = Table {
    types: &[("aws_rds_cluster_parameter_group", |r| {
        Attributes::RdsDbClusterParameterGroup(parameter_group(r))
    })],
    satellites: &[],
};

fn db_instance(r: &mut Reader<'_>) -> RdsDbInstance {
    let n = r.root();
    // A replica or a restore takes its encryption from its source.
    let inherits = [
        "replicate_source_db",
        "snapshot_identifier",
        "restore_to_point_in_time",
    ]
    .iter()
    .any(|k| is_set(r, n.get(k)));
    let (subnet_group, network) = network(r, n);
    let engine = r.string(n.get("engine"), "engine");
    let default_port = engine.as_deref().and_then(crate::aws::rds_default_port);
    RdsDbInstance {
        identifier: r.string(n.get("identifier"), "identifier"),
        engine,
        engine_version: r.string(n.get("engine_version"), "engine_version"),
        instance_class: r.string(n.get("instance_class"), "instance_class"),
        port: r.int(n.get("port"), "port", default_port),
        encryption: Encryption {
            at_rest: storage_encrypted(r, n, inherits),
            kms_key: r.reference(n.get("kms_key_id"), &["kms_key_id"], "encryption.kms_key"),
        },
        publicly_accessible: r.bool(
            n.get("publicly_accessible"),
            "publicly_accessible",
            Some(false),
        ),
        backup_retention_period: r.int(
            n.get("backup_retention_period"),
            "backup_retention_period",
            None,
        ),
        multi_az: r.bool(n.get("multi_az"), "multi_az", Some(false)),
        deletion_protection: r.bool(
            n.get("deletion_protection"),
            "deletion_protection",
            Some(false),
        ),
        iam_database_authentication_enabled: r.bool(
            n.get("iam_database_authentication_enabled"),
            "iam_database_authentication_enabled",
            Some(false),
        ),
        cluster: None,
        replicate_source_db: r.reference(
            n.get("replicate_source_db"),
            &["replicate_source_db"],
            "replicate_source_db",
        ),
        subnet_group,
        network,
        backup_replication_regions: Vec::new(),
    }
}

fn cluster_instance(r: &mut Reader<'_>) -> RdsDbInstance {
    let n = r.root();
    let (subnet_group, network) = network(r, n);
    RdsDbInstance {
        identifier: r.string(n.get("identifier"), "identifier"),
        engine: r.string(n.get("engine"), "engine"),
        engine_version: r.string(n.get("engine_version"), "engine_version"),
        instance_class: r.string(n.get("instance_class"), "instance_class"),
        // The cluster's port, which the instance's own attributes do not hold.
        port: {
            r.mark_unknown("port");
            None
        },
        // Storage belongs to the cluster: judged there.
        encryption: Encryption::default(),
        publicly_accessible: r.bool(
            n.get("publicly_accessible"),
            "publicly_accessible",
            Some(false),
        ),
        backup_retention_period: None,
        multi_az: None,
        deletion_protection: None,
        iam_database_authentication_enabled: None,
        cluster: r.reference(
            n.get("cluster_identifier"),
            &["cluster_identifier"],
            "cluster",
        ),
        replicate_source_db: None,
        subnet_group,
        network,
        backup_replication_regions: Vec::new(),
    }
}

fn db_cluster(r: &mut Reader<'_>) -> RdsDbCluster {
    let n = r.root();
    // Restored from a snapshot, a secondary of a global cluster or a replica of another
    // cluster: the provider computes `storage_encrypted` from the source.
    let inherits = [
        "snapshot_identifier",
        "global_cluster_identifier",
        "replication_source_identifier",
        "restore_to_point_in_time",
        "s3_import",
    ]
    .iter()
    .any(|k| is_set(r, n.get(k)));
    let (subnet_group, network) = network(r, n);
    RdsDbCluster {
        identifier: r.string(n.get("cluster_identifier"), "identifier"),
        engine: r.string(n.get("engine"), "engine"),
        engine_version: r.string(n.get("engine_version"), "engine_version"),
        encryption: Encryption {
            at_rest: storage_encrypted(r, n, inherits),
            kms_key: r.reference(n.get("kms_key_id"), &["kms_key_id"], "encryption.kms_key"),
        },
        backup_retention_period: r.int(
            n.get("backup_retention_period"),
            "backup_retention_period",
            Some(1),
        ),
        deletion_protection: r.bool(
            n.get("deletion_protection"),
            "deletion_protection",
            Some(false),
        ),
        iam_database_authentication_enabled: r.bool(
            n.get("iam_database_authentication_enabled"),
            "iam_database_authentication_enabled",
            Some(false),
        ),
        publicly_accessible: None,
        subnet_group,
        network,
    }
}

fn db_subnet_group(r: &mut Reader<'_>) -> RdsDbSubnetGroup {
    let n = r.root();
    RdsDbSubnetGroup {
        // Computed with `name_prefix` or neither.
        name: r.string(n.get("name"), "name"),
        // Computed from the subnets; older providers do not have it (a group always has one).
        vpc_id: r.string(n.get("vpc_id"), "vpc_id").or_else(|| {
            r.mark_unknown("vpc_id");
            None
        }),
        subnets: r
            .references(n.get("subnet_ids"), &["subnet_ids"], "subnets")
            .unwrap_or_default(),
    }
}

/// Set to something (or to a value known only after apply), not left empty.
fn is_set(r: &Reader<'_>, node: Node<'_>) -> bool {
    if node.is_unknown() {
        return r.configured_node(node);
    }
    match node.value() {
        Some(Tree::String(s)) => !s.is_empty(),
        Some(Tree::Array(a)) => !a.is_empty(),
        Some(Tree::Null) | None => false,
        Some(_) => true,
    }
}

/// `storage_encrypted`: unset means `false`, unless the database inherits its encryption from
/// a source (then what the provider computes is unknown until apply).
fn storage_encrypted(r: &mut Reader<'_>, n: Node<'_>, inherits: bool) -> Option<bool> {
    let node = n.get("storage_encrypted");
    if inherits && !r.configured_node(node) && (node.is_unknown() || node.value().is_none()) {
        r.mark_unknown("encryption.at_rest");
        return None;
    }
    r.bool(node, "encryption.at_rest", Some(false))
}

/// The DB subnet group and security groups, for the network graph.
fn network(r: &mut Reader<'_>, n: Node<'_>) -> (Option<String>, Network) {
    let group = r.reference(
        n.get("db_subnet_group_name"),
        &["db_subnet_group_name"],
        "subnet_group",
    );
    let security_groups = r
        .references(
            n.get("vpc_security_group_ids"),
            &["vpc_security_group_ids"],
            "network.security_groups",
        )
        .unwrap_or_default();
    (
        group,
        Network {
            security_groups,
            ..Default::default()
        },
    )
}

/// A snapshot of an instance or a cluster: its encryption is its source's, which the provider
/// computes (`model/derive.rs` takes it from a source in the same plan).
fn db_snapshot(
    r: &mut Reader<'_>,
    id: &str,
    source: &'static str,
    encrypted: &str,
) -> RdsDbSnapshot {
    let n = r.root();
    RdsDbSnapshot {
        identifier: r.string(n.get(id), "identifier"),
        source_db: r.reference(n.get(source), &[source], "source_db"),
        source_snapshot: None,
        engine: r.string(n.get("engine"), "engine"),
        encryption: Encryption {
            at_rest: r.bool(n.get(encrypted), "encryption.at_rest", None),
            kms_key: snapshot_key(r, n),
        },
        shared_accounts: shared_accounts(r, n),
    }
}

/// A copy lands in its provider's region; with `kms_key_id` it is encrypted with that key,
/// otherwise it is as its source snapshot is.
fn db_snapshot_copy(r: &mut Reader<'_>) -> RdsDbSnapshot {
    let n = r.root();
    let kms_key = snapshot_key(r, n);
    let at_rest = if kms_key.is_some() {
        Some(true)
    } else {
        r.bool(n.get("encrypted"), "encryption.at_rest", None)
    };
    RdsDbSnapshot {
        identifier: r.string(n.get("target_db_snapshot_identifier"), "identifier"),
        source_db: None,
        source_snapshot: r.reference(
            n.get("source_db_snapshot_identifier"),
            &["source_db_snapshot_identifier"],
            "source_snapshot",
        ),
        engine: r.string(n.get("engine"), "engine"),
        encryption: Encryption { at_rest, kms_key },
        shared_accounts: shared_accounts(r, n),
    }
}

/// `kms_key_id`: computed from the source unless written, so unknown until apply then.
fn snapshot_key(r: &mut Reader<'_>, n: Node<'_>) -> Option<String> {
    let node = n.get("kms_key_id");
    if node.is_unknown() && !r.configured_node(node) {
        r.mark_unknown("encryption.kms_key");
        return None;
    }
    r.reference(node, &["kms_key_id"], "encryption.kms_key")
}

fn shared_accounts(r: &mut Reader<'_>, n: Node<'_>) -> Vec<String> {
    let node = n.get("shared_accounts");
    if node.is_unknown() {
        r.mark_unknown("shared_accounts");
    }
    let mut accounts = node.strings();
    accounts.sort();
    accounts
}

fn parameter_group(r: &mut Reader<'_>) -> RdsDbParameterGroup {
    let n = r.root();
    let node = n.get("parameter");
    if node.is_wholly_unknown() {
        r.mark_unknown("parameters");
    }
    let mut parameters = std::collections::BTreeMap::new();
    for p in node.items() {
        match (p.get("name").as_str(), p.get("value").as_str()) {
            (Some(name), Some(value)) => {
                parameters.insert(name.to_ascii_lowercase(), value.to_string());
            }
            _ => r.mark_unknown("parameters"),
        }
    }
    RdsDbParameterGroup {
        name: r.string(n.get("name"), "name"),
        family: r.string(n.get("family"), "family"),
        parameters,
    }
}
