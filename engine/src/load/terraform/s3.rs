//! S3 buckets: `aws_s3_bucket` and the `aws_s3_bucket_*` resources that configure it; the
//! account's public access block.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use super::values::Node;
use crate::model::*;

pub const BUCKET: Table = Table {
    types: &[("aws_s3_bucket", |r| Attributes::S3Bucket(bucket(r)))],
    satellites: &[
        Satellite {
            tf_type: "aws_s3_bucket_server_side_encryption_configuration",
            join: Join::Parent {
                attr: "bucket",
                fold: encryption,
                deleted: Some(encryption_deleted),
            },
        },
        Satellite {
            tf_type: "aws_s3_bucket_public_access_block",
            join: Join::Parent {
                attr: "bucket",
                fold: public_access_block,
                deleted: Some(public_access_block_deleted),
            },
        },
        Satellite {
            tf_type: "aws_s3_bucket_versioning",
            join: Join::Parent {
                attr: "bucket",
                fold: versioning,
                deleted: Some(versioning_deleted),
            },
        },
        Satellite {
            tf_type: "aws_s3_bucket_logging",
            join: Join::Parent {
                attr: "bucket",
                fold: logging,
                deleted: Some(logging_deleted),
            },
        },
        // Deleting the resource leaves the bucket's ACL as it is (the provider only forgets it).
        Satellite {
            tf_type: "aws_s3_bucket_acl",
            join: Join::Parent {
                attr: "bucket",
                fold: acl,
                deleted: None,
            },
        },
        Satellite {
            tf_type: "aws_s3_bucket_policy",
            join: Join::Parent {
                attr: "bucket",
                fold: policy,
                deleted: Some(policy_deleted),
            },
        },
        Satellite {
            tf_type: "aws_s3_bucket_replication_configuration",
            join: Join::Parent {
                attr: "bucket",
                fold: replication,
                deleted: Some(replication_deleted),
            },
        },
    ],
};

pub const ACCOUNT_PUBLIC_ACCESS_BLOCK: Table = Table {
    types: &[("aws_s3_account_public_access_block", |r| {
        Attributes::S3AccountPublicAccessBlock(account_public_access_block(r))
    })],
    satellites: &[],
};

/// A bucket's public access block when no `aws_s3_bucket_public_access_block` names it (one
/// that does replaces this). A bucket the plan creates gets S3's default block, all four
/// settings on; an existing one is left unset, and unknown if no block resource sets it.
fn new_bucket_block(r: &Reader<'_>) -> PublicAccessBlock {
    match r.planned.action.as_deref() {
        Some("create" | "replace") => PublicAccessBlock {
            configured: Some(false),
            block_public_acls: Some(true),
            block_public_policy: Some(true),
            ignore_public_acls: Some(true),
            restrict_public_buckets: Some(true),
            aws_default: true,
        },
        _ => PublicAccessBlock::default(),
    }
}

fn bucket(r: &mut Reader<'_>) -> S3Bucket {
    let n = r.root();
    let mut b = S3Bucket {
        bucket: r.string(n.get("bucket"), "bucket"),
        encryption: S3Encryption::s3_default(),
        public_access_block: new_bucket_block(r),
        acl: Some("private".into()),
        versioning: Versioning {
            enabled: Some(false),
            mfa_delete: Some(false),
        },
        logging: Logging {
            enabled: Some(false),
            target_bucket: None,
        },
        object_lock_enabled: r.bool(
            n.get("object_lock_enabled"),
            "object_lock_enabled",
            Some(false),
        ),
        ..Default::default()
    };
    // Provider v3 inline blocks. In v4+ they are computed (unknown on create) unless written in
    // the configuration; a computed block says nothing about what the plan configures, and the
    // standalone aws_s3_bucket_* resources (satellites) fill these in.
    let inline = |r: &Reader<'_>, attr: &str, node: Node<'_>| -> bool {
        !node.is_unknown() || r.configured(attr) || !r.config.present
    };
    let sse = n.get("server_side_encryption_configuration");
    if inline(r, "server_side_encryption_configuration", sse) {
        if sse.is_unknown() {
            r.mark_unknown("encryption.at_rest");
            b.encryption = S3Encryption::default();
        } else if let Some(rule) = sse.first().get("rule").items().first() {
            let by_default = rule.get("apply_server_side_encryption_by_default").first();
            apply_sse(
                r,
                &mut b.encryption,
                by_default,
                &[
                    "server_side_encryption_configuration",
                    "rule",
                    "apply_server_side_encryption_by_default",
                    "kms_master_key_id",
                ],
            );
        }
    }
    let acl = n.get("acl");
    if inline(r, "acl", acl) {
        b.acl = if acl.is_unknown() {
            r.string(acl, "acl")
        } else {
            acl.as_str().map(str::to_owned).or(Some("private".into()))
        };
    }
    let grants = n.get("grant");
    if inline(r, "grant", grants) {
        b.public_grants = public_grants(grants.items().iter().map(|g| g.get("uri")));
    }
    let versioning = n.get("versioning");
    if inline(r, "versioning", versioning) {
        if versioning.is_unknown() {
            r.mark_unknown("versioning.enabled");
            b.versioning.enabled = None;
        } else if !versioning.items().is_empty() {
            let v = versioning.first();
            b.versioning.enabled = r.bool(v.get("enabled"), "versioning.enabled", Some(false));
            b.versioning.mfa_delete =
                r.bool(v.get("mfa_delete"), "versioning.mfa_delete", Some(false));
        }
    }
    let logging = n.get("logging");
    if inline(r, "logging", logging) && !logging.items().is_empty() {
        let l = logging.first();
        b.logging.enabled = Some(true);
        b.logging.target_bucket = r.reference(
            l.get("target_bucket"),
            &["logging", "target_bucket"],
            "logging.target_bucket",
        );
    }
    let policy = n.get("policy");
    if inline(r, "policy", policy) {
        b.policy = r.policy_document(policy, "policy");
    }
    let replication = n.get("replication_configuration");
    if inline(r, "replication_configuration", replication) {
        for (i, rule) in replication
            .first()
            .get("rules")
            .items()
            .into_iter()
            .enumerate()
        {
            let dest = rule.get("destination").first();
            let index = i.to_string();
            let path = [
                "replication_configuration",
                "0",
                "rules",
                &index,
                "destination",
                "bucket",
            ];
            b.replication.push(Replication {
                rule_id: rule.get("id").as_str().map(str::to_owned),
                status: rule.get("status").as_str().map(str::to_owned),
                destination_bucket: r.reference(dest.get("bucket"), &path, "replication"),
                destination_region: None,
            });
        }
    }
    b
}

/// Reads an `apply_server_side_encryption_by_default` block into the bucket's encryption.
fn apply_sse(r: &mut Reader<'_>, enc: &mut S3Encryption, by_default: Node<'_>, key_path: &[&str]) {
    enc.aws_default = false;
    enc.algorithm = r.string(by_default.get("sse_algorithm"), "encryption.algorithm");
    enc.at_rest = if by_default.get("sse_algorithm").is_unknown() {
        None
    } else {
        Some(enc.algorithm.is_some())
    };
    enc.kms_key = r.reference(
        by_default.get("kms_master_key_id"),
        key_path,
        "encryption.kms_key",
    );
}

fn public_grants<'v>(uris: impl Iterator<Item = Node<'v>>) -> Vec<String> {
    let mut out: Vec<String> = uris
        .filter_map(|u| u.as_str())
        .filter_map(|u| {
            ["AllUsers", "AuthenticatedUsers"]
                .into_iter()
                .find(|g| u.ends_with(&format!("/global/{g}")))
        })
        .map(str::to_owned)
        .collect();
    out.sort();
    out.dedup();
    out
}

fn encryption(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>) {
    let Attributes::S3Bucket(b) = parent else {
        return;
    };
    let rule = r.root().get("rule");
    if rule.is_wholly_unknown() {
        // A `dynamic` rule over values known only after apply: nothing about it is known.
        b.encryption = S3Encryption::default();
        ctx.mark("encryption");
    } else if let Some(rule) = rule.items().first() {
        let by_default = rule.get("apply_server_side_encryption_by_default").first();
        apply_sse(
            r,
            &mut b.encryption,
            by_default,
            &[
                "rule",
                "apply_server_side_encryption_by_default",
                "kms_master_key_id",
            ],
        );
    }
}

/// Without a configuration S3 applies its default encryption.
fn encryption_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::S3Bucket(b) = parent {
        b.encryption = S3Encryption::s3_default();
    }
}

fn public_access_block(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    let Attributes::S3Bucket(b) = parent else {
        return;
    };
    let n = r.root();
    let mut flag = |key: &str| {
        r.bool(
            n.get(key),
            &format!("public_access_block.{key}"),
            Some(false),
        )
    };
    b.public_access_block = PublicAccessBlock {
        configured: Some(true),
        block_public_acls: flag("block_public_acls"),
        block_public_policy: flag("block_public_policy"),
        ignore_public_acls: flag("ignore_public_acls"),
        restrict_public_buckets: flag("restrict_public_buckets"),
        aws_default: false,
    };
}

/// Deleting the block removes it: the bucket blocks nothing of its own.
fn public_access_block_deleted(
    _: &mut Reader<'_>,
    parent: &mut Attributes,
    _: &mut Context<'_, '_>,
) {
    if let Attributes::S3Bucket(b) = parent {
        b.public_access_block = PublicAccessBlock {
            configured: Some(false),
            block_public_acls: Some(false),
            block_public_policy: Some(false),
            ignore_public_acls: Some(false),
            restrict_public_buckets: Some(false),
            aws_default: false,
        };
    }
}

fn versioning(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    let Attributes::S3Bucket(b) = parent else {
        return;
    };
    let c = r.root().get("versioning_configuration").first();
    b.versioning.enabled = r
        .string(c.get("status"), "versioning.enabled")
        .map(|s| s == "Enabled");
    b.versioning.mfa_delete = r
        .string(c.get("mfa_delete"), "versioning.mfa_delete")
        .map(|s| s == "Enabled")
        .or(Some(false));
}

/// A versioned bucket cannot become unversioned: deleting the resource suspends versioning.
fn versioning_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::S3Bucket(b) = parent {
        b.versioning = Versioning {
            enabled: Some(false),
            mfa_delete: Some(false),
        };
    }
}

fn logging(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    let Attributes::S3Bucket(b) = parent else {
        return;
    };
    b.logging.enabled = Some(true);
    b.logging.target_bucket = r.reference(
        r.root().get("target_bucket"),
        &["target_bucket"],
        "logging.target_bucket",
    );
}

fn logging_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::S3Bucket(b) = parent {
        b.logging = Logging {
            enabled: Some(false),
            target_bucket: None,
        };
    }
}

fn acl(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    let Attributes::S3Bucket(b) = parent else {
        return;
    };
    let n = r.root();
    if let Some(acl) = r.string(n.get("acl"), "acl") {
        b.acl = Some(acl);
    }
    let grants = n.get("access_control_policy").first().get("grant");
    b.public_grants = public_grants(
        grants
            .items()
            .iter()
            .map(|g| g.get("grantee").first().get("uri")),
    );
}

fn policy(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::S3Bucket(b) = parent {
        b.policy = r.policy_document(r.root().get("policy"), "policy");
    }
}

fn policy_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::S3Bucket(b) = parent {
        b.policy = None;
    }
}

fn replication(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>) {
    let Attributes::S3Bucket(b) = parent else {
        return;
    };
    let rules = r.root().get("rule");
    if rules.is_wholly_unknown() {
        ctx.mark("replication");
    }
    b.replication.clear();
    for (i, rule) in rules.items().into_iter().enumerate() {
        let dest = rule.get("destination").first();
        let index = i.to_string();
        let path = ["rule", &index, "destination", "bucket"];
        b.replication.push(Replication {
            rule_id: rule.get("id").as_str().map(str::to_owned),
            status: rule.get("status").as_str().map(str::to_owned),
            destination_bucket: r.reference(dest.get("bucket"), &path, "replication"),
            destination_region: None,
        });
    }
}

fn replication_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::S3Bucket(b) = parent {
        b.replication.clear();
    }
}

fn account_public_access_block(r: &mut Reader<'_>) -> S3AccountPublicAccessBlock {
    let n = r.root();
    let mut flag = |key: &str| r.bool(n.get(key), key, Some(false));
    S3AccountPublicAccessBlock {
        block_public_acls: flag("block_public_acls"),
        block_public_policy: flag("block_public_policy"),
        ignore_public_acls: flag("ignore_public_acls"),
        restrict_public_buckets: flag("restrict_public_buckets"),
    }
}
