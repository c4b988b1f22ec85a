"""The kiosk's modes in the UI: attract screen, reading, the idle question and privacy
reset, cleaning, opening hours and the staff screen.

Every change of mode goes through :meth:`SessionController.enter`, which checks it
against the state machine in :mod:`kiosk.core.session` and announces it, so what a tap
does depends on the mode in one place. Every duration is injected (:class:`Timings`) so
tests run in milliseconds.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from kiosk.core.hours import OpeningHours
from kiosk.core.navigation import Route
from kiosk.core.pin import PinGuard, PinResult
from kiosk.core.session import COUNTS_IDLE, Mode, ModeMachine
from kiosk.core.session_policy import AdminStage, PadPrompt, SessionPolicy, pad_prompt
from kiosk.core.settings import Settings
from kiosk.io.pin_lockout import LockoutFile
from kiosk.ui.admin_gesture import HoldThenTapGesture
from kiosk.ui.idle import ActivityMonitor, IdleTimer
from kiosk.ui.lockdown import InputGate
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.navigation_controller import NavigationController, has_pathway
from kiosk.ui.timers import repeating_timer, single_shot_timer
from kiosk.ui.views.admin_panel import AdminStatus
from kiosk.ui.views.scroll_page import ScrollPage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Timings:
    idle_ms: int = 120_000
    warning_seconds: int = 30
    cleaning_seconds: int = 30
    tick_ms: int = 1000  # one "second" of a countdown
    hold_ms: int = 5000
    tap_window_ms: int = 4000
    pad_timeout_ms: int = 30_000
    admin_timeout_ms: int = 120_000  # the staff screen, once the PIN is accepted
    hours_check_ms: int = 60_000

    @classmethod
    def from_settings(cls, settings: Settings) -> Timings:
        return cls(
            idle_ms=settings.session.idle_timeout_seconds * 1000,
            warning_seconds=settings.session.idle_warning_seconds,
            cleaning_seconds=settings.cleaning.seconds,
            hold_ms=round(settings.admin.hold_seconds * 1000),
            pad_timeout_ms=settings.admin.pad_timeout_seconds * 1000,
            admin_timeout_ms=settings.admin.screen_timeout_seconds * 1000,
        )


class Countdown(QObject):
    """Counts whole seconds down to zero, one tick at a time."""

    tick = Signal(int)
    finished = Signal()

    def __init__(self, tick_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.remaining = 0
        self._timer = repeating_timer(self, tick_ms, self._on_tick)

    def start(self, seconds: int) -> None:
        self.remaining = seconds
        self.tick.emit(seconds)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def is_running(self) -> bool:
        return self._timer.isActive()

    def _on_tick(self) -> None:
        self.remaining -= 1
        self.tick.emit(self.remaining)
        if self.remaining <= 0:
            self._timer.stop()
            self.finished.emit()


class SessionController(QObject):
    modeChanged = Signal(object, object)  # (left, entered)
    sessionReset = Signal()  # privacy reset: everything a reader changed goes back
    reloadRequested = Signal()
    restartRequested = Signal()
    exitRequested = Signal()

    def __init__(
        self,
        window: KioskWindow,
        navigation: NavigationController,
        settings: Settings,
        *,
        timings: Timings | None = None,
        status: Callable[[], AdminStatus] | None = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        pin_clock: Callable[[], float] | None = None,
        pin_record: LockoutFile | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.navigation = navigation
        self.settings = settings
        self.timings = timings or Timings.from_settings(settings)
        self._status = status
        self._now = now
        self._hours: OpeningHours = settings.hours.opening_hours()
        self.machine = ModeMachine(Mode.BROWSING)
        self.policy = SessionPolicy(
            settings.session.attract_screen, dt.timedelta(milliseconds=self.timings.idle_ms)
        )

        guard_args = {} if pin_clock is None else {"clock": pin_clock}
        self.pin_guard = PinGuard(
            settings.admin.pin_hash,
            attempts=settings.admin.lockout_attempts,
            lockout_seconds=settings.admin.lockout_minutes * 60,
            record=pin_record,
            **guard_args,
        )

        t = self.timings
        self.idle_timer = IdleTimer(t.idle_ms, self)
        self.idle_timer.idle.connect(self._on_idle)
        self.activity = ActivityMonitor(self)
        self.activity.activity.connect(self.idle_timer.poke)
        for page in (window.home_view, window.group_view, *window.topic_view.pages()):
            self.activity.watch_scroller(page.scroller)
        window.topic_view.pageAdded.connect(self._watch_page)
        self.input_gate = InputGate(self)

        self.warning_countdown = Countdown(t.tick_ms, self)
        self.warning_countdown.tick.connect(window.idle_warning.set_seconds)
        self.warning_countdown.finished.connect(self._on_warning_finished)
        self.cleaning_countdown = Countdown(t.tick_ms, self)
        self.cleaning_countdown.tick.connect(window.cleaning_view.set_seconds)
        self.cleaning_countdown.finished.connect(self._end_cleaning)

        self.pad_timer = single_shot_timer(self, t.pad_timeout_ms, self.close_admin)
        # Staff who walk away must not leave "Exit to desktop" one tap away: the staff
        # screen closes after its own idle time (ADMIN does not count a reader's idle).
        self.admin_timer = single_shot_timer(self, t.admin_timeout_ms, self._on_admin_idle)
        self.activity.activity.connect(self._poke_admin)
        self.hours_timer = repeating_timer(self, t.hours_check_ms, self.check_hours)

        self.admin_gesture = HoldThenTapGesture(
            window.top_bar.title, hold_ms=t.hold_ms, tap_window_ms=t.tap_window_ms, parent=self
        )
        self.admin_gesture.triggered.connect(self.open_pin_pad)
        self._connect_views(window, settings)

    def _connect_views(self, window: KioskWindow, settings: Settings) -> None:
        window.attract_view.started.connect(self.start_browsing)
        window.attract_view.pathwayChosen.connect(self.start_in_pathway)
        window.idle_warning.stayed.connect(self.stay)
        window.closed_view.woken.connect(self._wake)
        window.tools_bar.cleaningRequested.connect(self.start_cleaning)
        window.tools_bar.offer_cleaning(settings.cleaning.show_button)
        pad = window.pin_pad
        pad.submitted.connect(self._on_pin)
        pad.cancelled.connect(self.close_admin)
        pad.keyPressed.connect(self.pad_timer.start)
        panel = window.admin_panel
        panel.closeRequested.connect(self.close_admin)
        panel.cleaningRequested.connect(self.start_cleaning)
        panel.reloadRequested.connect(self.reloadRequested)
        panel.restartRequested.connect(self.restartRequested)
        panel.exitRequested.connect(self.exitRequested)

    def _watch_page(self, page: ScrollPage) -> None:
        self.activity.watch_scroller(page.scroller)

    # -- life cycle --------------------------------------------------------------------
    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.activity)
            app.installEventFilter(self.input_gate)
        self.idle_timer.start()
        self.hours_timer.start()
        self._rest()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.activity)
            app.removeEventFilter(self.input_gate)
        for timer in (self.idle_timer, self.warning_countdown, self.cleaning_countdown):
            timer.stop()
        self.pad_timer.stop()
        self.admin_timer.stop()
        self.hours_timer.stop()
        self.admin_gesture.reset()
        self.input_gate.closed = False

    @property
    def mode(self) -> Mode:
        return self.machine.mode

    def _rest(self) -> None:
        """The attract screen (or Home), or the closed screen outside opening hours."""
        mode = self.policy.resting_mode if self._hours.is_open(self._now()) else Mode.CLOSED
        if mode is not Mode.ATTRACT:
            # The attract screen may be up without the session having opened it: painted
            # before the settings were loaded (kiosk.app.startup), which say otherwise.
            self.window.attract_view.hide()
        self.enter(mode)

    # -- the one place modes change ----------------------------------------------------
    def enter(self, mode: Mode) -> bool:
        if mode == self.mode:
            self._show(mode)
            return True
        if not self.machine.can_enter(mode):
            log.warning("ignored: cannot go from %s to %s", self.mode, mode)
            return False
        left = self.machine.enter(mode)
        self.policy.mode_changed(left, mode)
        self._hide(left)
        self._show(mode)
        # DEBUG only: at INFO, kiosk.log held each reader's start and end to the millisecond.
        log.debug("mode: %s -> %s", left, mode)
        self.modeChanged.emit(left, mode)
        return True

    def _hide(self, mode: Mode) -> None:
        w = self.window
        match mode:
            case Mode.ATTRACT:
                w.attract_view.hide()
            case Mode.IDLE_WARNING:
                self.warning_countdown.stop()
                w.idle_warning.hide()
            case Mode.CLEANING:
                self.cleaning_countdown.stop()
                self.input_gate.closed = False
                w.cleaning_view.hide()
            case Mode.ADMIN:
                self.pad_timer.stop()
                self.admin_timer.stop()
                w.pin_pad.hide()
                w.admin_panel.hide()
            case Mode.CLOSED:
                w.closed_view.hide()

    def _show(self, mode: Mode) -> None:
        w = self.window
        if mode in COUNTS_IDLE:
            self.idle_timer.start()
        else:
            self.idle_timer.stop()
        match mode:
            case Mode.ATTRACT:
                w.attract_view.open()
            case Mode.IDLE_WARNING:
                w.idle_warning.open()
                self.warning_countdown.start(self.timings.warning_seconds)
            case Mode.CLEANING:
                w.cleaning_view.open()
                self.input_gate.closed = True
                self.cleaning_countdown.start(self.timings.cleaning_seconds)
            case Mode.CLOSED:
                w.closed_view.open()

    # -- reading and the privacy reset ---------------------------------------------------
    def start_browsing(self) -> None:
        self.navigation.go_home()
        self.enter(Mode.BROWSING)

    def start_in_pathway(self, group_id: str) -> None:
        """A pathway button on the attract screen: its page, with Home one Back away
        (Home alone if new content has no such pathway: the button goes at the next
        attract screen)."""
        self.start_browsing()
        if has_pathway(self.navigation.content(), group_id):
            self.navigation.open_route(Route.group(group_id))

    def stay(self) -> None:
        """The reader answered "still here": keep their page."""
        self.enter(Mode.BROWSING)

    def _on_idle(self) -> None:
        if self.mode is Mode.BROWSING:
            self.enter(Mode.IDLE_WARNING)

    def _on_warning_finished(self) -> None:
        self.reset_session()

    def reset_session(self) -> None:
        """The next reader sees nothing of what the last one read or changed."""
        log.debug("starting over for the next reader")
        self.navigation.reset_navigation()
        self.sessionReset.emit()
        self._rest()

    # -- cleaning ----------------------------------------------------------------------
    def start_cleaning(self) -> None:
        if self.mode is Mode.CLEANING:
            return
        if self.enter(Mode.CLEANING):  # the policy remembers where it started
            log.info("cleaning: touch locked for %d s", self.timings.cleaning_seconds)

    def _end_cleaning(self) -> None:
        back, stage = self.policy.after_cleaning(), self.policy.stage_after_cleaning()
        self.enter(back)
        if stage is AdminStage.PANEL:
            self.policy.panel_opened()
            self.window.admin_panel.open()
            self.admin_timer.start()
        elif stage is AdminStage.PIN_PAD:
            self._open_pad()

    # -- opening hours -----------------------------------------------------------------
    def check_hours(self) -> None:
        now = self._now()
        mode = self.policy.after_hours_check(
            is_open=self._hours.is_open(now), mode=self.mode, now=now
        )
        if mode is not None:
            self.enter(mode)

    def _wake(self) -> None:
        self.enter(self.policy.woke(self._now()))

    # -- staff screen ------------------------------------------------------------------
    def open_pin_pad(self) -> None:
        if self.enter(Mode.ADMIN):
            self._open_pad()

    def _open_pad(self) -> None:
        self.policy.pad_opened()
        self.window.pin_pad.open()
        self._pad_message()
        self.pad_timer.start()

    def _pad_message(self, wrong: bool = False) -> None:
        pad, guard = self.window.pin_pad, self.pin_guard
        match pad_prompt(has_pin=guard.has_pin, locked=guard.is_locked, wrong=wrong):
            case PadPrompt.NO_PIN:
                pad.show_message(
                    self.tr(
                        "No staff PIN is set, so this screen cannot be opened. Ask IT to run "
                        "'kiosk hash-pin' and put the result in the settings file as "
                        "admin.pin_hash."
                    ),
                    keys_enabled=False,
                )
            case PadPrompt.LOCKED:
                minutes = max(1, round(guard.seconds_locked() / 60))
                pad.show_message(
                    self.tr("Too many wrong PINs. Try again in %n minute(s).", "", minutes),
                    keys_enabled=False,
                )
            case PadPrompt.WRONG:
                pad.show_message(
                    self.tr("Wrong PIN. %n tries left.", "", guard.tries_left),
                    keys_enabled=True,
                )
            case PadPrompt.ENTER:
                pad.show_message(self.tr("Enter the staff PIN."), keys_enabled=True)

    def _on_pin(self, pin: str) -> None:
        self.pad_timer.start()
        result = self.pin_guard.attempt(pin)
        if result is PinResult.OPENED:
            log.info("staff screen opened")
            self.pad_timer.stop()
            self.window.pin_pad.hide()
            self.show_admin_panel()
        elif result is PinResult.LOCKED:  # not checked, so neither right nor wrong
            log.warning("staff PIN entered while the pad is locked: not checked")
            self._pad_message()
        else:
            log.warning("wrong staff PIN")
            self._pad_message(wrong=True)

    def show_admin_panel(self) -> None:
        self.policy.panel_opened()
        if self._status is not None:
            self.window.admin_panel.show_status(self._status())
        self.window.admin_panel.open()
        self.admin_timer.start()

    def _poke_admin(self) -> None:
        """Any input on the staff screen keeps it open for another timeout."""
        if self.mode is Mode.ADMIN and self.policy.staff_active:
            self.admin_timer.start()

    def _on_admin_idle(self) -> None:
        if self.mode is Mode.ADMIN:
            log.info(
                "staff screen closed after %d s without a touch",
                self.timings.admin_timeout_ms // 1000,
            )
        self.close_admin()

    def close_admin(self) -> None:
        if self.mode is Mode.ADMIN:
            self.reset_session()
