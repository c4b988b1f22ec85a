"""Kiosk mode: no way out to the desktop, no menus, no selecting or dragging text."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QScroller, QWidget

from kiosk.ui.main_window import QUIT_SHORTCUT, WindowMode


class _MenuProbe(QWidget):
    def __init__(self, parent):
        super().__init__(parent)
        self.menus = 0

    def contextMenuEvent(self, event):
        self.menus += 1


def test_kiosk_window_is_frameless_on_top_and_cannot_be_closed(make_kiosk):
    kiosk = make_kiosk()
    window = kiosk.window
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.close() is False  # Alt+F4 and the window manager end up here
    assert window.isVisible()
    assert kiosk._quit_shortcut is None


def test_windowed_mode_is_a_normal_window(make_kiosk):
    kiosk = make_kiosk(mode=WindowMode.WINDOWED)
    assert not kiosk.window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert kiosk.window.close() is True


def test_try_out_mode_has_a_quit_key(make_kiosk):
    kiosk = make_kiosk(mode=WindowMode.TRY_OUT)
    shortcut = kiosk._quit_shortcut
    assert shortcut is not None
    assert shortcut.key() == QKeySequence(QUIT_SHORTCUT)
    assert kiosk.window.close() is False  # only the quit key gets out
    shortcut.activated.emit()
    assert not kiosk.window.isVisible()
    assert kiosk.exits == [0]


def test_context_menus_are_swallowed(make_kiosk):
    kiosk = make_kiosk()
    probe = _MenuProbe(kiosk.window)
    QApplication.sendEvent(
        probe, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(1, 1), QPoint(1, 1))
    )
    assert probe.menus == 0
    kiosk.stop()
    QApplication.sendEvent(
        probe, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(1, 1), QPoint(1, 1))
    )
    assert probe.menus == 1, "the probe works: only the lockdown filter stopped it"


def test_text_cannot_be_selected_and_pages_scroll_by_finger(make_kiosk):
    kiosk = make_kiosk()
    kiosk.controller.open_topic("alpha")
    labels = kiosk.window.findChildren(QLabel)
    assert labels
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse | (
        Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    for label in labels:
        assert not label.textInteractionFlags() & selectable, label.text()
    for view in (kiosk.window.home_view, kiosk.window.topic_view.page):
        assert QScroller.hasScroller(view.viewport())
        assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
