# METADATA
# title: S3 bucket policy does not deny requests made without TLS
# description: >-
#   S3 accepts plain HTTP requests unless the bucket policy denies them, so data and request
#   credentials can cross the network unencrypted. A Deny statement for all S3 actions with the
#   condition `Bool` `aws:SecureTransport` = `false` makes TLS mandatory for every caller. SOC 2
#   CC6.7 (data in transmission) replaces the backlog's CC6.1/CC6.2, a judgement; of the
#   backlog's PCI list only 4.2.1 is about encrypting data in transit.
# custom:
#   id: AWS-S3-003
#   severity: medium
#   kinds: ["AWS::S3::Bucket"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Attach an `aws_s3_bucket_policy` with a statement `Effect = "Deny"`, `Principal = "*"`,
#     `Action = "s3:*"` on the bucket and its objects, with
#     `Condition = { Bool = { "aws:SecureTransport" = "false" } }`.
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.24", "A.5.14"]
package comply.aws.s3.bucket_allows_insecure_transport

import rego.v1

import data.comply.lib

# `policy` is null both when no policy is attached and when the attached document is only known
# after apply; the loader lists the path in `unknown` in the second case only.
deny contains "no bucket policy is attached, so requests without TLS are not denied" if {
	input.resource.attributes.policy == null
	not "attributes.policy" in input.resource.unknown
}

deny contains "the bucket policy has no statement denying all S3 actions when `aws:SecureTransport` is false" if {
	document := input.resource.attributes.policy
	is_object(document)
	not lib.denies_insecure_transport(document)
}
