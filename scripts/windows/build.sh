#!/usr/bin/env bash
# `make windows`: dist/windows/bloodcancer-kiosk-<version>-setup.exe, built on Debian under
# Wine from build_installer.spec (its Windows branch, run by the Windows CPython) and
# packaging/windows/kiosk.iss (Inno Setup's compiler), with the pinned tools of common.sh.
# It also leaves the frozen folder, dist/windows/kiosk, which make test-windows uses for its
# "older version" installer.
# The build is reproducible: the same commit and pins give the same frozen folder (PyInstaller
# runs with a fixed hash seed) and installer (every file stamped with the commit's date).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

version=$(kiosk_version)
dist=$WIN_DIST
frozen=$WIN_FROZEN

export WINEPREFIX=$PREFIXES/build
new_prefix "$WINEPREFIX"
python_dir=$(windows_python)
innosetup >/dev/null  # fetched before the long freeze, so a bad pin fails early
trap 'wineserver -k 2>/dev/null || true' EXIT

say "freezing with build_installer.spec (Windows CPython under Wine)"
rm -rf "$frozen" "$WORK/pyinstaller"
# PYTHONHASHSEED: sets and dicts, so the collected modules come out in the same order.
PYTHONHASHSEED=0 wrun "$python_dir/python.exe" -m PyInstaller \
  --noconfirm --clean --log-level WARN \
  --distpath "$(winpath "$dist")" --workpath "$(winpath "$WORK/pyinstaller")" \
  build_installer.spec
[[ -f "$frozen/kiosk.exe" && -f "$frozen/kiosk-cli.exe" ]] || die "PyInstaller made no $frozen/kiosk.exe and kiosk-cli.exe"

say "checking the frozen folder (the agreed Qt plugins, nothing forbidden)"
wrun "$python_dir/python.exe" scripts/check-frozen.py "$(winpath "$frozen")"

compile_installer "$version" "$dist"
(cd "$dist" && sha256sum "bloodcancer-kiosk-$version-setup.exe" | tee "bloodcancer-kiosk-$version-setup.exe.sha256")
say "built dist/windows/bloodcancer-kiosk-$version-setup.exe"
