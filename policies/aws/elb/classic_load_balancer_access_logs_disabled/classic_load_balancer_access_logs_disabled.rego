# METADATA
# title: Internet-facing classic load balancer has no access logs
# description: >-
#   A classic load balancer facing the internet is where requests from the internet enter the
#   system. Without access logs there is no record of which client sent which request, when,
#   over which protocol and cipher, and what the instances answered, so attacks on the
#   application and access to cardholder or personal data through it can neither be detected nor
#   investigated. Internal load balancers are not judged, as for application load balancers
#   (AWS-EC2-009). The GDPR mapping (ongoing confidentiality and integrity of processing
#   systems) is a judgement.
# custom:
#   id: AWS-ELB-004
#   severity: medium
#   kinds: ["AWS::ElasticLoadBalancing::LoadBalancer"]
#   themes: [logging-audit]
#   remediation: >-
#     Add `access_logs { bucket = ..., bucket_prefix = ..., interval = 60 }` to the `aws_elb`,
#     with a bucket whose policy lets the region's Elastic Load Balancing account write to it,
#     and keep the logs for at least a year; better, replace the classic load balancer with an
#     application load balancer.
#   controls:
#     pci-dss-4.0: ["10.2.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15"]
package comply.aws.elb.classic_load_balancer_access_logs_disabled

import rego.v1

deny contains msg if {
	input.resource.attributes.internal == false
	input.resource.attributes.access_logs.enabled == false
	msg := "the internet-facing classic load balancer keeps no access logs (no enabled `access_logs` block)"
}
