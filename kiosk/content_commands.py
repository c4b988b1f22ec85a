"""``kiosk content``: record approvals and translation hashes, and list each topic's state.

Nobody edits a hash by hand: these commands compute them from the files as they are.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from kiosk.io import resources

# The kiosk's own start imports this module (for the parser), so the content tools are
# imported only when a content command runs.
DEFAULT_LANGUAGE = "en"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    content = sub.add_parser(
        "content", help="record approvals and translation hashes; list each topic's state"
    )
    actions = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    folder = argparse.ArgumentParser(add_help=False)
    folder.add_argument(
        "--content-dir", type=Path, help="content folder (default: the bundled one)"
    )
    approve = actions.add_parser(
        "approve",
        parents=[folder],
        help="record that a reviewer approved a topic exactly as it is now",
    )
    approve.add_argument("topic", help="topic id, e.g. remission")
    approve.add_argument(
        "--illustrations", type=Path, help="pictures folder (default: the bundled one)"
    )
    approve.add_argument("--by", required=True, help="the reviewer's name")
    approve.add_argument(
        "--role", required=True, help='e.g. "Clinical nurse specialist, haematology"'
    )
    approve.add_argument("--language", default=DEFAULT_LANGUAGE, help="language folder (en)")
    approve.add_argument(
        "--date", type=dt.date.fromisoformat, help="day of the review (default: today)"
    )
    translated = actions.add_parser(
        "translated",
        parents=[folder],
        help="record that a translation now matches the current English",
    )
    translated.add_argument("topic")
    translated.add_argument("--language", required=True, help="the translation's language")
    actions.add_parser(
        "status", parents=[folder], help="one line per topic: approval, review due, translation"
    )


def _root(args: argparse.Namespace) -> Path:
    return args.content_dir or resources.content_dir()


def _fail(message: str) -> int:
    print(f"kiosk content: {message}", file=sys.stderr)
    return 1


def _approve(args: argparse.Namespace) -> int:
    from kiosk.core.content.governance import short  # noqa: PLC0415
    from kiosk.core.content.records import RecordError, add_review  # noqa: PLC0415
    from kiosk.io.content_checker import check_content  # noqa: PLC0415
    from kiosk.io.content_loader import ContentFileError, read_text  # noqa: PLC0415
    from kiosk.io.topic_files import write_text  # noqa: PLC0415

    root = _root(args)
    path = root / args.language / f"{args.topic}.md"
    if not path.is_file():
        return _fail(f"{path}: no such topic")
    today = dt.date.today()
    date = args.date or today
    if date > today:
        return _fail(f"--date {date.isoformat()} is in the future")
    illustrations = args.illustrations or resources.illustrations_dir()
    report = check_content(root, illustrations, today=today)
    errors = [p for p in report.errors if p.path == path]
    if errors:
        for problem in errors:
            print(problem.format(), file=sys.stderr)
        return _fail(f"{path}: fix the errors above before it is approved")
    try:
        text = read_text(path)
        updated, review = add_review(text, by=args.by, role=args.role, date=date)
    except (ContentFileError, RecordError, ValueError) as exc:
        return _fail(f"{path}: {exc}")
    write_text(path, updated)
    print(
        f"{args.language}/{args.topic}: approved by {review.by} ({review.role}) on "
        f"{review.date.isoformat()}, content {short(review.hash)}"
    )
    return 0


def _translated(args: argparse.Namespace) -> int:
    from kiosk.core.content.governance import short  # noqa: PLC0415
    from kiosk.core.content.records import (  # noqa: PLC0415
        RecordError,
        file_hash,
        set_field,
    )
    from kiosk.io.content_loader import ContentFileError, read_text  # noqa: PLC0415
    from kiosk.io.topic_files import write_text  # noqa: PLC0415

    root = _root(args)
    if args.language == DEFAULT_LANGUAGE:
        return _fail("English is the original: --language names the translation")
    path = root / args.language / f"{args.topic}.md"
    english = root / DEFAULT_LANGUAGE / f"{args.topic}.md"
    for needed in (path, english):
        if not needed.is_file():
            return _fail(f"{needed}: no such topic")
    try:
        english_hash = file_hash(read_text(english))
        text = set_field(read_text(path), "translated_from", english_hash, after="translation_of")
    except (ContentFileError, RecordError) as exc:
        return _fail(str(exc))
    write_text(path, text)
    print(f"{args.language}/{args.topic}: made from en/{args.topic} {short(english_hash)}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from kiosk.core.content.governance import (  # noqa: PLC0415
        TranslationState,
        review_due,
        translation_state,
    )
    from kiosk.io.content_loader import load_library  # noqa: PLC0415

    library = load_library(_root(args), resources.illustrations_dir())
    today = dt.date.today()
    for code, content in library.languages.items():
        for topic in content.ordered_topics():
            approval = topic.approval
            if approval.review is not None:
                state = f"approved by {approval.review.by} on {approval.review.date.isoformat()}"
            elif approval.lost is not None:
                state = "draft (changed since its approval)"
            else:
                state = "draft (awaiting clinical review)"
            due = review_due(topic.meta, approval)
            overdue = " PAST" if due < today else ""
            line = f"{code}/{topic.id}: {state}; review due {due.isoformat()}{overdue}"
            if code != DEFAULT_LANGUAGE:
                tstate = translation_state(topic.meta, library.english_hash(topic.id))
                if tstate is not TranslationState.CURRENT:
                    line += f"; translation {tstate.value}"
            print(line)
    return 0


def cmd_content(args: argparse.Namespace) -> int:
    actions = {"approve": _approve, "translated": _translated, "status": _status}
    return actions[args.content_command](args)
