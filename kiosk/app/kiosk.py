"""Assemble the kiosk: the window, its controllers and the app-wide filters, from the
services loaded by :mod:`kiosk.app.services`; the staff actions on content."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.app.services import Services, content_location, load_or_bundled, load_services
from kiosk.app.startup import FirstScreen, apply_theme, create_application
from kiosk.core.content.governance import review_due
from kiosk.core.content.library import Topic
from kiosk.core.content_switch import ContentSwitch
from kiosk.core.exit_codes import EXIT_DESKTOP, EXIT_RESTART
from kiosk.core.session import Mode
from kiosk.core.settings import Settings
from kiosk.io import resources
from kiosk.io.pin_lockout import LOCKOUT_FILE_NAME, LockoutFile
from kiosk.io.privacy import SMALL_COUNTS_NOTE, private_summary
from kiosk.io.settings_file import usage_database_path
from kiosk.io.usage import STAFF_FLUSH_SECONDS, UsageRecorder, UsageStore
from kiosk.io.usage_figures import STAFF_READ_TIMEOUT_SECONDS, FiguresUnavailable, UsageReader
from kiosk.ui.focus import FocusVisibleFilter
from kiosk.ui.governance_status import governance_status
from kiosk.ui.i18n import Translations, offered_languages
from kiosk.ui.lockdown import LockdownFilter
from kiosk.ui.main_window import QUIT_SHORTCUT, KioskWindow, WindowMode
from kiosk.ui.navigation_controller import NavigationController
from kiosk.ui.page_preparer import PagePreparer
from kiosk.ui.preferences_controller import PreferencesController
from kiosk.ui.session_controller import SessionController, Timings
from kiosk.ui.speech import SpeechService
from kiosk.ui.speech_mode.assembly import SpeechMode, build_voice
from kiosk.ui.speech_mode.controller import SpeechModeWiring
from kiosk.ui.speech_mode.host import SpeechHost
from kiosk.ui.theme import DEFAULT_THEME, Theme
from kiosk.ui.theme_manager import ThemeManager
from kiosk.ui.usage_controller import UsageController
from kiosk.ui.views.admin_panel import AdminStatus

if TYPE_CHECKING:
    from kiosk.io.packs import InstalledPack
    from kiosk.ui.pack_watcher import PackWatcher

# Loading is in kiosk.app.services; its names are here too for the callers of the kiosk.
__all__ = [
    "Kiosk",
    "Services",
    "apply_theme",
    "content_location",
    "create_application",
    "load_services",
]

log = logging.getLogger(__name__)


def _one_voice(
    settings: Settings, window: KioskWindow, speech_mode_options: dict[str, Any] | None
) -> tuple[SpeechHost, SpeechService, dict[str, Any]]:
    """One voice for Listen and speech mode; the rest of speech mode's options. Tests
    inject the voice (``engine``) and the host's timings (``host``)."""
    options = dict(speech_mode_options or {})
    engine = options.pop("engine", None)
    voice = build_voice(settings, window, engine=engine, **options.pop("host", {}))
    return voice, SpeechService(voice, settings=settings.speech, parent=window), options


class Kiosk:
    """The assembled program: one window, its controllers and the app-wide filters."""

    def __init__(
        self,
        services: Services,
        *,
        mode: WindowMode = WindowMode.KIOSK,
        theme: Theme = DEFAULT_THEME,
        timings: Timings | None = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        pin_clock: Callable[[], float] | None = None,
        exit_app: Callable[[int], None] | None = None,
        first_screen: FirstScreen | None = None,
        speech_mode_options: dict[str, Any] | None = None,
    ) -> None:
        """``first_screen``: the window and languages already showing the attract screen
        (:mod:`kiosk.app.startup`); without it the kiosk makes its own."""
        self.services = services
        self._exit_app = exit_app or _exit_event_loop
        self.theme = theme
        settings = services.settings.settings
        self.window = first_screen.window if first_screen else KioskWindow(theme, mode)
        self._first_touch = first_screen.hand_over() if first_screen else None
        self.window.build_screens(services.illustrations)
        self.controller = NavigationController(self.window, services.library, settings)
        self.session = SessionController(
            self.window,
            self.controller,
            settings,
            timings=timings,
            status=self.admin_status,
            now=now,
            pin_clock=pin_clock,
            # Beside the usage figures: the kiosk's own data folder, kept across restarts.
            pin_record=LockoutFile(usage_database_path(settings.usage).parent / LOCKOUT_FILE_NAME),
        )
        self.themes = ThemeManager(self.window, theme, self.window)
        if first_screen is not None and first_screen.translations.offered == offered_languages(
            settings.language.offered
        ):
            self.translations = first_screen.translations
        else:  # the validated settings offer other languages than the file seemed to
            if first_screen is not None:
                first_screen.translations.release()
            self.translations = Translations(settings.language.offered, parent=self.window)
        self.voice, self.speech, mode_options = _one_voice(
            settings, self.window, speech_mode_options
        )
        self.preferences = PreferencesController(
            self.window,
            navigation=self.controller,
            session=self.session,
            themes=self.themes,
            translations=self.translations,
            speech=self.speech,
            settings=settings,
        )
        # Gesture timings and invitation interval: injected by tests.
        self.speech_mode = SpeechMode(
            SpeechModeWiring(
                self.window,
                self.controller,
                self.session,
                self.preferences,
                self.translations,
                settings,
                self.voice,
            ),
            **mode_options,
        )
        self.usage_recorder: UsageRecorder | None = None
        self.usage: UsageController | None = None
        if settings.usage.enabled:
            store = UsageStore(usage_database_path(settings.usage), settings.kiosk.name)
            self.usage_recorder = UsageRecorder(store, settings.usage.retention_days)
            self.usage = UsageController(
                self.usage_recorder,
                navigation=self.controller,
                session=self.session,
                preferences=self.preferences,
                themes=self.themes,
                parent=self.window,
            )
        self.packs: PackWatcher | None = None
        # What to show after the current reader: a pack, or None for the bundled content.
        self._switch: ContentSwitch[InstalledPack] = ContentSwitch()
        self._pack_action_note = ""  # why the last staff action failed, for the staff screen
        if settings.content_packs.enabled:
            from kiosk.ui.pack_watcher import PackWatcher  # noqa: PLC0415 (only if used)

            self.packs = PackWatcher(
                settings.content_packs, resources.illustrations_dir(), parent=self.window
            )
            self.packs.installed.connect(self._on_pack)
            self.packs.switched.connect(self._on_pack)  # `kiosk pack rollback` meanwhile
            self.session.sessionReset.connect(self._apply_pending_pack)
        panel = self.window.admin_panel
        panel.rollBackRequested.connect(self.roll_back_content)
        panel.bundledRequested.connect(self.use_bundled_content)
        self.preparer = PagePreparer(self.controller, parent=self.window)
        for changed in (
            self.session.sessionReset,
            self.themes.changed,
            self.controller.contentChanged,
        ):
            changed.connect(self.preparer.schedule)
        self.session.reloadRequested.connect(self.reload_content)
        self.session.restartRequested.connect(self.restart)
        self.session.exitRequested.connect(self.exit_to_desktop)
        self.lockdown = LockdownFilter(self.window)
        self.focus_visible = FocusVisibleFilter(self.window)
        self._quit_shortcut: QShortcut | None = None
        if mode is not WindowMode.KIOSK:
            self._quit_shortcut = QShortcut(QKeySequence(QUIT_SHORTCUT), self.window)
            self._quit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            self._quit_shortcut.activated.connect(self.quit)

    def start(self, *, present: bool = True) -> None:
        """Install the app-wide filters, start the session and show the window.

        Tests pass ``present=False`` and size the window themselves.
        """
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.lockdown)
            app.installEventFilter(self.focus_visible)
            hide_cursor = not self.services.settings.settings.kiosk.cursor_visible
            while app.overrideCursor() is not None:  # the first screen's guess
                app.restoreOverrideCursor()
            if present and hide_cursor and self.window.mode is not WindowMode.WINDOWED:
                app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        if present:
            self.window.present()
        self.session.start()
        self.speech_mode.start()
        if self.usage_recorder is not None:
            self.usage_recorder.start()
        if self.packs is not None:
            self.packs.start()
        # The voice lists its languages on its own thread, never this one.
        self.speech.start()
        self.preparer.schedule()
        if self._first_touch is not None and self.session.mode is Mode.ATTRACT:
            # Touched in the moment before the kiosk took over (FirstScreen).
            code, self._first_touch = self._first_touch, None
            if code in self.translations.offered:  # not one the file only seemed to offer
                self.preferences.start_in_language(code)
            else:
                self.session.start_browsing()

    def stop(self) -> None:
        self.preparer.stop()
        self.themes.stop()
        self.preferences.reader.stop()
        self.speech.stop()
        self.speech_mode.stop()
        self.voice.close()
        self.session.stop()
        if self.usage_recorder is not None:
            self.usage_recorder.stop()
        if self.packs is not None:
            self.packs.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.lockdown)
            app.removeEventFilter(self.focus_visible)
            while app.overrideCursor() is not None:
                app.restoreOverrideCursor()

    # -- staff actions -------------------------------------------------------------------
    def admin_status(self) -> AdminStatus:
        services, library = self.services, self.services.library
        skipped = {p.path for p in library.problems if p.path in library.skipped}
        today = dt.date.today()
        log_status = services.log_status
        return AdminStatus(
            version=__version__,
            kiosk_name=services.settings.settings.kiosk.name,
            topics_loaded=library.topic_count,
            languages=sorted(library.languages),
            skipped=[p.format() for p in library.problems if p.path in skipped],
            content_problems=[p.format() for p in library.problems if p.path not in skipped],
            **governance_status(library, services.settings.settings.content_policy(), today),
            settings_file=str(services.settings.path or ""),
            settings_problems=[p.format() for p in services.settings.problems],
            log_file=str(log_status.path) if log_status and log_status.path else "",
            log_problem=log_status.current_problem() if log_status else None,
            log_tail=log_status.tail.tail() if log_status else [],
            notes=[
                f"Showing: {self.services.content_source}",
                *self._pack_notes(),
                *self.preferences.unavailable_reasons(),
                *self._speech_mode_notes(),
                *(self.packs.problems if self.packs else []),
            ],
            **self._pack_actions(),
            **self._usage_figures(),
        )

    def topics_past_review(self, today: dt.date) -> list[Topic]:
        """For the health file: the staff screen's rule (governance.review_due)."""
        return [
            topic
            for content in self.services.library.languages.values()
            for topic in content.ordered_topics()
            if review_due(topic.meta, topic.approval) < today
        ]

    def _speech_mode_notes(self) -> list[str]:
        reason = self.speech_mode.unavailable_reason()
        return [f"Speech mode: unavailable: {reason}"] if reason else []

    def _usage_figures(self) -> dict[str, Any]:
        """The last 7 and 30 days, read on the UI thread: so read-only, and giving up at
        once (a few ms) on a busy database rather than freezing the staff screen."""
        settings = self.services.settings.settings
        if not settings.usage.enabled:
            return {"usage_note": "Usage figures are switched off ([usage] enabled = false)."}
        path = usage_database_path(settings.usage)
        if self.usage_recorder is not None:
            # Lets the writer save the last reader's events if it is free; a writer
            # waiting for a lock is not waited for.
            self.usage_recorder.flush(STAFF_FLUSH_SECONDS)
        note = f"Stored only on this kiosk, in {path}; no personal data."
        problem = self.usage_recorder.last_problem if self.usage_recorder else None
        if problem:
            note += f" Problem: {problem}"
        try:
            with UsageReader(path, timeout=STAFF_READ_TIMEOUT_SECONDS) as reader:
                summaries = [private_summary(reader.summary(days)) for days in (7, 30)]
                return {"usage": summaries, "usage_note": f"{note} {SMALL_COUNTS_NOTE}"}
        except FiguresUnavailable as exc:
            if exc.busy:
                why = "Figures unavailable: database busy. Open this screen again in a moment."
            elif exc.missing:
                why = "No usage figures yet."
            else:
                why = f"Usage figures cannot be read from {path}: {exc.problem}."
            return {"usage_note": f"{why} {note}"}

    def reload_content(self) -> None:
        services = self.services
        content_dir = services.content_dir or resources.content_dir()
        log.info("reloading content from %s", content_dir)
        self._load(
            content_dir,
            services.wanted_illustrations or services.illustrations,
            services.wanted_source or services.content_source,
        )
        self.session.show_admin_panel()

    def _load(self, content_dir: Path, illustrations: Path, source: str) -> None:
        library, shown_illustrations, shown_source = load_or_bundled(
            content_dir, illustrations, source
        )
        self.services = services = replace(
            self.services,
            content_dir=content_dir,
            wanted_illustrations=illustrations,
            wanted_source=source,
            library=library,
            illustrations=shown_illustrations,
            content_source=shown_source,
        )
        self.window.topic_view.set_illustrations(services.illustrations)
        self.controller.set_library(services.library)

    # -- content packs -------------------------------------------------------------------
    def _on_pack(self, pack: InstalledPack | None) -> None:
        """A pack to show (None: the bundled content), installed, rolled back to or chosen
        by staff: show it now if nobody is reading, else after them (staff included: it
        is shown when the staff screen closes, which resets the session)."""
        reader_present = self.session.mode not in (Mode.ATTRACT, Mode.CLOSED)
        if self._switch.request(pack, reader_present=reader_present):
            self._apply_pending_pack()

    def _apply_pending_pack(self) -> None:
        due, pack = self._switch.take()
        if not due:
            return
        if pack is None:
            self._load(
                resources.content_dir(),
                resources.illustrations_dir(),
                f"bundled content of version {__version__}",
            )
        else:
            self._load(
                pack.content_dir,
                pack.illustrations_dir or resources.illustrations_dir(),
                f"content pack '{pack.name}' of {pack.created}",
            )
        log.info("now showing %s", self.services.content_source)

    def roll_back_content(self) -> None:
        """Staff: the previous pack again, from the staff screen's "Roll back content"."""
        self._staff_pack_action("roll back", lambda packs: packs.roll_back())

    def use_bundled_content(self) -> None:
        """Staff: the content this version was built with, setting the current pack aside."""

        def action(packs: PackWatcher) -> None:
            packs.use_bundled()

        self._staff_pack_action("use the bundled content", action)

    def _staff_pack_action(
        self, what: str, action: Callable[[PackWatcher], InstalledPack | None]
    ) -> None:
        from kiosk.io.packs import PackError  # noqa: PLC0415 (cryptography: only if used)

        if self.packs is None:
            return
        try:
            pack = action(self.packs)
        except (PackError, OSError) as exc:
            self._pack_action_note = f"Could not {what}: {exc}"
            log.warning("staff screen: %s", self._pack_action_note)
        else:
            self._pack_action_note = ""  # the "Next reader sees" note says what happened
            log.info("staff screen: %s", what)
            self._on_pack(pack)
        if self.session.mode is Mode.ADMIN:
            self.session.show_admin_panel()  # the new state, at once

    def _pack_notes(self) -> list[str]:
        notes = [self._pack_action_note] if self._pack_action_note else []
        if self._switch.waiting:
            pack = self._switch.pack
            shown = f"content pack '{pack.name}' of {pack.created}" if pack else "bundled content"
            notes.append(f"Next reader sees: {shown} (after this screen closes)")
        if self.packs is not None:
            previous = self.packs.store.previous()
            if previous is not None:
                notes.append(f"Roll back to: content pack '{previous.name}' of {previous.created}")
        return notes

    def _pack_actions(self) -> dict[str, bool]:
        if self.packs is None:
            return {}
        return {
            "pack_actions": True,
            "can_roll_back": self.packs.store.previous() is not None,
            "can_use_bundled": self.packs.store.current() is not None,
        }

    def restart(self) -> None:
        self.leave(EXIT_RESTART, "restart requested from the staff screen")

    def exit_to_desktop(self) -> None:
        self.leave(EXIT_DESKTOP, "exit to desktop requested from the staff screen")

    def quit(self) -> None:
        self.leave(0, f"quit requested ({QUIT_SHORTCUT})")

    def leave(self, code: int, reason: str) -> None:
        """Stop everything and end the event loop with ``code`` (the supervisor reads it).

        Not QApplication.quit(): in Qt 6 that first asks every window to close, and a
        kiosk window refuses.
        """
        log.info("%s: exiting with code %d", reason, code)
        self.stop()
        self.window.allow_close()
        self.window.close()
        self._exit_app(code)


def _exit_event_loop(code: int) -> None:
    app = QApplication.instance()
    if app is not None:
        app.exit(code)
