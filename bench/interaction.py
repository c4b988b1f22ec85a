"""Tap-to-paint times and the long memory run, inside one kiosk process.

Run by bench/run.py in a process of its own (so its memory figures are its own):

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/interaction.py --json OUT

The kiosk is the real one (bundled content, default settings, Qt's mock speech engine so
nothing is spoken) at 1920x1080. Every tap is a real mouse press and release on the
widget a reader would touch, delivered by QTest; "painted" means the posted events that
the tap caused have run and the whole window has been repainted synchronously
(``QWidget.repaint``), so the time covers the handler, the layout and the paint.

A navigation is one tap of the cycle Home -> topic tile -> a word's card -> close the
card -> Back, over every topic on Home that explains a word.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bench.platform import offscreen_platform
from kiosk.app.kiosk import Kiosk, Services, apply_theme, create_application
from kiosk.core.content.document import LinkKind, block_links
from kiosk.core.navigation import Screen
from kiosk.core.session import Mode
from kiosk.core.settings import LoadedSettings, Settings
from kiosk.io import resources
from kiosk.io.content_loader import load_library
from kiosk.ui.session_controller import Timings
from kiosk.ui.widgets.buttons import CardButton, TouchButton

SIZE = (1920, 1080)


def resident_mb() -> float:
    """Resident memory now (not the peak), from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def settle() -> None:
    """Run everything the last input caused, as the next turn of the event loop would.

    ``processEvents`` alone leaves events posted while it ran (a scroll area's layout
    request, for one) for later; ``sendPostedEvents`` delivers those too.
    """
    QApplication.processEvents()
    QApplication.sendPostedEvents()


def build_kiosk(folder: Path) -> Kiosk:
    settings = Settings()
    settings = settings.model_copy(
        update={
            "speech": settings.speech.model_copy(update={"engine": "mock"}),
            "usage": settings.usage.model_copy(update={"folder": str(folder / "usage")}),
        }
    )
    services = Services(
        load_library(resources.content_dir(), resources.illustrations_dir()),
        LoadedSettings(settings, None),
        resources.illustrations_dir(),
    )
    # The reader's countdown is one short tick so that an idle reset takes milliseconds;
    # the idle time itself is long, so the reset comes only when the bench asks for it.
    timings = Timings(warning_seconds=1, tick_ms=1)
    kiosk = Kiosk(services, timings=timings, exit_app=lambda code: None)
    kiosk.window.resize(*SIZE)
    kiosk.window.show()
    kiosk.start(present=False)
    QApplication.processEvents()
    kiosk.session.start_browsing()
    return kiosk


@dataclass(frozen=True)
class Tap:
    kind: str
    widget: Callable[[], QWidget]
    done: Callable[[], bool]

    def check_done(self) -> None:
        # A tap that did nothing would make the figures meaningless: stop instead.
        if not self.done():
            raise RuntimeError(f"the tap to {self.kind} did not take effect")


class Reader:
    """Taps through the kiosk the way a reader does."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.content = kiosk.controller.content()
        self.topics = self._topics_on_home()
        if not self.topics:
            raise RuntimeError("no topic on Home explains a word: nothing to tap")

    def _topics_on_home(self) -> list[tuple[str, str]]:
        found = []
        for tile in self.window.home_view.findChildren(CardButton):
            name = tile.objectName()
            if not name.startswith("tile-"):
                continue
            topic = self.content.topic(name.removeprefix("tile-"))
            if topic is None:
                continue
            terms = [
                link.target
                for section in topic.sections
                for block in section.blocks
                for link in block_links(block)
                if link.kind is LinkKind.GLOSSARY and self.content.term(link.target)
            ]
            if terms:
                found.append((topic.id, terms[0]))
        return found

    def cycle(self) -> Iterator[Tap]:
        """Endless taps: tile, word, close the card, back, on each topic in turn."""
        window, router = self.window, self.kiosk.controller.router
        card = window.glossary_card
        while True:
            for topic_id, term_id in self.topics:
                yield Tap(
                    "open topic",
                    lambda t=topic_id: self._find(CardButton, f"tile-{t}", window.home_view),
                    lambda t=topic_id: router.current.target == t,
                )
                yield Tap(
                    "open word",
                    lambda t=term_id: self._find(TouchButton, f"term-{t}", window.topic_view.page),
                    lambda t=term_id: card.is_open and card.term_id == t,
                )
                yield Tap("close word", lambda: card.close_button, lambda: not card.is_open)
                yield Tap(
                    "back",
                    lambda: window.top_bar.back_button,
                    lambda: router.current.screen is Screen.HOME,
                )

    def _find(self, kind: type[QWidget], name: str, screen: QWidget) -> QWidget:
        widget = screen.findChild(kind, name)
        if widget is None:
            raise RuntimeError(f"no {kind.__name__} named {name!r} on screen")
        return widget

    def tap(self, widget: QWidget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def reach(self, tap: Tap) -> QWidget:
        """The widget to tap, scrolled into view as a reader would (not timed)."""
        widget = tap.widget()
        for page in (self.window.topic_view.page, self.window.home_view):
            if page.isAncestorOf(widget):
                page.ensureWidgetVisible(widget)
                settle()
        return widget

    def tap_and_paint(self, tap: Tap) -> float:
        widget = self.reach(tap)
        started = time.perf_counter()
        self.tap(widget)
        settle()
        self.window.repaint()
        seconds = time.perf_counter() - started
        tap.check_done()
        return seconds

    def idle_reset(self) -> None:
        """The idle timer fires, the countdown runs out, the next reader starts."""
        session = self.kiosk.session
        loop = QEventLoop()
        session.sessionReset.connect(loop.quit)
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(5000)
        session.idle_timer.idle.emit()
        loop.exec()
        guard.stop()
        session.sessionReset.disconnect(loop.quit)
        if session.mode is Mode.BROWSING:
            raise RuntimeError("the idle reset did not happen")
        self.window.attract_view.started.emit()  # the next reader touches the screen
        QApplication.processEvents()
        if session.mode is not Mode.BROWSING:
            raise RuntimeError(f"the kiosk did not wake: {session.mode}")


def first_openings(reader: Reader) -> dict[str, dict[str, float]]:
    """The first opening of topics from Home: half before any page is prepared, the
    other half after the kiosk has prepared its pages (as it does while it waits)."""
    kiosk = reader.kiosk
    kiosk.preparer.stop()
    window, router = reader.window, kiosk.controller.router
    half = len(reader.topics) // 2

    def open_each(topics: list[tuple[str, str]]) -> list[float]:
        seconds = []
        for topic_id, _ in topics:
            tap = Tap(
                "open topic",
                lambda t=topic_id: reader._find(CardButton, f"tile-{t}", window.home_view),
                lambda t=topic_id: router.current.target == t,
            )
            seconds.append(reader.tap_and_paint(tap))
            reader.tap_and_paint(
                Tap(
                    "back",
                    lambda: window.top_bar.back_button,
                    lambda: router.current.screen is Screen.HOME,
                )
            )
        return seconds

    cold = open_each(reader.topics[:half])
    kiosk.preparer.schedule()
    while kiosk.preparer.is_running:
        QTest.qWait(20)
    prepared = open_each(reader.topics[half:])

    def summary(values: list[float]) -> dict[str, float]:
        return {
            "count": len(values),
            "p50_ms": statistics.median(values) * 1000,
            "max_ms": max(values) * 1000,
        }

    return {"not_prepared": summary(cold), "prepared": summary(prepared)}


def tap_to_paint(reader: Reader, navigations: int, warmup: int) -> dict[str, object]:
    taps = reader.cycle()
    for _ in range(warmup):
        reader.tap_and_paint(next(taps))
    by_kind: dict[str, list[float]] = {}
    everything = []
    for _ in range(navigations):
        tap = next(taps)
        seconds = reader.tap_and_paint(tap)
        by_kind.setdefault(tap.kind, []).append(seconds)
        everything.append(seconds)

    def summary(values: list[float]) -> dict[str, float]:
        return {
            "count": len(values),
            "p50_ms": statistics.median(values) * 1000,
            "p95_ms": percentile(values, 0.95) * 1000,
            "max_ms": max(values) * 1000,
        }

    return {
        "all": summary(everything),
        "kinds": {kind: summary(values) for kind, values in by_kind.items()},
    }


def long_run(reader: Reader, navigations: int, resets: int) -> dict[str, float]:
    """Resident memory before and after many taps and idle resets, after a warm-up."""
    taps = reader.cycle()
    every = max(1, navigations // max(1, resets))

    def run(count: int, reset_count: int) -> None:
        done_resets = 0
        for n in range(1, count + 1):
            tap = next(taps)
            reader.tap(reader.reach(tap))
            settle()
            tap.check_done()
            if n % every == 0 and done_resets < reset_count:
                reader.idle_reset()
                done_resets += 1
                taps_restart()

    def taps_restart() -> None:
        nonlocal taps
        taps = reader.cycle()  # after a reset the reader is on Home again

    def measure() -> float:
        for _ in range(3):
            settle()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return resident_mb()

    run(max(200, navigations // 20), max(10, resets // 20))  # caches, fonts, first pages
    before = measure()
    started = time.perf_counter()
    run(navigations, resets)
    seconds = time.perf_counter() - started
    after = measure()
    return {
        "navigations": navigations,
        "resets": resets,
        "rss_before_mb": before,
        "rss_after_mb": after,
        "growth_mb": after - before,
        "seconds": seconds,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, required=True, help="write the results here")
    parser.add_argument("--navigations", type=int, default=1000)
    parser.add_argument("--long-navigations", type=int, default=10_000)
    parser.add_argument("--resets", type=int, default=500)
    args = parser.parse_args(argv)
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = offscreen_platform(Path(tempfile.mkdtemp()), SIZE)
    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        kiosk = build_kiosk(Path(folder))
        apply_theme(app, kiosk.theme)
        reader = Reader(kiosk)
        results = {
            "topics_cycled": [topic for topic, _ in reader.topics],
            "first_openings": first_openings(reader),
            "tap_to_paint": tap_to_paint(reader, args.navigations, warmup=40),
            "long_run": long_run(reader, args.long_navigations, args.resets),
        }
        kiosk.stop()
    args.json.write_text(json.dumps(results, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
