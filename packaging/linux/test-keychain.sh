#!/usr/bin/env bash
# The keychain inside the installed Stageboard, and an upgrade that must keep it. test-deb.sh runs this inside
# `dbus-run-session` with HOME set to a scratch folder, after installing the .deb:
#
#   HOME=... dbus-run-session -- env WORK=... UPGRADE_DEB=... UPGRADE_VERSION=... SUDO=... APT_WAIT=... \
#     bash packaging/linux/test-keychain.sh
#
# 1. unlocks a GNOME Keyring (the Secret Service) in this session and starts the installed program's sandbox;
# 2. `accounts add "Stageboard sandbox"` with the key on standard input, `accounts list` shows it with its key in
#    the system keychain, `bulk-tag --account` tags the sandbox's new leads with it;
# 3. the key is in no file under the data folder, the Java preferences, the home folder or /opt/stageboard;
# 4. installs UPGRADE_DEB over the installed version: the data folder and its database (the outbox) are
#    unchanged, the keychain entry is still there and works (bulk-tag again finds every lead already tagged);
# 5. `accounts remove` deletes the account, and `accounts list` is empty.
set -euo pipefail
cd "$(dirname "$0")/../.."

LAUNCHER=/opt/stageboard/bin/Stageboard
NAME="Stageboard sandbox"
TAG="Installed app"
fail() { echo "test-keychain: FAIL: $*" >&2; exit 1; }
step() { echo "test-keychain: $*"; }

data="$WORK/stageboard-home"
prefs="$WORK/prefs"
mkdir -p "$data" "$prefs" "$HOME"
# The app data folder, and the Java preferences (where accounts' names and addresses live) in scratch folders.
export STAGEBOARD_HOME="$data"
export JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$prefs -Duser.home=$HOME"

echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
  || fail "gnome-keyring-daemon could not start in this D-Bus session"

sandbox_pid=""
cleanup() { [ -z "$sandbox_pid" ] || kill "$sandbox_pid" 2>/dev/null || true; }
trap cleanup EXIT
"$LAUNCHER" sandbox --size 120 --seed 7 >"$WORK/sandbox.out" 2>"$WORK/sandbox.err" </dev/null &
sandbox_pid=$!
for _ in $(seq 1 120); do
  grep -q '^Lever sandbox listening on ' "$WORK/sandbox.out" 2>/dev/null && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$WORK/sandbox.err" >&2; fail "the installed program's sandbox exited"; }
  sleep 0.5
done
line=$(grep '^Lever sandbox listening on ' "$WORK/sandbox.out") || fail "the sandbox printed no listening line in 60 s"
url=$(echo "$line" | sed -n 's/^Lever sandbox listening on \([^ ]*\) (API key: .*)$/\1/p')
key=$(echo "$line" | sed -n 's/^.*(API key: \(.*\))$/\1/p')
[ -n "$url" ] && [ -n "$key" ] || fail "could not read the address and key from: $line"
step "sandbox at $url"

run() {
  # The installed program with the given arguments; stdout to $WORK/out, stderr to $WORK/err.
  "$LAUNCHER" "$@" >"$WORK/out" 2>"$WORK/err"
}
show() { echo "--- stdout:"; cat "$WORK/out"; echo "--- stderr:"; cat "$WORK/err"; echo "---"; }

step "accounts add \"$NAME\" --base-url $url (key on standard input)"
printf '%s\n' "$key" | run accounts add "$NAME" --base-url "$url" || { show >&2; fail "accounts add failed"; }
grep -qxF "accounts: added \"$NAME\" ($url); its key is in the system keychain." "$WORK/out" \
  || { show >&2; fail "accounts add did not say it saved the key in the system keychain"; }

expected_list=$(printf '%s\t%s\t-\tkey in the system keychain' "$NAME" "$url")
check_list() {
  run accounts list </dev/null || { show >&2; fail "accounts list failed ($1)"; }
  [ "$(cat "$WORK/out")" = "$expected_list" ] \
    || { show >&2; fail "accounts list does not show the account with its key in the keychain ($1)"; }
}
check_list "after add"
step "accounts list: $(cat "$WORK/out" | tr '\t' ' ')"

step "bulk-tag --account \"$NAME\" --add \"$TAG\" --stage lead-new"
run bulk-tag --account "$NAME" --add "$TAG" --stage lead-new </dev/null || { show >&2; fail "bulk-tag --account failed"; }
summary=$(tail -n 1 "$WORK/out")
echo "$summary" | grep -qE '^bulk-tag: [1-9][0-9]* succeeded, [0-9]+ unchanged, 0 failed$' \
  || { show >&2; fail "bulk-tag --account did not tag the sandbox's leads: $summary"; }
step "$summary"
tagged=$(echo "$summary" | awk '{ print $2 + $4 }')

check_no_key_in_files() {
  local found
  found=$(grep -rlF -- "$key" "$data" "$prefs" "$HOME" /opt/stageboard 2>/dev/null || true)
  [ -z "$found" ] || fail "the API key is written in these files ($1): $found"
}
check_no_key_in_files "after bulk-tag"
step "the key is in no file under $data, $prefs, $HOME or /opt/stageboard"

# The upgrade: the data folder as it is now must come through unchanged.
[ -f "$data/stageboard.db" ] || fail "no database (outbox) in the data folder after bulk-tag"
before=$(cd "$data" && find . -path ./logs -prune -o -type f -print0 | sort -z | xargs -0 sha256sum)
step "upgrading: dpkg -i $(basename "$UPGRADE_DEB")"
$SUDO dpkg -i "$UPGRADE_DEB" </dev/null >"$WORK/upgrade.log" 2>&1 || { cat "$WORK/upgrade.log" >&2; fail "dpkg -i of the newer .deb failed"; }
[ "$(dpkg-query -W -f='${Version}' stageboard)" = "$UPGRADE_VERSION-1" ] \
  || fail "after the upgrade dpkg says version $(dpkg-query -W -f='${Version}' stageboard), not $UPGRADE_VERSION-1"
run --version </dev/null || { show >&2; fail "--version failed after the upgrade"; }
[ "$(head -n 1 "$WORK/out")" = "Stageboard $UPGRADE_VERSION" ] || { show >&2; fail "the upgraded program is not version $UPGRADE_VERSION"; }
after=$(cd "$data" && find . -path ./logs -prune -o -type f -print0 | sort -z | xargs -0 sha256sum)
[ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after") >&2 || true; fail "the upgrade changed the data folder"; }
packaging/linux/check-desktop-files.sh installed || fail "the upgrade lost the desktop integration"
check_list "after the upgrade"
run bulk-tag --account "$NAME" --add "$TAG" --stage lead-new </dev/null || { show >&2; fail "bulk-tag --account failed after the upgrade"; }
[ "$(tail -n 1 "$WORK/out")" = "bulk-tag: 0 succeeded, $tagged unchanged, 0 failed" ] \
  || { show >&2; fail "after the upgrade bulk-tag did not find all $tagged leads already tagged"; }
step "upgrade to $UPGRADE_VERSION kept the data folder, the outbox and the keychain entry"

step "accounts remove \"$NAME\""
run accounts remove "$NAME" </dev/null || { show >&2; fail "accounts remove failed"; }
grep -qxF "accounts: removed \"$NAME\"; its key is deleted from the system keychain." "$WORK/out" \
  || { show >&2; fail "accounts remove did not say it deleted the key"; }
run accounts list </dev/null || { show >&2; fail "accounts list failed after remove"; }
[ ! -s "$WORK/out" ] || { show >&2; fail "accounts list still shows an account after remove"; }
check_no_key_in_files "after remove"
echo "test-keychain: OK"
