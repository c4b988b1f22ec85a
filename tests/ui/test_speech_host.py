"""The speech host never waits for its voice: a voice that hangs, fails or is missing is
reported once, and the UI thread goes on. espeak-ng (installed by
scripts/system-deps.sh test) is run for real, with its sound thrown away."""

from __future__ import annotations

import shutil
import threading
import time

import pytest

from kiosk.ui.speech_mode.engines import (
    EspeakEngine,
    SilentEngine,
    SpeechError,
    choose_engine,
)
from kiosk.ui.speech_mode.host import SpeechHost


class _Control:
    def __init__(self) -> None:
        self.stop = threading.Event()

    def cancelled(self) -> bool:
        return self.stop.is_set()

    def paused(self) -> bool:
        return False


class StuckEngine(SilentEngine):
    name = "stuck"

    def __init__(self, *, in_languages: bool = False) -> None:
        super().__init__()
        self.release = threading.Event()
        self.entered = threading.Event()
        self._in_languages = in_languages

    def languages(self) -> set[str]:
        if self._in_languages:
            self.release.wait()
        return super().languages()

    def speak(self, text, language, rate, volume, control) -> None:
        self.entered.set()
        self.release.wait()


class FailingEngine(SilentEngine):
    name = "failing"

    def speak(self, text, language, rate, volume, control) -> None:
        raise SpeechError("the sound card is gone")


@pytest.fixture
def host_for(qapp):
    made: list[SpeechHost] = []

    def make(engine, **options) -> SpeechHost:
        host = SpeechHost(engine, poll_ms=5, **options)
        host.start()
        made.append(host)
        return host

    yield make
    for host in made:
        host.close()


def test_say_and_stop_return_at_once_while_the_voice_is_stuck(host_for, qtbot, caplog):
    engine = StuckEngine()
    host = host_for(engine, stop_seconds=0.1)
    try:
        qtbot.waitUntil(lambda: host.languages is not None, timeout=3000)
        failures: list[str] = []
        host.failed.connect(failures.append)
        assert host.say("One.", "en", rate=0, volume=1)
        qtbot.waitUntil(engine.entered.is_set, timeout=3000)
        started = time.monotonic()
        host.stop()
        host.say("Two.", "en", rate=0, volume=1)
        assert time.monotonic() - started < 0.05, "the UI thread never waits"
        qtbot.waitUntil(lambda: bool(failures), timeout=3000)
        assert failures == ["the voice (stuck) did not stop within 0.1 s when told to"]
        assert not host.available and not host.say("Three.", "en", rate=0, volume=1)
        assert [r.getMessage() for r in caplog.records] == failures, "logged once"
    finally:
        engine.release.set()


def test_a_voice_that_never_lists_its_voices_is_given_up(host_for, qtbot, caplog):
    engine = StuckEngine(in_languages=True)
    host = host_for(engine, languages_seconds=0.1)
    try:
        with qtbot.waitSignal(host.failed, timeout=3000) as failed:
            pass
        assert "did not list its voices within 0.1 s" in failed.args[0]
        assert [r.levelname for r in caplog.records] == ["ERROR"]
    finally:
        engine.release.set()


def test_a_failing_voice_is_reported_once(host_for, qtbot, caplog):
    host = host_for(FailingEngine())
    failures: list[str] = []
    host.failed.connect(failures.append)
    for _ in range(3):
        host.say("Hello.", "en", rate=0, volume=1)
    qtbot.waitUntil(lambda: not host.speaking, timeout=3000)
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert failures == ["speech: the sound card is gone"]
    assert [r.getMessage() for r in caplog.records] == failures, "logged once, not three times"


def test_after_a_hang_the_next_reader_gets_a_fresh_voice(host_for, qtbot, caplog):
    engine = StuckEngine()
    host = host_for(engine, stop_seconds=0.05)
    try:
        host.say("One.", "en", rate=0, volume=1)
        qtbot.waitUntil(engine.entered.is_set, timeout=3000)
        host.stop()
        qtbot.waitUntil(lambda: not host.available, timeout=3000)
        engine.release.set()  # the stuck thread ends some day; a new one is used anyway
        host.recover()
        assert host.available
        assert host.say("Two.", "en", rate=0, volume=1)
        assert len(caplog.records) == 1
    finally:
        engine.release.set()


def test_an_unknown_or_missing_engine_says_why():
    engine, why = choose_engine("festival")
    assert engine is None and "[speech_mode] engine 'festival' is unknown" in why
    engine, why = choose_engine("", read_aloud_engine="mock")
    assert engine is not None and engine.name == "mock" and why is None


needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is missing: scripts/system-deps.sh test"
)


@needs_espeak
def test_espeak_ng_has_a_voice_for_every_language_of_the_kiosk():
    assert EspeakEngine(audio=False).languages() == {"en", "cy", "pl", "ar"}


@needs_espeak
def test_espeak_ng_speaks_and_stops_when_told():
    engine = EspeakEngine(audio=False)
    control = _Control()
    started = time.monotonic()
    engine.speak("Croeso.", "cy", 0.0, 1.0, control)
    assert time.monotonic() - started < 10
    long_text = "Mae hwn yn destun hir iawn. " * 200
    timer = threading.Timer(0.2, control.stop.set)
    timer.start()
    started = time.monotonic()
    engine.speak(long_text, "cy", -1.0, 1.0, control)
    assert time.monotonic() - started < 3, "a stopped voice ends at once"
    timer.join()


def test_a_voice_that_cannot_start_says_why():
    engine = EspeakEngine("/nonexistent/espeak-ng")
    with pytest.raises(SpeechError, match="cannot start /nonexistent/espeak-ng"):
        engine.speak("Hello.", "en", 0.0, 1.0, _Control())


def test_a_paused_voice_starts_nothing_new_until_it_goes_on(host_for, qtbot):
    # A voice that cannot pause inside a sentence (Windows) still pauses at its end.
    from tests.ui.voices import SteppedEngine

    engine = SteppedEngine()
    host = host_for(engine)
    qtbot.waitUntil(lambda: host.languages is not None, timeout=3000)
    host.say("One.", "en", rate=0, volume=1)
    host.say("Two.", "en", rate=0, volume=1)
    qtbot.waitUntil(lambda: engine.said == ["One."], timeout=3000)
    host.pause()
    engine.step()  # "One." comes to its end while paused
    qtbot.waitUntil(lambda: engine.speaking_now == 0, timeout=3000)
    assert engine.said == ["One."], "nothing new begins while paused"
    host.resume()
    qtbot.waitUntil(lambda: engine.said == ["One.", "Two."], timeout=3000)
    engine.step()
    qtbot.waitUntil(lambda: not host.speaking, timeout=3000)
