#!/usr/bin/env python3
"""Deterministic generator of large AWS Config inventories, from the repository's real items.

Usage:
    gen_config.py --items N --seed S --out FILE [--shape snapshot|api]

The templates are the Config items of `fixtures/kinds/*/config.json` (recorded from real
resources, one folder per kind, related items together: an instance with its volumes). An
estate is made of copies of those folders, chosen with weights that follow a typical estate
(many volumes, security groups, roles, log groups and buckets; few trails and clusters), each
copy with its own identifiers (every resourceId and resourceName of the folder renamed alike,
in ARNs and references too, so relations inside a copy hold), spread over accounts (one per
5,000 items) and five regions (two of them outside the EU, for the residency policies).
Account-level items (password policy, EBS encryption by default, S3 account public access
block, Config recorder, GuardDuty, Security Hub) appear once per account and region. About
the templates' own share of items are misconfigured, since the folders hold failing and
passing examples.

Shapes:
  snapshot  the file AWS Config delivers to S3: {"fileVersion", "configSnapshotId",
            "configurationItems": [...]} with `configuration` as an object.
  api       the output of `BatchGetResourceConfig` (what `comply scan --live` reads):
            {"baseConfigurationItems": [...], "unprocessedResourceKeys": []} with
            `accountId` and `configuration` / `supplementaryConfiguration` as JSON strings.

Items are written one at a time, so a million takes little memory. Pure stdlib.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
TEMPLATE_ACCOUNT = "123456789012"
TEMPLATE_REGION = "eu-west-1"
REGIONS = ["eu-west-1", "eu-central-1", "eu-west-1", "us-east-1", "ap-southeast-2"]

# Kinds recorded once per account (global) or once per account and region.
ACCOUNT_LEVEL = {
    "AWS_IAM_AccountPasswordPolicy",
    "AWS_S3_AccountPublicAccessBlock",
}
REGION_LEVEL = {
    "AWS_EC2_EBSEncryptionByDefault",
    "AWS_Config_ConfigurationRecorder",
    "AWS_GuardDuty_Detector",
    "AWS_SecurityHub_Hub",
}

# Relative frequency of each folder in an estate; folders not named weigh 1.
WEIGHTS = {
    "AWS_EC2_Volume": 14,
    "AWS_EC2_SecurityGroup": 12,
    "AWS_EC2_Instance": 8,
    "AWS_IAM_Role": 10,
    "AWS_IAM_Policy": 6,
    "AWS_Logs_LogGroup": 10,
    "AWS_S3_Bucket": 8,
    "AWS_Lambda_Function": 6,
    "AWS_EC2_Subnet": 5,
    "AWS_EC2_RouteTable": 3,
    "AWS_EC2_NetworkAcl": 2,
    "AWS_KMS_Key": 3,
    "AWS_SQS_Queue": 3,
    "AWS_SNS_Topic": 3,
    "AWS_SSM_Parameter": 5,
    "AWS_SecretsManager_Secret": 2,
    "AWS_ECS_TaskDefinition": 3,
    "AWS_ECR_Repository": 2,
    "AWS_DynamoDB_Table": 2,
    "AWS_RDS_DBSnapshot": 2,
    "AWS_RDS_DBInstance": 2,
    "AWS_IAM_User": 2,
    "AWS_EC2_LaunchTemplate": 2,
}


def templates() -> dict[str, list[dict]]:
    out = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "kinds", "*", "config.json"))):
        with open(path) as f:
            doc = json.load(f)
        items = doc["configurationItems"] if isinstance(doc, dict) else doc
        out[os.path.basename(os.path.dirname(path))] = items
    if not out:
        sys.exit(f"gen_config.py: no templates under {ROOT}/fixtures/kinds")
    return out


def rewrite(value, names: dict[str, str], account: str, region: str):
    """The value with the copy's identifiers, account and region."""
    if isinstance(value, dict):
        return {k: rewrite(v, names, account, region) for k, v in value.items()}
    if isinstance(value, list):
        return [rewrite(v, names, account, region) for v in value]
    if isinstance(value, str):
        if value in names:
            return names[value]
        if value.startswith("arn:"):
            parts = value.split(":", 5)
            if len(parts) == 6:
                tail = "/".join(names.get(p, p) for p in parts[5].split("/"))
                tail = ":".join(names.get(p, p) for p in tail.split(":"))
                parts[5] = tail
                value = ":".join(parts)
        if TEMPLATE_ACCOUNT in value:
            value = value.replace(TEMPLATE_ACCOUNT, account)
        if TEMPLATE_REGION in value:
            value = value.replace(TEMPLATE_REGION, region)
        return value
    return value


def copy(items: list[dict], serial: int, account: str, region: str) -> list[dict]:
    suffix = "%x" % serial
    names = {}
    for it in items:
        for key in ("resourceId", "resourceName"):
            v = it.get(key)
            # Short generic names ("default") would rename unrelated strings.
            if isinstance(v, str) and len(v) >= 6 and v not in names:
                names[v] = f"{v}-{suffix}"
    return [rewrite(it, names, account, region) for it in items]


def api_shape(item: dict) -> dict:
    out = {k: v for k, v in item.items() if k not in ("relatedEvents", "relationships", "tags")}
    out["accountId"] = out.pop("awsAccountId", None)
    out["configuration"] = json.dumps(item.get("configuration"), separators=(",", ":"))
    out["supplementaryConfiguration"] = {
        k: v if isinstance(v, str) else json.dumps(v, separators=(",", ":"))
        for k, v in (item.get("supplementaryConfiguration") or {}).items()
    }
    out.pop("configurationItemMD5Hash", None)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", "-o", required=True)
    ap.add_argument("--shape", choices=["snapshot", "api"], default="snapshot")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    folders = templates()
    spread = [k for k in folders if k not in ACCOUNT_LEVEL and k not in REGION_LEVEL]
    weights = [WEIGHTS.get(k, 1) for k in spread]
    accounts = ["%012d" % (210987654321 + 1111 * i) for i in range(max(1, args.items // 5000))]

    written = 0
    serial = 0
    with open(args.out, "w") as out:
        if args.shape == "snapshot":
            out.write('{"fileVersion":"1.0","configSnapshotId":"%08x-0000-4000-8000-%012x",'
                      '"configurationItems":[\n' % (args.seed, args.items))
        else:
            out.write('{"unprocessedResourceKeys":[],"baseConfigurationItems":[\n')

        def emit(items: list[dict]) -> None:
            nonlocal written
            for it in items:
                if written >= args.items:
                    return
                if args.shape == "api":
                    it = api_shape(it)
                out.write(("," if written else "") + json.dumps(it, separators=(",", ":")) + "\n")
                written += 1

        # The account- and region-level items first, then the estate.
        for account in accounts:
            for folder in sorted(ACCOUNT_LEVEL & folders.keys()):
                serial += 1
                emit(copy(folders[folder][:1], serial, account, "global"))
            for region in sorted(set(REGIONS)):
                for folder in sorted(REGION_LEVEL & folders.keys()):
                    serial += 1
                    emit(copy(folders[folder][:1], serial, account, region))
        while written < args.items:
            folder = rng.choices(spread, weights)[0]
            serial += 1
            emit(copy(folders[folder], serial, rng.choice(accounts), rng.choice(REGIONS)))
        out.write("]}\n")
    print(f"wrote {args.out}: {written} configuration items ({args.shape}), "
          f"{len(accounts)} accounts, {len(set(REGIONS))} regions", file=sys.stderr)


if __name__ == "__main__":
    main()
