#!/usr/bin/env bash
# comply against checkov 3.3 on generated Terraform plans, and comply alone on generated AWS Config
# inventories (snapshot and API shapes). Writes a Markdown fragment: the machine, one row per run,
# checkov/comply ratios, thread scaling, Config time per 100k items, and the targets met or not.
#
# Usage: benches/compare.sh [--out benches/RESULTS-table.md] [--sizes small|full] [--work DIR]
#                           [--comply PATH]
#
#   --out     the fragment (default: benches/RESULTS-table.md in the repository)
#   --sizes   full: plans of 1k, 10k, 100k resources, inventories of 10k, 100k, 1M items, checkov
#             on every plan, threads compared on the 100k plan (default);
#             small: the 1k plan and the 10k inventories, checkov and threads on the 1k plan
#   --work    where inputs and outputs go; inputs already there are reused
#             (default: ~/.cache/comply/compare)
#   --comply  the binary (default: $CARGO_TARGET_DIR/release/comply, else target/release/comply,
#             built with `cargo build --release -p comply` when missing)
#
# Every run is measured with GNU time (wall, user and system CPU, peak RSS). comply runs are best
# of 3 by wall time; checkov runs once, under `timeout 900`.
set -euo pipefail

usage() { sed -n '6,16s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
log() { printf '[compare] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 2; }

# Absolute form of a path given relative to the caller's directory.
absolute() { case "$1" in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$PWD" "$1" ;; esac; }

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/benches/RESULTS-table.md"
sizes="full"
work="$HOME/.cache/comply/compare"
comply=""

while (($#)); do
  case "$1" in
    --out) out="$(absolute "${2:?--out needs a file}")"; shift 2 ;;
    --sizes) sizes="${2:?--sizes needs small or full}"; shift 2 ;;
    --work) work="$(absolute "${2:?--work needs a directory}")"; shift 2 ;;
    --comply) comply="$(absolute "${2:?--comply needs a path}")"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

case "$sizes" in
  full) plan_sizes=(1000 10000 100000) config_sizes=(10000 100000 1000000)
        checkov_sizes=(1000 10000 100000) thread_size=100000 ;;
  small) plan_sizes=(1000) config_sizes=(10000) checkov_sizes=(1000) thread_size=1000 ;;
  *) die "--sizes is small or full, not '$sizes'" ;;
esac

load_at_start="$(cut -d ' ' -f 1-3 /proc/loadavg)"
cd "$repo"
[[ -x /usr/bin/time ]] || die "GNU time is needed at /usr/bin/time (apt-get install time)"
mkdir -p "$work" "$(dirname "$out")"
venv="$HOME/.cache/comply/checkov-venv"
checkov_limit=900

# ---------------------------------------------------------------------------------------------
# Small helpers: arithmetic with awk, commands for the fragment, numbers for the table.

# num FORMAT EXPR: print EXPR (awk arithmetic on plain numbers) with printf FORMAT.
num() { awk "BEGIN { printf \"$1\", $2 }"; }
# lt A B: true when A < B.
lt() { awk "BEGIN { exit !($1 < $2) }"; }
# mb BYTES: decimal megabytes, one decimal.
mb() { num '%.1f' "$1 / 1000000"; }
# thousands N: 1234567 -> 1,234,567
thousands() { printf '%s' "$1" | sed ':a; s/\B[0-9]\{3\}\>/,&/; ta'; }

# The commands that made the fragment, in order, for its "how it was made" block.
commands=()
# shown ARGS...: one shell-quoted command line, with $HOME written as ~.
shown() {
  local line
  line="$(printf '%q ' "$@")"
  line="${line% }"
  printf '%s' "${line//"$HOME"/\~}"
}
note() { commands+=("$*"); }

# ---------------------------------------------------------------------------------------------
# Measuring.

# measure NAME STDOUT CMD...: run CMD under GNU time, its stdout to STDOUT and its stderr to
# WORK/NAME.err. Sets M_RC (exit code), M_WALL, M_CPU (user + system, s) and M_RSS_KB.
measure() {
  local name="$1" stdout="$2"
  shift 2
  local tf="$work/$name.time" user sys
  M_RC=0
  /usr/bin/time -f '%e %U %S %M' -o "$tf" "$@" >"$stdout" 2>"$work/$name.err" || M_RC=$?
  # On a non-zero exit GNU time writes "Command exited with non-zero status N" first.
  read -r M_WALL user sys M_RSS_KB < <(tail -n 1 "$tf")
  M_CPU="$(num '%.2f' "$user + $sys")"
}

# Results, by run key: WALL, CPU, RSS (KB), STATE (ok, failed, timeout), WHAT (findings).
declare -A WALL CPU RSS STATE WHAT

# best_of_3 KEY CMD...: run a comply command 3 times and keep the fastest. Exit 1 (findings) is
# expected; 2 and above is a failure: its stderr is printed and the run recorded as failed.
best_of_3() {
  local key="$1" i
  shift
  STATE[$key]=ok
  for i in 1 2 3; do
    measure "$key" /dev/null "$@"
    if ((M_RC >= 2)); then
      log "$key: comply exited $M_RC (run $i); its stderr:"
      sed 's/^/    /' "$work/$key.err" >&2
      STATE[$key]="failed (exit $M_RC)"
      return 0
    fi
    if [[ -z "${WALL[$key]:-}" ]] || lt "$M_WALL" "${WALL[$key]}"; then
      WALL[$key]="$M_WALL" CPU[$key]="$M_CPU" RSS[$key]="$M_RSS_KB"
    fi
  done
  log "$key: best of 3 ${WALL[$key]} s, $(mb "$((${RSS[$key]} * 1024))") MB"
}

# count_comply REPORT: "N findings, F fail" from a `--format json` report.
count_comply() {
  python3 - "$1" <<'PY'
import json, sys
try:
    report = json.load(open(sys.argv[1]))
except (OSError, ValueError):
    print("? (no JSON report)")
    sys.exit()
findings = report["findings"] if isinstance(report, dict) else report
fails = sum(1 for f in findings if f.get("status") == "fail")
print(f"{len(findings):,} findings, {fails:,} fail")
PY
}

# count_checkov REPORT ERRLOG: "F failed checks (P passed)"; checkov writes one report or a list
# of them. With --quiet it leaves passed checks out of the lists, so the counts are its summary's.
count_checkov() {
  local crashed
  python3 - "$1" <<'PY'
import json, sys
try:
    data = json.load(open(sys.argv[1]))
except (OSError, ValueError):
    print("? (no JSON report)", end="")
    sys.exit()
reports = [r for r in (data if isinstance(data, list) else [data]) if isinstance(r, dict)]
failed = passed = 0
for r in reports:
    summary = r.get("summary", {})
    failed += summary.get("failed", len(r.get("results", {}).get("failed_checks", [])))
    passed += summary.get("passed", 0)
print(f"{failed:,} failed checks ({passed:,} passed)", end="")
PY
  crashed="$(grep -c 'Failed to run check' "$2" || true)"
  if ((crashed > 0)); then printf '; %s checks raised errors' "$(thousands "$crashed")"; fi
  printf '\n'
}

# run_comply KEY INPUT [VAR=VALUE...]: best of 3 of `comply scan --format json`.
run_comply() {
  local key="$1" input="$2"
  shift 2
  local report="$work/out-$key.json" cmd=()
  (($#)) && cmd=(env "$@")
  cmd+=("$comply" scan --format json -o "$report" "$input")
  note "$(shown "${cmd[@]}")   # best of 3"
  best_of_3 "$key" "${cmd[@]}"
  if [[ "${STATE[$key]}" == ok ]]; then WHAT[$key]="$(count_comply "$report")"; fi
}

# run_checkov N: checkov once on the N-resource plan, at most 15 minutes.
run_checkov() {
  local n="$1" key="checkov-$1" plan="$work/plan-$1.json" report="$work/checkov-$1.json"
  note "timeout $checkov_limit $(shown "$checkov" -f "$plan" --framework terraform_plan --quiet --compact -o json) > $(shown "$report")"
  log "$key: checkov on plan-$n.json (at most $checkov_limit s)"
  measure "$key" "$report" timeout "$checkov_limit" "$checkov" -f "$plan" --framework terraform_plan \
    --quiet --compact -o json
  WALL[$key]="$M_WALL" CPU[$key]="$M_CPU" RSS[$key]="$M_RSS_KB"
  case "$M_RC" in
    0 | 1) STATE[$key]=ok WHAT[$key]="$(count_checkov "$report" "$work/$key.err")" ;;
    124) STATE[$key]=timeout WHAT[$key]="$(count_checkov "$report" "$work/$key.err")" ;;
    *) log "$key: checkov exited $M_RC; its stderr:"
       sed 's/^/    /' "$work/$key.err" >&2
       STATE[$key]="failed (exit $M_RC)" ;;
  esac
  log "$key: ${STATE[$key]}, $M_WALL s, $(mb "$((M_RSS_KB * 1024))") MB"
}

# ---------------------------------------------------------------------------------------------
# The tools and the inputs.

if [[ -z "$comply" ]]; then
  if [[ -n "${CARGO_TARGET_DIR:-}" ]]; then comply="$CARGO_TARGET_DIR/release/comply"
  else comply="$repo/target/release/comply"; fi
  if [[ ! -x "$comply" ]]; then
    log "no $comply: cargo build --release -p comply"
    cargo build --release -p comply
  fi
fi
[[ -x "$comply" ]] || die "no comply binary at $comply"

if [[ ! -x "$venv/bin/checkov" ]]; then
  log "installing checkov 3.3 into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet 'checkov==3.3.*'
fi
checkov="$venv/bin/checkov"
checkov_version="$("$checkov" --version 2>/dev/null | tail -n 1)"
note "python3 -m venv $(shown "$venv") && $(shown "$venv/bin/pip") install 'checkov==3.3.*'   # once; checkov $checkov_version"

# generate FILE CMD...: run a generator into FILE unless FILE is already there. The generator
# writes FILE.partial, renamed when complete, so an interrupted run is never reused.
generate() {
  local file="$1"
  shift
  note "$(shown "$@" --out "$file")   # reused when present"
  if [[ -s "$file" ]]; then
    log "reusing $file"
    return 0
  fi
  log "generating $file"
  "$@" --out "$file.partial" >&2
  mv "$file.partial" "$file"
}

for n in "${plan_sizes[@]}"; do
  generate "$work/plan-$n.json" python3 benches/gen_plan.py --resources "$n" --seed 7
done
for n in "${config_sizes[@]}"; do
  generate "$work/config-$n.json" python3 benches/gen_config.py --items "$n" --seed 7
  generate "$work/config-api-$n.json" python3 benches/gen_config.py --items "$n" --seed 7 --shape api
done

# ---------------------------------------------------------------------------------------------
# The runs.

note "# each run below under: /usr/bin/time -f '%e %U %S %M' -o TIMEFILE"
for n in "${plan_sizes[@]}"; do run_comply "plan-$n" "$work/plan-$n.json"; done
for n in "${config_sizes[@]}"; do
  run_comply "config-$n" "$work/config-$n.json"
  run_comply "config-api-$n" "$work/config-api-$n.json"
done
for t in 1 2; do
  run_comply "plan-$thread_size-t$t" "$work/plan-$thread_size.json" "RAYON_NUM_THREADS=$t"
done
for n in "${checkov_sizes[@]}"; do run_checkov "$n"; done

# ---------------------------------------------------------------------------------------------
# The fragment.

rows=()
# row KEY INPUT TOOL: one line of the table.
row() {
  local key="$1" input="$2" tool="$3" size state="${STATE[$1]}"
  size="$(mb "$(stat -c %s "$work/$input")")"
  local wall="${WALL[$key]:-}" cpu="${CPU[$key]:-}" rss="" what="${WHAT[$key]:-}"
  [[ -n "${RSS[$key]:-}" ]] && rss="$(mb "$((${RSS[$key]} * 1024))")"
  case "$state" in
    ok) ;;
    timeout) wall="did not finish in 15 min (limit $checkov_limit s)" cpu="≥ $cpu" rss="≥ $rss" ;;
    *) wall="$state" cpu="" rss="" what="" ;;
  esac
  rows+=("| $input | $size | $tool | $wall | $cpu | $rss | $what |")
}

for n in "${plan_sizes[@]}"; do
  row "plan-$n" "plan-$n.json" "comply (best of 3)"
  if [[ -n "${STATE[checkov-$n]:-}" ]]; then row "checkov-$n" "plan-$n.json" "checkov $checkov_version (1 run)"; fi
done
for t in 1 2; do
  row "plan-$thread_size-t$t" "plan-$thread_size.json" "comply, RAYON_NUM_THREADS=$t (best of 3)"
done
for n in "${config_sizes[@]}"; do
  row "config-$n" "config-$n.json" "comply (best of 3)"
  row "config-api-$n" "config-api-$n.json" "comply (best of 3)"
done

# ratio CHECKOV COMPLY: "12.3×", or a lower bound "> 12.3×" (a timed-out checkov).
ratio() {
  local c="$1" k="$2" kind="$3" prefix=""
  [[ "${STATE[$c]}" == ok || "${STATE[$c]}" == timeout ]] || { printf 'n/a (checkov failed)'; return; }
  [[ "${STATE[$k]}" == ok ]] || { printf 'n/a (comply failed)'; return; }
  local a b
  if [[ "$kind" == wall ]]; then a="${WALL[$c]}" b="${WALL[$k]}"; else a="${RSS[$c]}" b="${RSS[$k]}"; fi
  if [[ "${STATE[$c]}" == timeout ]]; then
    prefix="> "
    [[ "$kind" == wall ]] && a="$checkov_limit"
  fi
  if lt "$b" 0.005; then printf 'n/a (comply < 0.01 s)'; return; fi
  printf '%s%s×' "$prefix" "$(num '%.1f' "$a / $b")"
}

# target LABEL KEY MAX_S MAX_BYTES: "met" / "not met" with the figures, or "not measured".
target() {
  local label="$1" key="$2" max_s="$3" max_b="$4" verdict
  if [[ -z "${STATE[$key]:-}" ]]; then
    printf -- '- %s: not measured (--sizes %s)\n' "$label" "$sizes"
    return
  fi
  if [[ "${STATE[$key]}" != ok ]]; then
    printf -- '- %s: **not met** (%s)\n' "$label" "${STATE[$key]}"
    return
  fi
  local bytes=$((${RSS[$key]} * 1024))
  if lt "${WALL[$key]}" "$max_s" && lt "$bytes" "$max_b"; then verdict="met"; else verdict="not met"; fi
  printf -- '- %s: **%s** (%s s, %s MB)\n' "$label" "$verdict" "${WALL[$key]}" "$(mb "$bytes")"
}

t1="plan-$thread_size-t1" t2="plan-$thread_size-t2"
speedup="" speedup_text="n/a"
if [[ "${STATE[$t1]}" == ok && "${STATE[$t2]}" == ok ]] && ! lt "${WALL[$t2]}" 0.005; then
  speedup="$(num '%.2f' "${WALL[$t1]} / ${WALL[$t2]}")"
  speedup_text="$speedup×"
fi

cpu_model="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
mem_gib="$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)"
os="$(sed -n 's/^PRETTY_NAME=//p' /etc/os-release | tr -d '"')"
rustc_version="$(rustc --version 2>/dev/null || echo 'rustc not found')"
commit="$(git -C "$repo" rev-parse --short HEAD)"
git -C "$repo" diff --quiet HEAD -- 2>/dev/null || commit="$commit (with uncommitted changes)"
now="$(date -u '+%Y-%m-%d %H:%M UTC')"

# shellcheck disable=SC2016  # the backquotes below are Markdown, not command substitutions
{
  printf '**Machine:** %s, %s cores (`nproc`), %s GiB RAM; %s, kernel %s; %s; comply %s; checkov %s; %s.\n' \
    "$cpu_model" "$(nproc)" "$mem_gib" "$os" "$(uname -r)" "$rustc_version" "$commit" "$checkov_version" "$now"
  printf 'Load average (1, 5, 15 min) at the start: %s; at the end: %s.\n\n' \
    "$load_at_start" "$(cut -d ' ' -f 1-3 /proc/loadavg)"
  printf 'Sizes: `--sizes %s`. MB are 10^6 bytes. comply: best of 3 by wall time, all threads unless\n' "$sizes"
  printf 'named; checkov: one run. comply exits 1 when it finds failures, checkov too: both expected.\n\n'

  printf '| input | size on disk (MB) | tool | wall (s) | CPU user+sys (s) | peak RSS (MB) | findings/failed checks |\n'
  printf '| --- | ---: | --- | ---: | ---: | ---: | --- |\n'
  printf '%s\n' "${rows[@]}"

  printf '\n**Targets**\n\n'
  target "10k plan < 0.35 s and < 400 MB" plan-10000 0.35 400000000
  target "100k plan < 4 s and < 3 GB" plan-100000 4 3000000000
  target "1M Config items (snapshot) < 60 s and < 4 GB" config-1000000 60 4000000000
  target "1M Config items (API) < 60 s and < 4 GB" config-api-1000000 60 4000000000
  if [[ "$thread_size" != 100000 ]]; then
    printf -- '- 2 threads ≥ 1.7× faster than 1 on the 100k plan: not measured (--sizes %s; the %s plan: %s)\n' \
      "$sizes" "$(thousands "$thread_size")-resource" "$speedup_text"
  elif [[ -z "$speedup" ]]; then
    printf -- '- 2 threads ≥ 1.7× faster than 1 on the 100k plan: **not met** (a run failed)\n'
  elif lt "$speedup" 1.7; then
    printf -- '- 2 threads ≥ 1.7× faster than 1 on the 100k plan: **not met** (%s×)\n' "$speedup"
  else
    printf -- '- 2 threads ≥ 1.7× faster than 1 on the 100k plan: **met** (%s×)\n' "$speedup"
  fi

  printf '\n**checkov / comply**\n\n| plan | wall | peak RSS |\n| --- | ---: | ---: |\n'
  for n in "${checkov_sizes[@]}"; do
    printf '| plan-%s.json | %s | %s |\n' "$n" "$(ratio "checkov-$n" "plan-$n" wall)" "$(ratio "checkov-$n" "plan-$n" rss)"
  done

  printf '\n**Threads** (plan-%s.json, best of 3 each): 1 thread %s s, 2 threads %s s, speedup %s.\n' \
    "$thread_size" "${WALL[$t1]:-${STATE[$t1]}}" "${WALL[$t2]:-${STATE[$t2]}}" "$speedup_text"

  printf '\n**AWS Config inventories: time per 100k items**\n\n| items | snapshot (s) | per 100k (s) | API (s) | per 100k (s) |\n| ---: | ---: | ---: | ---: | ---: |\n'
  for n in "${config_sizes[@]}"; do
    line="| $(thousands "$n") |"
    for key in "config-$n" "config-api-$n"; do
      if [[ "${STATE[$key]}" == ok ]]; then
        line+=" ${WALL[$key]} | $(num '%.2f' "${WALL[$key]} * 100000 / $n") |"
      else
        line+=" ${STATE[$key]} | |"
      fi
    done
    printf '%s\n' "$line"
  done

  printf '\n**How it was made** (`benches/compare.sh --sizes %s`, from the repository root):\n\n```sh\n' "$sizes"
  printf '%s\n' "${commands[@]}"
  printf '```\n'
} >"$out"

log "wrote $out in ${SECONDS} s"
