"""Route Qt's own messages (font, plugin and style warnings) into Python logging."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("kiosk.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# Messages that are noise, not faults: the offscreen platform (self-test, preview)
# cannot size native windows and says so once per window.
_NOISE = ("This plugin does not support propagateSizeHints",)


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "qt"
    level = _LEVELS.get(kind, logging.WARNING)
    if message.startswith(_NOISE):
        level = logging.DEBUG
    log.log(level, "[%s] %s", category, message)


def install() -> None:
    qInstallMessageHandler(_handler)
