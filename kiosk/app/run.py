"""``kiosk`` with no command: the kiosk itself, started in two steps.

The first step paints the attract screen from a lenient reading of the settings file
(:mod:`kiosk.app.startup`); the second validates that same reading, loads the content and
builds the other screens (:class:`kiosk.app.kiosk.Kiosk`), then starts the process-wide
guards: the exception guard, the main-thread collector, the heartbeat and SIGTERM.
Everything heavy is imported inside the functions: nothing before the first paint
imports pydantic, markdown or the content code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from kiosk import __version__

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QObject

    from kiosk.app.heartbeat import Heartbeat
    from kiosk.app.kiosk import Kiosk
    from kiosk.app.startup import FirstScreen
    from kiosk.core.raw_settings import SettingsFile
    from kiosk.core.settings import LoadedSettings
    from kiosk.ui.main_window import WindowMode

log = logging.getLogger("kiosk")


def settings_for(args: argparse.Namespace, file: SettingsFile | None = None) -> LoadedSettings:
    """The settings file (read now unless given), with ``--language`` (if given) as the
    starting language."""
    from kiosk.core.settings import settings_from  # noqa: PLC0415
    from kiosk.io.settings_file import read_settings_file  # noqa: PLC0415

    if file is None:
        file = read_settings_file(args.config, explicit=args.config is not None)
    loaded = settings_from(file)
    if getattr(args, "language", None):
        settings = loaded.settings
        language = settings.language.model_copy(update={"default": args.language})
        loaded.settings = settings.model_copy(update={"language": language})
    return loaded


def gui_prologue(offscreen: bool) -> str | None:
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return None
    from kiosk.app.platform_check import display_problem  # noqa: PLC0415

    return display_problem()


# ``started``: when the process started (``time.perf_counter``), for the log.
def run(args: argparse.Namespace, started: float) -> int:
    from kiosk.core.raw_settings import (  # noqa: PLC0415
        attract_screen_first,
        cursor_hidden,
        first_screen_languages,
    )
    from kiosk.io.settings_file import read_settings_file  # noqa: PLC0415

    file = read_settings_file(args.config, explicit=args.config is not None)
    problem = gui_prologue(offscreen=False)
    if problem:
        from kiosk.io.logging_setup import configure_logging  # noqa: PLC0415

        configure_logging(settings_for(args, file).settings.logging)
        log.critical("%s", problem.replace("\n", " "))
        print(problem, file=sys.stderr)
        return 2
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer  # noqa: PLC0415

    from kiosk.app.startup import (  # noqa: PLC0415
        PAINT_WAIT_MS,
        AfterPaint,
        apply_theme,
        create_application,
        show_first_screen,
    )
    from kiosk.ui import qt_log  # noqa: PLC0415
    from kiosk.ui.main_window import QUIT_SHORTCUT, WindowMode  # noqa: PLC0415
    from kiosk.ui.theme import DEFAULT_THEME  # noqa: PLC0415

    qt_log.install()
    app = create_application(sys.argv[:1])
    mode = (
        WindowMode.WINDOWED
        if args.windowed
        else (WindowMode.TRY_OUT if args.try_out else WindowMode.KIOSK)
    )
    apply_theme(app, DEFAULT_THEME)
    # Only a kiosk that opens on its attract screen paints it early: with the attract
    # screen switched off, or outside opening hours, its first screen (Home, or the
    # closed screen) needs the rest, so it is painted once everything is loaded.
    early = attract_screen_first(file, dt.datetime.now())
    languages = first_screen_languages(file, args.language)
    first = show_first_screen(
        DEFAULT_THEME, mode, languages, present=early, hide_cursor=cursor_hidden(file)
    )
    if mode is not WindowMode.KIOSK:
        print(f"{mode.value} mode: press {QUIT_SHORTCUT} to quit.", file=sys.stderr)
    running = _Running(started)

    def start_the_rest() -> None:
        try:
            running.start(args, file, first, mode)
        except Exception:  # the attract screen must not stay up, dead, for weeks
            log.critical("the kiosk could not start", exc_info=True)
            running.abandon()
            app.exit(1)

    def after_first_paint(painted: bool) -> None:
        if painted:
            running.first_paint = time.perf_counter() - started
        if args.quit_after_first_paint:  # nothing else has started: nothing to stop
            if not painted:
                print(f"no paint within {PAINT_WAIT_MS / 1000:.0f} s", file=sys.stderr)
                app.exit(1)
                return
            print(f"first paint {running.first_paint:.3f} s after start", file=sys.stderr)
            app.exit(0)
            return
        start_the_rest()

    if early:
        AfterPaint(first.window, after_first_paint)
    else:
        QTimer.singleShot(0, start_the_rest)
    code = app.exec()
    running.stop()
    # Delete the window now, while the application still exists (the closures above
    # hold it through Qt objects it owns, a cycle Python's collector cannot see into).
    first.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    log.info("kiosk stopped with exit code %d", code)
    return code


class _Running:
    """What the second step of the start makes, kept to be stopped after the loop ends."""

    def __init__(self, started: float) -> None:
        self._started = started
        self.first_paint: float | None = None  # None: no early attract screen
        self.kiosk: Kiosk | None = None
        self._stops: list[Callable[[], None]] = []

    def start(
        self, args: argparse.Namespace, file: SettingsFile, first: FirstScreen, mode: WindowMode
    ) -> None:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from kiosk.app.crash import ExceptionGuard, MainThreadGarbageCollector  # noqa: PLC0415
        from kiosk.app.heartbeat import Heartbeat  # noqa: PLC0415
        from kiosk.app.kiosk import Kiosk, load_services  # noqa: PLC0415
        from kiosk.app.startup import AfterPaint  # noqa: PLC0415
        from kiosk.io.logging_setup import configure_logging  # noqa: PLC0415

        app = QApplication.instance()
        settings = settings_for(args, file)
        log_status = configure_logging(settings.settings.logging)
        painted = self.first_paint
        early = "" if painted is None else f" (first screen painted {painted:.3f} s after start)"
        log.info("kiosk %s starting%s", __version__, early)
        services = load_services(args.content_dir, settings=settings, log_status=log_status)
        kiosk = self.kiosk = Kiosk(services, mode=mode, first_screen=first)
        guard = ExceptionGuard(
            kiosk.session.reset_session,
            app,
            give_up=lambda code: kiosk.leave(code, "repeated errors"),
        )
        collector = MainThreadGarbageCollector(parent=app)
        heartbeat = Heartbeat.from_environment(app)
        quit_on_terminate(app, kiosk)
        self._stops += [collector.stop, guard.uninstall]

        def ready(painted: bool) -> None:
            seconds = time.perf_counter() - self._started
            if painted:
                log.info("ready %.3f s after start", seconds)
            else:  # a window that is never shown (minimised, another desktop)
                log.warning("ready %.3f s after start, but the window has not painted", seconds)
            # Without an early attract screen, this is the first paint too.
            if args.quit_when_ready or args.quit_after_first_paint:
                kiosk.leave(0 if painted else 1, "ready")

        kiosk.start()
        AfterPaint(kiosk.window, ready)
        if heartbeat is not None:
            heartbeat.start()
        if settings.settings.health.enabled:
            self._stops.append(start_health_file(kiosk, heartbeat, app))

    def abandon(self) -> None:
        """After a failed start: stop whatever of the kiosk had started (files, threads)."""
        if self.kiosk is not None:
            try:
                self.kiosk.stop()
            except Exception:
                log.exception("stopping the half-started kiosk failed too")

    def stop(self) -> None:
        for stop in self._stops:
            stop()


def start_health_file(
    kiosk: Kiosk, heartbeat: Heartbeat | None, app: QObject
) -> Callable[[], None]:
    """The fleet health file, every minute (kiosk/app/health_timer.py); returns its stop."""
    from kiosk.app.health_timer import HealthTimer  # noqa: PLC0415
    from kiosk.io.health_file import HealthFileWriter, health_folder  # noqa: PLC0415
    from kiosk.io.settings_file import default_data_folder  # noqa: PLC0415

    folder = health_folder(kiosk.services.settings.settings.health)
    timer = HealthTimer(
        kiosk, HealthFileWriter(folder), heartbeat, data_folder=default_data_folder(), parent=app
    )
    timer.start()
    log.info("health file: %s, every minute", timer.writer.json_path)
    return timer.stop


def quit_on_terminate(app: object, kiosk: Kiosk) -> None:
    """Quit cleanly on SIGTERM (systemd, the supervisor) instead of dying mid-write.

    Python only runs signal handlers when it has control, so a light timer gives it
    control while Qt's event loop waits.
    """
    import signal  # noqa: PLC0415

    from kiosk.core.exit_codes import exit_for_signal  # noqa: PLC0415
    from kiosk.ui.timers import repeating_timer  # noqa: PLC0415

    def on_signal(signum: int, frame: object) -> None:
        # Not app.quit(): Qt 6 first asks every window to close, and a kiosk refuses.
        # Not 0 either: only "Exit to desktop" may keep the kiosk down (issue 18).
        kiosk.leave(exit_for_signal(signum), f"signal {signum}")

    # Windows has no SIGHUP: naming it there stopped the installed kiosk at start.
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None:
            signal.signal(signum, on_signal)
    timer = repeating_timer(app, 500, lambda: None)  # type: ignore[arg-type]
    timer.start()
