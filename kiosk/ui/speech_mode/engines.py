"""Voices for speech mode, each speaking from its own process.

An engine's :meth:`Engine.speak` blocks until the text is spoken or the host says stop;
it runs on the speech host's worker thread (:mod:`kiosk.ui.speech_mode.host`), never on
the UI thread. Speaking through a child process means a voice that hangs is a process
the kiosk kills, not a library call it waits in: Qt's speechd engine once left the UI
thread blocked in libspeechd's ``spd_execute_command`` for over 90 s after Stop.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Protocol

from kiosk.io.speechd_probe import (
    SPEECHD_ANSWER_SECONDS,
    SPEECHD_SPAWN_SECONDS,
    probe_speechd,
)

log = logging.getLogger(__name__)

# A speaking process on Windows must not flash a console window over the kiosk.
NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)
POLL_SECONDS = 0.02  # how often a speaking process is checked for stop and pause
LIST_SECONDS = 5.0  # listing voices takes milliseconds; a hung voice is given this long

# Which espeak-ng voice speaks each of the kiosk's languages (a UK hospital: British
# English). Its list of voices decides whether that voice is installed.
ESPEAK_VOICES = {"en": "en-gb", "cy": "cy", "pl": "pl", "ar": "ar"}


class Control(Protocol):
    """What the host tells a speaking engine, read while it speaks."""

    def cancelled(self) -> bool: ...

    def paused(self) -> bool: ...


class Engine(Protocol):
    name: str

    def languages(self) -> set[str]:
        """The kiosk's language codes this engine has a voice for (may block)."""
        ...

    def speak(self, text: str, language: str, rate: float, volume: float, control: Control) -> None:
        """Speak ``text`` and return when done or cancelled (blocks). Raises
        :class:`SpeechError` with a reason for staff when it cannot."""
        ...


class SpeechError(Exception):
    pass


def _run_process(command: list[str], text: str, control: Control, timeout: float) -> None:
    """Run a speaking process with ``text`` on its standard input; kill it on cancel,
    stop and continue it on pause, and give up on it after ``timeout`` seconds."""
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            creationflags=NO_WINDOW,
        )
    except OSError as exc:
        raise SpeechError(f"cannot start {command[0]}: {exc.strerror or exc}") from exc
    assert process.stdin is not None
    try:
        with contextlib.suppress(BrokenPipeError):
            process.stdin.write(text.encode("utf-8"))
            process.stdin.close()
        deadline = time.monotonic() + timeout
        stopped = False
        while process.poll() is None:
            if control.cancelled():
                break
            pause = control.paused() and sys.platform != "win32"
            if pause != stopped:  # a paused voice is a stopped process, resumed later
                process.send_signal(signal.SIGSTOP if pause else signal.SIGCONT)
                stopped = pause
                deadline += 3600 if pause else 0
            if time.monotonic() > deadline:
                raise SpeechError(f"{command[0]} did not finish within {timeout:g} s")
            time.sleep(POLL_SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
        # Reaping a killed process is immediate; the bound is only a safeguard.
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=1)
        error = ""
        if process.stderr is not None:
            error = process.stderr.read(2000).decode("utf-8", "replace").strip()
            process.stderr.close()
    if process.returncode not in (0, None) and not control.cancelled():
        said = f": {error.splitlines()[-1]}" if error else ""
        raise SpeechError(f"{command[0]} failed (exit code {process.returncode}){said}")


def _listed(command: list[str]) -> str:
    """What a voice's own list command prints (bounded in time)."""
    try:
        listed = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=LIST_SECONDS,
            check=False,
            creationflags=NO_WINDOW,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SpeechError(f"{command[0]} cannot list its voices: {exc}") from exc
    return listed.stdout


def _voice_languages(command: list[str]) -> list[str]:
    """The second column of a voice list (espeak-ng --voices, spd-say -L), header left
    out: the voices' languages."""
    rows = (line.split() for line in _listed(command).splitlines()[1:])
    return [fields[1] for fields in rows if len(fields) >= 2]


def speaking_seconds(text: str, rate: float) -> float:
    """A generous upper bound for speaking ``text``: 5 s, plus 0.25 s a character at
    normal speed (speech is about 15 characters a second)."""
    return 5.0 + len(text) * 0.25 / max(0.4, 2.0**rate)


class EspeakEngine:
    """espeak-ng, run for each utterance: no daemon, nothing to hang between."""

    name = "espeak-ng"

    def __init__(self, executable: str = "espeak-ng", *, audio: bool = True) -> None:
        self.executable = executable
        self._audio = audio  # False: write the sound to nowhere (tests, machines without sound)

    def languages(self) -> set[str]:
        installed = {
            language.lower() for language in _voice_languages([self.executable, "--voices"])
        }
        return {code for code, voice in ESPEAK_VOICES.items() if voice in installed}

    def speak(self, text: str, language: str, rate: float, volume: float, control: Control) -> None:
        words_per_minute = round(175 * 2.0**rate)  # espeak-ng's normal speed is 175
        command = [
            self.executable,
            "-v",
            ESPEAK_VOICES.get(language, "en-gb"),
            "-s",
            str(words_per_minute),
            "-a",
            str(round(100 * volume)),
        ]
        if not self._audio:
            command.append("--stdout")
        _run_process(command, text, control, speaking_seconds(text, rate))


class SpdSayEngine:
    """speech-dispatcher through ``spd-say``, its own client, in a process of its own."""

    name = "speechd"

    def __init__(
        self,
        executable: str = "spd-say",
        *,
        answer_seconds: float = SPEECHD_ANSWER_SECONDS,
        spawn_seconds: float = SPEECHD_SPAWN_SECONDS,
    ) -> None:
        self.executable = executable
        self._answer_seconds = answer_seconds
        self._spawn_seconds = spawn_seconds

    def languages(self) -> set[str]:
        # spd-say waits for speech-dispatcher with no time limit: ask it first, with one.
        why = probe_speechd(
            os.environ, answer_seconds=self._answer_seconds, spawn_seconds=self._spawn_seconds
        )
        if why is not None:
            raise SpeechError(why)
        found = {code.split("-")[0].lower() for code in _voice_languages([self.executable, "-L"])}
        return found & set(ESPEAK_VOICES)

    def speak(self, text: str, language: str, rate: float, volume: float, control: Control) -> None:
        command = [
            self.executable,
            "--wait",
            "-l",
            language,
            "-r",
            str(round(rate * 100)),
            "-i",
            str(round(volume * 200 - 100)),
            "-e",
        ]
        try:
            _run_process(command, text, control, speaking_seconds(text, rate))
        finally:
            if control.cancelled():
                # Speech-dispatcher may still be saying it: tell it to stop, without
                # waiting for an answer that may never come.
                with contextlib.suppress(OSError):
                    subprocess.Popen(
                        [self.executable, "-C"],
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        start_new_session=True,
                    )


# Windows' own voices (System.Speech, the SAPI voices every Windows has), through
# Windows PowerShell. The text comes on standard input as base64, so Welsh, Polish and
# Arabic survive whatever code page the console has; the voice is the first installed
# one for the language, else the default.
_WINDOWS_SPEAK = (
    "$ErrorActionPreference = 'Stop'; Add-Type -AssemblyName System.Speech; "
    "$t = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String([Console]::In.ReadToEnd())); "
    "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
    "$v = $s.GetInstalledVoices() | Where-Object { $_.Enabled -and "
    "$_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq '{language}' } | Select-Object -First 1; "
    "if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }; "
    "$s.Rate = {rate}; $s.Volume = {volume}; $s.Speak($t)"
)
_WINDOWS_LIST = (
    "Add-Type -AssemblyName System.Speech; "
    "(New-Object System.Speech.Synthesis.SpeechSynthesizer).GetInstalledVoices() | "
    "Where-Object { $_.Enabled } | ForEach-Object { $_.VoiceInfo.Culture.Name }"
)


class WindowsEngine:
    """Windows' built-in voices, one PowerShell process for each utterance: a voice that
    hangs is a process the kiosk kills. Not heard on real Windows by its tests (they
    run a stand-in executable); see docs/deploying.md."""

    name = "windows"

    def __init__(self, executable: str = "powershell") -> None:
        self.executable = executable

    def _command(self, script: str) -> list[str]:
        return [self.executable, "-NoProfile", "-NonInteractive", "-Command", script]

    def languages(self) -> set[str]:
        cultures = _listed(self._command(_WINDOWS_LIST)).split()
        return {culture.split("-")[0].lower() for culture in cultures} & set(ESPEAK_VOICES)

    def speak_command(self, language: str, rate: float, volume: float) -> list[str]:
        """System.Speech's rate is -10 to 10 and its volume 0 to 100."""
        code = language if language in ESPEAK_VOICES else "en"  # never text in a script
        script = (
            _WINDOWS_SPEAK.replace("{language}", code)
            .replace("{rate}", str(round(max(-1.0, min(1.0, rate)) * 10)))
            .replace("{volume}", str(round(max(0.0, min(1.0, volume)) * 100)))
        )
        return self._command(script)

    def speak(self, text: str, language: str, rate: float, volume: float, control: Control) -> None:
        encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
        command = self.speak_command(language, rate, volume)
        # PowerShell itself takes about a second to start: allowed on top of the text.
        _run_process(command, encoded, control, speaking_seconds(text, rate) + 5.0)


class SilentEngine:
    """Speaks nothing at once: the tests' engine (``[speech] engine = "mock"``)."""

    name = "mock"

    def __init__(self, languages: set[str] | None = None) -> None:
        self._languages = set(ESPEAK_VOICES) if languages is None else set(languages)

    def languages(self) -> set[str]:
        return set(self._languages)

    def speak(self, text: str, language: str, rate: float, volume: float, control: Control) -> None:
        return


ENGINES: dict[str, Callable[[], Engine]] = {
    "espeak-ng": EspeakEngine,
    "speechd": SpdSayEngine,
    # Like Qt's mock engine, which [speech] engine = "mock" once named: English only.
    "mock": lambda: SilentEngine({"en"}),
    "windows": WindowsEngine,
}
_EXECUTABLES = {"espeak-ng": "espeak-ng", "speechd": "spd-say", "windows": "powershell"}


# ``[speech] engine`` once named one of Qt's text-to-speech engines; each stands for the
# voice here that speaks the same way (Qt's own engines are no longer used: one of them
# once blocked the UI thread in libspeechd).
READ_ALOUD_ENGINES = {
    "speechd": "speechd",
    "mock": "mock",
    "espeak-ng": "espeak-ng",
    "sapi": "windows",
    "winrt": "windows",
}


def _installed_first(platform: str = sys.platform) -> list[str]:
    return ["windows"] if platform == "win32" else ["espeak-ng", "speechd"]


def choose_engine(name: str, read_aloud_engine: str = "") -> tuple[Engine | None, str | None]:
    """The kiosk's one voice: the engine ``[speech_mode] engine`` names, else the one
    ``[speech] engine`` names, else the first installed; or None and why not."""
    setting = "[speech_mode] engine"
    if not name and read_aloud_engine:
        name = READ_ALOUD_ENGINES.get(read_aloud_engine, read_aloud_engine)
        setting = "[speech] engine"
    if name and name not in ENGINES:
        known = ", ".join(sorted(ENGINES))
        return None, f"{setting} '{name}' is unknown (use one of: {known})"
    for candidate in [name] if name else _installed_first():
        executable = _EXECUTABLES.get(candidate)
        if executable is not None and shutil.which(executable, path=os.environ.get("PATH")) is None:
            if name:
                return None, f"{setting} '{name}' is not installed ({executable})"
            continue
        return ENGINES[candidate](), None
    return None, "no voice is installed (Linux: install espeak-ng; Windows: PowerShell)"
