#!/usr/bin/env bash
# Writes SHA256SUMS beside the installers in a folder (default dist/) and checks it back.
#   packaging/release/checksums.sh [dist]
# Users check a download with: sha256sum --check --ignore-missing SHA256SUMS
set -euo pipefail
cd "${1:-dist}"
if command -v sha256sum >/dev/null; then sum="sha256sum"; else sum="shasum -a 256"; fi
files=$(ls | grep -v '^SHA256SUMS$' | sort)
[ -n "$files" ] || { echo "checksums: no files in $(pwd)" >&2; exit 1; }
# shellcheck disable=SC2086
$sum $files >SHA256SUMS
$sum --check SHA256SUMS
cat SHA256SUMS
