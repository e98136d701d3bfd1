package comply.aws.autoscaling.group_ec2_health_check_behind_load_balancer_test

import rego.v1

import data.comply.aws.autoscaling.group_ec2_health_check_behind_load_balancer as policy

group(check, lbs, tgs) := {"resource": {
	"kind": "AWS::AutoScaling::AutoScalingGroup",
	"attributes": {"health_check_type": check, "load_balancers": lbs, "target_groups": tgs},
}}

tg := "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123456789abcdef"

test_ec2_checks_with_target_group_fail if {
	policy.deny == {"the group is registered with 1 load balancer(s) or target group(s) but replaces only instances that fail EC2 status checks (`health_check_type` is `EC2`)"} with input as group("EC2", [], [tg])
}

test_ec2_checks_with_classic_load_balancer_fail if {
	count(policy.deny) == 1 with input as group("EC2", ["web"], [])
}

test_ec2_and_ebs_checks_fail if {
	count(policy.deny) == 1 with input as group("EC2,EBS", ["web"], [tg])
}

test_elb_checks_pass if {
	count(policy.deny) == 0 with input as group("ELB", [], [tg])
	count(policy.deny) == 0 with input as group("EBS,ELB", ["web"], [])
}

test_no_load_balancer_passes if {
	count(policy.deny) == 0 with input as group("EC2", [], [])
}

test_unknown_check_type_does_not_fail if {
	count(policy.deny) == 0 with input as group(null, [], [tg])
}
