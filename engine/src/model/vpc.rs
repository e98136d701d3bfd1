//! The VPC network graph: `AWS::EC2::VPC`, `AWS::EC2::Subnet`, `AWS::EC2::RouteTable`,
//! `AWS::EC2::InternetGateway`, `AWS::EC2::NatGateway`, `AWS::EC2::NetworkAcl`.
//!
//! References between them (a subnet's VPC, a route's gateway) are ids (`vpc-…`, `igw-…`) or
//! the plan addresses of resources of the same plan (`aws_internet_gateway.main`).

use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Ec2Vpc {
    /// The primary IPv4 CIDR block.
    pub cidr_block: Option<String>,
    /// The region's default VPC.
    pub is_default: bool,
    pub enable_dns_support: Option<bool>,
    pub enable_dns_hostnames: Option<bool>,
    /// Flow logs of the VPC, as the source names them (ids or plan addresses): in a plan the
    /// `aws_flow_log` resources on the VPC; AWS Config's VPC item does not record them.
    pub flow_logs: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Ec2Subnet {
    pub vpc_id: Option<String>,
    pub cidr_block: Option<String>,
    pub availability_zone: Option<String>,
    /// Whether instances launched in it get a public IPv4 address.
    pub map_public_ip_on_launch: Option<bool>,
    /// A default subnet of its availability zone (in the default VPC).
    pub default_for_az: bool,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Ec2RouteTable {
    pub vpc_id: Option<String>,
    /// Whether it is its VPC's main route table (used by subnets with no explicit association).
    pub main: Option<bool>,
    pub routes: Vec<Route>,
    /// Subnets explicitly associated with it.
    pub subnets: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema, PartialEq)]
pub struct Route {
    /// An IPv4 or IPv6 CIDR block, or a prefix list id (`pl-…`).
    pub destination: Option<String>,
    /// What the traffic goes to: a gateway, NAT gateway, transit gateway, peering connection,
    /// network interface or endpoint, by id (`igw-…`) or plan address
    /// (`aws_internet_gateway.main`); `local` for the VPC's own range.
    pub target: Option<String>,
    /// `internet-gateway`, `egress-only-internet-gateway`, `nat-gateway`, `transit-gateway`,
    /// `vpc-peering-connection`, `network-interface`, `vpc-endpoint`, `local` or `other`
    /// (virtual private gateways, local and carrier gateways, core networks).
    pub target_type: Option<String>,
    /// The input resource that defined the route when it is not the table itself.
    pub defined_by: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Ec2InternetGateway {
    /// VPCs it is attached to.
    pub vpcs: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Ec2NatGateway {
    pub subnet_id: Option<String>,
    /// `public` or `private`.
    pub connectivity_type: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Ec2NetworkAcl {
    pub vpc_id: Option<String>,
    /// The VPC's default network ACL (subnets with no association of their own use it).
    pub is_default: bool,
    /// Subnets associated with it.
    pub subnets: Vec<String>,
    /// Rules in the order the source lists them (evaluated by `rule_number`). The final
    /// deny-all rule (`*`, number 32767) every ACL ends with is not listed.
    pub ingress: Vec<NetworkAclRule>,
    pub egress: Vec<NetworkAclRule>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema, PartialEq)]
pub struct NetworkAclRule {
    pub rule_number: Option<i64>,
    /// `tcp`, `udp`, `icmp`, `icmpv6`, `-1` (all) or a protocol number, as security group
    /// rules write them.
    pub protocol: String,
    /// `allow` or `deny`.
    pub action: Option<String>,
    pub cidr_block: Option<String>,
    pub ipv6_cidr_block: Option<String>,
    /// Inclusive port range for `tcp` and `udp`; `0`–`65535` for protocols without ports
    /// (all traffic, ICMP), which the rule matches whatever the port.
    pub from_port: Option<i64>,
    pub to_port: Option<i64>,
    /// The input resource that defined the rule when it is not the ACL itself.
    pub defined_by: Option<String>,
}
