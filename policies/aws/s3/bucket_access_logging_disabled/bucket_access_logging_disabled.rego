# METADATA
# title: S3 bucket server access logging is disabled
# description: >-
#   Without server access logs there is no record of who read, wrote or deleted objects, so
#   misuse of the data cannot be detected or investigated after the fact. CloudTrail data events
#   can also record object access, but are not enabled by default. Mapping access logs to GDPR
#   Art.32(1)(b) (ongoing confidentiality and integrity) is a judgement; the Art.30 mapping some
#   tools use concerns records of processing, not access logs.
# custom:
#   id: AWS-S3-005
#   severity: low
#   kinds: ["AWS::S3::Bucket"]
#   themes: [logging-audit]
#   remediation: >-
#     Add an `aws_s3_bucket_logging` resource for the bucket with a `target_bucket` (a dedicated
#     log bucket) and a `target_prefix`.
#   controls:
#     pci-dss-4.0: ["10.2.1", "10.2.1.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15"]
package comply.aws.s3.bucket_access_logging_disabled

import rego.v1

deny contains "server access logging is not enabled" if {
	input.resource.attributes.logging.enabled == false
}
