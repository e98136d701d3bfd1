package comply.aws.acm.certificate_transparency_logging_disabled_test

import rego.v1

import data.comply.aws.acm.certificate_transparency_logging_disabled as policy

certificate(type, preference, unknown) := {"resource": {
	"kind": "AWS::ACM::Certificate",
	"attributes": {"certificate_type": type, "transparency_logging_preference": preference},
	"unknown": unknown,
}}

test_disabled_logging_fails if {
	count(policy.deny) == 1 with input as certificate("AMAZON_ISSUED", "DISABLED", [])
}

test_enabled_logging_passes if {
	count(policy.deny) == 0 with input as certificate("AMAZON_ISSUED", "ENABLED", [])
}

test_imported_certificate_passes if {
	count(policy.deny) == 0 with input as certificate("IMPORTED", null, [])
}

test_unknown_preference_does_not_fail if {
	count(policy.deny) == 0 with input as certificate("AMAZON_ISSUED", null, ["attributes.transparency_logging_preference"])
}
