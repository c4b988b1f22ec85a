#!/usr/bin/env python3
"""Screenshot the whole X display and fail if it is blank (``make test-windows``).

    screenshot.py OUT.png [--width 1920 --height 1080]

Run with the project's own Python (its PySide6, on Qt's xcb platform) on the virtual display
that the kiosk under Wine paints on. Blank means: not the expected size, one colour over
nearly all of it, or hardly any colours at all (a window that never painted is one flat
colour; the attract screen has text, a picture and anti-aliased edges).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

MOST_OF_IT = 0.97  # one colour over more than this share of the pixels: blank
FEWEST_COLOURS = 16


def blank_reason(pixels: list[int], size: tuple[int, int], expected: tuple[int, int]) -> str | None:
    """Why the picture counts as blank, or None if it does not."""
    if size != expected:
        return f"the screen is {size[0]}x{size[1]}, expected {expected[0]}x{expected[1]}"
    counts = Counter(pixels)
    colour, most = counts.most_common(1)[0]
    if most / len(pixels) > MOST_OF_IT:
        return f"{most / len(pixels):.1%} of it is one colour (#{colour & 0xFFFFFF:06x})"
    if len(counts) < FEWEST_COLOURS:
        return f"only {len(counts)} colours"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1920)
    parser.add_argument("--height", type=int, default=1080)
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("screenshot: no DISPLAY (run under xvfb-run)", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415 - after the platform is set

    app = QGuiApplication([sys.argv[0]])
    image = app.primaryScreen().grabWindow(0).toImage()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.out)):
        print(f"screenshot: cannot write {args.out}", file=sys.stderr)
        return 1
    # Every 4th pixel of every 4th row: enough to tell a painted screen from a flat one.
    pixels = [
        image.pixel(x, y) for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
    ]
    reason = blank_reason(pixels, (image.width(), image.height()), (args.width, args.height))
    if reason:
        print(f"screenshot: {args.out} is blank: {reason}", file=sys.stderr)
        return 1
    print(f"screenshot: {args.out}, {image.width()}x{image.height()}, {len(set(pixels))} colours")
    return 0


if __name__ == "__main__":
    sys.exit(main())
