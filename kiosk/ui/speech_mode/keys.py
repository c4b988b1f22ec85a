"""Qt's keys under the names the settings use (kiosk.core.keymap.KEY_NAMES)."""

from __future__ import annotations

from PySide6.QtCore import Qt

K = Qt.Key
QT_KEYS: dict[int, str] = {
    **{int(getattr(K, f"Key_{digit}")): str(digit) for digit in range(10)},
    **{int(getattr(K, f"Key_{chr(c)}")): chr(c) for c in range(ord("A"), ord("Z") + 1)},
    **{int(getattr(K, f"Key_F{number}")): f"F{number}" for number in range(1, 13)},
    int(K.Key_Up): "Up",
    int(K.Key_Down): "Down",
    int(K.Key_Left): "Left",
    int(K.Key_Right): "Right",
    int(K.Key_PageUp): "PageUp",
    int(K.Key_PageDown): "PageDown",
    int(K.Key_Home): "Home",
    int(K.Key_End): "End",
    int(K.Key_Insert): "Insert",
    int(K.Key_Delete): "Delete",
    int(K.Key_Clear): "Clear",
    int(K.Key_Enter): "Enter",
    int(K.Key_Return): "Return",
    int(K.Key_Escape): "Escape",
    int(K.Key_Backspace): "Backspace",
    int(K.Key_Tab): "Tab",
    int(K.Key_Space): "Space",
    int(K.Key_Plus): "Plus",
    int(K.Key_Minus): "Minus",
    int(K.Key_Asterisk): "Asterisk",
    int(K.Key_Slash): "Slash",
    int(K.Key_Period): "Period",
    int(K.Key_Comma): "Comma",
    int(K.Key_NumLock): "NumLock",
    int(K.Key_MediaPlay): "MediaPlay",
    int(K.Key_MediaPause): "MediaPause",
    int(K.Key_MediaTogglePlayPause): "MediaTogglePlayPause",
    int(K.Key_VolumeUp): "VolumeUp",
    int(K.Key_VolumeDown): "VolumeDown",
}

# Keys that are only ever held with another: alone they neither act nor turn speech on.
MODIFIERS = frozenset(
    int(k) for k in (K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_Meta, K.Key_AltGr)
)


def key_name(key: int) -> str | None:
    return QT_KEYS.get(int(key))
