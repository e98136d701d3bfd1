# METADATA
# title: Security group admits clear-text remote administration (Telnet, r-services)
# description: >-
#   An ingress rule written for Telnet (tcp 23) or the BSD r-services (rexec, rlogin, rsh: tcp
#   512-514) admits them from any source, inside the VPC too: these protocols send the
#   administrator's password and session in clear text, which PCI DSS 2.2.7 forbids for all
#   non-console administrative access wherever it comes from. Rules whose range only happens to
#   include these ports (all traffic, 0-65535) are not judged here: they are the concern of
#   AWS-EC2-005 and AWS-EC2-007 when open to the internet. Mapping to GDPR Art.32(1)(a) follows
#   the other encryption-in-transit policies.
# custom:
#   id: AWS-EC2-020
#   severity: high
#   kinds: ["AWS::EC2::SecurityGroup"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Remove the rule and administer the hosts over SSH or AWS Systems Manager Session Manager;
#     disable the telnet and r-services daemons on the instances.
#   controls:
#     pci-dss-4.0: ["2.2.7", "8.3.2"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.20", "A.8.24"]
package comply.aws.ec2.security_group_cleartext_admin_protocols

import rego.v1

# [service, first port, last port]; all over TCP.
cleartext := [
	["Telnet", 23, 23],
	["rexec/rlogin/rsh", 512, 514],
]

deny contains msg if {
	some rule in input.resource.attributes.ingress
	rule.protocol == "tcp"
	some [service, first, last] in cleartext
	is_number(rule.from_port)
	is_number(rule.to_port)
	first <= rule.from_port
	rule.to_port <= last
	msg := sprintf("%s admits %s (%s) from %s: administrative sessions cross the network in clear text", [
		origin(rule), service, span(rule), sources(rule),
	])
}

span(rule) := sprintf("tcp %d", [rule.from_port]) if rule.from_port == rule.to_port

span(rule) := sprintf("tcp %d-%d", [rule.from_port, rule.to_port]) if rule.from_port != rule.to_port

# Every source of the rule, in backticks; "no source" for a rule that admits nothing yet.
sources(rule) := concat(", ", [sprintf("`%s`", [s]) | some s in all]) if {
	all := array.concat(
		array.concat(rule.ipv4_ranges, rule.ipv6_ranges),
		array.concat(rule.source_groups, rule.prefix_lists),
	)
	count(all) > 0
}

sources(rule) := "no listed source" if {
	count(rule.ipv4_ranges) + count(rule.ipv6_ranges) + count(rule.source_groups) + count(rule.prefix_lists) == 0
}

origin(rule) := sprintf("ingress rule `%s`", [rule.defined_by]) if is_string(rule.defined_by)

origin(rule) := sprintf("the group's ingress rule \"%s\"", [rule.description]) if {
	not is_string(rule.defined_by)
	is_string(rule.description)
}

origin(rule) := "an ingress rule of the group" if {
	not is_string(rule.defined_by)
	not is_string(rule.description)
}
