"""Reading aloud with Qt's own text-to-speech, offline.

Linux speaks through speech-dispatcher with the espeak-ng voices, Windows through its
system voices; the tests use Qt's ``mock`` engine. Where no engine or no voice for the
reader's language is present, the Listen button is hidden and the staff screen says why.

A topic is read one section at a time so the section being read can be highlighted and a
pause or stop takes effect at once.

Nothing here may freeze the kiosk. Qt's speechd engine connects to speech-dispatcher on
the UI thread when it is constructed and waits for its answers with no time limit, so a
speech-dispatcher that accepts a connection but never answers would leave the kiosk
frozen for good (never painted, deaf to SIGTERM). On Linux the engine is therefore only
constructed after a probe on a worker thread (:func:`probe_speechd`) has had an answer
from speech-dispatcher within a few seconds; otherwise Listen stays hidden and the
staff screen says why. With read-aloud switched off in the settings no engine is
started at all.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QLoggingCategory, QObject, QTimer, Signal

log = logging.getLogger(__name__)

SPEECHD_ANSWER_SECONDS = 5.0  # a healthy speech-dispatcher answers in milliseconds
SPEECHD_SPAWN_SECONDS = 10.0  # starting one (as libspeechd would) takes about a second
SPEECHD_PORT = 6560  # speech-dispatcher's own default for inet_socket
PROBE_POLL_MS = 50  # how often the UI thread looks for the probe's answer

# Qt Multimedia (loaded with text-to-speech) looks for PipeWire and says so on stderr;
# speech-dispatcher plays its own audio, so that line is only noise in a kiosk's log.
QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")


@cache
def _qt_text_to_speech() -> tuple[Any, str | None]:
    """Qt's QTextToSpeech class, or None and why not.

    Imported when the engine starts, after the first paint: the module brings Qt
    Multimedia with it, which is a noticeable part of a cold start. PySide6's
    QtTextToSpeech needs libpulse0 merely to import.
    """
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - exercised on machines without libpulse0
        return None, f"Qt text-to-speech cannot load ({exc}); install libpulse0"
    return QTextToSpeech, None


# -- is speech-dispatcher answering? (no Qt here: this runs on a worker thread) ----------
@dataclass(frozen=True)
class SpeechdAddress:
    """Where libspeechd (and so Qt's speechd engine) will connect."""

    path: Path | None = None  # a unix socket, or
    host: str = ""  # an inet socket
    port: int = SPEECHD_PORT

    def __str__(self) -> str:
        return str(self.path) if self.path is not None else f"{self.host}:{self.port}"

    def spawn_arguments(self) -> list[str] | None:
        """What libspeechd passes to ``speech-dispatcher --spawn``; None if it would not
        start one (a server on another machine)."""
        if self.path is not None:
            return ["--communication-method", "unix_socket", "--socket-path", str(self.path)]
        if self.host in ("localhost", "127.0.0.1", "::1"):
            return ["--communication-method", "inet_socket", "--port", str(self.port)]
        return None


def speechd_address(env: Mapping[str, str]) -> SpeechdAddress:
    """libspeechd's rules: ``$SPEECHD_ADDRESS`` (``unix_socket[:PATH]`` or
    ``inet_socket[:HOST[:PORT]]``), else ``speech-dispatcher/speechd.sock`` in the user's
    runtime folder, which GLib takes from ``$XDG_RUNTIME_DIR``, else the cache folder."""
    method, _, rest = env.get("SPEECHD_ADDRESS", "").strip().partition(":")
    if method == "inet_socket":
        host, _, port = rest.partition(":")
        fallback = env.get("SPEECHD_PORT", "")
        number = port or fallback
        return SpeechdAddress(
            host=host or "127.0.0.1",
            port=int(number) if number.isdigit() else SPEECHD_PORT,
        )
    if method == "unix_socket" and rest:
        return SpeechdAddress(path=Path(rest).expanduser())
    runtime = env.get("XDG_RUNTIME_DIR") or env.get("XDG_CACHE_HOME")
    folder = Path(runtime) if runtime else Path(env.get("HOME", "~")).expanduser() / ".cache"
    return SpeechdAddress(path=folder / "speech-dispatcher" / "speechd.sock")


class _AbsentError(Exception):
    """Nothing listens at the address (libspeechd would start speech-dispatcher)."""


_FINAL_LINE = re.compile(rb"^(\d{3}) (.*)$", re.MULTILINE)


def _converse(sock: socket.socket, address: SpeechdAddress, deadline: float) -> bytes:
    """Connects and sends a harmless command; its reply (raises TimeoutError, OSError or
    :class:`_AbsentError`)."""
    target: Any = str(address.path) if address.path is not None else (address.host, address.port)
    try:
        sock.connect(target)
    except (FileNotFoundError, ConnectionRefusedError) as exc:
        raise _AbsentError from exc
    reply = b""
    try:
        # What every libspeechd client says first; it changes nothing.
        sock.sendall(b"SET SELF CLIENT_NAME kiosk:probe:main\r\n")
        while not _FINAL_LINE.search(reply) and len(reply) < 4096:
            sock.settimeout(max(0.001, deadline - time.monotonic()))
            chunk = sock.recv(1024)
            if not chunk:
                break  # closed without a full answer
            reply += chunk
    except (BrokenPipeError, ConnectionResetError):
        pass  # hung up on us: what it said so far is the answer
    return reply


def _ask(address: SpeechdAddress, seconds: float) -> str | None:
    """None if speech-dispatcher answers a harmless command within ``seconds``; else why
    not. Raises :class:`_AbsentError` if nothing listens."""
    family = socket.AF_UNIX if address.path is not None else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(seconds)
        try:
            reply = _converse(sock, address, time.monotonic() + seconds)
        except TimeoutError:
            return f"speech-dispatcher did not answer within {seconds:g} s (at {address})"
        except OSError as exc:
            return f"cannot talk to speech-dispatcher at {address}: {exc.strerror or exc}"
        if not reply:
            return f"speech-dispatcher closed the connection without answering ({address})"
        final = _FINAL_LINE.search(reply)
        if final is None or not final[1].startswith(b"2"):
            return f"speech-dispatcher answered {reply[:80]!r} (at {address})"
        with contextlib.suppress(OSError):
            sock.sendall(b"QUIT\r\n")
    return None


def _spawn(address: SpeechdAddress, env: Mapping[str, str], seconds: float) -> str | None:
    """Start speech-dispatcher as libspeechd would, but here, off the UI thread and with a
    time limit. None if it started; else why not."""
    arguments = address.spawn_arguments()
    if arguments is None:
        return f"speech-dispatcher at {address} is not running"
    command = [env.get("SPEECHD_CMD") or "speech-dispatcher", "--spawn", *arguments]
    # A file, not a pipe, for its messages: the server it leaves running would keep a
    # pipe open, and reading it would wait for that server to end.
    with tempfile.TemporaryFile() as messages:
        try:
            done = subprocess.run(
                command,
                env=dict(env),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=messages,
                timeout=seconds,
                check=False,
            )
        except FileNotFoundError:
            return f"speech-dispatcher is not installed ({command[0]} not found)"
        except subprocess.TimeoutExpired:
            return f"speech-dispatcher did not start within {seconds:g} s"
        except OSError as exc:
            return f"speech-dispatcher cannot be started: {exc.strerror or exc}"
        if done.returncode != 0:
            messages.seek(0)
            lines = messages.read(4096).decode("utf-8", "replace").strip().splitlines()
            said = f": {lines[-1].strip()}" if lines else ""
            code = done.returncode
            return f"speech-dispatcher is not running and did not start (exit code {code}){said}"
    return None


def probe_speechd(
    env: Mapping[str, str],
    *,
    answer_seconds: float = SPEECHD_ANSWER_SECONDS,
    spawn_seconds: float = SPEECHD_SPAWN_SECONDS,
) -> str | None:
    """None if speech-dispatcher answers (starting it first if none is running, as
    libspeechd would); else a reason for the staff screen. Blocks: call it off the UI
    thread. Never raises."""
    address = speechd_address(env)
    try:
        try:
            return _ask(address, answer_seconds)
        except _AbsentError:
            pass
        why = _spawn(address, env, spawn_seconds)
        if why is not None:
            return why
        try:
            return _ask(address, answer_seconds)
        except _AbsentError:
            return f"speech-dispatcher started but does not listen at {address}"
    except Exception as exc:  # a probe must never take the kiosk down
        log.exception("probing speech-dispatcher failed")
        return f"speech-dispatcher could not be checked: {exc}"


class _Probe:
    """:func:`probe_speechd` on a daemon thread (one that hangs cannot keep the kiosk
    from exiting). The UI thread polls :attr:`done`; the thread touches no Qt object."""

    def __init__(self, env: Mapping[str, str], answer_seconds: float, spawn_seconds: float) -> None:
        self.done = threading.Event()
        self.reason: str | None = None
        self._thread = threading.Thread(
            target=self._run,
            args=(dict(env), answer_seconds, spawn_seconds),
            name="speechd-probe",
            daemon=True,
        )
        self._thread.start()

    def _run(self, env: dict[str, str], answer_seconds: float, spawn_seconds: float) -> None:
        self.reason = probe_speechd(env, answer_seconds=answer_seconds, spawn_seconds=spawn_seconds)
        self.done.set()


def needs_probe(engine: str, engines: list[str], platform: str = sys.platform) -> bool:
    """Qt's speechd engine on Linux; it is the default there when it is installed."""
    return platform.startswith("linux") and (
        engine == "speechd" or (not engine and "speechd" in engines)
    )


class SpeechService(QObject):
    """One engine for the whole kiosk; knows which languages it can speak.

    The engine starts after the first screen is painted (:meth:`start`): connecting to
    speech-dispatcher can take a second, and a reader should not wait for it. On Linux
    speech-dispatcher is asked first, off the UI thread (see the module's docstring);
    :attr:`ready` is emitted once the engine is up or known to be unavailable.
    """

    ready = Signal()

    def __init__(
        self,
        engine: str = "",
        rate: float = 0.0,
        parent: QObject | None = None,
        *,
        enabled: bool = True,
        answer_seconds: float = SPEECHD_ANSWER_SECONDS,
        spawn_seconds: float = SPEECHD_SPAWN_SECONDS,
        poll_ms: int = PROBE_POLL_MS,
        env: Mapping[str, str] | None = None,
        platform: str = sys.platform,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._rate = rate
        self._enabled = enabled
        self._answer_seconds = answer_seconds
        self._spawn_seconds = spawn_seconds
        self._env = env
        self._platform = platform
        self.started = False
        self.problem: str | None = "the speech engine has not started yet"
        self.tts: Any = None
        self._probe: _Probe | None = None
        self._probe_deadline = 0.0
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(poll_ms)
        self._probe_timer.timeout.connect(self._check_probe)

    @property
    def probing(self) -> bool:
        return self._probe is not None

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        if not self._enabled:
            # No engine at all: constructing one may block on speech-dispatcher.
            self.problem = "read-aloud is switched off in the settings ([speech] enabled)"
            log.info("read-aloud is switched off; no speech engine started")
            self.ready.emit()
            return
        QTextToSpeech, self.problem = _qt_text_to_speech()  # noqa: N806 (a class)
        engine = self._engine
        if QTextToSpeech is None:
            log.warning("read-aloud unavailable: %s", self.problem)
            self.ready.emit()
            return
        engines = QTextToSpeech.availableEngines()
        if engine and engine not in engines:
            self.problem = f"speech engine '{engine}' is not installed (have: {engines})"
        elif not engines:
            self.problem = "no speech engine is installed (Linux: speech-dispatcher, espeak-ng)"
        elif needs_probe(engine, engines, self._platform):
            self.problem = "waiting for speech-dispatcher to answer"
            self._probe = _Probe(
                os.environ if self._env is None else self._env,
                self._answer_seconds,
                self._spawn_seconds,
            )
            # A backstop: the probe keeps to its own time limits, but the UI thread
            # never waits for an answer longer than all of them together.
            self._probe_deadline = (
                time.monotonic() + 2 * self._answer_seconds + self._spawn_seconds + 1
            )
            self._probe_timer.start()
            return
        else:
            self._construct()
        self._finish()

    def stop(self) -> None:
        """Stop waiting for a probe (the kiosk is stopping); its thread ends by itself."""
        self._probe_timer.stop()
        self._probe = None

    def _check_probe(self) -> None:
        probe = self._probe
        if probe is None:
            self._probe_timer.stop()
            return
        if probe.done.is_set():
            reason = probe.reason
        elif time.monotonic() > self._probe_deadline:
            reason = f"speech-dispatcher did not answer within {self._answer_seconds:g} s"
        else:
            return
        self.stop()
        if reason is None:
            self._construct()
        else:
            self.problem = reason
        self._finish()

    def _construct(self) -> None:
        """The engine itself, on the UI thread (Qt objects belong to it)."""
        QTextToSpeech, _ = _qt_text_to_speech()  # noqa: N806 (a class)
        engine = self._engine
        self.tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if self.tts.state() == QTextToSpeech.State.Error:
            self.problem = f"speech engine failed to start: {self.tts.errorString()}"
            self.tts = None
        else:
            self.problem = None
            self.tts.setRate(self._rate)

    def _finish(self) -> None:
        if self.problem:
            log.warning("read-aloud unavailable: %s", self.problem)
        elif self.tts is not None:
            log.info("read-aloud ready: speech engine %s", self.tts.engine())
        self.ready.emit()

    def _locale_for(self, language: str) -> QLocale | None:
        if self.tts is None:
            return None
        wanted = QLocale(language).language()
        for locale in self.tts.availableLocales():
            if locale.language() == wanted:
                return locale
        return None

    def can_speak(self, language: str) -> bool:
        return self._locale_for(language) is not None

    def why_not(self, language: str) -> str | None:
        if self.problem:
            return self.problem
        if not self.can_speak(language):
            return f"no voice for language '{language}'"
        return None

    def use_language(self, language: str) -> bool:
        locale = self._locale_for(language)
        if locale is None:
            return False
        if self.tts.locale() != locale:
            self.tts.setLocale(locale)
        return True


class ReadAloud(QObject):
    """Reads a list of sections in turn; announces the one being read."""

    sectionStarted = Signal(int)  # index of the section now being read
    stateChanged = Signal(str)  # "idle", "speaking" or "paused"

    def __init__(self, service: SpeechService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._sections: list[str] = []
        self._index = -1
        self.state = "idle"
        self._connected = False
        service.ready.connect(self._connect_engine)
        self._connect_engine()

    def _connect_engine(self) -> None:
        if self._service.tts is not None and not self._connected:
            self._service.tts.stateChanged.connect(self._on_engine_state)
            self._connected = True

    @property
    def current_section(self) -> int:
        return self._index

    def start(self, sections: list[str], language: str) -> bool:
        self.stop()
        if not self._service.use_language(language):
            return False
        self._sections = [s for s in sections]
        self._index = -1
        self._set_state("speaking")
        self._next()
        return True

    def pause(self) -> None:
        if self.state == "speaking" and self._service.tts is not None:
            self._service.tts.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.state == "paused" and self._service.tts is not None:
            self._service.tts.resume()
            self._set_state("speaking")

    def stop(self) -> None:
        was_active = self.state != "idle"
        self._sections = []
        self._index = -1
        self._set_state("idle")
        if was_active and self._service.tts is not None:
            self._service.tts.stop()

    def _next(self) -> None:
        self._index += 1
        if self._index >= len(self._sections):
            self._index = -1
            self._sections = []
            self._set_state("idle")
            return
        self.sectionStarted.emit(self._index)
        self._service.tts.say(self._sections[self._index])

    def _on_engine_state(self, state: object) -> None:
        QTextToSpeech, _ = _qt_text_to_speech()  # noqa: N806 (a class)
        # Ready after speaking means this section is done: go on to the next one.
        if self.state == "speaking" and state == QTextToSpeech.State.Ready:
            self._next()
        elif state == QTextToSpeech.State.Error:
            log.error("speech engine error: %s", self._service.tts.errorString())
            self.stop()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)
