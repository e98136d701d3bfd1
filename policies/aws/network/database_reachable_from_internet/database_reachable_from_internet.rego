# METADATA
# title: RDS database reachable from the internet
# description: >-
#   The whole path is open: the instance is publicly accessible (it has a public address), a
#   subnet of its DB subnet group routes `0.0.0.0/0` or `::/0` to an internet gateway, and one
#   of its security groups admits the whole internet on the database's port. Any host on the
#   internet can then reach the listener, and the database's own authentication is all that
#   stands between it and the data. Each step alone is a weakness other policies report
#   (AWS-RDS-003, AWS-EC2-004); this one says the weaknesses line up. Network ACLs are not
#   judged. The GDPR mapping (confidentiality of processing systems) is a judgement.
# custom:
#   id: AWS-NET-001
#   severity: critical
#   kinds: ["AWS::RDS::DBInstance"]
#   themes: [network-segmentation, public-access]
#   remediation: >-
#     Break the path at any step, best at all of them: `publicly_accessible = false`, a
#     `db_subnet_group_name` of subnets whose route table has no route to an internet gateway,
#     and security group rules that admit the database port only from the application tier's
#     security group.
#   controls:
#     pci-dss-4.0: ["1.3.1", "1.3.2", "1.4.1", "1.4.4"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.network.database_reachable_from_internet

import data.comply.lib
import rego.v1

deny contains msg if {
	input.resource.attributes.publicly_accessible == true
	input.resource.attributes.network.internet_routable == true
	is_array(input.resource.attributes.network.internet_ingress)
	some rule in input.resource.attributes.network.internet_ingress
	port := input.resource.attributes.port
	lib.covers_tcp_port(rule, port)
	msg := sprintf(
		"database is reachable from the internet on port %d: publicly accessible, in a subnet routed to an internet gateway, and a security group rule admits %s",
		[port, concat(", ", array.concat(rule.ipv4_ranges, rule.ipv6_ranges))],
	)
}
