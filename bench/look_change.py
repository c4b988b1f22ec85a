"""Look changes (text size, contrast, language), timed from the tap to the new look painted.

Run by bench/run.py pinned to one CPU (``taskset -c 0``), in a process of its own:

    QT_QPA_PLATFORM=offscreen taskset -c 0 .venv/bin/python -m bench.look_change --json OUT

The kiosk is the real one at 1920x1080 with every topic page built first, as a kiosk
has them after its first quiet minute (that is what made a look change cost seconds:
each kept page was restyled too). Each tap is a real press and release on the button a
reader touches; "painted" is as in bench/interaction.py (the events the tap caused,
then a synchronous repaint of the window). Between taps the kiosk is given the time to
restyle its hidden pages (not timed, but the CPU time it takes is reported), as it has
while the reader looks at the new screen.

In the same run, two baselines on the same screens:

- "repaint only": the same screen repainted with nothing changed (the floor);
- "whole window at once": the way it was before, with the look put on every widget in
  one go (application style sheet, every font, every icon), a few taps only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bench.interaction import SIZE, build_kiosk, percentile, settle
from bench.platform import offscreen_platform
from kiosk.app.kiosk import Kiosk, apply_theme, create_application
from kiosk.ui.look import apply_role_font
from kiosk.ui.theme import Theme


class Clock:
    """Wall time (what the reader waits) and this thread's CPU time (the work)."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.thread_time()

    def lap(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.thread_time() - self.cpu


def summary(samples: list[tuple[float, float]]) -> dict[str, float]:
    wall = [w * 1000 for w, _ in samples]
    cpu = [c * 1000 for _, c in samples]
    return {
        "count": len(samples),
        "p50_ms": statistics.median(wall),
        "p95_ms": percentile(wall, 0.95),
        "max_ms": max(wall),
        "cpu_p50_ms": statistics.median(cpu),
        "cpu_p95_ms": percentile(cpu, 0.95),
    }


class LookBench:
    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.look = kiosk.themes.look
        self.background_cpu: list[float] = []

    def prepare_every_page(self) -> int:
        controller = self.kiosk.controller
        self.kiosk.preparer.stop()
        for topic in controller.content().ordered_topics():
            controller.prepare_topic(topic.id)
        settle()
        return self.window.topic_view.kept_pages

    def finish_hidden(self) -> None:
        """Let the kiosk restyle its hidden regions, as it does while the reader reads."""
        started = time.thread_time()
        self.look.flush()
        settle()
        self.background_cpu.append(time.thread_time() - started)

    def tap(self, widget: QWidget, done: Callable[[], bool]) -> tuple[float, float]:
        clock = Clock()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        settle()
        self.window.repaint()
        lap = clock.lap()
        if not done():
            raise RuntimeError(f"the tap on {widget.objectName()} did not take effect")
        return lap

    def repaint_only(self) -> tuple[float, float]:
        clock = Clock()
        settle()
        self.window.repaint()
        return clock.lap()

    def size_tap(self) -> tuple[float, float]:
        themes = self.kiosk.themes
        expected = themes.next_text_size()
        return self.tap(
            self.window.tools_bar.text_size_button, lambda: themes.theme.text_size is expected
        )

    def contrast_tap(self) -> tuple[float, float]:
        themes = self.kiosk.themes
        expected = not themes.high_contrast
        return self.tap(
            self.window.tools_bar.contrast_button, lambda: themes.high_contrast is expected
        )

    def language_tap(self, code: str) -> tuple[float, float]:
        """Open the picker (not timed: it is a layer, not a look), then tap a language."""
        self.window.tools_bar.language_button.click()
        settle()
        picker = self.window.language_picker
        button = next(b for b in picker.buttons if b.key == code)
        translations = self.kiosk.translations
        return self.tap(button, lambda: translations.current == code)

    def whole_window_at_once(self, theme: Theme) -> tuple[float, float]:
        """The way before: one application style sheet, every widget re-fonted and
        rethemed in one go, hidden pages included."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        clock = Clock()
        app.setStyleSheet(theme.stylesheet())
        for widget in [self.window, *self.window.findChildren(QWidget)]:
            apply_role_font(widget, theme)
            retheme = getattr(widget, "retheme", None)
            if retheme is not None:
                retheme(theme)
        settle()
        self.window.repaint()
        return clock.lap()


def measure(bench: LookBench, rounds: int, baseline_rounds: int) -> dict[str, object]:
    kiosk, window = bench.kiosk, bench.window
    screens: dict[str, Callable[[], None]] = {
        "Home": kiosk.controller.go_home,
        "a topic": lambda: kiosk.controller.open_topic(
            kiosk.controller.content().ordered_topics()[0].id
        ),
    }
    kinds: dict[str, list[tuple[float, float]]] = {}
    floor: list[tuple[float, float]] = []
    languages = [code for code in kiosk.translations.offered if code != "en"] or ["en"]
    for _ in range(rounds):
        for name, show in screens.items():
            show()
            settle()
            window.repaint()
            floor.append(bench.repaint_only())
            for kind, tap in (
                ("text size", bench.size_tap),
                ("contrast", bench.contrast_tap),
            ):
                kinds.setdefault(f"{kind} on {name}", []).append(tap())
                bench.finish_hidden()
            for code in (languages[len(floor) % len(languages)], "en"):
                kinds.setdefault(f"language on {name}", []).append(bench.language_tap(code))
                bench.finish_hidden()
    kiosk.themes.reset()
    bench.finish_hidden()
    # The way before, on Home: a few taps only, each takes seconds.
    kiosk.controller.go_home()
    settle()
    before = []
    theme = kiosk.themes.theme
    for _ in range(baseline_rounds):
        theme = theme.with_text_size(kiosk.themes.next_text_size())
        before.append(bench.whole_window_at_once(theme))
    everything = [sample for samples in kinds.values() for sample in samples]
    return {
        "all": summary(everything),
        "kinds": {kind: summary(samples) for kind, samples in kinds.items()},
        "repaint_only": summary(floor),
        "whole_window_at_once": summary(before),
        "hidden_regions_cpu_p50_ms": statistics.median(bench.background_cpu) * 1000,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, required=True, help="write the results here")
    parser.add_argument("--rounds", type=int, default=10, help="taps of each kind per screen")
    parser.add_argument("--baseline-rounds", type=int, default=3)
    args = parser.parse_args(argv)
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = offscreen_platform(Path(tempfile.mkdtemp()), SIZE)
    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        kiosk = build_kiosk(Path(folder))
        apply_theme(app, kiosk.theme)
        bench = LookBench(kiosk)
        pages = bench.prepare_every_page()
        results = {
            "cpus_allowed": sorted(os.sched_getaffinity(0)),
            "pages_kept": pages,
            **measure(bench, args.rounds, args.baseline_rounds),
        }
        kiosk.stop()
    args.json.write_text(json.dumps(results, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
