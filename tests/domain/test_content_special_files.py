"""Special files in a content folder are skipped with a reason, never read blindly
(issue 18, items 11 and 12)."""

import os
import shutil
import threading
import tracemalloc
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.io.content_loader import (
    MAX_FILE_BYTES,
    ContentFileError,
    load_library,
    read_text,
)
from tests.conftest import FIXTURE_ILLUSTRATIONS, GOOD_CONTENT

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")


def in_a_thread(function, *args, seconds: float = 20.0):
    """Runs ``function``; fails (instead of hanging the suite) if it does not return."""
    result: list = []
    worker = threading.Thread(target=lambda: result.append(function(*args)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, f"{function.__name__} did not return within {seconds:.0f} s"
    return result[0]


@pytest.fixture
def content(tmp_path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(GOOD_CONTENT, folder)
    return folder


@posix_only
def test_a_fifo_a_device_and_a_huge_file_are_skipped(content):
    english = content / "en"
    os.mkfifo(english / "fifo.md")
    (english / "zero.md").symlink_to("/dev/zero")
    with (english / "huge.md").open("wb") as sparse:  # 900 MB, but sparse: no disk used
        sparse.truncate(900 * 1024 * 1024)
    library = in_a_thread(load_library, content, FIXTURE_ILLUSTRATIONS)
    assert library.topic_count == 4, "every other topic is loaded"
    messages = {p.path.name: p.message for p in library.problems}
    assert "not a regular file" in messages["fifo.md"]
    assert "not a regular file" in messages["zero.md"]
    assert "943,718,400 bytes; the limit is 65,536" in messages["huge.md"]


def test_the_size_is_checked_before_reading(tmp_path):
    huge = tmp_path / "huge.md"
    with huge.open("wb") as sparse:  # 64 MB, sparse
        sparse.truncate(MAX_FILE_BYTES * 1000)
    tracemalloc.start()
    try:
        with pytest.raises(ContentFileError, match="the limit is"):
            read_text(huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, f"{peak / 2**20:.1f} MB allocated: the file was read"


def test_symbolic_link_loops_are_reported_not_raised(content, capsys):
    english = content / "en"
    (english / "loop.md").symlink_to("loop.md")
    (english / "a.md").symlink_to("b.md")
    (english / "b.md").symlink_to("a.md")
    (english / "folder-loop").symlink_to("folder-loop")
    library = load_library(content, FIXTURE_ILLUSTRATIONS)
    assert library.topic_count == 4
    loops = [p for p in library.problems if p.path.name in ("loop.md", "a.md", "b.md")]
    assert len(loops) == 3 and all("symbolic links" in p.message for p in loops)
    code = in_a_thread(main, ["check-content", str(content), "--quiet"])
    assert code == 1  # errors reported, no traceback
    out = capsys.readouterr().out
    assert "loop.md:1: error: cannot read the file" in out
