package comply.aws.ec2.launch_template_public_ip_test

import rego.v1

import data.comply.aws.ec2.launch_template_public_ip as policy

template(public) := {"resource": {
	"kind": "AWS::EC2::LaunchTemplate",
	"attributes": {"associate_public_ip_address": public},
}}

test_public_address_fails if {
	policy.deny == {"instances launched from it get a public IPv4 address (`associate_public_ip_address` is true)"} with input as template(true)
}

test_no_public_address_passes if {
	count(policy.deny) == 0 with input as template(false)
}

test_not_set_or_unknown_does_not_fail if {
	count(policy.deny) == 0 with input as template(null)
}
