# METADATA
# title: Default security group allows traffic
# description: >-
#   Every VPC has a default security group that instances, endpoints and databases join when no
#   group is given; out of the box it lets members talk to each other and reach anywhere
#   outbound. Left with rules, it silently connects unrelated workloads and gives them internet
#   egress, so it should have none and every resource should use a purpose-built group.
# custom:
#   id: AWS-EC2-005
#   severity: medium
#   kinds: ["AWS::EC2::SecurityGroup"]
#   themes: [network-segmentation]
#   remediation: >-
#     Manage each VPC's default group with `aws_default_security_group` and no `ingress` or
#     `egress` blocks (write `ingress = []` and `egress = []`), and attach dedicated groups instead.
#   controls:
#     pci-dss-4.0: ["1.3.1", "1.3.2"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.ec2.default_security_group_allows_traffic

import rego.v1

deny contains msg if {
	input.resource.attributes.is_default == true
	n := count(input.resource.attributes.ingress)
	n > 0
	msg := sprintf("the default security group allows inbound traffic (`%d` ingress rule(s))", [n])
}

deny contains msg if {
	input.resource.attributes.is_default == true
	n := count(input.resource.attributes.egress)
	n > 0
	msg := sprintf("the default security group allows outbound traffic (`%d` egress rule(s))", [n])
}
