"""Speech mode's Qt-free rules: the key map and its settings, the reader's speech
settings, what a control's description says, hints, reading by heading and paragraph,
and what a finger's touches mean."""

import pytest

from kiosk.core.content.document import Image, ListBlock, Paragraph, Section, Text
from kiosk.core.keymap import DEFAULT_KEYS, KEY_NAMES, Action, KeyMap
from kiosk.core.settings import validate_settings
from kiosk.core.speech_mode import (
    Block,
    BlockKind,
    HintMemory,
    ReadingCursor,
    SpeechModeState,
    describe_control,
    topic_blocks,
)
from kiosk.core.touch_gestures import Gesture, GestureTimings, TouchInterpreter


def test_the_default_key_map_follows_ez_access_with_num_lock_on_or_off():
    keys = KeyMap()
    assert keys.action("2") is keys.action("Down") is Action.NEXT
    assert keys.action("8") is keys.action("Up") is Action.PREVIOUS
    assert keys.action("5") is keys.action("Clear") is keys.action("Enter") is Action.ACTIVATE
    assert keys.action("7") is keys.action("Home") is Action.BACK
    assert keys.action("0") is keys.action("Insert") is Action.HELP
    assert keys.action("NumLock") is Action.SPEECH
    assert keys.action("Tab") is None, "Tab keeps its usual meaning"
    assert set(DEFAULT_KEYS) == set(Action), "every action has a key"
    named = [name for names in DEFAULT_KEYS.values() for name in names]
    assert len(named) == len(set(named)), "no key does two things"
    assert set(named) <= KEY_NAMES


def test_a_key_set_for_two_actions_or_an_unknown_key_is_refused_with_its_name():
    with pytest.raises(ValueError, match="'2' is set for both"):
        KeyMap({Action.HOME: ["2"]})
    with pytest.raises(ValueError, match="unknown key name 'Keypad5'"):
        KeyMap({Action.HOME: ["Keypad5"]})


def test_the_settings_change_the_key_map_and_a_bad_key_takes_the_default():
    settings, problems = validate_settings({"speech_mode": {"keys": {"home": ["H", "1"]}}})
    assert problems == []
    assert settings.speech_mode.keys.key_map().action("H") is Action.HOME
    settings, problems = validate_settings({"speech_mode": {"keys": {"home": ["Hom"]}}})
    assert [p.key for p in problems] == ["speech_mode.keys.home"]
    assert "unknown key name 'Hom'" in problems[0].reason
    assert settings.speech_mode.keys.home == list(DEFAULT_KEYS[Action.HOME])
    settings, problems = validate_settings({"speech_mode": {"keys": {"home": ["2"]}}})
    assert [p.key for p in problems] == ["speech_mode.keys"]
    assert "'2' is set for both" in problems[0].reason
    assert settings.speech_mode.keys.key_map().action("2") is Action.NEXT


def test_speech_mode_settings_have_bounds():
    settings, problems = validate_settings(
        {"speech_mode": {"idle_timeout_seconds": 5, "hold_seconds": 0.1, "always_on": True}}
    )
    assert {p.key for p in problems} == {
        "speech_mode.idle_timeout_seconds",
        "speech_mode.hold_seconds",
    }
    assert settings.speech_mode.idle_timeout_seconds == 300
    assert settings.speech_mode.hold_seconds == 3.0
    assert settings.speech_mode.always_on is True


def test_rate_and_volume_have_limits_and_reset_for_the_next_reader():
    state = SpeechModeState(default_rate=-0.1)
    assert not state.on and state.rate == -0.1 and state.volume == 1.0
    state.on = True
    for _ in range(10):
        state.faster()
        state.softer()
    assert state.rate == 1.0 and state.volume == 0.2
    state.slower()
    assert state.rate == 0.8
    state.reset()
    assert (state.on, state.rate, state.volume) == (False, -0.1, 1.0)
    assert SpeechModeState(always_on=True).on, "staff can set it always on"


def test_a_control_is_described_by_name_role_state_and_hint():
    assert describe_control("Remission", "button", "selected", "Double tap to activate.") == (
        "Remission, button, selected. Double tap to activate."
    )
    assert describe_control("Home", "button") == "Home, button."
    assert describe_control("", "", "", "") == ""


def test_a_hint_is_given_once_per_kind_until_the_next_reader():
    hints = HintMemory()
    assert hints.first_time("activate")
    assert not hints.first_time("activate")
    assert hints.first_time("term")
    hints.reset()
    assert hints.first_time("activate")


def _topic():
    return topic_blocks(
        "Remission",
        [
            Section(None, (Paragraph((Text("First."),)),)),
            Section(
                "What happens next",
                (
                    Paragraph((Text("Second."),)),
                    ListBlock(False, ((Text("one"),), (Text("two"),))),
                    Image("x.svg", "A drawing"),
                ),
            ),
            Section("Support", (Paragraph((Text("Third."),)),)),
        ],
    )


def test_a_topic_is_read_as_headings_and_paragraphs():
    blocks = _topic()
    assert blocks == [
        Block(BlockKind.HEADING, "Remission"),
        Block(BlockKind.PARAGRAPH, "First."),
        Block(BlockKind.HEADING, "What happens next"),
        Block(BlockKind.PARAGRAPH, "Second."),
        Block(BlockKind.PARAGRAPH, "one. two."),
        Block(BlockKind.PARAGRAPH, "A drawing."),
        Block(BlockKind.HEADING, "Support"),
        Block(BlockKind.PARAGRAPH, "Third."),
    ]


def test_the_cursor_moves_by_paragraph_and_heading_and_stops_at_the_ends():
    cursor = ReadingCursor(_topic())
    assert cursor.current() is None
    assert cursor.next().text == "Remission"
    assert cursor.previous() is None, "nothing before the title"
    assert cursor.next_heading().text == "What happens next"
    assert cursor.next().text == "Second."
    assert cursor.previous_heading().text == "What happens next"
    assert cursor.previous_heading().text == "Remission"
    assert cursor.next_heading().text == "What happens next"
    assert cursor.next_heading().text == "Support"
    assert cursor.next_heading() is None
    assert cursor.current().text == "Support", "past the end it stays"
    assert [b.text for b in cursor.rest()] == ["Third."]
    assert not ReadingCursor([])


def _touch(timings=None):
    return TouchInterpreter(timings or GestureTimings(hold_ms=3000, activate_ms=700))


def test_with_speech_off_only_a_still_hold_counts():
    touch = _touch()
    assert touch.press(0, 100, 100, speech_on=False) == []
    assert touch.hold_elapsed(1000) == [], "too early"
    assert [o.gesture for o in touch.hold_elapsed(3000)] == [Gesture.HOLD]
    assert touch.held
    assert touch.release(3500, 100, 100, speech_on=False) == []
    # A finger that moves (scrolling) never holds.
    touch.press(4000, 100, 100, speech_on=False)
    touch.move(4100, 100, 300, speech_on=False)
    assert touch.hold_elapsed(7000) == []
    assert touch.release(7100, 100, 300, speech_on=False) == []


def test_with_speech_on_a_touch_explores_and_a_second_tap_activates():
    touch = _touch()
    assert [o.gesture for o in touch.press(0, 10, 10, speech_on=True)] == [Gesture.EXPLORE]
    moved = touch.move(50, 200, 10, speech_on=True)
    assert [(o.gesture, o.x) for o in moved] == [(Gesture.EXPLORE, 200)], "a moving finger"
    assert touch.release(900, 200, 10, speech_on=True) == [], "lifting does not activate"
    assert touch.press(1200, 200, 12, speech_on=True) == [], "a quick second tap"
    outcome = touch.release(1250, 200, 12, speech_on=True)
    assert [o.gesture for o in outcome] == [Gesture.ACTIVATE]
    # Too late for a second tap: it explores again.
    touch.release(1300, 0, 0, speech_on=True)
    assert [o.gesture for o in touch.press(5000, 10, 10, speech_on=True)] == [Gesture.EXPLORE]


def test_with_speech_on_a_quick_swipe_moves_next_or_previous():
    touch = _touch()
    touch.press(0, 100, 500, speech_on=True)
    touch.move(100, 400, 520, speech_on=True)
    assert [o.gesture for o in touch.release(200, 400, 520, speech_on=True)] == [Gesture.NEXT]
    touch.press(2000, 400, 500, speech_on=True)
    assert [o.gesture for o in touch.release(2200, 100, 500, speech_on=True)] == [Gesture.PREVIOUS]
    # Slow, or mostly up and down: exploring, not a swipe.
    touch.press(4000, 100, 500, speech_on=True)
    assert touch.release(6000, 400, 500, speech_on=True) == []
    touch.press(9000, 100, 100, speech_on=True)
    assert touch.release(9100, 300, 600, speech_on=True) == []
