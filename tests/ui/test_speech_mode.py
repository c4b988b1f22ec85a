"""Speech mode through the real kiosk, with an injected silent voice: what is said for
every screen, layer and control, by keypad and by touch and hear, in each language."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget

from kiosk.core.navigation import Route
from kiosk.core.session import Mode
from kiosk.core.settings import Settings
from kiosk.core.touch_gestures import GestureTimings
from kiosk.ui.session_controller import Timings
from kiosk.ui.speech_mode import phrases
from kiosk.ui.speech_mode.describe import describe
from kiosk.ui.speech_mode.engines import SilentEngine
from kiosk.ui.widgets.buttons import CardButton
from tests.ui.test_operations import PIN, enter_pin, with_pin

GESTURES = GestureTimings(hold_ms=80, activate_ms=2000)
FAST = Timings(idle_ms=60_000, warning_seconds=3, tick_ms=20)


class HangingEngine(SilentEngine):
    """A voice that never comes back from its first sentence, nor from Stop (as
    speech-dispatcher once did in spd_execute_command)."""

    name = "hanging"

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.entered = threading.Event()

    def speak(self, text, language, rate, volume, control) -> None:
        self.entered.set()
        self.release.wait()


@pytest.fixture
def speaking(make_kiosk, qtbot):
    def make(*, engine=None, settings=None, browsing=False, **options):
        options.setdefault("timings", FAST)
        kiosk = make_kiosk(
            browsing=browsing,
            settings=settings,
            speech_mode_options={
                "engine": engine or SilentEngine(),
                "gestures": GESTURES,
                "invitation_ms": options.pop("invitation_ms", 0),
            },
            **options,
        )
        kiosk.window.activateWindow()
        qtbot.waitUntil(kiosk.window.isActiveWindow, timeout=2000)
        host = kiosk.speech_mode.host
        qtbot.waitUntil(lambda: host.languages is not None, timeout=5000)
        return kiosk

    return make


def said(kiosk) -> list[str]:
    return [text for _, text in kiosk.speech_mode.host.spoken]


def said_since(kiosk, mark: int) -> str:
    return " | ".join(said(kiosk)[mark:])


def press(kiosk, key: Qt.Key, times: int = 1) -> str:
    """Keys only, as a keypad sends them; what was said meanwhile."""
    mark = len(said(kiosk))
    for _ in range(times):
        QTest.keyClick(QApplication.focusWidget() or kiosk.window, key)
        QApplication.processEvents()  # where focus landed is said at the end of the change
    return said_since(kiosk, mark)


def focus_on(kiosk, object_name: str, limit: int = 60) -> str:
    """Press 2 (next item) until ``object_name`` has the focus; what was said for it."""
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is not None and focused.objectName() == object_name:
            return said(kiosk)[-1]
        press(kiosk, Qt.Key.Key_2)
    raise AssertionError(f"{object_name} never reached by key 2")


def t(kiosk, source: str) -> str:
    return kiosk.translations.translate(kiosk.translations.current, phrases.CONTEXT, source)


def test_a_keys_only_walk_through_the_whole_kiosk_is_spoken(speaking, qtbot):
    kiosk = speaking()
    session, controller = kiosk.session, kiosk.controller
    assert session.mode is Mode.ATTRACT
    # Any key turns speech on, from the attract screen.
    spoken = press(kiosk, Qt.Key.Key_8)
    assert spoken.startswith("Speech on. Swipe right or left, or press 2 and 8")
    assert "Touch the screen to start" in spoken
    assert session.idle_timer.timeout_ms == 300_000, "a longer time limit in speech mode"
    # 5 starts; Home is said.
    assert "Home. Topics to choose from." in press(kiosk, Qt.Key.Key_5)
    assert session.mode is Mode.BROWSING
    spoken = focus_on(kiosk, "tile-alpha")
    assert spoken.startswith("What is alpha?, A short first topic for the tests., link.")
    # A topic: its title, then heading by heading and paragraph by paragraph.
    spoken = press(kiosk, Qt.Key.Key_5)
    assert controller.router.current == Route.topic("alpha")
    assert spoken.startswith("Topic: What is alpha?. Reading. Press space to pause")
    assert "Alpha is the first topic." in spoken
    assert "How does alpha work?, heading." in spoken
    cursor = kiosk.speech_mode.controller.cursor
    qtbot.waitUntil(lambda: cursor.position == len(cursor.blocks) - 1, timeout=5000)
    assert press(kiosk, Qt.Key.Key_9) == "How does alpha work?, heading.", "previous heading"
    assert press(kiosk, Qt.Key.Key_9) == "What is alpha?, heading."
    assert press(kiosk, Qt.Key.Key_9) == "Start of the topic."
    assert press(kiosk, Qt.Key.Key_6).startswith("Alpha is the first topic."), "next paragraph"
    assert press(kiosk, Qt.Key.Key_3) == "How does alpha work?, heading.", "next heading"
    assert press(kiosk, Qt.Key.Key_4).startswith("Alpha is the first topic."), "previous one"
    assert press(kiosk, Qt.Key.Key_Period).startswith("Alpha is the first topic."), "repeat"
    # A glossary word: a link to a word's meaning, with its hint the first time.
    spoken = focus_on(kiosk, "term-word")
    assert spoken == "word, Explain the word word, link to a word's meaning. " + (
        "Press 5 to hear what it means."
    )
    spoken = press(kiosk, Qt.Key.Key_5)
    assert kiosk.window.glossary_card.is_open
    assert "word" in spoken and "A thing that means something." in spoken
    press(kiosk, Qt.Key.Key_7)  # back closes the card
    assert not kiosk.window.glossary_card.is_open
    assert controller.router.current == Route.topic("alpha")
    # Take this home.
    focus_on(kiosk, "takeHomeButton")
    spoken = press(kiosk, Qt.Key.Key_5)
    card = kiosk.window.take_home_card
    assert card.is_open
    assert "example.org/alpha" in spoken
    press(kiosk, Qt.Key.Key_7)
    assert not card.is_open
    # Back to Home.
    assert "Home. Topics to choose from." in press(kiosk, Qt.Key.Key_7)
    assert controller.router.current == Route.home()
    # The idle warning and its countdown are said; nobody answers; the reset.
    mark = len(said(kiosk))
    session.idle_timer.set_timeout_ms(10)  # the time limit, run out
    session.idle_timer.poke()
    qtbot.waitUntil(lambda: session.mode is Mode.ATTRACT, timeout=5000)
    spoken = said_since(kiosk, mark)
    assert "Are you still there? To keep reading, press any key" in spoken
    assert "Seconds left: 3." in spoken and "Seconds left: 1." in spoken
    assert "Starting over for the next person. Speech off." in spoken
    assert not kiosk.speech_mode.controller.on
    assert session.idle_timer.timeout_ms == FAST.idle_ms


def test_any_key_answers_the_spoken_idle_warning(speaking, qtbot):
    kiosk = speaking(browsing=True, timings=Timings(idle_ms=60_000, warning_seconds=30))
    press(kiosk, Qt.Key.Key_2)
    kiosk.session.enter(Mode.IDLE_WARNING)
    assert "Seconds left: 30." in said(kiosk)[-1]
    press(kiosk, Qt.Key.Key_8)
    assert kiosk.session.mode is Mode.BROWSING


def _controls(layer: QWidget) -> list[QAbstractButton]:
    return [
        b
        for b in layer.findChildren(QAbstractButton)
        if b.isVisible() and b.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def _walk(kiosk, layer: QWidget) -> dict[str, str]:
    """Every control of ``layer`` reached by key 2, and what was said for it; each is
    then touched (touch and hear) and must be said the same way."""
    spoken: dict[str, str] = {}
    wanted = {b.objectName() for b in _controls(layer)}
    controller = kiosk.speech_mode.controller
    for _ in range(4 * len(wanted) + 10):
        text = press(kiosk, Qt.Key.Key_2)
        focused = QApplication.focusWidget()
        name = focused.objectName() if isinstance(focused, QAbstractButton) else ""
        if name in wanted and name not in spoken:
            # Now in view (focus scrolls to it): touched, it is said the same way.
            mark = len(said(kiosk))
            controller.explore(focused.mapToGlobal(_centre(focused)))
            spoken[name] = f"{text} | touched: {said_since(kiosk, mark)}"
        if set(spoken) == wanted:
            break
    assert set(spoken) == wanted, f"not reached: {wanted - set(spoken)}"
    return spoken


def _expect(kiosk, button: QAbstractButton, text: str) -> None:
    """Name, role and state, by keypad and (where walked) by touch."""
    name = button.accessibleName()
    role = {"term": phrases.ROLE_TERM}.get(button.objectName().split("-")[0])
    if role is None:
        role = phrases.ROLE_LINK if isinstance(button, CardButton) else phrases.ROLE_BUTTON
    for part in text.split(" | touched: "):
        assert part.startswith(name), (name, part)
        assert f", {t(kiosk, role)}" in part, (role, part)
        if not button.isEnabled():
            assert t(kiosk, phrases.STATE_UNAVAILABLE) in part


@pytest.mark.parametrize("language", ["en", "cy", "pl", "ar"])
def test_every_control_of_every_screen_and_layer_is_spoken_in_each_language(speaking, language):
    kiosk = speaking(browsing=True, settings=with_pin())
    kiosk.preferences.set_language(language)
    press(kiosk, Qt.Key.Key_Shift)  # a modifier alone does nothing
    assert not kiosk.speech_mode.controller.on
    press(kiosk, Qt.Key.Key_2)
    assert said(kiosk)[0] == t(kiosk, phrases.SPEECH_ON).replace("%1", "2").replace(
        "%2", "8"
    ).replace("%3", "5").replace("%4", "0")
    if language != "en":
        assert t(kiosk, phrases.ROLE_BUTTON) != "button", "the role is translated"
    window = kiosk.window
    screens = {"home": window}
    for name, layer in screens.items():
        for object_name, text in _walk(kiosk, layer).items():
            _expect(kiosk, layer.findChild(QAbstractButton, object_name), text)
        del name
    topic = "alpha"
    kiosk.controller.open_topic(topic)
    for object_name, text in _walk(kiosk, window).items():
        _expect(kiosk, window.findChild(QAbstractButton, object_name), text)
    layers = [
        ("glossary", lambda: kiosk.controller.open_term("word"), window.glossary_card),
        ("take-home", lambda: kiosk.controller.open_take_home(topic), window.take_home_card),
        ("languages", kiosk.preferences.open_language_picker, window.language_picker),
        ("idle", lambda: kiosk.session.enter(Mode.IDLE_WARNING), window.idle_warning),
    ]
    for name, open_layer, layer in layers:
        mark = len(said(kiosk))
        open_layer()
        QApplication.processEvents()
        assert said_since(kiosk, mark), f"opening the {name} layer says what it shows"
        if name == "idle":
            # Any key answers "Are you still there?": its one button is reached by touch.
            stay = window.idle_warning.stay_button
            mark = len(said(kiosk))
            QTest.mousePress(stay, Qt.MouseButton.LeftButton, pos=_centre(stay))
            QTest.mouseRelease(stay, Qt.MouseButton.LeftButton, pos=_centre(stay))
            _expect(kiosk, stay, said_since(kiosk, mark))
            kiosk.session.stay()
            continue
        for object_name, text in _walk(kiosk, layer).items():
            _expect(kiosk, layer.findChild(QAbstractButton, object_name), text)
        layer.hide()
    # The staff screens: the PIN pad, then the staff screen behind it.
    mark = len(said(kiosk))
    kiosk.session.open_pin_pad()
    QApplication.processEvents()
    pad = window.pin_pad
    spoken = said_since(kiosk, mark)
    assert t(kiosk, phrases.STAFF) in spoken and pad.title.text() in spoken
    assert pad.status.text() in spoken, "what the pad asks for"
    for object_name, text in _walk(kiosk, pad).items():
        _expect(kiosk, pad.findChild(QAbstractButton, object_name), text)
    enter_pin(kiosk, PIN)
    QApplication.processEvents()
    panel = window.admin_panel
    assert panel.is_open
    for object_name, text in _walk(kiosk, panel).items():
        _expect(kiosk, panel.findChild(QAbstractButton, object_name), text)
    kiosk.session.close_admin()
    # Outside opening hours: the closed screen, and nothing of the page behind it.
    press(kiosk, Qt.Key.Key_2)
    mark = len(said(kiosk))
    kiosk.session.enter(Mode.CLOSED)
    QApplication.processEvents()
    assert said_since(kiosk, mark) == t(kiosk, phrases.CLOSED)


def test_the_pin_pad_says_how_many_digits_and_what_it_answers(speaking, caplog):
    kiosk = speaking(browsing=True, settings=with_pin())
    press(kiosk, Qt.Key.Key_2)
    kiosk.session.open_pin_pad()
    QApplication.processEvents()
    pad = kiosk.window.pin_pad
    assert said(kiosk)[-1] == "Enter the staff PIN."
    # Reached and chosen by keypad: the digit keys never say which digits are in.
    spoken = focus_on(kiosk, "pinKey1")
    assert spoken.startswith("1, button.")
    assert press(kiosk, Qt.Key.Key_5) == "1 digit entered"
    assert press(kiosk, Qt.Key.Key_5) == "2 digits entered"
    focus_on(kiosk, "pinOk")
    assert "Wrong PIN. 4 tries left." in press(kiosk, Qt.Key.Key_5)
    assert pad.isVisible()
    assert [r.getMessage() for r in caplog.records] == ["wrong staff PIN"]
    press(kiosk, Qt.Key.Key_7)  # back: the pad is closed
    assert kiosk.session.mode is Mode.ATTRACT


def test_a_switch_says_its_state(qapp):
    switch = QPushButton("High contrast")
    switch.setCheckable(True)
    assert (describe(switch).role, describe(switch).state) == (
        phrases.ROLE_TOGGLE,
        phrases.STATE_OFF,
    )
    switch.setChecked(True)
    assert describe(switch).state == phrases.STATE_ON
    switch.setEnabled(False)
    assert describe(switch).state == phrases.STATE_UNAVAILABLE
    switch.deleteLater()


def _centre(widget: QWidget) -> QPoint:
    return widget.rect().center()


def test_touch_and_hear_speaks_without_activating_and_a_second_tap_activates(speaking, qtbot):
    kiosk = speaking(browsing=True)
    press(kiosk, Qt.Key.Key_2)
    tile = kiosk.window.home_view.findChild(QAbstractButton, "tile-alpha")
    mark = len(said(kiosk))
    QTest.mousePress(tile, Qt.MouseButton.LeftButton, pos=_centre(tile))
    assert said_since(kiosk, mark).startswith("What is alpha?"), "the first touch speaks"
    QTest.mouseRelease(tile, Qt.MouseButton.LeftButton, pos=_centre(tile))
    assert kiosk.controller.router.current == Route.home(), "and does not activate"
    QTest.mouseClick(tile, Qt.MouseButton.LeftButton, pos=_centre(tile))
    assert kiosk.controller.router.current == Route.topic("alpha"), "a second tap does"


def test_a_finger_moving_across_the_screen_speaks_each_thing_under_it(speaking):
    kiosk = speaking(browsing=True)
    press(kiosk, Qt.Key.Key_2)
    bar = kiosk.window.top_bar
    home, size = bar.home_button, kiosk.window.tools_bar.text_size_button
    mark = len(said(kiosk))
    QTest.mousePress(home, Qt.MouseButton.LeftButton, pos=_centre(home))
    QTest.mouseMove(size, _centre(size))
    QTest.mouseRelease(size, Qt.MouseButton.LeftButton, pos=_centre(size))
    spoken = said_since(kiosk, mark)
    assert home.accessibleName() in spoken and size.accessibleName() in spoken
    assert kiosk.controller.router.current == Route.home()


def _swipe(window: QWidget, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(window, end)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=end)
    QApplication.processEvents()


def test_a_swipe_moves_to_the_next_and_previous_item(speaking):
    kiosk = speaking(browsing=True)
    press(kiosk, Qt.Key.Key_2)
    window = kiosk.window
    left, right = QPoint(200, 600), QPoint(700, 610)
    _swipe(window, left, right)
    first = QApplication.focusWidget()
    _swipe(window, left, right)
    second = QApplication.focusWidget()
    assert isinstance(second, QAbstractButton) and second is not first
    assert said(kiosk)[-1].startswith(second.accessibleName())
    _swipe(window, right, left)
    assert QApplication.focusWidget() is first
    assert kiosk.controller.router.current == Route.home(), "nothing was activated"


def test_holding_anywhere_turns_speech_on_without_activating_what_is_held(speaking, qtbot):
    kiosk = speaking()
    attract = kiosk.window.attract_view
    controller = kiosk.speech_mode.controller
    QTest.mousePress(attract, Qt.MouseButton.LeftButton, pos=_centre(attract))
    qtbot.waitUntil(lambda: controller.on, timeout=3000)
    QTest.mouseRelease(attract, Qt.MouseButton.LeftButton, pos=_centre(attract))
    assert kiosk.session.mode is Mode.ATTRACT, "the lift after the hold starts nothing"
    assert said(kiosk)[0].startswith("Speech on.")
    # On a button too; and holding again turns it off.
    kiosk.session.start_browsing()
    home = kiosk.window.top_bar.home_button
    QTest.mousePress(home, Qt.MouseButton.LeftButton, pos=_centre(home))
    qtbot.waitUntil(lambda: not controller.on, timeout=3000)
    QTest.mouseRelease(home, Qt.MouseButton.LeftButton, pos=_centre(home))
    assert not home.isDown()
    assert said(kiosk)[-1] == "Speech off."


def test_a_tap_with_speech_off_still_works_as_always(speaking):
    kiosk = speaking()
    attract = kiosk.window.attract_view
    QTest.mouseClick(attract, Qt.MouseButton.LeftButton, pos=_centre(attract))
    assert kiosk.session.mode is Mode.BROWSING
    assert not kiosk.speech_mode.controller.on


def test_a_speech_engine_that_never_returns_leaves_the_ui_answering_taps(speaking, qtbot, caplog):
    engine = HangingEngine()
    kiosk = speaking(engine=engine, browsing=True)
    host, controller = kiosk.speech_mode.host, kiosk.speech_mode.controller
    host._stop_seconds = 0.2
    failures = []
    host.failed.connect(failures.append)
    try:
        press(kiosk, Qt.Key.Key_2)  # speech on: the voice takes the first sentence, and hangs
        qtbot.waitUntil(engine.entered.is_set, timeout=3000)
        press(kiosk, Qt.Key.Key_2)  # a new item: Stop, which the voice never honours
        qtbot.waitUntil(lambda: bool(failures), timeout=5000)
        assert "did not stop within 0.2 s" in failures[0]
        assert not host.available
        notice = controller.notice
        assert notice.isVisible()
        assert notice.text() == "Speech is not available at the moment."
        # The UI answers: a double tap opens a topic, keys still move and act.
        tile = kiosk.window.home_view.findChild(QAbstractButton, "tile-beta")
        QTest.mouseClick(tile, Qt.MouseButton.LeftButton, pos=_centre(tile))
        QTest.mouseClick(tile, Qt.MouseButton.LeftButton, pos=_centre(tile))
        assert kiosk.controller.router.current == Route.topic("beta")
        press(kiosk, Qt.Key.Key_7)
        assert kiosk.controller.router.current == Route.home()
        press(kiosk, Qt.Key.Key_2, times=3)
        assert len(failures) == 1, "reported once"
        logged = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
        assert logged == failures
        assert "Speech mode: unavailable" in " ".join(kiosk.admin_status().notes)
    finally:
        engine.release.set()


def test_the_privacy_reset_turns_speech_off_and_resets_rate_volume_and_language(speaking):
    kiosk = speaking(browsing=True)
    controller = kiosk.speech_mode.controller
    press(kiosk, Qt.Key.Key_2)
    kiosk.preferences.set_language("pl")
    assert press(kiosk, Qt.Key.Key_Asterisk) == "Szybciej."
    press(kiosk, Qt.Key.Key_Minus)
    assert controller.state.rate > -0.1 and controller.state.volume < 1.0
    kiosk.session.reset_session()
    assert not controller.on
    assert (controller.state.rate, controller.state.volume) == (-0.1, 1.0)
    assert kiosk.translations.current == "en"
    assert not controller.notice.isVisible()


def test_staff_can_set_speech_mode_always_on(speaking):
    settings = Settings.model_validate({"speech_mode": {"always_on": True}})
    kiosk = speaking(settings=settings, browsing=True)
    controller = kiosk.speech_mode.controller
    assert controller.on
    assert kiosk.session.idle_timer.timeout_ms == 300_000
    kiosk.session.reset_session()
    assert controller.on, "still on for the next reader"


def test_the_attract_screen_speaks_its_invitation_every_so_often(speaking, qtbot):
    kiosk = speaking(invitation_ms=30)
    invitation = (
        "This screen can talk. To turn on speech, hold one finger anywhere on the screen "
        "for 3 seconds, or press any key on the keypad."
    )
    qtbot.waitUntil(lambda: said(kiosk).count(invitation) >= 2, timeout=3000)
    kiosk.session.start_browsing()
    count = len(said(kiosk))
    assert not kiosk.speech_mode.controller.invitation.isActive(), "only on the attract screen"
    assert len(said(kiosk)) == count


def test_a_language_without_a_voice_is_said_in_english_and_english_is_offered(speaking):
    kiosk = speaking(engine=SilentEngine(languages={"en", "pl"}), browsing=True)
    kiosk.preferences.set_language("cy")
    spoken = press(kiosk, Qt.Key.Key_2)
    assert "There is no voice for Welsh on this kiosk, so speech is in English." in spoken
    assert spoken.startswith("Speech on."), "speech mode's own words are in English"
    assert {language for language, _ in kiosk.speech_mode.host.spoken} == {"en"}
    press(kiosk, Qt.Key.Key_5)
    assert kiosk.translations.current == "en", "English was offered and taken"


def test_keys_help_names_every_action(speaking):
    kiosk = speaking(browsing=True)
    press(kiosk, Qt.Key.Key_2)
    spoken = press(kiosk, Qt.Key.Key_0)
    assert spoken.startswith("The keys: 8 or Up: previous item. 2 or Down: next item.")
    assert "Num Lock or F12: speech on or off." in spoken
    assert press(kiosk, Qt.Key.Key_NumLock) == "Speech off."


def test_the_staff_gesture_still_opens_the_pin_pad_in_speech_mode(speaking, qtbot):
    kiosk = speaking(browsing=True, timings=Timings(idle_ms=60_000, hold_ms=30))
    press(kiosk, Qt.Key.Key_2)
    title = kiosk.window.top_bar.title
    gesture = kiosk.session.admin_gesture
    QTest.mousePress(title, Qt.MouseButton.LeftButton, pos=_centre(title))
    qtbot.waitUntil(lambda: gesture._held, timeout=3000)
    QTest.mouseRelease(title, Qt.MouseButton.LeftButton, pos=_centre(title))
    assert gesture.armed
    for _ in range(3):
        QTest.mouseClick(title, Qt.MouseButton.LeftButton, pos=_centre(title))
    assert kiosk.session.mode is Mode.ADMIN
    assert kiosk.speech_mode.controller.on, "holding the title is not speech mode's hold"


def test_every_key_name_the_settings_accept_is_a_qt_key():
    from kiosk.core.keymap import KEY_NAMES
    from kiosk.ui.speech_mode.keys import QT_KEYS

    assert set(QT_KEYS.values()) == KEY_NAMES


def test_space_pauses_the_reading_and_goes_on(speaking, qtbot):
    engine = HangingEngine()
    kiosk = speaking(engine=engine, browsing=True)
    host = kiosk.speech_mode.host
    try:
        press(kiosk, Qt.Key.Key_2)
        qtbot.waitUntil(engine.entered.is_set, timeout=3000)
        press(kiosk, Qt.Key.Key_Space)
        assert host.paused
        press(kiosk, Qt.Key.Key_Space)
        assert not host.paused and host.speaking
    finally:
        engine.release.set()
