package comply.aws.elasticache.replication_group_transit_unencrypted_test

import rego.v1

import data.comply.aws.elasticache.replication_group_transit_unencrypted as policy

group(transit) := group_mode(transit, "required")

group_mode(transit, mode) := {"resource": {
	"kind": "AWS::ElastiCache::ReplicationGroup",
	"attributes": {
		"replication_group_id": "sessions",
		"engine": "redis",
		"encryption": {"at_rest": true, "kms_key": null},
		"transit_encryption_enabled": transit,
		"transit_encryption_mode": mode,
		"auth_token_set": false,
		"automatic_failover_enabled": true,
	},
}}

test_plaintext_group_fails if {
	count(policy.deny) == 1 with input as group(false)
}

test_tls_group_passes if {
	count(policy.deny) == 0 with input as group(true)
}

test_unknown_transit_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as group(null)
}

# `preferred` is a migration setting: plaintext clients still connect.
test_preferred_mode_fails if {
	some msg in policy.deny with input as group_mode(true, "preferred")
	contains(msg, "plaintext")
}

test_unknown_mode_does_not_fail if {
	count(policy.deny) == 0 with input as group_mode(true, null)
}
