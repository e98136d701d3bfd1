//! `AWS::EKS::Cluster`: CloudFormation-style keys (`ResourcesVpcConfig`, `EncryptionConfig`,
//! `Logging.ClusterLogging.EnabledTypes`); `DescribeCluster`'s logging shape is read too.

use super::item::Head;
use super::reader::{as_bool, as_str, at, member, Conf, Got, Reader};
use crate::model::*;
use serde_json::Value;

pub fn cluster(head: &Head, r: &mut Reader<'_>) -> EksCluster {
    let vpc = "ResourcesVpcConfig";
    let ids = |r: &mut Reader<'_>, key: &str, model: &str| -> Vec<String> {
        r.opt_list(Conf, &[vpc, key], model)
            .iter()
            .filter_map(as_str)
            .collect()
    };
    let subnets = ids(r, "SubnetIds", "network.subnets");
    let security_groups = ids(r, "SecurityGroupIds", "network.security_groups");
    let public_access_cidrs = r
        .req_list(Conf, &[vpc, "PublicAccessCidrs"], "public_access_cidrs")
        .iter()
        .filter_map(as_str)
        .collect();
    let secrets_encryption_kms_key = r
        .opt_list(Conf, &["EncryptionConfig"], "secrets_encryption_kms_key")
        .iter()
        .find(|e| {
            member(e, "Resources")
                .and_then(Value::as_array)
                .is_some_and(|l| l.iter().any(|s| s.as_str() == Some("secrets")))
        })
        .and_then(|e| at(e, &["Provider", "KeyArn"]).and_then(as_str));
    let enabled_log_types = match r.get(Conf, &["Logging", "ClusterLogging"]) {
        Got::Value(v) => log_types(v),
        Got::Absent => Vec::new(),
        Got::NotRecorded => {
            r.mark("enabled_log_types");
            Vec::new()
        }
    };
    EksCluster {
        name: r.req_str_or(Conf, &["Name"], "name", head.resource_name.as_ref()),
        version: r.req_str(Conf, &["Version"], "version"),
        endpoint_public_access: r.req_bool(
            Conf,
            &[vpc, "EndpointPublicAccess"],
            "endpoint_public_access",
        ),
        endpoint_private_access: r.req_bool(
            Conf,
            &[vpc, "EndpointPrivateAccess"],
            "endpoint_private_access",
        ),
        public_access_cidrs,
        secrets_encryption_kms_key,
        enabled_log_types,
        network: Network {
            subnets,
            security_groups,
            ..Default::default()
        },
    }
}

/// `{EnabledTypes: [{Type}]}` (CloudFormation), or `[{Types: [..], Enabled}]` (the API).
fn log_types(v: &Value) -> Vec<String> {
    match v {
        Value::Array(setups) => setups
            .iter()
            .filter(|s| member(s, "Enabled").and_then(as_bool) == Some(true))
            .flat_map(|s| {
                member(s, "Types")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(as_str)
            })
            .collect(),
        _ => member(v, "EnabledTypes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|t| member(t, "Type").and_then(as_str))
            .collect(),
    }
}
