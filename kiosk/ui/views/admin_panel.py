"""The staff screen: what the kiosk is showing and why, and the few things staff need
to do (reload content, clean the screen, restart, exit to the desktop, and with content
packs on: roll back to the previous pack or use the bundled content)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.io.privacy import count_text
from kiosk.io.usage_figures import Summary
from kiosk.ui.theme import Theme
from kiosk.ui.views.overlay import Overlay
from kiosk.ui.widgets.buttons import TouchButton
from kiosk.ui.widgets.charts import BarChart, HelpfulChart
from kiosk.ui.widgets.flow_layout import FlowLayout
from kiosk.ui.widgets.kinetic import make_kinetic


@dataclass
class AdminStatus:
    version: str
    kiosk_name: str
    topics_loaded: int
    languages: list[str]
    skipped: list[str] = field(default_factory=list)  # "path: reason"
    content_problems: list[str] = field(default_factory=list)
    review_overdue: list[str] = field(default_factory=list)
    approved: str = ""  # "3 of 32 topics approved"
    policy: str = ""  # the [content] settings in force
    hidden: list[str] = field(default_factory=list)  # "lang/topic: why"
    settings_file: str = ""
    settings_problems: list[str] = field(default_factory=list)
    log_file: str = ""
    log_problem: str | None = None
    log_tail: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. why read-aloud is unavailable
    usage: list[Summary] = field(default_factory=list)  # the last 7 and 30 days
    usage_note: str = ""
    pack_actions: bool = False  # content packs are on: offer rolling back
    can_roll_back: bool = False  # there is a previous pack
    can_use_bundled: bool = False  # a pack is current


class AdminPanel(Overlay):
    closeRequested = Signal()
    cleaningRequested = Signal()
    reloadRequested = Signal()
    restartRequested = Signal()
    exitRequested = Signal()
    rollBackRequested = Signal()
    bundledRequested = Signal()

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent, "adminPanel")
        self.theme = theme
        m = theme.metrics
        frame = QFrame()
        frame.setObjectName("overlayCard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(m.padding, m.padding, m.padding, m.padding)
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(20)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        layout.addWidget(self.title)

        # Rows that wrap, like words: five buttons of staff wording (longer in Welsh)
        # do not fit across a portrait screen at the largest text, and squeezed into
        # one row they clipped ("Reload cor").
        self.buttons = QWidget()
        self.buttons.setObjectName("adminButtons")
        buttons = FlowLayout(self.buttons, spacing=m.touch_gap)
        self.reload_button = TouchButton("", object_name="adminReload", theme=theme)
        self.clean_button = TouchButton("", object_name="adminClean", theme=theme)
        self.restart_button = TouchButton("", object_name="adminRestart", theme=theme)
        self.exit_button = TouchButton("", object_name="adminExit", theme=theme)
        self.close_button = TouchButton("", object_name="adminClose", theme=theme, role="primary")
        for button in (
            self.close_button,  # first, where staff find it whatever wraps after it
            self.reload_button,
            self.clean_button,
            self.restart_button,
            self.exit_button,
        ):
            buttons.addWidget(button)
        layout.addWidget(self.buttons)
        layout.addWidget(self._pack_buttons(theme))
        for button, intent in (
            (self.close_button, self.closeRequested),
            (self.clean_button, self.cleaningRequested),
            (self.reload_button, self.reloadRequested),
            (self.restart_button, self.restartRequested),
            (self.exit_button, self.exitRequested),
            (self.rollback_button, self.rollBackRequested),
            (self.bundled_button, self.bundledRequested),
        ):
            button.clicked.connect(intent)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("adminScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller = make_kinetic(self.scroll)
        self.report = QLabel()
        self.report.setObjectName("adminReport")
        self.report.setTextFormat(Qt.TextFormat.RichText)
        self.report.setWordWrap(True)
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop)
        container = QWidget()
        container.setObjectName("usageCharts")
        self._container = QVBoxLayout(container)
        self._container.setContentsMargins(0, 0, 24, 0)
        self._container.addWidget(self.report)
        self.charts_host = QWidget()
        self.charts_host.setObjectName("usageCharts")
        self._container.addWidget(self.charts_host)
        self._container.addStretch(1)
        self.scroll.setWidget(container)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    def _pack_buttons(self, theme: Theme) -> QWidget:
        """A row of their own, for content packs: shown only when they are on (see
        show_status)."""
        self.pack_buttons = QWidget()
        self.pack_buttons.setObjectName("adminPackButtons")
        row = FlowLayout(self.pack_buttons, spacing=theme.metrics.touch_gap)
        self.rollback_button = TouchButton("", object_name="adminRollBack", theme=theme)
        self.bundled_button = TouchButton("", object_name="adminUseBundled", theme=theme)
        for button in (self.rollback_button, self.bundled_button):
            row.addWidget(button)
        self.pack_buttons.hide()
        return self.pack_buttons

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff screen"))
        self.reload_button.set_label(self.tr("Reload content"))
        self.clean_button.set_label(self.tr("Clean screen"))
        self.restart_button.set_label(self.tr("Restart kiosk"))
        self.exit_button.set_label(self.tr("Exit to desktop"))
        self.close_button.set_label(self.tr("Close"))
        self.rollback_button.set_label(self.tr("Roll back content"))
        self.bundled_button.set_label(self.tr("Use bundled content"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_status(self, status: AdminStatus) -> None:
        from html import escape  # noqa: PLC0415

        def items(values: list[str], empty: str) -> str:
            if not values:
                return f"<p>{escape(empty)}</p>"
            return "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in values) + "</ul>"

        small = self.theme.small_px
        log_lines = "<br>".join(escape(line) for line in status.log_tail) or "(empty)"
        html = f"""
<h3>Kiosk</h3>
<p>Name: <b>{escape(status.kiosk_name)}</b> &nbsp; Version: <b>{escape(status.version)}</b></p>
{items(status.notes, "")}
<h3>Content</h3>
<p><b>{status.topics_loaded}</b> topics loaded; languages: {escape(", ".join(status.languages))}</p>
<p>Approval: {escape(status.approved)}. Policy: {escape(status.policy)}</p>
<p>Hidden from readers:</p>{items(status.hidden, "none")}
<p>Files skipped:</p>{items(status.skipped, "none")}
<p>Other content problems:</p>{items(status.content_problems, "none")}
<p>Topics past their review date:</p>{items(status.review_overdue, "none")}
<h3>Settings</h3>
<p>File: {escape(status.settings_file or "none found: using defaults")}</p>
{items(status.settings_problems, "No problems.")}
<h3>Log</h3>
<p>File: {escape(status.log_file or "none")}</p>
{items([status.log_problem] if status.log_problem else [], "")}
<p style="font-size:{small}px; font-family: monospace;">{log_lines}</p>
"""
        self.report.setText(html)
        self.pack_buttons.setVisible(status.pack_actions)
        self.rollback_button.setEnabled(status.can_roll_back)
        self.bundled_button.setEnabled(status.can_use_bundled)
        self._show_usage(status)

    def _show_usage(self, status: AdminStatus) -> None:
        host = QWidget()
        host.setObjectName("usageCharts")
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Usage"))
        heading.setObjectName("sectionHeading")
        layout.addWidget(heading)
        if status.usage_note:
            note = QLabel(status.usage_note)
            note.setObjectName("topicText")
            note.setWordWrap(True)
            layout.addWidget(note)
        for summary in status.usage:
            ratio = summary.helpful_ratio
            helpful = "no helpful answers to show" if ratio is None else f"{ratio:.0%} said helpful"
            line = QLabel(
                f"Last {summary.days} days: {count_text(summary.sessions)} readers, {helpful}, "
                f"read aloud {count_text(summary.read_aloud)} times"
            )
            line.setObjectName("contactName")
            line.setWordWrap(True)
            layout.addWidget(line)
            charts = [
                ("Topics read", [(t, n, str(n)) for t, n, _ in summary.top_topics]),
                (
                    "Minutes spent reading",
                    [(t, s / 60, _duration(s)) for t, _, s in summary.top_topics],
                ),
                ("Readers by hour", [(f"{h:02d}:00", n, str(n)) for h, n in summary.hours]),
                ("Topics read by language", [(lang, n, str(n)) for lang, n in summary.languages]),
            ]
            for title, rows in charts:
                layout.addWidget(BarChart(f"{title} ({summary.days} days)", rows, self.theme))
            layout.addWidget(
                HelpfulChart(
                    f"Said helpful, by topic ({summary.days} days)",
                    [
                        (topic, share, f"{share:.0%} yes ({yes} of {answers})")
                        for topic, share, yes, answers in summary.helpful_by_topic
                    ],
                    self.theme,
                )
            )
        self._container.replaceWidget(self.charts_host, host)
        self.charts_host.setParent(None)
        self.charts_host.deleteLater()
        self.charts_host = host


def _duration(seconds: float) -> str:
    """Whole minutes once there are some; seconds before that ("0 min" says nothing)."""
    return f"{seconds / 60:.0f} min" if seconds >= 60 else f"{seconds:.0f} s"
