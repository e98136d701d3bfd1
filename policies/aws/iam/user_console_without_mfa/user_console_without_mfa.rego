# METADATA
# title: IAM user can sign in to the console without MFA being enforced
# description: >-
#   The user has a console password (a login profile) but no policy attached to it or to its
#   groups denies requests made without MFA, so a phished, guessed or reused password alone
#   opens the AWS console. Whether an MFA device is actually registered is only known at run
#   time; what a plan can show is that nothing forces the user to use one.
# custom:
#   id: AWS-IAM-001
#   severity: high
#   kinds: ["AWS::IAM::User"]
#   themes: [identity-mfa]
#   remediation: >-
#     Attach to the user's group (`aws_iam_group_policy_attachment`) a policy that denies all
#     but MFA self-service when `aws:MultiFactorAuthPresent` is false (`BoolIfExists`), and
#     register an MFA device for the user; or drop the `aws_iam_user_login_profile` and use
#     IAM Identity Center with MFA.
#   controls:
#     pci-dss-4.0: ["8.4.1", "8.4.2", "8.4.3"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.5", "A.5.17"]
package comply.aws.iam.user_console_without_mfa

import rego.v1

import data.comply.lib

deny contains "user has console access (a login profile) but no policy attached to it or its groups enforces MFA" if {
	input.resource.attributes.console_access == true
	not mfa_enforced
	not undecidable
}

mfa_enforced if {
	some p in input.resource.attributes.policies
	lib.enforces_mfa(p.document)
}

mfa_enforced if {
	some p in input.resource.attributes.group_policies
	lib.enforces_mfa(p.document)
}

# A policy whose document the input does not hold (null: unknown at plan time, or a customer
# managed policy from outside the plan) might enforce MFA: no verdict from absence then.
# AWS managed policies never carry an MFA-enforcing deny, so their missing documents do not count.
undecidable if {
	some p in input.resource.attributes.policies
	hidden_document(p)
}

undecidable if {
	some p in input.resource.attributes.group_policies
	hidden_document(p)
}

hidden_document(p) if {
	p.document == null
	not aws_managed(p.arn)
}

aws_managed(arn) if {
	is_string(arn)
	regex.match(`^arn:aws[a-z-]*:iam::aws:policy/`, arn)
}
