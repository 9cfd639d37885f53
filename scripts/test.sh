#!/usr/bin/env bash
# Installs what is missing, builds ArticleLens with every test, and runs the whole suite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j2
QT_QPA_PLATFORM=offscreen ctest --preset release -j2
