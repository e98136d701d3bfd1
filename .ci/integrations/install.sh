#!/usr/bin/env bash
# Builds comply from this repository (the action's or template's checkout) into PREFIX/bin, once:
# a second run with the same sources reuses it. Prints the binary's path.
#
#   .ci/integrations/install.sh [PREFIX]     (default: $HOME/.cache/comply/install)
#
# Needs cargo (rustup's stable toolchain). COMPLY_BIN, when set to an existing binary, is used
# as it is and nothing is built.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
prefix=${1:-${COMPLY_PREFIX:-$HOME/.cache/comply/install}}

if [ -n "${COMPLY_BIN:-}" ]; then
  if [ ! -x "$COMPLY_BIN" ]; then
    echo "error: COMPLY_BIN \`$COMPLY_BIN\` is not an executable" >&2
    exit 2
  fi
  echo "$COMPLY_BIN"
  exit 0
fi
if ! command -v cargo >/dev/null; then
  echo "error: cargo is not installed (hint: https://rustup.rs, or set COMPLY_BIN to a comply binary)" >&2
  exit 2
fi
# The sources' hash names the build, so a changed checkout is built again.
stamp=$(cd "$repo" && git rev-parse HEAD 2>/dev/null || echo unknown)
if [ -x "$prefix/bin/comply" ] && [ "$(cat "$prefix/.stamp" 2>/dev/null)" = "$stamp" ] && [ "$stamp" != unknown ]; then
  echo "$prefix/bin/comply"
  exit 0
fi
echo "building comply from $repo into $prefix" >&2
cargo install --quiet --locked --path "$repo/engine" --root "$prefix" --force >&2
echo "$stamp" >"$prefix/.stamp"
echo "$prefix/bin/comply"
