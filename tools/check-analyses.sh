#!/usr/bin/env bash
# check-analyses: keeps the engine's output honest while its insides change. Writes the analysis
# JSON (`articlelens-cli analyze`) of the reference article, the team's own samples and every
# TempEval-3 training text (the <TEXT> of each .tml as plain text, analysed with its creation
# time as the article's date) into a folder, and compares two such folders byte for byte.
#
#   tools/check-analyses.sh write OUTDIR          # with the CLI of this checkout's build
#   tools/check-analyses.sh compare BEFORE AFTER  # exit 1 and a list when anything differs
#   tools/check-analyses.sh against REV           # builds REV's CLI in a scratch worktree,
#                                                 # writes both and compares (e.g. REV=main)
#
# Environment: ARTICLELENS_CLI (the CLI to run; default build/release/app/cli/articlelens-cli),
# JOBS (analyses at once; default 2), TEMPEVAL_DIR (default ../shared/data/tempeval3/train),
# SEED (default ../shared/seeds/000_1e513336b8b9ab8a.txt, analysed with --date 2023-06-06).
# The texts are converted at run time and never written into the source tree.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${JOBS:-2}"
tempeval="${TEMPEVAL_DIR:-$root/../shared/data/tempeval3/train}"
seed="${SEED:-$root/../shared/seeds/000_1e513336b8b9ab8a.txt}"
seed_date=2023-06-06
# The team's own texts, with a fixed date each: samples, bench texts and event fixtures.
own_texts=($(cd "$root" && ls resources/samples/*.txt bench/data/*.txt tests/data/events/*.txt \
    tests/data/export/*.txt))
own_date=2023-06-06

usage() {
    sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
}

# Converts every .tml under $1 to DIR/CORPUS/NAME.txt and lists "CORPUS/NAME.txt DATE" lines.
tempeval_texts() {
    python3 - "$1" "$2" <<'EOF'
import os, sys, xml.etree.ElementTree as ET
src, dst = sys.argv[1], sys.argv[2]
for corpus in sorted(os.listdir(src)):
    cdir = os.path.join(src, corpus)
    if not os.path.isdir(cdir):
        continue
    os.makedirs(os.path.join(dst, corpus), exist_ok=True)
    for name in sorted(os.listdir(cdir)):
        if not name.endswith('.tml'):
            continue
        tree = ET.parse(os.path.join(cdir, name))
        dct = ''
        for t in tree.iter('TIMEX3'):
            if t.get('functionInDocument') == 'CREATION_TIME':
                dct = (t.get('value') or '')[:10]
                break
        text = tree.find('.//TEXT')
        body = ''.join(text.itertext()) if text is not None else ''
        rel = os.path.join(corpus, name[:-4] + '.txt')
        with open(os.path.join(dst, rel), 'w', encoding='utf-8') as f:
            f.write(body)
        print(rel, dct)
EOF
}

# Analyses one text: $1 base dir, $2 relative path (also its name in the output), $3 date, $4 out.
analyse_one() {
    local base="$1" rel="$2" date="$3" out="$4"
    local json="$out/${rel%.*}.json"
    mkdir -p "$(dirname "$json")"
    if ! "$CLI" analyze "$base/$rel" --date "$date" >"$json" 2>"$json.err"; then
        echo "exit $?" >>"$json.err"
    fi
    # The texts live in a fresh temporary folder: its name leaves the recorded source path.
    sed -i "s#$TEXTS/#TEXTS/#g" "$json" "$json.err"
    [ -s "$json.err" ] || rm -f "$json.err"
}
export -f analyse_one

write() {
    local out="$1"
    export CLI="${ARTICLELENS_CLI:-$root/build/release/app/cli/articlelens-cli}"
    [ -x "$CLI" ] || { echo "check-analyses: no CLI at $CLI (build first)" >&2; exit 1; }
    [ -f "$seed" ] || { echo "check-analyses: no reference article at $seed" >&2; exit 1; }
    [ -d "$tempeval" ] || { echo "check-analyses: no TempEval-3 data at $tempeval" >&2; exit 1; }
    mkdir -p "$out"
    out="$(cd "$out" && pwd)"
    local texts
    texts="$(mktemp -d)"
    export TEXTS="$texts"
    # Removed when the script ends however it ends (a RETURN trap would outlive this function
    # and run again, with `texts` unset, when the caller returns).
    trap "rm -rf '$texts'" EXIT
    mkdir -p "$texts/seed" "$texts/own"
    cp "$seed" "$texts/seed/$(basename "$seed")"
    {
        echo "$texts/seed $(basename "$seed") $seed_date $out/seed"
        for f in "${own_texts[@]}"; do
            mkdir -p "$texts/own/$(dirname "$f")"
            cp "$root/$f" "$texts/own/$f"
            echo "$texts/own $f $own_date $out/own"
        done
        tempeval_texts "$tempeval" "$texts/tempeval" | while read -r rel date; do
            echo "$texts/tempeval $rel $date $out/tempeval"
        done
    } | xargs -P "$jobs" -L 1 bash -c 'analyse_one "$@"' _
    rm -rf "$texts"
    echo "check-analyses: $(find "$out" -name '*.json' | wc -l) analyses in $out"
}

compare() {
    local a="$1" b="$2" diffs
    diffs="$(diff -rq "$a" "$b" || true)"
    if [ -n "$diffs" ]; then
        echo "$diffs"
        echo "check-analyses: $(echo "$diffs" | wc -l) differences between $a and $b" >&2
        return 1
    fi
    echo "check-analyses: $(find "$a" -name '*.json' | wc -l) analyses identical"
}

against() {
    local rev="$1" scratch="$root/build/check-analyses"
    local tree="$scratch/tree"
    mkdir -p "$scratch"
    git -C "$root" worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"
    git -C "$root" worktree prune
    git -C "$root" worktree add --detach "$tree" "$rev" >/dev/null
    cmake -S "$tree" -B "$scratch/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$scratch/build" --target articlelens-cli -j "$jobs" >/dev/null
    rm -rf "$scratch/before" "$scratch/after"
    ARTICLELENS_CLI="$scratch/build/app/cli/articlelens-cli" write "$scratch/before"
    write "$scratch/after"
    git -C "$root" worktree remove --force "$tree"
    compare "$scratch/before" "$scratch/after"
}

case "${1:-}" in
write) [ $# -eq 2 ] || usage; write "$2" ;;
compare) [ $# -eq 3 ] || usage; compare "$2" "$3" ;;
against) [ $# -eq 2 ] || usage; against "$2" ;;
*) usage ;;
esac
