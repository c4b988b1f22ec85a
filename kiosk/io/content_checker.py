"""``kiosk check-content``: correctness plus the governance rules clinical staff rely on.

Correctness problems come from the loader. On top of them the checker applies the
content guide: every topic sourced and dated, reviewed within its interval (review_rules:
approvals, source dates, translations), readable (English), with short sentences, and
every glossary term used.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.content import readability
from kiosk.core.content.document import LinkKind, block_links
from kiosk.core.content.library import LanguageContent, Library, Topic
from kiosk.core.content.models import Audience
from kiosk.core.content.review_rules import review_problems
from kiosk.core.content.text_rules import data_file_problems, text_problems
from kiosk.core.problems import Problem, error, warning
from kiosk.io.content_loader import DATA_FILES, GLOSSARY_FILE, load_library

LONG_SENTENCE_WORDS = 25
MIN_READING_EASE = 60.0
MAX_GRADE = 8.0
MAX_GRADE_CHILDREN = 5.0


@dataclass(frozen=True)
class TopicScores:
    path: Path
    scores: readability.Scores


@dataclass
class CheckReport:
    library: Library
    problems: list[Problem] = field(default_factory=list)
    scores: list[TopicScores] = field(default_factory=list)
    readability_measured: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0


def _meta_line(path: Path, key: str) -> int:
    try:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if line.startswith(f"{key}:"):
                return number
    except OSError:  # pragma: no cover - the loader already read it
        pass
    return 1


def _sentence_line(lines: list[str], sentence: str) -> int:
    words = re.findall(r"\w+", sentence)[:4]
    if words:
        pattern = re.compile(r"\W+(?:\S*\W+)??".join(map(re.escape, words)))
        for number, line in enumerate(lines, start=1):
            if pattern.search(line):
                return number
    return 1


def _source_problems(topic: Topic) -> list[Problem]:
    if any(source.url for source in topic.meta.sources):
        return []
    path = topic.path
    return [error(path, _meta_line(path, "sources"), "at least one source needs a public url")]


def _readability_problems(topic: Topic) -> tuple[readability.Scores | None, list[Problem]]:
    text = topic.plain_text()
    problems: list[Problem] = []
    lines = topic.path.read_text("utf-8").splitlines()
    for sentence in readability.sentences(text):
        if (count := readability.word_count(sentence)) > LONG_SENTENCE_WORDS:
            problems.append(
                warning(
                    topic.path,
                    _sentence_line(lines, sentence),
                    f"sentence of {count} words (aim for {LONG_SENTENCE_WORDS - 5} or fewer)",
                )
            )
    scores = readability.measure(text) if topic.language == "en" else None
    if scores is None:
        return None, problems
    if topic.meta.audience is Audience.CHILDREN:
        if scores.grade > MAX_GRADE_CHILDREN:
            problems.append(
                warning(
                    topic.path,
                    1,
                    f"grade {scores.grade:.1f} is above {MAX_GRADE_CHILDREN:.0f} "
                    "for a children's topic: use shorter words and sentences",
                )
            )
    else:
        if scores.reading_ease < MIN_READING_EASE:
            problems.append(
                warning(
                    topic.path,
                    1,
                    f"reading ease {scores.reading_ease:.0f} is below {MIN_READING_EASE:.0f}",
                )
            )
        if scores.grade > MAX_GRADE:
            problems.append(
                warning(topic.path, 1, f"grade {scores.grade:.1f} is above {MAX_GRADE:.0f}")
            )
    return scores, problems


def _unused_terms(content: LanguageContent, glossary_path: Path) -> list[Problem]:
    used = {
        link.target
        for topic in content.topics.values()
        for section in topic.sections
        for block in section.blocks
        for link in block_links(block)
        if link.kind is LinkKind.GLOSSARY
    }
    problems = []
    lines = glossary_path.read_text("utf-8").splitlines() if glossary_path.exists() else []
    for term_id in content.glossary:
        if term_id not in used:
            line = next(
                (
                    n
                    for n, text in enumerate(lines, 1)
                    if re.search(rf"\bid:\s*{term_id}\s*$", text)
                ),
                1,
            )
            problems.append(
                warning(glossary_path, line, f"glossary term '{term_id}' is not used in any topic")
            )
    return problems


def check_content(
    root: Path, illustrations: Path, *, today: dt.date | None = None, strict: bool = False
) -> CheckReport:
    today = today or dt.date.today()
    library = load_library(root, illustrations)
    report = CheckReport(library, list(library.problems))
    report.readability_measured = readability.is_available()
    for content in library.languages.values():
        for topic in content.ordered_topics():
            text = topic.path.read_text("utf-8-sig")
            report.problems.extend(review_problems(topic, library, today, text, strict=strict))
            report.problems.extend(_source_problems(topic))
            report.problems.extend(text_problems(topic, text))
            scores, problems = _readability_problems(topic)
            report.problems.extend(problems)
            if scores is not None:
                report.scores.append(TopicScores(topic.path, scores))
        report.problems.extend(_unused_terms(content, root / content.code / GLOSSARY_FILE))
        for name in sorted(DATA_FILES):
            data_file = root / content.code / name
            if data_file.is_file():
                report.problems.extend(data_file_problems(data_file, data_file.read_text("utf-8")))
    report.problems.sort(key=lambda p: (str(p.path), p.line, p.message))
    return report
