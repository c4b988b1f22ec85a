"""Every interactive widget gets an objectName (tests, style sheet) and accessible names."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def name_widget(
    widget: QWidget, object_name: str, accessible_name: str, description: str = ""
) -> None:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
