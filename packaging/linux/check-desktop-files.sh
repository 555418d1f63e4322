#!/usr/bin/env bash
# Checks Stageboard's Linux desktop integration (packaging/linux/share, installed by desktop-integration.sh):
#   check-desktop-files.sh source      the files in this checkout: the .desktop entry passes desktop-file-validate,
#                                      the metainfo passes appstreamcli validate, icons/ has every hicolor size
#   check-desktop-files.sh installed   the same for the copies under /usr/share after installing a package, each
#                                      icon's PNG really that size, and the entry's Exec and Icon exist
#   check-desktop-files.sh removed     none of those copies is left after removing the package
# Needs desktop-file-validate (Debian: desktop-file-utils) and appstreamcli (Debian: appstream). The metainfo's
# screenshots are addresses of README's pictures; `--no-net` keeps the validator from fetching them, so the
# check runs offline and does not depend on the pictures being published yet.
set -euo pipefail
cd "$(dirname "$0")/../.."

ID=io.stageboard.Stageboard
SIZES="16 22 24 32 48 64 96 128 256 512"
problems=0
bad() { echo "check-desktop-files: $*" >&2; problems=$((problems + 1)); }

png_size() {
  # The width and height in a PNG's IHDR chunk, bytes 16 to 23, big-endian.
  od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }'
}

case "${1:-}" in
  source)
    desktop="packaging/linux/share/$ID.desktop"
    metainfo="packaging/linux/share/$ID.metainfo.xml"
    icon() { echo "icons/stageboard-$1.png"; }
    svg=icons/stageboard.svg
    ;;
  installed)
    desktop="/usr/share/applications/$ID.desktop"
    metainfo="/usr/share/metainfo/$ID.metainfo.xml"
    icon() { echo "/usr/share/icons/hicolor/$1x$1/apps/$ID.png"; }
    svg="/usr/share/icons/hicolor/scalable/apps/$ID.svg"
    ;;
  removed)
    for f in "/usr/share/applications/$ID.desktop" "/usr/share/metainfo/$ID.metainfo.xml" \
             "/usr/share/icons/hicolor/scalable/apps/$ID.svg"; do
      [ ! -e "$f" ] || bad "$f is still there after the removal"
    done
    for size in $SIZES; do
      f="/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png"
      [ ! -e "$f" ] || bad "$f is still there after the removal"
    done
    [ "$problems" -eq 0 ] && echo "check-desktop-files: removed: no menu entry, metainfo or icon left"
    exit $((problems > 0))
    ;;
  *)
    echo "usage: $0 source | installed | removed" >&2
    exit 2
    ;;
esac

for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || { echo "check-desktop-files: $tool not found (apt-get install -y desktop-file-utils appstream)" >&2; exit 1; }
done

if [ ! -f "$desktop" ]; then
  bad "no menu entry at $desktop"
elif ! out=$(desktop-file-validate "$desktop" 2>&1) || [ -n "$out" ]; then
  # desktop-file-validate prints hints and warnings but exits 0 on them; any line counts here.
  bad "desktop-file-validate $desktop: $out"
fi
if [ ! -f "$metainfo" ]; then
  bad "no AppStream metainfo at $metainfo"
elif ! out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
  bad "appstreamcli validate --no-net $metainfo: $out"
fi
for size in $SIZES; do
  f=$(icon "$size")
  if [ ! -f "$f" ]; then
    bad "no ${size}x${size} icon at $f"
  elif [ "$(png_size "$f")" != "${size}x${size}" ]; then
    bad "$f is $(png_size "$f") pixels, not ${size}x${size}"
  fi
done
[ -f "$svg" ] || bad "no scalable icon at $svg"

if [ "$1" = installed ] && [ -f "$desktop" ]; then
  exec_path=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
  [ -x "$exec_path" ] || bad "the menu entry runs $exec_path, which is not an installed program"
  grep -qx "Icon=$ID" "$desktop" || bad "the menu entry's Icon is not the hicolor name $ID"
fi

[ "$problems" -eq 0 ] || exit 1
echo "check-desktop-files: $1: desktop-file-validate and appstreamcli validate pass; icons at $SIZES px and scalable"
