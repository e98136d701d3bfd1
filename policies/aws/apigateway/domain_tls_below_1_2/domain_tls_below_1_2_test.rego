package comply.aws.apigateway.domain_tls_below_1_2_test

import rego.v1

import data.comply.aws.apigateway.domain_tls_below_1_2 as policy

domain(security_policy, unknown) := {"resource": {
	"kind": "AWS::ApiGateway::DomainName",
	"attributes": {"security_policy": security_policy},
	"unknown": unknown,
}}

tls_12 := {"thresholds": {"minimum_tls_version": "1.2"}}

tls_13 := {"thresholds": {"minimum_tls_version": "1.3"}}

test_tls_1_0_fails if {
	policy.deny == {"the domain's `security_policy` is `TLS_1_0`, which accepts TLS versions older than 1.2 (`[thresholds] minimum_tls_version`)"} with input as domain("TLS_1_0", [])
		with data.comply.settings as tls_12
}

test_tls_1_2_passes if {
	count(policy.deny) == 0 with input as domain("TLS_1_2", [])
		with data.comply.settings as tls_12
}

test_enhanced_policy_passes if {
	count(policy.deny) == 0 with input as domain("SecurityPolicy_TLS13_1_2_2021_06", [])
		with data.comply.settings as tls_12
}

test_tls_1_2_fails_a_1_3_minimum if {
	count(policy.deny) == 1 with input as domain("TLS_1_2", [])
		with data.comply.settings as tls_13
}

test_tls_1_3_only_policy_passes_a_1_3_minimum if {
	count(policy.deny) == 0 with input as domain("SecurityPolicy_TLS13_1_3_2025_09", [])
		with data.comply.settings as tls_13
}

test_unknown_policy_does_not_fail if {
	count(policy.deny) == 0 with input as domain(null, ["attributes.security_policy"])
		with data.comply.settings as tls_12
}
