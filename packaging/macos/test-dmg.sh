#!/usr/bin/env bash
# macOS: mounts the .dmg, copies Stageboard.app out of it as a user dragging it to Applications would (into a
# scratch folder), smoke-tests the copied app, and detaches the image.
#   packaging/macos/test-dmg.sh dist/Stageboard-1.2.3.dmg [EXPECTED_VERSION]
set -euo pipefail
cd "$(dirname "$0")/../.."
dmg="$1"
expected="${2:-}"
fail() { echo "test-dmg: FAIL: $*" >&2; exit 1; }
mnt="$(mktemp -d)"
apps="$(mktemp -d)"
hdiutil attach -nobrowse -readonly -mountpoint "$mnt" "$dmg" >/dev/null || fail "hdiutil attach failed"
trap 'hdiutil detach "$mnt" >/dev/null || true' EXIT
[ -d "$mnt/Stageboard.app" ] || { ls "$mnt"; fail "no Stageboard.app in the disk image"; }
cp -R "$mnt/Stageboard.app" "$apps/"
plist="$apps/Stageboard.app/Contents/Info.plist"
short=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$plist")
echo "test-dmg: CFBundleShortVersionString $short"
[ -z "$expected" ] || [ "$short" = "$expected" ] || fail "the app bundle says version $short, not $expected"
packaging/release/smoke-test-installed.sh "$apps/Stageboard.app/Contents/MacOS/Stageboard" "$expected"
echo "test-dmg: OK"
