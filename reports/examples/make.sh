#!/usr/bin/env bash
# Regenerates the committed examples from the bundled showcase scan:
#   compliance.html (and its screenshot compliance.png, taken by headless Chromium),
#   compliance.md, findings.csv.
#
#   reports/examples/make.sh [OUT_DIR]       (default: reports/examples)
#
# `.ci/run` writes them to a scratch folder, checks the page in Chromium and compares the
# Markdown and CSV with the committed ones. The scan time is fixed (SOURCE_DATE_EPOCH), so the
# files change only when the content does. COMPLY_BIN names the binary (default: the debug
# build under CARGO_TARGET_DIR or target/).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(mkdir -p "${1:-$here}" && cd "${1:-$here}" && pwd)
bin=${COMPLY_BIN:-${CARGO_TARGET_DIR:-$root/target}/debug/comply}
cd "$root"
export SOURCE_DATE_EPOCH=1796169600
json=$(mktemp -t comply-showcase.XXXXXX.json)
trap 'rm -f "$json"' EXIT
set +e
"$bin" scan --config fixtures/comply.toml fixtures/plans/themes/plan.json --format json -o "$json"
code=$?
set -e
[ "$code" -le 1 ] || { echo "error: the showcase scan exited $code" >&2; exit 1; }
"$bin" report "$json" --format html -o "$out/compliance.html"
"$bin" report "$json" --format markdown -o "$out/compliance.md"
"$bin" report "$json" --format csv -o "$out/findings.csv"
# Every framework by name, and the known failing control: PCI DSS 3.5.1 (unencrypted
# storage in the showcase) shown as failed.
"$here/check-html.sh" "$out/compliance.html" "$out/compliance.png" \
  "PCI DSS 4.0.1" "SOC 2 2017" "ISO/IEC 27001 2022" "GDPR 2016/679" \
  "control=pci-dss-4.0/3.5.1:failed" "Run manifest" "Exceptions register"
echo "wrote $out/compliance.{html,md,png} and findings.csv" >&2
