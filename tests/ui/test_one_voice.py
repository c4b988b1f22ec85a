"""One voice for the whole kiosk (issues 17 and 18): Listen speaks through the same
abandonable speech host as speech mode, so a voice that never returns cannot freeze the
UI, and Listen and speech mode never speak at the same time."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.core.settings import Settings
from tests.ui.voices import HungEngine, SteppedEngine


def with_voice(make_kiosk, qtbot, engine, **options):
    kiosk = make_kiosk(speech_mode_options={"engine": engine, **options.pop("mode", {})}, **options)
    qtbot.waitUntil(lambda: kiosk.voice.languages is not None, timeout=5000)
    kiosk.preferences._show_reading_state()
    return kiosk


def assert_answers_taps(kiosk) -> None:
    window = kiosk.window
    QTest.mouseClick(window.tools_bar.language_button, Qt.MouseButton.LeftButton)
    assert window.language_picker.is_open, "a tap is answered at once"
    window.language_picker.hide()
    before = kiosk.themes.high_contrast
    QTest.mouseClick(window.tools_bar.contrast_button, Qt.MouseButton.LeftButton)
    assert kiosk.themes.high_contrast is not before
    QTest.mouseClick(window.tools_bar.contrast_button, Qt.MouseButton.LeftButton)


def test_a_voice_that_never_returns_leaves_the_ui_answering_while_listen_is_used(
    make_kiosk, qtbot, caplog
):
    engine = HungEngine({"en"})
    try:
        kiosk = with_voice(make_kiosk, qtbot, engine, mode={"host": {"stop_seconds": 0.2}})
        bar, reader = kiosk.window.top_bar, kiosk.preferences.reader
        failures: list[str] = []
        kiosk.voice.failed.connect(failures.append)
        kiosk.controller.open_topic("beta")
        bar.listen_button.click()
        assert reader.state == "speaking"
        qtbot.waitUntil(engine.entered.is_set, timeout=3000)
        assert engine.calls == 1
        # The voice is stuck inside its first section: the UI thread is not.
        assert threading.current_thread() is threading.main_thread()
        assert_answers_taps(kiosk)
        bar.listen_button.click()  # Pause, then Stop: both return at once
        assert reader.state == "paused"
        bar.stop_button.click()
        assert reader.state == "idle"
        assert_answers_taps(kiosk)
        # It does not stop when told to: given up, reported, and Listen is hidden.
        qtbot.waitUntil(lambda: kiosk.voice.problem is not None, timeout=3000)
        reason = "the voice (hung) did not stop within 0.2 s when told to"
        assert failures == [reason]
        assert not bar.listen_button.isVisible()
        assert f"Read-aloud in English: unavailable: {reason}" in kiosk.admin_status().notes
        assert_answers_taps(kiosk)
        # The next reader gets a fresh worker; the same hang again is not reported again.
        kiosk.session.reset_session()
        kiosk.session.start_browsing()
        qtbot.waitUntil(lambda: kiosk.voice.languages is not None, timeout=3000)
        kiosk.controller.open_topic("beta")
        assert bar.listen_button.isVisible(), "a fresh voice for the next reader"
        bar.listen_button.click()
        qtbot.waitUntil(lambda: engine.calls == 2, timeout=3000)
        bar.stop_button.click()
        qtbot.waitUntil(lambda: kiosk.voice.problem is not None, timeout=3000)
        assert_answers_taps(kiosk)
        assert failures == [reason], "reported once"
        assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [reason]
    finally:
        engine.release.set()


def test_listen_and_speech_mode_never_speak_at_the_same_time(make_kiosk, qtbot):
    engine = SteppedEngine()
    kiosk = with_voice(make_kiosk, qtbot, engine, mode={"invitation_ms": 0})
    kiosk.window.activateWindow()
    qtbot.waitUntil(kiosk.window.isActiveWindow, timeout=2000)
    bar, reader, view = kiosk.window.top_bar, kiosk.preferences.reader, kiosk.window.topic_view
    mode = kiosk.speech_mode.controller
    kiosk.controller.open_topic("beta")
    sections = view.section_texts()
    with qtbot.waitSignal(reader.sectionStarted, timeout=3000):
        bar.listen_button.click()
    assert engine.said[-1] == sections[0]
    # A key turns speech mode on: it speaks, and Listen's reading stops at once.
    QTest.keyClick(QApplication.focusWidget() or kiosk.window, Qt.Key.Key_8)
    assert mode.on
    assert reader.state == "idle", "Listen stopped: speech mode speaks now"
    assert not any(w.property("speaking") for w in view.section_widgets)
    qtbot.waitUntil(lambda: engine.said[-1].startswith("Speech on."), timeout=3000)
    # Listen, chosen while speech mode talks, takes over: speech mode's words are dropped.
    with qtbot.waitSignal(reader.sectionStarted, timeout=3000):
        bar.listen_button.click()
    mark = len(engine.said) - 1
    assert engine.said[mark] == sections[0]
    for _ in sections:
        engine.step()
    qtbot.waitUntil(lambda: reader.state == "idle", timeout=3000)
    assert engine.said[mark:] == sections, "nothing else was said while Listen read"
    assert engine.most_at_once == 1, "never two utterances at once"


def test_the_speech_settings_still_set_listens_voice_and_rate(make_kiosk, qtbot):
    engine = SteppedEngine({"en"})
    settings = Settings.model_validate({"speech": {"engine": "mock", "rate": 0.5}})
    kiosk = with_voice(make_kiosk, qtbot, engine, settings=settings)
    kiosk.controller.open_topic("beta")
    kiosk.window.top_bar.listen_button.click()
    qtbot.waitUntil(lambda: bool(engine.rates), timeout=3000)
    assert engine.rates == [0.5]
