package comply.aws.dynamodb.table_deletion_protection_disabled_test

import rego.v1

import data.comply.aws.dynamodb.table_deletion_protection_disabled as policy

table(protected) := {"resource": {
	"kind": "AWS::DynamoDB::Table",
	"attributes": {"table_name": "orders", "deletion_protection": protected},
}}

test_unprotected_table_fails if {
	count(policy.deny) == 1 with input as table(false)
}

test_protected_table_passes if {
	count(policy.deny) == 0 with input as table(true)
}

test_unknown_protection_does_not_fail if {
	count(policy.deny) == 0 with input as table(null)
}
