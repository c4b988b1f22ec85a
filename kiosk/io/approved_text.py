"""Find the wording a review approved, to show what changed since.

A review records only a hash. The approved text itself is found in the content
folder's git history: the newest committed version of the file whose hash is the
review's. Without git, or if that version was never committed, there is no diff to
show, and the report says so rather than guessing.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.content.frontmatter import FrontMatterError, split_front_matter
from kiosk.core.content.governance import content_hash

GIT_SECONDS = 20


@dataclass(frozen=True)
class ApprovedText:
    text: str | None
    why_none: str = ""


def _git(folder: Path, *args: str) -> str | None:
    git = shutil.which("git")
    if git is None:
        return None
    try:
        done = subprocess.run(
            [git, "-C", str(folder), *args],
            capture_output=True,
            timeout=GIT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


def _hash_of(text: str) -> str | None:
    try:
        split = split_front_matter(text)
    except FrontMatterError:
        return None
    return content_hash(split.data, split.body)


def approved_text(path: Path, wanted_hash: str) -> ApprovedText:
    """The newest committed version of ``path`` whose content hash is ``wanted_hash``."""
    folder = path.parent
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top is None:
        return ApprovedText(None, "the content folder is not in a git checkout")
    root = Path(top.strip()).resolve()
    relative = path.resolve().relative_to(root).as_posix()
    revisions = _git(root, "log", "--format=%H", "--", relative)
    for revision in (revisions or "").split():
        old = _git(root, "show", f"{revision}:{relative}")
        if old is not None and _hash_of(old) == wanted_hash:
            return ApprovedText(old)
    return ApprovedText(None, "the approved version was never committed")


def unified_diff(old: str, new: str, name: str) -> list[str]:
    return list(
        difflib.unified_diff(
            old.splitlines(),
            new.splitlines(),
            fromfile=f"{name} (approved)",
            tofile=f"{name} (now)",
            lineterm="",
        )
    )
