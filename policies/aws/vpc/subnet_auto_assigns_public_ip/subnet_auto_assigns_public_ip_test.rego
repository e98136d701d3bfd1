package comply.aws.vpc.subnet_auto_assigns_public_ip_test

import rego.v1

import data.comply.aws.vpc.subnet_auto_assigns_public_ip as policy

subnet(public_ip, default_subnet) := {"resource": {
	"kind": "AWS::EC2::Subnet",
	"attributes": {
		"vpc_id": "vpc-0123456789abcdef0",
		"cidr_block": "10.0.1.0/24",
		"availability_zone": "eu-west-1a",
		"map_public_ip_on_launch": public_ip,
		"default_for_az": default_subnet,
	},
}}

test_public_ip_on_launch_fails if {
	policy.deny == {"the subnet assigns a public IPv4 address to every instance launched in it (`map_public_ip_on_launch` is true)"} with input as subnet(true, false)
}

test_default_subnet_is_named if {
	policy.deny == {"the default subnet assigns a public IPv4 address to every instance launched in it (`map_public_ip_on_launch` is true)"} with input as subnet(true, true)
}

test_no_public_ip_passes if {
	count(policy.deny) == 0 with input as subnet(false, false)
}

test_default_subnet_switched_off_passes if {
	count(policy.deny) == 0 with input as subnet(false, true)
}

test_unknown_setting_does_not_fail if {
	count(policy.deny) == 0 with input as subnet(null, false)
}
