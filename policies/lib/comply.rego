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

# A policy document denies everything (but setting up MFA) on every resource to requests made
# without MFA: the usual "force MFA" statement. A deny of a few actions (`s3:DeleteBucket`
# without MFA) does not make a user's console access MFA-protected.
enforces_mfa(document) if {
	some statement in document.Statement
	statement.Effect == "Deny"
	denies_all_but_mfa_setup(statement)
	"*" in statement.Resource
	condition_false(statement, "aws:multifactorauthpresent")
}

denies_all_but_mfa_setup(statement) if {
	some action in statement.Action
	action in {"*", "*:*"}
}

denies_all_but_mfa_setup(statement) if {
	count(statement.Action) == 0
	count(statement.NotAction) > 0
	every action in statement.NotAction {
		lower(action) in mfa_setup_actions
	}
}

# What a user without MFA may still do in AWS's "force MFA" example: manage their own MFA
# device and password, and see their own user.
mfa_setup_actions := {
	"iam:createvirtualmfadevice", "iam:deletevirtualmfadevice", "iam:enablemfadevice",
	"iam:resyncmfadevice", "iam:deactivatemfadevice", "iam:listmfadevices",
	"iam:listvirtualmfadevices", "iam:listmfadevicetags", "iam:getmfadevice", "iam:getuser",
	"iam:listusers", "iam:changepassword", "iam:getaccountpasswordpolicy",
	"iam:getloginprofile", "iam:getaccountsummary", "iam:listaccountaliases",
	"sts:getsessiontoken",
}

# A bucket policy denies everyone every S3 action on the bucket's objects when the request does
# not use TLS.
denies_insecure_transport(document) if {
	some statement in document.Statement
	statement.Effect == "Deny"
	everyone(statement.Principal)
	some action in statement.Action
	action in {"*", "s3:*"}
	some resource in statement.Resource
	covers_objects(resource)
	condition_false(statement, "aws:securetransport")
}

everyone(principal) if principal == "*"

everyone(principal) if principal.AWS == "*"

everyone(principal) if "*" in principal.AWS

covers_objects(resource) if resource == "*"

covers_objects(resource) if endswith(resource, "/*")

# A `Bool` or `BoolIfExists` condition on `key` (condition keys are case-insensitive) is false.
condition_false(statement, key) if {
	some operator, conditions in statement.Condition
	operator in {"Bool", "BoolIfExists"}
	some k, value in conditions
	lower(k) == key
	condition_is_false(value)
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

# The regions allowed for a classification in comply.toml; undefined when unrestricted. Tag
# values match case-insensitively (`Personal` is `personal`).
allowed_regions(classification) := regions if {
	some class, regions in data.comply.settings.data_residency.allowed_regions
	lower(class) == lower(classification)
}

# Regions (or any names) for a message: each in backticks, comma-separated.
quoted(regions) := concat(", ", [sprintf("`%s`", [r]) | some r in regions])

# The data classification of a resource's tags, per comply.toml.
classification(tags) := tags[data.comply.settings.data_residency.tag_key]

# comply.toml requires a customer managed KMS key for data with these tags.
customer_managed_key_required(tags) if "*" in data.comply.settings.encryption.customer_managed_key_for

customer_managed_key_required(tags) if {
	some class in data.comply.settings.encryption.customer_managed_key_for
	lower(class) == lower(classification(tags))
}

# A KMS key reference that names the AWS managed key of a service (`alias/aws/s3`), or none at
# all (the service then uses that key).
aws_managed_key(key, service) if key == null

aws_managed_key(key, service) if {
	is_string(key)
	endswith(key, sprintf("alias/aws/%s", [service]))
}

# comply.toml's `[segmentation] cardholder` lists the classifications of the cardholder data
# environment.
cardholder_data(tags) if {
	some class in data.comply.settings.segmentation.cardholder
	lower(class) == lower(classification(tags))
}
