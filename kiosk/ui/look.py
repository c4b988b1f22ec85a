"""Putting a new look (text size, contrast) on the running kiosk, the visible screen first.

Re-polishing every widget for a new application style sheet took seconds with the
topic pages kept ready (bench/README.md). So the look is applied by *region*: the top
and bottom bars, each scroll page and each layer over the window is one (marked with
:func:`mark_region`). A region on screen gets the new look at once; hidden regions get
it one per turn of the event loop afterwards, or at once when one is about to be shown.

Two parts change, and only when they must:

- fonts, for a text-size change: the style sheet holds none (:data:`FONT_ROLES`), each
  widget gets its text role's size (the body's if it has none), so only fonts change,
  not styles;
- the style sheet, for a contrast change: a region whose palette differs from the
  application's gets a style sheet of its own, and drops it again on the way back.

Widgets made later (a page built, a card filled) get their role font as Qt polishes
them (:class:`RoleFonts`), so nobody has to remember to.
"""

from __future__ import annotations

import weakref
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QProxyStyle, QPushButton, QWidget

from kiosk.ui.theme import FONT_FAMILIES, FontRole, Theme

REGION = "lookRegion"
COMPACT = "compact"  # a label on a small attract screen reads at the standard sizes


def mark_region(widget: QWidget) -> None:
    """This widget and everything inside it take a new look together."""
    widget.setProperty(REGION, True)


def font_key(widget: QWidget) -> str:
    if isinstance(widget, QPushButton):
        if widget.property("keypad"):
            return "pinKey"
        role = widget.property("role")
        return f"button:{role}" if role else ""
    name = widget.objectName()
    if name.startswith("pinKey"):
        return "pinKey"
    return f"{name}:compact" if widget.property(COMPACT) else name


def apply_role_font(widget: QWidget, theme: Theme) -> None:
    """Every widget gets its size and weight set: under a style sheet Qt does not pass a
    parent's font on to its children (Qt::AA_UseStyleSheetPropagationInWidgetStyles)."""
    role = theme.font_role(font_key(widget)) or FontRole(theme.body_px)
    font = QFont()
    # The bundled families every time: a widget polished before the application font
    # was set (a test, the bench) would otherwise keep the system's.
    font.setFamilies(list(FONT_FAMILIES))
    font.setPixelSize(role.px)
    font.setBold(role.bold)
    current = widget.font()
    if (
        current.pixelSize() != role.px
        or current.bold() != role.bold
        or current.families() != font.families()
    ):
        widget.setFont(font)


def unmark_region(widget: QWidget) -> None:
    """A region on its way out (a dropped page): no look is put on it any more."""
    widget.setProperty(REGION, False)


class RoleFonts(QProxyStyle):
    """The application's style, which also gives every widget its role's font as Qt
    polishes it. A style, not an event filter: it runs once per polish, where a filter
    on the application would run for every event (thousands per language change)."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme

    def polish(self, target: Any) -> Any:
        if isinstance(target, QWidget):
            super().polish(target)
            apply_role_font(target, self.theme)
            return None
        return super().polish(target)


def role_fonts(app: QApplication, theme: Theme) -> RoleFonts:
    """The application's :class:`RoleFonts` style, set on first use, set to ``theme``."""
    # Found as a child: under a style sheet, app.style() is Qt's wrapper around it.
    style = app.findChild(RoleFonts)
    if style is None:
        style = RoleFonts(theme)
        app.setStyle(style)
    style.theme = theme
    return style


def regions(root: QWidget) -> tuple[list[QWidget], list[QWidget]]:
    """The regions under ``root``, and the widgets between them (stacks holding pages),
    which are told of a new look at once but have nothing of their own to restyle."""
    found: list[QWidget] = []
    between: list[QWidget] = [root]
    pending: list[QObject] = [root]
    while pending:
        node = pending.pop()
        for child in node.children():
            if not isinstance(child, QWidget):
                continue
            if child.property(REGION):
                found.append(child)
            else:
                between.append(child)
                pending.append(child)
    return found, between


class LookApplier(QObject):
    """Applies a theme region by region. ``delay_ms`` leaves the visible screen time to
    paint before the hidden regions start; then one region per turn of the event loop."""

    def __init__(
        self,
        root: QWidget,
        base: Theme,
        *,
        delay_ms: int = 150,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._root = root
        self._app_palette = base.palette  # what the application style sheet draws
        self.theme = base
        self._applied: weakref.WeakKeyDictionary[QWidget, Theme] = weakref.WeakKeyDictionary()
        self._waiting: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)
        self._delay_ms = delay_ms
        app = QApplication.instance()
        self._fonts = role_fonts(app, base) if isinstance(app, QApplication) else None

    @property
    def pending(self) -> int:
        """Hidden regions still showing the last look."""
        return len(self._waiting)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self._fonts is not None:
            self._fonts.theme = theme
        found, between = regions(self._root)
        for widget in between:
            retheme = getattr(widget, "retheme", None)
            if retheme is not None:
                retheme(theme)
        visible = [region for region in found if region.isVisible()]
        for region in visible:
            self.apply(region)
        self._unwatch()
        self._waiting = [region for region in found if not region.isVisible()]
        for region in self._waiting:
            region.installEventFilter(self)
        if self._waiting:
            self._timer.start(self._delay_ms)

    def adopt(self, region: QWidget) -> None:
        """A region made after the last change (a new page): the look of now, before its
        children are polished."""
        mark_region(region)
        self.apply(region)

    def apply(self, region: QWidget) -> None:
        if not shiboken6.isValid(region):
            return
        theme = self.theme
        before = self._applied.get(region)
        if before == theme:
            return
        if before is None or before.palette != theme.palette:
            sheet = "" if theme.palette == self._app_palette else theme.stylesheet()
            if region.styleSheet() != sheet:
                region.setStyleSheet(sheet)
        widgets = [region, *region.findChildren(QWidget)]
        if before is None or before.text_size != theme.text_size:
            for widget in widgets:
                apply_role_font(widget, theme)
        for widget in widgets:
            # A widget may delete others as it rethemes (a page dropping its parts).
            retheme = getattr(widget, "retheme", None)
            if retheme is not None and shiboken6.isValid(widget):
                retheme(theme)
        self._applied[region] = theme

    def flush(self) -> None:
        """Every waiting region now (the preview, and tests that look at hidden ones)."""
        while self._waiting:
            self._next(one=False)

    def stop(self) -> None:
        self._timer.stop()
        self._unwatch()
        self._waiting = []

    def _next(self, *, one: bool = True) -> None:
        while self._waiting:
            region = self._waiting.pop(0)
            if not shiboken6.isValid(region):
                continue
            region.removeEventFilter(self)
            self.apply(region)
            if one:
                break
        if self._waiting and one:
            self._timer.start(0)

    def _unwatch(self) -> None:
        for region in self._waiting:
            if shiboken6.isValid(region):
                region.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # About to be shown with the old look: the new one first.
        if event.type() == QEvent.Type.Show and watched in self._waiting:
            assert isinstance(watched, QWidget)
            self._waiting.remove(watched)
            watched.removeEventFilter(self)
            self.apply(watched)
        return False
