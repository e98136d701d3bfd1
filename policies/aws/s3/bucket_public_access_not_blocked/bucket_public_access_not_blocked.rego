# METADATA
# title: S3 bucket does not block public access
# description: >-
#   Without a bucket-level public access block with all four settings on, one ACL or bucket
#   policy statement granting access to everyone is enough to publish the bucket's data. The
#   block is the guard rail that keeps a mistaken grant from taking effect. Mapping public
#   exposure to PCI 1.4.4/7.2.1 and GDPR Art.25(2) (exposure limited by default) is a judgement;
#   the backlog's wider PCI list (log protection, dual-homed devices) does not apply to a bucket.
#   S3 turns the block on for every new bucket (since April 2023), so a bucket a plan creates
#   without one passes on that default; an existing bucket the plan does not configure is
#   unknown until the live scan reads what it has.
# custom:
#   id: AWS-S3-002
#   severity: high
#   kinds: ["AWS::S3::Bucket"]
#   themes: [public-access]
#   remediation: >-
#     Add an `aws_s3_bucket_public_access_block` for the bucket with `block_public_acls`,
#     `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` all `true`.
#   controls:
#     pci-dss-4.0: ["1.4.4", "7.2.1"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.3", "A.8.12"]
package comply.aws.s3.bucket_public_access_not_blocked

import rego.v1

flags := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

deny contains "no bucket-level public access block is configured" if {
	block := input.resource.attributes.public_access_block
	block.configured == false
	not block.aws_default
}

# Also S3's default for a new bucket, whose flags are all on.
deny contains msg if {
	block := input.resource.attributes.public_access_block
	off := [sprintf("`%s`", [flag]) | some flag in flags; block[flag] == false]
	count(off) > 0
	msg := sprintf("the public access block leaves %s off", [concat(", ", off)])
}
