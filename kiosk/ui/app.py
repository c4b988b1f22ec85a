"""Assemble the kiosk: application, fonts and theme, services, window and controller."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from kiosk import __version__, resources
from kiosk.domain.content.library import Library
from kiosk.domain.content.loader import load_library
from kiosk.domain.settings import APP_NAME, LoadedSettings, load_settings
from kiosk.ui.controller import KioskController
from kiosk.ui.focus import FocusVisibleFilter
from kiosk.ui.fonts import application_font, register_fonts
from kiosk.ui.lockdown import LockdownFilter
from kiosk.ui.main_window import QUIT_SHORTCUT, KioskWindow, WindowMode
from kiosk.ui.theme import DEFAULT_THEME, Theme

log = logging.getLogger(__name__)


@dataclass
class Services:
    library: Library
    settings: LoadedSettings
    illustrations: Path


def load_services(
    content_dir: Path | None = None, config: Path | None = None, illustrations: Path | None = None
) -> Services:
    settings = load_settings(config, explicit=config is not None)
    for problem in settings.problems:
        log.warning("settings: %s", problem.format())
    illustrations = illustrations or resources.illustrations_dir()
    library = load_library(content_dir or resources.content_dir(), illustrations)
    for problem in library.problems:
        log.log(logging.ERROR if problem.is_error else logging.WARNING, "%s", problem.format())
    log.info(
        "content: %d topics loaded, %d files skipped, from %s",
        library.topic_count,
        len(library.skipped),
        library.root,
    )
    return Services(library, settings, illustrations)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv or [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Blood cancer treatment explained")
    return app


def apply_theme(app: QApplication, theme: Theme) -> None:
    register_fonts()
    app.setFont(application_font(theme))
    app.setStyleSheet(theme.stylesheet())


class Kiosk:
    """The assembled program: one window, its controller and the app-wide filters."""

    def __init__(
        self,
        services: Services,
        *,
        mode: WindowMode = WindowMode.KIOSK,
        theme: Theme = DEFAULT_THEME,
        idle_timeout_ms: int | None = None,
    ) -> None:
        self.services = services
        self.theme = theme
        self.window = KioskWindow(theme, services.illustrations, mode)
        self.controller = KioskController(
            self.window,
            services.library,
            services.settings.settings,
            idle_timeout_ms=idle_timeout_ms,
        )
        self.lockdown = LockdownFilter(self.window)
        self.focus_visible = FocusVisibleFilter(self.window)
        self._quit_shortcut: QShortcut | None = None
        if mode is not WindowMode.KIOSK:
            self._quit_shortcut = QShortcut(QKeySequence(QUIT_SHORTCUT), self.window)
            self._quit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            self._quit_shortcut.activated.connect(self.quit)

    def start(self, *, present: bool = True) -> None:
        """Install the app-wide filters, start the idle timer and show the window.

        Tests pass ``present=False`` and size the window themselves.
        """
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.lockdown)
            app.installEventFilter(self.focus_visible)
            if present and self.window.mode is not WindowMode.WINDOWED:
                app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        self.controller.start()
        if present:
            self.window.present()

    def stop(self) -> None:
        self.controller.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.lockdown)
            app.removeEventFilter(self.focus_visible)
            while app.overrideCursor() is not None:
                app.restoreOverrideCursor()

    def quit(self) -> None:
        log.info("quit requested (%s)", QUIT_SHORTCUT)
        self.stop()
        self.window.allow_close()
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()
