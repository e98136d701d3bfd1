# Shared helpers for comply policies. Helpers take values, not whole resources, so that each
# policy's own source shows which attributes it reads (the engine relies on that to report
# `unknown` rather than `pass` when a read value is only known after apply).
package comply.lib

import rego.v1

# A CIDR list or a single rule's ranges includes the whole internet.
world_ipv4 := {"0.0.0.0/0"}

world_ipv6 := {"::/0"}

# rule is an element of a security group's `ingress` or `egress` list.
open_to_world(rule) if {
	some cidr in rule.ipv4_ranges
	cidr in world_ipv4
}

open_to_world(rule) if {
	some cidr in rule.ipv6_ranges
	cidr in world_ipv6
}

# The rule lets TCP traffic reach `port` (all-protocol rules included).
covers_tcp_port(rule, port) if {
	rule.protocol in {"tcp", "-1"}
	is_number(rule.from_port)
	is_number(rule.to_port)
	rule.from_port <= port
	port <= rule.to_port
}

# An IAM statement grants every action on every resource.
allows_everything(statement) if {
	statement.Effect == "Allow"
	some action in statement.Action
	action in {"*", "*:*"}
	some resource in statement.Resource
	resource == "*"
}

# A policy document denies requests made without MFA (the usual "force MFA" statement).
enforces_mfa(document) if {
	some statement in document.Statement
	statement.Effect == "Deny"
	some operator in {"BoolIfExists", "Bool"}
	condition_is_false(statement.Condition[operator]["aws:MultiFactorAuthPresent"])
}

# A bucket policy denies requests that do not use TLS.
denies_insecure_transport(document) if {
	some statement in document.Statement
	statement.Effect == "Deny"
	some action in statement.Action
	action in {"*", "s3:*"}
	condition_is_false(statement.Condition.Bool["aws:SecureTransport"])
}

# Condition values are written as "false", false, or lists of them.
condition_is_false(v) if v == false

condition_is_false(v) if v == "false"

condition_is_false(v) if {
	is_array(v)
	every x in v {
		x in {false, "false"}
	}
}

# The regions allowed for a classification in comply.toml; undefined when unrestricted.
allowed_regions(classification) := regions if {
	regions := data.comply.settings.data_residency.allowed_regions[classification]
}

# The data classification of a resource's tags, per comply.toml.
classification(tags) := tags[data.comply.settings.data_residency.tag_key]
