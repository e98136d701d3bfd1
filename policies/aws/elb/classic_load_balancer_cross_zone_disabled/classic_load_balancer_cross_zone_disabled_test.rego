package comply.aws.elb.classic_load_balancer_cross_zone_disabled_test

import rego.v1

import data.comply.aws.elb.classic_load_balancer_cross_zone_disabled as policy

elb(cross_zone) := {"resource": {
	"kind": "AWS::ElasticLoadBalancing::LoadBalancer",
	"attributes": {"cross_zone_load_balancing": cross_zone},
}}

test_cross_zone_off_fails if {
	policy.deny == {"each node sends requests only to the instances of its own Availability Zone (`cross_zone_load_balancing` is false)"} with input as elb(false)
}

test_cross_zone_on_passes if {
	count(policy.deny) == 0 with input as elb(true)
}

test_unknown_does_not_fail if {
	count(policy.deny) == 0 with input as elb(null)
}
