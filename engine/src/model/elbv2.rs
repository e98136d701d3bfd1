//! `AWS::ElasticLoadBalancingV2::Listener`.

use schemars::JsonSchema;
use serde::Serialize;

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
