//! `AWS::ElasticLoadBalancingV2::LoadBalancer`, `AWS::ElasticLoadBalancingV2::Listener`.

use super::item::Head;
use super::reader::{as_bool, as_str, at, member, Conf, Got, Reader, Supp};
use crate::model::*;
use serde_json::Value;

/// Attributes (`deletion_protection.enabled`) are recorded only in the supplementary
/// configuration, as string key/value pairs.
pub fn load_balancer(head: &Head, r: &mut Reader<'_>) -> Elbv2LoadBalancer {
    let attributes = match r.get(Supp, &["LoadBalancerAttributes"]) {
        Got::Value(Value::Array(a)) => Some(a.as_slice()),
        _ => None,
    };
    let flag = |r: &mut Reader<'_>, key: &str, model: &str| {
        let v = attribute(attributes, key).and_then(as_bool);
        if v.is_none() {
            r.mark(model);
        }
        v
    };
    let load_balancer_type = r.req_str(Conf, &["type"], "load_balancer_type");
    let drop_invalid_header_fields = match load_balancer_type.as_deref() {
        Some("application") | None => flag(
            r,
            "routing.http.drop_invalid_header_fields.enabled",
            "drop_invalid_header_fields",
        ),
        Some(_) => None,
    };
    let access_logs = Logging {
        enabled: flag(r, "access_logs.s3.enabled", "access_logs.enabled"),
        target_bucket: attribute(attributes, "access_logs.s3.bucket").and_then(as_str),
    };
    if attributes.is_none() {
        r.mark("access_logs.target_bucket");
    }
    let subnets = r
        .req_list(Conf, &["availabilityZones"], "network.subnets")
        .iter()
        .filter_map(|z| member(z, "subnetId").and_then(as_str))
        .collect();
    // Not written for a load balancer without groups (network, gateway).
    let security_groups = r
        .opt_list(Conf, &["securityGroups"], "network.security_groups")
        .iter()
        .filter_map(as_str)
        .collect();
    // The web ACL association is WAF's (`GetWebACLForResource`), not in the item.
    r.mark("web_acls");
    Elbv2LoadBalancer {
        name: r.req_str_or(
            Conf,
            &["loadBalancerName"],
            "name",
            head.resource_name.as_ref(),
        ),
        load_balancer_type,
        scheme: r.req_str(Conf, &["scheme"], "scheme"),
        drop_invalid_header_fields,
        deletion_protection: flag(r, "deletion_protection.enabled", "deletion_protection"),
        access_logs,
        network: Network {
            subnets,
            security_groups,
            ..Default::default()
        },
        web_acls: Vec::new(),
    }
}

fn attribute<'v>(attributes: Option<&'v [Value]>, key: &str) -> Option<&'v Value> {
    attributes?
        .iter()
        .find(|a| member(a, "key").and_then(Value::as_str) == Some(key))
        .and_then(|a| member(a, "value"))
}

pub fn listener(r: &mut Reader<'_>) -> Elbv2Listener {
    let certificate = match r.get(Conf, &["Certificates"]) {
        Got::Value(Value::Array(certs)) => certs
            .iter()
            .find(|c| member(c, "IsDefault").and_then(Value::as_bool) == Some(true))
            .or_else(|| certs.first())
            .and_then(|c| member(c, "CertificateArn"))
            .and_then(as_str),
        Got::NotRecorded => {
            r.mark("certificate");
            None
        }
        _ => None,
    };
    let default_actions = r
        .req_list(Conf, &["DefaultActions"], "default_actions")
        .iter()
        .map(|a| Elbv2ListenerAction {
            kind: member(a, "Type")
                .and_then(as_str)
                .map(|t| t.to_ascii_lowercase()),
            redirect_protocol: at(a, &["RedirectConfig", "Protocol"]).and_then(as_str),
        })
        .collect();
    Elbv2Listener {
        protocol: r
            .req_str(Conf, &["Protocol"], "protocol")
            .map(|p| p.to_ascii_uppercase()),
        port: r.req_int(Conf, &["Port"], "port"),
        ssl_policy: r.opt_str(Conf, &["SslPolicy"], "ssl_policy"),
        certificate,
        load_balancer: r.req_str(Conf, &["LoadBalancerArn"], "load_balancer"),
        default_actions,
    }
}
