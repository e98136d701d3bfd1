# METADATA
# title: EBS encryption by default is off in a region in use
# description: >-
#   With EBS encryption by default on, every new volume and snapshot copy in the region is
#   encrypted whatever the launch template, AMI or tool that creates it says; with it off, one
#   volume created without `encrypted = true` (an instance's root volume from an unencrypted
#   AMI, a console launch, an autoscaling group) stores its data in clear. It is the control
#   that makes per-volume checks (AWS-EC2-001, AWS-EC2-002) hold for what no plan declares.
#   Judged once per region that the input holds resources in. A plan that declares no
#   `aws_ebs_encryption_by_default` says nothing of the region unless `[scope]
#   plan_covers_account` is set; AWS Config records no item for the setting, so from Config
#   alone it stays unknown. The PCI 3.5.1 mapping is a judgement: it bears on volumes that may
#   hold stored account data.
# custom:
#   id: AWS-ACCOUNT-001
#   severity: medium
#   kinds: ["AWS::::Region"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Add an `aws_ebs_encryption_by_default` with `enabled = true` in every region in use
#     (optionally an `aws_ebs_default_kms_key` naming a customer managed key).
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.account.ebs_encryption_by_default_disabled

import rego.v1

deny contains msg if {
	input.resource.attributes.ebs_encryption_by_default == false
	msg := sprintf("EBS encryption by default is off in `%s`: new volumes are unencrypted unless each asks for encryption", [input.resource.attributes.region])
}
