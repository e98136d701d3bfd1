//! IAM: users, groups, roles and managed policies, with the resources that attach policies to
//! them, sign-in profiles and group memberships; and the account password policy.

use super::planned::Reader;
use super::satellites::parent_types;
use super::table::{Context, Join, Satellite, Table};
use crate::model::*;

pub const USER: Table = Table {
    types: &[("aws_iam_user", |r| Attributes::IamUser(user(r)))],
    satellites: &[
        Satellite {
            tf_type: "aws_iam_user_login_profile",
            join: Join::Parent {
                attr: "user",
                fold: |_, parent, _| set_console(parent, true),
                deleted: Some(|_, parent, _| set_console(parent, false)),
            },
        },
        Satellite {
            tf_type: "aws_iam_user_policy",
            join: Join::Parent {
                attr: "user",
                fold: inline_policy,
                deleted: Some(inline_policy_deleted),
            },
        },
        Satellite {
            tf_type: "aws_iam_user_policy_attachment",
            join: Join::Parent {
                attr: "user",
                fold: attachment,
                deleted: Some(attachment_deleted),
            },
        },
        Satellite {
            tf_type: "aws_iam_user_group_membership",
            join: Join::Parent {
                attr: "user",
                fold: user_groups,
                deleted: None,
            },
        },
    ],
};

pub const GROUP: Table = Table {
    types: &[("aws_iam_group", |r| Attributes::IamGroup(group(r)))],
    satellites: &[
        Satellite {
            tf_type: "aws_iam_group_policy",
            join: Join::Parent {
                attr: "group",
                fold: inline_policy,
                deleted: Some(inline_policy_deleted),
            },
        },
        Satellite {
            tf_type: "aws_iam_group_policy_attachment",
            join: Join::Parent {
                attr: "group",
                fold: attachment,
                deleted: Some(attachment_deleted),
            },
        },
        Satellite {
            tf_type: "aws_iam_group_membership",
            join: Join::Own(group_members),
        },
    ],
};

pub const ROLE: Table = Table {
    types: &[("aws_iam_role", |r| Attributes::IamRole(role(r)))],
    satellites: &[
        Satellite {
            tf_type: "aws_iam_role_policy",
            join: Join::Parent {
                attr: "role",
                fold: inline_policy,
                deleted: Some(inline_policy_deleted),
            },
        },
        Satellite {
            tf_type: "aws_iam_role_policy_attachment",
            join: Join::Parent {
                attr: "role",
                fold: attachment,
                deleted: Some(attachment_deleted),
            },
        },
    ],
};

pub const POLICY: Table = Table {
    types: &[("aws_iam_policy", |r| Attributes::IamPolicy(policy(r)))],
    // Attaches one policy to many identities at once.
    satellites: &[Satellite {
        tf_type: "aws_iam_policy_attachment",
        join: Join::Own(policy_attachment),
    }],
};

pub const ACCOUNT_PASSWORD_POLICY: Table = Table {
    types: &[("aws_iam_account_password_policy", |r| {
        Attributes::IamAccountPasswordPolicy(password_policy(r))
    })],
    satellites: &[],
};

fn user(r: &mut Reader<'_>) -> IamUser {
    let n = r.root();
    IamUser {
        user_name: r.string(n.get("name"), "user_name"),
        path: r.string(n.get("path"), "path"),
        // A login profile in the same plan turns this on.
        console_access: Some(false),
        policies: Vec::new(),
        groups: Vec::new(),
        group_policies: Vec::new(),
        permissions_boundary: r.string(n.get("permissions_boundary"), "permissions_boundary"),
    }
}

fn group(r: &mut Reader<'_>) -> IamGroup {
    IamGroup {
        group_name: r.string(r.root().get("name"), "group_name"),
        policies: Vec::new(),
    }
}

fn policy(r: &mut Reader<'_>) -> IamPolicy {
    let n = r.root();
    IamPolicy {
        policy_name: r.string(n.get("name"), "policy_name"),
        arn: r.string(n.get("arn"), "arn"),
        document: r.policy_document(n.get("policy"), "document"),
        attachment_count: None,
    }
}

fn password_policy(r: &mut Reader<'_>) -> IamAccountPasswordPolicy {
    let n = r.root();
    IamAccountPasswordPolicy {
        minimum_password_length: r.int(
            n.get("minimum_password_length"),
            "minimum_password_length",
            Some(6),
        ),
        require_symbols: r.bool(n.get("require_symbols"), "require_symbols", Some(false)),
        require_numbers: r.bool(n.get("require_numbers"), "require_numbers", Some(false)),
        require_uppercase_characters: r.bool(
            n.get("require_uppercase_characters"),
            "require_uppercase_characters",
            Some(false),
        ),
        require_lowercase_characters: r.bool(
            n.get("require_lowercase_characters"),
            "require_lowercase_characters",
            Some(false),
        ),
        allow_users_to_change_password: r.bool(
            n.get("allow_users_to_change_password"),
            "allow_users_to_change_password",
            Some(true),
        ),
        password_reuse_prevention: r.int(
            n.get("password_reuse_prevention"),
            "password_reuse_prevention",
            Some(0),
        ),
        max_password_age: r.int(n.get("max_password_age"), "max_password_age", Some(0)),
        hard_expiry: r.bool(n.get("hard_expiry"), "hard_expiry", Some(false)),
    }
}

fn role(r: &mut Reader<'_>) -> IamRole {
    let n = r.root();
    let mut role = IamRole {
        role_name: r.string(n.get("name"), "role_name"),
        assume_role_policy: r.policy_document(n.get("assume_role_policy"), "assume_role_policy"),
        policies: Vec::new(),
        max_session_duration: r.int(
            n.get("max_session_duration"),
            "max_session_duration",
            Some(3600),
        ),
    };
    let address = r.planned.address.clone();
    // Both are computed from what is attached when the configuration leaves them out (the
    // policy resources fold in then); written in the configuration and known only after
    // apply, what the role may do is unknown, never empty.
    let inline = n.get("inline_policy");
    if inline.is_wholly_unknown() && r.configured_node(inline) {
        r.mark_unknown("policies");
    }
    for p in inline.items() {
        let document = p.get("policy");
        if document.is_unknown() {
            r.mark_unknown("policies");
        }
        let Some(doc) = document
            .value()
            .map(crate::load::tree::Tree::to_value)
            .as_ref()
            .and_then(PolicyDocument::parse)
        else {
            continue;
        };
        role.policies.push(AttachedPolicy {
            name: p.get("name").as_str().map(str::to_owned),
            arn: None,
            attachment: "inline".into(),
            document: Some(doc),
            defined_by: Some(address.clone()),
        });
    }
    let managed = n.get("managed_policy_arns");
    if managed.is_unknown() && r.configured_node(managed) {
        r.mark_unknown("policies");
    }
    for arn in managed.strings() {
        role.policies.push(managed_by_arn(arn, &address));
    }
    role
}

/// A managed policy known only by its ARN.
fn managed_by_arn(arn: String, defined_by: &str) -> AttachedPolicy {
    AttachedPolicy {
        name: crate::aws::policy_name(&arn)
            .or_else(|| arn.rsplit('/').next())
            .map(str::to_owned),
        arn: Some(arn),
        attachment: "managed".into(),
        document: None,
        defined_by: Some(defined_by.to_string()),
    }
}

fn policies_of(parent: &mut Attributes) -> Option<&mut Vec<AttachedPolicy>> {
    match parent {
        Attributes::IamUser(u) => Some(&mut u.policies),
        Attributes::IamGroup(g) => Some(&mut g.policies),
        Attributes::IamRole(r) => Some(&mut r.policies),
        _ => None,
    }
}

fn set_console(parent: &mut Attributes, on: bool) {
    if let Attributes::IamUser(u) = parent {
        u.console_access = Some(on);
    }
}

/// `aws_iam_user_policy`, `aws_iam_group_policy`, `aws_iam_role_policy`.
fn inline_policy(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>) {
    let n = r.root();
    let document = r.policy_document(n.get("policy"), "policies");
    if n.get("policy").is_unknown() {
        ctx.mark("policies");
    }
    let name = n.get("name").as_str().map(str::to_owned);
    if let Some(policies) = policies_of(parent) {
        // The identity's refreshed inline policies may list it already.
        policies.retain(|p| !(p.attachment == "inline" && p.name == name));
        policies.push(AttachedPolicy {
            name,
            arn: None,
            attachment: "inline".into(),
            document,
            defined_by: Some(ctx.address.clone()),
        });
    }
}

fn inline_policy_deleted(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    let name = r.root().get("name").as_str().map(str::to_owned);
    if let Some(policies) = policies_of(parent) {
        policies.retain(|p| !(p.attachment == "inline" && p.name == name));
    }
}

/// `aws_iam_*_policy_attachment`: a managed policy, with its document when the plan has it.
fn attachment(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>) {
    let p = managed_policy(r, ctx);
    if p.is_hidden() {
        ctx.mark("policies");
    }
    if let Some(policies) = policies_of(parent) {
        if let Some(arn) = &p.arn {
            policies.retain(|q| q.arn.as_deref() != Some(arn));
        }
        policies.push(p);
    }
}

fn attachment_deleted(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    let arn = r.root().get("policy_arn").as_str().map(str::to_owned);
    if let (Some(policies), Some(arn)) = (policies_of(parent), arn) {
        policies.retain(|q| q.arn.as_deref() != Some(arn.as_str()));
    }
}

fn managed_policy(r: &Reader<'_>, ctx: &Context<'_, '_>) -> AttachedPolicy {
    let arn = r.root().get("policy_arn").as_str().map(str::to_owned);
    let target = ctx.joiner.resolve(
        r,
        &["policy_arn"],
        arn.as_deref(),
        &parent_types(Kind::IamPolicy),
    );
    let held = target.and_then(|i| match ctx.attrs[i].as_ref() {
        Some(Attributes::IamPolicy(p)) => Some((p.policy_name.clone(), p.document.clone())),
        _ => None,
    });
    match (held, arn) {
        (Some((name, document)), arn) => AttachedPolicy {
            name,
            arn: arn.or_else(|| target.map(|i| ctx.joiner.planned(i).address.clone())),
            attachment: "managed".into(),
            document,
            defined_by: Some(ctx.address.clone()),
        },
        (None, Some(arn)) => managed_by_arn(arn, &ctx.address),
        (None, None) => AttachedPolicy {
            attachment: "managed".into(),
            defined_by: Some(ctx.address.clone()),
            ..Default::default()
        },
    }
}

/// `aws_iam_policy_attachment`: one policy, attached to users, groups and roles of the plan.
fn policy_attachment(r: &mut Reader<'_>, ctx: &mut Context<'_, '_>) {
    let policy = managed_policy(r, ctx);
    for (field, kind) in [
        ("users", Kind::IamUser),
        ("groups", Kind::IamGroup),
        ("roles", Kind::IamRole),
    ] {
        for i in ctx.joiner.resolve_all(r, field, &parent_types(kind)) {
            if let Some(policies) = ctx.attrs[i].as_mut().and_then(policies_of) {
                policies.push(policy.clone());
            }
            if policy.is_hidden() {
                crate::model::derive::push_unknown(&mut ctx.unknown[i], "attributes.policies");
            }
        }
    }
}

/// `aws_iam_user_group_membership`: the groups of one user.
fn user_groups(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>) {
    let groups = ctx
        .joiner
        .resolve_all(r, "groups", &parent_types(Kind::IamGroup));
    let names: Vec<String> = if groups.is_empty() {
        r.root().get("groups").strings()
    } else {
        groups
            .iter()
            .filter_map(|&g| group_name(ctx.attrs[g].as_ref()))
            .collect()
    };
    if let Attributes::IamUser(user) = parent {
        for g in names {
            if !user.groups.contains(&g) {
                user.groups.push(g);
            }
        }
    }
}

/// `aws_iam_group_membership`: the members of one group.
fn group_members(r: &mut Reader<'_>, ctx: &mut Context<'_, '_>) {
    let group = ctx.joiner.parent(r, "group", &parent_types(Kind::IamGroup));
    let name = group
        .and_then(|g| group_name(ctx.attrs[g].as_ref()))
        .or_else(|| r.root().get("group").as_str().map(str::to_owned));
    let Some(name) = name else {
        return;
    };
    for u in ctx
        .joiner
        .resolve_all(r, "users", &parent_types(Kind::IamUser))
    {
        if let Some(Attributes::IamUser(user)) = ctx.attrs[u].as_mut() {
            if !user.groups.contains(&name) {
                user.groups.push(name.clone());
            }
        }
    }
}

fn group_name(attrs: Option<&Attributes>) -> Option<String> {
    match attrs {
        Some(Attributes::IamGroup(g)) => g.group_name.clone(),
        _ => None,
    }
}
