"""``[speech_mode]``: speech mode (self-voicing) for readers who cannot see the screen."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from kiosk.core.keymap import DEFAULT_KEYS, Action, KeyMap, check_key_names

KeyNames = Annotated[list[str], AfterValidator(check_key_names)]


def _keys(action: Action) -> KeyNames:
    return Field(default_factory=lambda: list(DEFAULT_KEYS[action]))


class SpeechKeysSection(BaseModel):
    """The keypad's keys, each action a list of key names (docs/deploying.md)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    previous: KeyNames = _keys(Action.PREVIOUS)
    next: KeyNames = _keys(Action.NEXT)
    previous_paragraph: KeyNames = _keys(Action.PREVIOUS_PARAGRAPH)
    next_paragraph: KeyNames = _keys(Action.NEXT_PARAGRAPH)
    previous_heading: KeyNames = _keys(Action.PREVIOUS_HEADING)
    next_heading: KeyNames = _keys(Action.NEXT_HEADING)
    activate: KeyNames = _keys(Action.ACTIVATE)
    back: KeyNames = _keys(Action.BACK)
    home: KeyNames = _keys(Action.HOME)
    help: KeyNames = _keys(Action.HELP)
    repeat: KeyNames = _keys(Action.REPEAT)
    pause: KeyNames = _keys(Action.PAUSE)
    volume_up: KeyNames = _keys(Action.VOLUME_UP)
    volume_down: KeyNames = _keys(Action.VOLUME_DOWN)
    faster: KeyNames = _keys(Action.FASTER)
    slower: KeyNames = _keys(Action.SLOWER)
    speech: KeyNames = _keys(Action.SPEECH)

    def key_map(self) -> KeyMap:
        return KeyMap({action: getattr(self, action.value) for action in Action})


def _no_key_twice(keys: SpeechKeysSection) -> SpeechKeysSection:
    keys.key_map()  # raises ValueError naming the key set for two actions
    return keys


class SpeechModeSection(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    """Offer speech mode: hold anywhere on the screen, or press any key, to turn it on."""
    always_on: bool = False
    """Speech mode on for every reader (it still turns off and on with its key)."""
    engine: str = ""
    """"espeak-ng" (Linux: its own process, no daemon), "speechd" (spd-say), "windows"
    (System.Speech through PowerShell) or empty
    for ``[speech] engine``'s choice. The kiosk has one voice: Listen uses it too."""
    idle_timeout_seconds: Annotated[int, Field(ge=30, le=3600)] = 300
    """In speech mode, seconds without input before "Are you still there?" (WCAG 2.2.1:
    listening takes longer than reading)."""
    invitation_seconds: Annotated[int, Field(ge=0, le=3600)] = 60
    """The attract screen says how to turn speech on every this many seconds; 0: never."""
    hold_seconds: Annotated[float, Field(ge=1.5, le=10)] = 3.0
    """Holding a finger anywhere this long turns speech mode on (or off)."""
    keys: Annotated[SpeechKeysSection, AfterValidator(_no_key_twice)] = Field(
        default_factory=SpeechKeysSection
    )
