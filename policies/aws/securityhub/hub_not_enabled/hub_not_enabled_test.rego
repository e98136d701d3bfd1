package comply.aws.securityhub.hub_not_enabled_test

import rego.v1

import data.comply.aws.securityhub.hub_not_enabled as policy

region(enabled) := {"resource": {
	"kind": "AWS::::Region",
	"attributes": {"region": "eu-west-1", "security_hub_enabled": enabled},
}}

test_region_without_hub_fails if {
	policy.deny == {"Security Hub is not enabled in `eu-west-1`"} with input as region(false)
}

test_region_with_hub_passes if {
	count(policy.deny) == 0 with input as region(true)
}

test_unknown_region_does_not_fail if {
	count(policy.deny) == 0 with input as region(null)
}
