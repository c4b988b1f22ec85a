"""The ``kiosk`` command.

Qt is imported only by the commands that need a screen, so ``check-content`` and
``check-config`` run anywhere, quickly, without a display.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from kiosk import __version__, resources

_STARTED = time.perf_counter()
log = logging.getLogger("kiosk")


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content-dir", type=Path, help="content folder (default: the bundled content)"
    )
    parser.add_argument(
        "--config", type=Path, help="settings file (default: the platform's system location)"
    )


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _add_common(common)
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Blood cancer treatment explained: an offline touchscreen kiosk.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--windowed", action="store_true", help="show a normal window (development)")
    mode.add_argument(
        "--try-out",
        action="store_true",
        help="full screen as patients see it, but Ctrl+Shift+Q quits (used by 'make run')",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check-content", help="check a content folder; exit 1 on errors")
    check.add_argument("dir", nargs="?", type=Path, help="content folder (default: bundled)")
    check.add_argument(
        "--strict", action="store_true", help="a past review date is an error (release builds)"
    )
    check.add_argument("--quiet", action="store_true", help="print problems only, no scores")

    config = sub.add_parser("check-config", help="check a settings file; exit 1 on problems")
    config.add_argument("file", type=Path)

    sub.add_parser(
        "self-test",
        parents=[common],
        help="open every topic and glossary card offscreen; exit 0 if all render",
    )
    preview = sub.add_parser(
        "preview", parents=[common], help="render every screen to PNG for sign-off"
    )
    preview.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    return parser


def _setup_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


def cmd_check_content(args: argparse.Namespace) -> int:
    from kiosk.domain.content.checker import check_content  # noqa: PLC0415

    root: Path = args.dir or resources.content_dir()
    report = check_content(root, resources.illustrations_dir(), strict=args.strict)
    cwd = Path.cwd()
    for problem in report.problems:
        print(problem.format(relative_to=cwd))
    if not args.quiet:
        for item in report.scores:
            s = item.scores
            print(
                f"{_relative(item.path, cwd)}: reading ease {s.reading_ease:.0f}, "
                f"grade {s.grade:.1f}, {s.words} words"
            )
        if not report.readability_measured:
            print("note: readability not measured (textstat is not installed)")
    topics = report.library.topic_count
    print(
        f"{topics} topic(s) checked: {len(report.errors)} error(s), "
        f"{len(report.warnings)} warning(s)"
    )
    return report.exit_code


def _relative(path: Path, base: Path) -> Path:
    try:
        return path.resolve().relative_to(base.resolve())
    except ValueError:
        return path


def cmd_check_config(args: argparse.Namespace) -> int:
    from kiosk.domain.settings import load_settings  # noqa: PLC0415

    loaded = load_settings(args.file, explicit=True)
    for problem in loaded.problems:
        print(problem.format())
    if loaded.problems:
        return 1
    print(f"{args.file}: OK")
    return 0


def _gui_prologue(offscreen: bool) -> str | None:
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return None
    from kiosk.platform_check import display_problem  # noqa: PLC0415

    return display_problem()


def cmd_run(args: argparse.Namespace) -> int:
    _setup_logging()
    problem = _gui_prologue(offscreen=False)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from kiosk.ui import qt_log  # noqa: PLC0415
    from kiosk.ui.app import Kiosk, apply_theme, create_application, load_services  # noqa: PLC0415
    from kiosk.ui.main_window import QUIT_SHORTCUT, WindowMode  # noqa: PLC0415

    qt_log.install()
    app = create_application(sys.argv[:1])
    mode = (
        WindowMode.WINDOWED
        if args.windowed
        else (WindowMode.TRY_OUT if args.try_out else WindowMode.KIOSK)
    )
    kiosk = Kiosk(load_services(args.content_dir, args.config), mode=mode)
    apply_theme(app, kiosk.theme)
    if mode is not WindowMode.KIOSK:
        print(f"{mode.value} mode: press {QUIT_SHORTCUT} to quit.", file=sys.stderr)
    kiosk.start()
    return app.exec()


def cmd_self_test(args: argparse.Namespace) -> int:
    _setup_logging(logging.WARNING)
    _gui_prologue(offscreen=True)
    from kiosk.ui import qt_log  # noqa: PLC0415
    from kiosk.ui.app import Kiosk, apply_theme, create_application, load_services  # noqa: PLC0415
    from kiosk.ui.diagnostics import LogCollector  # noqa: PLC0415
    from kiosk.ui.self_test import run_self_test  # noqa: PLC0415

    qt_log.install()
    with LogCollector() as startup_log:
        app = create_application(sys.argv[:1])
        kiosk = Kiosk(load_services(args.content_dir, args.config))
        apply_theme(app, kiosk.theme)
        kiosk.window.resize(1920, 1080)
        kiosk.window.show()
        app.processEvents()
        kiosk.window.grab()
    startup = time.perf_counter() - _STARTED
    report = run_self_test(kiosk)
    failures = [m for m in startup_log.messages() if m.startswith("error")] + report.failures
    for failure in failures:
        print(f"FAIL {failure}")
    print(
        f"self-test: {report.topics} topic(s) and {report.terms} glossary card(s) rendered; "
        f"start-up {startup:.2f} s; {'OK' if not failures else 'FAILED'}"
    )
    kiosk.stop()
    return 0 if not failures else 1


def cmd_preview(args: argparse.Namespace) -> int:
    _setup_logging(logging.WARNING)
    _gui_prologue(offscreen=True)
    from kiosk.ui import qt_log  # noqa: PLC0415
    from kiosk.ui.app import Kiosk, apply_theme, create_application, load_services  # noqa: PLC0415
    from kiosk.ui.preview import render_preview  # noqa: PLC0415

    qt_log.install()
    app = create_application(sys.argv[:1])
    kiosk = Kiosk(load_services(args.content_dir, args.config))
    apply_theme(app, kiosk.theme)
    written = render_preview(kiosk, args.out)
    print(f"preview: {len(written)} PNG file(s) written to {args.out}")
    return 0


COMMANDS = {
    None: cmd_run,
    "check-content": cmd_check_content,
    "check-config": cmd_check_config,
    "self-test": cmd_self_test,
    "preview": cmd_preview,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return COMMANDS[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
