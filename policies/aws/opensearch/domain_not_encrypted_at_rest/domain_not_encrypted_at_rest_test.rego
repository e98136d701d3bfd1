package comply.aws.opensearch.domain_not_encrypted_at_rest_test

import rego.v1

import data.comply.aws.opensearch.domain_not_encrypted_at_rest as policy

domain(at_rest, key) := {"resource": {
	"kind": "AWS::OpenSearch::Domain",
	"attributes": {
		"domain_name": "search",
		"encryption": {"at_rest": at_rest, "kms_key": key},
		"network": {"subnets": [], "security_groups": []},
		"log_types": [],
	},
}}

test_unencrypted_domain_fails if {
	policy.deny == {"domain data is not encrypted at rest (`encrypt_at_rest` is not enabled)"} with input as domain(false, null)
}

test_default_key_passes if {
	count(policy.deny) == 0 with input as domain(true, null)
}

test_customer_managed_key_passes if {
	count(policy.deny) == 0 with input as domain(true, "aws_kms_key.search")
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as domain(null, null)
}
