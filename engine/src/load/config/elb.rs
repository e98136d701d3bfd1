//! `AWS::ElasticLoadBalancing::LoadBalancer`: `DescribeLoadBalancers` (camelCase) in the
//! configuration, `DescribeLoadBalancerAttributes` in the supplementary configuration.

use super::item::Head;
use super::reader::{as_bool, as_i64, as_str, at, member, Conf, Got, Reader, Supp};
use crate::model::*;
use serde_json::Value;

pub fn load_balancer(head: &Head, r: &mut Reader<'_>) -> ElbLoadBalancer {
    let strings = |list: &[Value]| list.iter().filter_map(as_str).collect::<Vec<_>>();
    let listeners = r
        .req_list(Conf, &["listenerDescriptions"], "listeners")
        .iter()
        .filter_map(|d| member(d, "listener"))
        .map(|l| ElbListener {
            protocol: member(l, "protocol")
                .and_then(as_str)
                .map(|p| p.to_ascii_uppercase()),
            port: member(l, "loadBalancerPort").and_then(as_i64),
            instance_protocol: member(l, "instanceProtocol")
                .and_then(as_str)
                .map(|p| p.to_ascii_uppercase()),
            instance_port: member(l, "instancePort").and_then(as_i64),
            ssl_certificate: member(l, "sslCertificateId").and_then(as_str),
        })
        .collect();
    let attributes = match r.get(Supp, &["LoadBalancerAttributes"]) {
        Got::Value(v) => Some(v),
        _ => None,
    };
    let flag = |r: &mut Reader<'_>, path: &[&str], model: &str| {
        let v = attributes.and_then(|a| at(a, path)).and_then(as_bool);
        if v.is_none() {
            r.mark(model);
        }
        v
    };
    let access_logs = Logging {
        enabled: flag(r, &["accessLog", "enabled"], "access_logs.enabled"),
        target_bucket: attributes
            .and_then(|a| at(a, &["accessLog", "s3BucketName"]))
            .and_then(as_str),
    };
    if attributes.is_none() {
        r.mark("access_logs.target_bucket");
    }
    ElbLoadBalancer {
        name: r.req_str_or(
            Conf,
            &["loadBalancerName"],
            "name",
            head.resource_name.as_ref(),
        ),
        internal: r
            .req_str(Conf, &["scheme"], "internal")
            .map(|s| s == "internal"),
        listeners,
        access_logs,
        cross_zone_load_balancing: flag(
            r,
            &["crossZoneLoadBalancing", "enabled"],
            "cross_zone_load_balancing",
        ),
        connection_draining: flag(r, &["connectionDraining", "enabled"], "connection_draining"),
        availability_zones: strings(r.req_list(Conf, &["availabilityZones"], "availability_zones")),
        subnets: strings(r.opt_list(Conf, &["subnets"], "subnets")),
        security_groups: strings(r.opt_list(Conf, &["securityGroups"], "security_groups")),
    }
}
