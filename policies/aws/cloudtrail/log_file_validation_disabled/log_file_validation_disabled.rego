# METADATA
# title: CloudTrail log file integrity validation is disabled
# description: >-
#   Without log file validation CloudTrail writes no signed digest files, so nobody can prove
#   that a delivered log file was not modified or deleted afterwards, for example by an intruder
#   covering their tracks. Validation is what turns the trail into tamper-evident audit evidence.
# custom:
#   id: AWS-CLOUDTRAIL-002
#   severity: medium
#   kinds: ["AWS::CloudTrail::Trail"]
#   themes: [logging-audit]
#   remediation: >-
#     Set `enable_log_file_validation = true` on the `aws_cloudtrail`, and verify digests with
#     `aws cloudtrail validate-logs`.
#   controls:
#     pci-dss-4.0: ["10.3.2", "10.3.4"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2", "CC7.3"]
#     iso27001-2022: ["A.8.15"]
package comply.aws.cloudtrail.log_file_validation_disabled

import rego.v1

deny contains "log file integrity validation is disabled (`enable_log_file_validation` is false)" if {
	input.resource.attributes.log_file_validation_enabled == false
}
