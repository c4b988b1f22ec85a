"""The approvals a content pack carries in its signed manifest, and their check.

The reviews travel in the topics' front matter; the manifest also lists, per topic, the
content hash and who approved it, so `kiosk pack verify` can say what a pack holds
before it is installed, and an install refuses a pack whose files do not bear out what
its manifest claims.
"""

from __future__ import annotations

from kiosk.core.content.library import Library

ApprovalRecord = dict[str, dict[str, str]]


def approval_record(library: Library) -> ApprovalRecord:
    """``{"en/remission": {"content": hash, "approved_by", "role", "date"}}``; a draft
    topic has its content hash only."""
    record: ApprovalRecord = {}
    for code, content in library.languages.items():
        for topic in content.ordered_topics():
            entry = {"content": topic.content_hash}
            review = topic.approval.review
            if review is not None:
                entry |= {"approved_by": review.by, "role": review.role}
                entry["date"] = review.date.isoformat()
            record[f"{code}/{topic.id}"] = entry
    return record


def approval_mismatches(claimed: object, library: Library) -> list[str]:
    """What the manifest claims that the unpacked content does not bear out."""
    if not isinstance(claimed, dict):
        return ["the manifest's approvals cannot be read"]
    actual = approval_record(library)
    problems = []
    for key in sorted(set(claimed) | set(actual)):
        if key not in actual:
            problems.append(f"{key}: in the manifest, not in the content")
        elif key not in claimed:
            problems.append(f"{key}: in the content, not in the manifest")
        elif claimed[key] != actual[key]:
            problems.append(f"{key}: the manifest's approval does not match the topic")
    return problems


def summary(claimed: object) -> str:
    if not isinstance(claimed, dict):
        return "no approvals recorded (a pack made before approvals were recorded)"
    approved = sum(1 for entry in claimed.values() if "approved_by" in entry)
    return f"{approved} of {len(claimed)} topics approved"
