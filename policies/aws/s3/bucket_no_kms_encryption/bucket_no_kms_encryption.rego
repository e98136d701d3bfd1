# METADATA
# title: S3 bucket default encryption does not use SSE-KMS
# description: >-
#   With SSE-S3 (`AES256`, also what S3 applies when no default encryption is configured) the
#   objects are encrypted with keys S3 owns: access to the data cannot be restricted, audited or
#   revoked through a KMS key policy, and the key cannot be disabled in an incident. SSE-KMS
#   (`aws:kms` or `aws:kms:dsse`) puts a key you control in front of every read. Mapping 3.6.1 and
#   A.8.24 for key management is a judgement; the backlog's PCI 8.3.2 (authentication factors),
#   SOC 2 PI1.4 (processing outputs) and ISO A.8.11 (masking) are left out as not about this.
# custom:
#   id: AWS-S3-001
#   severity: medium
#   kinds: ["AWS::S3::Bucket"]
#   themes: [encryption-at-rest, key-management]
#   remediation: >-
#     Add an `aws_s3_bucket_server_side_encryption_configuration` whose rule sets
#     `sse_algorithm = "aws:kms"` and a customer managed `kms_master_key_id` (with
#     `bucket_key_enabled = true` to limit KMS requests).
#   controls:
#     pci-dss-4.0: ["3.5.1", "3.6.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.s3.bucket_no_kms_encryption

import rego.v1

kms_algorithms := {"aws:kms", "aws:kms:dsse"}

# No default encryption configured: S3 applies SSE-S3 on its own.
deny contains "no default encryption is configured, so objects get the S3 default SSE-S3 (`AES256`), not SSE-KMS" if {
	input.resource.attributes.encryption.aws_default == true
}

deny contains msg if {
	input.resource.attributes.encryption.aws_default == false
	algorithm := input.resource.attributes.encryption.algorithm
	is_string(algorithm)
	not algorithm in kms_algorithms
	msg := sprintf("default encryption uses `%s` (SSE-S3), not SSE-KMS", [algorithm])
}
