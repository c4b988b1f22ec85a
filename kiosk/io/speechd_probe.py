"""Is speech-dispatcher answering? Asked over its socket, with time limits.

libspeechd (inside ``spd-say``) waits for speech-dispatcher's answers with no time
limit; a speech-dispatcher that accepts a connection but never answers would leave it
waiting for good. The speechd voice (:mod:`kiosk.ui.speech_mode.engines`) asks here
first, on the speech host's worker thread, so staff are told plainly why there is no
voice. Never called on the UI thread.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import subprocess
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SPEECHD_ANSWER_SECONDS = 3.0  # a healthy speech-dispatcher answers in milliseconds
SPEECHD_SPAWN_SECONDS = 6.0  # starting one (as libspeechd would) takes about a second
SPEECHD_PORT = 6560  # speech-dispatcher's own default for inet_socket


@dataclass(frozen=True)
class SpeechdAddress:
    """Where libspeechd (and so ``spd-say``) will connect."""

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
