# METADATA
# title: The account-level S3 public access block is not fully on
# description: >-
#   The account's S3 Block Public Access settings override every bucket and access point in the
#   account: with all four on, no ACL or bucket policy can make data public, whatever a bucket's
#   own settings or a later mistake say. With any of them off, each bucket's own block
#   (AWS-S3-002) is the only guard rail, and a new bucket or a changed policy can publish data.
#   Judged once per account. A block that turns any setting off fails wherever it is declared;
#   a plan that declares no `aws_s3_account_public_access_block` says nothing of the account
#   unless `[scope] plan_covers_account` is set, and AWS Config shows a missing block only where
#   its recorder records `AWS::S3::AccountPublicAccessBlock`. Mapping public exposure to PCI
#   1.4.4 and 7.2.1 and to GDPR Art.25(2) (exposure limited by default) is a judgement, as for
#   AWS-S3-002.
# custom:
#   id: AWS-ACCOUNT-003
#   severity: medium
#   kinds: ["AWS::::Account"]
#   themes: [public-access]
#   remediation: >-
#     Add an `aws_s3_account_public_access_block` with `block_public_acls`,
#     `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` all `true`
#     (serve public content through CloudFront with origin access control, not public buckets).
#   controls:
#     pci-dss-4.0: ["1.4.4", "7.2.1"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.3", "A.8.12"]
package comply.aws.account.s3_public_access_block_off

import rego.v1

deny contains "the account's S3 public access block does not turn on all four settings (`block_public_acls`, `block_public_policy`, `ignore_public_acls`, `restrict_public_buckets`), or there is none" if {
	input.resource.attributes.s3_public_access_blocked == false
}
