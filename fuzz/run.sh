#!/usr/bin/env bash
# fuzz/run.sh SECONDS [TARGET...]: builds the fuzz targets, seeds each target's corpus from the
# repository's own files, runs each target for SECONDS and prints one summary line per target.
# Exits non-zero when any target crashed (panic, abort, timeout or out-of-memory).
#
# Environment:
#   FUZZ_CORPUS     corpus root (default fuzz/corpus); each target uses FUZZ_CORPUS/<target>
#   FUZZ_SANITIZER  cargo-fuzz sanitizer (default `address`; `none` runs about twice as fast)
#   FUZZ_RSS_MB     libFuzzer -rss_limit_mb (default 2048)
#
# Built with the default AddressSanitizer: the C dependencies (aws-lc-sys, libsqlite3-sys) build
# under it as they are (cargo-fuzz instruments only the Rust code; the C code is linked as is).
# Crashes are written to fuzz/artifacts/<target>/; minimize one with
# `cargo +nightly fuzz tmin TARGET fuzz/artifacts/TARGET/crash-...`.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
all=(plan config settings metadata hcl)

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
    echo "usage: fuzz/run.sh SECONDS [TARGET...]   (targets: ${all[*]})" >&2
    exit 2
fi
seconds=$1
shift
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all[@]}")
for t in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $t "* ]] || { echo "unknown target \`$t\` (targets: ${all[*]})" >&2; exit 2; }
done

sanitizer=${FUZZ_SANITIZER:-address}
rss_mb=${FUZZ_RSS_MB:-2048}
corpus_root=${FUZZ_CORPUS:-$here/corpus}

cd "$here"
echo "building ${targets[*]} (sanitizer: $sanitizer)" >&2
if [[ ${#targets[@]} -eq 1 ]]; then
    cargo +nightly fuzz build -s "$sanitizer" "${targets[0]}"
else
    cargo +nightly fuzz build -s "$sanitizer"
fi
bin_dir=$here/target/x86_64-unknown-linux-gnu/release

# Repository files only (never outside it): no build output, no fuzzer output, no .git.
repo_files() { # NAME-GLOB DIR...
    local glob=$1
    shift
    find "$@" \( -name .git -o -name target -o -path "$here/corpus" -o -path "$here/artifacts" \
        -o -path "$here/work" -o -path "$here/coverage" \) -prune -o -type f -name "$glob" -print0 \
        2>/dev/null
}
# Copies files named on stdin (NUL-separated) into DIR under their content's hash.
add_seeds() { # DIR
    local f
    while IFS= read -r -d '' f; do
        cp "$f" "$1/$(sha1sum <"$f" | cut -c1-40)"
    done
}
gzip_seeds() { # DIR: also adds the gzipped form of each file named on stdin
    local f tmp
    tmp=$(mktemp)
    while IFS= read -r -d '' f; do
        gzip -9 -n -c "$f" >"$tmp"
        cp "$tmp" "$1/$(sha1sum <"$tmp" | cut -c1-40)"
    done
    rm -f "$tmp"
}

# AWS Config's envelopes: snapshot and history files (`configurationItems`), the
# BatchGetResourceConfig (`baseConfigurationItems`), SelectResourceConfig (`Results`) and
# GetResourceConfigHistory outputs, change notifications, SNS, EventBridge and rule events, and
# single items or lists of them (`resourceType`).
config_keys='"(configurationItems|baseConfigurationItems|configurationItem|Results|invokingEvent|detail-type|TopicArn|resourceType)"'

seed() { # TARGET DIR
    local dir=$2
    case $1 in
    plan)
        repo_files '*.json' "$repo/fixtures" "$repo/policies" | xargs -0r grep -lZ '"resource_changes"' | add_seeds "$dir"
        repo_files '*.json' "$repo/fixtures/inputs" | add_seeds "$dir" # hand-written bad inputs
        ;;
    config)
        repo_files '*.json*' "$repo/fixtures/config" "$repo/fixtures/corpus/config" | add_seeds "$dir"
        repo_files '*.json' "$repo/fixtures" "$repo/policies" | xargs -0r grep -lZE "$config_keys" | add_seeds "$dir"
        repo_files '*.json' "$repo/fixtures/inputs" | add_seeds "$dir"
        # Gzipped too, as S3 delivers them: the real samples of each envelope.
        repo_files '*.json' "$repo/fixtures/corpus/config" | gzip_seeds "$dir"
        ;;
    settings)
        repo_files '*.toml' "$repo" | add_seeds "$dir"
        ;;
    metadata)
        repo_files '*.rego' "$repo" | add_seeds "$dir"
        ;;
    hcl)
        repo_files '*.tf' "$repo" | add_seeds "$dir"
        ;;
    esac
}

# The hcl target writes its input to a file under $TMPDIR: keep that inside fuzz/target.
export TMPDIR=$here/target/fuzz-tmp
mkdir -p "$TMPDIR"

failed=0
summary=()
for t in "${targets[@]}"; do
    corpus=$corpus_root/$t
    artifacts=$here/artifacts/$t
    log=$here/target/fuzz-$t.log
    mkdir -p "$corpus" "$artifacts"
    seed "$t" "$corpus"
    seeds=$(find "$corpus" -type f | wc -l)
    marker=$(mktemp)
    echo "fuzzing $t for ${seconds}s ($seeds corpus files; log: $log)" >&2
    set +e
    "$bin_dir/$t" "$corpus" -artifact_prefix="$artifacts/" -max_total_time="$seconds" \
        -rss_limit_mb="$rss_mb" -timeout=10 -print_final_stats=1 >"$log" 2>&1
    rc=$?
    set -e
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    size=$(find "$corpus" -type f | wc -l)
    crashes=$(find "$artifacts" -type f -newer "$marker" | wc -l)
    rm -f "$marker"
    line=$(printf '%-9s executions=%-10s corpus=%-6s crashes=%s' "$t" "${execs:-?}" "$size" "$crashes")
    if [[ $rc -ne 0 || $crashes -gt 0 ]]; then
        failed=1
        line+="  (exit $rc; see $log and $artifacts/)"
        grep -m1 -E "panicked at|ERROR: (AddressSanitizer|libFuzzer)" "$log" >&2 || true
    fi
    echo "$line" >&2
    summary+=("$line")
done
rm -rf "$TMPDIR"

echo
echo "summary (${seconds}s per target):"
printf '  %s\n' "${summary[@]}"
exit $failed
