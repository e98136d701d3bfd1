//! Terraform resource types that are resources of their own in the model.

use super::planned::Reader;
use super::values::Node;
use crate::load::trail_selectors::{
    self, AdvancedEventSelector, DataResource, EventSelector, FieldSelector, Recorded,
};
use crate::model::*;

/// The model attributes of a parent resource type, or `None` when the type is not modeled (or is
/// a satellite: see `satellites.rs`).
pub fn normalize(tf_type: &str, r: &mut Reader<'_>) -> Option<Attributes> {
    let n = r.root();
    Some(match tf_type {
        "aws_s3_bucket" => Attributes::S3Bucket(s3_bucket(r, n)),
        "aws_security_group" => Attributes::SecurityGroup(security_group(r, n, false)),
        "aws_default_security_group" => Attributes::SecurityGroup(security_group(r, n, true)),
        "aws_ebs_volume" => Attributes::Volume(Volume {
            encryption: Encryption {
                // Not set: the account's EBS encryption-by-default decides, which a plan cannot show.
                at_rest: r.bool(n.get("encrypted"), "encryption.at_rest", None),
                kms_key: r.reference(n.get("kms_key_id"), &["kms_key_id"], "encryption.kms_key"),
            },
            size_gib: r.int(n.get("size"), "size_gib", None),
            volume_type: r.string(n.get("type"), "volume_type"),
            availability_zone: r.string(n.get("availability_zone"), "availability_zone"),
        }),
        "aws_instance" => Attributes::Instance(instance(r, n)),
        "aws_db_instance" => Attributes::DbInstance(DbInstance {
            identifier: r.string(n.get("identifier"), "identifier"),
            engine: r.string(n.get("engine"), "engine"),
            engine_version: r.string(n.get("engine_version"), "engine_version"),
            instance_class: r.string(n.get("instance_class"), "instance_class"),
            encryption: Encryption {
                at_rest: r.bool(
                    n.get("storage_encrypted"),
                    "encryption.at_rest",
                    Some(false),
                ),
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
        }),
        "aws_rds_cluster_instance" => Attributes::DbInstance(DbInstance {
            identifier: r.string(n.get("identifier"), "identifier"),
            engine: r.string(n.get("engine"), "engine"),
            engine_version: r.string(n.get("engine_version"), "engine_version"),
            instance_class: r.string(n.get("instance_class"), "instance_class"),
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
        }),
        "aws_rds_cluster" => Attributes::DbCluster(DbCluster {
            identifier: r.string(n.get("cluster_identifier"), "identifier"),
            engine: r.string(n.get("engine"), "engine"),
            engine_version: r.string(n.get("engine_version"), "engine_version"),
            encryption: Encryption {
                at_rest: r.bool(
                    n.get("storage_encrypted"),
                    "encryption.at_rest",
                    Some(false),
                ),
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
        }),
        "aws_elasticache_replication_group" => {
            Attributes::ElastiCacheReplicationGroup(ElastiCacheReplicationGroup {
                replication_group_id: r
                    .string(n.get("replication_group_id"), "replication_group_id"),
                engine: r.string(n.get("engine"), "engine"),
                encryption: Encryption {
                    // Valkey groups are encrypted at rest unless told otherwise; Redis ones are not.
                    at_rest: r.bool(
                        n.get("at_rest_encryption_enabled"),
                        "encryption.at_rest",
                        Some(n.get("engine").as_str() == Some("valkey")),
                    ),
                    kms_key: r.reference(
                        n.get("kms_key_id"),
                        &["kms_key_id"],
                        "encryption.kms_key",
                    ),
                },
                transit_encryption_enabled: r.bool(
                    n.get("transit_encryption_enabled"),
                    "transit_encryption_enabled",
                    Some(false),
                ),
                // Presence only: the token itself never enters the model.
                auth_token_set: Some(n.get("auth_token").is_set_even_if_sensitive()),
                automatic_failover_enabled: r.bool(
                    n.get("automatic_failover_enabled"),
                    "automatic_failover_enabled",
                    Some(false),
                ),
            })
        }
        "aws_dynamodb_table" => Attributes::DynamoDbTable(dynamodb_table(r, n)),
        "aws_kms_key" => Attributes::KmsKey(KmsKey {
            description: r.string(n.get("description"), "description"),
            key_usage: r
                .string(n.get("key_usage"), "key_usage")
                .or(Some("ENCRYPT_DECRYPT".into())),
            key_spec: r
                .string(n.get("customer_master_key_spec"), "key_spec")
                .or(Some("SYMMETRIC_DEFAULT".into())),
            rotation_enabled: r.bool(
                n.get("enable_key_rotation"),
                "rotation_enabled",
                Some(false),
            ),
            enabled: r.bool(n.get("is_enabled"), "enabled", Some(true)),
            multi_region: r.bool(n.get("multi_region"), "multi_region", Some(false)),
            key_manager: Some("CUSTOMER".into()),
            policy: policy_document(r, n.get("policy"), "policy"),
        }),
        "aws_cloudtrail" => Attributes::CloudTrailTrail(cloudtrail(r, n)),
        "aws_lb_listener" | "aws_alb_listener" => Attributes::Listener(listener(r, n)),
        "aws_iam_user" => Attributes::IamUser(IamUser {
            user_name: r.string(n.get("name"), "user_name"),
            path: r.string(n.get("path"), "path"),
            // A login profile in the same plan turns this on (satellites.rs).
            console_access: Some(false),
            policies: Vec::new(),
            groups: Vec::new(),
            group_policies: Vec::new(),
            permissions_boundary: r.string(n.get("permissions_boundary"), "permissions_boundary"),
        }),
        "aws_iam_group" => Attributes::IamGroup(IamGroup {
            group_name: r.string(n.get("name"), "group_name"),
            policies: Vec::new(),
        }),
        "aws_iam_role" => Attributes::IamRole(iam_role(r, n)),
        "aws_iam_policy" => Attributes::IamPolicy(IamPolicy {
            policy_name: r.string(n.get("name"), "policy_name"),
            arn: r.string(n.get("arn"), "arn"),
            document: policy_document(r, n.get("policy"), "document"),
            attachment_count: None,
        }),
        "aws_iam_account_password_policy" => {
            Attributes::AccountPasswordPolicy(AccountPasswordPolicy {
                minimum_password_length: r.int(
                    n.get("minimum_password_length"),
                    "minimum_password_length",
                    Some(6),
                ),
                require_symbols: r.bool(n.get("require_symbols"), "require_symbols", Some(false)),
                require_numbers: r.bool(n.get("require_numbers"), "require_numbers", Some(false)),
                require_uppercase_characters: r.bool(
                    n.get("require_uppercase_characters"),
                    "require_uppercase_characters",
                    Some(false),
                ),
                require_lowercase_characters: r.bool(
                    n.get("require_lowercase_characters"),
                    "require_lowercase_characters",
                    Some(false),
                ),
                allow_users_to_change_password: r.bool(
                    n.get("allow_users_to_change_password"),
                    "allow_users_to_change_password",
                    Some(true),
                ),
                password_reuse_prevention: r.int(
                    n.get("password_reuse_prevention"),
                    "password_reuse_prevention",
                    Some(0),
                ),
                max_password_age: r.int(n.get("max_password_age"), "max_password_age", Some(0)),
                hard_expiry: r.bool(n.get("hard_expiry"), "hard_expiry", Some(false)),
            })
        }
        _ => return None,
    })
}

/// The Terraform types `normalize` turns into resources.
pub fn is_parent(tf_type: &str) -> bool {
    matches!(
        tf_type,
        "aws_s3_bucket"
            | "aws_security_group"
            | "aws_default_security_group"
            | "aws_ebs_volume"
            | "aws_instance"
            | "aws_db_instance"
            | "aws_rds_cluster_instance"
            | "aws_rds_cluster"
            | "aws_elasticache_replication_group"
            | "aws_dynamodb_table"
            | "aws_kms_key"
            | "aws_cloudtrail"
            | "aws_lb_listener"
            | "aws_alb_listener"
            | "aws_iam_user"
            | "aws_iam_group"
            | "aws_iam_role"
            | "aws_iam_policy"
            | "aws_iam_account_password_policy"
    )
}

pub fn policy_document(
    r: &mut Reader<'_>,
    node: Node<'_>,
    model_path: &str,
) -> Option<PolicyDocument> {
    if node.is_unknown() {
        r.mark_unknown(model_path);
        return None;
    }
    node.value().and_then(PolicyDocument::parse)
}

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

fn s3_bucket(r: &mut Reader<'_>, n: Node<'_>) -> S3Bucket {
    let mut b = S3Bucket {
        bucket: r.string(n.get("bucket"), "bucket"),
        encryption: S3Encryption {
            at_rest: Some(true),
            algorithm: Some("AES256".into()),
            kms_key: None,
            aws_default: true,
        },
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
        b.policy = policy_document(r, policy, "policy");
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
pub fn apply_sse(
    r: &mut Reader<'_>,
    enc: &mut S3Encryption,
    by_default: Node<'_>,
    key_path: &[&str],
) {
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

pub fn public_grants<'v>(uris: impl Iterator<Item = Node<'v>>) -> Vec<String> {
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

fn security_group(r: &mut Reader<'_>, n: Node<'_>, is_default: bool) -> SecurityGroup {
    let mut g = SecurityGroup {
        group_name: r
            .string(n.get("name"), "group_name")
            .or(is_default.then(|| "default".into())),
        vpc_id: r.string(n.get("vpc_id"), "vpc_id"),
        is_default,
        ..Default::default()
    };
    for (dir, path) in [("ingress", "ingress"), ("egress", "egress")] {
        let rules = n.get(dir);
        // Unknown and not configured: computed by the provider from rule resources, which
        // satellites.rs folds in. Unknown and configured: really unknown.
        if rules.is_unknown() && (r.configured(dir) || !r.config.present) {
            r.mark_unknown(path);
        }
        let out: Vec<SecurityGroupRule> = rules
            .items()
            .iter()
            .map(|rule| SecurityGroupRule {
                protocol: normalize_protocol(rule.get("protocol").as_str().unwrap_or("-1")),
                from_port: rule.get("from_port").as_i64(),
                to_port: rule.get("to_port").as_i64(),
                ipv4_ranges: rule.get("cidr_blocks").strings(),
                ipv6_ranges: rule.get("ipv6_cidr_blocks").strings(),
                source_groups: rule.get("security_groups").strings(),
                prefix_lists: rule.get("prefix_list_ids").strings(),
                description: rule
                    .get("description")
                    .as_str()
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
                defined_by: None,
            })
            .map(normalize_ports)
            .collect();
        if dir == "ingress" {
            g.ingress = out;
        } else {
            g.egress = out;
        }
    }
    g
}

/// `6` -> `tcp`, `all` -> `-1`, and so on, as the EC2 API accepts them.
pub fn normalize_protocol(p: &str) -> String {
    match p.to_ascii_lowercase().as_str() {
        "6" | "tcp" => "tcp".into(),
        "17" | "udp" => "udp".into(),
        "1" | "icmp" => "icmp".into(),
        "58" | "icmpv6" => "icmpv6".into(),
        "-1" | "all" | "" => "-1".into(),
        other => other.into(),
    }
}

/// All-protocol rules cover every port, whatever ports they were written with.
pub fn normalize_ports(mut rule: SecurityGroupRule) -> SecurityGroupRule {
    if rule.protocol == "-1" {
        rule.from_port = Some(0);
        rule.to_port = Some(65535);
    }
    rule
}

fn instance(r: &mut Reader<'_>, n: Node<'_>) -> Instance {
    let mut devices = Vec::new();
    let root = n.get("root_block_device");
    if (root.is_wholly_unknown() && r.configured_node(root)) || root.items().is_empty() {
        // No root block in the configuration: encryption follows the AMI and the account's
        // EBS encryption default, which the plan cannot show.
        r.mark_unknown("block_devices");
        devices.push(BlockDevice {
            device_name: None,
            root: true,
            encryption: Encryption::default(),
        });
    } else {
        let d = root.first();
        devices.push(BlockDevice {
            device_name: d.get("device_name").as_str().map(str::to_owned),
            root: true,
            encryption: Encryption {
                at_rest: block_encrypted(r, d),
                kms_key: r.reference(
                    d.get("kms_key_id"),
                    &["root_block_device", "kms_key_id"],
                    "block_devices",
                ),
            },
        });
    }
    for d in n.get("ebs_block_device").items() {
        devices.push(BlockDevice {
            device_name: d.get("device_name").as_str().map(str::to_owned),
            root: false,
            encryption: Encryption {
                at_rest: block_encrypted(r, d),
                kms_key: r.reference(
                    d.get("kms_key_id"),
                    &["ebs_block_device", "kms_key_id"],
                    "block_devices",
                ),
            },
        });
    }
    let md = n.get("metadata_options");
    Instance {
        instance_type: r.string(n.get("instance_type"), "instance_type"),
        image_id: r.string(n.get("ami"), "image_id"),
        subnet_id: r.string(n.get("subnet_id"), "subnet_id"),
        associate_public_ip_address: r.bool(
            n.get("associate_public_ip_address"),
            "associate_public_ip_address",
            None,
        ),
        block_devices: devices,
        metadata_options: MetadataOptions {
            http_tokens: r.string(
                md.first().get("http_tokens"),
                "metadata_options.http_tokens",
            ),
            http_endpoint: r.string(
                md.first().get("http_endpoint"),
                "metadata_options.http_endpoint",
            ),
        },
        iam_instance_profile: r.reference(
            n.get("iam_instance_profile"),
            &["iam_instance_profile"],
            "iam_instance_profile",
        ),
    }
}

fn block_encrypted(r: &mut Reader<'_>, d: Node<'_>) -> Option<bool> {
    let e = d.get("encrypted");
    if e.is_unknown() {
        r.mark_unknown("block_devices");
        return None;
    }
    e.as_bool().or(Some(false))
}

fn dynamodb_table(r: &mut Reader<'_>, n: Node<'_>) -> DynamoDbTable {
    let sse = n.get("server_side_encryption");
    let encryption = if sse.is_wholly_unknown() && r.configured_node(sse) {
        r.mark_unknown("encryption.key_type");
        DynamoDbEncryption {
            at_rest: Some(true),
            ..Default::default()
        }
    } else {
        let s = sse.first();
        let enabled = s.get("enabled").as_bool().unwrap_or(false);
        let key = r.reference(
            s.get("kms_key_arn"),
            &["server_side_encryption", "kms_key_arn"],
            "encryption.kms_key",
        );
        DynamoDbEncryption {
            at_rest: Some(true),
            key_type: Some(
                match (enabled, &key) {
                    (false, _) => "aws-owned",
                    (true, None) => "aws-managed",
                    (true, Some(k)) if k.ends_with("alias/aws/dynamodb") => "aws-managed",
                    (true, Some(_)) => "customer-managed",
                }
                .into(),
            ),
            kms_key: key,
        }
    };
    let pitr = n.get("point_in_time_recovery");
    DynamoDbTable {
        table_name: r.string(n.get("name"), "table_name"),
        encryption,
        point_in_time_recovery: if pitr.is_wholly_unknown() && r.configured_node(pitr) {
            r.mark_unknown("point_in_time_recovery");
            None
        } else {
            r.bool(
                pitr.first().get("enabled"),
                "point_in_time_recovery",
                Some(false),
            )
        },
        deletion_protection: r.bool(
            n.get("deletion_protection_enabled"),
            "deletion_protection",
            Some(false),
        ),
        replicas: n
            .get("replica")
            .items()
            .iter()
            .map(|rep| DynamoDbReplica {
                region: rep.get("region_name").as_str().map(str::to_owned),
                kms_key: rep.get("kms_key_arn").as_str().map(str::to_owned),
            })
            .collect(),
    }
}

fn cloudtrail(r: &mut Reader<'_>, n: Node<'_>) -> CloudTrailTrail {
    let recorded = trail_recorded(n);
    if recorded.management_events.is_none() {
        r.mark_unknown("management_events");
    }
    if recorded.s3_data_events.is_none() {
        r.mark_unknown("s3_data_events");
    }
    CloudTrailTrail {
        trail_name: r.string(n.get("name"), "trail_name"),
        is_multi_region_trail: r.bool(
            n.get("is_multi_region_trail"),
            "is_multi_region_trail",
            Some(false),
        ),
        include_global_service_events: r.bool(
            n.get("include_global_service_events"),
            "include_global_service_events",
            Some(true),
        ),
        log_file_validation_enabled: r.bool(
            n.get("enable_log_file_validation"),
            "log_file_validation_enabled",
            Some(false),
        ),
        kms_key: r.reference(n.get("kms_key_id"), &["kms_key_id"], "kms_key"),
        is_logging: r.bool(n.get("enable_logging"), "is_logging", Some(true)),
        management_events: recorded.management_events.map(str::to_owned),
        s3_data_events: recorded.s3_data_events,
        s3_bucket: r.reference(n.get("s3_bucket_name"), &["s3_bucket_name"], "s3_bucket"),
        cloudwatch_logs_log_group: r.reference(
            n.get("cloud_watch_logs_group_arn"),
            &["cloud_watch_logs_group_arn"],
            "cloudwatch_logs_log_group",
        ),
        is_organization_trail: r.bool(
            n.get("is_organization_trail"),
            "is_organization_trail",
            Some(false),
        ),
    }
}

/// What the trail's `event_selector` / `advanced_event_selector` blocks record, with the
/// provider's defaults for what a block leaves out (`read_write_type = "All"`,
/// `include_management_events = true`).
fn trail_recorded(n: Node<'_>) -> Recorded {
    let basic = n.get("event_selector");
    let advanced = n.get("advanced_event_selector");
    if basic.is_wholly_unknown() || advanced.is_wholly_unknown() {
        return Recorded::UNKNOWN;
    }
    let basic: Vec<EventSelector> = basic
        .items()
        .iter()
        .map(|s| {
            let rw = s.get("read_write_type");
            let management = s.get("include_management_events");
            let data = s.get("data_resource");
            EventSelector {
                read_write_type: (!rw.is_unknown())
                    .then(|| rw.as_str().unwrap_or("All").to_owned()),
                include_management_events: (!management.is_unknown())
                    .then(|| management.as_bool().unwrap_or(true)),
                data_resources: (!data.is_wholly_unknown()).then(|| {
                    data.items()
                        .iter()
                        .map(|d| {
                            let values = d.get("values");
                            DataResource {
                                // A value known only after apply reads as `None`: unknown.
                                resource_type: d.get("type").as_str().map(str::to_owned),
                                // Unknown as a whole when any ARN in it is (a bucket of the same
                                // plan): the list could be empty for all the plan shows.
                                has_values: (!values.is_wholly_unknown())
                                    .then(|| !values.items().is_empty()),
                            }
                        })
                        .collect()
                }),
            }
        })
        .collect();
    let advanced: Vec<AdvancedEventSelector> = advanced
        .items()
        .iter()
        .map(|s| {
            let fields = s.get("field_selector");
            AdvancedEventSelector {
                field_selectors: (!fields.is_wholly_unknown()).then(|| {
                    fields
                        .items()
                        .iter()
                        .map(|f| {
                            let equals = f.get("equals");
                            FieldSelector {
                                field: f.get("field").as_str().map(str::to_owned),
                                equals: (!equals.is_unknown()).then(|| equals.strings()),
                            }
                        })
                        .collect()
                }),
            }
        })
        .collect();
    trail_selectors::recorded(&basic, &advanced)
}

fn listener(r: &mut Reader<'_>, n: Node<'_>) -> Listener {
    let actions = n.get("default_action");
    if actions.is_wholly_unknown() {
        r.mark_unknown("default_actions");
    }
    let protocol = r
        .string(n.get("protocol"), "protocol")
        .map(|p| p.to_ascii_uppercase());
    let policy = n.get("ssl_policy");
    let ssl_policy = if policy.is_unknown() && !r.configured_node(policy) {
        // Computed by the provider: the API default for TLS listeners, nothing for plain ones.
        match protocol.as_deref() {
            Some("HTTPS" | "TLS") => Some("ELBSecurityPolicy-2016-08".to_string()),
            Some(_) => None,
            None => {
                r.mark_unknown("ssl_policy");
                None
            }
        }
    } else {
        r.string(policy, "ssl_policy").filter(|s| !s.is_empty())
    };
    Listener {
        protocol,
        port: r.int(n.get("port"), "port", None),
        ssl_policy,
        certificate: r.reference(
            n.get("certificate_arn"),
            &["certificate_arn"],
            "certificate",
        ),
        load_balancer: r.reference(
            n.get("load_balancer_arn"),
            &["load_balancer_arn"],
            "load_balancer",
        ),
        default_actions: actions
            .items()
            .iter()
            .map(|a| ListenerAction {
                kind: a.get("type").as_str().map(str::to_owned),
                redirect_protocol: a
                    .get("redirect")
                    .first()
                    .get("protocol")
                    .as_str()
                    .map(str::to_owned),
            })
            .collect(),
    }
}

fn iam_role(r: &mut Reader<'_>, n: Node<'_>) -> IamRole {
    let mut role = IamRole {
        role_name: r.string(n.get("name"), "role_name"),
        assume_role_policy: policy_document(r, n.get("assume_role_policy"), "assume_role_policy"),
        policies: Vec::new(),
        max_session_duration: r.int(
            n.get("max_session_duration"),
            "max_session_duration",
            Some(3600),
        ),
    };
    let address = r.planned.address.clone();
    for p in n.get("inline_policy").items() {
        let Some(doc) = p.get("policy").value().and_then(PolicyDocument::parse) else {
            continue;
        };
        role.policies.push(AttachedPolicy {
            name: p.get("name").as_str().map(str::to_owned),
            arn: None,
            attachment: "inline".into(),
            document: Some(doc),
            defined_by: Some(address.clone()),
        });
    }
    for arn in n.get("managed_policy_arns").strings() {
        role.policies.push(AttachedPolicy {
            name: arn.rsplit('/').next().map(str::to_owned),
            arn: Some(arn),
            attachment: "managed".into(),
            document: None,
            defined_by: Some(address.clone()),
        });
    }
    role
}
