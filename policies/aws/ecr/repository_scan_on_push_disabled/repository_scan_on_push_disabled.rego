# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   Without scan on push, images are stored and deployed without ECR checking their operating
#   system packages against known vulnerabilities (CVEs), so a vulnerable base image reaches
#   production unnoticed and there is no record of what was known when it was pushed. PCI DSS
#   6.3.1 and ISO 27001 A.8.8 ask that vulnerabilities be identified and tracked, and SOC 2
#   CC7.1 that new vulnerabilities be detected; scanning images on push is one way to meet them
#   for container images, and the 11.3.1 mapping (internal vulnerability scans) is a judgement.
#   This judges the repository's own setting: an account that scans every repository through
#   a registry scanning configuration (`aws_ecr_registry_scanning_configuration`, enhanced
#   scanning by Amazon Inspector) is not seen here and would need a waiver. No theme of
#   comply's fits vulnerability management, so none is declared. GDPR prescribes no
#   vulnerability scanning, so none is mapped.
# custom:
#   id: AWS-ECR-003
#   severity: medium
#   kinds: ["AWS::ECR::Repository"]
#   themes: []
#   remediation: >-
#     Add `image_scanning_configuration { scan_on_push = true }` to the `aws_ecr_repository`, or
#     scan every repository with an `aws_ecr_registry_scanning_configuration` (`scan_type =
#     "ENHANCED"`, a `rule` with `scan_frequency = "SCAN_ON_PUSH"` or `"CONTINUOUS_SCAN"`).
#   controls:
#     pci-dss-4.0: ["6.3.1", "11.3.1"]
#     soc2: ["CC7.1"]
#     iso27001-2022: ["A.8.8"]
package comply.aws.ecr.repository_scan_on_push_disabled

import rego.v1

deny contains "images are not scanned for vulnerabilities on push (`image_scanning_configuration.scan_on_push` is false)" if {
	input.resource.attributes.scan_on_push == false
}
