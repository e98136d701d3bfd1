# METADATA
# title: Security group allows all outbound traffic to the internet
# description: >-
#   An egress rule to 0.0.0.0/0 or ::/0 for every protocol (`-1`), or every TCP or UDP port,
#   lets a compromised member send data anywhere and reach any command-and-control server, on
#   any port; outbound traffic from systems holding cardholder or personal data should be
#   limited to the destinations and ports they need (HTTPS to named services, VPC endpoints,
#   a proxy). AWS gives every new group such a rule (Terraform's `aws_security_group` removes
#   it unless written), so outside the cardholder data environment nearly every group has one:
#   only groups classified as cardholder data (`[segmentation] cardholder`, PCI DSS 1.3.2) are
#   judged, and others get no finding. Rated low: outbound filtering is often done elsewhere
#   (NAT with AWS Network Firewall, an egress proxy), which this check cannot see. The ISO 27001 A.8.12 (leakage prevention) and GDPR (confidentiality of
#   processing systems) mappings are judgements.
# custom:
#   id: AWS-EC2-008
#   severity: low
#   kinds: ["AWS::EC2::SecurityGroup"]
#   themes: [network-segmentation]
#   remediation: >-
#     Replace the allow-all egress rule with rules for the ports and destinations the members
#     need (`aws_vpc_security_group_egress_rule` with `cidr_ipv4`, `prefix_list_id` or
#     `referenced_security_group_id`), or send outbound traffic through a filtering proxy or
#     AWS Network Firewall.
#   controls:
#     pci-dss-4.0: ["1.3.2"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.6", "CC6.7"]
#     iso27001-2022: ["A.8.12", "A.8.20", "A.8.22"]
package comply.aws.ec2.security_group_unrestricted_egress

import rego.v1

import data.comply.lib

# Only the cardholder data environment's groups are judged.
default applies := false

applies if lib.cardholder_data(input.resource.tags)

deny contains msg if {
	applies
	some rule in input.resource.attributes.egress
	lib.open_to_world(rule)
	what := everything(rule)
	msg := sprintf("%s allows %s out to the internet (%s)", [origin(rule), what, world_sources(rule)])
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
origin(rule) := sprintf("egress rule `%s`", [rule.defined_by]) if is_string(rule.defined_by)

origin(rule) := sprintf("the group's egress rule \"%s\"", [rule.description]) if {
	not is_string(rule.defined_by)
	is_string(rule.description)
}

origin(rule) := "an egress rule of the group" if {
	not is_string(rule.defined_by)
	not is_string(rule.description)
}
