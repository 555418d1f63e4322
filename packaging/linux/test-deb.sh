#!/usr/bin/env bash
# Builds Stageboard's .deb with the one Maven command, installs it like a user would, and checks the installed
# program end to end:
#   1. the desktop integration: the menu entry passes desktop-file-validate, the AppStream metainfo passes
#      appstreamcli validate, the icon is installed at every hicolor size; --version names the package's version;
#   2. the smoke test under a virtual X server (columns printed, no JavaFX class-path or --add-exports warnings);
#   3. the keychain inside the installed program (test-keychain.sh, in a D-Bus session with GNOME Keyring):
#      accounts add / list, bulk-tag --account and accounts remove against a Stageboard sandbox, the key in no
#      file of the data folder, the preferences or /opt; between them, an upgrade to a second .deb with a higher
#      version keeps the data folder, the outbox and the keychain entry;
#   4. apt-get remove leaves nothing under /opt/stageboard and takes the menu entry, metainfo and icons away.
# Prints the installer size and the time from launch to board; exits non-zero with the reason on failure.
#
#   packaging/linux/test-deb.sh                 # as root (CI), or as a user with sudo
#   SKIP_BUILD=1 packaging/linux/test-deb.sh    # reuse the .debs of an earlier run (target/package/installer and
#                                               # target/upgrade-deb)
#   KEEP_INSTALLED=1 ...                        # leave Stageboard installed afterwards (the newer version)
# Debian/Ubuntu only (apt-get, dpkg). Needs JDK 17+ and Maven on the PATH, like the rest of the build.
set -euo pipefail
cd "$(dirname "$0")/../.."

export DEBIAN_FRONTEND=noninteractive
LAUNCHER=/opt/stageboard/bin/Stageboard
# Wait for another apt/dpkg run (an unattended upgrade, a parallel job) instead of failing at once.
APT_WAIT="-o DPkg::Lock::Timeout=600"
BUILD_DIR="${STAGEBOARD_BUILD_DIR:-target}"
TIMEOUT_S=180

fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
step() { echo "test-deb: $*"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "run as root or install sudo (apt-get and dpkg need root)"
  SUDO="sudo -n"
fi

# What building and running a JavaFX .deb headless needs: fakeroot and binutils for jpackage's deb
# bundler, Xvfb + xauth for xvfb-run, fonts so JavaFX can render text.
step "installing build and test tools with apt-get"
$SUDO apt-get $APT_WAIT update -qq </dev/null
# desktop-file-utils and appstream for the validators, dbus and gnome-keyring for a real Secret Service.
$SUDO apt-get $APT_WAIT install -y -qq --no-install-recommends \
  fakeroot binutils dpkg-dev xvfb xauth fontconfig fonts-dejavu-core \
  desktop-file-utils appstream dbus gnome-keyring </dev/null >/dev/null \
  || fail "apt-get could not install the build/test tools"

# The .deb of this checkout's version, and a second one a patch version higher for the upgrade check. Each
# build empties target/package, so the newer one is built into its own folder.
UPGRADE_DIR="${BUILD_DIR}/upgrade-deb"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  step "building the .deb: mvn -B -Ppackage package -DskipTests"
  mvn -B -ntp -Ppackage package -DskipTests ${REVISION:+-Drevision="$REVISION"} ${STAGEBOARD_BUILD_DIR:+-Dstageboard.build.dir="$STAGEBOARD_BUILD_DIR"} </dev/null \
    || fail "the Maven packaging build failed (see the log above)"
fi

find_deb() {
  shopt -s nullglob
  local found=("$1"/stageboard_*.deb)
  shopt -u nullglob
  [ "${#found[@]}" -eq 1 ] || fail "expected exactly one $1/stageboard_*.deb, found ${#found[@]}"
  echo "$(cd "$1" && pwd)/$(basename "${found[0]}")"
}
deb=$(find_deb "$BUILD_DIR/package/installer")
size_mb=$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", b / 1048576 }')
# stageboard_1.0.0-1_amd64.deb -> 1.0.0; the upgrade is 1.0.1.
version=$(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')
upgrade_version=$(echo "$version" | awk -F. '{ printf "%d.%d.%d", $1, $2, $3 + 1 }')

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  step "building a second .deb, version $upgrade_version, for the upgrade check"
  mkdir -p "$UPGRADE_DIR"
  cp "$deb" "$UPGRADE_DIR/keep-first.deb.tmp"
  mvn -B -ntp -q -Ppackage package -DskipTests -Drevision="$upgrade_version" \
      ${STAGEBOARD_BUILD_DIR:+-Dstageboard.build.dir="$STAGEBOARD_BUILD_DIR"} </dev/null \
    || fail "the Maven packaging build of version $upgrade_version failed (see the log above)"
  rm -f "$UPGRADE_DIR"/stageboard_*.deb
  mv "$BUILD_DIR"/package/installer/stageboard_*.deb "$UPGRADE_DIR/"
  # Put the first .deb back where the build leaves it, for test-rpm.sh's neighbours and a SKIP_BUILD rerun.
  mv "$UPGRADE_DIR/keep-first.deb.tmp" "$deb"
fi
upgrade_deb=$(find_deb "$UPGRADE_DIR")
[ "$(dpkg-deb -f "$upgrade_deb" Version)" = "$upgrade_version-1" ] \
  || fail "$upgrade_deb is version $(dpkg-deb -f "$upgrade_deb" Version), expected $upgrade_version-1"

work="$(mktemp -d)"
installed=0
cleanup() {
  if [ "$installed" = 1 ] && [ "${KEEP_INSTALLED:-0}" != 1 ]; then
    step "uninstalling: apt-get remove -y stageboard"
    $SUDO apt-get $APT_WAIT remove -y -qq stageboard </dev/null >/dev/null || echo "test-deb: could not uninstall stageboard" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# A Stageboard left from an earlier run would make apt-get skip installing the same version again.
if dpkg-query -W -f='${Status}' stageboard 2>/dev/null | grep -q 'install ok installed'; then
  step "removing the Stageboard installed before this test"
  $SUDO apt-get $APT_WAIT remove -y -qq stageboard </dev/null >/dev/null || fail "could not remove the already installed stageboard"
fi

# dpkg -i as a user would; on a machine without GTK or the X libraries it stops at the missing dependencies,
# which apt-get -f install then brings in, finishing the installation.
step "installing $(basename "$deb") ($size_mb MB): dpkg -i $deb, then apt-get -f install for its dependencies"
if ! $SUDO dpkg -i "$deb" </dev/null >"$work/apt.log" 2>&1; then
  $SUDO apt-get $APT_WAIT -f install -y -qq </dev/null >>"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "could not install $deb and its dependencies"; }
fi
dpkg-query -W -f='${Status}' stageboard 2>/dev/null | grep -q 'install ok installed' \
  || { cat "$work/apt.log" >&2; fail "stageboard is not installed after dpkg -i and apt-get -f install"; }
installed=1
[ -x "$LAUNCHER" ] || fail "the package installed no launcher at $LAUNCHER"
installed_mb=$(du -sm /opt/stageboard | cut -f1)

step "checking the desktop integration: menu entry, AppStream metadata, icons"
packaging/linux/check-desktop-files.sh installed || fail "the desktop integration is incomplete (see above)"
# --version: the version the package says, from the same pom (or -Drevision) the jar was built with.
"$LAUNCHER" --version </dev/null >"$work/version" 2>"$work/version.err" || { cat "$work/version.err" >&2; fail "$LAUNCHER --version failed"; }
first_line=$(head -n 1 "$work/version")
[ "$first_line" = "Stageboard $version" ] || [ "$first_line" = "Stageboard $version-SNAPSHOT" ] \
  || fail "$LAUNCHER --version printed '$(head -n 1 "$work/version")', expected Stageboard $version"
grep -q '^JavaFX [0-9]' "$work/version" || fail "$LAUNCHER --version names no JavaFX version"

# The installed program, as a first-time user: empty app data folder and an empty home.
mkdir -p "$work/home" "$work/stageboard-home"
step "running $LAUNCHER --smoke-test under xvfb-run"
set +e
HOME="$work/home" STAGEBOARD_HOME="$work/stageboard-home" \
  timeout "$TIMEOUT_S" xvfb-run -a -s "-screen 0 1280x800x24" \
  sh -c 'date +%s.%N >"$1"; exec "$2" --smoke-test' sh "$work/launched" "$LAUNCHER" \
  </dev/null 2>"$work/stderr" \
  | while IFS= read -r line; do
      # Stamp the first board line ("<stage name><TAB><count>") as it arrives.
      if [ ! -e "$work/board" ] && printf '%s\n' "$line" | grep -qP '^[^\t]+\t[0-9]+$'; then
        date +%s.%N >"$work/board"
      fi
      printf '%s\n' "$line" | tee -a "$work/stdout"
    done
rc=${PIPESTATUS[0]}
set -e

if [ -s "$work/stderr" ]; then
  echo "--- stderr of the installed program ---"
  cat "$work/stderr"
  echo "---"
fi
[ "$rc" -ne 124 ] || fail "the smoke test did not finish within $TIMEOUT_S s"
[ "$rc" -eq 0 ] || fail "the installed program exited with code $rc"
touch "$work/stdout"
grep -qP '^[^\t]+\t[0-9]+$' "$work/stdout" || fail "no '<stage name><TAB><count>' line in the output"
[ "$(tail -n 1 "$work/stdout")" = "smoke-test ok" ] || fail "the last line of the output is not 'smoke-test ok'"
! grep -q "Unsupported JavaFX configuration" "$work/stderr" \
  || fail "JavaFX was loaded from the class path ('Unsupported JavaFX configuration'): it must be in the runtime image"
! grep -qE "^WARNING: (package .* not in|Unknown module)" "$work/stderr" \
  || fail "a --add-exports/--add-opens in packaging/jpackage.args names a package or module the runtime lacks"

board_s=$(awk -v a="$(cat "$work/launched")" -v b="$(cat "$work/board")" 'BEGIN { printf "%.1f", b - a }')

# The keychain inside the installed program, and the upgrade between its two halves, in a private D-Bus
# session with an unlocked GNOME Keyring whose files live in the test's home.
step "keychain round trip and upgrade to $upgrade_version in a D-Bus session with GNOME Keyring"
HOME="$work/home" dbus-run-session -- env WORK="$work" UPGRADE_DEB="$upgrade_deb" UPGRADE_VERSION="$upgrade_version" \
  SUDO="$SUDO" APT_WAIT="$APT_WAIT" bash packaging/linux/test-keychain.sh </dev/null \
  || fail "the keychain round trip or the upgrade failed (see above)"

if [ "${KEEP_INSTALLED:-0}" != 1 ]; then
  step "removing: apt-get remove -y stageboard"
  $SUDO apt-get $APT_WAIT remove -y -qq stageboard </dev/null >"$work/remove.log" 2>&1 \
    || { cat "$work/remove.log" >&2; fail "apt-get remove stageboard failed"; }
  installed=0
  if [ -e /opt/stageboard ]; then
    find /opt/stageboard | head -n 20 >&2
    fail "apt-get remove left files under /opt/stageboard (listed above)"
  fi
  packaging/linux/check-desktop-files.sh removed || fail "the removal left desktop integration files (see above)"
  [ -f "$work/stageboard-home/stageboard.db" ] || fail "the removal deleted the user's data folder; it must stay"
fi

echo "test-deb: installer size: $size_mb MB ($(basename "$deb")), installed size: $installed_mb MB"
echo "test-deb: launch to board: $board_s s"
echo "test-deb: OK"
