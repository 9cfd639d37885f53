#!/usr/bin/env bash
# Installs what is missing, builds ArticleLens with every test, and runs the whole suite.
#   scripts/test.sh              the release build (build/release)
#   scripts/test.sh --sanitize   every test built with clang, AddressSanitizer and
#                                UndefinedBehaviorSanitizer (build/sanitize, which also holds the
#                                fuzz targets of scripts/fuzz.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

preset=release
case "${1:-}" in
  --sanitize) preset=sanitize ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--sanitize]" >&2; exit 2 ;;
esac

# The packages only a test needs (Dask, for the recipe in tools/dask) come too.
export ARTICLELENS_TEST_DEPS=1
if [ "$preset" = sanitize ]; then bash scripts/deps.sh --sanitize; else bash scripts/deps.sh; fi
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j2
QT_QPA_PLATFORM=offscreen ctest --preset "$preset" -j2
