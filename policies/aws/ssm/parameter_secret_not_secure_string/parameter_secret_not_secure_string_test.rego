package comply.aws.ssm.parameter_secret_not_secure_string_test

import rego.v1

import data.comply.aws.ssm.parameter_secret_not_secure_string as policy

parameter(name, type, unknown) := {"resource": {
	"kind": "AWS::SSM::Parameter",
	"attributes": {"name": name, "type": type},
	"unknown": unknown,
}}

test_password_string_fails if {
	policy.deny == {"parameter `/app/db/password` is named like a secret but is a `String`, stored and shown in plain text, not a `SecureString`"} with input as parameter("/app/db/password", "String", [])
}

test_api_key_string_list_fails if {
	count(policy.deny) == 1 with input as parameter("/partners/API_KEY", "StringList", [])
}

test_token_fails if {
	count(policy.deny) == 1 with input as parameter("github-token", "String", [])
}

test_secure_string_passes if {
	count(policy.deny) == 0 with input as parameter("/app/db/password", "SecureString", [])
}

test_ordinary_setting_passes if {
	count(policy.deny) == 0 with input as parameter("/app/log_level", "String", [])
}

test_secret_arn_passes if {
	count(policy.deny) == 0 with input as parameter("/app/db/password_secret_arn", "String", [])
}

test_secret_in_path_only_passes if {
	count(policy.deny) == 0 with input as parameter("/secrets/app/region", "String", [])
}

test_unknown_name_does_not_fail if {
	count(policy.deny) == 0 with input as parameter(null, "String", ["attributes.name"])
}

test_unknown_type_does_not_fail if {
	count(policy.deny) == 0 with input as parameter("/app/db/password", null, ["attributes.type"])
}
