# METADATA
# title: Network ACL allows SSH or RDP from the internet
# description: >-
#   A network ACL is the subnet's stateless first filter, evaluated in `rule_number` order: the
#   first rule that matches decides. An inbound allow from 0.0.0.0/0 or ::/0 covering TCP 22 or
#   3389 (port ranges and all-traffic rules included) that no lower-numbered deny from the whole
#   internet overrides lets remote administration traffic from anywhere into the subnet, leaving
#   security groups as the only barrier to password guessing and SSH or RDP exploits. A default
#   ACL as AWS creates it (all traffic in) fails, and so does the common return-traffic allow of
#   TCP 1024-65535 from anywhere, which covers 3389. A lower-numbered rule only known after
#   apply, which might deny the traffic, makes the ACL `unknown`; denies of narrower ranges are
#   not counted as covering the internet. The GDPR mapping (confidentiality of processing
#   systems) is a judgement.
# custom:
#   id: AWS-VPC-003
#   severity: medium
#   kinds: ["AWS::EC2::NetworkAcl"]
#   themes: [network-segmentation]
#   remediation: >-
#     Remove inbound allow rules from `0.0.0.0/0` / `::/0` that cover ports 22 and 3389 (allow them
#     only from the VPN or bastion range), or add lower-numbered `deny` rules for TCP 22 and 3389
#     from `0.0.0.0/0` and `::/0` before a broad allow; use Session Manager for administration.
#   controls:
#     pci-dss-4.0: ["1.3.1", "1.4.2"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.vpc.network_acl_admin_ports_open

import rego.v1

import data.comply.lib

admin_ports := {22: "SSH", 3389: "RDP"}

deny contains msg if {
	not hidden_unknown_rule
	some rule in input.resource.attributes.ingress
	some cidr in world_sources(rule)
	ports := [p |
		some p in sort([k | some k, _ in admin_ports])
		allows_tcp_port(rule, p)
		not blocked_before(rule, cidr, p)
	]
	count(ports) > 0
	services := concat(", ", [sprintf("%s port `%d`", [admin_ports[p], p]) | some p in ports])
	msg := sprintf(
		"%s allows %s from `%s`, and no lower-numbered rule denies it",
		[origin(rule), services, cidr],
	)
}

# An earlier rule (by number) that denies, or might deny, TCP `port` from the whole internet of
# the allow's address family. Values only known after apply count as possibly denying.
blocked_before(rule, cidr, port) if {
	some other in input.resource.attributes.ingress
	other != rule
	not other.action == "allow"
	numbered_before(other.rule_number, rule.rule_number)
	other.protocol in {"tcp", "-1"}
	may_cover_port(other, port)
	may_cover_source(other, cidr)
}

numbered_before(n, _) if n == null

numbered_before(n, m) if n < m

may_cover_port(other, _) if other.from_port == null

may_cover_port(other, _) if other.to_port == null

may_cover_port(other, port) if {
	other.from_port <= port
	port <= other.to_port
}

may_cover_source(other, _) if {
	other.cidr_block == null
	other.ipv6_cidr_block == null
}

may_cover_source(other, cidr) if other.cidr_block == cidr

may_cover_source(other, cidr) if other.ipv6_cidr_block == cidr

# A known allow of TCP `port`.
allows_tcp_port(rule, port) if {
	rule.action == "allow"
	is_number(rule.rule_number)
	rule.protocol in {"tcp", "-1"}
	is_number(rule.from_port)
	is_number(rule.to_port)
	rule.from_port <= port
	port <= rule.to_port
}

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
	is_number(rule.from_port)
	is_number(rule.to_port)
	count({c | some c in [rule.cidr_block, rule.ipv6_cidr_block]; is_string(c)}) > 0
}

origin(rule) := sprintf("inbound rule %d (`%s`)", [rule.rule_number, rule.defined_by]) if {
	is_string(rule.defined_by)
} else := sprintf("inbound rule %d", [rule.rule_number])
