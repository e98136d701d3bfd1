package comply.aws.apigateway.stage_execution_logging_disabled_test

import rego.v1

import data.comply.aws.apigateway.stage_execution_logging_disabled as policy

stage(settings, unknown) := {"resource": {
	"kind": "AWS::ApiGateway::Stage",
	"attributes": {"method_settings": settings},
	"unknown": unknown,
}}

settings(path, level) := {"method_path": path, "logging_level": level}

test_stage_without_method_settings_fails if {
	count(policy.deny) == 1 with input as stage([], [])
}

test_stage_wide_logging_off_fails if {
	count(policy.deny) == 1 with input as stage([settings("*/*", "OFF")], [])
}

test_stage_wide_info_passes if {
	count(policy.deny) == 0 with input as stage([settings("*/*", "INFO")], [])
}

test_stage_wide_error_passes if {
	count(policy.deny) == 0 with input as stage([settings("*/*", "ERROR")], [])
}

test_method_turning_logging_off_fails if {
	policy.deny == {"method settings `items/GET` turn execution logging `OFF`"} with input as stage([settings("*/*", "INFO"), settings("items/GET", "OFF")], [])
}

test_only_per_method_logging_fails if {
	count(policy.deny) == 1 with input as stage([settings("items/GET", "INFO")], [])
}

test_unknown_method_settings_do_not_fail if {
	count(policy.deny) == 0 with input as stage([settings("*/*", null)], ["attributes.method_settings"])
}
