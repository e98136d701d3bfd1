# METADATA
# title: ECS task uses the host network mode
# description: >-
#   With `network_mode = "host"` the task's containers share the EC2 container instance's
#   network stack: they listen directly on the host's interfaces, reach every service bound to
#   the host's loopback (the ECS agent's introspection API among them), and are covered only by
#   the instance's security groups, not by security groups of their own as `awsvpc` tasks are.
#   Tasks can then not be segmented from each other or from the host. Mapped as the other
#   network segmentation policies.
# custom:
#   id: AWS-ECS-003
#   severity: medium
#   kinds: ["AWS::ECS::TaskDefinition"]
#   themes: [network-segmentation]
#   remediation: >-
#     Use `network_mode = "awsvpc"` on the `aws_ecs_task_definition` (with security groups on
#     the service's `network_configuration`), or `bridge` with port mappings.
#   controls:
#     pci-dss-4.0: ["1.3.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.ecs.task_host_network_mode

import rego.v1

deny contains msg if {
	input.resource.attributes.network_mode == "host"
	msg := "the task uses the `host` network mode: its containers share the instance's network stack and security groups"
}
