//! `AWS::ElasticLoadBalancing::LoadBalancer`: classic load balancers.

use super::Logging;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct ElbLoadBalancer {
    pub name: Option<String>,
    /// An internal load balancer (only reachable inside its VPC), versus internet-facing.
    pub internal: Option<bool>,
    pub listeners: Vec<ElbListener>,
    /// Access logs to S3: whether on, and the bucket (name or plan address).
    pub access_logs: Logging,
    /// Whether each node spreads requests over the instances of every enabled zone.
    pub cross_zone_load_balancing: Option<bool>,
    /// Whether in-flight requests finish before an instance is deregistered.
    pub connection_draining: Option<bool>,
    pub availability_zones: Vec<String>,
    /// Subnet ids or plan addresses (in a VPC).
    pub subnets: Vec<String>,
    /// Security group ids or plan addresses.
    pub security_groups: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema, PartialEq)]
pub struct ElbListener {
    /// What clients speak to the load balancer: `HTTP`, `HTTPS`, `TCP` or `SSL`.
    pub protocol: Option<String>,
    pub port: Option<i64>,
    /// What the load balancer speaks to the instances.
    pub instance_protocol: Option<String>,
    pub instance_port: Option<i64>,
    /// The server certificate (ACM or IAM ARN) of an `HTTPS` or `SSL` listener.
    pub ssl_certificate: Option<String>,
}
