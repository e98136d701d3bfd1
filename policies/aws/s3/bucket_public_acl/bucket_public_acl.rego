# METADATA
# title: S3 bucket ACL grants access to everyone
# description: >-
#   A canned ACL `public-read` or `public-read-write`, or a grant to the `AllUsers` group, lets
#   anyone on the internet list or read (and with write, replace) the bucket's objects;
#   `authenticated-read` and `AuthenticatedUsers` grants open it to every AWS account in the
#   world. Mapping public exposure to PCI 1.4.4/7.2.1 and GDPR Art.25(2) is a judgement.
# custom:
#   id: AWS-S3-004
#   severity: high
#   kinds: ["AWS::S3::Bucket"]
#   themes: [public-access]
#   remediation: >-
#     Remove the public `aws_s3_bucket_acl` (or set `acl = "private"`) and prefer
#     `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerEnforced"`, which
#     disables ACLs; grant access through the bucket policy instead.
#   controls:
#     pci-dss-4.0: ["1.4.4", "7.2.1"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.5.15", "A.8.3"]
package comply.aws.s3.bucket_public_acl

import rego.v1

audience := {
	"public-read": "anyone on the internet can list and read objects",
	"public-read-write": "anyone on the internet can list, read and write objects",
	"authenticated-read": "any AWS account can list and read objects",
}

grantee := {
	"AllUsers": "anyone on the internet",
	"AuthenticatedUsers": "any AWS account",
}

deny contains msg if {
	acl := input.resource.attributes.acl
	who := audience[acl]
	msg := sprintf("canned ACL `%s`: %s", [acl, who])
}

deny contains msg if {
	some group in input.resource.attributes.public_grants
	msg := sprintf("an ACL grant to the `%s` group gives access to %s", [group, grantee[group]])
}
