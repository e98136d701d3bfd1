package comply.aws.opensearch.domain_https_not_enforced_test

import rego.v1

import data.comply.aws.opensearch.domain_https_not_enforced as policy

domain(enforce, tls_policy) := {"resource": {
	"kind": "AWS::OpenSearch::Domain",
	"attributes": {
		"domain_name": "search",
		"encryption": {"at_rest": true, "kms_key": null},
		"enforce_https": enforce,
		"tls_security_policy": tls_policy,
		"network": {"subnets": [], "security_groups": []},
		"log_types": [],
	},
}}

test_plain_http_fails if {
	policy.deny == {"the endpoint accepts plain HTTP (`enforce_https` is false)"} with input as domain(false, "Policy-Min-TLS-1-2-2019-07")
}

test_tls10_policy_fails if {
	policy.deny == {"the endpoint's TLS policy `Policy-Min-TLS-1-0-2019-07` accepts TLS versions older than 1.2 (`[thresholds] minimum_tls_version`)"} with input as domain(true, "Policy-Min-TLS-1-0-2019-07")
}

test_plain_http_and_tls10_fail_twice if {
	count(policy.deny) == 2 with input as domain(false, "Policy-Min-TLS-1-0-2019-07")
}

test_https_with_tls12_passes if {
	every p in ["Policy-Min-TLS-1-2-2019-07", "Policy-Min-TLS-1-2-PFS-2023-10", "Policy-Min-TLS-1-2-RFC9151-FIPS-2023-04"] {
		count(policy.deny) == 0 with input as domain(true, p)
	}
}

test_unknown_endpoint_options_do_not_fail if {
	count(policy.deny) == 0 with input as domain(null, null)
}

test_unknown_tls_policy_does_not_fail if {
	count(policy.deny) == 0 with input as domain(true, null)
}

test_a_tls_1_3_minimum_fails_tls_1_2_policies if {
	policy.deny == {"the endpoint's TLS policy `Policy-Min-TLS-1-2-PFS-2023-10` accepts TLS versions older than 1.3 (`[thresholds] minimum_tls_version`)"} with input as domain(true, "Policy-Min-TLS-1-2-PFS-2023-10")
		with data.comply.settings.thresholds.minimum_tls_version as "1.3"
}
