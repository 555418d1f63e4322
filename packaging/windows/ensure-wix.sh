#!/usr/bin/env bash
# jpackage (JDK 17) builds an .msi with WiX Toolset 3 (candle.exe, light.exe) on the PATH. Finds an installed
# WiX 3, else installs it with Chocolatey, and adds its bin folder to the PATH of later workflow steps.
set -euo pipefail
if command -v candle.exe >/dev/null && command -v light.exe >/dev/null; then
  echo "ensure-wix: $(command -v candle.exe)"; exit 0
fi
shopt -s nullglob
found=("/c/Program Files (x86)/WiX Toolset v3."*/bin)
if [ "${#found[@]}" -eq 0 ]; then
  choco install wixtoolset --version 3.14.1 -y --no-progress
  found=("/c/Program Files (x86)/WiX Toolset v3."*/bin)
fi
[ "${#found[@]}" -ge 1 ] || { echo "ensure-wix: WiX Toolset 3 not found after installing it" >&2; exit 1; }
echo "ensure-wix: ${found[-1]}"
cygpath -w "${found[-1]}" >>"${GITHUB_PATH:-/dev/null}"
