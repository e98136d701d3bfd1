//! ECR repositories, with `aws_ecr_repository_policy` and `aws_ecr_lifecycle_policy` folded in.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use crate::model::*;

pub const REPOSITORY: Table = Table {
    types: &[("aws_ecr_repository", |r| {
        Attributes::EcrRepository(repository(r))
    })],
    satellites: &[
        Satellite {
            tf_type: "aws_ecr_repository_policy",
            join: Join::Parent {
                attr: "repository",
                fold: policy,
                deleted: Some(policy_deleted),
            },
        },
        Satellite {
            tf_type: "aws_ecr_lifecycle_policy",
            join: Join::Parent {
                attr: "repository",
                fold: lifecycle_policy,
                deleted: Some(lifecycle_policy_deleted),
            },
        },
    ],
};

fn repository(r: &mut Reader<'_>) -> EcrRepository {
    let n = r.root();
    let created = matches!(r.planned.action.as_deref(), Some("create" | "replace"));
    let scanning = n.get("image_scanning_configuration");
    let scan_on_push = if scanning.is_wholly_unknown() && r.configured_node(scanning) {
        r.mark_unknown("scan_on_push");
        None
    } else {
        r.bool(
            scanning.first().get("scan_on_push"),
            "scan_on_push",
            Some(false),
        )
    };
    let enc = n.get("encryption_configuration");
    let (encryption_type, kms_key) = if enc.is_wholly_unknown() && r.configured_node(enc) {
        r.mark_unknown("encryption_type");
        r.mark_unknown("encryption.kms_key");
        (None, None)
    } else {
        let e = enc.first();
        let kind = r.string_or(e.get("encryption_type"), "encryption_type", "AES256");
        let key = match kind.as_deref() {
            Some("AES256") => None,
            _ => r.reference(
                e.get("kms_key"),
                &["encryption_configuration", "kms_key"],
                "encryption.kms_key",
            ),
        };
        (kind, key)
    };
    EcrRepository {
        name: r.string(n.get("name"), "name"),
        image_tag_mutability: r.string_or(
            n.get("image_tag_mutability"),
            "image_tag_mutability",
            "MUTABLE",
        ),
        scan_on_push,
        encryption_type,
        // ECR encrypts every image, with AES256 when nothing else is chosen.
        encryption: Encryption {
            at_rest: Some(true),
            kms_key,
        },
        // The repository's own attributes hold neither: their resources (satellites) set them,
        // and a repository the plan does not create may have them from elsewhere.
        policy: None,
        lifecycle_policy: created.then_some(false),
        policy_unseen: !created,
    }
}

fn policy(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::EcrRepository(e) = parent {
        e.policy = r.policy_document(r.root().get("policy"), "policy");
        e.policy_unseen = false;
    }
}

fn policy_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::EcrRepository(e) = parent {
        e.policy = None;
        e.policy_unseen = false;
    }
}

fn lifecycle_policy(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::EcrRepository(e) = parent {
        e.lifecycle_policy = Some(true);
    }
}

fn lifecycle_policy_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::EcrRepository(e) = parent {
        e.lifecycle_policy = Some(false);
    }
}
