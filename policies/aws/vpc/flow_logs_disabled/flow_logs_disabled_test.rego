package comply.aws.vpc.flow_logs_disabled_test

import rego.v1

import data.comply.aws.vpc.flow_logs_disabled as policy

vpc(flow_logs, unknown) := {"resource": {
	"kind": "AWS::EC2::VPC",
	"attributes": {
		"cidr_block": "10.0.0.0/16",
		"is_default": false,
		"enable_dns_support": true,
		"enable_dns_hostnames": false,
		"flow_logs": flow_logs,
	},
	"unknown": unknown,
}}

test_no_flow_log_fails_and_names_the_vpc if {
	policy.deny == {"the VPC has no flow log (no `aws_flow_log` with its `vpc_id`): its network traffic is not recorded"} with input as vpc([], [])
}

test_default_vpc_without_flow_log_fails if {
	d := object.union(vpc([], []), {"resource": {"attributes": {"is_default": true, "cidr_block": null}}})
	policy.deny == {"the default VPC has no flow log (no `aws_flow_log` with its `vpc_id`): its network traffic is not recorded"} with input as d
}

test_flow_log_passes if {
	count(policy.deny) == 0 with input as vpc(["aws_flow_log.main"], [])
}

test_flow_log_by_id_passes if {
	count(policy.deny) == 0 with input as vpc(["fl-0a2b3c4d5e6f78904"], [])
}

test_unrecorded_flow_logs_do_not_fail if {
	count(policy.deny) == 0 with input as vpc([], ["attributes.flow_logs"])
}

test_unknown_cidr_still_fails if {
	d := object.union(vpc([], ["attributes.cidr_block"]), {"resource": {"attributes": {"cidr_block": null}}})
	count(policy.deny) == 1 with input as d
}
