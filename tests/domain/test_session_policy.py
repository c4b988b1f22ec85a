"""The session's rules, without Qt: resting, opening hours, cleaning and the PIN pad."""

import datetime as dt

import pytest

from kiosk.core.session import Mode
from kiosk.core.session_policy import AdminStage, PadPrompt, SessionPolicy, pad_prompt

NOON = dt.datetime(2026, 12, 2, 12, 0)
GRACE = dt.timedelta(minutes=2)


def policy(*, attract: bool = True) -> SessionPolicy:
    return SessionPolicy(use_attract=attract, wake_grace=GRACE)


@pytest.mark.parametrize(("attract", "rest"), [(True, Mode.ATTRACT), (False, Mode.BROWSING)])
def test_the_kiosk_rests_on_the_attract_screen_or_home(attract, rest):
    assert policy(attract=attract).resting_mode is rest


@pytest.mark.parametrize("attract", [True, False])
def test_opening_hours_open_a_closed_screen_to_the_resting_mode(attract):
    rules = policy(attract=attract)
    assert rules.after_hours_check(is_open=True, mode=Mode.CLOSED, now=NOON) is (rules.resting_mode)


@pytest.mark.parametrize("mode", [Mode.BROWSING, Mode.IDLE_WARNING, Mode.ADMIN, Mode.CLEANING])
def test_closing_time_lets_a_reader_or_staff_finish(mode):
    assert policy().after_hours_check(is_open=False, mode=mode, now=NOON) is None


def test_closing_time_darkens_the_attract_screen():
    assert policy().after_hours_check(is_open=False, mode=Mode.ATTRACT, now=NOON) is Mode.CLOSED


def test_a_woken_screen_stays_lit_for_the_grace_then_darkens():
    rules = policy()
    assert rules.woke(NOON) is Mode.ATTRACT
    within = NOON + GRACE - dt.timedelta(seconds=1)
    assert rules.after_hours_check(is_open=False, mode=Mode.ATTRACT, now=within) is None
    after = NOON + GRACE
    assert rules.after_hours_check(is_open=False, mode=Mode.ATTRACT, now=after) is Mode.CLOSED


def test_waking_without_an_attract_screen_opens_home():
    assert policy(attract=False).woke(NOON) is Mode.BROWSING


@pytest.mark.parametrize(
    ("started_from", "returns_to"),
    [
        (Mode.BROWSING, Mode.BROWSING),
        (Mode.IDLE_WARNING, Mode.BROWSING),  # the question is not asked again
        (Mode.ATTRACT, Mode.ATTRACT),
        (Mode.ADMIN, Mode.ADMIN),
        (Mode.CLOSED, Mode.ATTRACT),  # the resting mode; hours are checked from there
    ],
)
def test_cleaning_returns_where_it_started(started_from, returns_to):
    rules = policy()
    rules.cleaning_started(started_from)
    assert rules.after_cleaning() is returns_to


def test_cleaning_from_closed_without_an_attract_screen_returns_home():
    rules = policy(attract=False)
    rules.cleaning_started(Mode.CLOSED)
    assert rules.after_cleaning() is Mode.BROWSING


@pytest.mark.parametrize(
    ("has_pin", "locked", "wrong", "prompt"),
    [
        (False, False, False, PadPrompt.NO_PIN),
        (False, True, True, PadPrompt.NO_PIN),  # no PIN trumps everything
        (True, True, True, PadPrompt.LOCKED),
        (True, True, False, PadPrompt.LOCKED),
        (True, False, True, PadPrompt.WRONG),
        (True, False, False, PadPrompt.ENTER),
    ],
)
def test_what_the_pin_pad_says(has_pin, locked, wrong, prompt):
    assert pad_prompt(has_pin=has_pin, locked=locked, wrong=wrong) is prompt


# -- the staff mode: the PIN pad, then the staff screen -------------------------------------
def staff_on(stage: AdminStage) -> SessionPolicy:
    rules = policy()
    rules.mode_changed(Mode.BROWSING, Mode.ADMIN)
    rules.pad_opened()
    if stage is AdminStage.PANEL:
        rules.panel_opened()
    return rules


def test_staff_meet_the_pin_pad_first_and_the_staff_screen_after_it():
    rules = policy()
    assert rules.admin_stage is AdminStage.NONE
    rules.mode_changed(Mode.BROWSING, Mode.ADMIN)
    rules.pad_opened()
    assert rules.admin_stage is AdminStage.PIN_PAD
    assert not rules.staff_active  # the pad has its own time: touches do not extend it
    rules.panel_opened()
    assert rules.admin_stage is AdminStage.PANEL
    assert rules.staff_active


@pytest.mark.parametrize("stage", [AdminStage.PIN_PAD, AdminStage.PANEL])
@pytest.mark.parametrize("to", [Mode.ATTRACT, Mode.BROWSING, Mode.CLOSED])
def test_leaving_the_staff_mode_forgets_where_staff_were(stage, to):
    rules = staff_on(stage)
    rules.mode_changed(Mode.ADMIN, to)
    assert rules.admin_stage is AdminStage.NONE
    assert not rules.staff_active


def test_cleaning_from_the_staff_screen_returns_to_it():
    rules = staff_on(AdminStage.PANEL)
    rules.mode_changed(Mode.ADMIN, Mode.CLEANING)
    assert not rules.staff_active  # cleaning is not the staff screen
    assert rules.after_cleaning() is Mode.ADMIN
    assert rules.stage_after_cleaning() is AdminStage.PANEL


def test_cleaning_from_the_pin_pad_returns_to_the_pin_pad_never_past_it():
    rules = staff_on(AdminStage.PIN_PAD)
    rules.mode_changed(Mode.ADMIN, Mode.CLEANING)
    assert rules.after_cleaning() is Mode.ADMIN
    assert rules.stage_after_cleaning() is AdminStage.PIN_PAD


@pytest.mark.parametrize("started_from", [Mode.ATTRACT, Mode.BROWSING, Mode.IDLE_WARNING])
def test_cleaning_for_a_reader_returns_outside_the_staff_mode(started_from):
    rules = staff_on(AdminStage.PANEL)
    rules.mode_changed(Mode.ADMIN, Mode.BROWSING)  # the staff screen was closed before
    rules.mode_changed(Mode.BROWSING, started_from)
    rules.mode_changed(started_from, Mode.CLEANING)
    assert rules.after_cleaning() is not Mode.ADMIN
    assert rules.stage_after_cleaning() is AdminStage.NONE
