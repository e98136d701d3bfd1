package comply.aws.residency.log_events_streamed_outside_allowed_regions_test

import rego.v1

import data.comply.aws.residency.log_events_streamed_outside_allowed_regions as policy

settings := {"data_residency": {
	"tag_key": "DataClassification",
	"allowed_regions": {"personal": ["eu-west-1", "eu-central-1"]},
}}

group(tags, subscriptions) := {"resource": {
	"kind": "AWS::Logs::LogGroup",
	"region": "eu-west-1",
	"tags": tags,
	"attributes": {"name": "app", "subscriptions": subscriptions},
}}

personal := {"DataClassification": "personal"}

sub(destination, region) := {"destination": destination, "destination_region": region, "defined_by": null}

test_stream_to_us_fails if {
	msgs := policy.deny with input as group(personal, [sub("arn:aws:firehose:us-east-1:123456789012:deliverystream/central", "us-east-1")])
		with data.comply.settings as settings
	msgs == {"log events classified `personal` are streamed to `arn:aws:firehose:us-east-1:123456789012:deliverystream/central` in `us-east-1`, outside their allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_stream_inside_passes if {
	count(policy.deny) == 0 with input as group(personal, [sub("aws_kinesis_stream.logs", "eu-central-1")]) with data.comply.settings as settings
}

test_unclassified_passes if {
	count(policy.deny) == 0 with input as group({}, [sub("x", "us-east-1")]) with data.comply.settings as settings
}

test_unknown_region_does_not_fail if {
	count(policy.deny) == 0 with input as group(personal, [sub("aws_kinesis_firehose_delivery_stream.x", null)]) with data.comply.settings as settings
}
