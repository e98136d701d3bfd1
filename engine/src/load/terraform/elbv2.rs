//! Elastic Load Balancing v2 listeners.

use super::planned::Reader;
use super::table::Table;
use crate::model::*;

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
