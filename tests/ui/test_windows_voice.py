"""Windows' own voices for speech mode and Listen (System.Speech through PowerShell, one
process an utterance). PowerShell is not here: a stand-in executable checks what the
kiosk would run, what it writes on standard input, and that a voice that hangs is
killed. Nobody has heard this voice on real Windows through these tests."""

from __future__ import annotations

import base64
import os
import shlex
import threading
from pathlib import Path

import pytest

from kiosk.ui.speech_mode import engines
from kiosk.ui.speech_mode.engines import SpeechError, WindowsEngine, choose_engine


class _Control:
    def __init__(self, cancel_when: Path | None = None) -> None:
        self._cancel_when = cancel_when

    def cancelled(self) -> bool:
        return self._cancel_when is not None and self._cancel_when.exists()

    def paused(self) -> bool:
        return False


def stand_in(folder: Path, body: str, name: str = "powershell") -> Path:
    """A PowerShell stand-in: records its arguments and standard input, then ``body``."""
    script = folder / name
    script.write_text(
        "#!/bin/sh\n"
        f'for a in "$@"; do printf "%s\\n" "$a"; done > {shlex.quote(str(folder / "args"))}\n'
        f"cat > {shlex.quote(str(folder / 'stdin'))}\n"
        f"echo $$ > {shlex.quote(str(folder / 'pid'))}\n" + body + "\n",
        "ascii",
    )
    script.chmod(0o755)
    return script


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_the_command_names_the_language_rate_and_volume_and_nothing_else():
    command = WindowsEngine("powershell").speak_command("cy", 0.5, 0.8)
    assert command[:4] == ["powershell", "-NoProfile", "-NonInteractive", "-Command"]
    script = command[4]
    assert "TwoLetterISOLanguageName -eq 'cy'" in script
    assert "$s.Rate = 5;" in script and "$s.Volume = 80;" in script
    assert "FromBase64String([Console]::In.ReadToEnd())" in script, "the text comes on stdin"
    # Bounded to System.Speech's scales, and never an unknown code inside the script.
    script = WindowsEngine().speak_command("x'; Remove-Item C:\\", 3.0, 2.0)[4]
    assert "-eq 'en'" in script and "Remove-Item" not in script
    assert "$s.Rate = 10;" in script and "$s.Volume = 100;" in script


def test_speaking_writes_the_text_as_base64_utf8(tmp_path):
    engine = WindowsEngine(str(stand_in(tmp_path, "exit 0")))
    text = "Dzień dobry. Bore da. مرحبا"
    engine.speak(text, "pl", 0.0, 1.0, _Control())
    written = (tmp_path / "stdin").read_text("ascii")
    assert base64.b64decode(written).decode("utf-8") == text
    args = (tmp_path / "args").read_text("utf-8").splitlines()
    assert args[:3] == ["-NoProfile", "-NonInteractive", "-Command"]


def test_a_voice_told_to_stop_is_killed(tmp_path):
    engine = WindowsEngine(str(stand_in(tmp_path, "exec sleep 60")))
    # Stop is asked as soon as the stand-in is running (it has written its pid).
    engine.speak("Hello.", "en", 0.0, 1.0, _Control(cancel_when=tmp_path / "pid"))
    assert gone(int((tmp_path / "pid").read_text())), "killed and reaped"


def test_a_voice_that_never_finishes_is_killed_and_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(engines, "speaking_seconds", lambda text, rate: -4.9)
    engine = WindowsEngine(str(stand_in(tmp_path, "exec sleep 60")))
    with pytest.raises(SpeechError, match="did not finish within"):
        engine.speak("Hello.", "en", 0.0, 1.0, _Control())
    assert gone(int((tmp_path / "pid").read_text()))


def test_a_failing_voice_says_why(tmp_path):
    engine = WindowsEngine(str(stand_in(tmp_path, "echo 'no audio device' >&2; exit 3")))
    with pytest.raises(SpeechError, match=r"failed \(exit code 3\): no audio device"):
        engine.speak("Hello.", "en", 0.0, 1.0, _Control())


def test_its_languages_are_the_installed_voices_cultures(tmp_path):
    engine = WindowsEngine(str(stand_in(tmp_path, "printf 'en-GB\\ncy-GB\\nfr-FR\\n'")))
    assert engine.languages() == {"en", "cy"}
    script = (tmp_path / "args").read_text("utf-8").splitlines()[3]
    assert "GetInstalledVoices()" in script


def test_the_settings_and_the_platform_choose_it(tmp_path, monkeypatch):
    assert engines._installed_first("win32") == ["windows"]
    assert engines._installed_first("linux") == ["espeak-ng", "speechd"]
    engine, why = choose_engine("", "sapi")  # Qt's Windows engines name it
    assert engine is None and why == "[speech] engine 'windows' is not installed (powershell)"
    stand_in(tmp_path, "exit 0")
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    for setting in ("sapi", "winrt"):
        engine, why = choose_engine("", setting)
        assert isinstance(engine, WindowsEngine) and why is None
    engine, why = choose_engine("windows")
    assert isinstance(engine, WindowsEngine)


def test_it_runs_under_the_speech_host_without_blocking_it(tmp_path, qtbot):
    from kiosk.ui.speech_mode.host import SpeechHost

    lists_then_hangs = 'case "$4" in *GetInstalledVoices*) echo en-GB; exit 0;; esac; exec sleep 60'
    engine = WindowsEngine(str(stand_in(tmp_path, lists_then_hangs)))
    host = SpeechHost(engine, poll_ms=5, stop_seconds=2)
    host.start()
    try:
        qtbot.waitUntil(lambda: host.languages is not None, timeout=5000)
        (tmp_path / "pid").unlink()
        assert host.say("Hello.", "en", rate=0, volume=1)
        qtbot.waitUntil((tmp_path / "pid").exists, timeout=5000)
        host.stop()  # returns at once; the process is killed on the worker thread
        assert threading.current_thread() is threading.main_thread()
        qtbot.waitUntil(lambda: not host.speaking, timeout=5000)
        assert host.problem is None, "stopped in time: not given up"
        qtbot.waitUntil(lambda: gone(int((tmp_path / "pid").read_text())), timeout=5000)
    finally:
        host.close()
