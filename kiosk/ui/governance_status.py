"""The staff screen's view of content governance: what is approved, what is past its
review, and what the deployment policy hides from readers, and why."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kiosk.core.content.governance import review_due
from kiosk.core.content.library import Library
from kiosk.core.content.policy import ContentPolicy
from kiosk.core.content.visibility import hidden_topics


def governance_status(library: Library, policy: ContentPolicy, today: dt.date) -> dict[str, Any]:
    """AdminStatus fields: ``review_overdue``, ``approved``, ``policy``, ``hidden``."""
    topics = [t for content in library.languages.values() for t in content.ordered_topics()]
    overdue = []
    for topic in topics:
        due = review_due(topic.meta, topic.approval)
        if due < today:
            overdue.append(f"{topic.language}/{topic.id}: due {due.isoformat()}")
    approved = sum(topic.approval.is_approved for topic in topics)
    return {
        "review_overdue": overdue,
        "approved": f"{approved} of {len(topics)} topics approved",
        "policy": (
            f"show {policy.show.value}; past review: {policy.past_review.value}; "
            f"stale translations: {policy.stale_translations.value}"
        ),
        "hidden": [item.format() for item in hidden_topics(library, policy, today)],
    }
