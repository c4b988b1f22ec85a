"""Starting read-aloud can never freeze the kiosk: Qt's speechd engine waits for
speech-dispatcher on the UI thread with no time limit, so speech-dispatcher is asked off
that thread first, and nothing is started when read-aloud is switched off.

Fake speech-dispatchers (a unix socket that never answers, one that answers, none at
all) stand in for the real one; a stand-in for QTextToSpeech records whether, and on
which thread, the engine would have been constructed.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.core.settings import Settings
from kiosk.ui import speech
from kiosk.ui.speech import SpeechdAddress, SpeechService, probe_speechd, speechd_address

SPEECHD = Settings.model_validate({"speech": {"engine": "speechd"}})


class FakeSpeechd:
    """A unix socket where speech-dispatcher would be: ``silent`` accepts and never
    answers (the hang seen on a real kiosk), ``answer`` answers like speech-dispatcher,
    ``close`` hangs up at once."""

    def __init__(self, folder: Path, behaviour: str) -> None:
        self.path = folder / "speechd.sock"
        self.behaviour = behaviour
        self.connections: list[socket.socket] = []
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(self.path))
        self._server.listen(8)
        self._server.settimeout(0.02)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.behaviour == "close":
                connection.close()
                continue
            self.connections.append(connection)
            if self.behaviour == "answer":
                connection.settimeout(1.0)
                try:
                    if connection.recv(1024).startswith(b"SET SELF CLIENT_NAME"):
                        connection.sendall(b"208 OK CLIENT NAME SET\r\n")
                except OSError:
                    pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self._server.close()
        for connection in self.connections:
            connection.close()


@pytest.fixture
def short_folder() -> Iterator[Path]:
    # A unix socket's path must fit in 108 bytes: pytest's tmp_path may not.
    folder = Path(tempfile.mkdtemp(prefix="sd-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def fake_speechd(short_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    servers: list[FakeSpeechd] = []

    def make(behaviour: str) -> FakeSpeechd:
        server = FakeSpeechd(short_folder, behaviour)
        servers.append(server)
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{server.path}")
        return server

    monkeypatch.setenv("SPEECHD_CMD", "false")  # never a real speech-dispatcher here
    yield make
    for server in servers:
        server.close()


class StandInEngine:
    """Qt's QTextToSpeech, as far as SpeechService uses it; constructing one is recorded
    and reports an error, so no real engine is ever connected by these tests."""

    State = QTextToSpeech.State
    constructed: ClassVar[list[tuple[str, threading.Thread]]] = []

    @staticmethod
    def availableEngines() -> list[str]:
        return ["mock", "speechd"]

    def __init__(self, *args: object) -> None:
        engine = args[0] if args and isinstance(args[0], str) else ""
        StandInEngine.constructed.append((engine, threading.current_thread()))

    def state(self) -> QTextToSpeech.State:
        return QTextToSpeech.State.Error

    def errorString(self) -> str:
        return "a stand-in engine"


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> type[StandInEngine]:
    StandInEngine.constructed = []
    monkeypatch.setattr(speech, "_qt_text_to_speech", lambda: (StandInEngine, None))
    return StandInEngine


def assert_responsive(kiosk, qtbot) -> None:
    """The window is painted and a tap does what it should, while speech is pending."""
    window = kiosk.window
    assert window.isVisible() and not window.grab().isNull()
    QTest.mouseClick(window.tools_bar.language_button, Qt.MouseButton.LeftButton)
    assert window.language_picker.is_open, "a tap is answered at once"
    window.language_picker.hide()


# -- the kiosk -------------------------------------------------------------------------------
def test_switched_off_no_engine_is_started_at_all(make_kiosk, monkeypatch):
    loaded: list[int] = []
    real = speech._qt_text_to_speech
    monkeypatch.setattr(speech, "_qt_text_to_speech", lambda: loaded.append(1) or real())
    kiosk = make_kiosk(settings=Settings.model_validate({"speech": {"enabled": False}}))
    assert kiosk.speech.tts is None and not kiosk.speech.probing
    assert loaded == [], "Qt's text-to-speech was not even loaded"
    kiosk.controller.open_topic("alpha")
    assert not kiosk.window.top_bar.listen_button.isVisible()
    assert any("switched off" in note for note in kiosk.admin_status().notes)


def test_a_speech_dispatcher_that_never_answers_cannot_freeze_the_kiosk(
    make_kiosk, qtbot, fake_speechd, stand_in, caplog
):
    server = fake_speechd("silent")
    kiosk = make_kiosk(settings=SPEECHD, speech_answer_seconds=0.2)
    assert kiosk.speech.probing, "asked off the UI thread"
    assert_responsive(kiosk, qtbot)
    qtbot.waitUntil(lambda: not kiosk.speech.probing, timeout=3000)
    assert stand_in.constructed == [], "the engine was never constructed"
    assert server.connections, "the probe did connect"
    reason = f"speech-dispatcher did not answer within 0.2 s (at {server.path})"
    assert kiosk.speech.problem == reason
    kiosk.controller.open_topic("alpha")
    assert not kiosk.window.top_bar.listen_button.isVisible(), "Listen is hidden"
    assert f"Read-aloud in English: unavailable: {reason}" in kiosk.admin_status().notes
    assert_responsive(kiosk, qtbot)
    assert "read-aloud unavailable" in caplog.text


def test_no_speech_dispatcher_and_none_can_start(make_kiosk, qtbot, short_folder, stand_in, caplog):
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SPEECHD_ADDRESS", f"unix_socket:{short_folder / 'absent.sock'}")
        env.setenv("SPEECHD_CMD", "false")  # as when speech-dispatcher refuses to start
        kiosk = make_kiosk(settings=SPEECHD, speech_answer_seconds=0.2)
        assert_responsive(kiosk, qtbot)
        qtbot.waitUntil(lambda: not kiosk.speech.probing, timeout=3000)
    assert stand_in.constructed == []
    assert kiosk.speech.problem == (
        "speech-dispatcher is not running and did not start (exit code 1)"
    )
    kiosk.controller.open_topic("alpha")
    assert not kiosk.window.top_bar.listen_button.isVisible()
    assert "read-aloud unavailable" in caplog.text


def test_an_answering_speech_dispatcher_gets_its_engine_on_the_ui_thread(
    make_kiosk, qtbot, fake_speechd, stand_in, caplog
):
    fake_speechd("answer")
    kiosk = make_kiosk(settings=SPEECHD, speech_answer_seconds=2)
    qtbot.waitUntil(lambda: not kiosk.speech.probing, timeout=3000)
    assert stand_in.constructed == [("speechd", threading.main_thread())]
    # The stand-in says it failed, and that is reported like any engine's failure.
    assert kiosk.speech.problem == "speech engine failed to start: a stand-in engine"
    assert "read-aloud unavailable" in caplog.text


def test_stopping_the_kiosk_stops_waiting_for_the_probe(make_kiosk, fake_speechd, stand_in):
    fake_speechd("silent")
    kiosk = make_kiosk(settings=SPEECHD, speech_answer_seconds=5)
    assert kiosk.speech.probing
    kiosk.stop()
    assert not kiosk.speech.probing and not kiosk.speech._probe_timer.isActive()


def test_the_mock_engine_and_other_systems_need_no_probe(qapp, stand_in, caplog):
    assert not speech.needs_probe("mock", ["mock", "speechd"], "linux")
    assert speech.needs_probe("", ["mock", "speechd"], "linux"), "speechd is Linux's default"
    assert not speech.needs_probe("", ["sapi", "winrt"], "win32")
    assert not speech.needs_probe("speechd", ["speechd"], "darwin")
    service = SpeechService("mock", platform="linux")
    service.start()
    assert not service.probing and stand_in.constructed == [("mock", threading.main_thread())]
    service.deleteLater()
    assert "read-aloud unavailable" in caplog.text


# -- the probe itself ------------------------------------------------------------------------
def test_where_libspeechd_connects(tmp_path):
    assert speechd_address({"XDG_RUNTIME_DIR": "/run/user/1000"}) == SpeechdAddress(
        path=Path("/run/user/1000/speech-dispatcher/speechd.sock")
    )
    # GLib's runtime folder falls back to the cache folder.
    assert speechd_address({"XDG_CACHE_HOME": "/c"}).path == Path(
        "/c/speech-dispatcher/speechd.sock"
    )
    assert speechd_address({"HOME": "/home/k"}).path == Path(
        "/home/k/.cache/speech-dispatcher/speechd.sock"
    )
    assert speechd_address({"SPEECHD_ADDRESS": "unix_socket:/tmp/s.sock"}).path == Path(
        "/tmp/s.sock"
    )
    assert speechd_address(
        {"SPEECHD_ADDRESS": "unix_socket", "XDG_RUNTIME_DIR": "/r"}
    ).path == Path("/r/speech-dispatcher/speechd.sock")
    inet = speechd_address({"SPEECHD_ADDRESS": "inet_socket:localhost:7000"})
    assert (inet.host, inet.port, inet.path) == ("localhost", 7000, None)
    assert speechd_address({"SPEECHD_ADDRESS": "inet_socket"}).port == 6560
    assert SpeechdAddress(host="elsewhere").spawn_arguments() is None, "not started remotely"


@pytest.mark.parametrize(
    ("behaviour", "expected"),
    [
        ("answer", None),
        ("silent", "speech-dispatcher did not answer within 0.1 s"),
        ("close", "speech-dispatcher closed the connection without answering"),
    ],
)
def test_probe(fake_speechd, behaviour, expected):
    server = fake_speechd(behaviour)
    reason = probe_speechd(dict(os.environ), answer_seconds=0.1, spawn_seconds=0.1)
    if expected is None:
        assert reason is None
    else:
        assert reason is not None and reason.startswith(expected), reason
        assert str(server.path) in reason, "staff see where it looked"


def test_probe_when_nothing_listens(short_folder):
    absent = {"SPEECHD_ADDRESS": f"unix_socket:{short_folder / 'none.sock'}"}
    hang = short_folder / "hangs"
    hang.write_text("#!/bin/sh\nexec sleep 30\n", "ascii")
    hang.chmod(0o755)
    cases = {
        "false": "speech-dispatcher is not running and did not start (exit code 1)",
        str(short_folder / "missing"): "speech-dispatcher is not installed",
        str(hang): "speech-dispatcher did not start within 0.2 s",
    }
    for command, expected in cases.items():
        reason = probe_speechd(
            {**absent, "SPEECHD_CMD": command}, answer_seconds=0.2, spawn_seconds=0.2
        )
        assert reason is not None and reason.startswith(expected), reason
