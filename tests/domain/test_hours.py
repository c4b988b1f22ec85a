import datetime as dt

import pytest

from kiosk.domain.hours import OpeningHours, parse_range
from kiosk.domain.settings import load_settings

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


@pytest.mark.parametrize("value", ["8-18", "08:00", "18:00-08:00", "25:00-26:00", "open"])
def test_bad_ranges(value):
    with pytest.raises(ValueError):
        parse_range(value)


def test_hours_in_the_settings(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[hours]\nenabled = true\nmonday = "08:00-18:00"\ntuesday = "9 till 5"\n', "utf-8"
    )
    loaded = load_settings(path)
    assert [p.key for p in loaded.problems] == ["hours.tuesday"]
    hours = loaded.settings.hours.opening_hours()
    assert hours.is_open(at(0, 9))
    assert not hours.is_open(at(1, 10)), "the bad day falls back to its default: closed"
