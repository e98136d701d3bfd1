# METADATA
# title: Security Hub is not enabled in a region in use
# description: >-
#   Security Hub runs the AWS Foundational, CIS and PCI DSS standards' automated checks against
#   the region's resources and gathers GuardDuty, Inspector and Config findings in one place; a
#   region with resources but no hub has no continuous check that its security controls are
#   still configured and working. Judged once per region that the input holds resources in. A
#   plan that does not declare an `aws_securityhub_account` says nothing of the region unless
#   `[scope] plan_covers_account` is set (the hub may be enabled by another workspace or by the
#   organisation's delegated administrator). The PCI mappings are a judgement: Security Hub is
#   the mechanism that detects failed critical security controls (10.7.2) and keeps the
#   estate measured against its configuration standards (2.2.1); GDPR Art.32(1)(d) is the
#   regular evaluation of the security measures' effectiveness.
# custom:
#   id: AWS-SECURITYHUB-001
#   severity: medium
#   kinds: ["AWS::::Region"]
#   themes: [logging-audit]
#   remediation: >-
#     Add an `aws_securityhub_account` in every region in use, with
#     `aws_securityhub_standards_subscription` for the standards you are audited against (or
#     enable it organisation-wide with `aws_securityhub_organization_configuration` from the
#     delegated administrator).
#   controls:
#     pci-dss-4.0: ["10.7.2", "2.2.1"]
#     gdpr: ["Art.32(1)(d)"]
#     soc2: ["CC7.1", "CC4.1"]
#     iso27001-2022: ["A.8.9", "A.5.36"]
package comply.aws.securityhub.hub_not_enabled

import rego.v1

deny contains msg if {
	input.resource.attributes.security_hub_enabled == false
	msg := sprintf("Security Hub is not enabled in `%s`", [input.resource.attributes.region])
}
