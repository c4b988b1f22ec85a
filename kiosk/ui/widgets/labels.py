"""Text labels that wrap, named for the style sheet: the one way they are made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def wrapped_label(
    text: str, object_name: str, *, plain: bool = False, passes_touches: bool = False
) -> QLabel:
    """A word-wrapped label named ``object_name``. ``plain``: never read as rich text
    (content shown as written). ``passes_touches``: a label inside a button, which lets
    the press reach the button."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)
    if passes_touches:
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label
