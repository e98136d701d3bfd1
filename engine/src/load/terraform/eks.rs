//! EKS clusters.

use super::planned::Reader;
use super::table::Table;
use crate::model::*;

pub const CLUSTER: Table = Table {
    types: &[("aws_eks_cluster", |r| Attributes::EksCluster(cluster(r)))],
    satellites: &[],
};

fn cluster(r: &mut Reader<'_>) -> EksCluster {
    let n = r.root();
    let vpc = n.get("vpc_config").first();
    let cidrs = vpc.get("public_access_cidrs");
    let public_access_cidrs = if cidrs.is_unknown() && !r.configured_node(cidrs) {
        // Computed by EKS when the configuration leaves it out: everywhere.
        vec!["0.0.0.0/0".to_string()]
    } else if cidrs.is_unknown() {
        r.mark_unknown("public_access_cidrs");
        Vec::new()
    } else {
        cidrs.strings()
    };
    let encryption = n.get("encryption_config");
    if encryption.is_wholly_unknown() {
        r.mark_unknown("secrets_encryption_kms_key");
    }
    let secrets = encryption
        .items()
        .into_iter()
        .find(|e| e.get("resources").strings().iter().any(|s| s == "secrets"));
    let secrets_encryption_kms_key = secrets.and_then(|e| {
        r.reference(
            e.get("provider").first().get("key_arn"),
            &["encryption_config", "provider", "key_arn"],
            "secrets_encryption_kms_key",
        )
    });
    let logs = n.get("enabled_cluster_log_types");
    if logs.is_unknown() {
        r.mark_unknown("enabled_log_types");
    }
    EksCluster {
        name: r.string(n.get("name"), "name"),
        version: r.string(n.get("version"), "version"),
        endpoint_public_access: r.bool(
            vpc.get("endpoint_public_access"),
            "endpoint_public_access",
            Some(true),
        ),
        endpoint_private_access: r.bool(
            vpc.get("endpoint_private_access"),
            "endpoint_private_access",
            Some(false),
        ),
        public_access_cidrs,
        secrets_encryption_kms_key,
        enabled_log_types: logs.strings(),
        network: Network {
            subnets: r
                .references(
                    vpc.get("subnet_ids"),
                    &["vpc_config", "subnet_ids"],
                    "network.subnets",
                )
                .unwrap_or_default(),
            security_groups: r
                .references(
                    vpc.get("security_group_ids"),
                    &["vpc_config", "security_group_ids"],
                    "network.security_groups",
                )
                .unwrap_or_default(),
            ..Default::default()
        },
    }
}
