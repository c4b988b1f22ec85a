"""Load a content folder into a :class:`Library`, collecting every problem on the way.

One bad file never stops the kiosk: a topic whose file cannot be read or whose front
matter is invalid is skipped (and reported); smaller faults, such as a link to a topic
that does not exist, are reported and the topic is still shown, with the dead link turned
back into plain text.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from kiosk.core.content.dead_links import strip_block
from kiosk.core.content.document import (
    Section,
)
from kiosk.core.content.frontmatter import (
    FrontMatterError,
    line_of,
    load_yaml_sequence,
    split_front_matter,
)
from kiosk.core.content.governance import content_hash
from kiosk.core.content.library import DEFAULT_LANGUAGE, LanguageContent, Library, Topic
from kiosk.core.content.markdown import Reference, parse_body
from kiosk.core.content.models import GlossaryEntry, GroupEntry, Helpline, TopicMeta
from kiosk.core.problems import Problem, error, warning

MAX_FILE_BYTES = 64 * 1024
GLOSSARY_FILE = "glossary.yaml"
GROUPS_FILE = "groups.yaml"
HELPLINES_FILE = "helplines.yaml"
DATA_FILES = frozenset({GLOSSARY_FILE, GROUPS_FILE, HELPLINES_FILE})
IMAGE_SUFFIXES = frozenset({".svg", ".png"})
LANGUAGE_DIR = re.compile(r"^[a-z]{2,3}$")
_FIELDS = tuple(TopicMeta.model_fields)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX: opening a FIFO must not wait for a writer


class ContentFileError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def read_text(path: Path) -> str:
    """Read a content file as UTF-8 within the size bound, or raise :class:`ContentFileError`.

    The file is opened without blocking and checked before it is read: a FIFO hung the
    start, a link to ``/dev/zero`` gave MemoryError, and a 900 MB file was read in full
    before its size was checked. Never more than the bound (and one byte) is read.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | _NONBLOCK)
    except OSError as exc:  # a symbolic link loop says "Too many levels of symbolic links"
        raise ContentFileError(1, f"cannot read the file: {exc.strerror or exc}") from None
    with os.fdopen(descriptor, "rb") as stream:
        try:
            status = os.fstat(stream.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise ContentFileError(1, "not a regular file (a pipe, a device ...); ignored")
            if status.st_size > MAX_FILE_BYTES:
                raise ContentFileError(1, _too_big(status.st_size))
            raw = stream.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise ContentFileError(1, f"cannot read the file: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:  # it grew after the check
        raise ContentFileError(1, _too_big(len(raw)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentFileError(line, f"file is not UTF-8 (byte {raw[exc.start]:#04x})") from None
    if not text.strip():
        raise ContentFileError(1, "file is empty")
    return text


def _too_big(size: int) -> str:
    return f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} (split the topic)"


@dataclass(frozen=True)
class _LoadedTopic:
    topic: Topic
    references: list[Reference]
    related_lines: dict[str, int]
    helpline_lines: dict[str, int]
    group_line: int


def _validation_problems(
    path: Path, exc: ValidationError, node: Any, first_line: int
) -> list[Problem]:
    problems = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        message = err["msg"].removeprefix("Value error, ")
        if not loc:
            # A whole-model rule: point at the first field its message names.
            named = [name for name in _FIELDS if name in message]
            loc = (named[-1],) if named else ()
        where = ".".join(str(part) for part in loc) or "front matter"
        if err["type"] == "extra_forbidden":
            message = "unknown field (check the spelling)"
        problems.append(error(path, line_of(node, loc, first_line), f"{where}: {message}"))
    return problems


def load_topic(path: Path, language: str) -> tuple[_LoadedTopic | None, list[Problem]]:
    try:
        text = read_text(path)
        split = split_front_matter(text)
    except (ContentFileError, FrontMatterError) as exc:
        return None, [error(path, exc.line, str(exc))]

    try:
        meta = TopicMeta.model_validate(split.data)
    except ValidationError as exc:
        return None, _validation_problems(path, exc, split.node, split.yaml_first_line)

    problems: list[Problem] = []
    if meta.id != path.stem:
        line = line_of(split.node, ("id",), split.yaml_first_line)
        problems.append(error(path, line, f"id '{meta.id}' must equal the file name '{path.stem}'"))
        return None, problems

    body = parse_body(split.body, split.body_first_line)
    for issue in body.issues:
        make = error if issue.is_error else warning
        problems.append(make(path, issue.line, issue.message))
    if not any(section.blocks for section in body.sections):
        problems.append(error(path, split.body_first_line, "the topic has no text"))
        return None, problems

    def lines(key: str, values: list[str]) -> dict[str, int]:
        return {
            value: line_of(split.node, (key, index), split.yaml_first_line)
            for index, value in enumerate(values)
        }

    topic = Topic(meta, tuple(body.sections), path, language, content_hash(split.data, split.body))
    group_line = line_of(split.node, ("group",), split.yaml_first_line)
    loaded = _LoadedTopic(
        topic,
        body.references,
        lines("related", meta.related),
        lines("helplines", meta.helplines),
        group_line,
    )
    return loaded, problems


_Entry = TypeVar("_Entry", bound=BaseModel)


def _load_entries(
    path: Path, model: type[_Entry], what: str
) -> tuple[dict[str, _Entry], list[Problem], dict[str, int]]:
    """Load a YAML list of entries, each validated on its own; returns entries by id,
    problems and the line of each entry."""
    if not path.exists():
        return {}, [], {}
    try:
        data, node = load_yaml_sequence(read_text(path))
    except (ContentFileError, FrontMatterError) as exc:
        return {}, [error(path, exc.line, str(exc))], {}
    entries: dict[str, _Entry] = {}
    lines: dict[str, int] = {}
    problems: list[Problem] = []
    for index, raw in enumerate(data):
        entry_node = node.value[index]
        line = 1 + entry_node.start_mark.line
        try:
            entry = model.model_validate(raw)
        except ValidationError as exc:
            problems.extend(_validation_problems(path, exc, entry_node, 1))
            continue
        entry_id = entry.id  # type: ignore[attr-defined]
        if entry_id in entries:
            problems.append(error(path, line, f"duplicate {what} id '{entry_id}'"))
            continue
        entries[entry_id] = entry
        lines[entry_id] = line
    return entries, problems, lines


def load_glossary(path: Path) -> tuple[dict[str, GlossaryEntry], list[Problem]]:
    entries, problems, lines = _load_entries(path, GlossaryEntry, "glossary")
    terms: dict[str, str] = {}
    for entry in entries.values():
        term_key = entry.term.casefold()
        if term_key in terms:
            problems.append(
                warning(
                    path,
                    lines[entry.id],
                    f"term '{entry.term}' is also defined as '{terms[term_key]}'",
                )
            )
        terms[term_key] = entry.term
    return entries, problems


def _image_problem(src: str, illustrations: Path) -> str | None:
    candidate = Path(src)
    if "://" in src or src.startswith(("data:", "file:")):
        return f"picture '{src}' must be a file in assets/illustrations, not an address"
    if candidate.is_absolute() or ".." in candidate.parts or "\\" in src:
        return f"picture path '{src}' leaves the assets/illustrations folder"
    if candidate.suffix.lower() not in IMAGE_SUFFIXES:
        return f"picture '{src}' must be .svg or .png"
    if not (illustrations / candidate).is_file():
        return f"picture '{src}' is missing from assets/illustrations"
    return None


def _resolve_language(
    content: LanguageContent,
    loaded: list[_LoadedTopic],
    illustrations: Path,
    fallback: LanguageContent | None = None,
) -> list[Problem]:
    """Check and tidy one language's topics against its own ids, then English's.

    A translation may point at a topic, term, group or helpline that exists only in
    English (``fallback``): the reader is shown the English one, with a note, so the link
    is live. A glossary term shown in English inside a translated page is worth knowing
    about, so it is a warning.
    """
    problems: list[Problem] = []
    own_terms = set(content.glossary)
    topic_ids = {item.topic.id for item in loaded}
    term_ids = set(own_terms)
    groups, helplines = set(content.groups), set(content.helplines)
    if fallback is not None:
        topic_ids |= set(fallback.topics)
        term_ids |= set(fallback.glossary)
        groups |= set(fallback.groups)
        helplines |= set(fallback.helplines)
    for item in loaded:
        topic, path = item.topic, item.topic.path
        group = topic.meta.group
        if group is not None and group not in groups:
            problems.append(
                error(path, item.group_line, f"group '{group}' is not in {GROUPS_FILE}")
            )
        for helpline in topic.meta.helplines:
            if helpline not in helplines:
                problems.append(
                    error(
                        path,
                        item.helpline_lines[helpline],
                        f"helpline '{helpline}' is not in {HELPLINES_FILE}",
                    )
                )
        for ref in item.references:
            if ref.kind == "topic" and ref.target not in topic_ids:
                problems.append(error(path, ref.line, f"link to unknown topic '{ref.target}'"))
            elif ref.kind == "glossary" and ref.target not in term_ids:
                problems.append(
                    error(path, ref.line, f"link to unknown glossary term '{ref.target}'")
                )
            elif ref.kind == "glossary" and ref.target not in own_terms:
                problems.append(
                    warning(
                        path,
                        ref.line,
                        f"glossary term '{ref.target}' has no translation in "
                        f"{content.code}/{GLOSSARY_FILE}: it is shown in English",
                    )
                )
            elif ref.kind == "image" and (message := _image_problem(ref.target, illustrations)):
                problems.append(error(path, ref.line, message))
        related = []
        for rid in topic.meta.related:
            if rid not in topic_ids:
                problems.append(
                    error(path, item.related_lines[rid], f"related topic '{rid}' does not exist")
                )
            elif rid == topic.id:
                problems.append(
                    warning(path, item.related_lines[rid], "topic is related to itself")
                )
            else:
                related.append(rid)
        sections = tuple(
            Section(s.heading, tuple(strip_block(b, topic_ids, term_ids) for b in s.blocks))
            for s in topic.sections
        )
        update: dict[str, Any] = {
            "related": related,
            "helplines": [h for h in topic.meta.helplines if h in helplines],
        }
        if group is not None and group not in groups:
            update["group"] = None  # still reachable from Home, with the ungrouped topics
        meta = topic.meta.model_copy(update=update)
        content.topics[topic.id] = replace(topic, meta=meta, sections=sections)
    return problems


def load_library(root: Path, illustrations: Path) -> Library:
    """Load every language folder under ``root``; never raises for bad content.

    Leaves the garbage collector alone: pausing it while loading is the kiosk's policy
    (:func:`kiosk.app.collector.collector_paused`), not the loader's."""
    library = Library(root)
    if not root.is_dir():
        library.problems.append(error(root, 0, "content folder does not exist"))
        return library
    pending: list[tuple[LanguageContent, list[_LoadedTopic]]] = []
    for lang_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if not LANGUAGE_DIR.match(lang_dir.name):
            library.problems.append(
                warning(lang_dir, 0, "ignored: language folders are named by code, like 'en'")
            )
            continue
        loaded: list[_LoadedTopic] = []
        for path in sorted(lang_dir.iterdir()):
            if path.name in DATA_FILES or path.is_dir():
                continue
            if path.suffix != ".md":
                library.problems.append(warning(path, 0, "ignored: not a .md topic file"))
                continue
            item, problems = load_topic(path, lang_dir.name)
            library.problems.extend(problems)
            if item is None:
                library.skipped.append(path)
            else:
                loaded.append(item)
        glossary, problems = load_glossary(lang_dir / GLOSSARY_FILE)
        library.problems.extend(problems)
        groups, problems, _ = _load_entries(lang_dir / GROUPS_FILE, GroupEntry, "group")
        library.problems.extend(problems)
        helplines, problems, _ = _load_entries(lang_dir / HELPLINES_FILE, Helpline, "helpline")
        library.problems.extend(problems)
        content = LanguageContent(
            lang_dir.name, glossary=glossary, groups=groups, helplines=helplines
        )
        pending.append((content, loaded))
    # English first: translations resolve their links against it as well as themselves.
    pending.sort(key=lambda entry: entry[0].code != DEFAULT_LANGUAGE)
    for content, loaded in pending:
        fallback = library.languages.get(DEFAULT_LANGUAGE)
        library.problems.extend(_resolve_language(content, loaded, illustrations, fallback))
        library.languages[content.code] = content
    # Keep the folders' order (sorted by code) for everything that lists languages.
    library.languages = dict(sorted(library.languages.items()))
    return library
