"""How long loading the content takes: the bundled library, and one 20 times larger.

The larger library is the bundled one with every topic copied 20 times under new ids
(links still point at the originals, so every copy resolves), in every language.
Loading must grow no faster than the content does.
"""

from __future__ import annotations

import re
import shutil
import statistics
import time
from pathlib import Path

from kiosk.app.collector import collector_paused
from kiosk.io.content_loader import load_library

ID_LINE = re.compile(r"^id: (?P<id>\S+)$", re.MULTILINE)


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def make_larger(source: Path, target: Path, times: int) -> None:
    """Write ``source`` into ``target`` with each topic ``times`` times.

    The glossary, groups and helplines are copied once: a glossary file has a size limit
    (64 KiB, like every content file), and it is the topics that a library grows by.
    """
    for lang in sorted(p for p in source.iterdir() if p.is_dir()):
        out = target / lang.name
        out.mkdir(parents=True)
        for path in sorted(lang.iterdir()):
            if path.suffix == ".md":
                text = path.read_text("utf-8")
                for copy in range(times):
                    new_id = path.stem if copy == 0 else f"{path.stem}-copy{copy}"
                    renamed = ID_LINE.sub(f"id: {new_id}", text, count=1)
                    (out / f"{new_id}.md").write_text(renamed, "utf-8")
            else:
                shutil.copy2(path, out / path.name)


def time_load(root: Path, illustrations: Path, runs: int) -> list[float]:
    load_library(root, illustrations)  # untimed: imports and the disk cache
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        with collector_paused():  # as the kiosk loads (kiosk.app.collector)
            library = load_library(root, illustrations)
        seconds.append(time.perf_counter() - started)
        if library.errors:
            raise RuntimeError(f"{root}: {library.errors[0].format()}")
    return seconds


def measure(
    content: Path, illustrations: Path, work: Path, *, times: int = 20, runs: int = 7
) -> dict[str, float]:
    larger = work / "content-x20"
    if larger.exists():
        shutil.rmtree(larger)
    make_larger(content, larger, times)
    small = time_load(content, illustrations, runs)
    large = time_load(larger, illustrations, max(3, runs // 2))
    small_library = load_library(content, illustrations)
    large_library = load_library(larger, illustrations)
    return {
        "bundled_seconds": statistics.median(small),
        "bundled_spread": max(small) - min(small),
        "bundled_topics": small_library.topic_count,
        "bundled_bytes": folder_bytes(content),
        "larger_seconds": statistics.median(large),
        "larger_spread": max(large) - min(large),
        "larger_topics": large_library.topic_count,
        "larger_bytes": folder_bytes(larger),
    }
