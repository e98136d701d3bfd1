# METADATA
# title: Load balancer does not have deletion protection enabled
# description: >-
#   Without deletion protection a load balancer (application, network or gateway) can be removed
#   by one API call or `terraform destroy`, taking every service behind it offline; a recreated
#   one gets a new DNS name, and a network load balancer new addresses, so clients and DNS
#   records must be repaired before service is restored. The provider's default is off. The
#   mappings are a judgement: deletion protection guards availability and prompt restoration of
#   service (GDPR Art.32(1)(b), SOC 2 A1.2) and forces deletions through a managed change (SOC 2
#   CC8.1, ISO 27001 A.8.32); no PCI DSS requirement asks for it, so none is mapped.
# custom:
#   id: AWS-ELB-003
#   severity: low
#   kinds: ["AWS::ElasticLoadBalancingV2::LoadBalancer"]
#   themes: [backup-recovery]
#   remediation: >-
#     Set `enable_deletion_protection = true` on the `aws_lb` (or `aws_alb`).
#   controls:
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["A1.2", "CC8.1"]
#     iso27001-2022: ["A.8.32"]
package comply.aws.elb.load_balancer_deletion_protection_disabled

import rego.v1

deny contains "deletion protection is not enabled (`enable_deletion_protection` is false)" if {
	input.resource.attributes.deletion_protection == false
}
