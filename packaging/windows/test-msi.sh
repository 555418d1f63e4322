#!/usr/bin/env bash
# Windows (Git Bash on a GitHub runner): installs the .msi for the current user with msiexec, smoke-tests the
# installed Stageboard.exe, uninstalls it and checks its folder is gone.
#   packaging/windows/test-msi.sh dist/Stageboard-1.2.3.msi [EXPECTED_VERSION]
set -euo pipefail
cd "$(dirname "$0")/../.."
msi="$(cygpath -w "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")")"
expected="${2:-}"
fail() { echo "test-msi: FAIL: $*" >&2; exit 1; }
echo "test-msi: msiexec /i $msi /qn"
MSYS_NO_PATHCONV=1 msiexec /i "$msi" /qn /l*v msi-install.log || { cat msi-install.log; fail "msiexec /i failed"; }
# --win-per-user-install puts it into %LOCALAPPDATA%\Stageboard.
dir="$(cygpath -u "$LOCALAPPDATA")/Stageboard"
[ -f "$dir/Stageboard.exe" ] || { ls -R "$dir" 2>/dev/null | head -20; fail "no $dir/Stageboard.exe after install"; }
packaging/release/smoke-test-installed.sh "$dir/Stageboard.exe" "$expected"
MSYS_NO_PATHCONV=1 msiexec /x "$msi" /qn /l*v msi-remove.log || { cat msi-remove.log; fail "msiexec /x failed"; }
[ ! -e "$dir/Stageboard.exe" ] || fail "uninstalling left $dir/Stageboard.exe"
echo "test-msi: OK"
