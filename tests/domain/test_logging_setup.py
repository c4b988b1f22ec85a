"""Logging never takes the kiosk down: an unwritable or full log folder is reported and
the kiosk keeps logging to memory for the staff screen."""

import logging
import os
from pathlib import Path

import pytest

from kiosk.core.settings import LoggingSection
from kiosk.io.logging_setup import configure_logging
from tests.conftest import run_as_nobody


@pytest.fixture(autouse=True)
def restore_root_logger():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    ours = logging.getLogger("kiosk").level
    yield
    logging.getLogger("kiosk").setLevel(ours)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        if handler not in handlers:
            handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def test_rotating_file_with_a_size_cap(tmp_path):
    status = configure_logging(
        LoggingSection(folder=str(tmp_path), max_kilobytes=64, backups=2), console=False
    )
    assert status.path == tmp_path / "kiosk.log" and status.problem is None
    log = logging.getLogger("kiosk.test")
    for index in range(3000):
        log.info("line %05d %s", index, "x" * 60)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    assert all((tmp_path / name).stat().st_size <= 64 * 1024 + 200 for name in files)
    assert status.tail.tail(1)[0].endswith("x" * 60)


def test_a_folder_that_cannot_be_created_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", "utf-8")
    status = configure_logging(LoggingSection(folder=str(blocker / "logs")), console=False)
    assert status.path is None
    assert "cannot write logs to" in (status.problem or "")
    logging.getLogger("kiosk.test").warning("still logging")
    assert any("still logging" in line for line in status.tail.tail())


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_switches_the_file_off_once_and_carries_on(tmp_path):
    (tmp_path / "kiosk.log").symlink_to("/dev/full")
    status = configure_logging(LoggingSection(folder=str(tmp_path)), console=False)
    log = logging.getLogger("kiosk.test")
    for index in range(5):
        log.info("message %d", index)
    problem = status.current_problem()
    assert problem is not None and "No space left" in problem
    tail = status.tail.tail()
    assert any("message 4" in line for line in tail), "memory logging goes on"
    assert sum("log file switched off" in line for line in tail) == 1


def test_read_only_folder_as_an_unprivileged_user(read_only_folder):
    # Root writes anywhere: the check runs as the kiosk's users do.
    result = run_as_nobody(
        "from kiosk.core.settings import LoggingSection\n"
        "from kiosk.io.logging_setup import configure_logging\n"
        f"status = configure_logging(LoggingSection(folder={str(read_only_folder)!r}),"
        " console=False)\n"
        "print(status.path is None, bool(status.problem))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]
    assert list(read_only_folder.iterdir()) == []


def test_read_only_folder(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write to read-only folders (see the test as an unprivileged user)")
    tmp_path.chmod(0o500)
    try:
        status = configure_logging(LoggingSection(folder=str(tmp_path)), console=False)
        assert status.path is None and status.problem
    finally:
        tmp_path.chmod(0o700)


def test_debug_is_for_the_kiosk_only(tmp_path):
    """At DEBUG, markdown-it wrote about 0.8 MB of its internals at every start."""
    configure_logging(LoggingSection(folder=str(tmp_path), level="DEBUG"), console=False)
    logging.getLogger("kiosk.test").debug("ours")
    logging.getLogger("markdown_it.rules_block.paragraph").debug("theirs")
    logging.getLogger("markdown_it").warning("their warning")
    text = (tmp_path / "kiosk.log").read_text("utf-8")
    assert "ours" in text and "their warning" in text
    assert "theirs" not in text


def test_rendering_markdown_at_debug_logs_nothing_of_markdown_it(tmp_path):
    from kiosk.core.content.markdown import parse_body

    configure_logging(LoggingSection(folder=str(tmp_path), level="DEBUG"), console=False)
    parse_body("# Title\n\nSome *text* with a [link](https://example.org).\n\n- a\n- b\n")
    assert "markdown_it" not in (tmp_path / "kiosk.log").read_text("utf-8")
