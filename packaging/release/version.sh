#!/usr/bin/env bash
# Prints the version a release builds: the tag's (v1.2.3 -> 1.2.3) when run for a tag (GITHUB_REF_TYPE=tag,
# GITHUB_REF_NAME=v1.2.3 in GitHub Actions, or the first argument), else nothing, and the pom's revision is used.
# Fails when the tag is not vX.Y.Z with X of 1 or more: every installer format accepts such a version.
set -euo pipefail
tag="${1:-}"
if [ -z "$tag" ] && [ "${GITHUB_REF_TYPE:-}" = tag ]; then
  tag="$GITHUB_REF_NAME"
fi
[ -n "$tag" ] || exit 0
version="${tag#v}"
echo "$version" | grep -qE '^[1-9][0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,5}$' \
  || { echo "version.sh: tag '$tag' is not vX.Y.Z with X from 1 (macOS refuses 0.x)" >&2; exit 1; }
echo "$version"
