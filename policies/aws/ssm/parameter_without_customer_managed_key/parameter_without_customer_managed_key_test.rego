package comply.aws.ssm.parameter_without_customer_managed_key_test

import rego.v1

import data.comply.aws.ssm.parameter_without_customer_managed_key as policy

cardholder_settings := {"encryption": {"customer_managed_key_for": ["cardholder"]}, "data_residency": {"tag_key": "DataClassification"}}

cardholder := {"DataClassification": "cardholder"}

parameter(tags, type, customer_managed, key) := {"resource": {
	"kind": "AWS::SSM::Parameter",
	"region": "eu-west-1",
	"tags": tags,
	"attributes": {"name": "/billing/db/password", "type": type, "customer_managed_key": customer_managed, "kms_key": key},
	"unknown": [],
}}

test_aws_managed_key_fails if {
	policy.deny == {"the data needs a customer managed KMS key, but the SecureString parameter uses the AWS managed `aws/ssm` key"} with input as parameter(cardholder, "SecureString", false, null)
		with data.comply.settings as cardholder_settings
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as parameter(cardholder, "SecureString", true, "aws_kms_key.parameters")
		with data.comply.settings as cardholder_settings
}

test_unlisted_data_passes if {
	count(policy.deny) == 0 with input as parameter({"DataClassification": "internal"}, "SecureString", false, null)
		with data.comply.settings as cardholder_settings
}

test_no_setting_passes if {
	count(policy.deny) == 0 with input as parameter(cardholder, "SecureString", false, null)
}

test_plain_string_is_left_to_ssm_001 if {
	count(policy.deny) == 0 with input as parameter(cardholder, "String", null, null)
		with data.comply.settings as cardholder_settings
}

test_unknown_key_does_not_fail if {
	count(policy.deny) == 0 with input as parameter(cardholder, "SecureString", null, null)
		with data.comply.settings as cardholder_settings
}
