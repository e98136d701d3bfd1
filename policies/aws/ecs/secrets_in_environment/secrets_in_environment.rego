# METADATA
# title: ECS container passes a secret as a plain environment variable
# description: >-
#   A container's `environment` variable named like a credential (`PASSWORD`, `SECRET`,
#   `TOKEN`, `KEY` as a word of its name: `DB_PASSWORD`, `API_TOKEN`, `AWS_SECRET_ACCESS_KEY`)
#   is stored in clear in the task definition: anyone allowed `ecs:DescribeTaskDefinition`, the
#   Terraform state and AWS Config's item can read it, every revision keeps it, and rotating it
#   means a new revision. The `secrets` list injects the value from Secrets Manager or Parameter
#   Store at start instead, under IAM and KMS control. Only variable names are judged, never
#   their values; a name is a heuristic. Mapped as PCI DSS 8.6.2 (no hard-coded passwords) and
#   8.3.2 (authentication factors unreadable in storage), and to the handling of authentication
#   secrets (ISO A.5.17) as the Secrets Manager policies are.
# custom:
#   id: AWS-ECS-002
#   severity: high
#   kinds: ["AWS::ECS::TaskDefinition"]
#   themes: [key-management]
#   remediation: >-
#     Store the value in `aws_secretsmanager_secret` (or an SSM `SecureString` parameter) and
#     move the variable from `environment` to `secrets` (`{ name = "DB_PASSWORD", valueFrom =
#     <secret ARN> }`) in the container definition; give the task execution role permission to
#     read it, and rotate the exposed value.
#   controls:
#     pci-dss-4.0: ["8.3.2", "8.6.2"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.5.17"]
package comply.aws.ecs.secrets_in_environment

import rego.v1

# Words of a variable name that say it holds a credential.
credential_words := {
	"PASSWORD", "PASSWD", "PWD", "PASS", "SECRET", "TOKEN", "KEY", "APIKEY", "CREDENTIAL",
	"CREDENTIALS", "PRIVATEKEY",
}

deny contains msg if {
	some container in input.resource.attributes.containers
	some name in container.environment_variable_names
	credential_like(name)
	msg := sprintf(
		"container `%s` passes `%s` as a plain environment variable (stored in clear in the task definition) rather than through `secrets`",
		[container.name, name],
	)
}

credential_like(name) if {
	some word in regex.split(`[^A-Z0-9]+`, upper(name))
	word in credential_words
}
