#!/usr/bin/env bash
# Times `articlelens-cli analyze` on inputs made to be hard (issue 13): one 10 MB line, 100,000
# Markdown headings, a 1.2 MB nested Markdown list, a 48,000-word sentence, and a 60 MB text
# near the 64 MB limit. Prints wall seconds, CPU seconds and peak memory per input (/usr/bin/time).
#   bench/pathological-inputs.sh [CLI] [LIMIT_SECONDS]
# CLI defaults to build/release/app/cli/articlelens-cli; each run is stopped after LIMIT_SECONDS
# (default 300) and then reported as "killed".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${1:-$root/build/release/app/cli/articlelens-cli}"
limit="${2:-300}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

python3 - "$dir" <<'PY'
import sys, os
d = sys.argv[1]
words = ("the harbour board met the union on Monday and agreed to talk again next week "
         "while ferries kept sailing to the islands").split()
def text(n):
    return " ".join(words[i % len(words)] for i in range(n))
# 10 MB on one line: sentences, but not a single line break.
line = (text(18) + ". ") * 1
open(os.path.join(d, "one-line-10mb.txt"), "w").write((line * (10_000_000 // len(line))).strip() + "\n")
# 100,000 headings.
open(os.path.join(d, "headings-100k.md"), "w").write("".join("# Heading number %d\n\n" % i for i in range(100_000)))
# A nested list of about 1.2 MB: each item one level deeper than the last.
items, size, depth = [], 0, 0
while size < 1_200_000:
    s = "  " * depth + "- item %d\n" % depth
    items.append(s); size += len(s); depth += 1
open(os.path.join(d, "nested-list-1.2mb.md"), "w").write("".join(items))
# One sentence of 48,000 words.
open(os.path.join(d, "sentence-48k-words.txt"), "w").write(text(48_000) + ".\n")
# About 60 MB of ordinary paragraphs, under the 64 MB limit.
para = (text(18) + ". ") * 6 + "\n\n"
open(os.path.join(d, "paragraphs-60mb.txt"), "w").write(para * (60_000_000 // len(para)))
PY

printf '%-26s %9s %9s %9s %10s  %s\n' input size wall_s cpu_s peak_MB result
for f in one-line-10mb.txt headings-100k.md nested-list-1.2mb.md sentence-48k-words.txt paragraphs-60mb.txt; do
  path="$dir/$f"
  bytes=$(stat -c %s "$path")
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$dir/time" timeout "$limit" "$cli" analyze "$path" --date 2024-01-01 --compact \
    >"$dir/out.json" 2>"$dir/err"
  code=$?
  set -e
  read -r wall user sys peak < <(tail -1 "$dir/time")
  case $code in
    0) result="ok ($(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print(len(a["sentences"]), "sentences")' "$dir/out.json"))" ;;
    124) result="killed at ${limit}s" ;;
    *) result="exit $code: $(head -c 120 "$dir/err")" ;;
  esac
  awk -v f="$f" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v p="$peak" -v r="$result" \
    'BEGIN { printf "%-26s %8.1fM %9s %9.1f %10.0f  %s\n", f, b / 1e6, w, u + s, p / 1024, r }'
done
