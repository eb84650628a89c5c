#!/bin/sh
# The .deb of this build: CPack makes it, its files and dependencies are checked, then it is
# unpacked into a folder and both programs are started from there, as they would be after
# `apt install ./kurator_*.deb` on Debian 12.
# Usage: tests/package/check_deb.sh BUILD_DIR
set -eu
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "$*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$tmp"/out/kurator_*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/kurator ./usr/bin/kurator-cli ./usr/share/applications/kurator.desktop \
         ./usr/share/icons/hicolor/scalable/apps/kurator.svg ./usr/share/kurator/translations/kurator_en.qm \
         ./usr/lib/kurator/kurator_charts.so ./usr/lib/kurator/kurator_print.so; do
  echo "$contents" | grep -q " $f\$" || fail "missing in the package: $f"
done
echo "$contents" | grep -q "rwxr-xr-x.* ./usr/bin/kurator\$" || fail "kurator is not executable"
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6widgets6 libqt6charts6 libqt6sql6 libqt6sql6-sqlite libxlsxwriter4 qt6-qpa-plugins libqt6svg6; do
  echo "$depends" | grep -q "$d" || fail "not among the dependencies: $d ($depends)"
done
[ "$(dpkg-deb -f "$deb" Package)" = kurator ] || fail "package name"

dpkg-deb -x "$deb" "$tmp/root"
desktop-file-validate "$tmp/root/usr/share/applications/kurator.desktop" || fail "the .desktop file is not valid"
"$tmp/root/usr/bin/kurator-cli" --version | grep -q "^kurator-cli " || fail "kurator-cli does not start"
"$tmp/root/usr/bin/kurator-cli" --db "$tmp/school.sqlite" init --demo >/dev/null || fail "kurator-cli cannot make the demo school"
# libxlsxwriter is opened at the first workbook, by the soname the package depends on.
"$tmp/root/usr/bin/kurator-cli" --db "$tmp/school.sqlite" export kpi --out "$tmp/kpi.xlsx" >/dev/null 2>&1 \
  && [ -s "$tmp/kpi.xlsx" ] || fail "kurator-cli cannot write a workbook"
QT_QPA_PLATFORM=offscreen "$tmp/root/usr/bin/kurator" --db "$tmp/school.sqlite" --quit-after-show >/dev/null 2>&1 \
  || fail "kurator does not start"
# The dashboard's charts come from the module loaded with it (a failed load is a warning on stderr).
mkdir -p "$tmp/config/kurator"
printf '[mainWindow]\nregistry=5\n' >"$tmp/config/kurator/kurator.conf"
XDG_CONFIG_HOME="$tmp/config" QT_QPA_PLATFORM=offscreen "$tmp/root/usr/bin/kurator" --db "$tmp/school.sqlite" \
  --screenshot "$tmp/dashboard.png" >/dev/null 2>"$tmp/dashboard.log" || fail "kurator does not show the dashboard"
[ -s "$tmp/dashboard.png" ] && ! grep -q "kurator_charts" "$tmp/dashboard.log" || fail "the chart module: $(cat "$tmp/dashboard.log")"
echo "ok: $(basename "$deb"), $(echo "$contents" | wc -l) entries"
