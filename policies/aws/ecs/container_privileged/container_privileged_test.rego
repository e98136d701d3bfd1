package comply.aws.ecs.container_privileged_test

import rego.v1

import data.comply.aws.ecs.container_privileged as policy

task(privileged) := {"resource": {
	"kind": "AWS::ECS::TaskDefinition",
	"attributes": {"family": "agent", "network_mode": "bridge", "containers": [
		{"name": "agent", "privileged": privileged, "user": null, "log_driver": "awslogs"},
		{"name": "sidecar", "privileged": false, "user": null, "log_driver": "awslogs"},
	]},
	"unknown": [],
}}

test_privileged_container_fails if {
	policy.deny == {"container `agent` runs privileged (root on the host, every capability and device)"} with input as task(true)
}

test_unprivileged_containers_pass if {
	count(policy.deny) == 0 with input as task(false)
}

test_unknown_privilege_does_not_fail if {
	count(policy.deny) == 0 with input as task(null)
}

test_unknown_containers_do_not_fail if {
	count(policy.deny) == 0 with input as {"resource": {
		"kind": "AWS::ECS::TaskDefinition",
		"attributes": {"family": "agent", "containers": []},
		"unknown": ["attributes.containers"],
	}}
}
