"""The keypad's key map for speech mode: which key does what (Qt-free).

The defaults follow EZ Access (up, down, enter, back, help) on a USB numeric keypad,
and give each action both the key a keypad sends with Num Lock on (the digit) and the
one it sends with Num Lock off (the arrow or editing key), so the map works whatever
state the keypad's Num Lock is in. Num Lock itself turns speech on and off: pressing
it changes nothing else the map cares about. Staff can change the map in the settings
(``[speech_mode.keys]``); docs/deploying.md gives IT the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum


class Action(StrEnum):
    PREVIOUS = "previous"  # the item before
    NEXT = "next"  # the item after
    PREVIOUS_PARAGRAPH = "previous_paragraph"
    NEXT_PARAGRAPH = "next_paragraph"
    PREVIOUS_HEADING = "previous_heading"
    NEXT_HEADING = "next_heading"
    ACTIVATE = "activate"
    BACK = "back"
    HOME = "home"
    HELP = "help"  # say what the keys do
    REPEAT = "repeat"  # say the last thing again
    PAUSE = "pause"  # pause or go on
    VOLUME_UP = "volume_up"
    VOLUME_DOWN = "volume_down"
    FASTER = "faster"
    SLOWER = "slower"
    SPEECH = "speech"  # speech mode on or off


DEFAULT_KEYS: dict[Action, tuple[str, ...]] = {
    Action.PREVIOUS: ("8", "Up"),
    Action.NEXT: ("2", "Down"),
    Action.PREVIOUS_PARAGRAPH: ("4", "Left"),
    Action.NEXT_PARAGRAPH: ("6", "Right"),
    Action.PREVIOUS_HEADING: ("9", "PageUp"),
    Action.NEXT_HEADING: ("3", "PageDown"),
    Action.ACTIVATE: ("5", "Enter", "Return", "Clear"),
    Action.BACK: ("7", "Backspace", "Escape", "Home"),
    Action.HOME: ("1", "End"),
    Action.HELP: ("0", "Insert", "F1"),
    Action.REPEAT: ("Period", "Delete"),
    Action.PAUSE: ("Space", "MediaTogglePlayPause"),
    Action.VOLUME_UP: ("Plus", "VolumeUp"),
    Action.VOLUME_DOWN: ("Minus", "VolumeDown"),
    Action.FASTER: ("Asterisk",),
    Action.SLOWER: ("Slash",),
    Action.SPEECH: ("NumLock", "F12"),
}

# Every key name the settings may use; kiosk.ui.speech_mode.keys maps each to Qt's key.
KEY_NAMES: frozenset[str] = frozenset(
    {
        *(str(digit) for digit in range(10)),
        *(chr(letter) for letter in range(ord("A"), ord("Z") + 1)),
        *(f"F{number}" for number in range(1, 13)),
        "Up",
        "Down",
        "Left",
        "Right",
        "PageUp",
        "PageDown",
        "Home",
        "End",
        "Insert",
        "Delete",
        "Clear",
        "Enter",
        "Return",
        "Escape",
        "Backspace",
        "Tab",
        "Space",
        "Plus",
        "Minus",
        "Asterisk",
        "Slash",
        "Period",
        "Comma",
        "NumLock",
        "MediaPlay",
        "MediaPause",
        "MediaTogglePlayPause",
        "VolumeUp",
        "VolumeDown",
    }
)


def check_key_names(names: Iterable[str]) -> list[str]:
    """The names unchanged; raises ValueError naming the first unknown one."""
    checked = list(names)
    for name in checked:
        if name not in KEY_NAMES:
            raise ValueError(
                f"unknown key name {name!r} (use names such as Up, Down, Enter, 5, F1, Plus)"
            )
    return checked


class KeyMap:
    """Looks a key's name up; a key named for two actions is refused."""

    def __init__(self, keys: Mapping[Action, Iterable[str]] | None = None) -> None:
        chosen = dict(DEFAULT_KEYS)
        chosen.update({Action(action): tuple(names) for action, names in (keys or {}).items()})
        self._actions: dict[str, Action] = {}
        for action, names in chosen.items():
            for name in check_key_names(names):
                other = self._actions.get(name)
                if other is not None and other is not action:
                    raise ValueError(f"key {name!r} is set for both {other} and {action}")
                self._actions[name] = action
        self.keys = chosen

    def action(self, key_name: str) -> Action | None:
        return self._actions.get(key_name)

    def names(self, action: Action) -> tuple[str, ...]:
        return self.keys.get(action, ())
