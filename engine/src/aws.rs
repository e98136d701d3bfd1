//! AWS's own rules, written once for every loader: ARNs in every partition, region names,
//! AWS managed policies, and the defaults AWS applies when nothing is configured.
//!
//! Nothing here slices a string by byte index: every input string is split on ASCII
//! separators, so a multi-byte character anywhere is just an unusual (and rejected) value.

/// Partitions and the region prefixes that belong to each.
pub const PARTITIONS: &[&str] = &["aws", "aws-us-gov", "aws-cn", "aws-iso", "aws-iso-b"];

/// A parsed ARN: `arn:partition:service:region:account:resource`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arn<'a> {
    pub partition: &'a str,
    pub service: &'a str,
    /// Empty for global services (IAM, S3 buckets).
    pub region: &'a str,
    /// Empty for S3 buckets and AWS managed IAM policies (`aws`).
    pub account: &'a str,
    /// Everything after the fifth colon (`security-group/sg-1`, `db:name`, `bucket`).
    pub resource: &'a str,
}

impl<'a> Arn<'a> {
    /// `None` for anything that is not an ARN of a known partition.
    pub fn parse(s: &'a str) -> Option<Arn<'a>> {
        let mut parts = s.splitn(6, ':');
        if parts.next()? != "arn" {
            return None;
        }
        let partition = parts.next()?;
        if !PARTITIONS.contains(&partition) {
            return None;
        }
        let arn = Arn {
            partition,
            service: parts.next()?,
            region: parts.next()?,
            account: parts.next()?,
            resource: parts.next()?,
        };
        (!arn.service.is_empty() && !arn.resource.is_empty()).then_some(arn)
    }

    /// The resource's type word (`security-group`, `db`, `function`), before `/` or `:`;
    /// empty when the resource is a bare name (S3 buckets, SQS queues, SNS topics).
    pub fn resource_type(&self) -> &'a str {
        self.resource.split_once(['/', ':']).map_or("", |(t, _)| t)
    }

    /// The resource's own id: what follows the type word (`sg-1`, `name`), or the whole
    /// resource when it has no type word.
    pub fn resource_id(&self) -> &'a str {
        self.resource
            .split_once(['/', ':'])
            .map_or(self.resource, |(_, id)| id)
    }

    /// Of this service, with this resource type word.
    pub fn is(&self, service: &str, resource_type: &str) -> bool {
        self.service == service && self.resource_type() == resource_type
    }

    pub fn region(&self) -> Option<&'a str> {
        (!self.region.is_empty()).then_some(self.region)
    }

    pub fn account(&self) -> Option<&'a str> {
        is_account(self.account).then_some(self.account)
    }
}

/// Twelve digits (placeholders such as `AccountId` are not accounts).
pub fn is_account(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// `eu-west-1`, `us-gov-west-1`, `cn-north-1`, `ap-southeast-2`, `us-isob-east-1`: a two-letter
/// area, lower-case words, and a number. Not zones (`us-west-2b`) and not `global`.
pub fn is_region(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let word = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase());
    parts.len() >= 3
        && parts[0].len() == 2
        && word(&parts[0])
        && parts[1..parts.len() - 1].iter().all(word)
        && parts
            .last()
            .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The partition a region belongs to.
pub fn partition_of(region: &str) -> &'static str {
    if region.starts_with("us-gov-") {
        "aws-us-gov"
    } else if region.starts_with("cn-") {
        "aws-cn"
    } else if region.starts_with("us-isob-") {
        "aws-iso-b"
    } else if region.starts_with("us-iso-") {
        "aws-iso"
    } else {
        "aws"
    }
}

/// An AWS managed IAM policy (`arn:<partition>:iam::aws:policy/...`): AWS publishes what it
/// grants, so it is known by name even when no input holds its document.
pub fn is_aws_managed_policy(arn: &str) -> bool {
    Arn::parse(arn).is_some_and(|a| {
        a.service == "iam" && a.account == "aws" && a.resource.starts_with("policy/")
    })
}

/// The name of a managed policy (`AdministratorAccess`) from its ARN, path included or not.
pub fn policy_name(arn: &str) -> Option<&str> {
    let a = Arn::parse(arn)?;
    a.resource.rsplit('/').next().filter(|n| !n.is_empty())
}

/// A bucket's ARN in each partition; S3 bucket ARNs name no region or account.
pub fn bucket_arns(name: &str) -> impl Iterator<Item = String> + '_ {
    PARTITIONS
        .iter()
        .map(move |p| format!("arn:{p}:s3:::{name}"))
}

/// The bucket a bucket ARN names (`arn:aws:s3:::name`), not an object ARN.
pub fn bucket_of_arn(arn: &str) -> Option<&str> {
    let a = Arn::parse(arn)?;
    (a.service == "s3" && a.region.is_empty() && !a.resource.contains('/')).then_some(a.resource)
}

/// S3's default encryption when a bucket configures none: SSE-S3 (AES-256) since January 2023.
pub const S3_DEFAULT_SSE: &str = "AES256";

/// The ELB security policy an HTTPS/TLS listener gets when none is given.
pub const ELB_DEFAULT_SSL_POLICY: &str = "ELBSecurityPolicy-2016-08";

/// The port an RDS engine listens on when none is set (`postgres`, `aurora-mysql`,
/// `sqlserver-se`, `oracle-ee`, …).
pub fn rds_default_port(engine: &str) -> Option<i64> {
    const PORTS: &[(&str, i64)] = &[
        ("aurora-postgresql", 5432),
        ("postgres", 5432),
        ("aurora-mysql", 3306),
        ("aurora", 3306),
        ("mysql", 3306),
        ("mariadb", 3306),
        ("oracle-", 1521),
        ("custom-oracle-", 1521),
        ("sqlserver-", 1433),
        ("custom-sqlserver-", 1433),
        ("db2-", 50000),
    ];
    PORTS
        .iter()
        .find(|(prefix, _)| engine.starts_with(prefix))
        .map(|(_, port)| *port)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arns_of_every_partition_parse() {
        let a = Arn::parse("arn:aws-us-gov:ec2:us-gov-west-1:123456789012:security-group/sg-1")
            .unwrap();
        assert_eq!(a.partition, "aws-us-gov");
        assert_eq!(a.resource_type(), "security-group");
        assert_eq!(a.resource_id(), "sg-1");
        assert_eq!(a.region(), Some("us-gov-west-1"));
        assert_eq!(a.account(), Some("123456789012"));
        let b = Arn::parse("arn:aws-cn:s3:::logs").unwrap();
        assert_eq!((b.resource_type(), b.resource_id()), ("", "logs"));
        assert_eq!(bucket_of_arn("arn:aws-cn:s3:::logs"), Some("logs"));
        assert_eq!(bucket_of_arn("arn:aws:s3:::logs/key"), None);
        assert!(Arn::parse("arn:nope:s3:::logs").is_none());
        assert!(Arn::parse("arn:aws:s3").is_none());
        assert!(Arn::parse("not an arn").is_none());
        assert!(Arn::parse("arn:aws:ec2:é:1:x/ü").is_some_and(|a| a.region() == Some("é")));
    }

    #[test]
    fn managed_policies_in_every_partition() {
        for arn in [
            "arn:aws:iam::aws:policy/AdministratorAccess",
            "arn:aws-us-gov:iam::aws:policy/AdministratorAccess",
            "arn:aws-cn:iam::aws:policy/job-function/ViewOnlyAccess",
        ] {
            assert!(is_aws_managed_policy(arn), "{arn}");
        }
        assert!(!is_aws_managed_policy(
            "arn:aws:iam::123456789012:policy/aws/x"
        ));
        assert!(!is_aws_managed_policy("arn:aws:s3:::iam::aws:policy/x"));
        assert_eq!(
            policy_name("arn:aws-cn:iam::aws:policy/job-function/ViewOnlyAccess"),
            Some("ViewOnlyAccess")
        );
    }

    #[test]
    fn regions_are_told_from_zones_and_partitions() {
        for r in ["eu-west-1", "us-gov-west-1", "cn-north-1", "us-isob-east-1"] {
            assert!(is_region(r), "{r}");
        }
        for r in [
            "us-west-2b",
            "global",
            "123456789012",
            "eu-west-",
            "EU-west-1",
            "eu-wést-1",
        ] {
            assert!(!is_region(r), "{r}");
        }
        assert_eq!(partition_of("cn-north-1"), "aws-cn");
        assert_eq!(partition_of("us-gov-east-1"), "aws-us-gov");
        assert_eq!(partition_of("eu-west-1"), "aws");
    }

    #[test]
    fn rds_engines_have_their_default_ports() {
        assert_eq!(rds_default_port("aurora-postgresql"), Some(5432));
        assert_eq!(rds_default_port("aurora-mysql"), Some(3306));
        assert_eq!(rds_default_port("sqlserver-ee"), Some(1433));
        assert_eq!(rds_default_port("oracle-se2"), Some(1521));
        assert_eq!(rds_default_port("neptune"), None);
    }
}
