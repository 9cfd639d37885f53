#!/usr/bin/env bash
# Installs ArticleLens into a temporary root and runs the installed CLI on the team's sample:
#   install-test.sh BUILD_DIR SAMPLE destdir   cmake --install with DESTDIR
#   install-test.sh BUILD_DIR SAMPLE deb       cpack -G DEB, then dpkg -x the package
# Each checks that the program finds its resources in the installed tree (not the source tree),
# and that the desktop entry, icon and AppStream metainfo are where desktops look for them.
set -euo pipefail
build="$1"; sample="$2"; mode="$3"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT

case "$mode" in
  destdir)
    DESTDIR="$root" cmake --install "$build" --prefix /usr >/dev/null ;;
  deb)
    (cd "$root" && cpack --config "$build/CPackConfig.cmake" -B "$root/pkg" >/dev/null)
    deb="$(ls "$root"/pkg/*.deb)"
    info="$(dpkg-deb --info "$deb")"
    for dep in libqt6widgets6 libqt6gui6 libqt6core6 libpoppler-qt6 libxml2 libgvc6 qt6-qpa-plugins fonts-noto-core; do
      grep -q "Depends:.*$dep" <<<"$info" || { echo "FAIL: the package does not depend on $dep"; echo "$info"; exit 1; }
    done
    dpkg-deb -x "$deb" "$root" ;;
  *) echo "usage: $0 BUILD_DIR SAMPLE destdir|deb" >&2; exit 2 ;;
esac

for f in usr/bin/articlelens usr/bin/articlelens-cli usr/libexec/articlelens/articlelens-cli-full \
         usr/share/articlelens/models/ner.bin usr/share/articlelens/gazetteers/countries.tsv \
         usr/share/articlelens/samples/harbour-talks.txt \
         usr/share/applications/org.articlelens.ArticleLens.desktop \
         usr/share/icons/hicolor/scalable/apps/org.articlelens.ArticleLens.svg \
         usr/share/metainfo/org.articlelens.ArticleLens.metainfo.xml; do
  [ -e "$root/$f" ] || { echo "FAIL: $f is not installed"; exit 1; }
done
grep -q '^MimeType=.*application/pdf' "$root/usr/share/applications/org.articlelens.ArticleLens.desktop" ||
  { echo "FAIL: the desktop entry declares no MIME types"; exit 1; }

cli="$root/usr/bin/articlelens-cli"
unset ARTICLELENS_RESOURCES
version="$("$cli" --version)"
grep -q "resources: $root/usr/share/articlelens" <<<"$version" ||
  { echo "FAIL: the installed CLI does not use its installed resources: $version"; exit 1; }
out="$root/analysis.json"
"$cli" analyze "$sample" --date 2024-03-14 >"$out"
grep -q '"format": *"articlelens-analysis"' "$out" || { echo "FAIL: no analysis"; exit 1; }
grep -q '"Amina Wekesa"' "$out" || { echo "FAIL: the installed models found no actor"; exit 1; }
# What the light CLI does not run itself (here a Markdown file) goes to the full program in
# libexec/, which must find the installed resources too.
full="$root/usr/libexec/articlelens/articlelens-cli-full"
version="$("$full" --version)"
grep -q "resources: $root/usr/share/articlelens" <<<"$version" ||
  { echo "FAIL: the installed full CLI does not use its installed resources: $version"; exit 1; }
cp "$sample" "$root/sample.md"
"$cli" analyze "$root/sample.md" --date 2024-03-14 >"$out"
grep -q '"format": *"markdown"' "$out" || { echo "FAIL: the Markdown file was not read by the full CLI"; exit 1; }
grep -q '"Amina Wekesa"' "$out" || { echo "FAIL: the full CLI's models found no actor"; exit 1; }
echo "installed ($mode) into $root and analysed $(basename "$sample"): ok"
