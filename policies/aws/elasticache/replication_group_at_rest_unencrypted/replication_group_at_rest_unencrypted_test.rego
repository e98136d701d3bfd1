package comply.aws.elasticache.replication_group_at_rest_unencrypted_test

import rego.v1

import data.comply.aws.elasticache.replication_group_at_rest_unencrypted as policy

group(at_rest, kms_key) := {"resource": {
	"kind": "AWS::ElastiCache::ReplicationGroup",
	"attributes": {
		"replication_group_id": "sessions",
		"engine": "redis",
		"encryption": {"at_rest": at_rest, "kms_key": kms_key},
		"transit_encryption_enabled": true,
		"auth_token_set": false,
		"automatic_failover_enabled": true,
	},
}}

test_unencrypted_group_fails if {
	count(policy.deny) == 1 with input as group(false, null)
}

test_group_with_cmk_passes if {
	count(policy.deny) == 0 with input as group(true, "aws_kms_key.cache")
}

test_group_with_default_key_passes if {
	count(policy.deny) == 0 with input as group(true, null)
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as group(null, null)
}
