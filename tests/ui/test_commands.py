"""The commands IT and clinical reviewers run, end to end, as separate processes."""

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.conftest import BROKEN_CONTENT, FIXTURE_ILLUSTRATIONS, GOOD_CONTENT, REPO

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


# -- the sign-off report (this test is also CI's report of a small fixture library) -------------
def test_report_of_the_fixture_library_is_one_html_file_and_a_pdf(tmp_path):
    out = tmp_path / "report"
    result = kiosk(
        "report",
        "--out",
        str(out),
        "--content-dir",
        str(GOOD_CONTENT),
        "--illustrations",
        str(FIXTURE_ILLUSTRATIONS),
    )
    assert result.returncode == 0, result.stderr
    assert "report: 3 topic(s), 4 page(s)" in result.stdout
    assert "report: [" in result.stderr and "4/6" in result.stderr  # the progress bar
    html = (out / "report.html").read_text("utf-8")
    # Self-contained: one screenshot per page embedded, nothing linked.
    assert html.count('<img src="data:image/jpeg;base64,') == 4
    assert "http-equiv" not in html and "<link" not in html and "<script" not in html
    assert "<h2>Summary</h2>" in html and 'href="#topic-alpha"' in html
    assert "draft: awaiting clinical review" in html
    assert "Test publisher: Test source" in html and "not recorded" in html
    assert "Translation: <b>current</b>" in html
    assert "Never approved: all of the text is for review." in html
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")


def test_report_can_be_limited_to_a_topic_and_a_language(tmp_path):
    out = tmp_path / "report"
    result = kiosk(
        "report", "--out", str(out), "--content-dir", str(GOOD_CONTENT),
        "--illustrations", str(FIXTURE_ILLUSTRATIONS),
        "--topic", "alpha", "--language", "pl", "--no-pdf",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "1 topic(s), 1 page(s)" in result.stdout
    assert not (out / "report.pdf").exists()
    result = kiosk("report", "--out", str(out), "--topic", "no-such-topic", "--no-pdf")
    assert result.returncode == 1 and "no topic matches" in result.stderr


def test_preview_limited_to_one_topic_size_and_theme(tmp_path):
    out = tmp_path / "preview"
    result = kiosk(
        "preview", "--out", str(out), "--content-dir", str(GOOD_CONTENT),
        "--language", "en", "--topic", "alpha", "--size", "portrait", "--theme", "standard",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.png"))
    assert files == [
        "en/standard/portrait/01-topic-alpha-full.png",
        "en/standard/portrait/01-topic-alpha.png",
    ]
    image = QImage(str(out / files[1]))
    assert (image.width(), image.height()) == (1080, 1920)
    assert "preview: [" in result.stderr and "2/2" in result.stderr


def test_preview_takes_a_size_in_pixels_and_refuses_a_bad_one(tmp_path):
    out = tmp_path / "preview"
    result = kiosk(
        "preview", "--out", str(out), "--content-dir", str(GOOD_CONTENT), "--language", "en",
        "--topic", "beta", "--size", "1280x800", "--theme", "high-contrast",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    shot = out / "en" / "high-contrast" / "1280x800" / "02-topic-beta.png"
    assert (QImage(str(shot)).width(), QImage(str(shot)).height()) == (1280, 800)
    result = kiosk("preview", "--out", str(out), "--size", "huge")
    assert result.returncode == 2
    assert "size 'huge': use landscape, portrait or WIDTHxHEIGHT" in result.stderr


def test_the_looks_offered_on_the_command_line_are_the_looks_rendered():
    from kiosk.app.preview import LOOKS
    from kiosk.sign_off_commands import _LOOKS

    assert _LOOKS == LOOKS
