#!/usr/bin/env bash
# Opens an HTML report in headless Chromium and checks what a reader would see: the page as
# the browser parsed it (`--dump-dom`) holds every expected text, and a screenshot is written.
#
#   check-html.sh REPORT.html SCREENSHOT.png [EXPECTED_TEXT ...]
#
# An EXPECTED_TEXT of the form `control=FRAMEWORK_ID/CONTROL:STATUS` checks a control's status
# (its details section, id `c-FRAMEWORK_ID-CONTROL`, has `data-status="STATUS"`).
set -euo pipefail
html=$1 png=$2
shift 2
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$browser" ] || { echo "error: no chromium on PATH (hint: apt-get install chromium)" >&2; exit 2; }
[ -s "$html" ] || { echo "error: \`$html\`: no such report" >&2; exit 2; }
profile=$(mktemp -d -t comply-chromium.XXXXXX)
trap 'rm -rf "$profile"' EXIT
# Offline and quiet: no sync, no updates, no network the page could ask for.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --disable-dev-shm-usage --hide-scrollbars "--user-data-dir=$profile")
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
dom=$("$browser" "${flags[@]}" --dump-dom "$url" 2>/dev/null)
[ -n "$dom" ] || { echo "error: chromium rendered nothing for \`$html\`" >&2; exit 1; }
missing=0
for want in "$@"; do
  case $want in
    control=*)
      spec=${want#control=}
      id=${spec%%:*} status=${spec#*:}
      if ! grep -qF "id=\"c-${id/\//-}\" data-status=\"$status\"" <<<"$dom"; then
        echo "error: \`$html\`: control \`$id\` is not shown as \`$status\`" >&2
        missing=1
      fi
      ;;
    *)
      if ! grep -qF -- "$want" <<<"$dom"; then
        echo "error: \`$html\`: \`$want\` is not on the page" >&2
        missing=1
      fi
      ;;
  esac
done
[ "$missing" -eq 0 ] || exit 1
"$browser" "${flags[@]}" --window-size=1280,2400 "--screenshot=$png" "$url" >/dev/null 2>&1
[ -s "$png" ] || { echo "error: no screenshot written to \`$png\`" >&2; exit 1; }
# Printed, as an assessor files it: a PDF with a page per framework at least.
pdf="$profile/report.pdf"
"$browser" "${flags[@]}" --no-pdf-header-footer "--print-to-pdf=$pdf" "$url" >/dev/null 2>&1
pages=$(grep -ac '/Type /Page$\|/Type /Page[^s]' "$pdf" || true)
if [ "$(head -c 4 "$pdf" 2>/dev/null)" != "%PDF" ] || [ "${pages:-0}" -lt 2 ]; then
  echo "error: \`$html\` did not print to a PDF of several pages" >&2
  exit 1
fi
echo "ok: \`$html\` in $("$browser" --version 2>/dev/null | head -1): $# expected texts on the page, screenshot \`$png\`, prints to $pages PDF pages"
