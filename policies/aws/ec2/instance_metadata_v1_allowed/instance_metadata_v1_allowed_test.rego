package comply.aws.ec2.instance_metadata_v1_allowed_test

import rego.v1

import data.comply.aws.ec2.instance_metadata_v1_allowed as policy

resource(kind, tokens, endpoint) := {"resource": {
	"kind": kind,
	"attributes": {"metadata_options": {"http_tokens": tokens, "http_endpoint": endpoint}},
}}

test_instance_with_optional_tokens_fails if {
	policy.deny == {"the instance metadata service accepts IMDSv1 requests without a session token (`metadata_options.http_tokens` is `optional`)"} with input as resource("AWS::EC2::Instance", "optional", "enabled")
}

test_launch_template_with_optional_tokens_fails if {
	policy.deny == {"instances launched from it accept IMDSv1 requests without a session token (`metadata_options.http_tokens` is `optional`, the default when not set)"} with input as resource("AWS::EC2::LaunchTemplate", "optional", "enabled")
}

test_launch_configuration_with_optional_tokens_fails if {
	count(policy.deny) == 1 with input as resource("AWS::AutoScaling::LaunchConfiguration", "optional", "enabled")
}

test_required_tokens_pass if {
	count(policy.deny) == 0 with input as resource("AWS::EC2::Instance", "required", "enabled")
	count(policy.deny) == 0 with input as resource("AWS::EC2::LaunchTemplate", "required", "enabled")
}

test_disabled_endpoint_passes if {
	count(policy.deny) == 0 with input as resource("AWS::EC2::LaunchTemplate", "optional", "disabled")
}

test_unknown_tokens_do_not_fail if {
	count(policy.deny) == 0 with input as resource("AWS::EC2::Instance", null, "enabled")
}

test_unknown_endpoint_does_not_fail if {
	count(policy.deny) == 0 with input as resource("AWS::EC2::Instance", "optional", null)
}
