#!/usr/bin/env bash
# Builds Stageboard's .rpm with the one Maven command (on Debian, with Debian's rpm package) and checks it:
#   1. rpm -qp --info/--list/--requires/--scripts: name, version, licence and address; the launcher, runtime and
#      desktop-integration files under /opt/stageboard and nothing outside /opt/stageboard but its licence;
#      GTK 3, libGL and libXxf86vm among the requirements; %post adds the desktop integration and %preun takes it
#      off on erase only;
#   2. installs it into a scratch root with `rpm --root`, with its scriptlets running in that root (the test puts
#      sh and the few tools the scriptlet uses there), runs the installed launcher's --version, checks the menu
#      entry, metainfo and icons the scriptlet installed, then erases it and checks nothing is left.
# The scratch root's rpm database knows no packages, so the install needs --nodeps: dependency resolution and
# the program running on a real Fedora/RHEL desktop are not checked here (build release .rpms there).
#
#   packaging/linux/test-rpm.sh               # as root (CI), or as a user with sudo
#   SKIP_BUILD=1 packaging/linux/test-rpm.sh  # reuse the .rpm in target/package/installer
set -euo pipefail
cd "$(dirname "$0")/../.."

export DEBIAN_FRONTEND=noninteractive
APT_WAIT="-o DPkg::Lock::Timeout=600"
BUILD_DIR="${STAGEBOARD_BUILD_DIR:-target}"
ID=io.stageboard.Stageboard
SIZES="16 22 24 32 48 64 96 128 256 512"

fail() { echo "test-rpm: FAIL: $*" >&2; exit 1; }
step() { echo "test-rpm: $*"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "run as root or install sudo (apt-get and rpm --root need root)"
  SUDO="sudo -n"
fi

step "installing build and test tools with apt-get (rpm for rpmbuild and rpm -qp)"
$SUDO apt-get $APT_WAIT update -qq </dev/null
$SUDO apt-get $APT_WAIT install -y -qq --no-install-recommends rpm fakeroot binutils desktop-file-utils appstream \
  </dev/null >/dev/null || fail "apt-get could not install rpm and the validators"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  step "building the .rpm: mvn -B -Ppackage package -DskipTests -Djpackage.type=rpm"
  mvn -B -ntp -q -Ppackage package -DskipTests -Djpackage.type=rpm ${REVISION:+-Drevision="$REVISION"} \
      ${STAGEBOARD_BUILD_DIR:+-Dstageboard.build.dir="$STAGEBOARD_BUILD_DIR"} </dev/null \
    || fail "the Maven packaging build of the .rpm failed (see the log above)"
fi
shopt -s nullglob
rpms=("$BUILD_DIR"/package/installer/stageboard-*.rpm)
shopt -u nullglob
[ "${#rpms[@]}" -eq 1 ] || fail "expected exactly one $BUILD_DIR/package/installer/stageboard-*.rpm, found ${#rpms[@]}"
rpm_file="$(cd "$(dirname "${rpms[0]}")" && pwd)/$(basename "${rpms[0]}")"
size_mb=$(awk -v b="$(stat -c %s "$rpm_file")" 'BEGIN { printf "%.1f", b / 1048576 }')
step "inspecting $(basename "$rpm_file") ($size_mb MB)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. What the package says about itself.
rpm -qp --queryformat '%{NAME}\n%{VERSION}\n%{LICENSE}\n%{URL}\n' "$rpm_file" >"$work/info"
mapfile -t info <"$work/info"
[ "${info[0]}" = stageboard ] || fail "package name is '${info[0]}', not stageboard"
echo "${info[1]}" | grep -qE '^[1-9][0-9]*\.[0-9]+\.[0-9]+$' || fail "version '${info[1]}' is not X.Y.Z with X of 1 or more"
[ "${info[2]}" = MIT ] || fail "licence is '${info[2]}', not MIT"
echo "${info[3]}" | grep -q '^https://' || fail "the package names no project address (URL: '${info[3]}')"
step "name ${info[0]}, version ${info[1]}, licence ${info[2]}, URL ${info[3]}"

rpm -qp --list "$rpm_file" >"$work/list"
for f in /opt/stageboard/bin/Stageboard /opt/stageboard/lib/runtime/lib/server/libjvm.so \
         /opt/stageboard/lib/app/share/desktop-integration.sh /opt/stageboard/lib/app/share/$ID.desktop \
         /opt/stageboard/lib/app/share/$ID.metainfo.xml /opt/stageboard/lib/app/share/icons/stageboard.svg; do
  grep -qxF "$f" "$work/list" || fail "the package lacks $f"
done
for size in $SIZES; do
  grep -qxF "/opt/stageboard/lib/app/share/icons/stageboard-$size.png" "$work/list" || fail "the package lacks the $size px icon"
done
outside=$(grep -vE '^/opt/stageboard(/|$)|^/usr/share/licenses/stageboard' "$work/list" || true)
[ -z "$outside" ] || fail "the package puts files outside /opt/stageboard: $outside"
step "--list: $(wc -l <"$work/list") files, all under /opt/stageboard but the licence"

rpm -qp --requires "$rpm_file" >"$work/requires"
for dep in gtk3 libglvnd-glx libXxf86vm; do
  grep -qw "$dep" "$work/requires" || fail "the package does not require $dep (JavaFX needs it)"
done
step "--requires: $(grep -v '^rpmlib(' "$work/requires" | tr '\n' ' ')"

rpm -qp --scripts "$rpm_file" >"$work/scripts"
awk '/^postinstall scriptlet/ { p = 1; next } /scriptlet/ { p = 0 } p' "$work/scripts" >"$work/post"
awk '/^preuninstall scriptlet/ { p = 1; next } /scriptlet/ { p = 0 } p' "$work/scripts" >"$work/preun"
grep -q 'desktop-integration.sh install' "$work/post" || { cat "$work/scripts" >&2; fail "%post does not install the desktop integration"; }
grep -q 'if \[ "$1" -eq 0 \]' "$work/preun" && grep -q 'desktop-integration.sh remove' "$work/preun" \
  || { cat "$work/scripts" >&2; fail "%preun does not remove the desktop integration on erase only"; }
step "--scripts: %post installs the desktop integration, %preun removes it on erase only"

# 2. A real install into a scratch root. rpm runs scriptlets chrooted into it, so it gets /bin/sh and the tools
#    desktop-integration.sh calls (install, dirname, rm), with their libraries.
root="$work/root"
mkdir -p "$root"
for tool in /bin/sh /usr/bin/install /usr/bin/dirname /bin/rm; do
  real=$(readlink -f "$tool")
  for f in "$tool" "$real" $(ldd "$real" | grep -oE '/[^ ]+'); do
    mkdir -p "$root$(dirname "$f")"
    cp -L "$f" "$root$f"
  done
done
$SUDO rpm --root "$root" --initdb || fail "rpm --root $root --initdb failed"
step "installing into a scratch root: rpm --root $root -i --nodeps (its rpm database knows no packages)"
if ! $SUDO rpm --root "$root" -i --nodeps "$rpm_file" >"$work/install.log" 2>&1; then
  cat "$work/install.log" >&2
  fail "rpm --root could not install the package"
fi
if grep -qi 'warning\|error' "$work/install.log"; then
  cat "$work/install.log" >&2
  fail "rpm --root installed with warnings (a scriptlet failed?)"
fi
[ "$($SUDO rpm --root "$root" -q stageboard)" = "stageboard-${info[1]}-1.x86_64" ] || fail "the scratch root's rpm database does not list stageboard"
"$root/opt/stageboard/bin/Stageboard" --version </dev/null >"$work/version" 2>&1 \
  || { cat "$work/version" >&2; fail "the installed launcher's --version failed"; }
[ "$(head -n 1 "$work/version")" = "Stageboard ${info[1]}" ] || [ "$(head -n 1 "$work/version")" = "Stageboard ${info[1]}-SNAPSHOT" ] \
  || fail "the installed launcher says '$(head -n 1 "$work/version")', not Stageboard ${info[1]}"
step "installed launcher: $(tr '\n' ';' <"$work/version")"
desktop-file-validate "$root/usr/share/applications/$ID.desktop" || fail "%post installed no valid menu entry"
appstreamcli validate --no-net "$root/usr/share/metainfo/$ID.metainfo.xml" >/dev/null || fail "%post installed no valid metainfo"
for size in $SIZES; do
  [ -f "$root/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png" ] || fail "%post installed no $size px icon"
done
step "%post installed the menu entry, the metainfo and the icons at every size"

$SUDO rpm --root "$root" -e stageboard >"$work/erase.log" 2>&1 || { cat "$work/erase.log" >&2; fail "rpm --root -e stageboard failed"; }
[ ! -e "$root/opt/stageboard" ] || { find "$root/opt/stageboard" | head >&2; fail "erasing left files under /opt/stageboard"; }
left=$(find "$root/usr/share" -name "$ID*" 2>/dev/null || true)
[ -z "$left" ] || fail "erasing left desktop integration files: $left"
step "erased: nothing left under /opt/stageboard, no menu entry, metainfo or icon"
echo "test-rpm: OK"
