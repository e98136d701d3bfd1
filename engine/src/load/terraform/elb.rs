//! Classic Elastic Load Balancing: `aws_elb`.

use super::planned::Reader;
use super::table::Table;
use super::values::Node;
use crate::model::*;

pub const LOAD_BALANCER: Table = Table {
    types: &[("aws_elb", |r| Attributes::ElbLoadBalancer(load_balancer(r)))],
    satellites: &[],
};

fn load_balancer(r: &mut Reader<'_>) -> ElbLoadBalancer {
    let n = r.root();
    let listeners = n.get("listener");
    if listeners.is_wholly_unknown() {
        r.mark_unknown("listeners");
    }
    let listeners = listeners.items().iter().map(|l| listener(r, *l)).collect();
    ElbLoadBalancer {
        name: r.string(n.get("name"), "name"),
        internal: r.bool(n.get("internal"), "internal", Some(false)),
        listeners,
        access_logs: access_logs(r, n.get("access_logs")),
        cross_zone_load_balancing: r.bool(
            n.get("cross_zone_load_balancing"),
            "cross_zone_load_balancing",
            Some(true),
        ),
        connection_draining: r.bool(
            n.get("connection_draining"),
            "connection_draining",
            Some(false),
        ),
        availability_zones: zones(r, n.get("availability_zones")),
        subnets: listed(r, n.get("subnets"), "subnets"),
        security_groups: listed(r, n.get("security_groups"), "security_groups"),
    }
}

fn listener(r: &mut Reader<'_>, l: Node<'_>) -> ElbListener {
    let upper = |r: &mut Reader<'_>, key: &'static str| {
        r.string(l.get(key), "listeners")
            .map(|p| p.to_ascii_uppercase())
    };
    ElbListener {
        protocol: upper(r, "lb_protocol"),
        port: r.int(l.get("lb_port"), "listeners", None),
        instance_protocol: upper(r, "instance_protocol"),
        instance_port: r.int(l.get("instance_port"), "listeners", None),
        ssl_certificate: r.reference(
            l.get("ssl_certificate_id"),
            &["listener", "ssl_certificate_id"],
            "listeners",
        ),
    }
}

/// The `access_logs` block: absent is off; present, `enabled` defaults to true.
fn access_logs(r: &mut Reader<'_>, node: Node<'_>) -> Logging {
    if node.is_wholly_unknown() {
        r.mark_unknown("access_logs.enabled");
        r.mark_unknown("access_logs.target_bucket");
        return Logging::default();
    }
    let Some(block) = node.items().first().copied() else {
        return Logging {
            enabled: Some(false),
            target_bucket: None,
        };
    };
    Logging {
        enabled: r.bool(block.get("enabled"), "access_logs.enabled", Some(true)),
        target_bucket: r.reference(
            block.get("bucket"),
            &["access_logs", "bucket"],
            "access_logs.target_bucket",
        ),
    }
}

/// In a VPC the zones are the subnets', computed at apply.
fn zones(r: &mut Reader<'_>, node: Node<'_>) -> Vec<String> {
    if node.is_unknown() {
        r.mark_unknown("availability_zones");
    }
    node.strings()
}

/// Subnets and groups: the provider computes them when not written (the default
/// security group); written and known only after apply is unknown.
fn listed(r: &mut Reader<'_>, node: Node<'_>, attr: &str) -> Vec<String> {
    if node.is_unknown() && !r.configured_node(node) {
        return Vec::new();
    }
    r.references(node, &[attr], attr).unwrap_or_default()
}
