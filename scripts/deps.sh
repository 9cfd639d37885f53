#!/usr/bin/env bash
# Installs the Debian packages ArticleLens needs to build, test and run, when they are missing.
# Sourced by run.sh and test.sh; safe to run on its own. With --sanitize it adds what the
# sanitizer build and the fuzzers need (test.sh --sanitize, fuzz.sh).
set -euo pipefail

ARTICLELENS_PACKAGES=(
  build-essential cmake pkg-config      # compiler and build system
  qt6-base-dev qt6-base-dev-tools       # Qt 6 Core, Gui, Widgets, Concurrent, Sql, Test
  libqt6sql6-sqlite                     # Qt SQL's SQLite driver (QSQLITE, with FTS5): the library
  libgl-dev                             # Qt6Gui's CMake package asks for OpenGL headers
  libpoppler-qt6-dev                    # PDF: reading articles, annotating exports
  libxml2-dev                           # HTML: libxml2's HTML parser
  libgraphviz-dev                       # relationship graph layout
  fonts-noto-core fonts-dejavu-core     # the reading face (Noto Serif) and a fallback
  poppler-utils                         # pdftotext/pdftoppm for checking exported PDFs
  xvfb xauth                            # a virtual display for screenshots without one
  strace                                # the test that reading an article touches no network
  desktop-file-utils appstream          # validating the desktop entry and AppStream metainfo
  dpkg-dev                              # dpkg-shlibdeps: the .deb's library dependencies
)
if [ "${1:-}" = --sanitize ]; then
  ARTICLELENS_PACKAGES+=(
    clang libclang-rt-14-dev            # ASan/UBSan build and libFuzzer's runtime
  )
fi

# Only for a test: the Dask recipe's (tools/dask) runs on a LocalCluster. test.sh asks for it.
if [ "${ARTICLELENS_TEST_DEPS:-0}" = 1 ]; then
  ARTICLELENS_PACKAGES+=(python3-distributed)
fi

missing=()
for p in "${ARTICLELENS_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "ArticleLens: installing missing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then SUDO="sudo"; else
      echo "ArticleLens: these packages are missing and this is not root (no sudo): ${missing[*]}" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
