#!/usr/bin/env bash
# Builds the libFuzzer targets (the "sanitize" preset: clang, ASan + UBSan) and runs each for
# SECONDS (default 60). Any crash, sanitizer report, input slower than 10 s or out-of-memory makes
# the script fail; the input that did it is kept in build/sanitize/fuzz/artifacts.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 3600 html markdown
# The corpus each target grows is kept in build/sanitize/fuzz/corpus/TARGET between runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds="${1:-60}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(text html markdown pdf analysisjson sidecar pipeline)

if [ "${ARTICLELENS_SKIP_BUILD:-}" != 1 ]; then
  bash scripts/deps.sh --sanitize
  cmake --preset sanitize >/dev/null
  cmake --build --preset sanitize -j2 --target "${targets[@]/#/fuzz_}"
fi

build="$root/build/sanitize"
work="$build/fuzz"
mkdir -p "$work/artifacts"

# Seeds: the team's own fixtures, by the reader that opens them, plus the hand-made seeds of
# tests/fuzz/seeds (small PDFs, saved analyses, pathological Markdown and HTML).
seed_files() {
  case "$1" in
    text | pipeline)
      find tests/data resources/samples -name '*.txt'
      find tests/fuzz/seeds/text -type f ;;
    html) find tests/data tests/fuzz/seeds/html -name '*.htm*' ;;
    markdown) find tests/data tests/fuzz/seeds/markdown -name '*.md' ;;
    pdf) find tests/data tests/fuzz/seeds/pdf -name '*.pdf' ;;
    analysisjson) find tests/data tests/fuzz/seeds/analysisjson -name '*.json' ;;
    sidecar) find tests/fuzz/seeds/sidecar -type f ;;
  esac
}

dictionary() {
  case "$1" in
    pipeline) echo tests/fuzz/text.dict ;;
    *) [ -f "tests/fuzz/$1.dict" ] && echo "tests/fuzz/$1.dict" ;;
  esac
}

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/sanitizers/ubsan.supp"
export QT_QPA_PLATFORM=offscreen

failed=()
summary=()
for t in "${targets[@]}"; do
  exe="$build/tests/fuzz/fuzz_$t"
  [ -x "$exe" ] || { echo "fuzz: no $exe; build it first" >&2; exit 2; }
  corpus="$work/corpus/$t"
  seeds="$work/seeds/$t"
  rm -rf "$seeds"
  mkdir -p "$corpus" "$seeds"
  while IFS= read -r f; do cp "$f" "$seeds/"; done < <(seed_files "$t")
  dict="$(dictionary "$t" || true)"
  log="$work/$t.log"
  echo "fuzz: $t for ${seconds}s ($(ls "$seeds" | wc -l) seeds, corpus $(ls "$corpus" | wc -l) files)"
  # The whole pipeline is slower per byte: shorter inputs keep it exploring, not waiting.
  maxlen=65536
  [ "$t" = pipeline ] && maxlen=16384
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048
        -max_len="$maxlen" -len_control=100 -print_final_stats=1
        -artifact_prefix="$work/artifacts/$t-")
  [ -n "$dict" ] && args+=(-dict="$dict")
  if "$exe" "${args[@]}" "$corpus" "$seeds" >"$log" 2>&1; then
    status=ok
  else
    status=FAILED
    failed+=("$t")
    grep -E "ERROR|SUMMARY|invariant broken|Test unit written|timeout|out-of-memory" "$log" | head -20 >&2 || true
  fi
  runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  rate=$(grep -oE '^stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo "?")
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo "?")
  summary+=("$(printf '%-13s %-6s %10s runs %7s/s  cov %6s  ft %7s  corpus %5s files %s' "$t" "$status" "$runs" "$rate" \
    "$cov" "$ft" "$(ls "$corpus" | wc -l)" "$(du -sh "$corpus" | cut -f1)")")
done

echo
echo "fuzz summary (${seconds}s per target; logs in $work):"
printf '  %s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "fuzz: FAILED: ${failed[*]} (inputs in $work/artifacts)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} passed, 0 failed"
