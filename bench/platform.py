"""The screen every benchmark runs on: Qt's offscreen platform, sized like the kiosk's
(and, for the start, also a virtual X display when Xvfb is installed).

The offscreen platform's own screen is 800x600. A kiosk window of 1920x1080 on it gets
real taps wrong: kinetic scrolling (QScroller) holds back a press and replays it to the
widget found at its screen position, and outside the 800x600 screen there is none, so
the tap is lost. A configured screen of the kiosk's size avoids that, and makes a
full-screen window (the kiosk, the empty reference) paint the same number of pixels.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def offscreen_platform(folder: Path, size: tuple[int, int]) -> str:
    """A ``QT_QPA_PLATFORM`` value for an offscreen screen of ``size``."""
    width, height = size
    config = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": False,
        "screens": [
            {
                "name": "bench",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpiX": 96,
                "logicalDpiY": 96,
                "dpr": 1,
            }
        ],
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "offscreen-screen.json"
    path.write_text(json.dumps(config), "utf-8")
    return f"offscreen:configfile={path}"


READY_SECONDS = 10.0


@contextmanager
def virtual_display(size: tuple[int, int]) -> Iterator[str | None]:
    """A virtual X display (Xvfb) of ``size`` for the time of the block: its ``DISPLAY``
    value, or None if Xvfb is not installed (``scripts/system-deps.sh tools``).

    Closer to a kiosk than the offscreen platform: both programs also connect to an X
    server, load the xcb platform plugin and map a real window.
    """
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield None
        return
    width, height = size
    read, write = os.pipe()
    screen = f"{width}x{height}x24"
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        # Xvfb writes its display number once it is ready; it exits (EOF) if it cannot
        # start. Neither within READY_SECONDS: go on without the row.
        ready, _, _ = select.select([read], [], [], READY_SECONDS)
        number = os.read(read, 32).decode().strip() if ready else ""
        yield f":{number}" if number else None
    finally:
        os.close(read)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
