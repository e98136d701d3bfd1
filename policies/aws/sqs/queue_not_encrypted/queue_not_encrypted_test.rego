package comply.aws.sqs.queue_not_encrypted_test

import rego.v1

import data.comply.aws.sqs.queue_not_encrypted as policy

queue(at_rest, key, sqs_managed) := {"resource": {
	"kind": "AWS::SQS::Queue",
	"attributes": {
		"name": "orders",
		"fifo": false,
		"encryption": {"at_rest": at_rest, "kms_key": key, "sqs_managed": sqs_managed},
		"policy": null,
	},
}}

test_unencrypted_queue_fails if {
	policy.deny == {"messages are not encrypted at rest (SSE-SQS is off and no `kms_master_key_id` is set)"} with input as queue(false, null, false)
}

test_sse_sqs_passes if {
	count(policy.deny) == 0 with input as queue(true, null, true)
}

test_sse_kms_passes if {
	count(policy.deny) == 0 with input as queue(true, "aws_kms_key.queue", false)
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as queue(null, null, null)
}
