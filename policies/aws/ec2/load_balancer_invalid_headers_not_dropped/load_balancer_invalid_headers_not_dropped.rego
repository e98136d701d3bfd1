# METADATA
# title: Internet-facing application load balancer forwards invalid HTTP headers
# description: >-
#   With `drop_invalid_header_fields` off (the default), an application load balancer forwards
#   headers whose names break the HTTP standard to the targets, where web servers and frameworks
#   parse them differently from the load balancer. Such ambiguity is what HTTP request smuggling
#   and header injection attacks exploit, from anywhere on the internet, to bypass the load
#   balancer's routing and the application's access controls or to poison caches. Dropping them
#   is a one-line hardening setting. Only internet-facing application load balancers are judged
#   (network and gateway load balancers do not parse HTTP). The mappings (secure configuration
#   against misuse, protection of public-facing web applications, and for GDPR the
#   confidentiality of processing systems) are judgements.
# custom:
#   id: AWS-EC2-010
#   severity: medium
#   kinds: ["AWS::ElasticLoadBalancingV2::LoadBalancer"]
#   themes: [public-access]
#   remediation: >-
#     Set `drop_invalid_header_fields = true` on the `aws_lb`, and keep `desync_mitigation_mode`
#     at `defensive` or `strictest`.
#   controls:
#     pci-dss-4.0: ["2.2.6", "6.4.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.6"]
#     iso27001-2022: ["A.8.9"]
package comply.aws.ec2.load_balancer_invalid_headers_not_dropped

import rego.v1

deny contains "internet-facing application load balancer forwards HTTP headers with invalid names to its targets (`drop_invalid_header_fields` is false)" if {
	input.resource.attributes.load_balancer_type == "application"
	input.resource.attributes.scheme == "internet-facing"
	input.resource.attributes.drop_invalid_header_fields == false
}
