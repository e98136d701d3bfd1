//! `AWS::ElasticLoadBalancingV2::LoadBalancer`, `AWS::ElasticLoadBalancingV2::Listener`.

use super::{Logging, Network};
use schemars::JsonSchema;
use serde::Serialize;

/// An application, network or gateway load balancer (classic load balancers are another kind).
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Elbv2LoadBalancer {
    pub name: Option<String>,
    /// `application`, `network` or `gateway`.
    pub load_balancer_type: Option<String>,
    /// `internet-facing` or `internal`.
    pub scheme: Option<String>,
    /// Whether it drops HTTP headers with invalid names; `null` for network and gateway load
    /// balancers, which have no such setting.
    pub drop_invalid_header_fields: Option<bool>,
    pub deletion_protection: Option<bool>,
    /// Access logs to S3: whether on, and the bucket (name or plan address).
    pub access_logs: Logging,
    /// Its subnets and security groups.
    pub network: Network,
    /// The AWS WAF web ACLs (ARNs or plan addresses) associated with it; empty when none.
    pub web_acls: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Elbv2Listener {
    /// `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, `TCP_UDP`, `GENEVE`.
    pub protocol: Option<String>,
    pub port: Option<i64>,
    pub ssl_policy: Option<String>,
    pub certificate: Option<String>,
    pub load_balancer: Option<String>,
    pub default_actions: Vec<Elbv2ListenerAction>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Elbv2ListenerAction {
    /// `forward`, `redirect`, `fixed-response`, `authenticate-oidc`, ...
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub redirect_protocol: Option<String>,
}
