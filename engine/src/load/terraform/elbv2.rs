//! Elastic Load Balancing v2: application, network and gateway load balancers; listeners.

use super::planned::Reader;
use super::table::Table;
use super::values::Node;
use crate::model::*;

pub const LOAD_BALANCER: Table = Table {
    types: &[
        ("aws_lb", |r| {
            Attributes::Elbv2LoadBalancer(load_balancer(r))
        }),
        ("aws_alb", |r| {
            Attributes::Elbv2LoadBalancer(load_balancer(r))
        }),
    ],
    satellites: &[],
};

pub const LISTENER: Table = Table {
    types: &[
        ("aws_lb_listener", |r| {
            Attributes::Elbv2Listener(listener(r))
        }),
        ("aws_alb_listener", |r| {
            Attributes::Elbv2Listener(listener(r))
        }),
    ],
    satellites: &[],
};

fn listener(r: &mut Reader<'_>) -> Elbv2Listener {
    let n = r.root();
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
            Some("HTTPS" | "TLS") => Some(crate::aws::ELB_DEFAULT_SSL_POLICY.to_string()),
            Some(_) => None,
            None => {
                r.mark_unknown("ssl_policy");
                None
            }
        }
    } else {
        r.string(policy, "ssl_policy").filter(|s| !s.is_empty())
    };
    Elbv2Listener {
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
            .map(|a| Elbv2ListenerAction {
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

fn load_balancer(r: &mut Reader<'_>) -> Elbv2LoadBalancer {
    let n = r.root();
    let load_balancer_type = r.string_or(
        n.get("load_balancer_type"),
        "load_balancer_type",
        "application",
    );
    let application = load_balancer_type.as_deref() == Some("application");
    let drop_invalid_header_fields = match load_balancer_type {
        Some(_) if application => r.bool(
            n.get("drop_invalid_header_fields"),
            "drop_invalid_header_fields",
            Some(false),
        ),
        Some(_) => None,
        None => {
            r.mark_unknown("drop_invalid_header_fields");
            None
        }
    };
    let scheme = r
        .bool(n.get("internal"), "scheme", Some(false))
        .map(|internal| {
            if internal {
                "internal"
            } else {
                "internet-facing"
            }
            .to_string()
        });
    let logs = n.get("access_logs");
    let access_logs = if logs.is_wholly_unknown() {
        r.mark_unknown("access_logs.enabled");
        r.mark_unknown("access_logs.target_bucket");
        Logging::default()
    } else if logs.items().is_empty() {
        Logging {
            enabled: Some(false),
            target_bucket: None,
        }
    } else {
        let l = logs.first();
        Logging {
            enabled: r.bool(l.get("enabled"), "access_logs.enabled", Some(false)),
            target_bucket: r.reference(
                l.get("bucket"),
                &["access_logs", "bucket"],
                "access_logs.target_bucket",
            ),
        }
    };
    let groups = n.get("security_groups");
    // Not written, an application load balancer gets its VPC's default group (unknown here);
    // network and gateway load balancers get none.
    let security_groups = if groups.is_unknown()
        && !r.configured_node(groups)
        && load_balancer_type.is_some()
        && !application
    {
        Vec::new()
    } else {
        r.references(groups, &["security_groups"], "network.security_groups")
            .unwrap_or_default()
    };
    Elbv2LoadBalancer {
        name: r.string(n.get("name"), "name"),
        load_balancer_type,
        scheme,
        drop_invalid_header_fields,
        deletion_protection: r.bool(
            n.get("enable_deletion_protection"),
            "deletion_protection",
            Some(false),
        ),
        access_logs,
        network: Network {
            subnets: load_balancer_subnets(r, n),
            security_groups,
            ..Default::default()
        },
        // `aws_wafv2_web_acl_association` adds them (`wafv2.rs`).
        web_acls: Vec::new(),
    }
}

/// `subnets`, or the `subnet_id`s of `subnet_mapping` blocks (either may be written; the
/// provider computes the other).
fn load_balancer_subnets(r: &mut Reader<'_>, n: Node<'_>) -> Vec<String> {
    let subnets = n.get("subnets");
    if r.configured_node(subnets) || !r.configured("subnet_mapping") {
        return r
            .references(subnets, &["subnets"], "network.subnets")
            .unwrap_or_default();
    }
    let mappings = n.get("subnet_mapping");
    let known: Vec<String> = mappings
        .items()
        .iter()
        .filter_map(|m| m.get("subnet_id").as_str().map(str::to_owned))
        .collect();
    if !mappings.is_unknown() {
        return known;
    }
    let refs = r.config.resource_references(
        &r.planned.addr.modules,
        &r.planned.config_address(),
        &["subnet_mapping", "subnet_id"],
    );
    if refs.is_empty() {
        r.mark_unknown("network.subnets");
    }
    refs
}
