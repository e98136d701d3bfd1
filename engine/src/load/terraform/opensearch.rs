//! OpenSearch Service domains (`aws_opensearch_domain`, and `aws_opensearch_domain_policy`
//! folded in). `aws_elasticsearch_domain` is not mapped: AWS Config records those as another
//! type, `AWS::Elasticsearch::Domain`, which the model does not have yet.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use crate::model::*;

pub const DOMAIN: Table = Table {
    types: &[("aws_opensearch_domain", |r| {
        Attributes::OpenSearchDomain(domain(r))
    })],
    satellites: &[Satellite {
        tf_type: "aws_opensearch_domain_policy",
        join: Join::Parent {
            attr: "domain_name",
            fold: policy,
            deleted: Some(policy_deleted),
        },
    }],
};

fn domain(r: &mut Reader<'_>) -> OpenSearchDomain {
    let n = r.root();
    let at_rest = n.get("encrypt_at_rest").first();
    let endpoint = n.get("domain_endpoint_options");
    // The provider defaults `enforce_https` to true in a block the configuration writes; a
    // block it leaves out is what the service computes, known only after apply.
    let endpoint_default = r.configured_node(endpoint).then_some(true);
    let endpoint = endpoint.first();
    let vpc = n.get("vpc_options").first();
    let logs = n.get("log_publishing_options");
    if logs.is_wholly_unknown() {
        r.mark_unknown("log_types");
    }
    let mut log_types: Vec<String> = logs
        .items()
        .iter()
        .filter(|l| l.get("enabled").as_bool().unwrap_or(true))
        .filter_map(|l| l.get("log_type").as_str().map(str::to_owned))
        .collect();
    log_types.sort();
    let policy = n.get("access_policies");
    OpenSearchDomain {
        domain_name: r.string(n.get("domain_name"), "domain_name"),
        engine_version: r.string(n.get("engine_version"), "engine_version"),
        encryption: Encryption {
            at_rest: r.bool(at_rest.get("enabled"), "encryption.at_rest", Some(false)),
            kms_key: r.reference(
                at_rest.get("kms_key_id"),
                &["encrypt_at_rest", "kms_key_id"],
                "encryption.kms_key",
            ),
        },
        node_to_node_encryption: r.bool(
            n.get("node_to_node_encryption").first().get("enabled"),
            "node_to_node_encryption",
            Some(false),
        ),
        enforce_https: r.bool(
            endpoint.get("enforce_https"),
            "enforce_https",
            endpoint_default,
        ),
        tls_security_policy: r.string(endpoint.get("tls_security_policy"), "tls_security_policy"),
        network: Network {
            subnets: r
                .references(
                    vpc.get("subnet_ids"),
                    &["vpc_options", "subnet_ids"],
                    "network.subnets",
                )
                .unwrap_or_default(),
            security_groups: r
                .references(
                    vpc.get("security_group_ids"),
                    &["vpc_options", "security_group_ids"],
                    "network.security_groups",
                )
                .unwrap_or_default(),
            ..Default::default()
        },
        fine_grained_access_control: r.bool(
            n.get("advanced_security_options").first().get("enabled"),
            "fine_grained_access_control",
            Some(false),
        ),
        log_types,
        // Computed unless written here; `aws_opensearch_domain_policy` sets it otherwise.
        access_policy: if policy.is_unknown() && !r.configured_node(policy) {
            None
        } else {
            r.policy_document(policy, "access_policy")
        },
    }
}

fn policy(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::OpenSearchDomain(d) = parent {
        d.access_policy = r.policy_document(r.root().get("access_policies"), "access_policy");
    }
}

fn policy_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::OpenSearchDomain(d) = parent {
        d.access_policy = None;
    }
}
