#!/usr/bin/env python3
"""How big the frozen kiosk is, against an empty PySide6 window frozen the same way.

    scripts/size-report.py --build    # build the references first (about a minute)
    scripts/size-report.py --check    # exit 1 if the kiosk is larger than the reference

The references, built with the kiosk's PyInstaller settings (one folder, stripped on
Linux, no UPX) into build/size/:
- reference/empty_window: bench/size/empty_window.py, untrimmed (what PyInstaller's Qt
  hooks collect for a bare QApplication and QWidget);
- untrimmed/kiosk: the kiosk with KIOSK_QT_TRIM=0, i.e. without the Qt filter.
The kiosk itself is dist/kiosk from `make installer`. Sizes are the files' apparent
sizes in MB (10^6 bytes); symbolic links count as links, not as what they point to.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = ROOT / "build" / "size"
KIOSK = ROOT / "dist" / "kiosk"
REFERENCE = SIZE / "reference" / "empty_window"
UNTRIMMED = SIZE / "untrimmed" / "kiosk"


def folder_bytes(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def megabytes(size: int) -> str:
    return f"{size / 1e6:7.1f} MB"


def pyinstaller(spec: Path, dist: Path, work: Path, env: dict[str, str] | None = None) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(spec)]
    print("size-report: building", spec.relative_to(ROOT), file=sys.stderr)
    subprocess.run(command, check=True, cwd=ROOT, env=env)


def build(*, untrimmed: bool = True) -> None:
    pyinstaller(
        ROOT / "bench" / "size" / "empty_window.spec", REFERENCE.parent, SIZE / "work-reference"
    )
    if not untrimmed:
        return
    untrimmed_env = {**os.environ, "KIOSK_QT_TRIM": "0"}
    pyinstaller(
        ROOT / "build_installer.spec", UNTRIMMED.parent, SIZE / "work-untrimmed", untrimmed_env
    )


def report() -> dict[str, int]:
    sizes = {}
    for name, folder in (
        ("kiosk", KIOSK),
        ("kiosk_untrimmed", UNTRIMMED),
        ("empty_window", REFERENCE),
    ):
        if (folder / "_internal").is_dir():
            sizes[name] = folder_bytes(folder)
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="build the references first")
    parser.add_argument(
        "--build-reference",
        action="store_true",
        help="build only the empty window first (what `make bench` needs)",
    )
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the kiosk is larger than the reference"
    )
    args = parser.parse_args(argv)
    if args.build or args.build_reference:
        build(untrimmed=args.build)
    sizes = report()
    if "kiosk" not in sizes:
        print("size-report: no dist/kiosk: run `make installer` first", file=sys.stderr)
        return 2
    reference = sizes.get("empty_window")
    rows = [
        ("kiosk (dist/kiosk, Qt filter applied)", sizes["kiosk"]),
        ("kiosk without the Qt filter", sizes.get("kiosk_untrimmed")),
        ("empty PySide6 window, untrimmed", reference),
    ]
    for label, size in rows:
        shown = megabytes(size) if size is not None else "    (not built: --build)"
        ratio = f"  {size / reference:5.2f} x the empty window" if size and reference else ""
        print(f"{label:40} {shown}{ratio}")
    SIZE.mkdir(parents=True, exist_ok=True)
    (SIZE / "report.json").write_text(json.dumps(sizes, indent=2) + "\n", "utf-8")
    if args.check:
        if reference is None:
            print("size-report: no reference built: run with --build", file=sys.stderr)
            return 2
        if sizes["kiosk"] > reference:
            print("size-report: the kiosk is larger than the empty window", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
