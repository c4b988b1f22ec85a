"""The deployment policy's choices (the ``[content]`` settings); applied by visibility.py."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ShowPolicy(StrEnum):
    ALL = "all"
    """Every topic, draft ones with an "awaiting clinical review" note (for trying out)."""
    APPROVED = "approved"
    """Only topics whose current content a review approved (for a real ward)."""


class PastReviewPolicy(StrEnum):
    FLAG = "flag"
    """Shown, and listed to staff as past its review date."""
    HIDE = "hide"


class StaleTranslationPolicy(StrEnum):
    NOTE = "note"
    """Shown with a note that the English has changed since it was translated."""
    ENGLISH = "english"
    """The English page is shown instead."""


@dataclass(frozen=True)
class ContentPolicy:
    show: ShowPolicy = ShowPolicy.ALL
    past_review: PastReviewPolicy = PastReviewPolicy.FLAG
    stale_translations: StaleTranslationPolicy = StaleTranslationPolicy.NOTE
    hide_unapproved_translations: bool = False


@dataclass(frozen=True)
class Hidden:
    language: str
    topic_id: str
    reason: str
    replaced_by_english: bool = False

    def format(self) -> str:
        instead = " (English shown instead)" if self.replaced_by_english else ""
        return f"{self.language}/{self.topic_id}: {self.reason}{instead}"
