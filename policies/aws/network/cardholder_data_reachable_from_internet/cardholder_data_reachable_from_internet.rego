# METADATA
# title: Cardholder data store directly reachable from the internet
# description: >-
#   PCI DSS keeps system components that store cardholder data out of direct reach of untrusted
#   networks (1.4.4): the data sits in an internal segment behind the components that face the
#   internet. A database or instance classified as cardholder data (its
#   `data_residency.tag_key` tag is one of `[segmentation] cardholder` in comply.toml) fails
#   when it has a public address, a subnet routed to an internet gateway, and a security group
#   rule that admits the whole internet on any port. Unclassified resources are not judged
#   here and get no finding (AWS-NET-001 judges every database on its own port). Network ACLs
#   are not judged.
# custom:
#   id: AWS-NET-002
#   severity: critical
#   kinds: ["AWS::RDS::DBInstance", "AWS::EC2::Instance"]
#   themes: [network-segmentation, public-access]
#   remediation: >-
#     Move the component into private subnets (no route to an internet gateway), drop its public
#     address (`publicly_accessible = false`, `associate_public_ip_address = false`), and admit
#     traffic only from the security groups of the tier in front of it.
#   controls:
#     pci-dss-4.0: ["1.3.1", "1.4.1", "1.4.2", "1.4.4"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.network.cardholder_data_reachable_from_internet

import data.comply.lib
import rego.v1

# Only cardholder data is judged: for anything else this policy says nothing, whatever of its
# network is unknown.
default applies := false

applies if lib.cardholder_data(input.resource.tags)

deny contains msg if {
	applies
	public_address
	input.resource.attributes.network.internet_routable == true
	is_array(input.resource.attributes.network.internet_ingress)
	some rule in input.resource.attributes.network.internet_ingress
	msg := sprintf(
		"cardholder data (`%s`) is reachable from the internet: a public address, a subnet routed to an internet gateway, and a rule admitting %s on %s",
		[
			lib.classification(input.resource.tags),
			concat(", ", array.concat(rule.ipv4_ranges, rule.ipv6_ranges)),
			ports(rule),
		],
	)
}

public_address if input.resource.attributes.publicly_accessible == true

public_address if input.resource.attributes.associate_public_ip_address == true

ports(rule) := "every port" if rule.protocol == "-1"

ports(rule) := sprintf("%s %d", [rule.protocol, rule.from_port]) if {
	rule.protocol != "-1"
	rule.from_port == rule.to_port
}

ports(rule) := sprintf("%s %d-%d", [rule.protocol, rule.from_port, rule.to_port]) if {
	rule.protocol != "-1"
	rule.from_port != rule.to_port
}
