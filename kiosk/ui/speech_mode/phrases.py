"""Everything speech mode says of its own, in each language (Qt Linguist, context
``SpeechMode``; ``make lupdate`` finds these strings).

The language is explicit rather than the interface's: where a language has no voice,
speech mode speaks English while the screen stays in the reader's language.
Plural-free wordings ("Seconds left: 30") keep one translation right for every number
in Welsh, Polish and Arabic.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.core.keymap import Action, KeyMap

CONTEXT = "SpeechMode"

ROLE_BUTTON = QT_TRANSLATE_NOOP("SpeechMode", "button")
ROLE_LINK = QT_TRANSLATE_NOOP("SpeechMode", "link")
ROLE_TERM = QT_TRANSLATE_NOOP("SpeechMode", "link to a word's meaning")
ROLE_TOGGLE = QT_TRANSLATE_NOOP("SpeechMode", "switch")
ROLE_HEADING = QT_TRANSLATE_NOOP("SpeechMode", "heading")
STATE_ON = QT_TRANSLATE_NOOP("SpeechMode", "on")
STATE_OFF = QT_TRANSLATE_NOOP("SpeechMode", "off")
STATE_SELECTED = QT_TRANSLATE_NOOP("SpeechMode", "selected")
STATE_UNAVAILABLE = QT_TRANSLATE_NOOP("SpeechMode", "unavailable")
HINT_TOUCH = QT_TRANSLATE_NOOP("SpeechMode", "Double tap to activate.")
HINT_KEYS = QT_TRANSLATE_NOOP("SpeechMode", "Press %1 to activate.")
HINT_TERM_TOUCH = QT_TRANSLATE_NOOP("SpeechMode", "Double tap to hear what it means.")
HINT_TERM_KEYS = QT_TRANSLATE_NOOP("SpeechMode", "Press %1 to hear what it means.")

SPEECH_ON = QT_TRANSLATE_NOOP(
    "SpeechMode",
    "Speech on. Swipe right or left, or press %1 and %2, to move from item to item. "
    "Double tap, or press %3, to choose. Press %4 to hear all the keys.",
)
SPEECH_OFF = QT_TRANSLATE_NOOP("SpeechMode", "Speech off.")
INVITATION = QT_TRANSLATE_NOOP(
    "SpeechMode",
    "This screen can talk. To turn on speech, hold one finger anywhere on the screen "
    "for %1 seconds, or press any key on the keypad.",
)
UNAVAILABLE = QT_TRANSLATE_NOOP("SpeechMode", "Speech is not available at the moment.")
SPEECH_NOTICE_ON = QT_TRANSLATE_NOOP("SpeechMode", "Speech on")
HOME = QT_TRANSLATE_NOOP("SpeechMode", "Home. Topics to choose from.")
PAGE = QT_TRANSLATE_NOOP("SpeechMode", "Page: %1.")
TOPIC = QT_TRANSLATE_NOOP(
    "SpeechMode",
    "Topic: %1. Reading. Press %2 to pause, %3 and %4 for paragraphs, %5 and %6 for headings.",
)
END_OF_TOPIC = QT_TRANSLATE_NOOP(
    "SpeechMode", "End of the topic. Press %1 for the buttons below it."
)
START_OF_TOPIC = QT_TRANSLATE_NOOP("SpeechMode", "Start of the topic.")
PAUSED = QT_TRANSLATE_NOOP("SpeechMode", "Paused.")
NOTHING_TO_REPEAT = QT_TRANSLATE_NOOP("SpeechMode", "Nothing to repeat yet.")
FASTER = QT_TRANSLATE_NOOP("SpeechMode", "Faster.")
SLOWER = QT_TRANSLATE_NOOP("SpeechMode", "Slower.")
LOUDER = QT_TRANSLATE_NOOP("SpeechMode", "Louder.")
SOFTER = QT_TRANSLATE_NOOP("SpeechMode", "Softer.")
FASTEST = QT_TRANSLATE_NOOP("SpeechMode", "Fastest.")
SLOWEST = QT_TRANSLATE_NOOP("SpeechMode", "Slowest.")
LOUDEST = QT_TRANSLATE_NOOP("SpeechMode", "Loudest.")
SOFTEST = QT_TRANSLATE_NOOP("SpeechMode", "Softest.")
IDLE_WARNING = QT_TRANSLATE_NOOP(
    "SpeechMode",
    "Are you still there? To keep reading, press any key or double tap. "
    "Otherwise the screen starts over for the next person. Seconds left: %1.",
)
SECONDS_LEFT = QT_TRANSLATE_NOOP("SpeechMode", "Seconds left: %1.")
RESET = QT_TRANSLATE_NOOP("SpeechMode", "Starting over for the next person. Speech off.")
CLEANING = QT_TRANSLATE_NOOP("SpeechMode", "The screen is locked for cleaning. Seconds left: %1.")
STAFF = QT_TRANSLATE_NOOP("SpeechMode", "Staff screen.")
CLOSED = QT_TRANSLATE_NOOP(
    "SpeechMode", "The kiosk is closed at the moment. Touch the screen to wake it."
)
KEYS_INTRO = QT_TRANSLATE_NOOP("SpeechMode", "The keys:")
KEY_LINE = QT_TRANSLATE_NOOP("SpeechMode", "%1: %2.")
KEY_OR = QT_TRANSLATE_NOOP("SpeechMode", " or ")

ACTIONS = {
    Action.PREVIOUS: QT_TRANSLATE_NOOP("SpeechMode", "previous item"),
    Action.NEXT: QT_TRANSLATE_NOOP("SpeechMode", "next item"),
    Action.PREVIOUS_PARAGRAPH: QT_TRANSLATE_NOOP("SpeechMode", "previous paragraph"),
    Action.NEXT_PARAGRAPH: QT_TRANSLATE_NOOP("SpeechMode", "next paragraph"),
    Action.PREVIOUS_HEADING: QT_TRANSLATE_NOOP("SpeechMode", "previous heading"),
    Action.NEXT_HEADING: QT_TRANSLATE_NOOP("SpeechMode", "next heading"),
    Action.ACTIVATE: QT_TRANSLATE_NOOP("SpeechMode", "choose"),
    Action.BACK: QT_TRANSLATE_NOOP("SpeechMode", "back"),
    Action.HOME: QT_TRANSLATE_NOOP("SpeechMode", "home"),
    Action.HELP: QT_TRANSLATE_NOOP("SpeechMode", "these keys"),
    Action.REPEAT: QT_TRANSLATE_NOOP("SpeechMode", "repeat"),
    Action.PAUSE: QT_TRANSLATE_NOOP("SpeechMode", "pause or go on"),
    Action.VOLUME_UP: QT_TRANSLATE_NOOP("SpeechMode", "louder"),
    Action.VOLUME_DOWN: QT_TRANSLATE_NOOP("SpeechMode", "softer"),
    Action.FASTER: QT_TRANSLATE_NOOP("SpeechMode", "faster"),
    Action.SLOWER: QT_TRANSLATE_NOOP("SpeechMode", "slower"),
    Action.SPEECH: QT_TRANSLATE_NOOP("SpeechMode", "speech on or off"),
}

# Key names as a voice should say them; the rest (digits, letters, F1) are said as written.
KEY_WORDS = {
    "Plus": QT_TRANSLATE_NOOP("SpeechMode", "plus"),
    "Minus": QT_TRANSLATE_NOOP("SpeechMode", "minus"),
    "Asterisk": QT_TRANSLATE_NOOP("SpeechMode", "star"),
    "Slash": QT_TRANSLATE_NOOP("SpeechMode", "slash"),
    "Period": QT_TRANSLATE_NOOP("SpeechMode", "dot"),
    "Space": QT_TRANSLATE_NOOP("SpeechMode", "space"),
    "NumLock": QT_TRANSLATE_NOOP("SpeechMode", "Num Lock"),
    "Enter": QT_TRANSLATE_NOOP("SpeechMode", "Enter"),
}

# Said in English whatever the reader's language: there is no voice for theirs.
NO_VOICE = (
    "There is no voice for {language} on this kiosk, so speech is in English. "
    "To show the kiosk in English too, press {key} or double tap now."
)
LANGUAGE_NAMES_IN_ENGLISH = {"en": "English", "cy": "Welsh", "pl": "Polish", "ar": "Arabic"}

Translate = Callable[[str], str]


def fill(template: str, *values: object) -> str:
    """Qt's %1, %2 placeholders (as translators keep them)."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return template


def key_name(key_map: KeyMap, action: Action, translate: Translate) -> str:
    """The first key set for ``action``, as said aloud (the digit on a keypad)."""
    names = key_map.names(action)
    return translate(KEY_WORDS.get(names[0], names[0])) if names else "-"


def keys_help(key_map: KeyMap, translate: Translate) -> str:
    """ "The keys: 2 or Down: next item. ..." for the actions that have keys."""
    lines = [translate(KEYS_INTRO)]
    for action, words in ACTIONS.items():
        names = key_map.names(action)
        if not names:
            continue
        said = translate(KEY_OR).join(translate(KEY_WORDS.get(n, n)) for n in names[:2])
        lines.append(fill(translate(KEY_LINE), said, translate(words)))
    return " ".join(lines)
