package comply.aws.sns.topic_not_encrypted_test

import rego.v1

import data.comply.aws.sns.topic_not_encrypted as policy

topic(at_rest, key) := {"resource": {
	"kind": "AWS::SNS::Topic",
	"attributes": {
		"name": "alerts",
		"fifo": false,
		"encryption": {"at_rest": at_rest, "kms_key": key},
		"policy": null,
	},
}}

test_unencrypted_topic_fails if {
	policy.deny == {"messages are not encrypted at rest (no `kms_master_key_id` is set)"} with input as topic(false, null)
}

test_aws_managed_key_passes if {
	count(policy.deny) == 0 with input as topic(true, "alias/aws/sns")
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as topic(true, "aws_kms_key.topics")
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as topic(null, null)
}
