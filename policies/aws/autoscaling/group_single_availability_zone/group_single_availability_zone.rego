# METADATA
# title: Auto Scaling group launches into a single Availability Zone
# description: >-
#   A group confined to one zone cannot keep its capacity when that zone fails: every instance
#   goes down together and the group has nowhere else to replace them, so the service behind it
#   is down until the zone recovers. Spread across two or more zones (subnets in different
#   zones), the group rebalances and replaces lost capacity in the zones still working. A group
#   with one subnet is in one zone; the zones of several subnets are known when the input holds
#   the subnets, otherwise the verdict waits for them. Severity is low because a single zone may
#   be a deliberate choice for batch or test fleets. The mappings are a judgement, as for RDS
#   Multi-AZ (AWS-RDS-007): redundancy for availability; PCI DSS asks for no redundancy.
# custom:
#   id: AWS-AUTOSCALING-001
#   severity: low
#   kinds: ["AWS::AutoScaling::AutoScalingGroup"]
#   themes: [backup-recovery]
#   remediation: >-
#     Give the `aws_autoscaling_group` subnets in at least two Availability Zones
#     (`vpc_zone_identifier`), or at least two `availability_zones` outside a VPC, with
#     `min_size` large enough to keep serving while one zone is lost.
#   controls:
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["A1.2"]
#     iso27001-2022: ["A.8.14"]
package comply.aws.autoscaling.group_single_availability_zone

import rego.v1

deny contains msg if {
	zones := input.resource.attributes.availability_zones
	is_array(zones)
	count(zones) == 1
	msg := sprintf("the group launches instances in one Availability Zone only (`%s`)", [zones[0]])
}

# One subnet is one zone, whether or not the input shows which.
deny contains msg if {
	not is_array(input.resource.attributes.availability_zones)
	count(input.resource.attributes.subnets) == 1
	msg := sprintf("the group has one subnet (`%s`), so all its instances are in one Availability Zone", [input.resource.attributes.subnets[0]])
}
