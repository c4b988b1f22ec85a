"""The checker's review-state rules: approvals, review intervals, source dates and
translations that know which English they were made from."""

from __future__ import annotations

import datetime as dt

from kiosk.core.content.frontmatter import FrontMatterError, line_of, split_front_matter
from kiosk.core.content.governance import (
    MAX_REVIEW_INTERVAL_MONTHS,
    TranslationState,
    add_months,
    last_checked,
    review_due,
    review_interval,
    short,
    translation_state,
)
from kiosk.core.content.library import DEFAULT_LANGUAGE, Library, Topic
from kiosk.core.problems import Problem, error, warning


class _Lines:
    """File lines of front-matter values, read from the file's own YAML nodes."""

    def __init__(self, text: str) -> None:
        try:
            split = split_front_matter(text)
        except FrontMatterError:  # pragma: no cover - the loader read it
            self._node, self._first = None, 1
        else:
            self._node, self._first = split.node, split.yaml_first_line

    def of(self, *loc: int | str) -> int:
        return line_of(self._node, loc, self._first)


def approve_command(topic: Topic) -> str:
    language = "" if topic.language == DEFAULT_LANGUAGE else f" --language {topic.language}"
    return f"kiosk content approve {topic.id}{language} --by NAME --role ROLE"


def _approval_problems(topic: Topic, lines: _Lines, today: dt.date) -> list[Problem]:
    meta, path = topic.meta, topic.path
    problems: list[Problem] = []
    if meta.review_status is not None:
        problems.append(
            warning(
                path,
                lines.of("review_status"),
                "review_status is no longer used: a topic is approved only by a recorded "
                f"review ({approve_command(topic)}); remove this line",
            )
        )
    for index, review in enumerate(meta.reviews):
        if review.date > today:
            problems.append(
                error(path, lines.of("reviews", index, "date"), "review date is in the future")
            )
    approval = topic.approval
    if approval.lost is not None:
        lost = approval.lost
        problems.append(
            warning(
                path,
                lines.of("reviews"),
                f"{topic.language}/{topic.id} is draft again: its approval by {lost.by} "
                f"({lost.role}) on {lost.date.isoformat()} was for content "
                f"{short(lost.hash)}, and the content is now {short(topic.content_hash)}. "
                f"Ask a reviewer to check it, then: {approve_command(topic)}",
            )
        )
    return problems


def _interval_problems(topic: Topic, lines: _Lines, today: dt.date, strict: bool) -> list[Problem]:
    meta, path = topic.meta, topic.path
    problems: list[Problem] = []
    interval = review_interval(meta)
    if interval > MAX_REVIEW_INTERVAL_MONTHS:
        problems.append(
            error(
                path,
                lines.of("review_interval_months"),
                f"review_interval_months is {interval}; the library's maximum is "
                f"{MAX_REVIEW_INTERVAL_MONTHS}",
            )
        )
        interval = MAX_REVIEW_INTERVAL_MONTHS
    if meta.last_reviewed > today:
        problems.append(error(path, lines.of("last_reviewed"), "last_reviewed is in the future"))
    latest = add_months(meta.last_reviewed, interval)
    if meta.next_review_due > latest:
        problems.append(
            error(
                path,
                lines.of("next_review_due"),
                f"next_review_due must be within {interval} months of last_reviewed "
                f"(by {latest.isoformat()})",
            )
        )
    approval = topic.approval
    due = review_due(meta, approval)
    if due < today:
        make = error if strict else warning
        key = "next_review_due" if due == meta.next_review_due else "reviews"
        problems.append(
            make(
                path,
                lines.of(key),
                f"review was due on {due.isoformat()}: ask the clinical lead to review this topic",
            )
        )
    checked = last_checked(meta, approval)
    for index, source in enumerate(meta.sources):
        if source.checked is not None and source.checked > today:
            problems.append(
                error(
                    path,
                    lines.of("sources", index, "checked"),
                    f"source '{source.title}': checked date is in the future",
                )
            )
        if source.review_due is not None and source.review_due < checked:
            problems.append(
                warning(
                    path,
                    lines.of("sources", index, "review_due"),
                    f"source '{source.title}' was itself due for review on "
                    f"{source.review_due.isoformat()}, before this topic was checked on "
                    f"{checked.isoformat()}: check the page is still current and has been "
                    "reviewed by its publisher",
                )
            )
    return problems


def _translation_problems(topic: Topic, library: Library, lines: _Lines) -> list[Problem]:
    meta, path = topic.meta, topic.path
    if topic.language == DEFAULT_LANGUAGE:
        if meta.translated_from is not None:
            return [
                error(
                    path,
                    lines.of("translated_from"),
                    "translated_from is for translated topics only",
                )
            ]
        return []
    english_hash = library.english_hash(topic.id)
    state = translation_state(meta, english_hash)
    record = f"kiosk content translated {topic.id} --language {topic.language}"
    if state is TranslationState.STALE:
        return [
            warning(
                path,
                lines.of("translated_from"),
                f"{topic.language}/{topic.id} was translated from English version "
                f"{short(meta.translated_from or '')}; en/{topic.id} is now "
                f"{short(english_hash or '')}. Update the translation to match, then "
                f"record it: {record}",
            )
        ]
    if state is TranslationState.UNRECORDED:
        return [
            warning(
                path,
                lines.of("translation_of"),
                f"{topic.language}/{topic.id} does not record which English version it was "
                f"made from: once it matches en/{topic.id}, run {record}",
            )
        ]
    if state is TranslationState.NO_ENGLISH:
        return [
            warning(
                path,
                lines.of("id"),
                f"{topic.language}/{topic.id} has no English topic to be checked against",
            )
        ]
    return []


def review_problems(
    topic: Topic, library: Library, today: dt.date, text: str, *, strict: bool = False
) -> list[Problem]:
    """``text`` is the topic file as read (for the line of each value)."""
    lines = _Lines(text)
    return [
        *_approval_problems(topic, lines, today),
        *_interval_problems(topic, lines, today, strict),
        *_translation_problems(topic, library, lines),
    ]
