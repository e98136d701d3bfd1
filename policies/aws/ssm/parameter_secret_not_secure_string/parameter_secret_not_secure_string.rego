# METADATA
# title: SSM parameter named like a secret is stored in plain text
# description: >-
#   A `String` or `StringList` parameter is stored unencrypted and shown in plain text to anyone
#   who may read parameters (`ssm:GetParameter`, the console, `DescribeParameters` history),
#   and in Terraform state and plans without any marking. A parameter whose name says it holds a
#   password, secret, token, API key, private or access key or credential should be a
#   `SecureString`, encrypted with KMS and readable only with the key. The name is the evidence:
#   a parameter that only names a secret (ending in `arn`, `id` or `name`) is left out, and a
#   misleading name is fixed by renaming it.
# custom:
#   id: AWS-SSM-001
#   severity: high
#   kinds: ["AWS::SSM::Parameter"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `type = "SecureString"` (with `key_id` naming a customer managed key where the data
#     needs one) on the `aws_ssm_parameter`, or keep the secret in Secrets Manager.
#   controls:
#     pci-dss-4.0: ["8.3.2"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.5.17", "A.8.24"]
package comply.aws.ssm.parameter_secret_not_secure_string

import rego.v1

plain_types := {"String", "StringList"}

deny contains msg if {
	type := input.resource.attributes.type
	type in plain_types
	name := input.resource.attributes.name
	is_string(name)
	secret_name(name)
	msg := sprintf("parameter `%s` is named like a secret but is a `%s`, stored and shown in plain text, not a `SecureString`", [name, type])
}

secret_name(name) if {
	leaf := lower(regex.replace(name, `^.*/`, ""))
	regex.match(`(password|passwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key|credential)`, leaf)
	not regex.match(`[-_.](arn|id|name)$`, leaf)
}
