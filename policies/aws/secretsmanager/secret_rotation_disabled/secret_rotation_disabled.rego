# METADATA
# title: Secrets Manager secret is not rotated automatically at least every 90 days
# description: >-
#   A secret that never rotates (a database password, an API key) stays valid for as long as
#   it exists, so a copy leaked in a log, a laptop or a departed colleague's notes keeps working
#   indefinitely. PCI DSS 8.6.3 asks that passwords of application and system accounts be
#   changed periodically; the 90-day ceiling is a judgement (PCI lets a targeted risk analysis
#   set the period; 90 days is what 8.3.9 asks of passwords used alone). A `cron()` schedule, or
#   a `rate()` in hours, is not judged on its interval. With Terraform, rotation is seen only
#   through an `aws_secretsmanager_secret_rotation` in the same plan. The GDPR mapping
#   (ongoing confidentiality) is a judgement.
# custom:
#   id: AWS-SECRETSMANAGER-001
#   severity: medium
#   kinds: ["AWS::SecretsManager::Secret"]
#   themes: [key-management]
#   remediation: >-
#     Add an `aws_secretsmanager_secret_rotation` for the secret with a `rotation_lambda_arn`
#     (or managed rotation) and `rotation_rules { automatically_after_days = 30 }` or a
#     `schedule_expression` of at most `rate(90 days)`.
#   controls:
#     pci-dss-4.0: ["8.6.3"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.5.17"]
package comply.aws.secretsmanager.secret_rotation_disabled

import rego.v1

# comply.toml's `[thresholds] secret_rotation_days` (90 by default).
maximum_days := data.comply.settings.thresholds.secret_rotation_days

deny contains "automatic rotation is not enabled for the secret" if {
	input.resource.attributes.rotation_enabled == false
}

deny contains msg if {
	input.resource.attributes.rotation_enabled == true
	days := input.resource.attributes.rotation_days
	is_number(days)
	days > maximum_days
	msg := sprintf("the secret rotates only every `%d` days (more than %d, `[thresholds] secret_rotation_days`)", [days, maximum_days])
}
