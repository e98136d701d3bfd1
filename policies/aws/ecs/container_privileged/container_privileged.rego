# METADATA
# title: ECS container runs privileged
# description: >-
#   A container definition with `privileged = true` runs with every Linux capability and access
#   to the host's devices: a compromise of the application (or of its image) is root on the EC2
#   container instance, and from there every other task on the host and the instance's role.
#   Least privilege for workloads is an access control matter, mapped as AWS-IAM-006 is to
#   least-privilege requirements (PCI DSS 7.2.5 system accounts, ISO A.8.2 privileged rights),
#   with PCI DSS 2.2.6 and ISO A.8.9 for secure configuration. Fargate refuses privileged
#   containers.
# custom:
#   id: AWS-ECS-001
#   severity: high
#   kinds: ["AWS::ECS::TaskDefinition"]
#   themes: [identity-mfa]
#   remediation: >-
#     Remove `privileged` (or set it to `false`) in the container definition of the
#     `aws_ecs_task_definition`; grant only the Linux capabilities the container needs with
#     `linuxParameters.capabilities.add`.
#   controls:
#     pci-dss-4.0: ["2.2.6", "7.2.5"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.3"]
#     iso27001-2022: ["A.8.2", "A.8.9"]
package comply.aws.ecs.container_privileged

import rego.v1

deny contains msg if {
	some container in input.resource.attributes.containers
	container.privileged == true
	msg := sprintf("container `%s` runs privileged (root on the host, every capability and device)", [container.name])
}
