#!/usr/bin/env bash
# Builds Stageboard's .deb with the one Maven command, installs it like a user would, runs the installed
# program's smoke test under a virtual X server, checks its output, then uninstalls it.
# Prints the installer size and the time from launch to board; exits non-zero with the reason on failure.
#
#   packaging/linux/test-deb.sh                 # as root (CI), or as a user with sudo
#   SKIP_BUILD=1 packaging/linux/test-deb.sh    # reuse the .deb already in target/package/installer
#   KEEP_INSTALLED=1 ...                        # leave Stageboard installed afterwards
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
$SUDO apt-get $APT_WAIT install -y -qq --no-install-recommends \
  fakeroot binutils dpkg-dev xvfb xauth fontconfig fonts-dejavu-core </dev/null >/dev/null \
  || fail "apt-get could not install the build/test tools"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  step "building the .deb: mvn -B -Ppackage package -DskipTests"
  mvn -B -ntp -Ppackage package -DskipTests ${STAGEBOARD_BUILD_DIR:+-Dstageboard.build.dir="$STAGEBOARD_BUILD_DIR"} </dev/null \
    || fail "the Maven packaging build failed (see the log above)"
fi

shopt -s nullglob
debs=("$BUILD_DIR"/package/installer/stageboard_*.deb)
shopt -u nullglob
[ "${#debs[@]}" -eq 1 ] || fail "expected exactly one $BUILD_DIR/package/installer/stageboard_*.deb, found ${#debs[@]}"
deb="$(cd "$(dirname "${debs[0]}")" && pwd)/$(basename "${debs[0]}")"
size_mb=$(awk -v b="$(stat -c %s "$deb")" 'BEGIN { printf "%.1f", b / 1048576 }')

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
echo "test-deb: installer size: $size_mb MB ($(basename "$deb")), installed size: $installed_mb MB"
echo "test-deb: launch to board: $board_s s"
echo "test-deb: OK"
