# METADATA
# title: ECS container has no log configuration
# description: >-
#   A container definition without `logConfiguration` sends its output nowhere ECS keeps: on
#   Fargate it is lost, on EC2 it stays in the Docker daemon's local files until the instance
#   goes. The application's own record of requests, errors and security events is then missing
#   when an incident is investigated. Any log driver passes (`awslogs`, `awsfirelens`,
#   `splunk`, ...). Mapped as the other logging policies (AWS-EKS-002, AWS-VPC-001).
# custom:
#   id: AWS-ECS-004
#   severity: medium
#   kinds: ["AWS::ECS::TaskDefinition"]
#   themes: [logging-audit]
#   remediation: >-
#     Add a `logConfiguration` to the container definition, for example `{ logDriver =
#     "awslogs", options = { awslogs-group = ..., awslogs-region = ..., awslogs-stream-prefix =
#     ... } }`, with the log group in `aws_cloudwatch_log_group`.
#   controls:
#     pci-dss-4.0: ["10.2.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15"]
package comply.aws.ecs.container_logging_disabled

import rego.v1

deny contains msg if {
	some container in input.resource.attributes.containers
	container.log_driver == null
	msg := sprintf("container `%s` has no log configuration: its output is not kept", [container.name])
}
