"""``kiosk preview`` and ``kiosk report``: what the clinical reviewers look at.

Both render the real interface offscreen. Qt and the kiosk are imported only when one of
them runs: the kiosk's own start imports this module for its parser.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import time
from pathlib import Path

from kiosk.io import resources

_LOOKS = ("standard", "high-contrast", "largest-text")  # kiosk.app.preview.LOOKS, without Qt


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """``preview`` and ``report``: what the clinical reviewers look at."""
    preview = sub.add_parser(
        "preview", parents=[common], help="render every screen to PNG for sign-off"
    )
    preview.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    # Each limit may be given more than once; without it, everything is rendered.
    preview.add_argument("--topic", action="append", help="only this topic's pages")
    preview.add_argument("--size", action="append", help="landscape, portrait or WxH")
    preview.add_argument("--theme", action="append", choices=_LOOKS, help="only this look")

    report = sub.add_parser(
        "report",
        parents=[common],
        help="the sign-off report: one HTML file (and a PDF) for the clinical committee",
    )
    report.add_argument("--out", type=Path, required=True, help="folder for report.html")
    report.add_argument("--topic", action="append", help="only this topic (repeatable)")
    report.add_argument("--no-pdf", action="store_true", help="write the HTML file only")
    report.add_argument("--illustrations", type=Path, help="pictures (default: the bundled)")


def cmd_preview(args: argparse.Namespace) -> int:
    from kiosk.app.run import gui_prologue, settings_for  # noqa: PLC0415
    from kiosk.cli import setup_logging  # noqa: PLC0415

    setup_logging(logging.WARNING)
    gui_prologue(offscreen=True)
    from kiosk.app.kiosk import Kiosk, apply_theme, create_application, load_services  # noqa: PLC0415
    from kiosk.app.preview import Limits, parse_size, render_preview  # noqa: PLC0415
    from kiosk.ui import qt_log  # noqa: PLC0415

    try:
        sizes = dict(parse_size(text) for text in args.size) if args.size else None
    except ValueError as exc:
        print(f"preview: {exc}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    qt_log.install()
    app = create_application(sys.argv[:1])
    kiosk = Kiosk(load_services(args.content_dir, settings=settings_for(args)))
    apply_theme(app, kiosk.theme)
    limits = Limits(
        languages=[args.language] if args.language else None,
        topics=args.topic,
        sizes=sizes,
        looks=args.theme,
    )
    written = render_preview(kiosk, args.out, limits=limits)
    elapsed = time.perf_counter() - started
    print(f"preview: {len(written)} PNG file(s) written to {args.out} in {elapsed:.0f} s")
    if not written:
        print("preview: nothing matched the limits given", file=sys.stderr)
        return 1
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from kiosk.app.run import gui_prologue  # noqa: PLC0415
    from kiosk.cli import setup_logging  # noqa: PLC0415

    setup_logging(logging.WARNING)
    gui_prologue(offscreen=True)
    from kiosk.app.kiosk import Kiosk, Services, apply_theme, create_application  # noqa: PLC0415
    from kiosk.app.report import write_report  # noqa: PLC0415
    from kiosk.core.settings import LoadedSettings, Settings  # noqa: PLC0415
    from kiosk.io.content_checker import check_content  # noqa: PLC0415
    from kiosk.io.sign_off import build_entries  # noqa: PLC0415
    from kiosk.ui import qt_log  # noqa: PLC0415

    started = time.perf_counter()
    root: Path = args.content_dir or resources.content_dir()
    today = dt.date.today()
    illustrations: Path = args.illustrations or resources.illustrations_dir()
    check = check_content(root, illustrations, today=today)
    languages = [args.language] if args.language else None
    entries = build_entries(check, today, languages=languages, topics=args.topic)
    if not entries:
        print("report: no topic matches", file=sys.stderr)
        return 1
    qt_log.install()
    app = create_application(sys.argv[:1])
    # Everything the library holds, whatever a kiosk's policy would hide; no voice and
    # no usage figures are needed for pictures.
    settings = Settings.model_validate({"speech": {"enabled": False}, "usage": {"enabled": False}})
    services = Services(check.library, LoadedSettings(settings, None), illustrations)
    kiosk = Kiosk(services)
    apply_theme(app, kiosk.theme)
    files = write_report(kiosk, entries, args.out, source=str(root), pdf=not args.no_pdf)
    kiosk.stop()
    made = f"{files.html}" + (f" and {files.pdf}" if files.pdf else "")
    print(
        f"report: {len(entries)} topic(s), {files.pages} page(s) in "
        f"{time.perf_counter() - started:.0f} s: {made}"
    )
    return 0
