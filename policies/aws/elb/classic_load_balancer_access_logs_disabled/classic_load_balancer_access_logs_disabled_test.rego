package comply.aws.elb.classic_load_balancer_access_logs_disabled_test

import rego.v1

import data.comply.aws.elb.classic_load_balancer_access_logs_disabled as policy

elb(internal, enabled) := {"resource": {
	"kind": "AWS::ElasticLoadBalancing::LoadBalancer",
	"attributes": {"internal": internal, "access_logs": {"enabled": enabled, "target_bucket": null}},
}}

test_internet_facing_without_logs_fails if {
	policy.deny == {"the internet-facing classic load balancer keeps no access logs (no enabled `access_logs` block)"} with input as elb(false, false)
}

test_logging_passes if {
	count(policy.deny) == 0 with input as elb(false, true)
}

test_internal_is_not_judged if {
	count(policy.deny) == 0 with input as elb(true, false)
}

test_unknown_does_not_fail if {
	count(policy.deny) == 0 with input as elb(false, null)
	count(policy.deny) == 0 with input as elb(null, false)
}
