package comply.aws.apigateway.method_without_authorization_test

import rego.v1

import data.comply.aws.apigateway.method_without_authorization as policy

api(types, methods, unknown) := {"resource": {
	"kind": "AWS::ApiGateway::RestApi",
	"attributes": {"endpoint_types": types, "methods": methods},
	"unknown": unknown,
}}

method(verb, authorization, key) := {"http_method": verb, "resource": "/", "authorization": authorization, "api_key_required": key}

test_open_method_fails if {
	policy.deny == {"method `GET` on `/` needs no authorization (`authorization` is `NONE`) and no API key: anyone can call it"} with input as api(["REGIONAL"], [method("GET", "NONE", false)], [])
}

test_iam_method_passes if {
	count(policy.deny) == 0 with input as api(["EDGE"], [method("GET", "AWS_IAM", false)], [])
}

test_api_key_method_passes if {
	count(policy.deny) == 0 with input as api(["EDGE"], [method("POST", "NONE", true)], [])
}

test_preflight_passes if {
	count(policy.deny) == 0 with input as api(["REGIONAL"], [method("OPTIONS", "NONE", false)], [])
}

test_private_api_passes if {
	count(policy.deny) == 0 with input as api(["PRIVATE"], [method("ANY", "NONE", false)], [])
}

test_unknown_endpoint_types_do_not_fail if {
	count(policy.deny) == 0 with input as api(null, [method("GET", "NONE", false)], ["attributes.endpoint_types"])
}

test_unknown_authorization_does_not_fail if {
	count(policy.deny) == 0 with input as api(["REGIONAL"], [method("GET", null, false)], ["attributes.methods"])
}

test_unrecorded_methods_do_not_fail if {
	count(policy.deny) == 0 with input as api(["REGIONAL"], [], ["attributes.methods"])
}
