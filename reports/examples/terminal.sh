#!/usr/bin/env bash
# Captures the showcase scan's terminal output as a real terminal shows it: comply runs in a
# tmux pane of each width (so stdout is a tty: box drawing, colour, the pane's width), and the
# pane's text is saved as terminal-WIDTH.txt (terminal-WIDTH.ansi keeps the colours).
#
#   reports/examples/terminal.sh [OUT_DIR]       (default: reports/examples)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(mkdir -p "${1:-$here}" && cd "${1:-$here}" && pwd)
bin=${COMPLY_BIN:-${CARGO_TARGET_DIR:-$root/target}/debug/comply}
command -v tmux >/dev/null || { echo "error: no tmux (hint: apt-get install tmux)" >&2; exit 2; }
base="comply-examples-$$"
for width in 80 120; do
  session="$base-$width"
  tmux -L "$session" new-session -d -s "$session" -x "$width" -y 50 -c "$root" \
    "env -u COLUMNS -u NO_COLOR TERM=xterm-256color SOURCE_DATE_EPOCH=1796169600 \
     '$bin' scan --config fixtures/comply.toml fixtures/plans/themes/plan.json; \
     echo \"[exit \$?]\"; tmux -L '$session' wait-for -S done; sleep 600"
  tmux -L "$session" wait-for done
  # The whole history, not only the visible 50 lines.
  tmux -L "$session" capture-pane -p -J -S - -E - -t "$session" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$out/terminal-$width.txt"
  tmux -L "$session" capture-pane -p -e -S - -E - -t "$session" >"$out/terminal-$width.ansi"
  tmux -L "$session" kill-server
done
echo "wrote $out/terminal-80.txt and terminal-120.txt" >&2
