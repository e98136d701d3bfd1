# METADATA
# title: S3 bucket versioning is not enabled
# description: >-
#   Without versioning, an overwrite or delete (by mistake, by a faulty job or by ransomware with
#   write access) destroys the only copy of an object, and replication cannot be configured.
#   Versioning keeps prior versions so data can be restored. PCI DSS is not mapped: it requires
#   this only for audit logs (10.3.x), which a general bucket check cannot tell apart.
# custom:
#   id: AWS-S3-006
#   severity: low
#   kinds: ["AWS::S3::Bucket"]
#   themes: [backup-recovery]
#   remediation: >-
#     Add an `aws_s3_bucket_versioning` resource with `status = "Enabled"` in its
#     `versioning_configuration`, and a lifecycle rule expiring noncurrent versions.
#   controls:
#     gdpr: ["Art.32(1)(c)"]
#     soc2: ["A1.2", "CC7.5"]
#     iso27001-2022: ["A.8.13"]
package comply.aws.s3.bucket_versioning_disabled

import rego.v1

deny contains "versioning is not enabled (never enabled, or suspended)" if {
	input.resource.attributes.versioning.enabled == false
}
