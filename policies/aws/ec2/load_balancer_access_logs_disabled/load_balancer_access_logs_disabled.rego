# METADATA
# title: Internet-facing application load balancer has no access logs
# description: >-
#   An internet-facing application load balancer is where requests from the internet enter the
#   system. Without access logs there is no record of who sent which request, from which address,
#   with which TLS protocol, and what the targets answered, so attacks on the application (probing,
#   credential stuffing, injection attempts) and access to cardholder or personal data through it
#   can neither be detected nor investigated. Internal load balancers are not judged; network
#   load balancers write access logs for TLS listeners only, and gateway load balancers none
#   (VPC flow logs, AWS-VPC-001, record their traffic). The GDPR mapping (ongoing
#   confidentiality and integrity of processing systems) is a judgement.
# custom:
#   id: AWS-EC2-009
#   severity: medium
#   kinds: ["AWS::ElasticLoadBalancingV2::LoadBalancer"]
#   themes: [logging-audit]
#   remediation: >-
#     Add `access_logs { bucket = ..., prefix = ..., enabled = true }` to the `aws_lb`, with a
#     bucket whose policy lets the region's Elastic Load Balancing account (or the
#     `logdelivery.elasticloadbalancing.amazonaws.com` service) write to it, and keep the logs for
#     at least a year.
#   controls:
#     pci-dss-4.0: ["10.2.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15"]
package comply.aws.ec2.load_balancer_access_logs_disabled

import rego.v1

deny contains "internet-facing application load balancer does not write access logs (`access_logs.enabled` is false)" if {
	input.resource.attributes.load_balancer_type == "application"
	input.resource.attributes.scheme == "internet-facing"
	input.resource.attributes.access_logs.enabled == false
}
