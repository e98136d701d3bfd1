package comply.aws.kms.key_rotation_disabled_test

import rego.v1

import data.comply.aws.kms.key_rotation_disabled as policy

key(manager, spec, usage, rotation) := {"resource": {
	"kind": "AWS::KMS::Key",
	"attributes": {
		"key_manager": manager,
		"key_spec": spec,
		"key_usage": usage,
		"rotation_enabled": rotation,
		"enabled": true,
	},
}}

test_customer_symmetric_key_without_rotation_fails if {
	count(policy.deny) == 1 with input as key("CUSTOMER", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", false)
}

test_rotating_key_passes if {
	count(policy.deny) == 0 with input as key("CUSTOMER", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", true)
}

test_unknown_rotation_does_not_fail if {
	count(policy.deny) == 0 with input as key("CUSTOMER", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", null)
}

test_unknown_key_spec_does_not_fail if {
	count(policy.deny) == 0 with input as key("CUSTOMER", null, "ENCRYPT_DECRYPT", false)
}

test_asymmetric_signing_key_is_out_of_scope if {
	count(policy.deny) == 0 with input as key("CUSTOMER", "RSA_2048", "SIGN_VERIFY", false)
}

test_hmac_key_is_out_of_scope if {
	count(policy.deny) == 0 with input as key("CUSTOMER", "HMAC_256", "GENERATE_VERIFY_MAC", false)
}

test_aws_managed_key_is_out_of_scope if {
	count(policy.deny) == 0 with input as key("AWS", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", false)
}
