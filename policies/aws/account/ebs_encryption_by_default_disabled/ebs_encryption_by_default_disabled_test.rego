package comply.aws.account.ebs_encryption_by_default_disabled_test

import rego.v1

import data.comply.aws.account.ebs_encryption_by_default_disabled as policy

region(enabled) := {"resource": {
	"kind": "AWS::::Region",
	"attributes": {"region": "eu-west-1", "ebs_encryption_by_default": enabled},
}}

test_region_without_default_encryption_fails if {
	policy.deny == {"EBS encryption by default is off in `eu-west-1`: new volumes are unencrypted unless each asks for encryption"} with input as region(false)
}

test_region_with_default_encryption_passes if {
	count(policy.deny) == 0 with input as region(true)
}

test_unknown_region_does_not_fail if {
	count(policy.deny) == 0 with input as region(null)
}
