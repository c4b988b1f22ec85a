"""Bring topic files to the governance front matter (content/README.md), idempotently.

    .venv/bin/python scripts/governance-migrate.py [--help] [CONTENT_DIR]

- drops the old ``review_status`` line (approval now comes only from recorded reviews,
  so no bundled topic claims one);
- gives every topic a ``review_interval_months``: 12 for eligibility rules and
  helplines, which change every year, 24 (the library's maximum) for stable
  explanations; a translation takes its English topic's; ``next_review_due`` is brought
  forward where the shorter interval needs it;
- records, for each translation that has none, the hash of the English topic as it is
  now as ``translated_from``: the baseline from which later English changes are found.

English is done first, so the translations record the English as migrated.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.core.content.frontmatter import split_front_matter
from kiosk.core.content.governance import MAX_REVIEW_INTERVAL_MONTHS, add_months
from kiosk.core.content.models import TopicMeta
from kiosk.core.content.records import file_hash, remove_field, set_field
from kiosk.io import resources
from kiosk.io.topic_files import write_text

# Eligibility rules and support lines change every year.
YEARLY = frozenset({"car-t", "car-t-who", "kids-car-t", "clinical-trials"})


def _interval(meta: TopicMeta) -> int:
    if meta.id in YEARLY or meta.helplines or meta.hospital_contacts:
        return 12
    return MAX_REVIEW_INTERVAL_MONTHS


def migrate_file(path: Path, english: dict[str, tuple[int, str]]) -> bool:
    original = path.read_text("utf-8")
    text = remove_field(original, "review_status")
    meta = TopicMeta.model_validate(split_front_matter(text).data)
    is_english = path.parent.name == "en"
    if meta.review_interval_months is None:
        interval = _interval(meta) if is_english else english.get(meta.id, (24, ""))[0]
        latest = add_months(meta.last_reviewed, interval)
        if meta.next_review_due > latest:
            text = set_field(text, "next_review_due", latest)
        text = set_field(text, "review_interval_months", interval, after="next_review_due")
    if not is_english and meta.translated_from is None and meta.id in english:
        text = set_field(text, "translated_from", english[meta.id][1], after="translation_of")
    if text != original:
        write_text(path, text)
    return text != original


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="governance-migrate.py",
        description=__doc__.split("\n\n")[0].replace("\n", " "),
        epilog="Run it again at will: a file already migrated is left as it is.",
    )
    parser.add_argument(
        "content_dir",
        nargs="?",
        type=Path,
        default=None,
        metavar="CONTENT_DIR",
        help="the content folder, with one folder per language (default: the bundled content)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    root: Path = args.content_dir if args.content_dir is not None else resources.content_dir()
    if not (root / "en").is_dir():
        # Without this a mistyped folder "migrated" nothing and said so calmly.
        print(f"governance-migrate: {root} has no en/ folder of English topics", file=sys.stderr)
        return 2
    english: dict[str, tuple[int, str]] = {}
    changed = 0
    for path in sorted((root / "en").glob("*.md")):
        changed += migrate_file(path, english)
        text = path.read_text("utf-8")
        meta = TopicMeta.model_validate(split_front_matter(text).data)
        interval = meta.review_interval_months or MAX_REVIEW_INTERVAL_MONTHS
        english[meta.id] = (interval, file_hash(text))
    for path in sorted(root.glob("*/*.md")):
        if path.parent.name != "en":
            changed += migrate_file(path, english)
    print(f"governance-migrate: {changed} file(s) changed under {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
