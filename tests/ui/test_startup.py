"""The start in two steps: the attract screen first, then the kiosk takes it over."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import cli
from kiosk.app.startup import AfterPaint, FirstScreen, show_first_screen
from kiosk.core.raw_settings import FirstScreenLanguages
from kiosk.core.session import Mode
from kiosk.core.settings import LanguageSection, Settings
from kiosk.ui.main_window import WindowMode
from kiosk.ui.theme import DEFAULT_THEME
from tests.conftest import REPO
from tests.ui.conftest import LANDSCAPE

# What the first paint must not wait for: the settings' schemas, markdown, YAML, the
# content model, the rest of the interface, speech and the usage database.
NOT_BEFORE_FIRST_PAINT = (
    "pydantic",
    "markdown_it",
    "yaml",
    "sqlite3",
    "kiosk.core.settings",
    "kiosk.core.content",
    "kiosk.io.content_loader",
    "kiosk.app.kiosk",
    "kiosk.app.services",
    "kiosk.ui.views.topic_view",
    "PySide6.QtTextToSpeech",
)


def isolated_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    for name in ("config", "data", "state", "cache"):
        (tmp_path / name).mkdir()
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CONFIG_DIRS=str(tmp_path / "config"),  # no system settings file
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    return env


def run_kiosk(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=isolated_env(tmp_path),
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_the_first_paint_waits_for_none_of_the_rest(tmp_path):
    result = run_kiosk(tmp_path, "-X", "importtime", "-m", "kiosk", "--quit-after-first-paint")
    assert result.returncode == 0, result.stderr[-2000:]
    assert re.search(r"first paint \d+\.\d+ s after start", result.stderr)
    imported = set(re.findall(r"^import time:.*\|\s*(\S+)$", result.stderr, re.MULTILINE))
    assert "kiosk.ui.views.attract_view" in imported  # the parse found the imports
    early = sorted(
        name
        for name in imported
        if any(name == heavy or name.startswith(f"{heavy}.") for heavy in NOT_BEFORE_FIRST_PAINT)
    )
    assert early == [], f"imported before the first paint: {early}"


@pytest.mark.slow
def test_the_kiosk_reports_when_it_is_ready(tmp_path):
    result = run_kiosk(tmp_path, "-m", "kiosk", "--quit-when-ready")
    assert result.returncode == 0, result.stderr[-2000:]
    painted = re.search(r"first screen painted (\d+\.\d+) s after start", result.stderr)
    ready = re.search(r"ready (\d+\.\d+) s after start", result.stderr)
    assert painted and ready, result.stderr[-2000:]
    assert float(painted[1]) < float(ready[1])
    assert "content: " in result.stderr  # the content was loaded before "ready"


@pytest.mark.slow
def test_without_the_attract_screen_the_first_paint_waits_for_the_kiosk(tmp_path):
    # Its first screen is Home, which needs the content: nothing is painted early.
    config = tmp_path / "kiosk.toml"
    config.write_text("[session]\nattract_screen = false\n", "utf-8")
    result = run_kiosk(tmp_path, "-m", "kiosk", "--config", str(config), "--quit-after-first-paint")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "content: " in result.stderr and "ready " in result.stderr
    assert "first screen painted" not in result.stderr


def first_screen(
    qtbot, languages: FirstScreenLanguages, *, hide_cursor: bool = False
) -> FirstScreen:
    # As show_first_screen presents it, but at a fixed size and without full screen.
    first = show_first_screen(DEFAULT_THEME, WindowMode.KIOSK, languages, present=False)
    if hide_cursor:
        QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
    first.window.resize(*LANDSCAPE)
    first.window.show()
    first.window.attract_view.open()
    qtbot.waitExposed(first.window)
    return first


def close(first: FirstScreen) -> None:
    first.window.allow_close()
    first.window.close()
    first.window.deleteLater()


def test_the_first_screen_is_the_attract_screen_in_the_files_languages(qtbot, themed_app):
    first = first_screen(qtbot, FirstScreenLanguages("cy", ("en", "cy")))
    try:
        attract = first.window.attract_view
        assert attract.is_open
        assert [b.key for b in attract.language_buttons] == ["en", "cy"]
        assert "Cyffyrddwch" in attract.prompts.text()  # Welsh first, then English
        assert "Touch the screen to start" in attract.prompts.text()
        assert not first.window.built
        assert first.window.childAt(first.window.rect().center()) is not None
    finally:
        first.translations.switch("en")
        close(first)


def settings_offering(*codes: str, default: str = "en") -> Settings:
    return Settings(language=LanguageSection(default=default, offered=list(codes)))


def test_the_kiosk_takes_over_the_first_screen(qtbot, make_kiosk):
    first = first_screen(qtbot, FirstScreenLanguages("en", ("en", "cy")))
    attract = first.window.attract_view
    kiosk = make_kiosk(settings=settings_offering("en", "cy"), first_screen=first, browsing=False)
    assert kiosk.window is first.window and kiosk.translations is first.translations
    assert kiosk.window.built and kiosk.window.attract_view is attract
    assert kiosk.session.mode is Mode.ATTRACT
    # The screens built under it do not cover it: a touch in the middle reaches it.
    centre = kiosk.window.rect().center()
    hit = kiosk.window.childAt(centre)
    assert hit is attract or attract.isAncestorOf(hit)


def test_the_attract_screen_does_not_change_when_the_kiosk_takes_it_over(qtbot, make_kiosk):
    # What a reader sees in the first second must not jump or flash when the rest of the
    # kiosk is built under it.
    first = first_screen(qtbot, FirstScreenLanguages("en", ("en", "cy", "pl", "ar")))
    before = first.window.grab().toImage()
    kiosk = make_kiosk(first_screen=first, browsing=False)
    after = kiosk.window.grab().toImage()
    assert before.size() == after.size()
    points = [(x, y) for y in range(0, before.height(), 3) for x in range(0, before.width(), 3)]
    # A jump or a flash moves whole areas far in colour; a glyph's edge drawn with other
    # anti-aliasing (seen after other tests had warmed the font cache) moves a few pixels a
    # little. Only the first counts.
    changed = sum(1 for x, y in points if _far(before.pixel(x, y), after.pixel(x, y)))
    assert changed <= len(points) // 500, f"{changed} of {len(points)} sampled pixels changed"


def _far(a: int, b: int, limit: int = 64) -> bool:
    return any(abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > limit for shift in (0, 8, 16))


def test_languages_the_file_only_seemed_to_offer_are_replaced(qtbot, make_kiosk):
    # The guess said four languages; the validated settings offer two.
    first = first_screen(qtbot, FirstScreenLanguages("en", ("en", "cy", "pl", "ar")))
    kiosk = make_kiosk(settings=settings_offering("en", "pl"), first_screen=first, browsing=False)
    assert kiosk.translations is not first.translations
    assert first.translations.installed is None  # its translator is out of the way
    assert kiosk.translations.offered == ["en", "pl"]
    buttons = kiosk.window.attract_view.language_buttons
    assert [b.key for b in buttons] == ["en", "pl"]
    assert "Cyffyrddwch" not in kiosk.window.attract_view.prompts.text()


def test_a_touch_while_the_kiosk_loads_is_handled_once_it_is_ready(qtbot, make_kiosk):
    first = first_screen(qtbot, FirstScreenLanguages("en", ("en", "cy")))
    attract = first.window.attract_view
    centre = QPointF(attract.rect().center())
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind,
            centre,
            attract.mapToGlobal(centre),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.postEvent(attract, event)  # queued, as a touch is while loading
    kiosk = make_kiosk(settings=settings_offering("en", "cy"), first_screen=first, browsing=False)
    qtbot.waitUntil(lambda: kiosk.session.mode is Mode.BROWSING)
    assert not attract.is_open


def test_a_kiosk_that_cannot_start_exits_instead_of_showing_a_dead_screen(
    monkeypatch, themed_app, caplog, tmp_path
):
    import kiosk.app.kiosk
    import kiosk.io.logging_setup

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(kiosk.app.kiosk, "load_services", broken)
    # Not the test run's own logging: keep the handlers pytest's caplog reads.
    monkeypatch.setattr(kiosk.io.logging_setup, "configure_logging", lambda *a, **k: None)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))  # no system settings file
    caplog.set_level(logging.CRITICAL, logger="kiosk")
    assert cli.main(["--windowed"]) == 1
    assert gc.isenabled()  # the start switched it off; the end of the run gave it back
    assert "the kiosk could not start" in caplog.text
    assert "the disk went away" in caplog.text


REPEATING_FAULT = """
import sys
from PySide6.QtCore import QTimer
import kiosk.app.kiosk

started = kiosk.app.kiosk.Kiosk.start

def start(self, **kwargs):
    started(self, **kwargs)
    def fail():
        raise RuntimeError("a fault that comes back")
    for turn in range(6):
        QTimer.singleShot(50 * turn, fail)

kiosk.app.kiosk.Kiosk.start = start
from kiosk.cli import main
sys.exit(main(["--windowed"]))
"""


@pytest.mark.slow
def test_a_fault_that_keeps_coming_back_ends_the_kiosk_through_its_own_stop(tmp_path):
    result = run_kiosk(tmp_path, "-c", REPEATING_FAULT)
    assert result.returncode == 70, result.stderr[-3000:]
    # The kiosk's own leave(): usage flushed, speech and timers stopped, then exit 70.
    assert "repeated errors: exiting with code 70" in result.stderr
    assert result.stderr.count("returning to Home") == 4


def test_settings_without_the_attract_screen_take_it_down(qtbot, make_kiosk):
    # The file seemed to open on the attract screen (it was painted), but the validated
    # settings switch it off: Home, not an attract screen that no touch removes.
    first = first_screen(qtbot, FirstScreenLanguages("en", ("en", "cy", "pl", "ar")))
    settings = Settings().model_copy(
        update={"session": Settings().session.model_copy(update={"attract_screen": False})}
    )
    kiosk = make_kiosk(settings=settings, first_screen=first, browsing=False)
    assert kiosk.session.mode is Mode.BROWSING
    assert not first.window.attract_view.is_open
    # Home, uncovered (screens added to a window already showing are shown once Qt
    # delivers the layout's queued show).
    qtbot.waitUntil(kiosk.window.screens.currentWidget().isVisible, timeout=2000)


def test_a_first_screen_not_presented_does_not_open_the_attract_screen(qtbot, themed_app):
    first = show_first_screen(
        DEFAULT_THEME, WindowMode.KIOSK, FirstScreenLanguages("en", ("en",)), present=False
    )
    try:
        assert not first.window.isVisible() and not first.window.attract_view.is_open
    finally:
        close(first)


def test_the_start_goes_on_when_the_window_never_paints(qtbot, themed_app):
    # A window that is never exposed (minimised, another desktop) sends no paint event.
    window = QWidget()
    called: list[bool] = []
    AfterPaint(window, called.append, wait_ms=50)
    qtbot.waitUntil(lambda: called == [False], timeout=2000)  # False: not painted
    qtbot.wait(100)
    assert called == [False]  # once
    window.deleteLater()


def test_the_kiosk_decides_the_pointer_after_the_first_screens_guess(qtbot, make_kiosk):
    first = first_screen(qtbot, FirstScreenLanguages("en", ("en", "cy")), hide_cursor=True)
    settings = Settings().model_copy(
        update={"kiosk": Settings().kiosk.model_copy(update={"cursor_visible": True})}
    )
    make_kiosk(settings=settings, first_screen=first, browsing=False)
    assert QApplication.overrideCursor() is None


def test_a_touch_the_first_screen_took_itself_is_acted_on(qtbot, make_kiosk):
    # Handled by the attract screen before the kiosk connected to it (the moment between
    # the first paint and the start of loading): kept, then acted on.
    first = first_screen(qtbot, FirstScreenLanguages("en", ("en", "cy")))
    welsh = next(b for b in first.window.attract_view.language_buttons if b.key == "cy")
    qtbot.mouseClick(welsh, Qt.MouseButton.LeftButton)
    assert first.touched == "cy"
    kiosk = make_kiosk(settings=settings_offering("en", "cy"), first_screen=first, browsing=False)
    assert kiosk.session.mode is Mode.BROWSING
    assert kiosk.translations.current == "cy"


def test_with_the_attract_screen_off_the_kiosk_opens_again_on_home(make_kiosk):
    # Closed at the start (or overnight), it must reopen on Home: the attract screen it
    # would otherwise reopen on is switched off (CLOSED -> BROWSING was refused).
    monday = dt.datetime(2026, 11, 30, 7, 0)
    clock = [monday]
    settings = Settings.model_validate(
        {
            "session": {"attract_screen": False},
            "hours": {"enabled": True, "monday": "08:00-18:00"},
        }
    )
    kiosk = make_kiosk(settings=settings, browsing=False, now=lambda: clock[0])
    assert kiosk.session.mode is Mode.CLOSED
    clock[0] = monday.replace(hour=9)
    kiosk.session.check_hours()
    assert kiosk.session.mode is Mode.BROWSING
    assert not kiosk.window.layer_open("closedView")


def test_a_touch_on_a_language_the_settings_do_not_offer_just_starts(qtbot, make_kiosk):
    # The guess offered Arabic; the validated settings do not: start, in the default.
    first = first_screen(qtbot, FirstScreenLanguages("en", ("en", "cy", "pl", "ar")))
    arabic = next(b for b in first.window.attract_view.language_buttons if b.key == "ar")
    qtbot.mouseClick(arabic, Qt.MouseButton.LeftButton)
    kiosk = make_kiosk(settings=settings_offering("en", "pl"), first_screen=first, browsing=False)
    assert kiosk.session.mode is Mode.BROWSING
    assert kiosk.translations.current == "en"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
