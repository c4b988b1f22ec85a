"""What speech mode says for a widget: its name, what it is, its state, and a hint.

Read from what every widget already carries (its accessible name and description,
whether it is a button, checkable, checked, enabled), so views need no speech code;
a view that wants another word for what a control is sets the ``spokenRole`` property
to one of the roles in :mod:`kiosk.ui.speech_mode.phrases`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.ui.speech_mode import phrases
from kiosk.ui.widgets.buttons import CardButton

ROLE_PROPERTY = "spokenRole"


@dataclass(frozen=True)
class Spoken:
    """A widget's parts, as source strings (role, state, hint: to be translated)."""

    name: str
    role: str = ""
    state: str = ""
    description: str = ""
    hint_kind: str = ""  # "" for no hint; else which hint, given once per reader


def spoken_name(widget: QWidget) -> str:
    name = widget.accessibleName().strip()
    if not name and isinstance(widget, QAbstractButton | QLabel):
        name = widget.text().strip()
    return name


def describe(widget: QWidget) -> Spoken:
    name = spoken_name(widget)
    description = widget.accessibleDescription().strip()
    if description == name:
        description = ""
    role = widget.property(ROLE_PROPERTY)
    if isinstance(widget, QAbstractButton):
        if not role:
            if widget.objectName().startswith("term-"):
                role = phrases.ROLE_TERM
            elif widget.isCheckable() and widget.property("selected") is None:
                role = phrases.ROLE_TOGGLE
            elif isinstance(widget, CardButton):
                role = phrases.ROLE_LINK
            else:
                role = phrases.ROLE_BUTTON
        state = ""
        if not widget.isEnabled():
            state = phrases.STATE_UNAVAILABLE
        elif widget.property("selected"):
            # One choice of several (a language): a button, "selected" when it is the one.
            state = phrases.STATE_SELECTED
        elif widget.isCheckable() and widget.property("selected") is None:
            state = phrases.STATE_ON if widget.isChecked() else phrases.STATE_OFF
        hint = "term" if role == phrases.ROLE_TERM else "activate"
        return Spoken(name, str(role), state, description, hint if widget.isEnabled() else "")
    return Spoken(name, str(role or ""), "", description)
