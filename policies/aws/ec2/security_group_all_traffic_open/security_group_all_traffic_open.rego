# METADATA
# title: Security group allows all traffic from the internet
# description: >-
#   An ingress rule open to 0.0.0.0/0 or ::/0 for every protocol (`-1`), or for every TCP or UDP
#   port, exposes every service listening on the group's members to the whole internet:
#   administration, databases, caches, agents and anything started later, without anyone having
#   decided that it should be reachable. No business need justifies it, so it cannot meet a
#   requirement that each allowed service and port be identified and approved. SSH, RDP and
#   database ports are also reported by AWS-EC2-003 and AWS-EC2-004. The GDPR mapping
#   (confidentiality of processing systems) is a judgement.
# custom:
#   id: AWS-EC2-006
#   severity: critical
#   kinds: ["AWS::EC2::SecurityGroup"]
#   themes: [network-segmentation, public-access]
#   remediation: >-
#     Replace the rule with rules for the ports the members serve (usually 443 behind a load
#     balancer), from the narrowest sources that need them: a `source_security_group_id` /
#     `referenced_security_group_id`, a prefix list or trusted CIDRs.
#   controls:
#     pci-dss-4.0: ["1.2.5", "1.3.1", "1.4.2"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.ec2.security_group_all_traffic_open

import rego.v1

import data.comply.lib

deny contains msg if {
	some rule in input.resource.attributes.ingress
	lib.open_to_world(rule)
	what := everything(rule)
	msg := sprintf("%s opens %s to the internet (%s)", [origin(rule), what, world_sources(rule)])
}

# Every protocol, or every port of TCP or UDP (0 or 1 to 65535).
everything(rule) := "all traffic" if rule.protocol == "-1"

everything(rule) := sprintf("every %s port", [upper(rule.protocol)]) if {
	rule.protocol in {"tcp", "udp"}
	is_number(rule.from_port)
	is_number(rule.to_port)
	rule.from_port <= 1
	rule.to_port >= 65535
}

# The world ranges of a rule, in backticks.
world_sources(rule) := concat(", ", [sprintf("`%s`", [cidr]) | some cidr in world]) if {
	v4 := [c | some c in rule.ipv4_ranges; c in lib.world_ipv4]
	v6 := [c | some c in rule.ipv6_ranges; c in lib.world_ipv6]
	world := array.concat(v4, v6)
}

# Which rule: the resource that defined it, else its description, else the group itself.
origin(rule) := sprintf("ingress rule `%s`", [rule.defined_by]) if is_string(rule.defined_by)

origin(rule) := sprintf("the group's ingress rule \"%s\"", [rule.description]) if {
	not is_string(rule.defined_by)
	is_string(rule.description)
}

origin(rule) := "an ingress rule of the group" if {
	not is_string(rule.defined_by)
	not is_string(rule.description)
}
