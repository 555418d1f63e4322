#!/usr/bin/env bash
# Remakes every committed icon file from the two SVG sources in this folder.
#   Debian: apt-get install -y librsvg2-bin icoutils icnsutils
# rsvg-convert renders the SVGs, icotool packs the Windows .ico, png2icns packs the macOS .icns.
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "make-icons: $tool not found (apt-get install -y librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done

# 16 px comes from the hand-tuned small drawing; every other size from the main one (at 22 and 24 px the main
# drawing still shows separate cards; the bars of the 16 px drawing blur there). These are every size of the
# hicolor icon theme, which the Linux packages install (packaging/linux/share/desktop-integration.sh).
rsvg-convert -w 16 -h 16 stageboard-16.svg -o stageboard-16.png
for size in 22 24 32 48 64 96 128 256 512; do
  rsvg-convert -w "$size" -h "$size" stageboard.svg -o "stageboard-$size.png"
done

# Windows: one .ico holding the sizes Explorer, the taskbar and the installer ask for;
# -r keeps 256 px as PNG inside the .ico (Vista and later read it) instead of a 256 KB bitmap.
icotool -c -o stageboard.ico stageboard-16.png stageboard-32.png stageboard-48.png \
  stageboard-64.png stageboard-128.png -r stageboard-256.png

# macOS: png2icns picks the icon type from each PNG's size (16, 32, 48, 128, 256 and 512 are valid).
png2icns stageboard.icns stageboard-16.png stageboard-32.png stageboard-48.png \
  stageboard-128.png stageboard-256.png stageboard-512.png >/dev/null

ls -l stageboard*.png stageboard.ico stageboard.icns
