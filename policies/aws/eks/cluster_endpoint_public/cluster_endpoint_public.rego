# METADATA
# title: EKS cluster API endpoint is open to the whole internet
# description: >-
#   The Kubernetes API server answers on a public endpoint that admits `0.0.0.0/0` (or
#   `::/0`), which is what EKS does when `vpc_config` says nothing: anyone anywhere can then
#   probe it, try stolen kubeconfigs and IAM credentials against it, and exploit any API server
#   flaw before a patch lands, with authentication the only barrier to the cluster's
#   workloads and secrets. A private endpoint, or a public one limited to known address ranges
#   (an office, VPN or CI egress), passes. The GDPR mapping (confidentiality of processing
#   systems) is a judgement.
# custom:
#   id: AWS-EKS-001
#   severity: high
#   kinds: ["AWS::EKS::Cluster"]
#   themes: [network-segmentation, public-access]
#   remediation: >-
#     In the `aws_eks_cluster`'s `vpc_config`, set `endpoint_private_access = true` and
#     `endpoint_public_access = false` (reach the API through a VPN or bastion), or keep the
#     public endpoint with `public_access_cidrs` listing only the ranges that need it.
#   controls:
#     pci-dss-4.0: ["1.3.1", "1.4.2"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.eks.cluster_endpoint_public

import data.comply.lib
import rego.v1

deny contains msg if {
	input.resource.attributes.endpoint_public_access == true
	some cidr in input.resource.attributes.public_access_cidrs
	cidr in lib.world_ipv4 | lib.world_ipv6
	msg := sprintf("the Kubernetes API endpoint is public and `public_access_cidrs` admits `%s`, the whole internet", [cidr])
}
