//! `AWS::OpenSearch::Domain`: keys as the type's property list has them (`EncryptionAtRestOptions`,
//! `DomainEndpointOptions.EnforceHTTPS`); `LogPublishingOptions` is a map keyed by log type.

use super::item::Head;
use super::reader::{as_bool, as_str, member, Conf, Got, Reader};
use crate::model::*;
use serde_json::Value;

pub fn domain(head: &Head, r: &mut Reader<'_>) -> OpenSearchDomain {
    // Written only for a VPC domain.
    let ids = |r: &mut Reader<'_>, key: &str, model: &str| -> Vec<String> {
        r.opt_list(Conf, &["VPCOptions", key], model)
            .iter()
            .filter_map(as_str)
            .collect()
    };
    let subnets = ids(r, "SubnetIds", "network.subnets");
    let security_groups = ids(r, "SecurityGroupIds", "network.security_groups");
    let mut log_types: Vec<String> = match r.get(Conf, &["LogPublishingOptions"]) {
        Got::Value(Value::Object(m)) => m
            .iter()
            .filter(|(_, o)| member(o, "Enabled").and_then(as_bool).unwrap_or(true))
            .map(|(k, _)| k.clone())
            .collect(),
        Got::Absent => Vec::new(),
        _ => {
            r.mark("log_types");
            Vec::new()
        }
    };
    log_types.sort();
    let access_policy = match r.get(Conf, &["AccessPolicies"]) {
        Got::Value(v) => super::iam::document(v),
        Got::Absent => None,
        Got::NotRecorded => {
            r.mark("access_policy");
            None
        }
    };
    OpenSearchDomain {
        domain_name: r.req_str_or(
            Conf,
            &["DomainName"],
            "domain_name",
            head.resource_name.as_ref(),
        ),
        engine_version: r.req_str(Conf, &["EngineVersion"], "engine_version"),
        encryption: Encryption {
            at_rest: r.req_bool(
                Conf,
                &["EncryptionAtRestOptions", "Enabled"],
                "encryption.at_rest",
            ),
            kms_key: r.opt_str(
                Conf,
                &["EncryptionAtRestOptions", "KmsKeyId"],
                "encryption.kms_key",
            ),
        },
        node_to_node_encryption: r.req_bool(
            Conf,
            &["NodeToNodeEncryptionOptions", "Enabled"],
            "node_to_node_encryption",
        ),
        enforce_https: r.req_bool(
            Conf,
            &["DomainEndpointOptions", "EnforceHTTPS"],
            "enforce_https",
        ),
        tls_security_policy: r.req_str(
            Conf,
            &["DomainEndpointOptions", "TLSSecurityPolicy"],
            "tls_security_policy",
        ),
        network: Network {
            subnets,
            security_groups,
            ..Default::default()
        },
        fine_grained_access_control: r.opt_bool(
            Conf,
            &["AdvancedSecurityOptions", "Enabled"],
            "fine_grained_access_control",
            false,
        ),
        log_types,
        access_policy,
    }
}
