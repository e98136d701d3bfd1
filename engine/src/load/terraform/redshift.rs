//! Redshift clusters, with `aws_redshift_logging` folded in.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use super::values::Node;
use crate::model::*;

pub const CLUSTER: Table = Table {
    types: &[("aws_redshift_cluster", |r| {
        Attributes::RedshiftCluster(cluster(r))
    })],
    satellites: &[Satellite {
        tf_type: "aws_redshift_logging",
        join: Join::Parent {
            attr: "cluster_identifier",
            fold: logging,
            deleted: Some(logging_deleted),
        },
    }],
};

fn cluster(r: &mut Reader<'_>) -> RedshiftCluster {
    let n = r.root();
    let at_rest = r.bool(n.get("encrypted"), "encryption.at_rest", Some(false));
    RedshiftCluster {
        identifier: r.string(n.get("cluster_identifier"), "identifier"),
        encryption: Encryption {
            at_rest,
            kms_key: match at_rest {
                Some(false) => None,
                _ => r.reference(n.get("kms_key_id"), &["kms_key_id"], "encryption.kms_key"),
            },
        },
        // Provider v5's default; v6 made it `false`, and sets it in the plan either way.
        publicly_accessible: r.bool(
            n.get("publicly_accessible"),
            "publicly_accessible",
            Some(true),
        ),
        audit_logging: inline_logging(r, n.get("logging")),
        automated_snapshot_retention_period: r.int(
            n.get("automated_snapshot_retention_period"),
            "automated_snapshot_retention_period",
            Some(1),
        ),
        enhanced_vpc_routing: r.bool(
            n.get("enhanced_vpc_routing"),
            "enhanced_vpc_routing",
            Some(false),
        ),
        cluster_parameter_group_name: r.string_or(
            n.get("cluster_parameter_group_name"),
            "cluster_parameter_group_name",
            "default.redshift-1.0",
        ),
    }
}

/// The cluster's own (deprecated) `logging` block; an `aws_redshift_logging` replaces it.
/// Computed and not written, it is off for a cluster the plan creates, and unknown for an
/// existing one (whose refreshed state would otherwise show it).
fn inline_logging(r: &mut Reader<'_>, node: Node<'_>) -> Option<bool> {
    if node.is_wholly_unknown() {
        let created = matches!(r.planned.action.as_deref(), Some("create" | "replace"));
        if created && !r.configured_node(node) {
            return Some(false);
        }
        r.mark_unknown("audit_logging");
        return None;
    }
    r.bool(node.first().get("enable"), "audit_logging", Some(false))
}

fn logging(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::RedshiftCluster(c) = parent {
        c.audit_logging = Some(true);
    }
}

/// Deleting the resource turns audit logging off.
fn logging_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::RedshiftCluster(c) = parent {
        c.audit_logging = Some(false);
    }
}
