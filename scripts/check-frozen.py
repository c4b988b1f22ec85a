#!/usr/bin/env python3
"""Check a frozen kiosk folder (``dist/kiosk``) before it ships.

``make installer`` runs this right after PyInstaller, before the frozen self-test (which
runs offscreen, so it cannot notice a missing Wayland, X11 or speech plugin, and the
kiosk deliberately carries on without read-aloud when Qt's text-to-speech cannot load):

- exactly the Qt plugins of packaging/pyinstaller/qt_bundle.py are there, no others;
- nothing the kiosk must never ship (Qt Quick, WebEngine, FFmpeg...) is there;
- Linux: every ELF file is stripped, ``ldd`` finds every library each one needs (with
  the library path the PyInstaller bootloader sets), and every bundled Qt library is
  needed by a Python extension module or a kept plugin, directly or through another.

``--debian-depends`` prints instead the Debian packages of the system libraries the
folder uses (for the .deb's Depends, with the glibc version it needs) and checks nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _load_qt_bundle() -> ModuleType:
    path = ROOT / "packaging" / "pyinstaller" / "qt_bundle.py"
    spec = importlib.util.spec_from_file_location("_kiosk_qt_bundle", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


qt_bundle = _load_qt_bundle()


def internal(dist: Path) -> Path:
    return dist / "_internal"


def plugin_dir(dist: Path) -> Path:
    linux = internal(dist) / "PySide6" / "Qt" / "plugins"
    return linux if linux.is_dir() else internal(dist) / "PySide6" / "plugins"


def bundled_plugins(dist: Path) -> set[tuple[str, str]]:
    found = set()
    for path in plugin_dir(dist).rglob("*"):
        if path.is_file():
            plugin = qt_bundle.plugin_of(path.relative_to(internal(dist)).as_posix())
            if plugin is not None:
                found.add((plugin.folder, plugin.name))
    return found


def expected_plugins(platform: str) -> set[tuple[str, str]]:
    return {
        (folder, name)
        for folder, names in qt_bundle.plugins_for(platform).items()
        for name in names
    }


def elf_files(dist: Path) -> list[Path]:
    files = []
    for path in sorted(dist.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def _run(command: list[str], env: dict[str, str] | None = None) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=False, env=env).stdout


def _ldd_env(dist: Path) -> dict[str, str]:
    # The bootloader puts _internal first on the library path before starting Python.
    return {**os.environ, "LD_LIBRARY_PATH": str(internal(dist))}


def ldd_lines(dist: Path, files: Iterable[Path]) -> dict[Path, list[str]]:
    env = _ldd_env(dist)
    return {path: _run(["ldd", str(path)], env).splitlines() for path in files}


def missing_libraries(ldd: dict[Path, list[str]]) -> list[str]:
    return sorted(
        f"{path}: {line.split()[0]}"
        for path, lines in ldd.items()
        for line in lines
        if "not found" in line
    )


def system_libraries(dist: Path, ldd: dict[Path, list[str]]) -> set[str]:
    """Paths of the libraries the folder loads from the system, not from itself."""
    inside = str(dist.resolve())
    found = set()
    for lines in ldd.values():
        for line in lines:
            match = re.search(r"=>\s+(/\S+)", line)
            if match and not str(Path(match.group(1)).resolve()).startswith(inside):
                found.add(match.group(1))
    return found


def _objdump(path: Path) -> str:
    return _run(["objdump", "-p", str(path)])


def needed(path: Path) -> list[str]:
    return re.findall(r"^\s+NEEDED\s+(\S+)", _objdump(path), re.MULTILINE)


def unstripped(files: Iterable[Path]) -> list[str]:
    return [
        str(path)
        for path in files
        if re.search(r"\]\s+\.symtab\s", _run(["readelf", "-S", "-W", str(path)]))
    ]


def unneeded_qt_libraries(dist: Path, files: list[Path]) -> list[str]:
    """Bundled Qt libraries nothing kept links to (so the spec's filter missed them)."""
    qt_lib = internal(dist) / "PySide6" / "Qt" / "lib"
    libraries = {path.name: path for path in files if path.parent == qt_lib}
    roots = [path for path in files if path.parent != qt_lib]
    reached: set[str] = set()
    queue = list(roots)
    while queue:
        for name in needed(queue.pop()):
            if name in libraries and name not in reached:
                reached.add(name)
                queue.append(libraries[name])
    return sorted(set(libraries) - reached)


def glibc_minimum(files: Iterable[Path]) -> str | None:
    versions: set[tuple[int, ...]] = set()
    for path in files:
        for found in re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", _objdump(path)):
            versions.add(tuple(int(part) for part in found.split(".")))
    return ".".join(map(str, max(versions))) if versions else None


def debian_package(path: str) -> str | None:
    """The package that installed ``path`` (tried with and without /usr: merged /usr)."""
    candidates = [path, str(Path(path).resolve())]
    for candidate in list(candidates):
        if candidate.startswith("/usr/"):
            candidates.append(candidate.removeprefix("/usr"))
        else:
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        out = _run(["dpkg-query", "-S", candidate])
        if out:
            return out.split(":")[0].strip()
    return None


def debian_depends(dist: Path) -> str:
    files = elf_files(dist)
    ldd = ldd_lines(dist, files)
    packages: set[str] = set()
    for path in system_libraries(dist, ldd):
        package = debian_package(path)
        if package is None:
            raise SystemExit(f"check-frozen: no Debian package installed {path}")
        packages.add(package)
    minimum = glibc_minimum(files)
    entries = sorted(packages - {"libc6"})
    if "libc6" in packages:
        entries.insert(0, f"libc6 (>= {minimum})" if minimum else "libc6")
    return ", ".join(entries)


def check(dist: Path, platform: str) -> list[str]:
    problems = []
    executable = dist / ("kiosk.exe" if platform == "win32" else "kiosk")
    if not executable.is_file():
        return [f"{executable} is missing: run `make installer`"]
    have, want = bundled_plugins(dist), expected_plugins(platform)
    problems += [f"Qt plugin missing: {folder}/{name}" for folder, name in sorted(want - have)]
    problems += [f"Qt plugin not in the policy: {f}/{n}" for f, n in sorted(have - want)]
    everything = [p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()]
    problems += [f"must not be bundled: {name}" for name in qt_bundle.forbidden(everything)]
    if platform.startswith("linux"):
        files = elf_files(dist)
        ldd = ldd_lines(dist, files)
        problems += [f"library not found: {line}" for line in missing_libraries(ldd)]
        problems += [f"not stripped: {path}" for path in unstripped(files)]
        problems += [
            f"Qt library nothing links to: {name}" for name in unneeded_qt_libraries(dist, files)
        ]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="the frozen folder (dist/kiosk)")
    parser.add_argument(
        "--debian-depends",
        action="store_true",
        help="print the Debian packages of the system libraries it uses, and exit",
    )
    args = parser.parse_args(argv)
    if args.debian_depends:
        print(debian_depends(args.dist))
        return 0
    if sys.platform.startswith("linux") and not (shutil.which("ldd") and shutil.which("objdump")):
        print("check-frozen: needs ldd and objdump (Debian: libc-bin, binutils)", file=sys.stderr)
        return 2
    problems = check(args.dist, sys.platform)
    for problem in problems:
        print(f"check-frozen: {problem}", file=sys.stderr)
    plugins = sorted(f"{folder}/{name}" for folder, name in bundled_plugins(args.dist))
    print(f"check-frozen: {args.dist}: {len(plugins)} Qt plugins ({', '.join(plugins)}); ", end="")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
