#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo pass their validators (desktop-file-utils and
# appstream, both Debian packages listed in scripts/deps.sh).
set -euo pipefail
resources="$1"
desktop-file-validate "$resources/org.articlelens.ArticleLens.desktop"
appstreamcli validate --no-net --explain "$resources/org.articlelens.ArticleLens.metainfo.xml"
