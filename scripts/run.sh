#!/usr/bin/env bash
# Installs what is missing, builds ArticleLens and opens the window.
#   scripts/run.sh [FILE] [--date YYYY-MM-DD] [--screenshot OUT.png]
# Without FILE it opens the bundled sample article.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j2

args=()
have_file=0
while (($#)); do
  case "$1" in
    --date|--screenshot) args+=("$1" "${2:?$1 needs a value}"); shift 2 ;;
    --date=*|--screenshot=*|-h|--help|-v|--version) args+=("$1"); shift ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) args+=("$(realpath -- "$1")"); have_file=1; shift ;;
  esac
done
if ((have_file == 0)); then
  args=("$root/resources/samples/harbour-talks.txt" "${args[@]}")
fi

app="$root/build/release/ui/articlelens"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] \
   && [[ " ${args[*]} " != *" --screenshot "* ]]; then
  echo "run.sh: no display found; starting a virtual one (xvfb-run). Use --screenshot OUT.png to see the window." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "${args[@]}"
fi
exec "$app" "${args[@]}"
