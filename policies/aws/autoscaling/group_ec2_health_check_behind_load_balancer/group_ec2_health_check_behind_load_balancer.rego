# METADATA
# title: Auto Scaling group behind a load balancer uses only EC2 health checks
# description: >-
#   With `health_check_type` `EC2` the group replaces an instance only when EC2's status checks
#   fail (the host or the operating system). An instance whose application has hung, crashed or
#   lost its dependencies still passes them: the load balancer stops sending it traffic, but the
#   group keeps it, so capacity silently shrinks until nothing healthy is left. With `ELB` health
#   checks the group also replaces instances its load balancers or target groups report
#   unhealthy. Groups not registered with a load balancer are not judged. The mappings are a
#   judgement, as for other redundancy checks (AWS-RDS-007): recovery of availability.
# custom:
#   id: AWS-AUTOSCALING-002
#   severity: low
#   kinds: ["AWS::AutoScaling::AutoScalingGroup"]
#   themes: [backup-recovery]
#   remediation: >-
#     Set `health_check_type = "ELB"` on the `aws_autoscaling_group` with a
#     `health_check_grace_period` long enough for instances to start, and give its target groups
#     (or classic load balancers) a health check that exercises the application.
#   controls:
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["A1.2"]
#     iso27001-2022: ["A.8.14"]
package comply.aws.autoscaling.group_ec2_health_check_behind_load_balancer

import rego.v1

deny contains msg if {
	ec2_only(input.resource.attributes.health_check_type)
	n := count(input.resource.attributes.load_balancers) + count(input.resource.attributes.target_groups)
	n > 0
	msg := sprintf("the group is registered with %d load balancer(s) or target group(s) but replaces only instances that fail EC2 status checks (`health_check_type` is `%s`)", [n, input.resource.attributes.health_check_type])
}

# `EC2` (and `EBS`, volume checks) see the host, not the application.
ec2_only(t) if {
	is_string(t)
	every part in split(upper(t), ",") {
		trim_space(part) in {"EC2", "EBS"}
	}
}
