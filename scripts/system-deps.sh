#!/usr/bin/env bash
# Install the Debian/Ubuntu packages the kiosk needs, by group; only what is missing.
#   scripts/system-deps.sh display speech     # what `make run` needs
#   scripts/system-deps.sh --check display    # report only, exit 1 if anything is missing
# Groups:
#   display  libraries Qt's X11 (xcb) platform plugin loads to open a real window
#   speech   read-aloud: Qt's speech-dispatcher engine, the espeak-ng voices, libpulse
#            (PySide6's QtTextToSpeech module will not even import without libpulse0)
#   test     what the test suite needs beyond Python: libpulse0, fonts configuration,
#            espeak-ng (speech mode's voice is run for real)
#   tools    screenshots on a virtual display, stripping binaries, building a .deb
#   faults   the fault-injection test: a virtual display, XTest taps, libfaketime's clock
set -euo pipefail

declare -A PKG_GROUPS=(
  [display]="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libopengl0 libfontconfig1 libdbus-1-3"
  [speech]="libpulse0 speech-dispatcher espeak-ng speech-dispatcher-espeak-ng"
  [test]="libpulse0 libfontconfig1 libegl1 libgl1 libxkbcommon0 libdbus-1-3 espeak-ng"
  [faults]="xvfb xauth libx11-6 libxtst6 libfaketime"
  [tools]="xvfb xauth binutils dpkg-dev fakeroot libspeechd2 libwayland-client0 libwayland-cursor0 libwayland-egl1"
)

check_only=0
if [[ "${1:-}" == "--check" ]]; then check_only=1; shift; fi
[[ $# -gt 0 ]] || { echo "usage: $0 [--check] GROUP..." >&2; exit 2; }

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install the equivalents of: $*" >&2
  exit 0
fi

wanted=()
for group in "$@"; do
  [[ -n "${PKG_GROUPS[$group]+x}" ]] || { echo "system-deps: unknown group '$group'" >&2; exit 2; }
  for pkg in ${PKG_GROUPS[$group]}; do wanted+=("$pkg"); done
done

missing=()
for pkg in $(printf '%s\n' "${wanted[@]}" | sort -u); do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ $check_only -eq 1 ]]; then
  echo "system-deps: missing: ${missing[*]}" >&2
  echo "install with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo -n)
else
  echo "system-deps: these Debian packages are missing: ${missing[*]}" >&2
  echo "install them with:  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=900 update -qq
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
