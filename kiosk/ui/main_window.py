"""The kiosk window: a top bar over a stack of screens, with the glossary card on top.

This class holds layout only. Behaviour is wired by :mod:`kiosk.ui.navigation_controller`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.views.attract_view import AttractView

if TYPE_CHECKING:
    from kiosk.core.content.library import Topic
    from kiosk.ui.views.admin_panel import AdminPanel
    from kiosk.ui.views.cleaning_view import CleaningView, ClosedView
    from kiosk.ui.views.glossary_card import GlossaryCard
    from kiosk.ui.views.home_view import HomeView
    from kiosk.ui.views.idle_warning import IdleWarning
    from kiosk.ui.views.language_picker import LanguagePicker
    from kiosk.ui.views.pin_pad import PinPad
    from kiosk.ui.views.take_home import TakeHomeCard
    from kiosk.ui.views.tile_page import TilePage
    from kiosk.ui.views.tools_bar import ToolsBar
    from kiosk.ui.views.top_bar import TopBar
    from kiosk.ui.views.topic_view import TopicView


W = TypeVar("W", bound=QWidget)


class WindowMode(StrEnum):
    KIOSK = "kiosk"  # installed: full screen, locked, no way out but the admin screen
    TRY_OUT = "try-out"  # `make run`: looks like the kiosk, but a key combination quits
    WINDOWED = "windowed"  # development: a normal window


QUIT_SHORTCUT = "Ctrl+Shift+Q"


class KioskWindow(QWidget):
    """Built in two steps, so that a booting kiosk paints its first screen early.

    The constructor makes the window and its attract screen only: that needs PySide6
    and the theme, nothing else. :meth:`build_screens` adds everything else (the top
    bar, the screens and the other layers), whose modules bring in the content model,
    the settings' schemas and markdown; the kiosk calls it once the attract screen is up
    (:mod:`kiosk.app.startup`).
    """

    top_bar: TopBar
    screens: QStackedWidget
    home_view: HomeView
    group_view: TilePage
    topic_view: TopicView
    tools_bar: ToolsBar
    glossary_card: GlossaryCard
    language_picker: LanguagePicker
    take_home_card: TakeHomeCard
    idle_warning: IdleWarning
    pin_pad: PinPad
    admin_panel: AdminPanel
    cleaning_view: CleaningView
    closed_view: ClosedView

    def __init__(self, theme: Theme, mode: WindowMode = WindowMode.KIOSK) -> None:
        super().__init__()
        self.mode = mode
        self._theme = theme
        self._may_close = mode is WindowMode.WINDOWED
        self._follows_screen = False
        self.built = False
        self.setObjectName("kioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle("Blood cancer treatment explained")
        if mode is not WindowMode.WINDOWED:
            self.setWindowFlags(
                Qt.WindowType.Window
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.attract_view = AttractView(theme, self)

    def build_screens(self, illustrations: Path) -> None:
        """Add every screen and layer but the attract screen (once)."""
        if self.built:
            return
        # Imported here, not at the top: these modules are what the first paint must not
        # wait for (see the class docstring).
        from kiosk.ui.views.admin_panel import AdminPanel  # noqa: PLC0415
        from kiosk.ui.views.cleaning_view import CleaningView, ClosedView  # noqa: PLC0415
        from kiosk.ui.views.glossary_card import GlossaryCard  # noqa: PLC0415
        from kiosk.ui.views.home_view import HomeView  # noqa: PLC0415
        from kiosk.ui.views.idle_warning import IdleWarning  # noqa: PLC0415
        from kiosk.ui.views.language_picker import LanguagePicker  # noqa: PLC0415
        from kiosk.ui.views.pin_pad import PinPad  # noqa: PLC0415
        from kiosk.ui.views.take_home import TakeHomeCard  # noqa: PLC0415
        from kiosk.ui.views.tile_page import TilePage  # noqa: PLC0415
        from kiosk.ui.views.tools_bar import ToolsBar  # noqa: PLC0415
        from kiosk.ui.views.top_bar import TopBar  # noqa: PLC0415
        from kiosk.ui.views.topic_view import TopicView  # noqa: PLC0415

        theme = self._theme
        self.top_bar = TopBar(theme)
        self.screens = QStackedWidget()
        self.screens.setObjectName("screens")
        self.home_view = HomeView(theme)
        self.group_view = TilePage(theme, "groupView")
        self.topic_view = TopicView(theme, illustrations)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.tools_bar = ToolsBar(theme)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.screens, 1)
        layout.addWidget(self.tools_bar)
        # Layers over everything, each opened (and raised) by the session controller.
        self.glossary_card = GlossaryCard(theme, self)
        self.language_picker = LanguagePicker(theme, self)
        self.take_home_card = TakeHomeCard(theme, self)
        self.idle_warning = IdleWarning(theme, self)
        self.pin_pad = PinPad(theme, self)
        self.admin_panel = AdminPanel(theme, self)
        self.cleaning_view = CleaningView(theme, self)
        self.closed_view = ClosedView(self)
        # The attract screen was made first; if it is showing, it stays on top of what
        # was added under it until the session decides what to show.
        self.attract_view.raise_()
        self.built = True

    def present(self) -> None:
        if self.mode is WindowMode.WINDOWED:
            self.resize(1280, 800)
            self.show()
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        # With no window manager (X kiosks, cage) nobody honours the full-screen request,
        # so cover the screen ourselves, and follow it when it is rotated or resized.
        self.setGeometry(screen.geometry())
        if not self._follows_screen:  # presented twice (first screen, then the kiosk)
            screen.geometryChanged.connect(self._fit_screen)
            self._follows_screen = True
        self.showFullScreen()

    def _fit_screen(self, geometry: QRect) -> None:
        if self.mode is not WindowMode.WINDOWED:
            self.setGeometry(geometry)

    def allow_close(self) -> None:
        """Let the next close request through (quit shortcut, admin exit, tests)."""
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        # Alt+F4, a window manager's close button or a stray close() do nothing in kiosk mode.
        if self._may_close:
            event.accept()
        else:
            event.ignore()

    # -- what is on screen: asked of the window, not of its parts (tests, the self-test) ---
    def open_layers(self) -> list[str]:
        """The object names of the layers open over the screens (``"pinPad"``,
        ``"adminPanel"``, ``"glossaryOverlay"``, ...), lowest first."""
        layers: list[QWidget] = [self.attract_view]
        if self.built:
            layers += [
                self.glossary_card,
                self.language_picker,
                self.take_home_card,
                self.idle_warning,
                self.pin_pad,
                self.admin_panel,
                self.cleaning_view,
                self.closed_view,
            ]
        return [layer.objectName() for layer in layers if layer.isVisible()]

    def layer_open(self, name: str) -> bool:
        return name in self.open_layers()

    @property
    def shown_topic(self) -> Topic | None:
        """The topic on the topic screen (the last one shown, when it is not on screen)."""
        return self.topic_view.topic

    def topic_part(self, name: str, kind: type[W]) -> W | None:
        """A part of the topic page on screen by its object name (``"helplines"``, ...)."""
        content = self.topic_view.content_widget()
        return content.findChild(kind, name) if content is not None else None

    def topic_parts(self, kind: type[W]) -> list[W]:
        """Every widget of ``kind`` on the topic page on screen."""
        content = self.topic_view.content_widget()
        return content.findChildren(kind) if content is not None else []

    def home_tile_names(self) -> list[str]:
        """The object names of Home's tiles, in order (``"tile-alpha"``, ...)."""
        return [tile.objectName() for tile in self.home_view.tiles]
