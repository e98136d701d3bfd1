# METADATA
# title: RDS DB snapshot is shared publicly
# description: >-
#   A DB snapshot or DB cluster snapshot shared with `all` can be restored by any AWS account
#   in the world into a database it controls: the whole database, with its users' password
#   hashes, is public. Only unencrypted snapshots (or those with the default key) can be made
#   public, so the data is readable once restored. Sharing with named accounts is not a finding.
#   Mapped as AWS-S3-004, data made readable by anyone.
# custom:
#   id: AWS-RDS-009
#   severity: critical
#   kinds: ["AWS::RDS::DBSnapshot", "AWS::RDS::DBClusterSnapshot"]
#   themes: [public-access]
#   remediation: >-
#     Remove `all` from `shared_accounts` on the `aws_db_snapshot` / `aws_db_cluster_snapshot`
#     (or `aws_db_snapshot_copy`), and name the accounts that need to restore it instead.
#   controls:
#     pci-dss-4.0: ["1.4.4", "7.2.1"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.5.15", "A.8.3"]
package comply.aws.rds.snapshot_public

import rego.v1

deny contains msg if {
	some account in input.resource.attributes.shared_accounts
	lower(account) == "all"
	msg := "the snapshot is shared with `all`: any AWS account can restore it"
}
