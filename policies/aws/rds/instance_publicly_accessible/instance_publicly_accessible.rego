# METADATA
# title: RDS database instance is publicly accessible
# description: >-
#   A publicly accessible instance gets a DNS name that resolves to a public IP address, so the
#   database listener can be reached from the internet whenever its security groups or network
#   ACLs allow it: one permissive rule then exposes the data store directly. Aurora instances are
#   judged one by one, as the setting belongs to each instance; the GDPR mapping (confidentiality
#   of processing systems) is a judgement.
# custom:
#   id: AWS-RDS-003
#   severity: high
#   kinds: ["AWS::RDS::DBInstance"]
#   themes: [network-segmentation, public-access]
#   remediation: >-
#     Set `publicly_accessible = false` on the `aws_db_instance` or `aws_rds_cluster_instance` and
#     place it in a `db_subnet_group_name` made of private subnets.
#   controls:
#     pci-dss-4.0: ["1.3.1", "1.4.4"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.rds.instance_publicly_accessible

import rego.v1

deny contains "instance is publicly accessible (`publicly_accessible` is true)" if {
	input.resource.attributes.publicly_accessible == true
}
