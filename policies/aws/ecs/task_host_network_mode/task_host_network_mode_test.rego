package comply.aws.ecs.task_host_network_mode_test

import rego.v1

import data.comply.aws.ecs.task_host_network_mode as policy

task(mode) := {"resource": {
	"kind": "AWS::ECS::TaskDefinition",
	"attributes": {"family": "app", "network_mode": mode, "containers": []},
}}

test_host_mode_fails if {
	policy.deny == {"the task uses the `host` network mode: its containers share the instance's network stack and security groups"} with input as task("host")
}

test_awsvpc_passes if {
	count(policy.deny) == 0 with input as task("awsvpc")
}

test_bridge_passes if {
	count(policy.deny) == 0 with input as task("bridge")
}

test_unknown_mode_does_not_fail if {
	count(policy.deny) == 0 with input as task(null)
}
