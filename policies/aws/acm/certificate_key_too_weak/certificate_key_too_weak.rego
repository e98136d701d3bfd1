# METADATA
# title: ACM certificate has an RSA key shorter than 2048 bits
# description: >-
#   An RSA key of 1024 bits is no longer strong cryptography: it can be factored with resources
#   well within reach of a determined attacker, who could then impersonate the service or, for
#   key exchanges without forward secrecy, decrypt recorded traffic. ACM issues 2048-bit or
#   stronger keys, so a weak key comes with an imported certificate (managed Config rule
#   ACM_CERTIFICATE_RSA_CHECK, Security Hub's ACM.2). ECDSA keys pass.
# custom:
#   id: AWS-ACM-001
#   severity: high
#   kinds: ["AWS::ACM::Certificate"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Reissue the certificate with an RSA key of at least 2048 bits (or an ECDSA P-256/P-384 key)
#     and import it again, or request one from ACM (`key_algorithm = "RSA_2048"` or
#     `"EC_prime256v1"` on the `aws_acm_certificate`).
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.acm.certificate_key_too_weak

import rego.v1

deny contains msg if {
	algorithm := input.resource.attributes.key_algorithm
	is_string(algorithm)
	regex.match(`^RSA_[0-9]+$`, algorithm)
	to_number(substring(algorithm, 4, -1)) < 2048
	msg := sprintf("the certificate's key is `%s`, an RSA key shorter than 2048 bits", [algorithm])
}
