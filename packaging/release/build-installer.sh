#!/usr/bin/env bash
# Builds the installer for the system it runs on with the project's one packaging command, and copies it to
# dist/. Used by .github/workflows/release.yml on each runner; runs the same way on a developer's machine.
#
#   packaging/release/build-installer.sh [deb|rpm|msi|dmg]    (default: the system's own type)
#   REVISION=1.2.3 ...                                         the release's version (else the pom's)
set -euo pipefail
cd "$(dirname "$0")/../.."
type="${1:-}"
mvn -B -ntp -Ppackage package -DskipTests ${type:+-Djpackage.type=$type} ${REVISION:+-Drevision=$REVISION} </dev/null
mkdir -p dist
shopt -s nullglob
built=(target/package/installer/*)
[ "${#built[@]}" -eq 1 ] || { echo "build-installer: expected one installer in target/package/installer, found ${#built[@]}" >&2; exit 1; }
cp "${built[0]}" dist/
echo "build-installer: dist/$(basename "${built[0]}")"
