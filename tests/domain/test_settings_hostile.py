"""Hostile settings files: any of them gives the defaults and a short message."""

import logging

import pytest

from kiosk.cli import main
from kiosk.core.raw_settings import (
    MAX_DEPTH,
    FirstScreenLanguages,
    first_screen_languages,
)
from kiosk.core.settings import LoggingSection, Settings
from kiosk.core.shown import shown
from kiosk.io.logging_setup import configure_logging
from kiosk.io.settings_file import load_settings, read_settings_file


def write(tmp_path, text: str):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(
    "text",
    [
        "x = " + "[" * 100_000,  # RecursionError inside tomllib before issue 18
        "[kiosk]\nname = " + "[" * 40 + "1" + "]" * 40,  # parses, but nested too deep
        "a = " + "{b = " * 40 + "1" + "}" * 40,
    ],
    ids=["100000 brackets", "40 arrays", "40 inline tables"],
)
def test_deeply_nested_values_give_the_defaults_and_a_message(tmp_path, text, capsys):
    path = write(tmp_path, text)
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert [p.key for p in loaded.problems] == ["file"]
    assert "nests values" in loaded.problems[0].reason
    file = read_settings_file(path)
    assert first_screen_languages(file) == FirstScreenLanguages("en", ("en", "cy", "pl", "ar"))
    assert main(["check-config", str(path)]) == 1  # a message, not a traceback
    assert "nests values" in capsys.readouterr().out


def test_the_settings_own_depth_is_allowed(tmp_path):
    link = '{ url = "https://example.org/a", publisher = "A hospital" }'
    path = write(tmp_path, f"[take_home.links]\nremission = {link}\n")
    assert load_settings(path).problems == []
    assert MAX_DEPTH >= 3


HUGE = 5_000_000


@pytest.mark.parametrize(
    "text",
    [
        f'[session]\nidle_timeout_seconds = "{"9" * HUGE}"\n',
        f'[hours]\nenabled = true\nmonday = "{"x" * HUGE}"\n',
        f"[kiosk]\n{'k' * HUGE} = 1\n",
        f'[language]\ndefault = "{"é" * HUGE}"\n',
    ],
    ids=["number", "opening hours", "unknown key", "language"],
)
def test_huge_values_are_cut_in_messages_and_the_log(tmp_path, text):
    """A 50 MB value was echoed whole: a 52 MB log file at every start, past its cap."""
    loaded = load_settings(write(tmp_path, text))
    assert loaded.problems
    assert all(len(p.format()) < 1000 for p in loaded.problems), [
        len(p.format()) for p in loaded.problems
    ]
    logs = tmp_path / "logs"
    root = logging.getLogger()
    saved = list(root.handlers), root.level, logging.getLogger("kiosk").level
    try:
        configure_logging(LoggingSection(folder=str(logs)), console=False)
        for problem in loaded.problems:
            logging.getLogger("kiosk.test").warning("settings: %s", problem.format())
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
        for handler in saved[0]:
            root.addHandler(handler)
        root.setLevel(saved[1])
        logging.getLogger("kiosk").setLevel(saved[2])
    assert (logs / "kiosk.log").stat().st_size < 4000


def test_shown_says_how_long_a_cut_value_was():
    assert shown("short") == "'short'"
    assert shown("x" * 1000) == "'" + "x" * 79 + "… (1,000 characters)"
    assert shown(list(range(1000))).endswith("characters)")
    assert len(shown(b"\x00" * 10_000)) < 120
