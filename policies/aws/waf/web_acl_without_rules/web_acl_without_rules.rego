# METADATA
# title: AWS WAF web ACL allows everything (no rules, default action allow)
# description: >-
#   A web ACL whose default action is `allow` and that has no rules inspects nothing: every
#   request passes, so attaching it to a load balancer or distribution satisfies the letter of
#   "a WAF is in front" (AWS-WAF-001) and none of its purpose (PCI DSS 6.4.2 requires a solution
#   that actively detects and blocks web attacks). A default action of `block` with no rules
#   blocks everything, which is not an exposure.
# custom:
#   id: AWS-WAF-003
#   severity: high
#   kinds: ["AWS::WAFv2::WebACL"]
#   themes: [public-access]
#   remediation: >-
#     Add rules to the `aws_wafv2_web_acl`, at least the AWS managed rule groups
#     `AWSManagedRulesCommonRuleSet` and `AWSManagedRulesKnownBadInputsRuleSet`, or rules of
#     your own for the application's attack surface.
#   controls:
#     pci-dss-4.0: ["6.4.2"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.6", "CC7.1"]
#     iso27001-2022: ["A.8.20", "A.8.26"]
package comply.aws.waf.web_acl_without_rules

import rego.v1

deny contains "web ACL has no rules and its default action is `allow`: it lets every request through" if {
	input.resource.attributes.default_action == "allow"
	count(input.resource.attributes.rules) == 0
	not "attributes.rules" in input.resource.unknown
}
