"""Settings: a bad value never stops the kiosk; each problem names its key."""

import datetime as dt

import pytest

from kiosk.cli import main
from kiosk.core.settings import Settings
from kiosk.io.settings_file import default_config_path, load_settings


def write(tmp_path, text: str | bytes):
    path = tmp_path / "kiosk.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, "utf-8")
    return path


def test_defaults_when_the_default_file_is_absent(tmp_path):
    loaded = load_settings(tmp_path / "absent.toml")
    assert loaded.settings == Settings()
    assert loaded.problems == []
    assert loaded.settings.session.idle_timeout_seconds == 120
    assert loaded.settings.language.default == "en"


def test_a_named_file_that_is_missing_is_reported(tmp_path):
    loaded = load_settings(tmp_path / "absent.toml", explicit=True)
    assert [p.key for p in loaded.problems] == ["file"]
    assert "does not exist" in loaded.problems[0].reason


def test_valid_file(tmp_path):
    path = write(tmp_path, '[session]\nidle_timeout_seconds = 90\n[language]\ndefault = "cy"\n')
    loaded = load_settings(path)
    assert loaded.problems == []
    assert loaded.settings.session.idle_timeout_seconds == 90
    assert loaded.settings.language.default == "cy"


def test_bad_values_fall_back_to_their_default_only(tmp_path):
    path = write(
        tmp_path,
        '[kiosk]\nname = "Ward 5"\n'
        "[session]\nidle_timeout_seconds = 3\n"
        '[language]\ndefault = "English"\n',
    )
    loaded = load_settings(path)
    assert loaded.settings.kiosk.name == "Ward 5"  # the good key is kept
    assert loaded.settings.session.idle_timeout_seconds == 120
    assert loaded.settings.language.default == "en"
    formatted = [p.format() for p in loaded.problems]
    assert formatted[0].startswith("session.idle_timeout_seconds: Input should be greater")
    assert "(got 3); using the default" in formatted[0]
    assert formatted[1] == (
        "language.default: Input should be 'en', 'cy', 'pl' or 'ar' (got 'English'); "
        "using the default"
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[session]\nidle_timeout = 60\n", "session.idle_timeout"),
        ("[sesion]\nidle_timeout_seconds = 60\n", "sesion"),
        ("top_level_typo = 1\n", "top_level_typo"),
    ],
)
def test_unknown_keys_are_problems(tmp_path, text, key):
    loaded = load_settings(write(tmp_path, text))
    assert [p.key for p in loaded.problems] == [key]
    assert "unknown key" in loaded.problems[0].reason
    assert loaded.settings == Settings()


def test_wrong_type_for_a_whole_section(tmp_path):
    loaded = load_settings(write(tmp_path, 'session = "fast"\n'))
    assert [p.key for p in loaded.problems] == ["session"]
    assert loaded.settings.session.idle_timeout_seconds == 120


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"[session\nidle = 1\n", "is not valid TOML"),
        (b"\xff\xfe\x00", "is not UTF-8"),
    ],
)
def test_unreadable_files_give_defaults_and_a_problem(tmp_path, raw, expected):
    loaded = load_settings(write(tmp_path, raw))
    assert loaded.settings == Settings()
    assert [p.key for p in loaded.problems] == ["file"]
    assert expected in loaded.problems[0].reason


def test_default_location_is_the_system_config_folder():
    path = default_config_path()
    assert path.name == "kiosk.toml"
    assert "bloodcancer-kiosk" in str(path)


def test_check_config_command(tmp_path, capsys):
    good = write(tmp_path, "[session]\nidle_timeout_seconds = 60\n")
    assert main(["check-config", str(good)]) == 0
    assert capsys.readouterr().out.strip().endswith("OK")
    bad = write(tmp_path, "[session]\nidle_timeout_seconds = -1\ncolour = 1\n")
    assert main(["check-config", str(bad)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "session.idle_timeout_seconds",
        "session.colour",
    ]


def test_bad_list_items_are_each_removed_once(tmp_path):
    """Deleting by index shifted the later items: 'de' was reported twice, 'en' lost."""
    path = write(tmp_path, '[language]\noffered = ["fr", "de", "en", "cy"]\n')
    loaded = load_settings(path)
    assert loaded.settings.language.offered == ["en", "cy"]
    assert [p.key for p in loaded.problems] == ["language.offered.0", "language.offered.1"]
    assert "'fr'" in loaded.problems[0].reason and "'de'" in loaded.problems[1].reason


def test_two_problems_in_one_contact_remove_only_that_contact(tmp_path):
    path = write(
        tmp_path,
        '[[hospital.contacts]]\nname = "Day unit"\nphone = "020 7946 0000"\n'
        '[[hospital.contacts]]\nphone = "call us"\n',  # no name and a bad phone
    )
    loaded = load_settings(path)
    contacts = loaded.settings.hospital.contacts
    assert [(c.name, c.phone) for c in contacts] == [("Day unit", "020 7946 0000")]
    assert sorted(p.key for p in loaded.problems) == [
        "hospital.contacts.1.name",
        "hospital.contacts.1.phone",
    ]


@pytest.mark.parametrize("value", ['"1234"', "1234", '"246813"'])
def test_a_pin_typed_into_pin_hash_is_never_echoed(tmp_path, value):
    loaded = load_settings(write(tmp_path, f"[admin]\npin_hash = {value}\n"))
    assert [p.key for p in loaded.problems] == ["admin.pin_hash"]
    shown = loaded.problems[0].format()
    assert value.strip('"') not in shown, shown
    assert "got" not in shown
    assert loaded.settings.admin.pin_hash == ""


def test_other_bad_values_are_still_echoed(tmp_path):
    loaded = load_settings(write(tmp_path, "[admin]\nlockout_attempts = 99\n"))
    assert "(got 99)" in loaded.problems[0].reason


def test_the_staff_screen_timeout(tmp_path):
    assert Settings().admin.screen_timeout_seconds == 120
    loaded = load_settings(write(tmp_path, "[admin]\nscreen_timeout_seconds = 5\n"))
    assert [p.key for p in loaded.problems] == ["admin.screen_timeout_seconds"]
    assert loaded.settings.admin.screen_timeout_seconds == 120


# -- the first screen's guess (read before pydantic is loaded) ------------------------------


def first_languages(tmp_path, text: str, override: str | None = None):
    from kiosk.core.raw_settings import first_screen_languages
    from kiosk.io.settings_file import read_settings_file

    return first_screen_languages(read_settings_file(write(tmp_path, text)), override)


def test_the_first_screen_uses_the_files_languages(tmp_path):
    found = first_languages(tmp_path, '[language]\ndefault = "cy"\noffered = ["cy", "en"]\n')
    assert (found.default, found.offered) == ("cy", ("cy", "en"))
    assert first_languages(tmp_path, '[language]\ndefault = "cy"\n', override="pl").default == "pl"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "language = 3\n",
        "[language]\ndefault = 7\noffered = 'en'\n",
        '[language]\ndefault = "fr"\noffered = ["en", "fr"]\n',
        "[language]\noffered = []\n",
        "not toml at all = = =",
    ],
)
def test_anything_unexpected_gives_the_first_screen_the_defaults(tmp_path, text):
    from kiosk.core.raw_settings import LANGUAGE_CODES

    found = first_languages(tmp_path, text)
    assert (found.default, found.offered) == ("en", LANGUAGE_CODES)


def test_the_first_screen_defaults_are_the_settings_defaults():
    from typing import get_args

    from kiosk.core.raw_settings import DEFAULT_LANGUAGE, LANGUAGE_CODES
    from kiosk.core.settings import LanguageCode

    assert get_args(LanguageCode) == LANGUAGE_CODES
    assert Settings().language.default == DEFAULT_LANGUAGE
    assert Settings().language.offered == list(LANGUAGE_CODES)


def test_validating_a_file_already_read_leaves_its_data_as_read(tmp_path):
    from kiosk.core.settings import settings_from
    from kiosk.io.settings_file import read_settings_file

    file = read_settings_file(write(tmp_path, "[session]\nidle_timeout_seconds = 'soon'\n"))
    loaded = settings_from(file)
    assert [p.key for p in loaded.problems] == ["session.idle_timeout_seconds"]
    assert file.data == {"session": {"idle_timeout_seconds": "soon"}}  # not removed
    assert settings_from(file).problems == loaded.problems


MONDAY_NOON = dt.datetime(2026, 11, 30, 12, 0)  # a Monday


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("", True),
        ("[session]\nattract_screen = true\n", True),
        ("[session]\nattract_screen = false\n", False),
        ("[hours]\nenabled = true\nmonday = '08:00-18:00'\n", True),
        ("[hours]\nenabled = true\nmonday = '13:00-18:00'\n", False),  # not open yet
        ("[hours]\nenabled = true\ntuesday = '08:00-18:00'\n", False),  # closed on Monday
        ("[hours]\nenabled = false\nmonday = 'closed'\n", True),
        ("[hours]\nenabled = true\n", True),  # every day closed: hours are switched off
        ("[hours]\nenabled = true\nmonday = 7\n", True),  # unreadable: the settings decide
        ("[hours]\nenabled = true\nmonday = 'soon'\n", True),
        ("session = 'x'\nhours = 3\n", True),
    ],
)
def test_the_attract_screen_is_painted_early_only_when_the_kiosk_opens_on_it(tmp_path, text, first):
    from kiosk.core.raw_settings import attract_screen_first
    from kiosk.io.settings_file import read_settings_file

    assert attract_screen_first(read_settings_file(write(tmp_path, text)), MONDAY_NOON) is first


@pytest.mark.parametrize(
    "value",
    [
        True,
        False,
        0,
        1,
        2,
        1.0,
        0.5,
        "yes",
        "No",
        "ON",
        "off",
        "t",
        "F",
        "1",
        "0",
        " true",
        "",
        "maybe",
        None,
        [1],
    ],
)
def test_the_early_reading_of_booleans_is_pydantics(value):
    from pydantic import BaseModel, ValidationError

    from kiosk.core.raw_settings import lax_bool

    class Flag(BaseModel):
        value: bool

    try:
        expected: bool | None = Flag(value=value).value
    except ValidationError:
        expected = None
    assert lax_bool(value) is expected


def test_hours_switched_on_as_yes_with_every_day_closed_are_switched_off(tmp_path):
    loaded = load_settings(write(tmp_path, "[hours]\nenabled = 'yes'\n"))
    assert [p.key for p in loaded.problems] == ["hours"]
    assert loaded.settings.hours.enabled is False
