#!/usr/bin/env bash
# The pre-merge gate, as the GitHub Action, the GitLab template and a shell run it: one scan of a
# plan to JSON, then SARIF, JUnit, GitLab Code Quality and the Markdown summary rendered from
# that JSON (`comply report`), so every output tells the same story. Exits with the scan's code:
# 0 clean, 1 findings at or above the threshold, 2 unusable input or settings, 3 incomplete.
#
#   .ci/integrations/gate.sh PLAN.json [comply scan options...]
#
#   COMPLY_BIN   the comply binary (default: `comply` on PATH, else built by install.sh)
#   COMPLY_OUT   where the outputs go (default: comply-results)
#   GITHUB_STEP_SUMMARY, when set (GitHub Actions), gets the Markdown summary appended.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ "$#" -lt 1 ]; then
  echo "usage: gate.sh PLAN.json [comply scan options...]" >&2
  exit 2
fi
plan=$1
shift
out=${COMPLY_OUT:-comply-results}
mkdir -p "$out" || exit 2

bin=${COMPLY_BIN:-}
if [ -z "$bin" ]; then
  if command -v comply >/dev/null; then bin=$(command -v comply); else bin=$("$here/install.sh") || exit 2; fi
fi

"$bin" scan "$plan" "$@" --format json -o "$out/comply.json"
code=$?
if [ "$code" -eq 2 ] || [ ! -s "$out/comply.json" ]; then
  # Nothing trustworthy was evaluated: say so where a reviewer looks, never a green summary.
  msg="comply could not judge \`$plan\` (exit $code): see the job log."
  printf '## comply: not judged\n\n%s\n' "$msg" >"$out/comply.md"
  [ -n "${GITHUB_STEP_SUMMARY:-}" ] && cat "$out/comply.md" >>"$GITHUB_STEP_SUMMARY"
  exit "$code"
fi
render() {
  "$bin" report "$out/comply.json" --format "$1" -o "$out/$2" || {
    echo "error: rendering $2 failed" >&2
    exit 3
  }
}
render sarif comply.sarif
render junit comply.junit.xml
render codequality gl-code-quality-report.json
render summary comply.md
"$bin" report "$out/comply.json"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat "$out/comply.md" >>"$GITHUB_STEP_SUMMARY"
fi
echo "comply: exit $code; reports in $out/" >&2
exit "$code"
