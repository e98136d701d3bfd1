# METADATA
# title: Launch template or launch configuration assigns public IP addresses
# description: >-
#   Every instance launched from the template, by hand or by an Auto Scaling group, gets a public
#   IPv4 address, so a fleet meant to sit behind a load balancer is directly addressable from
#   the internet as soon as its subnet routes to an internet gateway, and only its security
#   groups stand in the way. A template that does not say leaves it to the subnet
#   (AWS-VPC-002 judges subnets that assign addresses) and is not judged here. The GDPR mapping
#   (confidentiality of processing systems) is a judgement.
# custom:
#   id: AWS-EC2-013
#   severity: medium
#   kinds: ["AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"]
#   themes: [public-access, network-segmentation]
#   remediation: >-
#     Set `associate_public_ip_address = false` in the `network_interfaces` of the
#     `aws_launch_template` (or on the `aws_launch_configuration`), launch the group into private
#     subnets, and reach the instances through a load balancer, and for administration through
#     Systems Manager Session Manager.
#   controls:
#     pci-dss-4.0: ["1.3.1", "1.4.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.ec2.launch_template_public_ip

import rego.v1

deny contains msg if {
	input.resource.attributes.associate_public_ip_address == true
	msg := "instances launched from it get a public IPv4 address (`associate_public_ip_address` is true)"
}
