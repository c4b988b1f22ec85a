"""The screen every benchmark runs on: Qt's offscreen platform, sized like the kiosk's.

The offscreen platform's own screen is 800x600. A kiosk window of 1920x1080 on it gets
real taps wrong: kinetic scrolling (QScroller) holds back a press and replays it to the
widget found at its screen position, and outside the 800x600 screen there is none, so
the tap is lost. A configured screen of the kiosk's size avoids that, and makes a
full-screen window (the kiosk, the empty reference) paint the same number of pixels.
"""

from __future__ import annotations

import json
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
