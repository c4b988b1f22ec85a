"""Starting in two steps: the attract screen first, then everything else.

A kiosk that boots, or that its supervisor starts again, shows its attract screen as
soon as PySide6 can paint it: the window, the theme and the interface translations are
all that screen needs. Only after that first paint are the settings validated, the
content loaded and the other screens built (:class:`kiosk.app.kiosk.Kiosk`), in the same
event loop; a touch meanwhile waits in Qt's queue and is handled once the kiosk is
ready. Both moments are logged, and ``make bench`` measures both (bench/README.md).

This module must stay light: it is imported before the first paint, so it imports no
pydantic, markdown or content code (a test checks this).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import __version__
from kiosk.core.raw_settings import APP_NAME, FirstScreenLanguages
from kiosk.ui.fonts import application_font, register_fonts
from kiosk.ui.i18n import Translations
from kiosk.ui.look import role_fonts
from kiosk.ui.main_window import KioskWindow, WindowMode
from kiosk.ui.theme import Theme
from kiosk.ui.timers import single_shot_timer


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
    role_fonts(app, theme)


@dataclass
class FirstScreen:
    """The window showing the attract screen, and the translations it was drawn with:
    the kiosk takes both over (``Kiosk(first_screen=...)``).

    A touch is handled by the kiosk once it is loaded: while it loads, the event loop
    waits, and touches wait in Qt's queue. Only in the moment between the first paint
    and the start of loading can the attract screen take one itself; it is kept in
    ``touched`` (the language chosen, or "" for anywhere) for the kiosk to act on.
    """

    window: KioskWindow
    translations: Translations
    touched: str | None = None

    def __post_init__(self) -> None:
        self.window.attract_view.started.connect(self._on_start)
        self.window.attract_view.languageChosen.connect(self._on_language)

    def hand_over(self) -> str | None:
        """Stop listening (the kiosk connects its own handlers); the touch kept, if any."""
        self.window.attract_view.started.disconnect(self._on_start)
        self.window.attract_view.languageChosen.disconnect(self._on_language)
        return self.touched

    def _on_start(self) -> None:
        if self.touched is None:
            self.touched = ""

    def _on_language(self, code: str) -> None:
        self.touched = code


def show_first_screen(
    theme: Theme,
    mode: WindowMode,
    languages: FirstScreenLanguages,
    *,
    present: bool = True,
    hide_cursor: bool = False,
) -> FirstScreen:
    """The window with its attract screen, shown if ``present`` (else it only waits for
    the kiosk, which shows it with whatever screen the settings start on)."""
    window = KioskWindow(theme, mode)
    translations = Translations(list(languages.offered), parent=window)
    translations.switch(languages.default)
    window.attract_view.show_languages(translations)
    if present:
        app = QApplication.instance()
        if hide_cursor and mode is not WindowMode.WINDOWED and app is not None:
            app.setOverrideCursor(Qt.CursorShape.BlankCursor)  # the kiosk decides again
        window.present()
        window.attract_view.open()
    return FirstScreen(window, translations)


# If a window is never painted (minimised, on another desktop, a compositor that does
# not map it), the kiosk must still finish starting: its heartbeat depends on it.
PAINT_WAIT_MS = 3000


class AfterPaint(QObject):
    """Calls ``then(painted)`` once, on the turn of the event loop after ``window`` next
    paints (``painted`` True), or after ``wait_ms`` if it does not paint by then (False).

    The call waits for that next turn so that the paint reaches the screen first (the
    backing store is flushed after the paint events are delivered).
    """

    def __init__(
        self, window: QWidget, then: Callable[[bool], None], *, wait_ms: int = PAINT_WAIT_MS
    ) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[bool], None] | None = then
        self._app = QApplication.instance()
        self._app.installEventFilter(self)
        self._fallback = single_shot_timer(self, wait_ms, lambda: self._call(painted=False))
        self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._app.removeEventFilter(self)
            self._fallback.stop()
            QTimer.singleShot(0, lambda: self._call(painted=True))
        return False

    def _call(self, *, painted: bool) -> None:
        if self._then is None:
            return
        self._app.removeEventFilter(self)
        self._fallback.stop()
        then, self._then = self._then, None
        then(painted)
