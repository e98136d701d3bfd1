//! The resource type of an item that does not say it: SelectResourceConfig returns only the
//! selected fields, and the type is implied by the query, which the output does not repeat.
//! Told from the resource's own ARN (its ARN format names the type), or for S3 buckets from the
//! supplementary configuration only a bucket has.

use super::item::Item;
use super::reader::{as_str, member};

/// The type, and the resource's own ARN when one was found. `ids` are the item's `ARN` and
/// `resourceId` (which for some types is an ARN).
pub fn resource_type(item: &Item, ids: &[Option<&str>]) -> Option<(&'static str, Option<String>)> {
    let given = ids.iter().flatten().map(|s| s.to_string());
    for arn in given.chain(own_arns(item)) {
        if let Some(ty) = type_of_arn(&arn) {
            return Some((ty, Some(arn)));
        }
    }
    let bucket_keys = [
        "AccessControlList",
        "BucketVersioningConfiguration",
        "BucketLoggingConfiguration",
        "BucketPolicy",
        "ServerSideEncryptionConfiguration",
    ];
    if item
        .supplementary
        .as_ref()
        .is_some_and(|s| bucket_keys.iter().any(|k| s.contains_key(*k)))
    {
        return Some(("AWS::S3::Bucket", None));
    }
    None
}

/// A name for findings when the item has no `resourceId` or `resourceName`.
pub fn name(ty: &str, item: &Item) -> Option<String> {
    let conf = item.configuration.as_ref()?;
    let key = match ty {
        "AWS::S3::Bucket" => "name",
        _ => return None,
    };
    member(conf, key).and_then(as_str)
}

/// ARNs that are the resource's own: the item's `resourceId` when it is an ARN, then the
/// configuration's ARN fields (`arn`, `functionArn`, `TopicArn`, `dBSnapshotArn`, ...), never
/// ARNs of other resources it refers to (`role`, `kmsKeyId`).
fn own_arns(item: &Item) -> Vec<String> {
    let mut out = Vec::new();
    let Some(conf) = item.configuration.as_ref().and_then(|c| c.as_object()) else {
        return out;
    };
    for (k, v) in conf {
        let k = k.to_ascii_lowercase();
        let own = k == "arn"
            || (k.ends_with("arn")
                && ![
                    "role", "kms", "key", "source", "target", "policy", "dlq", "kinesis",
                ]
                .iter()
                .any(|other| k.contains(other)));
        if own {
            if let Some(s) = v.as_str().filter(|s| s.starts_with("arn:")) {
                out.push(s.to_string());
            }
        }
    }
    out
}

/// The Config resource type an ARN names.
pub fn type_of_arn(arn: &str) -> Option<&'static str> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    if parts.len() < 6 || parts[0] != "arn" {
        return None;
    }
    let (service, resource) = (parts[2], parts[5]);
    let prefix = resource.split(['/', ':']).next().unwrap_or("");
    Some(match (service, prefix) {
        ("s3", _) if !resource.contains('/') && parts[3].is_empty() => "AWS::S3::Bucket",
        ("ec2", "security-group") => "AWS::EC2::SecurityGroup",
        ("ec2", "volume") => "AWS::EC2::Volume",
        ("ec2", "instance") => "AWS::EC2::Instance",
        ("rds", "db") => "AWS::RDS::DBInstance",
        ("rds", "cluster") => "AWS::RDS::DBCluster",
        ("rds", "snapshot") => "AWS::RDS::DBSnapshot",
        ("rds", "cluster-snapshot") => "AWS::RDS::DBClusterSnapshot",
        ("elasticache", "replicationgroup") => "AWS::ElastiCache::ReplicationGroup",
        ("dynamodb", "table") if !resource.contains("/stream/") => "AWS::DynamoDB::Table",
        ("kms", "key") => "AWS::KMS::Key",
        ("cloudtrail", "trail") => "AWS::CloudTrail::Trail",
        ("elasticloadbalancing", "listener") => "AWS::ElasticLoadBalancingV2::Listener",
        ("elasticloadbalancing", "loadbalancer")
            if resource.starts_with("loadbalancer/app/")
                || resource.starts_with("loadbalancer/net/") =>
        {
            "AWS::ElasticLoadBalancingV2::LoadBalancer"
        }
        ("iam", "user") => "AWS::IAM::User",
        ("iam", "group") => "AWS::IAM::Group",
        ("iam", "role") => "AWS::IAM::Role",
        ("iam", "policy") => "AWS::IAM::Policy",
        ("lambda", "function") => "AWS::Lambda::Function",
        ("sns", _) if !resource.contains(':') && !resource.contains('/') => "AWS::SNS::Topic",
        ("sqs", _) if !resource.contains('/') => "AWS::SQS::Queue",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arns_name_their_types() {
        for (arn, ty) in [
            ("arn:aws:s3:::logs", Some("AWS::S3::Bucket")),
            ("arn:aws:s3:::logs/key", None),
            (
                "arn:aws:lambda:us-east-2:1:function:f",
                Some("AWS::Lambda::Function"),
            ),
            (
                "arn:aws:sns:ap-northeast-2:1:topic",
                Some("AWS::SNS::Topic"),
            ),
            (
                "arn:aws:rds:us-east-2:1:snapshot:testing",
                Some("AWS::RDS::DBSnapshot"),
            ),
            ("arn:aws:rds:us-east-2:1:db:x", Some("AWS::RDS::DBInstance")),
            (
                "arn:aws:ec2:eu-west-1:1:security-group/sg-1",
                Some("AWS::EC2::SecurityGroup"),
            ),
            ("arn:aws:iam::1:user/path/u", Some("AWS::IAM::User")),
            ("not an arn", None),
        ] {
            assert_eq!(type_of_arn(arn), ty, "{arn}");
        }
    }
}
