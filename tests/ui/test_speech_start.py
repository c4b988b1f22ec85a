"""Starting the voice can never freeze the kiosk: spd-say (libspeechd) waits for
speech-dispatcher with no time limit, so the speechd voice asks speech-dispatcher first,
with time limits, on the speech host's worker thread; nothing is started when read-aloud
and speech mode are both switched off.

Fake speech-dispatchers (a unix socket that never answers, one that answers, none at
all) stand in for the real one.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.core.settings import Settings
from kiosk.io.speechd_probe import SpeechdAddress, probe_speechd, speechd_address
from kiosk.ui.speech_mode.engines import (
    EspeakEngine,
    SilentEngine,
    SpdSayEngine,
    choose_engine,
)

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


def assert_responsive(kiosk, qtbot) -> None:
    """The window is painted and a tap does what it should, while speech is pending."""
    window = kiosk.window
    assert window.isVisible() and not window.grab().isNull()
    QTest.mouseClick(window.tools_bar.language_button, Qt.MouseButton.LeftButton)
    assert window.language_picker.is_open, "a tap is answered at once"
    window.language_picker.hide()


def speechd_voice(make_kiosk, seconds: float, executable: str = "spd-say", **options):
    engine = SpdSayEngine(executable, answer_seconds=seconds, spawn_seconds=seconds)
    return make_kiosk(settings=SPEECHD, speech_mode_options={"engine": engine}, **options)


def voice_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "speech-voice"]


# -- the kiosk -------------------------------------------------------------------------------
def test_switched_off_no_voice_is_started_at_all(make_kiosk):
    off = Settings.model_validate({"speech": {"enabled": False}, "speech_mode": {"enabled": False}})
    kiosk = make_kiosk(settings=off)
    assert not kiosk.speech.probing and not voice_threads(), "no voice was started"
    kiosk.controller.open_topic("alpha")
    assert not kiosk.window.top_bar.listen_button.isVisible()
    assert any("switched off" in note for note in kiosk.admin_status().notes)


def test_read_aloud_switched_off_leaves_speech_mode_its_voice(make_kiosk, qtbot):
    settings = Settings.model_validate({"speech": {"enabled": False, "engine": "mock"}})
    kiosk = make_kiosk(settings=settings)
    qtbot.waitUntil(lambda: kiosk.voice.languages is not None, timeout=3000)
    kiosk.controller.open_topic("alpha")
    assert not kiosk.window.top_bar.listen_button.isVisible(), "no Listen"
    assert kiosk.speech_mode.unavailable_reason() is None, "speech mode can still speak"


def test_a_speech_dispatcher_that_never_answers_cannot_freeze_the_kiosk(
    make_kiosk, qtbot, fake_speechd, caplog
):
    server = fake_speechd("silent")
    kiosk = speechd_voice(make_kiosk, 0.2, wait_for_voice=False)
    assert kiosk.speech.probing, "asked off the UI thread"
    assert_responsive(kiosk, qtbot)
    qtbot.waitUntil(lambda: not kiosk.speech.probing, timeout=3000)
    assert server.connections, "the probe did connect"
    reason = f"speech: speech-dispatcher did not answer within 0.2 s (at {server.path})"
    assert kiosk.speech.problem == reason
    kiosk.controller.open_topic("alpha")
    assert not kiosk.window.top_bar.listen_button.isVisible(), "Listen is hidden"
    assert f"Read-aloud in English: unavailable: {reason}" in kiosk.admin_status().notes
    assert_responsive(kiosk, qtbot)
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == [reason]


def test_no_speech_dispatcher_and_none_can_start(make_kiosk, qtbot, short_folder, caplog):
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SPEECHD_ADDRESS", f"unix_socket:{short_folder / 'absent.sock'}")
        env.setenv("SPEECHD_CMD", "false")  # as when speech-dispatcher refuses to start
        kiosk = speechd_voice(make_kiosk, 0.2, wait_for_voice=False)
        assert_responsive(kiosk, qtbot)
        qtbot.waitUntil(lambda: not kiosk.speech.probing, timeout=3000)
    assert kiosk.speech.problem == (
        "speech: speech-dispatcher is not running and did not start (exit code 1)"
    )
    kiosk.controller.open_topic("alpha")
    assert not kiosk.window.top_bar.listen_button.isVisible()
    assert "did not start" in caplog.text


def test_an_answering_speech_dispatcher_gives_listen_its_voices(
    make_kiosk, qtbot, fake_speechd, short_folder
):
    fake_speechd("answer")
    # spd-say's own list of voices, from a stand-in (the fake answers only the probe).
    lister = short_folder / "spd-say"
    lister.write_text("#!/bin/sh\necho 'NAME LANGUAGE VARIANT'\necho 'English en none'\n", "ascii")
    lister.chmod(0o755)
    kiosk = speechd_voice(make_kiosk, 2, str(lister))
    qtbot.waitUntil(lambda: not kiosk.speech.probing, timeout=5000)
    assert kiosk.speech.problem is None
    assert kiosk.voice.languages == {"en"}
    kiosk.controller.open_topic("beta")
    assert kiosk.window.top_bar.listen_button.isVisible()


def test_stopping_the_kiosk_stops_watching_the_voice(make_kiosk, fake_speechd):
    fake_speechd("silent")
    kiosk = speechd_voice(make_kiosk, 0.5, wait_for_voice=False)
    assert kiosk.speech.probing
    kiosk.stop()  # returns at once; the probe's thread ends within its own limits
    assert not kiosk.voice._timer.isActive()


def test_which_voice_the_settings_name():
    engine, why = choose_engine("", "mock")
    assert isinstance(engine, SilentEngine) and why is None, "the tests' silent voice"
    engine, why = choose_engine("", "speechd")
    assert isinstance(engine, SpdSayEngine), "[speech] engine names the one voice"
    engine, why = choose_engine("espeak-ng", "speechd")
    assert isinstance(engine, EspeakEngine), "[speech_mode] engine comes first"
    engine, why = choose_engine("", "flite")
    assert engine is None
    assert why == (
        "[speech] engine 'flite' is unknown (use one of: espeak-ng, mock, speechd, windows)"
    )


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
