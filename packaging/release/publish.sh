#!/usr/bin/env bash
# Attaches the installers and SHA256SUMS in dist/ to the GitHub release of a tag, creating the release if needed.
# Needs the GitHub CLI (gh) and GH_TOKEN with contents: write (the workflow's token).
#   packaging/release/publish.sh v1.2.3 [dist]
set -euo pipefail
tag="$1"
dir="${2:-dist}"
[ -f "$dir/SHA256SUMS" ] || { echo "publish: no $dir/SHA256SUMS; run packaging/release/checksums.sh first" >&2; exit 1; }
if ! gh release view "$tag" >/dev/null 2>&1; then
  gh release create "$tag" --title "Stageboard ${tag#v}" --notes "Installers for Debian/Ubuntu (.deb), Fedora/RHEL (.rpm), Windows (.msi) and macOS (.dmg); check them against SHA256SUMS. See README's Install section."
fi
gh release upload "$tag" "$dir"/* --clobber
