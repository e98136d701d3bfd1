# METADATA
# title: The account has no IAM password policy
# description: >-
#   Without an account password policy every IAM user's console password is held only to AWS's
#   default (8 characters, three character classes), with no reuse history and no expiry,
#   below PCI DSS 8.3.6's 12 characters and 8.3.7's four-password history; AWS-IAM-002 can judge
#   the strength of a policy only where one exists. Judged once per account. A plan that
#   declares no `aws_iam_account_password_policy` says nothing of the account unless `[scope]
#   plan_covers_account` is set; AWS Config records no item for the password policy, so from
#   Config alone it stays unknown (Security Hub's IAM.7 control, read by the live scan, judges it
#   as evidence). 8.3.9 applies where a password is the only factor.
# custom:
#   id: AWS-ACCOUNT-002
#   severity: medium
#   kinds: ["AWS::::Account"]
#   themes: [identity-mfa]
#   remediation: >-
#     Add an `aws_iam_account_password_policy` with `minimum_password_length = 14` or more, all
#     four `require_*` flags true, `password_reuse_prevention = 24` and `max_password_age = 90`
#     or less.
#   controls:
#     pci-dss-4.0: ["8.3.6", "8.3.7", "8.3.9"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.5.17", "A.8.5"]
package comply.aws.account.password_policy_not_set

import rego.v1

deny contains "the account has no IAM password policy: console passwords fall back to AWS's default (8 characters, no reuse history, no expiry)" if {
	input.resource.attributes.password_policy == false
}
