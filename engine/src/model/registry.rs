//! The registry: one row per kind, carrying every fact about it.
//!
//! A row names the kind (AWS CloudFormation / Config type), its attribute struct, whether it
//! is regional or global, how to recognize its ARN and its resource ids, the Terraform types
//! that make it and the satellite types that fold into it (the service's table in
//! `load/terraform/<service>.rs`), and how AWS Config records it (the normalizer in
//! `load/config/<service>.rs`, or why it does not). Every lookup a loader makes — is a
//! Terraform type modeled, which kind a satellite folds into, which type an ARN names, is a
//! kind global — is derived from these rows, never from a second list.
//!
//! Adding a kind: a row here, the attribute struct in `model/<service>.rs`, its Terraform
//! table in `load/terraform/<service>.rs`, its Config normalizer in `load/config/<service>.rs`,
//! and `fixtures/kinds/<Kind>/` (ARCHITECTURE.md has the steps).

use super::*;
use crate::aws::Arn;
use crate::load::config as cf;
use crate::load::terraform as tf;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Where a kind's resources live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Regional,
    /// One per account (IAM): AWS Config records them in region `global`.
    Global,
    /// comply's own account and region summaries (`model/scope.rs`): made from the input's
    /// resources after loading, never read from an input.
    Summary,
}

/// How AWS Config knows the kind.
pub enum Config {
    Recorded(cf::Normalize),
    /// AWS Config records no item of this kind; the reason is shown where it matters.
    NotRecorded(&'static str),
}

/// Whether an ARN names a resource of a kind.
pub type ArnShape = fn(&Arn<'_>) -> bool;

pub struct Row {
    pub kind: Kind,
    pub scope: Scope,
    pub arn: ArnShape,
    /// For items that do not say their type: the configuration key holding the resource's id,
    /// the prefix its ids have (`sg-`), and a key only this type's configuration has beside it.
    /// Both present, the type is certain.
    pub id_key: Option<(&'static str, &'static str, &'static str)>,
    pub terraform: &'static tf::Table,
    pub config: Config,
}

macro_rules! kinds {
    ($($variant:ident => $name:literal, $attrs:ty { $($field:ident: $value:expr),* $(,)? })*) => {
        /// A resource kind, named as AWS CloudFormation / Config name the type.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
        pub enum Kind {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl Kind {
            pub const ALL: &'static [Kind] = &[$(Kind::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Kind::$variant => $name,)* }
            }

            pub fn parse(name: &str) -> Option<Kind> {
                match name { $($name => Some(Kind::$variant),)* _ => None }
            }

            /// The JSON Schema of this kind's `attributes`.
            pub fn attributes_schema(self) -> schemars::Schema {
                match self { $(Kind::$variant => schemars::schema_for!($attrs),)* }
            }

            /// This kind's registry row.
            pub fn row(self) -> &'static Row {
                &ROWS[self as usize]
            }
        }

        /// Kind-specific attributes; serialized as the bare struct.
        #[derive(Debug, Clone, Serialize, JsonSchema)]
        #[serde(untagged)]
        pub enum Attributes {
            $($variant($attrs),)*
        }

        impl Attributes {
            pub fn kind(&self) -> Kind {
                match self { $(Attributes::$variant(_) => Kind::$variant,)* }
            }

            /// The attributes of a kind with nothing known yet (every field its default).
            pub fn empty(kind: Kind) -> Attributes {
                match kind { $(Kind::$variant => Attributes::$variant(<$attrs>::default()),)* }
            }
        }

        /// In `Kind` order: `ROWS[kind as usize]` is the kind's row.
        pub static ROWS: &[Row] = &[$(Row { kind: Kind::$variant, $($field: $value),* },)*];
    };
}

kinds! {
    Account => "AWS::::Account", Account {
        scope: Scope::Summary,
        arn: |_| false,
        id_key: None,
        terraform: &tf::NO_TYPES,
        config: Config::NotRecorded("comply summarizes the account from its resources"),
    }
    Region => "AWS::::Region", Region {
        scope: Scope::Summary,
        arn: |_| false,
        id_key: None,
        terraform: &tf::NO_TYPES,
        config: Config::NotRecorded("comply summarizes each region from its resources"),
    }
    S3Bucket => "AWS::S3::Bucket", S3Bucket {
        scope: Scope::Regional,
        arn: |a| a.service == "s3" && a.region.is_empty() && !a.resource.contains('/'),
        id_key: None,
        terraform: &tf::s3::BUCKET,
        config: Config::Recorded(|c| Attributes::S3Bucket(cf::s3::bucket(c.head, c.r))),
    }
    Ec2SecurityGroup => "AWS::EC2::SecurityGroup", Ec2SecurityGroup {
        scope: Scope::Regional,
        arn: |a| a.is("ec2", "security-group"),
        id_key: Some(("groupId", "sg-", "ipPermissions")),
        terraform: &tf::ec2::SECURITY_GROUP,
        config: Config::Recorded(|c| Attributes::Ec2SecurityGroup(cf::ec2::security_group(c.head, c.r))),
    }
    Ec2Volume => "AWS::EC2::Volume", Ec2Volume {
        scope: Scope::Regional,
        arn: |a| a.is("ec2", "volume"),
        id_key: Some(("volumeId", "vol-", "attachments")),
        terraform: &tf::ec2::VOLUME,
        config: Config::Recorded(|c| Attributes::Ec2Volume(cf::ec2::volume(c.item, c.r))),
    }
    Ec2Instance => "AWS::EC2::Instance", Ec2Instance {
        scope: Scope::Regional,
        arn: |a| a.is("ec2", "instance"),
        id_key: Some(("instanceId", "i-", "instanceType")),
        terraform: &tf::ec2::INSTANCE,
        config: Config::Recorded(|c| Attributes::Ec2Instance(cf::ec2::instance(c.r, c.links))),
    }
    Ec2Vpc => "AWS::EC2::VPC", Ec2Vpc {
        scope: Scope::Regional,
        arn: |a| a.is("ec2", "vpc"),
        id_key: Some(("vpcId", "vpc-", "cidrBlockAssociationSet")),
        terraform: &tf::vpc::VPC,
        config: Config::Recorded(|c| Attributes::Ec2Vpc(cf::vpc::vpc(c.r))),
    }
    Ec2Subnet => "AWS::EC2::Subnet", Ec2Subnet {
        scope: Scope::Regional,
        arn: |a| a.is("ec2", "subnet"),
        id_key: Some(("subnetId", "subnet-", "availableIpAddressCount")),
        terraform: &tf::vpc::SUBNET,
        config: Config::Recorded(|c| Attributes::Ec2Subnet(cf::vpc::subnet(c.r))),
    }
    Ec2RouteTable => "AWS::EC2::RouteTable", Ec2RouteTable {
        scope: Scope::Regional,
        arn: |a| a.is("ec2", "route-table"),
        id_key: Some(("routeTableId", "rtb-", "routes")),
        terraform: &tf::vpc::ROUTE_TABLE,
        config: Config::Recorded(|c| Attributes::Ec2RouteTable(cf::vpc::route_table(c.r))),
    }
    Ec2InternetGateway => "AWS::EC2::InternetGateway", Ec2InternetGateway {
        scope: Scope::Regional,
        arn: |a| a.is("ec2", "internet-gateway"),
        id_key: Some(("internetGatewayId", "igw-", "attachments")),
        terraform: &tf::vpc::INTERNET_GATEWAY,
        config: Config::Recorded(|c| Attributes::Ec2InternetGateway(cf::vpc::internet_gateway(c.r))),
    }
    Ec2NatGateway => "AWS::EC2::NatGateway", Ec2NatGateway {
        scope: Scope::Regional,
        arn: |a| a.is("ec2", "natgateway"),
        id_key: Some(("natGatewayId", "nat-", "natGatewayAddresses")),
        terraform: &tf::vpc::NAT_GATEWAY,
        config: Config::Recorded(|c| Attributes::Ec2NatGateway(cf::vpc::nat_gateway(c.r))),
    }
    Ec2NetworkAcl => "AWS::EC2::NetworkAcl", Ec2NetworkAcl {
        scope: Scope::Regional,
        arn: |a| a.is("ec2", "network-acl"),
        id_key: Some(("networkAclId", "acl-", "entries")),
        terraform: &tf::vpc::NETWORK_ACL,
        config: Config::Recorded(|c| Attributes::Ec2NetworkAcl(cf::vpc::network_acl(c.r))),
    }
    RdsDbInstance => "AWS::RDS::DBInstance", RdsDbInstance {
        scope: Scope::Regional,
        arn: |a| a.is("rds", "db"),
        id_key: None,
        terraform: &tf::rds::DB_INSTANCE,
        config: Config::Recorded(|c| Attributes::RdsDbInstance(cf::rds::db_instance(c.head, c.r))),
    }
    RdsDbCluster => "AWS::RDS::DBCluster", RdsDbCluster {
        scope: Scope::Regional,
        arn: |a| a.is("rds", "cluster"),
        id_key: None,
        terraform: &tf::rds::DB_CLUSTER,
        config: Config::Recorded(|c| Attributes::RdsDbCluster(cf::rds::db_cluster(c.head, c.r))),
    }
    RdsDbSubnetGroup => "AWS::RDS::DBSubnetGroup", RdsDbSubnetGroup {
        scope: Scope::Regional,
        arn: |a| a.is("rds", "subgrp"),
        id_key: None,
        terraform: &tf::rds::DB_SUBNET_GROUP,
        config: Config::Recorded(|c| Attributes::RdsDbSubnetGroup(cf::rds::db_subnet_group(c.head, c.r))),
    }
    ElastiCacheReplicationGroup => "AWS::ElastiCache::ReplicationGroup", ElastiCacheReplicationGroup {
        scope: Scope::Regional,
        arn: |a| a.is("elasticache", "replicationgroup"),
        id_key: None,
        terraform: &tf::elasticache::REPLICATION_GROUP,
        config: Config::Recorded(|c| Attributes::ElastiCacheReplicationGroup(cf::elasticache::replication_group(c.head, c.r))),
    }
    DynamoDbTable => "AWS::DynamoDB::Table", DynamoDbTable {
        scope: Scope::Regional,
        arn: |a| a.is("dynamodb", "table") && !a.resource_id().contains('/'),
        id_key: None,
        terraform: &tf::dynamodb::TABLE,
        config: Config::Recorded(|c| Attributes::DynamoDbTable(cf::dynamodb::table(c.head, c.r, c.links))),
    }
    KmsKey => "AWS::KMS::Key", KmsKey {
        scope: Scope::Regional,
        arn: |a| a.is("kms", "key"),
        id_key: None,
        terraform: &tf::kms::KEY,
        config: Config::Recorded(|c| Attributes::KmsKey(cf::kms::key(c.r))),
    }
    GuardDutyDetector => "AWS::GuardDuty::Detector", GuardDutyDetector {
        scope: Scope::Regional,
        arn: |a| a.is("guardduty", "detector"),
        id_key: None,
        terraform: &tf::guardduty::DETECTOR,
        config: Config::Recorded(|c| Attributes::GuardDutyDetector(cf::guardduty::detector(c.r))),
    }
    SecurityHubHub => "AWS::SecurityHub::Hub", SecurityHubHub {
        scope: Scope::Regional,
        arn: |a| a.is("securityhub", "hub"),
        id_key: None,
        terraform: &tf::securityhub::HUB,
        config: Config::Recorded(|c| Attributes::SecurityHubHub(cf::securityhub::hub(c.r))),
    }
    // Account-wide, but AWS Config records it in a region, as it does the regional kinds.
    S3AccountPublicAccessBlock => "AWS::S3::AccountPublicAccessBlock", S3AccountPublicAccessBlock {
        scope: Scope::Regional,
        arn: |_| false,
        id_key: None,
        terraform: &tf::s3::ACCOUNT_PUBLIC_ACCESS_BLOCK,
        config: Config::Recorded(|c| Attributes::S3AccountPublicAccessBlock(cf::s3::account_public_access_block(c.r))),
    }
    ConfigConfigurationRecorder => "AWS::Config::ConfigurationRecorder", ConfigConfigurationRecorder {
        scope: Scope::Regional,
        arn: |a| a.is("config", "configuration-recorder"),
        id_key: None,
        terraform: &tf::configservice::RECORDER,
        config: Config::Recorded(|c| Attributes::ConfigConfigurationRecorder(cf::configservice::recorder(c.head, c.r))),
    }
    Ec2EbsEncryptionByDefault => "AWS::EC2::EBSEncryptionByDefault", Ec2EbsEncryptionByDefault {
        scope: Scope::Regional,
        arn: |_| false,
        id_key: None,
        terraform: &tf::ec2::EBS_ENCRYPTION_BY_DEFAULT,
        config: Config::NotRecorded(
            "AWS Config records no item for EBS encryption by default (Security Hub's EC2.7 control judges it live)",
        ),
    }
    CloudTrailTrail => "AWS::CloudTrail::Trail", CloudTrailTrail {
        scope: Scope::Regional,
        arn: |a| a.is("cloudtrail", "trail"),
        id_key: None,
        terraform: &tf::cloudtrail::TRAIL,
        config: Config::Recorded(|c| Attributes::CloudTrailTrail(cf::cloudtrail::trail(c.head, c.r))),
    }
    CloudFrontDistribution => "AWS::CloudFront::Distribution", CloudFrontDistribution {
        scope: Scope::Global,
        arn: |a| a.is("cloudfront", "distribution"),
        id_key: None,
        terraform: &tf::cloudfront::DISTRIBUTION,
        config: Config::Recorded(|c| Attributes::CloudFrontDistribution(cf::cloudfront::distribution(c.r))),
    }
    LambdaFunction => "AWS::Lambda::Function", LambdaFunction {
        scope: Scope::Regional,
        arn: |a| a.is("lambda", "function"),
        id_key: None,
        terraform: &tf::lambda::FUNCTION,
        config: Config::Recorded(|c| Attributes::LambdaFunction(cf::lambda::function(c.head, c.r))),
    }
    EksCluster => "AWS::EKS::Cluster", EksCluster {
        scope: Scope::Regional,
        arn: |a| a.is("eks", "cluster"),
        id_key: None,
        terraform: &tf::eks::CLUSTER,
        config: Config::Recorded(|c| Attributes::EksCluster(cf::eks::cluster(c.head, c.r))),
    }
    SecretsManagerSecret => "AWS::SecretsManager::Secret", SecretsManagerSecret {
        scope: Scope::Regional,
        arn: |a| a.is("secretsmanager", "secret"),
        id_key: None,
        terraform: &tf::secretsmanager::SECRET,
        config: Config::Recorded(|c| Attributes::SecretsManagerSecret(cf::secretsmanager::secret(c.head, c.r))),
    }
    LogsLogGroup => "AWS::Logs::LogGroup", LogsLogGroup {
        scope: Scope::Regional,
        arn: |a| a.is("logs", "log-group"),
        id_key: None,
        terraform: &tf::logs::LOG_GROUP,
        config: Config::NotRecorded(
            "AWS Config records no item for CloudWatch Logs log groups (its rule cloudwatch-log-group-encrypted reads them periodically from the Logs API)",
        ),
    }
    SqsQueue => "AWS::SQS::Queue", SqsQueue {
        scope: Scope::Regional,
        arn: |a| a.service == "sqs" && !a.resource.contains('/'),
        id_key: None,
        terraform: &tf::sqs::QUEUE,
        config: Config::Recorded(|c| Attributes::SqsQueue(cf::sqs::queue(c.head, c.r))),
    }
    OpenSearchDomain => "AWS::OpenSearch::Domain", OpenSearchDomain {
        scope: Scope::Regional,
        arn: |a| a.is("es", "domain"),
        id_key: None,
        terraform: &tf::opensearch::DOMAIN,
        config: Config::Recorded(|c| Attributes::OpenSearchDomain(cf::opensearch::domain(c.head, c.r))),
    }
    Elbv2Listener => "AWS::ElasticLoadBalancingV2::Listener", Elbv2Listener {
        scope: Scope::Regional,
        arn: |a| a.is("elasticloadbalancing", "listener"),
        id_key: None,
        terraform: &tf::elbv2::LISTENER,
        config: Config::Recorded(|c| Attributes::Elbv2Listener(cf::elbv2::listener(c.r))),
    }
    Elbv2LoadBalancer => "AWS::ElasticLoadBalancingV2::LoadBalancer", Elbv2LoadBalancer {
        scope: Scope::Regional,
        // Not classic load balancers (`loadbalancer/name`).
        arn: |a| {
            a.is("elasticloadbalancing", "loadbalancer")
                && ["app/", "net/", "gwy/"].iter().any(|p| a.resource_id().starts_with(p))
        },
        id_key: None,
        terraform: &tf::elbv2::LOAD_BALANCER,
        config: Config::Recorded(|c| Attributes::Elbv2LoadBalancer(cf::elbv2::load_balancer(c.head, c.r))),
    }
    IamUser => "AWS::IAM::User", IamUser {
        scope: Scope::Global,
        arn: |a| a.is("iam", "user"),
        id_key: None,
        terraform: &tf::iam::USER,
        config: Config::Recorded(|c| Attributes::IamUser(cf::iam::user(c.head, c.item, c.r, c.links))),
    }
    IamGroup => "AWS::IAM::Group", IamGroup {
        scope: Scope::Global,
        arn: |a| a.is("iam", "group"),
        id_key: None,
        terraform: &tf::iam::GROUP,
        config: Config::Recorded(|c| Attributes::IamGroup(cf::iam::group(c.head, c.item, c.r, c.links))),
    }
    IamRole => "AWS::IAM::Role", IamRole {
        scope: Scope::Global,
        arn: |a| a.is("iam", "role"),
        id_key: None,
        terraform: &tf::iam::ROLE,
        config: Config::Recorded(|c| Attributes::IamRole(cf::iam::role(c.head, c.item, c.r, c.links))),
    }
    IamPolicy => "AWS::IAM::Policy", IamPolicy {
        scope: Scope::Global,
        arn: |a| a.is("iam", "policy") && a.account != "aws",
        id_key: None,
        terraform: &tf::iam::POLICY,
        config: Config::Recorded(|c| Attributes::IamPolicy(cf::iam::policy(c.head, c.r))),
    }
    IamAccountPasswordPolicy => "AWS::IAM::AccountPasswordPolicy", IamAccountPasswordPolicy {
        scope: Scope::Global,
        arn: |_| false,
        id_key: None,
        terraform: &tf::iam::ACCOUNT_PASSWORD_POLICY,
        config: Config::NotRecorded(
            "AWS Config records no item for the account password policy (Security Hub's IAM.7 control judges it live)",
        ),
    }
    Wafv2WebAcl => "AWS::WAFv2::WebACL", Wafv2WebAcl {
        scope: Scope::Regional,
        arn: |a| a.service == "wafv2" && a.resource.contains("/webacl/"),
        id_key: None,
        terraform: &tf::wafv2::WEB_ACL,
        config: Config::Recorded(|c| Attributes::Wafv2WebAcl(cf::wafv2::web_acl(c.head, c.r))),
    }
    AutoScalingGroup => "AWS::AutoScaling::AutoScalingGroup", AutoScalingGroup {
        scope: Scope::Regional,
        arn: |a| a.is("autoscaling", "autoScalingGroup"),
        id_key: None,
        terraform: &tf::autoscaling::GROUP,
        config: Config::Recorded(|c| Attributes::AutoScalingGroup(cf::autoscaling::group(c.head, c.r))),
    }
    AutoScalingLaunchConfiguration => "AWS::AutoScaling::LaunchConfiguration", AutoScalingLaunchConfiguration {
        scope: Scope::Regional,
        arn: |a| a.is("autoscaling", "launchConfiguration"),
        id_key: None,
        terraform: &tf::autoscaling::LAUNCH_CONFIGURATION,
        config: Config::Recorded(|c| Attributes::AutoScalingLaunchConfiguration(cf::autoscaling::launch_configuration(c.head, c.r))),
    }
    Ec2LaunchTemplate => "AWS::EC2::LaunchTemplate", Ec2LaunchTemplate {
        scope: Scope::Regional,
        arn: |a| a.is("ec2", "launch-template"),
        id_key: None,
        terraform: &tf::ec2::LAUNCH_TEMPLATE,
        config: Config::Recorded(|c| Attributes::Ec2LaunchTemplate(cf::ec2::launch_template(c.head, c.r))),
    }
    // Classic load balancers (`loadbalancer/name`); v2 ones are `loadbalancer/app/...`.
    ElbLoadBalancer => "AWS::ElasticLoadBalancing::LoadBalancer", ElbLoadBalancer {
        scope: Scope::Regional,
        arn: |a| a.is("elasticloadbalancing", "loadbalancer") && !a.resource_id().contains('/'),
        id_key: None,
        terraform: &tf::elb::LOAD_BALANCER,
        config: Config::Recorded(|c| Attributes::ElbLoadBalancer(cf::elb::load_balancer(c.head, c.r))),
    }
    ApiGatewayRestApi => "AWS::ApiGateway::RestApi", ApiGatewayRestApi {
        scope: Scope::Regional,
        // `/restapis/ID`, not its stages or other sub-resources.
        arn: |a| {
            a.service == "apigateway"
                && a.resource.strip_prefix("/restapis/").is_some_and(|id| !id.is_empty() && !id.contains('/'))
        },
        id_key: None,
        terraform: &tf::apigateway::REST_API,
        config: Config::Recorded(|c| Attributes::ApiGatewayRestApi(cf::apigateway::rest_api(c.head, c.r))),
    }
    ApiGatewayStage => "AWS::ApiGateway::Stage", ApiGatewayStage {
        scope: Scope::Regional,
        arn: |a| a.service == "apigateway" && ApiGatewayStage::parse_arn_resource(a.resource).is_some(),
        id_key: None,
        terraform: &tf::apigateway::STAGE,
        config: Config::Recorded(|c| Attributes::ApiGatewayStage(cf::apigateway::stage(c.head, c.r))),
    }
    AcmCertificate => "AWS::ACM::Certificate", AcmCertificate {
        scope: Scope::Regional,
        arn: |a| a.is("acm", "certificate"),
        id_key: None,
        terraform: &tf::acm::CERTIFICATE,
        config: Config::Recorded(|c| Attributes::AcmCertificate(cf::acm::certificate(c.r))),
    }
    SsmParameter => "AWS::SSM::Parameter", SsmParameter {
        scope: Scope::Regional,
        arn: |a| a.is("ssm", "parameter"),
        id_key: None,
        terraform: &tf::ssm::PARAMETER,
        config: Config::NotRecorded(
            "AWS Config records no item for Systems Manager parameters (its SSM types are managed instance inventory, patch and association compliance, documents and file data)",
        ),
    }
    ApiGatewayDomainName => "AWS::ApiGateway::DomainName", ApiGatewayDomainName {
        scope: Scope::Regional,
        arn: |a| {
            a.service == "apigateway"
                && a.resource.strip_prefix("/domainnames/").is_some_and(|n| !n.is_empty() && !n.contains('/'))
        },
        id_key: None,
        terraform: &tf::apigateway::DOMAIN_NAME,
        config: Config::NotRecorded(
            "AWS Config records no item for API Gateway custom domain names (its API Gateway types are REST APIs and stages, and the v2 APIs and stages)",
        ),
    }
    EfsFileSystem => "AWS::EFS::FileSystem", EfsFileSystem {
        scope: Scope::Regional,
        arn: |a| a.is("elasticfilesystem", "file-system"),
        id_key: None,
        terraform: &tf::efs::FILE_SYSTEM,
        config: Config::Recorded(|c| Attributes::EfsFileSystem(cf::efs::file_system(c.r))),
    }
    SnsTopic => "AWS::SNS::Topic", SnsTopic {
        scope: Scope::Regional,
        // Not subscriptions (`topic:subscription-id`).
        arn: |a| a.service == "sns" && !a.resource.contains([':', '/']),
        id_key: None,
        terraform: &tf::sns::TOPIC,
        config: Config::Recorded(|c| Attributes::SnsTopic(cf::sns::topic(c.head, c.r))),
    }
    EcrRepository => "AWS::ECR::Repository", EcrRepository {
        scope: Scope::Regional,
        arn: |a| a.is("ecr", "repository"),
        id_key: None,
        terraform: &tf::ecr::REPOSITORY,
        config: Config::Recorded(|c| Attributes::EcrRepository(cf::ecr::repository(c.head, c.r))),
    }
    KinesisStream => "AWS::Kinesis::Stream", KinesisStream {
        scope: Scope::Regional,
        // Not stream consumers (`stream/name/consumer/...`).
        arn: |a| a.is("kinesis", "stream") && !a.resource_id().contains('/'),
        id_key: None,
        terraform: &tf::kinesis::STREAM,
        config: Config::Recorded(|c| Attributes::KinesisStream(cf::kinesis::stream(c.head, c.r))),
    }
    RedshiftCluster => "AWS::Redshift::Cluster", RedshiftCluster {
        scope: Scope::Regional,
        arn: |a| a.is("redshift", "cluster"),
        id_key: None,
        terraform: &tf::redshift::CLUSTER,
        config: Config::Recorded(|c| Attributes::RedshiftCluster(cf::redshift::cluster(c.head, c.r))),
    }
    BackupVault => "AWS::Backup::BackupVault", BackupVault {
        scope: Scope::Regional,
        arn: |a| a.is("backup", "backup-vault"),
        id_key: None,
        terraform: &tf::backup::VAULT,
        config: Config::Recorded(|c| Attributes::BackupVault(cf::backup::vault(c.head, c.r, c.links))),
    }
    BackupPlan => "AWS::Backup::BackupPlan", BackupPlan {
        scope: Scope::Regional,
        arn: |a| a.is("backup", "backup-plan"),
        id_key: None,
        terraform: &tf::backup::PLAN,
        config: Config::Recorded(|c| Attributes::BackupPlan(cf::backup::plan(c.head, c.r))),
    }
    RdsDbSnapshot => "AWS::RDS::DBSnapshot", RdsDbSnapshot {
        scope: Scope::Regional,
        arn: |a| a.is("rds", "snapshot"),
        id_key: None,
        terraform: &tf::rds::DB_SNAPSHOT,
        config: Config::Recorded(|c| Attributes::RdsDbSnapshot(cf::rds::db_snapshot(c.head, c.r))),
    }
    RdsDbClusterSnapshot => "AWS::RDS::DBClusterSnapshot", RdsDbSnapshot {
        scope: Scope::Regional,
        arn: |a| a.is("rds", "cluster-snapshot"),
        id_key: None,
        terraform: &tf::rds::DB_CLUSTER_SNAPSHOT,
        config: Config::Recorded(|c| Attributes::RdsDbClusterSnapshot(cf::rds::db_cluster_snapshot(c.head, c.r))),
    }
    RdsDbParameterGroup => "AWS::RDS::DBParameterGroup", RdsDbParameterGroup {
        scope: Scope::Regional,
        arn: |a| a.is("rds", "pg"),
        id_key: None,
        terraform: &tf::rds::DB_PARAMETER_GROUP,
        config: Config::NotRecorded(
            "AWS Config does not record RDS DB parameter groups (AWS::RDS::DBParameterGroup is not a supported resource type)",
        ),
    }
    RdsDbClusterParameterGroup => "AWS::RDS::DBClusterParameterGroup", RdsDbParameterGroup {
        scope: Scope::Regional,
        arn: |a| a.is("rds", "cluster-pg"),
        id_key: None,
        terraform: &tf::rds::DB_CLUSTER_PARAMETER_GROUP,
        config: Config::NotRecorded(
            "AWS Config does not record RDS DB cluster parameter groups (AWS::RDS::DBClusterParameterGroup is not a supported resource type)",
        ),
    }
    EcsTaskDefinition => "AWS::ECS::TaskDefinition", EcsTaskDefinition {
        scope: Scope::Regional,
        arn: |a| a.is("ecs", "task-definition"),
        id_key: None,
        terraform: &tf::ecs::TASK_DEFINITION,
        config: Config::Recorded(|c| Attributes::EcsTaskDefinition(cf::ecs::task_definition(c.head, c.r))),
    }
}

/// Config types the model does not judge yet, known by their ARNs so that an item that does
/// not say its type is still counted as what it is rather than refused.
const UNMODELED_ARNS: &[(&str, ArnShape)] = &[];

/// What a Terraform resource type is to the model.
#[derive(Clone, Copy)]
pub enum TerraformRole {
    /// It makes a resource of this kind.
    Parent(Kind, tf::Normalize),
    /// It configures a resource of this kind.
    Satellite(Kind, &'static tf::Satellite),
}

impl TerraformRole {
    pub fn kind(self) -> Kind {
        match self {
            TerraformRole::Parent(k, _) | TerraformRole::Satellite(k, _) => k,
        }
    }
}

static TERRAFORM: LazyLock<HashMap<&'static str, TerraformRole>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    for row in ROWS {
        for (t, normalize) in row.terraform.types {
            let previous = out.insert(*t, TerraformRole::Parent(row.kind, *normalize));
            assert!(previous.is_none(), "`{t}` is registered twice");
        }
        for s in row.terraform.satellites {
            let previous = out.insert(s.tf_type, TerraformRole::Satellite(row.kind, s));
            assert!(previous.is_none(), "`{}` is registered twice", s.tf_type);
        }
    }
    out
});

/// The role of a Terraform type, `None` when the model does not know it.
pub fn terraform(tf_type: &str) -> Option<TerraformRole> {
    TERRAFORM.get(tf_type).copied()
}

/// The Config type an ARN names, modeled or not.
pub fn type_of_arn(arn: &str) -> Option<&'static str> {
    let a = Arn::parse(arn)?;
    ROWS.iter()
        .find(|row| (row.arn)(&a))
        .map(|row| row.kind.as_str())
        .or_else(|| {
            UNMODELED_ARNS
                .iter()
                .find(|(_, is)| is(&a))
                .map(|(name, _)| *name)
        })
}

/// The kind, and the resource id, of a configuration that does not say its type, when its id
/// and a field only that kind has tell it for certain (`groupId: sg-…` beside `ipPermissions`).
pub fn kind_of_configuration(
    conf: &serde_json::Map<String, serde_json::Value>,
) -> Option<(Kind, String)> {
    let mut found = ROWS.iter().filter_map(|row| {
        let (key, prefix, marker) = row.id_key?;
        let id = conf.get(key)?.as_str()?;
        (id.starts_with(prefix) && conf.contains_key(marker)).then(|| (row.kind, id.to_string()))
    });
    let first = found.next()?;
    // Two kinds fit: not certain.
    found.next().is_none().then_some(first)
}

impl Kind {
    pub fn is_global(self) -> bool {
        self.row().scope == Scope::Global
    }

    /// comply's account and region summaries.
    pub fn is_summary(self) -> bool {
        self.row().scope == Scope::Summary
    }

    /// Whether AWS Config records items of this kind.
    pub fn config_recorded(self) -> bool {
        matches!(self.row().config, Config::Recorded(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_in_kind_order() {
        for (i, row) in ROWS.iter().enumerate() {
            assert_eq!(row.kind as usize, i, "{:?}", row.kind);
        }
        // Builds the Terraform index, which refuses a type registered twice.
        assert!(terraform("aws_s3_bucket").is_some());
    }

    #[test]
    fn arns_name_their_types() {
        for (arn, ty) in [
            ("arn:aws:s3:::logs", Some("AWS::S3::Bucket")),
            ("arn:aws-cn:s3:::logs", Some("AWS::S3::Bucket")),
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
                "arn:aws-us-gov:ec2:us-gov-west-1:1:security-group/sg-1",
                Some("AWS::EC2::SecurityGroup"),
            ),
            ("arn:aws:iam::1:user/path/u", Some("AWS::IAM::User")),
            ("arn:aws:iam::aws:policy/AdministratorAccess", None),
            ("arn:aws:dynamodb:eu-west-1:1:table/t/stream/2020", None),
            (
                "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/web",
                Some("AWS::ElasticLoadBalancing::LoadBalancer"),
            ),
            (
                "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/web/50dc6c495c0c9188",
                Some("AWS::ElasticLoadBalancingV2::LoadBalancer"),
            ),
            (
                "arn:aws:autoscaling:eu-west-1:1:autoScalingGroup:8d0f2a4c:autoScalingGroupName/web",
                Some("AWS::AutoScaling::AutoScalingGroup"),
            ),
            (
                "arn:aws:autoscaling:eu-west-1:1:launchConfiguration:3c5e7a9b:launchConfigurationName/web",
                Some("AWS::AutoScaling::LaunchConfiguration"),
            ),
            (
                "arn:aws:ec2:eu-west-1:1:launch-template/lt-0a2c4e6f8b1d3f5a7",
                Some("AWS::EC2::LaunchTemplate"),
            ),
            (
                "arn:aws:elasticfilesystem:eu-west-1:1:file-system/fs-0a1b2c3d",
                Some("AWS::EFS::FileSystem"),
            ),
            ("arn:aws:sns:eu-west-1:1:alerts:0f1e2d3c", None),
            (
                "arn:aws:ecr:eu-west-1:1:repository/team/api",
                Some("AWS::ECR::Repository"),
            ),
            (
                "arn:aws:kinesis:eu-west-1:1:stream/clicks",
                Some("AWS::Kinesis::Stream"),
            ),
            (
                "arn:aws:kinesis:eu-west-1:1:stream/clicks/consumer/c:1",
                None,
            ),
            (
                "arn:aws:redshift:eu-west-1:1:cluster:warehouse",
                Some("AWS::Redshift::Cluster"),
            ),
            ("not an arn", None),
        ] {
            assert_eq!(type_of_arn(arn), ty, "{arn}");
        }
    }
}
