package comply.aws.dynamodb.table_no_kms_encryption_test

import rego.v1

import data.comply.aws.dynamodb.table_no_kms_encryption as policy

table(key_type, kms_key) := {"resource": {
	"kind": "AWS::DynamoDB::Table",
	"attributes": {
		"table_name": "sessions",
		"encryption": {"at_rest": true, "key_type": key_type, "kms_key": kms_key},
		"point_in_time_recovery": true,
		"deletion_protection": false,
		"replicas": [],
	},
}}

test_aws_owned_key_fails if {
	count(policy.deny) == 1 with input as table("aws-owned", null)
}

test_aws_managed_key_passes if {
	count(policy.deny) == 0 with input as table("aws-managed", null)
}

test_customer_managed_key_passes if {
	count(policy.deny) == 0 with input as table("customer-managed", "aws_kms_key.table")
}

test_unknown_key_type_does_not_fail if {
	count(policy.deny) == 0 with input as table(null, null)
}
