//! `AWS::ElasticLoadBalancingV2::Listener`.

use super::reader::{as_str, at, member, Conf, Got, Reader};
use crate::model::*;
use serde_json::Value;

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
