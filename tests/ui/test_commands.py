"""The commands IT and clinical reviewers run, end to end, as separate processes."""

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.conftest import BROKEN_CONTENT, GOOD_CONTENT, REPO

pytestmark = pytest.mark.slow


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )


def test_self_test_passes_on_the_bundled_content():
    result = kiosk("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("self-test: ")
    assert "topic(s)" in summary and "start-up" in summary and summary.endswith("OK")


def test_self_test_fails_on_broken_content():
    result = kiosk("self-test", "--content-dir", str(BROKEN_CONTENT))
    assert result.returncode == 1
    assert "FAIL content has" in result.stdout


def test_self_test_fails_when_a_picture_is_missing(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    topic = content / "en" / "remission.md"
    topic.write_text(topic.read_text("utf-8") + "\n![A picture](not-there.svg)\n", "utf-8")
    result = kiosk("self-test", "--content-dir", str(content))
    assert result.returncode == 1
    assert "not-there.svg" in result.stdout


def test_preview_renders_every_screen_in_both_orientations(tmp_path):
    out = tmp_path / "preview"
    result = kiosk(
        "preview", "--out", str(out), "--language", "en", "--content-dir", str(GOOD_CONTENT)
    )
    assert result.returncode == 0, result.stderr
    for orientation, size in {"landscape": (1920, 1080), "portrait": (1080, 1920)}.items():
        folder = out / "en" / "standard" / orientation
        names = sorted(f.name for f in folder.glob("*.png"))
        assert "00-home.png" in names
        assert any(n.endswith("-topic-alpha.png") for n in names)
        assert any(n.endswith("-topic-alpha-full.png") for n in names)
        assert "00-group-kids.png" in names
        assert any(n.startswith("glossary-") for n in names)
        for screen in ("attract", "idle-warning", "cleaning", "staff-pin-pad", "staff-screen"):
            assert any(screen in n for n in names), screen
        home = QImage(str(folder / "00-home.png"))
        assert (home.width(), home.height()) == size
        for look in ("high-contrast", "largest-text"):
            assert (out / "en" / look / orientation / "00-home.png").exists()
    assert not (out / "cy").exists(), "--language renders only that language"


def test_preview_without_a_language_renders_all_of_them(tmp_path):
    out = tmp_path / "preview"
    content = tmp_path / "content"
    shutil.copytree(GOOD_CONTENT, content)  # small, so that four languages stay quick
    result = kiosk("preview", "--out", str(out), "--content-dir", str(content))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ar", "cy", "en", "pl"]


def test_self_test_in_one_language():
    result = kiosk("self-test", "--language", "ar")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "in 1 language(s)" in result.stdout


def test_a_bad_settings_file_names_the_key_and_the_kiosk_still_starts(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text("[session]\nidle_timeout_seconds = 'soon'\n", "utf-8")
    # One language is enough to show the kiosk starts; all four are rendered above.
    result = kiosk("self-test", "--config", str(config), "--language", "en")
    assert result.returncode == 0, result.stdout
    assert "session.idle_timeout_seconds" in result.stderr
