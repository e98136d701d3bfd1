package comply.aws.autoscaling.group_single_availability_zone_test

import rego.v1

import data.comply.aws.autoscaling.group_single_availability_zone as policy

group(zones, subnets) := {"resource": {
	"kind": "AWS::AutoScaling::AutoScalingGroup",
	"attributes": {"availability_zones": zones, "subnets": subnets},
}}

test_one_zone_fails if {
	policy.deny == {"the group launches instances in one Availability Zone only (`eu-west-1a`)"} with input as group(["eu-west-1a"], [])
}

test_one_subnet_with_unknown_zone_fails if {
	policy.deny == {"the group has one subnet (`subnet-0a`), so all its instances are in one Availability Zone"} with input as group(null, ["subnet-0a"])
}

test_one_subnet_with_known_zone_is_reported_once if {
	count(policy.deny) == 1 with input as group(["eu-west-1a"], ["subnet-0a"])
}

test_two_zones_pass if {
	count(policy.deny) == 0 with input as group(["eu-west-1a", "eu-west-1b"], ["subnet-0a", "subnet-0b"])
}

test_unknown_zones_of_several_subnets_do_not_fail if {
	count(policy.deny) == 0 with input as group(null, ["subnet-0a", "subnet-0b"])
}
