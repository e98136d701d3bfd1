package comply.aws.apigateway.stage_access_logging_disabled_test

import rego.v1

import data.comply.aws.apigateway.stage_access_logging_disabled as policy

stage(logging, destination, unknown) := {"resource": {
	"kind": "AWS::ApiGateway::Stage",
	"attributes": {"access_logging": logging, "access_log_destination": destination},
	"unknown": unknown,
}}

test_stage_without_access_logs_fails if {
	count(policy.deny) == 1 with input as stage(false, null, [])
}

test_stage_with_access_logs_passes if {
	count(policy.deny) == 0 with input as stage(true, "aws_cloudwatch_log_group.access", [])
}

test_sensitive_destination_passes if {
	count(policy.deny) == 0 with input as stage(true, null, ["attributes.access_log_destination"])
}

test_unknown_access_logging_does_not_fail if {
	count(policy.deny) == 0 with input as stage(null, null, ["attributes.access_logging"])
}
