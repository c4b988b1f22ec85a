#!/usr/bin/env bash
# `make test-windows`: the installer of `make windows`, tried under Wine in a new prefix, on
# the virtual display of xvfb-run (setup and the kiosk need one). Each step says what it
# checks; the first failure stops with its reason. What this cannot prove about Windows:
# docs/windows-under-wine.md.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
[[ -n "${DISPLAY:-}" ]] || die "no DISPLAY: run under xvfb-run (make test-windows does)"

version=$(kiosk_version)
older=0.0.1
setup=$WIN_DIST/bloodcancer-kiosk-$version-setup.exe
[[ -f "$setup" && -f "$WIN_FROZEN/kiosk.exe" ]] || die "no $setup: run make windows first"
out=$WORK/test
rm -rf "$out"
mkdir -p "$out"

# The same files numbered 0.0.1: the "older version" to upgrade from. Fast compression,
# in the build prefix, so the test prefix sees nothing but installers.
WINEPREFIX=$PREFIXES/build
[[ -d "$WINEPREFIX/drive_c" ]] || new_prefix "$WINEPREFIX"
WINEPREFIX=$WINEPREFIX compile_installer "$older" "$out/older" /DCompression=zip/1
WINEPREFIX=$PREFIXES/build wineserver -k 2>/dev/null || true

export WINEPREFIX=$PREFIXES/test
new_prefix "$WINEPREFIX"
trap 'wineserver -k 2>/dev/null || true' EXIT
C=$WINEPREFIX/drive_c
app="$C/Program Files/BloodCancerKiosk"
settings=$C/ProgramData/bloodcancer-kiosk/kiosk.toml
health_dir=$C/ProgramData/bloodcancer-kiosk/health
start_menu="$C/ProgramData/Microsoft/Windows/Start Menu/Programs/Blood cancer treatment kiosk.lnk"
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\{C23664FA-6875-4798-A7FC-1279614D7D02}_is1'
# /reg:64: setup is a 32-bit program writing the 64-bit view; reg.exe looks at its own.
# Wine names the user folder after the Unix user.
logs=$(find "$C/users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -1)/AppData/Local/bloodcancer-kiosk/Logs
passed=0
ok() { passed=$((passed + 1)); printf 'windows: ok %s\n' "$*" >&2; }

install() {  # install SETUP NAME [options]: silently, as fleets do; returns setup's code
  local file=$1 name=$2
  shift 2
  local code=0
  wine "$file" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winpath "$out/$name.log")" \
    "$@" </dev/null 2>&1 | cat || code=$?
  wineserver --wait
  return "$code"
}

display_version() {
  wine reg query "$uninstall_key" /v DisplayVersion /reg:64 </dev/null 2>/dev/null | tr -d '\r' |
    awk '$1 == "DisplayVersion" {print $3}'
}

# 1. Without /NOTASK setup creates the scheduled task first. Wine's schtasks cannot
#    create a task from XML, so here it must stop, as for a missing account: exit code 7,
#    nothing installed.
code=0
install "$setup" refused || code=$?
[[ $code -eq 7 ]] || die "setup without /NOTASK exited $code, expected 7 (the task could not be created)"
[[ ! -e "$app" ]] || die "setup that stopped left $app behind"
grep -q 'Could not create the scheduled task' "$out/refused.log" ||
  die "setup stopped without saying why (see $out/refused.log)"
ok "setup that cannot create its task stops with exit code 7 and installs nothing"

# 2. The older version, then a change made by staff.
install "$out/older/bloodcancer-kiosk-$older-setup.exe" older /NOTASK ||
  die "setup $older exited $? (see $out/older.log)"
[[ "$(display_version)" == "$older" ]] || die "after installing $older the uninstall entry says $(display_version)"
[[ -f "$settings" ]] || die "setup $older wrote no $settings"
# Read-aloud off: Qt's sapi engine hangs and its winrt engine crashes under Wine.
"$HOST_PYTHON" scripts/windows/settings_edit.py "$settings" \
  'kiosk.name="wine-test"' speech.enabled=false
cp "$settings" "$out/kiosk.toml.changed"
ok "version $older installed; settings changed as staff would"

# 3. This version over it: the settings stay exactly as staff left them.
install "$setup" upgrade /NOTASK || die "setup $version over $older exited $? (see $out/upgrade.log)"
[[ "$(display_version)" == "$version" ]] || die "after the upgrade the uninstall entry says $(display_version)"
cmp -s "$settings" "$out/kiosk.toml.changed" || die "the upgrade changed $settings"
ok "version $version installed over $older; the settings file is unchanged"

# 4. The layout.
for file in kiosk.exe kiosk-cli.exe unins000.exe unins000.dat _internal/base_library.zip \
  _internal/content _internal/assets/fonts docs/kiosk.example.toml docs/deploying.md; do
  [[ -e "$app/$file" ]] || die "not installed: C:\\Program Files\\BloodCancerKiosk\\$file"
done
[[ $(find "$app" -maxdepth 1 -name 'unins*.exe' | wc -l) -eq 1 ]] || die "more than one uninstaller in $app"
diff -rq "$WIN_FROZEN" "$app" | grep -v "^Only in $app" && die "the installed program differs from $WIN_FROZEN"
[[ -d "$health_dir" ]] || die "no folder for the health file: $health_dir"
[[ -f "$start_menu" ]] || die "no Start-menu entry: $start_menu"
wine reg query "$uninstall_key" /v UninstallString /reg:64 </dev/null 2>/dev/null | tr -d '\r' |
  grep -q 'C:\\Program Files\\BloodCancerKiosk\\unins000.exe' ||
  die "the uninstall entry does not name C:\\Program Files\\BloodCancerKiosk\\unins000.exe"
ok "layout: Program Files, ProgramData settings and health folder, Start menu, uninstaller"

# 5. The installed commands, offscreen (Wine passes QT_* variables on only as WINEQT_*;
#    offscreen Qt needs a font folder).
export WINEQT_QPA_PLATFORM=offscreen
WINEQT_QPA_FONTDIR=$(winpath "$app/_internal/assets/fonts")
export WINEQT_QPA_FONTDIR
cli="C:\\Program Files\\BloodCancerKiosk\\kiosk-cli.exe"
got=$(wrun "$cli" --version | tail -1)
[[ "$got" == *"$version"* ]] || die "kiosk-cli.exe --version said: $got"
wrun "$cli" check-config 'C:\ProgramData\bloodcancer-kiosk\kiosk.toml' >"$out/check-config.txt" ||
  die "check-config failed on the installed settings: $(cat "$out/check-config.txt")"
wrun "$cli" check-content --strict --quiet >"$out/check-content.txt" ||
  die "the installed check-content failed: $(cat "$out/check-content.txt")"
wrun "$cli" self-test >"$out/self-test.txt" || die "the installed self-test failed: $(tail -20 "$out/self-test.txt")"
grep -q '; OK$' "$out/self-test.txt" || die "the installed self-test did not say OK: $(tail -5 "$out/self-test.txt")"
ok "kiosk-cli.exe: --version, check-config, check-content --strict, $(grep '; OK$' "$out/self-test.txt")"
# The windowed kiosk.exe has no console: its exit code is all it says.
wrun "C:\\Program Files\\BloodCancerKiosk\\kiosk.exe" self-test >/dev/null ||
  die "the installed kiosk.exe self-test exited $?"
ok "kiosk.exe self-test exits 0"
unset WINEQT_QPA_PLATFORM WINEQT_QPA_FONTDIR

# 6. The installed kiosk as installed (full screen, its settings), on the virtual display.
rm -f "$logs/kiosk.log"
wine "C:\\Program Files\\BloodCancerKiosk\\kiosk.exe" </dev/null 2>&1 | cat >"$out/kiosk.out" &
for _ in $(seq 1 "${KIOSK_WINE_READY_SECONDS:-180}"); do
  grep -q ' ready ' "$logs/kiosk.log" 2>/dev/null && break
  sleep 1
done
grep -q ' ready ' "$logs/kiosk.log" 2>/dev/null ||
  die "the installed kiosk did not log 'ready' in ${KIOSK_WINE_READY_SECONDS:-180} s: $(tail -5 "$logs/kiosk.log" 2>/dev/null)"
# "ready" is logged after the window's first paint; give the window manager-less X server
# a moment to show the mapped window.
sleep 2
"$HOST_PYTHON" scripts/windows/screenshot.py "$out/installed-kiosk.png" || die "see $out/installed-kiosk.png"
ok "the installed kiosk is on screen: $out/installed-kiosk.png"
# It writes its health file at start, then every minute.
"$HOST_PYTHON" - "$health_dir/health.json" "$version" <<'PY' || die "no valid health file from the installed kiosk"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
assert data["version"] == sys.argv[2], data["version"]
assert data["kiosk_name"] == "wine-test" and data["speech"] == "off", data
print(f"windows: health.json: version {data['version']}, {data['content']}, speech {data['speech']}")
PY
ok "the installed kiosk wrote C:\\ProgramData\\bloodcancer-kiosk\\health\\health.json"
wineserver -k 2>/dev/null || true
wait || true

# 7. Uninstall: the program, its Start-menu entry and uninstall entry go; the settings stay.
wine "$app/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART </dev/null 2>&1 | cat ||
  die "the uninstaller exited $?"
wineserver --wait  # it copies itself to %TEMP% and runs from there: wait for that too
[[ ! -e "$app" ]] || die "uninstalling left $app: $(find "$app" | head -5)"
[[ ! -e "$start_menu" ]] || die "uninstalling left the Start-menu entry"
if wine reg query "$uninstall_key" /reg:64 </dev/null >/dev/null 2>&1; then die "uninstalling left $uninstall_key"; fi
cmp -s "$settings" "$out/kiosk.toml.changed" || die "uninstalling removed or changed $settings"
ok "uninstalled: program folder, Start-menu entry and uninstall entry gone; settings kept"

printf 'windows: %d passed, 0 failed\n' "$passed"
