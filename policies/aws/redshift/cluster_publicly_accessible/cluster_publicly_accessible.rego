# METADATA
# title: Redshift cluster is publicly accessible
# description: >-
#   A publicly accessible cluster's endpoint resolves to a public IP address, so the warehouse
#   listener (5439) can be reached from the internet whenever its security groups allow it: one
#   permissive rule then exposes every table to password guessing and to any leaked credential.
#   Provider v5 of the AWS provider makes clusters publicly accessible unless
#   `publicly_accessible = false` is set. Mapped as the RDS instance is (AWS-RDS-003); the GDPR
#   mapping (confidentiality of processing systems) is a judgement.
# custom:
#   id: AWS-REDSHIFT-002
#   severity: high
#   kinds: ["AWS::Redshift::Cluster"]
#   themes: [public-access, network-segmentation]
#   remediation: >-
#     Set `publicly_accessible = false` on the `aws_redshift_cluster` and place it in a
#     `cluster_subnet_group_name` made of private subnets; reach it through a VPN, a bastion or
#     a Redshift-managed VPC endpoint.
#   controls:
#     pci-dss-4.0: ["1.3.1", "1.4.4"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.redshift.cluster_publicly_accessible

import rego.v1

deny contains "cluster is publicly accessible (`publicly_accessible` is true)" if {
	input.resource.attributes.publicly_accessible == true
}
