"""Who approved which content, and whether that approval still holds.

A review records a hash of exactly what the reviewer read (the body and every front-matter
field but the reviews themselves). A topic is approved only while one of its reviews
matches its current hash: any edit turns it back to draft, so no date or status field can
claim an approval that did not happen. Translations are approved on their own and record
the hash of the English topic they were made from, so a change to the English shows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kiosk.core.content.models import Review, TopicMeta

HASH_PREFIX = "sha256:"
MAX_REVIEW_INTERVAL_MONTHS = 24
"""The library's maximum: no topic may go longer than this between clinical checks."""
UNHASHED_FIELDS = frozenset({"reviews", "review_status"})
"""Front-matter fields outside the approved content: recording an approval must not
change what was approved, and ``review_status`` is an old field with no effect."""


def content_hash(front_matter: dict[str, Any], body: str) -> str:
    """The hash a reviewer approves: front matter (as parsed, so re-wrapping YAML or a
    comment does not count as a change) and the body, with line endings and trailing
    spaces normalised (editors differ in those, readers never see them)."""
    data = {key: value for key, value in front_matter.items() if key not in UNHASHED_FIELDS}
    meta = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").split("\n")]
    text = "\n".join(lines).strip("\n")
    digest = hashlib.sha256(f"{meta}\n---\n{text}\n".encode()).hexdigest()
    return HASH_PREFIX + digest


def short(hash_value: str) -> str:
    """The first 12 hex digits: enough to tell versions apart in a message."""
    return hash_value.removeprefix(HASH_PREFIX)[:12]


class ApprovalState(StrEnum):
    APPROVED = "approved"
    DRAFT = "draft"


@dataclass(frozen=True)
class Approval:
    """A topic's standing: the review that approves its current content, if any, and
    otherwise the latest review it lost by being edited."""

    state: ApprovalState
    review: Review | None = None
    lost: Review | None = None

    @property
    def is_approved(self) -> bool:
        return self.state is ApprovalState.APPROVED


def approval_of(meta: TopicMeta, current_hash: str) -> Approval:
    matching = [review for review in meta.reviews if review.hash == current_hash]
    if matching:
        return Approval(ApprovalState.APPROVED, review=max(matching, key=lambda r: r.date))
    lost = max(meta.reviews, key=lambda r: r.date) if meta.reviews else None
    return Approval(ApprovalState.DRAFT, lost=lost)


def review_interval(meta: TopicMeta) -> int:
    return meta.review_interval_months or MAX_REVIEW_INTERVAL_MONTHS


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, last_day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def last_checked(meta: TopicMeta, approval: Approval) -> dt.date:
    """When the content now shown was last checked: its approval, else the author's check."""
    return approval.review.date if approval.review is not None else meta.last_reviewed


def review_due(meta: TopicMeta, approval: Approval) -> dt.date:
    """The next clinical check: the interval after the approval, never later than the
    front matter's own ``next_review_due``."""
    if approval.review is None:
        return meta.next_review_due
    return min(meta.next_review_due, add_months(approval.review.date, review_interval(meta)))


class TranslationState(StrEnum):
    CURRENT = "current"
    """Made from the English version now in the library."""
    STALE = "stale"
    """The English has changed since this translation was made."""
    UNRECORDED = "unrecorded"
    """The translation does not say which English version it was made from."""
    NO_ENGLISH = "no-english"
    """There is no English topic of that id to compare with."""


def translation_state(meta: TopicMeta, english_hash: str | None) -> TranslationState:
    if english_hash is None:
        return TranslationState.NO_ENGLISH
    if meta.translated_from is None:
        return TranslationState.UNRECORDED
    if meta.translated_from != english_hash:
        return TranslationState.STALE
    return TranslationState.CURRENT
