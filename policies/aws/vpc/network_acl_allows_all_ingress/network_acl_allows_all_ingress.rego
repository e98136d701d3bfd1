# METADATA
# title: Network ACL allows all inbound traffic from the internet
# description: >-
#   An inbound allow of every protocol (`-1`) from 0.0.0.0/0 or ::/0 that no lower-numbered deny
#   of all traffic from the whole internet overrides means the ACL filters nothing at the subnet
#   boundary: every service on every host in its subnets is exposed to the internet as far as
#   the security groups let it, and one mistaken security group rule is enough. It is what AWS
#   gives every default ACL, and denying a few ports first does not change it. Rated low because
#   stateful security groups are where AWS traffic is usually restricted; the finding shows the
#   subnet layer adds no defence in depth. A lower-numbered rule only known after apply makes the
#   ACL `unknown`. The GDPR mapping (confidentiality of processing systems) is a judgement.
# custom:
#   id: AWS-VPC-004
#   severity: low
#   kinds: ["AWS::EC2::NetworkAcl"]
#   themes: [network-segmentation]
#   remediation: >-
#     Replace the `protocol = "-1"` allow from `0.0.0.0/0` / `::/0` with allows of the ports the
#     subnet serves (and the TCP ephemeral range for return traffic), or allow all traffic only
#     from the VPC's and trusted networks' CIDRs; manage the default ACL with
#     `aws_default_network_acl` the same way.
#   controls:
#     pci-dss-4.0: ["1.3.1", "1.4.2"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.vpc.network_acl_allows_all_ingress

import rego.v1

import data.comply.lib

deny contains msg if {
	not hidden_unknown_rule
	some rule in input.resource.attributes.ingress
	rule.action == "allow"
	is_number(rule.rule_number)
	rule.protocol == "-1"
	some cidr in world_sources(rule)
	not blocked_before(rule, cidr)
	msg := sprintf(
		"%s allows all traffic (every protocol and port) from `%s`, and no lower-numbered rule denies it",
		[origin(rule), cidr],
	)
}

# An earlier rule (by number) that denies, or might deny, all traffic from the whole internet of
# the allow's address family. Values only known after apply count as possibly denying.
blocked_before(rule, cidr) if {
	some other in input.resource.attributes.ingress
	other != rule
	not other.action == "allow"
	numbered_before(other.rule_number, rule.rule_number)
	other.protocol == "-1"
	may_cover_source(other, cidr)
}

numbered_before(n, _) if n == null

numbered_before(n, m) if n < m

may_cover_source(other, _) if {
	other.cidr_block == null
	other.ipv6_cidr_block == null
}

may_cover_source(other, cidr) if other.cidr_block == cidr

may_cover_source(other, cidr) if other.ipv6_cidr_block == cidr

world_sources(rule) := {c | some c in [rule.cidr_block, rule.ipv6_cidr_block]; c in (lib.world_ipv4 | lib.world_ipv6)}

# The inbound rules are only known after apply, yet every listed rule is known: a rule the plan
# could not place (its direction is only known after apply) is missing from the list, and it
# might deny the traffic.
hidden_unknown_rule if {
	"attributes.ingress" in input.resource.unknown
	every rule in input.resource.attributes.ingress {
		known(rule)
	}
}

known(rule) if {
	is_number(rule.rule_number)
	is_string(rule.action)
	count({c | some c in [rule.cidr_block, rule.ipv6_cidr_block]; is_string(c)}) > 0
}

origin(rule) := sprintf("inbound rule %d (`%s`)", [rule.rule_number, rule.defined_by]) if {
	is_string(rule.defined_by)
} else := sprintf("inbound rule %d", [rule.rule_number])
