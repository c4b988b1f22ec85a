"""The sign-off report's contents and its one self-contained HTML file (no Qt here).

For the patient-information committee, the clinical safety officer and the
information-governance lead: per topic, the text as patients see it (screenshots the
UI adds), sources with their dates, reading scores, approval history, what changed
since the last approval and the state of each translation; a summary table first.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from kiosk.core.content.governance import (
    Approval,
    TranslationState,
    review_due,
    short,
    translation_state,
)
from kiosk.core.content.library import DEFAULT_LANGUAGE, Topic
from kiosk.core.content.readability import Scores
from kiosk.io.approved_text import approved_text, unified_diff
from kiosk.io.content_checker import CheckReport


@dataclass
class LanguageEntry:
    topic: Topic
    approval: Approval
    due: dt.date
    translation: TranslationState | None  # None for English
    diff: list[str] = field(default_factory=list)
    diff_note: str = ""
    problems: list[str] = field(default_factory=list)
    screenshot: bytes | None = None  # JPEG or PNG, added by the UI
    pdf_slices: list[bytes] = field(default_factory=list)
    """The same picture cut to page height: a PDF page cannot split one image."""

    @property
    def language(self) -> str:
        return self.topic.language

    def state_text(self) -> str:
        if self.approval.review is not None:
            review = self.approval.review
            return f"approved {review.date.isoformat()} by {review.by}"
        if self.approval.lost is not None:
            return "draft: changed since its approval"
        return "draft: awaiting clinical review"


@dataclass
class TopicEntry:
    topic_id: str
    title: str
    languages: list[LanguageEntry]
    scores: Scores | None


def _diff(topic: Topic, approval: Approval) -> tuple[list[str], str]:
    if approval.is_approved:
        return [], "No change since the approval."
    if approval.lost is None:
        return [], "Never approved: all of the text is for review."
    found = approved_text(topic.path, approval.lost.hash)
    if found.text is None:
        return [], f"No diff: {found.why_none}."
    current = topic.path.read_text("utf-8")
    return unified_diff(found.text, current, f"{topic.language}/{topic.id}"), ""


def build_entries(
    report: CheckReport,
    today: dt.date,
    *,
    languages: list[str] | None = None,
    topics: list[str] | None = None,
) -> list[TopicEntry]:
    library = report.library
    scores = {item.path: item.scores for item in report.scores}
    problems: dict[Path, list[str]] = {}
    for problem in report.problems:
        problems.setdefault(problem.path, []).append(
            f"line {problem.line}: {problem.severity}: {problem.message}"
        )
    english = library.language(DEFAULT_LANGUAGE)
    ids = [t.id for t in english.ordered_topics()]
    ids += sorted({t for c in library.languages.values() for t in c.topics} - set(ids))
    entries = []
    for topic_id in ids:
        if topics and topic_id not in topics:
            continue
        rows = []
        for code, content in library.languages.items():
            topic = content.topic(topic_id)
            if topic is None or (languages and code not in languages):
                continue
            approval = topic.approval
            diff, note = _diff(topic, approval)
            state = (
                None
                if code == DEFAULT_LANGUAGE
                else translation_state(topic.meta, library.english_hash(topic_id))
            )
            rows.append(
                LanguageEntry(
                    topic,
                    approval,
                    review_due(topic.meta, approval),
                    state,
                    diff,
                    note,
                    problems.get(topic.path, []),
                )
            )
        if rows:
            first = english.topic(topic_id) or rows[0].topic
            entries.append(TopicEntry(topic_id, first.title, rows, scores.get(first.path)))
    return entries


_STYLE = """
body { font-family: sans-serif; margin: 2em; color: #1a1a1a; max-width: 70em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #999; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
.approved { background: #e3f4e3; } .draft { background: #fff4d6; } .past { color: #a00000; }
pre { background: #f4f4f4; padding: 0.6em; white-space: pre-wrap; font-size: 0.85em; }
.add { color: #05620f; } .del { color: #a00000; }
img { border: 1px solid #999; max-width: 100%; }
section { page-break-before: always; }
"""
# Qt's rich text (the PDF) reads a subset of CSS: sizes in points, no max-width.
_PDF_STYLE = """
body { font-size: 9pt; } h1 { font-size: 18pt; } h2 { font-size: 14pt; }
h3 { font-size: 11pt; } h4 { font-size: 10pt; }
td, th { padding: 2px; } .approved { background: #e3f4e3; } .draft { background: #fff4d6; }
.past, .del { color: #a00000; } .add { color: #05620f; } pre { font-size: 7pt; }
section { page-break-before: always; }
"""


def _state_cell(entry: LanguageEntry, today: dt.date) -> str:
    css = "approved" if entry.approval.is_approved else "draft"
    past = f' <span class="past">review past due ({entry.due.isoformat()})</span>'
    extra = past if entry.due < today else ""
    if entry.translation not in (None, TranslationState.CURRENT):
        extra += f"<br>translation: {escape(entry.translation.value)}"
    return f'<td class="{css}">{escape(entry.state_text())}{extra}</td>'


def _summary(entries: list[TopicEntry], languages: list[str], today: dt.date) -> str:
    head = "".join(f"<th>{escape(code)}</th>" for code in languages)
    rows = []
    for entry in entries:
        by_language = {row.language: row for row in entry.languages}
        cells = "".join(
            _state_cell(by_language[code], today) if code in by_language else "<td>-</td>"
            for code in languages
        )
        link = f'<a href="#topic-{escape(entry.topic_id)}">{escape(entry.topic_id)}</a>'
        rows.append(f"<tr><td>{link}</td><td>{escape(entry.title)}</td>{cells}</tr>")
    return (
        '<table cellspacing="0" width="100%"><tr><th>topic</th><th>title</th>'
        f"{head}</tr>{''.join(rows)}</table>"
    )


def _diff_html(lines: list[str]) -> str:
    out = []
    for line in lines:
        css = "add" if line.startswith("+") else "del" if line.startswith("-") else ""
        out.append(f'<span class="{css}">{escape(line)}</span>' if css else escape(line))
    return "<pre>" + "\n".join(out) + "</pre>"


def _image(row: LanguageEntry, alt: str, images: dict[str, bytes] | None) -> str:
    png = row.screenshot
    if png is None:
        return "<p>(no screenshot)</p>"
    if images is not None:  # the PDF: Qt's document takes images as named resources
        tags = []
        for piece in row.pdf_slices or [png]:
            name = f"image-{len(images)}"
            images[name] = piece
            tags.append(f'<img src="{name}" alt="{escape(alt)}"><br>')
        return "".join(tags)
    data = base64.b64encode(png).decode("ascii")
    kind = "png" if png.startswith(b"\x89PNG") else "jpeg"
    return f'<img src="data:image/{kind};base64,{data}" alt="{escape(alt)}">'


def _language_html(row: LanguageEntry, today: dt.date, images: dict[str, bytes] | None) -> str:
    meta = row.topic.meta
    parts = [f"<h3>{escape(row.language)}: {escape(meta.title)}</h3>"]
    parts.append(
        f"<p>State: <b>{escape(row.state_text())}</b>; content {short(row.topic.content_hash)}; "
        f"review due {row.due.isoformat()}{' (past)' if row.due < today else ''}; "
        f"interval {meta.review_interval_months or 'default'} months"
        + (f"; author {escape(meta.author)}" if meta.author else "")
        + "</p>"
    )
    if row.translation is not None:
        parts.append(f"<p>Translation: <b>{escape(row.translation.value)}</b></p>")
    parts.append("<h4>Approval history</h4>")
    if meta.reviews:
        items = "".join(
            f"<tr><td>{r.date.isoformat()}</td><td>{escape(r.by)}</td><td>{escape(r.role)}</td>"
            f"<td>{short(r.hash)}</td><td>{'yes' if r.hash == row.topic.content_hash else 'no'}"
            "</td></tr>"
            for r in sorted(meta.reviews, key=lambda r: r.date)
        )
        parts.append(
            "<table><tr><th>date</th><th>by</th><th>role</th><th>content</th>"
            f"<th>matches now</th></tr>{items}</table>"
        )
    else:
        parts.append("<p>No review recorded.</p>")
    parts.append("<h4>Changes since the last approval</h4>")
    parts.append(_diff_html(row.diff) if row.diff else f"<p>{escape(row.diff_note)}</p>")
    if row.problems:
        parts.append("<h4>Checker</h4><ul>")
        parts.extend(f"<li>{escape(p)}</li>" for p in row.problems)
        parts.append("</ul>")
    parts.append("<h4>As patients see it</h4>")
    parts.append(_image(row, f"{row.language} {meta.title}", images))
    return "".join(parts)


def _topic_html(entry: TopicEntry, today: dt.date, images: dict[str, bytes] | None) -> str:
    first = entry.languages[0].topic.meta
    parts = [f'<section id="topic-{escape(entry.topic_id)}">']
    parts.append(f"<h2>{escape(entry.topic_id)}: {escape(entry.title)}</h2>")
    parts.append("<h4>Sources</h4><table><tr><th>source</th><th>checked</th>")
    parts.append("<th>page's own review due</th></tr>")
    for source in first.sources:
        url = f"<br>{escape(str(source.url))}" if source.url else ""
        checked = source.checked.isoformat() if source.checked else "not recorded"
        due = source.review_due.isoformat() if source.review_due else "-"
        parts.append(
            f"<tr><td>{escape(source.publisher)}: {escape(source.title)}{url}</td>"
            f"<td>{checked}</td><td>{due}</td></tr>"
        )
    parts.append("</table>")
    if entry.scores is not None:
        s = entry.scores
        parts.append(
            f"<p>Reading scores (English): ease {s.reading_ease:.0f}, grade {s.grade:.1f}, "
            f"{s.words} words</p>"
        )
    else:
        parts.append("<p>Reading scores: not measured (textstat is not installed).</p>")
    parts.extend(_language_html(row, today, images) for row in entry.languages)
    parts.append("</section>")
    return "".join(parts)


def render_html(
    entries: list[TopicEntry],
    *,
    today: dt.date,
    title: str,
    source: str,
    images: dict[str, bytes] | None = None,
) -> str:
    """The report as one HTML file; with ``images``, pictures are named resources
    (filled in) instead of embedded data, for Qt's PDF writer."""
    languages = sorted(
        {row.language for entry in entries for row in entry.languages},
        key=lambda code: (code != DEFAULT_LANGUAGE, code),
    )
    rows = [row for entry in entries for row in entry.languages]
    approved = sum(row.approval.is_approved for row in rows)
    body = [
        f"<h1>{escape(title)}</h1>",
        f"<p>Content: {escape(source)}<br>Made {today.isoformat()}: {len(entries)} topics, "
        f"{len(rows)} pages in {len(languages)} languages; {approved} approved, "
        f"{len(rows) - approved} draft.</p>",
        "<h2>Summary</h2>",
        _summary(entries, languages, today),
        *(_topic_html(entry, today, images) for entry in entries),
    ]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        f"<style>{_STYLE if images is None else _PDF_STYLE}</style></head><body>"
        + "".join(body)
        + "</body></html>"
    )
