# METADATA
# title: Subnet assigns public IP addresses on launch
# description: >-
#   With `map_public_ip_on_launch` on, every instance launched into the subnet gets a public IPv4
#   address unless its launch asks otherwise, so a workload meant to be private becomes directly
#   addressable from the internet as soon as the subnet routes to an internet gateway, and only
#   its security groups stand in the way. Load balancers and NAT gateways do not need the setting;
#   an instance that must be public can ask for an address itself. Default subnets have it on as
#   AWS creates them. The GDPR mapping (confidentiality of processing systems) is a judgement.
# custom:
#   id: AWS-VPC-002
#   severity: medium
#   kinds: ["AWS::EC2::Subnet"]
#   themes: [public-access, network-segmentation]
#   remediation: >-
#     Set `map_public_ip_on_launch = false` on the `aws_subnet` (or `aws_default_subnet`), and give
#     the few instances that must be public an address explicitly
#     (`associate_public_ip_address = true` or an `aws_eip`), behind a load balancer where possible.
#   controls:
#     pci-dss-4.0: ["1.3.1", "1.4.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.vpc.subnet_auto_assigns_public_ip

import rego.v1

deny contains msg if {
	input.resource.attributes.map_public_ip_on_launch == true
	msg := sprintf("%s assigns a public IPv4 address to every instance launched in it (`map_public_ip_on_launch` is true)", [subnet_text])
}

subnet_text := "the default subnet" if {
	input.resource.attributes.default_for_az == true
} else := "the subnet"
