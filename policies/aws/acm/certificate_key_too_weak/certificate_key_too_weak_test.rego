package comply.aws.acm.certificate_key_too_weak_test

import rego.v1

import data.comply.aws.acm.certificate_key_too_weak as policy

certificate(algorithm, unknown) := {"resource": {
	"kind": "AWS::ACM::Certificate",
	"attributes": {"key_algorithm": algorithm, "certificate_type": "IMPORTED"},
	"unknown": unknown,
}}

test_rsa_1024_fails if {
	policy.deny == {"the certificate's key is `RSA_1024`, an RSA key shorter than 2048 bits"} with input as certificate("RSA_1024", [])
}

test_rsa_2048_passes if {
	count(policy.deny) == 0 with input as certificate("RSA_2048", [])
}

test_rsa_4096_passes if {
	count(policy.deny) == 0 with input as certificate("RSA_4096", [])
}

test_ecdsa_passes if {
	count(policy.deny) == 0 with input as certificate("EC_prime256v1", [])
}

test_unknown_key_does_not_fail if {
	count(policy.deny) == 0 with input as certificate(null, ["attributes.key_algorithm"])
}
