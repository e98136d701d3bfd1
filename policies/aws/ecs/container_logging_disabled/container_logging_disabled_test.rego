package comply.aws.ecs.container_logging_disabled_test

import rego.v1

import data.comply.aws.ecs.container_logging_disabled as policy

task(driver) := {"resource": {
	"kind": "AWS::ECS::TaskDefinition",
	"attributes": {"family": "app", "containers": [
		{"name": "app", "log_driver": "awslogs"},
		{"name": "agent", "log_driver": driver},
	]},
	"unknown": [],
}}

test_container_without_logging_fails if {
	policy.deny == {"container `agent` has no log configuration: its output is not kept"} with input as task(null)
}

test_every_driver_passes if {
	every driver in ["awslogs", "awsfirelens", "splunk"] {
		count(policy.deny) == 0 with input as task(driver)
	}
}

test_unknown_containers_do_not_fail if {
	count(policy.deny) == 0 with input as {"resource": {
		"kind": "AWS::ECS::TaskDefinition",
		"attributes": {"family": "app", "containers": []},
		"unknown": ["attributes.containers"],
	}}
}
