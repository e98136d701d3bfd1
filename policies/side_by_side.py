#!/usr/bin/env python3
"""The policies' own fail fixtures scanned by comply, checkov and trivy, side by side.

    python3 policies/side_by_side.py --comply BIN --checkov VENV/bin/checkov --trivy TRIVY

Every Terraform plan fixture of a policy folder under `policies/aws/` (`plan.json`, `CASE.json`)
is scanned by comply (with the `comply.toml` beside it, if any), and all of them at once by
checkov (`--framework terraform_plan`) and trivy (`config`). For each `fail_*` resource a policy
expects to fail, per theme of the policy: does comply's policy fail it, and does any check of
the peer fail the same resource address. Prints a Markdown table and, per theme, the resources a
peer misses. The tests never run this; `policies/COVERAGE.md` records its output.
"""
import argparse
import collections
import concurrent.futures
import json
import pathlib
import re
import shutil
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]


def fixtures():
    for rego in sorted(ROOT.glob("policies/aws/*/*/*.rego")):
        if rego.name.endswith("_test.rego"):
            continue
        text = rego.read_text()
        pid = re.search(r"#\s+id:\s*(\S+)", text).group(1)
        themes = re.search(r"#\s+themes:\s*\[([^\]]*)\]", text).group(1)
        themes = [t.strip() for t in themes.split(",") if t.strip()] or ["(none)"]
        for plan in sorted(rego.parent.glob("*.json")):
            doc = json.loads(plan.read_text())
            if "resource_changes" not in doc and "planned_values" not in doc:
                continue  # a Config fixture
            fails = [rc["address"] for rc in doc.get("resource_changes", [])
                     if rc.get("name", "").startswith("fail_") and rc.get("mode") == "managed"]
            if fails:
                yield pid, themes, plan, fails


def comply_fails(comply, plan):
    args = [comply, "scan", str(plan), "--format", "json"]
    config = plan.parent / "comply.toml"
    own = plan.with_suffix(".comply.toml")
    if own.exists():
        config = own
    if config.exists():
        args += ["--config", str(config)]
    out = subprocess.run(args, capture_output=True, text=True).stdout
    return {(f["policy_id"], f["resource"]) for f in json.loads(out)["findings"] if f["status"] == "fail"}


def peer_fails(files, run):
    """{(fixture, resource address)} that any check of the peer fails. Each plan is copied to a
    folder of its own (`pNNNN/tfplan.json`): trivy names its findings by that folder."""
    with tempfile.TemporaryDirectory() as d:
        names = {}
        for i, f in enumerate(files):
            name = f"p{i:04d}"
            pathlib.Path(d, name).mkdir()
            shutil.copy(f, pathlib.Path(d, name, "tfplan.json"))
            names[name] = f
        hits = run(d)
    return {(names[n], a) for n, a in hits if n in names}


def checkov(bin_, d):
    out = subprocess.run([bin_, "-d", d, "--framework", "terraform_plan", "-o", "json", "--quiet",
                          "--compact", "--skip-download"], capture_output=True, text=True).stdout
    data = json.loads(out) if out.strip() else []
    hits = set()
    for report in data if isinstance(data, list) else [data]:
        for c in report.get("results", {}).get("failed_checks", []):
            hits.add((pathlib.PurePosixPath(c["file_path"].lstrip("/")).parts[0], c["resource"]))
    return hits


def trivy(bin_, d):
    """One run per plan: trivy merges the plans of one scan into one `main.tf`."""
    def one(folder):
        out = subprocess.run([bin_, "config", "--skip-check-update", "--format", "json", "--quiet",
                              str(folder)], capture_output=True, text=True).stdout
        found = set()
        for r in json.loads(out).get("Results", []) if out.strip() else []:
            for m in r.get("Misconfigurations") or []:
                if m.get("Status") == "FAIL":
                    found.add((folder.name, m.get("CauseMetadata", {}).get("Resource")))
        return found
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        return set().union(*pool.map(one, sorted(pathlib.Path(d).iterdir())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--comply", required=True)
    ap.add_argument("--checkov", required=True)
    ap.add_argument("--trivy", required=True)
    args = ap.parse_args()
    cases = list(fixtures())
    files = sorted({plan for _, _, plan, _ in cases})
    ck = peer_fails(files, lambda d: checkov(args.checkov, d))
    tv = peer_fails(files, lambda d: trivy(args.trivy, d))
    rows = collections.defaultdict(lambda: [0, 0, 0, 0])
    missed = collections.defaultdict(list)
    for pid, themes, plan, fails in cases:
        found = comply_fails(args.comply, plan)
        for address in fails:
            hit = [(pid, address) in found, (plan, address) in ck, (plan, address) in tv]
            for t in themes:
                row = rows[t]
                row[0] += 1
                for i, h in enumerate(hit):
                    row[i + 1] += h
                if not hit[0]:
                    missed[t].append(f"{pid} {address} (comply)")
    print("| theme | fail resources | comply | checkov | trivy |")
    print("|---|---:|---:|---:|---:|")
    total = [0, 0, 0, 0]
    for t in sorted(rows):
        r = rows[t]
        total = [a + b for a, b in zip(total, r)]
        print(f"| {t} | {r[0]} | {r[1]} | {r[2]} | {r[3]} |")
    print(f"| **policies' fail resources** (a resource counts once per theme) | {total[0]} | {total[1]} | {total[2]} | {total[3]} |")
    for t, m in sorted(missed.items()):
        print(f"\nmissed by comply in {t}: " + "; ".join(m))


if __name__ == "__main__":
    main()
