# METADATA
# title: Classic load balancer does not balance across Availability Zones
# description: >-
#   Without cross-zone load balancing each node of a classic load balancer sends requests only to
#   the instances in its own zone. When a zone loses instances (a failed deployment, a capacity
#   shortage, a zone impairment) its node keeps receiving its share of the traffic and overloads
#   or fails the few instances left there, while healthy capacity in the other zones stands idle.
#   The provider's default turns it on; the API's default for load balancers created without it
#   is off. The mappings are a judgement, as for other redundancy checks (AWS-RDS-007):
#   availability through redundancy; PCI DSS asks for no redundancy.
# custom:
#   id: AWS-ELB-006
#   severity: low
#   kinds: ["AWS::ElasticLoadBalancing::LoadBalancer"]
#   themes: [backup-recovery]
#   remediation: >-
#     Set `cross_zone_load_balancing = true` on the `aws_elb` (the provider's default), or remove
#     the `false`.
#   controls:
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["A1.2"]
#     iso27001-2022: ["A.8.14"]
package comply.aws.elb.classic_load_balancer_cross_zone_disabled

import rego.v1

deny contains msg if {
	input.resource.attributes.cross_zone_load_balancing == false
	msg := "each node sends requests only to the instances of its own Availability Zone (`cross_zone_load_balancing` is false)"
}
