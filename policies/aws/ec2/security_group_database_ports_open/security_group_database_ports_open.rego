# METADATA
# title: Security group allows database ports from the internet
# description: >-
#   An ingress rule open to 0.0.0.0/0 or ::/0 that covers the TCP port of a database, cache or
#   search engine (MySQL, PostgreSQL, SQL Server, Oracle, Redis, Memcached, MongoDB,
#   Elasticsearch/OpenSearch, Redshift; port ranges and all-traffic rules included) lets anyone
#   reach the data store's listener, where it is exposed to credential guessing and engine
#   exploits, and many caches and search engines answer without authentication at all. Data
#   stores should only be reachable from the application tier's security groups. The GDPR
#   mapping (confidentiality of processing systems) is a judgement.
# custom:
#   id: AWS-EC2-004
#   severity: high
#   kinds: ["AWS::EC2::SecurityGroup"]
#   themes: [network-segmentation]
#   remediation: >-
#     Replace world `cidr_blocks` / `cidr_ipv4` / `ipv6_cidr_blocks` on database ports with a
#     `source_security_group_id` (or `referenced_security_group_id`) of the application tier.
#   controls:
#     pci-dss-4.0: ["1.3.1", "1.4.2", "1.4.4"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.ec2.security_group_database_ports_open

import rego.v1

import data.comply.lib

# Default listener ports of database, cache and search engines.
database_ports := {
	1433: "SQL Server",
	1521: "Oracle",
	3306: "MySQL",
	5432: "PostgreSQL",
	5439: "Redshift",
	6379: "Redis",
	9200: "Elasticsearch/OpenSearch",
	11211: "Memcached",
	27017: "MongoDB",
}

deny contains msg if {
	some rule in input.resource.attributes.ingress
	lib.open_to_world(rule)
	ports := [p | some p in sort([k | some k, _ in database_ports]); lib.covers_tcp_port(rule, p)]
	count(ports) > 0
	services := concat(", ", [sprintf("%s port `%d`", [database_ports[p], p]) | some p in ports])
	msg := sprintf("%s opens %s to the internet (%s, %s)", [origin(rule), services, world_sources(rule), span(rule)])
}

# The world ranges of a rule, in backticks.
world_sources(rule) := concat(", ", [sprintf("`%s`", [cidr]) | some cidr in world]) if {
	v4 := [c | some c in rule.ipv4_ranges; c in lib.world_ipv4]
	v6 := [c | some c in rule.ipv6_ranges; c in lib.world_ipv6]
	world := array.concat(v4, v6)
}

# Which rule: the resource that defined it, else its description, else the group itself.
origin(rule) := sprintf("ingress rule `%s`", [rule.defined_by]) if is_string(rule.defined_by)

origin(rule) := sprintf("the group's ingress rule \"%s\"", [rule.description]) if {
	not is_string(rule.defined_by)
	is_string(rule.description)
}

origin(rule) := "an ingress rule of the group" if {
	not is_string(rule.defined_by)
	not is_string(rule.description)
}

span(rule) := "all traffic" if rule.protocol == "-1"

span(rule) := sprintf("%s %d", [rule.protocol, rule.from_port]) if {
	rule.protocol != "-1"
	rule.from_port == rule.to_port
}

span(rule) := sprintf("%s %d-%d", [rule.protocol, rule.from_port, rule.to_port]) if {
	rule.protocol != "-1"
	rule.from_port != rule.to_port
}
