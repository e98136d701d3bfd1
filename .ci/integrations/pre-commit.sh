#!/usr/bin/env bash
# The pre-commit hook (`.pre-commit-hooks.yaml`): for each Terraform root among the staged .tf
# files' directories, plans it and gates what the plan changes.
#
#   .ci/integrations/pre-commit.sh FILE.tf...       (pre-commit passes the staged files)
#
# A root is a directory `terraform init` has run in (it holds `.terraform/`); files elsewhere
# (modules) are named and left to the roots that call them. The plan is made with
# `-refresh=false`: offline from state, with the credentials the provider needs to start.
#   COMPLY_BIN      the comply binary (default: `comply` on PATH, else built by install.sh)
#   COMPLY_ARGS     extra `comply scan` options (default: `--changed-only`)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${COMPLY_BIN:-}
if [ -z "$bin" ]; then
  if command -v comply >/dev/null; then bin=$(command -v comply); else bin=$("$here/install.sh") || exit 2; fi
fi
if ! command -v terraform >/dev/null; then
  echo "comply: terraform is not installed: nothing could be judged" >&2
  exit 2
fi
read -r -a extra <<<"${COMPLY_ARGS:---changed-only}"
mapfile -t dirs < <(for f in "$@"; do dirname "$f"; done | sort -u)
worst=0
for dir in "${dirs[@]}"; do
  if [ ! -d "$dir/.terraform" ]; then
    echo "comply: $dir is not an initialised root (no .terraform/): judged through the roots that use it" >&2
    continue
  fi
  tmp=$(mktemp -d)
  if ! (cd "$dir" && terraform plan -input=false -refresh=false -lock=false -out="$tmp/plan.out" >"$tmp/plan.log" 2>&1 \
        && terraform show -json "$tmp/plan.out" >"$tmp/plan.json"); then
    echo "comply: terraform plan failed in $dir:" >&2
    cat "$tmp/plan.log" >&2
    rm -rf "$tmp"
    exit 2
  fi
  "$bin" scan "$tmp/plan.json" --source-dir "$dir" "${extra[@]}"
  code=$?
  rm -rf "$tmp"
  [ "$code" -gt "$worst" ] && worst=$code
done
exit "$worst"
