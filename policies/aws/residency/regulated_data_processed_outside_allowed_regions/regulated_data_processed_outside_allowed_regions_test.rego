package comply.aws.residency.regulated_data_processed_outside_allowed_regions_test

import rego.v1

import data.comply.aws.residency.regulated_data_processed_outside_allowed_regions as policy

settings := {"data_residency": {
	"tag_key": "DataClassification",
	"allowed_regions": {"personal": ["eu-west-1", "eu-central-1"]},
}}

resource(kind, region, tags) := {"resource": {"kind": kind, "region": region, "tags": tags, "attributes": {}}}

personal := {"DataClassification": "personal"}

test_function_in_us_fails if {
	msgs := policy.deny with input as resource("AWS::Lambda::Function", "us-east-1", personal) with data.comply.settings as settings
	msgs == {"data classified `personal` is processed in `us-east-1`, outside its allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_every_kind_fails_outside if {
	every kind in ["AWS::ECS::TaskDefinition", "AWS::AutoScaling::AutoScalingGroup", "AWS::EC2::LaunchTemplate", "AWS::ApiGateway::RestApi", "AWS::ElasticLoadBalancingV2::LoadBalancer"] {
		count(policy.deny) == 1 with input as resource(kind, "ap-southeast-2", personal) with data.comply.settings as settings
	}
}

test_inside_passes if {
	count(policy.deny) == 0 with input as resource("AWS::Lambda::Function", "eu-central-1", personal) with data.comply.settings as settings
}

test_unclassified_passes if {
	count(policy.deny) == 0 with input as resource("AWS::Lambda::Function", "us-east-1", {}) with data.comply.settings as settings
}

test_unknown_region_does_not_fail if {
	count(policy.deny) == 0 with input as resource("AWS::Lambda::Function", null, personal) with data.comply.settings as settings
}
