"""Write governance records into a topic file's front matter, leaving the rest alone.

Approvals and translation hashes are written by commands, never by hand, and only the
lines they own change: the author's wording, comments and key order stay as they were,
so a review's diff shows exactly what was recorded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

from kiosk.core.content.frontmatter import FrontMatterError, split_front_matter
from kiosk.core.content.governance import content_hash
from kiosk.core.content.models import Review

_TOP_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:")


class RecordError(ValueError):
    """The file cannot be given the record; the message says why."""


@dataclass(frozen=True)
class _FrontMatter:
    lines: list[str]
    close: int  # index of the closing '---' line

    def block(self, key: str) -> tuple[int, int] | None:
        """[start, end) line indexes of a top-level key with its indented lines."""
        for index in range(1, self.close):
            match = _TOP_KEY.match(self.lines[index])
            if match and match.group(1) == key:
                end = index + 1
                while end < self.close and (
                    not self.lines[end].strip() or self.lines[end][0] in " \t-"
                ):
                    end += 1
                # Blank lines before the next key belong to the layout, not to this key.
                while end > index + 1 and not self.lines[end - 1].strip():
                    end -= 1
                return index, end
        return None

    def text(self) -> str:
        return "".join(self.lines)


def _front_matter(text: str) -> _FrontMatter:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise RecordError("the file must start with a '---' line")
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return _FrontMatter(lines, index)
    raise RecordError("the front matter has no closing '---' line")


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def set_field(text: str, key: str, value: object, *, after: str | None = None) -> str:
    """``key: value`` in the front matter: replaced where it is, else inserted after the
    ``after`` key (or at the end of the front matter)."""
    fm = _front_matter(text)
    eol = _newline(text)
    dumped = yaml.safe_dump({key: value}, sort_keys=False, allow_unicode=True, width=1000)
    new = [line + eol for line in dumped.rstrip("\n").split("\n")]
    if (where := fm.block(key)) is not None:
        start, end = where
    elif after is not None and (anchor := fm.block(after)) is not None:
        start = end = anchor[1]
    else:
        start = end = fm.close
    fm.lines[start:end] = new
    return fm.text()


def remove_field(text: str, key: str) -> str:
    fm = _front_matter(text)
    if (where := fm.block(key)) is None:
        return text
    del fm.lines[where[0] : where[1]]
    return fm.text()


def file_hash(text: str) -> str:
    try:
        split = split_front_matter(text)
    except FrontMatterError as exc:
        raise RecordError(f"line {exc.line}: {exc}") from None
    return content_hash(split.data, split.body)


def _review_entry(review: Review) -> dict[str, object]:
    return {"by": review.by, "role": review.role, "date": review.date, "hash": review.hash}


def add_review(text: str, *, by: str, role: str, date: dt.date) -> tuple[str, Review]:
    """The file with a review of its current content appended to ``reviews``."""
    split = split_front_matter(text)
    current = content_hash(split.data, split.body)
    raw = split.data.get("reviews") or []
    if not isinstance(raw, list):
        raise RecordError("reviews must be a list (written by 'kiosk content approve')")
    reviews = [Review.model_validate(item) for item in raw]
    review = Review(by=by, role=role, date=date, hash=current)
    updated = set_field(text, "reviews", [_review_entry(r) for r in [*reviews, review]])
    if file_hash(updated) != current:  # pragma: no cover - reviews are outside the hash
        raise RecordError("recording the review would change the approved content")
    return updated, review
