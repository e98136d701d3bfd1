package comply.aws.dynamodb.point_in_time_recovery_disabled_test

import rego.v1

import data.comply.aws.dynamodb.point_in_time_recovery_disabled as policy

table(pitr) := {"resource": {
	"kind": "AWS::DynamoDB::Table",
	"attributes": {
		"table_name": "sessions",
		"encryption": {"at_rest": true, "key_type": "customer-managed", "kms_key": "aws_kms_key.table"},
		"point_in_time_recovery": pitr,
		"deletion_protection": false,
		"replicas": [],
	},
}}

test_pitr_disabled_fails if {
	count(policy.deny) == 1 with input as table(false)
}

test_pitr_enabled_passes if {
	count(policy.deny) == 0 with input as table(true)
}

test_unknown_pitr_does_not_fail if {
	count(policy.deny) == 0 with input as table(null)
}
