//! Where a resource sits in the network, resolved over one input domain: its subnets (an RDS
//! database's through its DB subnet group), each subnet's route table (its explicit
//! association, else its VPC's main table), whether a route sends `0.0.0.0/0` or `::/0` to an
//! internet gateway, and which rules of its security groups admit the whole internet.
//!
//! Exposure found is exposure: a route to an internet gateway or a rule open to the world
//! counts even when other parts of the path are not in the input. What is not found where
//! the input is incomplete is unknown, never "not exposed".

use super::*;
use std::collections::HashMap;

const NETWORK_ROUTABLE: &str = "attributes.network.internet_routable";
const NETWORK_INGRESS: &str = "attributes.network.internet_ingress";

/// The network resources of one domain, by every alias.
pub(super) struct Graph<'a> {
    by_alias: HashMap<&'a str, &'a Resource>,
    route_tables: Vec<&'a Resource>,
}

impl<'a> Graph<'a> {
    pub(super) fn new(resources: &'a [Resource], members: &[usize]) -> Graph<'a> {
        let mut g = Graph {
            by_alias: HashMap::new(),
            route_tables: Vec::new(),
        };
        for &i in members {
            let r = &resources[i];
            match r.kind {
                Kind::Ec2Subnet
                | Kind::Ec2Vpc
                | Kind::Ec2SecurityGroup
                | Kind::RdsDbSubnetGroup
                | Kind::Ec2InternetGateway => {
                    for a in r.aliases.iter().chain(std::iter::once(&r.id)) {
                        g.by_alias.entry(a.as_str()).or_insert(r);
                    }
                }
                Kind::Ec2RouteTable => g.route_tables.push(r),
                _ => {}
            }
        }
        g
    }

    fn get(&self, alias: &str, kind: Kind) -> Option<&'a Resource> {
        self.by_alias.get(alias).copied().filter(|r| r.kind == kind)
    }

    /// Resolves a resource's `network`, listing in `unknown` what the input cannot tell.
    pub(super) fn resolve(
        &self,
        network: &mut Network,
        subnet_group: Option<&str>,
        unknown: &mut Vec<String>,
    ) {
        if network.subnets.is_empty() {
            if let Some(group) = subnet_group {
                match self.get(group, Kind::RdsDbSubnetGroup) {
                    Some(Resource {
                        attributes: Attributes::RdsDbSubnetGroup(g),
                        ..
                    }) => network.subnets = g.subnets.clone(),
                    _ => derive::push_unknown(unknown, "attributes.network.subnets"),
                }
            }
        }
        network.internet_routable = self.routable(&network.subnets);
        if network.internet_routable.is_none() {
            derive::push_unknown(unknown, NETWORK_ROUTABLE);
        }
        let (ingress, complete) = self.ingress(&network.security_groups);
        network.internet_ingress = (complete || !ingress.is_empty()).then_some(ingress);
        if !complete {
            // Rules found may not be all: a policy that passes on them must not pass.
            derive::push_unknown(unknown, NETWORK_INGRESS);
        }
    }

    /// True when a subnet's route table sends the internet to an internet gateway; false when
    /// every subnet's table is known and none does.
    fn routable(&self, subnets: &[String]) -> Option<bool> {
        if subnets.is_empty() {
            return None;
        }
        let mut all_known = true;
        for s in subnets {
            match self.subnet_routable(s) {
                Some(true) => return Some(true),
                Some(false) => {}
                None => all_known = false,
            }
        }
        all_known.then_some(false)
    }

    fn subnet_routable(&self, subnet: &str) -> Option<bool> {
        let s = self.get(subnet, Kind::Ec2Subnet)?;
        let Attributes::Ec2Subnet(attrs) = &s.attributes else {
            return None;
        };
        let names = |r: &Resource, x: &str| r.id == x || r.aliases.iter().any(|a| a == x);
        // An explicit association wins over the VPC's main table.
        let table = self
            .route_tables
            .iter()
            .find(|t| match &t.attributes {
                Attributes::Ec2RouteTable(rt) => rt.subnets.iter().any(|x| names(s, x)),
                _ => false,
            })
            .copied();
        let table = match table {
            Some(t) => t,
            None => {
                let vpc_ref = attrs.vpc_id.as_deref()?;
                let vpc = self.get(vpc_ref, Kind::Ec2Vpc);
                let main = self.route_tables.iter().find(|t| match &t.attributes {
                    Attributes::Ec2RouteTable(rt) => {
                        rt.main == Some(true)
                            && rt.vpc_id.as_deref().is_some_and(|v| {
                                v == vpc_ref || vpc.is_some_and(|vpc| names(vpc, v))
                            })
                    }
                    _ => false,
                });
                match main {
                    Some(t) => t,
                    // A VPC the plan creates starts with a main table holding only the local
                    // route, and no table in the plan is made its main.
                    None if vpc.is_some_and(|v| v.source.action.as_deref() == Some("create")) => {
                        return Some(false)
                    }
                    None => return None,
                }
            }
        };
        let Attributes::Ec2RouteTable(rt) = &table.attributes else {
            return None;
        };
        let to_internet = rt.routes.iter().any(|r| {
            matches!(r.destination.as_deref(), Some("0.0.0.0/0" | "::/0"))
                && r.target_type.as_deref() == Some("internet-gateway")
        });
        if to_internet {
            return Some(true);
        }
        // A route whose destination or target is only known after apply may be the one.
        let unsure = table.partial
            || table
                .unknown
                .iter()
                .any(|u| u.starts_with("attributes.routes"))
            || rt
                .routes
                .iter()
                .any(|r| r.destination.is_none() || r.target_type.is_none());
        (!unsure).then_some(false)
    }

    /// The rules of the groups that admit the whole internet, and whether every group is known.
    fn ingress(&self, groups: &[String]) -> (Vec<SecurityGroupRule>, bool) {
        let mut out = Vec::new();
        let mut complete = !groups.is_empty();
        for g in groups {
            let Some(sg) = self.get(g, Kind::Ec2SecurityGroup) else {
                complete = false;
                continue;
            };
            let Attributes::Ec2SecurityGroup(attrs) = &sg.attributes else {
                continue;
            };
            if sg.partial
                || sg
                    .unknown
                    .iter()
                    .any(|u| u.starts_with("attributes.ingress"))
            {
                complete = false;
            }
            out.extend(
                attrs
                    .ingress
                    .iter()
                    .filter(|r| {
                        r.ipv4_ranges.iter().any(|c| c == "0.0.0.0/0")
                            || r.ipv6_ranges.iter().any(|c| c == "::/0")
                    })
                    .cloned(),
            );
        }
        (out, complete)
    }
}
