#!/bin/sh
# Adds Stageboard to the desktop, or takes it off: the menu entry (.desktop), the AppStream metadata software
# centres read, and the icon at every hicolor size. Run as root by the packages' install scripts
# (packaging/linux/resources/postinst and prerm for the .deb, stageboard.spec's %post and %preun for the .rpm):
#
#   sh /opt/stageboard/lib/app/share/desktop-integration.sh install | remove   (Maven copies it without its x bit)
#
# jpackage (JDK 17) puts files only under /opt/stageboard, so these copies are made and removed here; `remove`
# deletes exactly what `install` wrote. Needs nothing but coreutils; refreshes the menu and icon caches if their
# tools are there.
set -e

ID=io.stageboard.Stageboard
SIZES="16 22 24 32 48 64 96 128 256 512"
share=$(dirname "$0")

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q /usr/share/icons/hicolor || true
  fi
}

case "$1" in
  install)
    install -D -m 644 "$share/$ID.desktop" "/usr/share/applications/$ID.desktop"
    install -D -m 644 "$share/$ID.metainfo.xml" "/usr/share/metainfo/$ID.metainfo.xml"
    for size in $SIZES; do
      install -D -m 644 "$share/icons/stageboard-$size.png" "/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png"
    done
    install -D -m 644 "$share/icons/stageboard.svg" "/usr/share/icons/hicolor/scalable/apps/$ID.svg"
    refresh_caches
    ;;
  remove)
    rm -f "/usr/share/applications/$ID.desktop" "/usr/share/metainfo/$ID.metainfo.xml" \
      "/usr/share/icons/hicolor/scalable/apps/$ID.svg"
    for size in $SIZES; do
      rm -f "/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png"
    done
    refresh_caches
    ;;
  *)
    echo "usage: $0 install | remove" >&2
    exit 2
    ;;
esac
