# METADATA
# title: Security group allows high-risk service ports from the internet
# description: >-
#   An ingress rule open to 0.0.0.0/0 or ::/0 that covers a service that should never face the
#   internet: clear-text remote access and file transfer (Telnet, FTP, TFTP, r-services), Windows
#   file sharing and remote management (SMB, NetBIOS, MS RPC, WinRM), VNC, NFS and RPC, LDAP,
#   SNMP, cluster control planes that often answer without authentication (Docker daemon,
#   kubelet, etcd, ZooKeeper, Consul), brokers and search engines (Kafka, RabbitMQ,
#   Elasticsearch transport, Kibana, Cassandra) and UDP amplifiers (Memcached). These are the
#   ports scanned and exploited first: worms and ransomware through SMB, cryptominers through
#   open Docker and kubelet APIs. UDP services are checked over UDP; port ranges and
#   all-traffic rules are included. SSH and RDP (AWS-EC2-003) and TCP database ports
#   (AWS-EC2-004) have policies of their own. The GDPR mapping (confidentiality of processing
#   systems) is a judgement.
# custom:
#   id: AWS-EC2-007
#   severity: high
#   kinds: ["AWS::EC2::SecurityGroup"]
#   themes: [network-segmentation]
#   remediation: >-
#     Remove world `cidr_blocks` / `cidr_ipv4` / `ipv6_cidr_blocks` from rules covering these
#     ports; admit them only from the security groups or private ranges that use them, reach
#     administration and file shares over a VPN or Session Manager, and replace clear-text
#     protocols (Telnet, FTP) with SSH and SFTP.
#   controls:
#     pci-dss-4.0: ["1.2.6", "1.3.1", "1.4.2", "2.2.5"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.20", "A.8.22"]
package comply.aws.ec2.security_group_high_risk_ports_open

import rego.v1

import data.comply.lib

# [service, protocol, first port, last port], in port order.
high_risk := [
	["FTP", "tcp", 20, 21],
	["Telnet", "tcp", 23, 23],
	["TFTP", "udp", 69, 69],
	["RPC portmapper", "tcp", 111, 111],
	["RPC portmapper", "udp", 111, 111],
	["MS RPC", "tcp", 135, 135],
	["NetBIOS", "udp", 137, 138],
	["NetBIOS", "tcp", 139, 139],
	["SNMP", "udp", 161, 161],
	["LDAP", "tcp", 389, 389],
	["LDAP", "udp", 389, 389],
	["SMB", "tcp", 445, 445],
	["rexec/rlogin/rsh", "tcp", 512, 514],
	["NFS", "tcp", 2049, 2049],
	["NFS", "udp", 2049, 2049],
	["ZooKeeper", "tcp", 2181, 2181],
	["Docker daemon", "tcp", 2375, 2376],
	["etcd", "tcp", 2379, 2380],
	["Kibana", "tcp", 5601, 5601],
	["RabbitMQ", "tcp", 5672, 5672],
	["VNC", "tcp", 5900, 5900],
	["WinRM", "tcp", 5985, 5986],
	["Cassandra JMX", "tcp", 7199, 7199],
	["Consul", "tcp", 8500, 8500],
	["Cassandra", "tcp", 9042, 9042],
	["Kafka", "tcp", 9092, 9092],
	["Cassandra Thrift", "tcp", 9160, 9160],
	["Elasticsearch transport", "tcp", 9300, 9300],
	["kubelet", "tcp", 10250, 10250],
	["kubelet read-only", "tcp", 10255, 10255],
	["Memcached", "udp", 11211, 11211],
]

# At most this many services are named in a message; the rest are counted.
named_at_most := 6

deny contains msg if {
	some rule in input.resource.attributes.ingress
	lib.open_to_world(rule)
	services := [service_text(s) | some s in high_risk; covers(rule, s)]
	count(services) > 0
	msg := sprintf("%s opens %s to the internet (%s, %s)", [origin(rule), listing(services), world_sources(rule), span(rule)])
}

# The rule admits some port of the service's range over its protocol.
covers(rule, [_, protocol, first, last]) if {
	rule.protocol in {protocol, "-1"}
	is_number(rule.from_port)
	is_number(rule.to_port)
	rule.from_port <= last
	first <= rule.to_port
}

service_text([name, protocol, first, last]) := sprintf("%s (%s %d)", [name, protocol, first]) if first == last

service_text([name, protocol, first, last]) := sprintf("%s (%s %d-%d)", [name, protocol, first, last]) if first != last

listing(services) := concat(", ", services) if count(services) <= named_at_most

listing(services) := sprintf("%s and %d more high-risk services", [
	concat(", ", array.slice(services, 0, named_at_most)),
	count(services) - named_at_most,
]) if count(services) > named_at_most

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
