package comply.aws.apigateway.stage_cache_not_encrypted_test

import rego.v1

import data.comply.aws.apigateway.stage_cache_not_encrypted as policy

stage(cluster, settings, unknown) := {"resource": {
	"kind": "AWS::ApiGateway::Stage",
	"attributes": {"cache_cluster_enabled": cluster, "method_settings": settings},
	"unknown": unknown,
}}

settings(caching, encrypted) := {"method_path": "*/*", "caching_enabled": caching, "cache_data_encrypted": encrypted}

test_unencrypted_cache_fails if {
	policy.deny == {"method settings `*/*` cache responses in the stage's cache cluster unencrypted (`cache_data_encrypted` is false)"} with input as stage(true, [settings(true, false)], [])
}

test_encrypted_cache_passes if {
	count(policy.deny) == 0 with input as stage(true, [settings(true, true)], [])
}

test_caching_off_passes if {
	count(policy.deny) == 0 with input as stage(true, [settings(false, false)], [])
}

test_no_cache_cluster_passes if {
	count(policy.deny) == 0 with input as stage(false, [settings(true, false)], [])
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as stage(true, [settings(true, null)], ["attributes.method_settings"])
}

test_unknown_cache_cluster_does_not_fail if {
	count(policy.deny) == 0 with input as stage(null, [settings(true, false)], ["attributes.cache_cluster_enabled"])
}
