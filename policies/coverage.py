#!/usr/bin/env python3
"""How much of the corpus plans comply judges, measured against checkov's coverage.

    python3 policies/coverage.py --comply target/release/comply --checkov-python PY

Of the resources in `fixtures/corpus/plans/` whose Terraform type checkov has at least one check
for (every `supported_resources` under `checkov/terraform/checks/resource/aws/` of the checkov
that PY imports), the share whose type comply judges: a type that makes or configures a kind
(`comply kinds --format json`) that at least one policy judges. Prints the figure and the types
comply misses, most resources first. The tests never run this; `policies/COVERAGE.md` records
its output.
"""
import argparse
import ast
import collections
import json
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[1]


def checkov_types(python):
    src = subprocess.run(
        [python, "-c", "import checkov, os; print(os.path.dirname(checkov.__file__))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    version = subprocess.run(
        [python, "-c", "import checkov.version as v; print(v.version)"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    types = set()
    for f in sorted(pathlib.Path(src, "terraform/checks/resource/aws").glob("*.py")):
        tree = ast.parse(f.read_text())
        for node in ast.walk(tree):
            # `supported_resources = [...]` / `(...)`, at module or class level or as a keyword.
            value = None
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "supported_resources" for t in node.targets
            ):
                value = node.value
            elif isinstance(node, ast.keyword) and node.arg == "supported_resources":
                value = node.value
            if isinstance(value, (ast.List, ast.Tuple, ast.Set)):
                for e in value.elts:
                    if isinstance(e, ast.Constant) and isinstance(e.value, str):
                        types.add(e.value)
    return version, types


def comply_judged(comply):
    kinds = json.loads(subprocess.run(
        [comply, "kinds", "--format", "json"], check=True, capture_output=True, text=True,
    ).stdout)
    judged = set()
    for k in kinds:
        if k["policies"]:
            judged.update(k["terraform_types"])
            judged.update(k["terraform_satellites"])
    return judged


def corpus_resources():
    out = []
    for plan in sorted((ROOT / "fixtures/corpus/plans").glob("*.json")):
        raw = plan.read_bytes()
        # Plans as Terraform writes them, and one re-encoded as UTF-16 (comply reads both).
        text = raw.decode("utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("utf-8-sig")
        doc = json.loads(text)
        for rc in doc.get("resource_changes") or []:
            if rc.get("mode", "managed") == "managed":
                out.append((plan.name, rc["type"]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--comply", default=str(ROOT / "target/release/comply"))
    ap.add_argument("--checkov-python", default="python3")
    args = ap.parse_args()
    version, checkov = checkov_types(args.checkov_python)
    judged = comply_judged(args.comply)
    resources = [(p, t) for p, t in corpus_resources() if t in checkov]
    hit = [r for r in resources if r[1] in judged]
    missed = collections.Counter(t for _, t in resources if t not in judged)
    print(f"checkov {version}: {len(checkov)} aws resource types with a check")
    print(f"corpus resources of those types: {len(resources)}; judged by comply: {len(hit)} "
          f"({100 * len(hit) / max(len(resources), 1):.1f}%)")
    print("missed types:")
    for t, n in missed.most_common():
        print(f"  {n:4d}  {t}")


if __name__ == "__main__":
    main()
