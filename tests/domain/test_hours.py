import datetime as dt

import pytest

from kiosk.cli import main
from kiosk.core.hours import OpeningHours, parse_range
from kiosk.io.settings_file import load_settings

WEEKDAYS = {
    "monday": "08:00-18:00",
    "tuesday": "08:00-18:00",
    "wednesday": "08:00-18:00",
    "thursday": "08:00-18:00",
    "friday": "08:00-17:30",
}
HOURS = OpeningHours.from_strings(WEEKDAYS)
MONDAY = dt.datetime(2026, 11, 23)


def at(day_offset: int, hour: int, minute: int = 0) -> dt.datetime:
    return MONDAY + dt.timedelta(days=day_offset, hours=hour, minutes=minute)


def test_open_and_closed_times():
    assert not HOURS.is_open(at(0, 7, 59))
    assert HOURS.is_open(at(0, 8))
    assert HOURS.is_open(at(0, 17, 59))
    assert not HOURS.is_open(at(0, 18))
    assert not HOURS.is_open(at(4, 17, 30))
    assert not HOURS.is_open(at(5, 12)), "Saturday is closed when not listed"


def test_next_change():
    assert HOURS.next_change(at(0, 12)) == at(0, 18)
    assert HOURS.next_change(at(0, 19)) == at(1, 8)
    assert HOURS.next_change(at(4, 18)) == at(7, 8), "Friday evening: Monday morning"


def test_always_open():
    always = OpeningHours.always_open()
    assert always.is_open(at(6, 3))
    assert always.next_change(at(6, 3)) is None


def test_midnight_closing():
    late = OpeningHours.from_strings({"monday": "20:00-24:00", "tuesday": "00:00-02:00"})
    assert late.is_open(at(0, 23, 59))
    assert late.is_open(at(1, 1))
    assert not late.is_open(at(1, 2))


@pytest.mark.parametrize(
    "value", ["8-18", "08:00", "18:00-08:00", "25:00-26:00", "open", "08:00-08:00"]
)
def test_bad_ranges(value):
    with pytest.raises(ValueError):
        parse_range(value)


def load(tmp_path, text: str):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, "utf-8")
    return load_settings(path)


def test_hours_in_the_settings(tmp_path):
    loaded = load(
        tmp_path,
        '[hours]\nenabled = true\nmonday = "08:00-18:00"\ntuesday = "9 till 5"\n',
    )
    assert [p.format() for p in loaded.problems] == [
        "hours.tuesday: '9 till 5' is not 'HH:MM-HH:MM' or 'closed'; open all day instead"
    ]
    hours = loaded.settings.hours.opening_hours()
    assert hours.is_open(at(0, 9))
    assert not hours.is_open(at(0, 19))
    assert hours.is_open(at(1, 3)), "a typo never blacks out a day: open all day"
    assert hours.is_open(at(1, 23, 59))
    assert not hours.is_open(at(2, 12)), "a day left out is closed"


def test_a_range_past_midnight_says_how_to_write_it(tmp_path):
    loaded = load(tmp_path, '[hours]\nenabled = true\nfriday = "20:00-02:00"\n')
    assert [p.format() for p in loaded.problems] == [
        "hours.friday: '20:00-02:00' runs past midnight: write friday = \"20:00-24:00\" and "
        'saturday = "00:00-02:00"; open all day instead'
    ]
    hours = loaded.settings.hours.opening_hours()
    assert hours.is_open(at(4, 12)), "open all day rather than dark all day"
    sunday = load(tmp_path, '[hours]\nenabled = true\nsunday = "22:00-01:30"\n')
    assert 'monday = "00:00-01:30"' in sunday.problems[0].reason, "the week wraps round"


def test_a_day_that_is_not_text(tmp_path):
    loaded = load(tmp_path, "[hours]\nenabled = true\nmonday = 8\n")
    assert [p.format() for p in loaded.problems] == [
        "hours.monday: should be 'HH:MM-HH:MM' or 'closed' (got 8); open all day instead"
    ]


def test_hours_on_with_every_day_closed_is_a_warning_and_the_kiosk_stays_on(tmp_path, capsys):
    for text in ("[hours]\nenabled = true\n", '[hours]\nenabled = true\nmonday = "closed"\n'):
        loaded = load(tmp_path, text)
        assert [p.key for p in loaded.problems] == ["hours"]
        assert "every day is closed" in loaded.problems[0].reason
        assert loaded.settings.hours.opening_hours().is_open(at(0, 3))
    assert main(["check-config", str(tmp_path / "kiosk.toml")]) == 1
    assert capsys.readouterr().out.startswith("hours: enabled = true but every day is closed")


def test_hours_switched_off_with_every_day_closed_is_fine(tmp_path):
    assert load(tmp_path, "[hours]\nenabled = false\n").problems == []
