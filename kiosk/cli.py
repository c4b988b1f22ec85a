"""The ``kiosk`` command.

Qt is imported only by the commands that need a screen, so ``check-content`` and
``check-config`` run anywhere, quickly, without a display.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kiosk import __version__, content_commands, sign_off_commands
from kiosk.io import resources

if TYPE_CHECKING:
    pass

_STARTED = time.perf_counter()
log = logging.getLogger("kiosk")


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content-dir", type=Path, help="content folder (default: the bundled content)"
    )
    parser.add_argument(
        "--config", type=Path, help="settings file (default: the platform's system location)"
    )
    parser.add_argument(
        "--language",
        choices=("en", "cy", "pl", "ar"),
        help="start in this language (default: [language] default in the settings)",
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
    parser.add_argument(
        "--quit-after-first-paint",
        action="store_true",
        help="exit as soon as the first screen is painted (to time a cold start)",
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="exit once the settings, content and every screen are loaded and painted",
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
    sign_off_commands.add_parsers(sub, common)
    supervise = sub.add_parser(
        "supervise",
        parents=[common],
        help="run the kiosk and restart it if it exits or freezes (for services)",
    )
    supervise.add_argument(
        "--heartbeat-timeout", type=float, help=argparse.SUPPRESS
    )  # tests shorten it
    stats = sub.add_parser("stats", help="print the private usage figures, or export them as CSV")
    stats.add_argument("--config", type=Path, help="settings file (for the database folder)")
    stats.add_argument("--csv", action="store_true", help="CSV: one row per day, topic, language")
    stats.add_argument("--since", type=dt.date.fromisoformat, help="first day (YYYY-MM-DD)")
    pack = sub.add_parser(
        "pack", help="signed content packs: make keys, build, verify, roll back on a kiosk"
    )
    pack_sub = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    keygen = pack_sub.add_parser("keygen", help="make a signing key pair")
    keygen.add_argument("--private-key", type=Path, required=True, help="where to write it")
    build = pack_sub.add_parser("build", help="zip and sign a content folder")
    build.add_argument("dir", type=Path, help="content folder (with en/, cy/ ...)")
    build.add_argument("-o", "--output", type=Path, required=True, help="the .zip to write")
    build.add_argument("--private-key", type=Path, required=True)
    build.add_argument("--illustrations", type=Path, help="pictures to ship with it")
    build.add_argument("--name", default="", help="a name for the pack (shown to staff)")
    verify = pack_sub.add_parser("verify", help="check a pack as a kiosk would")
    verify.add_argument("file", type=Path)
    verify.add_argument("--public-key", help="base64 key (default: from the settings)")
    verify.add_argument("--config", type=Path)
    # On a kiosk, as the kiosk's user: its settings name the folder the packs are in.
    for action, text in (
        ("status", "show the installed packs: current, previous, set aside"),
        ("rollback", "make the previous pack current again"),
        ("use-bundled", "set the current pack aside and show the bundled content"),
    ):
        aliases = ["clear"] if action == "use-bundled" else []
        store = pack_sub.add_parser(action, aliases=aliases, help=text)
        store.add_argument("--config", type=Path, help="settings file (for the pack folder)")
    content_commands.add_parser(sub)
    sub.add_parser(
        "hash-pin",
        help="read a staff PIN (stdin, or asked without echo) and print its hash",
    )
    return parser


def setup_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


def cmd_check_content(args: argparse.Namespace) -> int:
    from kiosk.app.collector import collector_paused  # noqa: PLC0415
    from kiosk.core.problems import relative_path  # noqa: PLC0415
    from kiosk.io.content_checker import check_content  # noqa: PLC0415

    root: Path = args.dir or resources.content_dir()
    with collector_paused():
        report = check_content(root, resources.illustrations_dir(), strict=args.strict)
    cwd = Path.cwd()
    for problem in report.problems:
        print(problem.format(relative_to=cwd))
    if not args.quiet:
        for item in report.scores:
            s = item.scores
            print(
                f"{relative_path(item.path, cwd)}: reading ease {s.reading_ease:.0f}, "
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


def cmd_check_config(args: argparse.Namespace) -> int:
    from kiosk.io.settings_file import load_settings  # noqa: PLC0415

    loaded = load_settings(args.file, explicit=True)
    for problem in loaded.problems:
        print(problem.format())
    if loaded.problems:
        return 1
    print(f"{args.file}: OK")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Paint the attract screen first, then validate, load and build the rest
    (:mod:`kiosk.app.startup`): nothing before the first paint imports pydantic, markdown
    or the content code."""
    from kiosk.app.collector import automatic_collection_off  # noqa: PLC0415
    from kiosk.app.run import run  # noqa: PLC0415

    with automatic_collection_off():  # from the very start (kiosk.app.collector)
        return run(args, _STARTED)


def cmd_supervise(args: argparse.Namespace) -> int:
    from kiosk.io.logging_setup import configure_logging  # noqa: PLC0415
    from kiosk.io.settings_file import load_settings  # noqa: PLC0415
    from kiosk.io.supervisor import Policy, Supervisor  # noqa: PLC0415

    settings = load_settings(args.config, explicit=args.config is not None).settings
    configure_logging(settings.logging, file_name="supervisor.log")
    sup = settings.supervisor
    daily = dt.time.fromisoformat(sup.daily_restart) if sup.daily_restart else None
    policy = Policy(
        heartbeat_timeout=args.heartbeat_timeout or sup.heartbeat_timeout_seconds,
        max_restarts_per_hour=sup.max_restarts_per_hour,
        daily_restart=daily,
    )
    # Frozen, the executable is the kiosk; from source, run the package.
    frozen = getattr(sys, "frozen", False)
    command = [sys.executable] if frozen else [sys.executable, "-m", "kiosk"]
    for option, value in (("--config", args.config), ("--content-dir", args.content_dir)):
        if value is not None:
            command += [option, str(value)]
    supervisor = Supervisor(command, policy)
    supervisor.install_signal_handlers()
    return supervisor.run()


def cmd_stats(args: argparse.Namespace) -> int:
    """Prints the figures or the CSV. Only reads: the file is opened read-only and never
    created, moved aside or repaired (that is the kiosk's job), so it is safe to run
    beside a running kiosk and on a copy of a damaged file."""
    from kiosk.io.privacy import (  # noqa: PLC0415
        SMALL_COUNTS_NOTE,
        count_text,
        private_rows,
        private_summary,
    )
    from kiosk.io.settings_file import load_settings, usage_database_path  # noqa: PLC0415
    from kiosk.io.usage_figures import FiguresUnavailable, UsageReader, to_csv  # noqa: PLC0415

    settings = load_settings(args.config, explicit=args.config is not None).settings
    path = usage_database_path(settings.usage)
    try:
        with UsageReader(path) as reader:
            if args.csv:
                sys.stdout.write(to_csv(private_rows(reader.daily_rows(args.since))))
                return 0
            summaries = [private_summary(reader.summary(days)) for days in (7, 30)]
    except FiguresUnavailable as exc:
        if exc.missing:
            print(f"stats: no usage figures yet ({path} does not exist)", file=sys.stderr)
        elif exc.busy:
            print(f"stats: cannot read {path}: database busy; try again", file=sys.stderr)
        else:
            print(f"stats: cannot read {path}: {exc.problem}", file=sys.stderr)
        return 1
    for summary in summaries:
        ratio = summary.helpful_ratio
        print(f"Last {summary.days} days: {count_text(summary.sessions)} readers")
        for topic, times, seconds in summary.top_topics:
            print(f"  {topic}: read {times} times, {seconds / 60:.0f} minutes in all")
        print(f"  helpful: {'no answers' if ratio is None else f'{ratio:.0%} yes'}")
        for topic, share, yes, answers in summary.helpful_by_topic:
            print(f"    {topic}: {share:.0%} yes ({yes} of {answers})")
        print(f"  read aloud: {count_text(summary.read_aloud)} times")
        hours = ", ".join(f"{h:02d}:00 {n}" for h, n in summary.hours) or "none"
        print(f"  readers by hour: {hours}")
        languages = ", ".join(f"{lang} {n}" for lang, n in summary.languages) or "none"
        print(f"  topics read by language: {languages}")
    print(SMALL_COUNTS_NOTE)
    return 0


def cmd_pack(args: argparse.Namespace) -> int:
    from kiosk.core import pack_approvals  # noqa: PLC0415
    from kiosk.io import packs  # noqa: PLC0415
    from kiosk.io.settings_file import load_settings  # noqa: PLC0415

    try:
        if args.pack_command == "keygen":
            public = packs.generate_keys(args.private_key)
            print(f"Private key written to {args.private_key}: keep it safe, off the kiosks.")
            print("Put this in the kiosks' settings:")
            print(f'[content_packs]\npublic_key = "{public}"')
            return 0
        if args.pack_command == "build":
            manifest = packs.build_pack(
                args.dir,
                args.output,
                packs.load_private_key(args.private_key),
                illustrations=args.illustrations,
                name=args.name,
                bundled_illustrations=resources.illustrations_dir(),
            )
            files = manifest["files"]
            count = len(files) if isinstance(files, dict) else 0
            print(f"{args.output}: {count} file(s), signed, created {manifest['created']}")
            return 0
        if args.pack_command in ("status", "rollback", "use-bundled", "clear"):
            return _pack_store_command(args)
        key_text = args.public_key or (
            load_settings(
                args.config, explicit=args.config is not None
            ).settings.content_packs.public_key
        )
        manifest, count = packs.verify_pack(args.file, packs.load_public_key(key_text))
        print(f"{args.file}: signature and {count} file(s) OK ({manifest['created']})")
        print(f"{args.file}: {pack_approvals.summary(manifest.get('approvals'))}")
        return 0
    except FileExistsError as exc:
        print(f"pack: {exc.filename} exists already; not overwritten", file=sys.stderr)
    except (packs.PackError, OSError, ValueError) as exc:
        print(f"pack: {exc}", file=sys.stderr)
    return 1


def _pack_store_command(args: argparse.Namespace) -> int:
    """``kiosk pack status | rollback | use-bundled`` on the kiosk's installed packs. A
    running kiosk notices the change at its next look for packs (``check_seconds``) and
    shows it after the current reader, as it does a new pack."""
    from kiosk.io.packs import InstalledPack, PackStore  # noqa: PLC0415
    from kiosk.io.settings_file import load_settings, packs_folder  # noqa: PLC0415

    loaded = load_settings(args.config, explicit=args.config is not None)
    section = loaded.settings.content_packs
    store = PackStore(packs_folder(section))

    def describe(pack: InstalledPack | None) -> str:
        return f"'{pack.name}' of {pack.created}" if pack else "none"

    print(f"pack folder: {store.folder}")
    if not section.enabled:
        # Said first, because otherwise the command seems to work and nothing changes.
        print(
            f"note: content packs are off in {loaded.path or 'the settings'} "
            "([content_packs] enabled = false): the kiosk shows its bundled content"
        )
    if args.pack_command == "rollback":
        was = store.current()
        now = store.roll_back()
        if now is None:
            print("pack: no previous pack to roll back to", file=sys.stderr)
            return 1
        print(f"rolled back: now {describe(now)}; set aside: {describe(was)}")
        changed = True
    elif args.pack_command in ("use-bundled", "clear"):
        was = store.clear()
        changed = was is not None
        if was is None:
            print("no pack is current: the bundled content is shown already")
        else:
            print(f"bundled content from now on; set aside: {describe(was)}")
    else:
        changed = False
    if changed and section.enabled:
        print(
            f"a running kiosk shows it within {section.check_seconds} s, after the current reader"
        )
    print(f"current: {describe(store.current())}")
    print(f"previous (to roll back to): {describe(store.previous())}")
    print(f"set aside (not installed again from the watch folder): {len(store.set_aside())}")
    return 0


def cmd_hash_pin(args: argparse.Namespace) -> int:
    import getpass  # noqa: PLC0415

    from kiosk.core.pin import PinError, hash_pin, new_pin_problem  # noqa: PLC0415

    if sys.stdin.isatty():
        pin = getpass.getpass("New staff PIN (6 to 8 digits): ")
        if getpass.getpass("The same PIN again: ") != pin:
            print("The two PINs differ; nothing was changed.", file=sys.stderr)
            return 1
    else:
        pin = sys.stdin.readline().strip()
    if (weak := new_pin_problem(pin)) is not None:
        print(f"hash-pin: {weak}; nothing was changed.", file=sys.stderr)
        return 1
    try:
        hashed = hash_pin(pin)
    except PinError as exc:
        print(f"hash-pin: {exc}", file=sys.stderr)
        return 1
    print(hashed)
    if sys.stdin.isatty():
        print(
            'Put this in the settings file:\n[admin]\npin_hash = "' + hashed + '"', file=sys.stderr
        )
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from kiosk.app.run import gui_prologue, settings_for  # noqa: PLC0415

    setup_logging(logging.WARNING)
    gui_prologue(offscreen=True)
    from kiosk.app.diagnostics import LogCollector  # noqa: PLC0415
    from kiosk.app.kiosk import Kiosk, apply_theme, create_application, load_services  # noqa: PLC0415
    from kiosk.app.self_test import run_self_test  # noqa: PLC0415
    from kiosk.ui import qt_log  # noqa: PLC0415

    qt_log.install()
    with LogCollector() as startup_log:
        app = create_application(sys.argv[:1])
        kiosk = Kiosk(load_services(args.content_dir, settings=settings_for(args)))
        apply_theme(app, kiosk.theme)
        kiosk.window.resize(1920, 1080)
        kiosk.window.show()
        app.processEvents()
        kiosk.window.grab()
    startup = time.perf_counter() - _STARTED
    languages = [args.language] if args.language else kiosk.translations.offered
    report = run_self_test(kiosk, languages)
    failures = [m for m in startup_log.messages() if m.startswith("error")] + report.failures
    for failure in failures:
        print(f"FAIL {failure}")
    print(
        f"self-test: {report.topics} topic(s) and {report.terms} glossary card(s) rendered "
        f"in {len(languages)} language(s); "
        f"start-up {startup:.2f} s; {'OK' if not failures else 'FAILED'}"
    )
    kiosk.stop()
    return 0 if not failures else 1


COMMANDS = {
    None: cmd_run,
    "check-content": cmd_check_content,
    "check-config": cmd_check_config,
    "self-test": cmd_self_test,
    "preview": sign_off_commands.cmd_preview,
    "report": sign_off_commands.cmd_report,
    "supervise": cmd_supervise,
    "hash-pin": cmd_hash_pin,
    "stats": cmd_stats,
    "pack": cmd_pack,
    "content": content_commands.cmd_content,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return COMMANDS[args.command](args)


def entry() -> NoReturn:
    """The ``kiosk`` program: run the command, then exit with its code."""
    args = build_parser().parse_args()
    code = COMMANDS[args.command](args)
    if args.command is None:
        from kiosk.app.collector import skip_the_last_collection  # noqa: PLC0415

        skip_the_last_collection()
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    entry()
