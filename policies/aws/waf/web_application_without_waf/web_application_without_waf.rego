# METADATA
# title: Internet-facing web application has no AWS WAF web ACL
# description: >-
#   An internet-facing application load balancer, a CloudFront distribution or an API Gateway
#   REST API stage, with no AWS WAF
#   web ACL in front of it answers every request the internet sends: SQL injection, cross-site
#   scripting and bot traffic reach the application unfiltered. PCI DSS 6.4.2 requires an
#   automated technical solution that detects and prevents web-based attacks in front of
#   public-facing web applications; a WAF is the usual one. A plan shows the associations it
#   contains (`aws_wafv2_web_acl_association`), so a load balancer or stage protected by a web ACL
#   managed elsewhere (AWS Firewall Manager, another stack) is reported here and is a waiver;
#   AWS Config does not record associations, so the live scan leaves load balancers unknown.
#   Network load balancers are not judged (WAF cannot protect them); a stage of a private API
#   (reachable only through VPC endpoints) is a waiver.
# custom:
#   id: AWS-WAF-001
#   severity: high
#   kinds: ["AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::CloudFront::Distribution", "AWS::ApiGateway::Stage"]
#   themes: [public-access, network-segmentation]
#   remediation: >-
#     Create an `aws_wafv2_web_acl` (at least the AWS managed rule groups
#     `AWSManagedRulesCommonRuleSet` and `AWSManagedRulesKnownBadInputsRuleSet`) and attach it
#     with `aws_wafv2_web_acl_association` (load balancers) or `web_acl_id` on the
#     `aws_cloudfront_distribution` (a web ACL of scope `CLOUDFRONT`, in us-east-1).
#   controls:
#     pci-dss-4.0: ["6.4.2", "1.4.2"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.6", "CC7.1"]
#     iso27001-2022: ["A.8.20", "A.8.26"]
package comply.aws.waf.web_application_without_waf

import rego.v1

deny contains "internet-facing application load balancer has no AWS WAF web ACL associated" if {
	input.resource.kind == "AWS::ElasticLoadBalancingV2::LoadBalancer"
	input.resource.attributes.load_balancer_type == "application"
	input.resource.attributes.scheme == "internet-facing"
	count(input.resource.attributes.web_acls) == 0
	not "attributes.web_acls" in input.resource.unknown
}

deny contains "CloudFront distribution has no AWS WAF web ACL (`web_acl_id` is not set)" if {
	input.resource.kind == "AWS::CloudFront::Distribution"
	input.resource.attributes.web_acl_id == null
	not "attributes.web_acl_id" in input.resource.unknown
}

deny contains "API Gateway stage has no AWS WAF web ACL associated" if {
	input.resource.kind == "AWS::ApiGateway::Stage"
	input.resource.attributes.web_acl == null
	not "attributes.web_acl" in input.resource.unknown
}
