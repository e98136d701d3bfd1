package comply.aws.kms.key_rotation_disabled_test

import rego.v1

import data.comply.aws.kms.key_rotation_disabled as policy

key(manager, spec, usage, rotation) := key_from(manager, spec, usage, rotation, "AWS_KMS", "Enabled")

key_from(manager, spec, usage, rotation, origin, state) := {"resource": {
	"kind": "AWS::KMS::Key",
	"attributes": {
		"key_manager": manager,
		"key_spec": spec,
		"key_usage": usage,
		"rotation_enabled": rotation,
		"enabled": state == "Enabled",
		"origin": origin,
		"key_state": state,
	},
}}

# Keys KMS cannot rotate are out of scope: imported material, custom key stores, disabled keys
# and keys pending deletion.
test_keys_that_cannot_rotate_pass if {
	every origin in ["EXTERNAL", "AWS_CLOUDHSM", "EXTERNAL_KEY_STORE"] {
		count(policy.deny) == 0 with input as key_from("CUSTOMER", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", false, origin, "Enabled")
	}
	every state in ["Disabled", "PendingDeletion", "PendingImport"] {
		count(policy.deny) == 0 with input as key_from("CUSTOMER", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", false, "AWS_KMS", state)
	}
}

test_unknown_origin_does_not_fail if {
	count(policy.deny) == 0 with input as key_from("CUSTOMER", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", false, null, "Enabled")
}

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
