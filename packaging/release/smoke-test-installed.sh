#!/usr/bin/env bash
# Runs the installed Stageboard's --version and --smoke-test and checks their output, as packaging/linux/test-deb.sh
# does on Linux: a first launch (empty data folder) that loads the demo board, prints its columns and
# "smoke-test ok", with no "Unsupported JavaFX configuration" and no --add-exports warning.
#   packaging/release/smoke-test-installed.sh PATH_TO_LAUNCHER [EXPECTED_VERSION]
# Used after installing the .msi (Windows) and the .dmg (macOS) on their runners.
set -euo pipefail
launcher="$1"
expected="${2:-}"
fail() { echo "smoke-test-installed: FAIL: $*" >&2; exit 1; }
[ -x "$launcher" ] || fail "no launcher at $launcher"
work="$(mktemp -d)"
"$launcher" --version >"$work/version" 2>"$work/version.err" || { cat "$work/version.err" >&2; fail "--version failed"; }
cat "$work/version"
if [ -n "$expected" ]; then
  [ "$(head -n 1 "$work/version" | tr -d '\r')" = "Stageboard $expected" ] || fail "the installed program is not version $expected"
fi
set +e
STAGEBOARD_HOME="$work/home" "$launcher" --smoke-test >"$work/stdout" 2>"$work/stderr" </dev/null
rc=$?
set -e
tr -d '\r' <"$work/stdout" >"$work/out"
cat "$work/out"
[ -s "$work/stderr" ] && { echo "--- stderr"; cat "$work/stderr"; }
[ "$rc" -eq 0 ] || fail "--smoke-test exited with $rc"
# grep -E with a real tab: macOS's grep has no -P.
grep -qE $'^[^\t]+\t[0-9]+$' "$work/out" || fail "no '<stage name><TAB><count>' line"
[ "$(tail -n 1 "$work/out")" = "smoke-test ok" ] || fail "the last line is not 'smoke-test ok'"
! grep -q "Unsupported JavaFX configuration" "$work/stderr" || fail "JavaFX was loaded from the class path"
! grep -qE "^WARNING: (package .* not in|Unknown module)" "$work/stderr" || fail "an --add-exports names a missing package"
echo "smoke-test-installed: OK"
