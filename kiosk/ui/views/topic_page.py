"""One topic's page: title, its short answer, sections with pictures, words explained,
related questions and where the information comes from.

A page is built once for one topic, one reader's content and one set of options, and
owns every widget on it. :class:`kiosk.ui.views.topic_view.TopicView` keeps built pages
and shows one of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.content.document import (
    Callout,
    Image,
    Inline,
    LinkKind,
    ListBlock,
    Paragraph,
    Section,
    block_links,
    inline_text,
)
from kiosk.core.content.governance import last_checked, review_due
from kiosk.core.content.library import (
    DEFAULT_LANGUAGE,
    LanguageContent,
    ReaderContent,
    Topic,
)
from kiosk.core.settings import HospitalSection
from kiosk.core.spoken_text import spoken_digits, spoken_hours
from kiosk.io import resources
from kiosk.ui.rich_text import (
    ARABIC_LINE_HEIGHT,
    LINE_HEIGHT,
    has_links,
    list_html,
    paragraph_html,
)
from kiosk.ui.theme import Theme
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.views.urgent_line import urgent_line_box
from kiosk.ui.widgets.buttons import CardButton, TouchButton
from kiosk.ui.widgets.flow_layout import FlowLayout
from kiosk.ui.widgets.illustration import make_illustration
from kiosk.ui.widgets.labels import wrapped_label

ILLUSTRATION_MAX_HEIGHT = 520
RIGHT_TO_LEFT = frozenset({"ar"})


def long_date(day: dt.date, locale: QLocale) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


@dataclass(frozen=True)
class PageOptions:
    """What a page is built from besides its topic and content."""

    hospital: HospitalSection | None = None
    take_home: bool = False


class TopicPage(ScrollPage):
    """A built topic page. Its widgets are its own; what a reader asks for on it is
    said through its signals. Its strings are translated in the "TopicView" context,
    where the translations were written."""

    topicRequested = Signal(str)
    termRequested = Signal(str)
    takeHomeRequested = Signal(str)
    helpfulAnswered = Signal(str, bool)  # topic id, yes

    def __init__(
        self,
        theme: Theme,
        topic: Topic,
        content: LanguageContent,
        options: PageOptions,
        *,
        illustrations: Path,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(theme, "topicPage", parent)
        self.topic = topic
        self.content = content
        self.options = options
        self._illustrations = illustrations
        self._locale = locale
        self._line_height = ARABIC_LINE_HEIGHT if topic.language == "ar" else LINE_HEIGHT
        self._page_rtl = topic.language in RIGHT_TO_LEFT
        self.urgent_box: QFrame | None = None
        # The "Who can I talk to?" boxes, each with what read-aloud says for it.
        self.spoken_boxes: list[tuple[QWidget, str]] = []
        self.section_widgets: list[QWidget] = []
        self.term_buttons: list[TouchButton] = []
        self.related_buttons: list[CardButton] = []
        self.take_home_button: TouchButton | None = None
        self._build()

    def _build(self) -> None:
        topic, content, options = self.topic, self.content, self.options
        m = self.theme.metrics
        _, outer = self.new_column(max_width=m.reading_width)
        panel = QWidget()
        panel.setObjectName("readingColumn")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(48, 40, 48, 48)
        layout.setSpacing(m.gap)
        outer.addWidget(panel)
        outer.addStretch(1)

        # An English page shown to an Arabic reader still reads left to right.
        panel.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if topic.language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        title = self._plain_label(topic.title, "screenTitle")
        title.setAccessibleName(topic.title)
        layout.addWidget(title)
        for note in self._notes(topic, content):
            layout.addWidget(note)
        # First after the title: a reader who feels unwell must not have to look for it.
        if topic.meta.urgent_line:
            self._add_urgent_line(layout, options.hospital)
        if options.take_home:
            self.take_home_button = TouchButton(
                QCoreApplication.translate("TopicView", "Take this home"),
                key=topic.id,
                object_name="takeHomeButton",
                theme=self.theme,
                icon=resources.Icon.QR,
            )
            self.take_home_button.activated.connect(self.takeHomeRequested)
            layout.addWidget(self.take_home_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.section_widgets = [self._section(section) for section in topic.sections]
        for widget in self.section_widgets:
            layout.addWidget(widget)
        self._add_helplines(layout, topic, content)
        hospital = options.hospital
        if topic.meta.hospital_contacts and hospital is not None and hospital.contacts:
            self._add_hospital(layout, hospital)
        self._add_terms(layout, topic, content)
        self._add_helpful(layout)
        self._add_related(layout, topic, content)
        self._add_about(layout, topic)

    def _notes(self, topic: Topic, content: LanguageContent) -> list[QLabel]:
        notes = []
        if topic.language != content.code:
            notes.append(
                QCoreApplication.translate(
                    "TopicView", "This page is not yet in your language. Here it is in English."
                )
            )
        translated = topic.language != DEFAULT_LANGUAGE
        if translated and not topic.approval.is_approved:
            notes.append(
                QCoreApplication.translate(
                    "TopicView", "This translation is awaiting review by a clinician."
                )
            )
        stale = isinstance(content, ReaderContent) and topic.id in content.stale_translations
        if translated and stale:
            notes.append(
                QCoreApplication.translate(
                    "TopicView", "The English page has changed since this was translated."
                )
            )
        labels = []
        for text in notes:
            label = self._plain_label(text, "topicNote")
            # The note is in the reader's language, whatever the page's direction.
            label.setLayoutDirection(QGuiApplication.layoutDirection())
            labels.append(label)
        return labels

    def section_texts(self) -> list[str]:
        """What read-aloud says, one entry per part it highlights: the "Call now" box if
        there is one, each section, then each contact box (the title with the first part;
        numbers digit by digit)."""
        urgent, boxes = self._spoken_parts()
        texts = [
            *(text for _, text in urgent),
            *(section.plain_text() for section in self.topic.sections),
            *(text for _, text in boxes),
        ]
        if texts:
            texts[0] = f"{self.topic.title}\n{texts[0]}"
        return texts

    def _spoken_parts(self) -> tuple[list[tuple[QWidget, str]], list[tuple[QWidget, str]]]:
        """The "Call now" box (read first, as it is shown first) and the other boxes."""
        urgent = [(box, text) for box, text in self.spoken_boxes if box is self.urgent_box]
        return urgent, [
            (box, text) for box, text in self.spoken_boxes if box is not self.urgent_box
        ]

    def spoken_widgets(self) -> list[QWidget]:
        """The widgets :meth:`section_texts` speaks for, in the same order."""
        urgent, boxes = self._spoken_parts()
        return [*(box for box, _ in urgent), *self.section_widgets, *(box for box, _ in boxes)]

    def _plain_label(self, text: str, object_name: str) -> QLabel:
        return wrapped_label(text, object_name, plain=True)

    def _rich_label(self, html: str, plain: str, interactive: bool) -> QLabel:
        label = QLabel(html)
        label.setObjectName("topicText")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        if interactive:
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.setProperty("interactive", True)
            # Reached by Tab for keypads; a tap on a link does not highlight the paragraph.
            label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            label.setAccessibleName(plain)
            label.linkActivated.connect(self._on_link)
        else:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _inline_label(self, inlines: tuple[Inline, ...]) -> QLabel:
        return self._rich_label(
            paragraph_html(inlines, self.theme, self._line_height),
            inline_text(inlines),
            has_links(inlines),
        )

    def _section(self, section: Section) -> QWidget:
        widget = QWidget()
        widget.setObjectName("section")
        widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        if section.heading:
            heading = self._plain_label(section.heading, "sectionHeading")
            heading.setAccessibleName(section.heading)
            layout.addWidget(heading)
        for block in section.blocks:
            match block:
                case Paragraph(inlines=inlines):
                    layout.addWidget(self._inline_label(inlines))
                case ListBlock(items=items):
                    plain = " ".join(inline_text(item) for item in items)
                    interactive = bool(block_links(block))
                    layout.addWidget(
                        self._rich_label(
                            list_html(block, self.theme, self._line_height), plain, interactive
                        )
                    )
                case Callout(paragraphs=paragraphs):
                    frame = QFrame()
                    frame.setObjectName("callout")
                    box = QVBoxLayout(frame)
                    box.setContentsMargins(32, 20, 24, 20)
                    for inlines in paragraphs:
                        box.addWidget(self._inline_label(inlines))
                    layout.addWidget(frame)
                case Image(src=src, alt=alt):
                    layout.addWidget(
                        make_illustration(self._illustrations / src, alt, ILLUSTRATION_MAX_HEIGHT)
                    )
        return widget

    def _contact_box(self, object_name: str, heading: str) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame()
        frame.setObjectName(object_name)
        frame.setProperty("box", "contact")
        box = QVBoxLayout(frame)
        box.setContentsMargins(32, 24, 24, 24)
        box.setSpacing(8)
        box.addWidget(self._plain_label(heading, "sectionHeading"))
        return frame, box

    def _contact_lines(
        self, box: QVBoxLayout, name: str, phone: str | None, hours: str | None, other: str | None
    ) -> list[str]:
        """Add one contact; return what read-aloud says for it."""
        box.addSpacing(12)
        box.addWidget(self._plain_label(name, "contactName"))
        spoken = [name]
        if phone:
            number = self._phone_label(phone)
            # Read as digits, not as one large number.
            number.setAccessibleName(spoken_digits(phone))
            box.addWidget(number)
            spoken.append(spoken_digits(phone))
        if hours:
            box.addWidget(self._plain_label(hours, "topicText"))
            spoken.append(spoken_hours(hours) if self.content.code == "en" else hours)
        if other:
            box.addWidget(self._plain_label(other, "topicText"))
            spoken.append(other)
        return spoken

    def _phone_label(self, phone: str) -> QLabel:
        number = self._plain_label(phone, "phoneNumber")
        # Digits and spaces take the page's direction: in Arabic "0808 2080 888" would
        # show its groups in reverse. A number always reads left to right, at the start
        # of the line in the page's own direction.
        number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        side = Qt.AlignmentFlag.AlignRight if self._page_rtl else Qt.AlignmentFlag.AlignLeft
        number.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        return number

    def _add_urgent_line(self, layout: QVBoxLayout, hospital: HospitalSection | None) -> None:
        frame, spoken = urgent_line_box(hospital, self._plain_label, self._contact_lines)
        layout.addWidget(frame)
        self.urgent_box = frame
        self.spoken_boxes.append((frame, spoken))

    def _add_helplines(self, layout: QVBoxLayout, topic: Topic, content: LanguageContent) -> None:
        helplines = [content.helplines[h] for h in topic.meta.helplines if h in content.helplines]
        if not helplines:
            return
        heading = QCoreApplication.translate("TopicView", "Who can I talk to?")
        frame, box = self._contact_box("helplines", heading)
        spoken = [heading]
        for helpline in helplines:
            spoken += self._contact_lines(
                box, helpline.name, helpline.phone, helpline.hours, helpline.description
            )
        layout.addWidget(frame)
        self.spoken_boxes.append((frame, "\n".join(spoken)))

    def _add_hospital(self, layout: QVBoxLayout, hospital: HospitalSection) -> None:
        heading = hospital.name or QCoreApplication.translate("TopicView", "At this hospital")
        frame, box = self._contact_box("hospitalContacts", heading)
        spoken = [heading]
        for contact in hospital.contacts:
            spoken += self._contact_lines(
                box, contact.name, contact.phone, contact.hours, contact.where
            )
        layout.addWidget(frame)
        self.spoken_boxes.append((frame, "\n".join(spoken)))

    def _add_terms(self, layout: QVBoxLayout, topic: Topic, content: LanguageContent) -> None:
        seen: dict[str, None] = {}
        for section in topic.sections:
            for block in section.blocks:
                for link in block_links(block):
                    if link.kind is LinkKind.GLOSSARY and content.term(link.target):
                        seen.setdefault(link.target)
        if not seen:
            return
        words = QCoreApplication.translate("TopicView", "Words explained")
        layout.addWidget(self._plain_label(words, "sectionHeading"))
        flow_host = QWidget()
        flow = FlowLayout(flow_host, spacing=self.theme.metrics.touch_gap)
        for term_id in seen:
            entry = content.term(term_id)
            assert entry is not None
            button = TouchButton(
                entry.term,
                key=term_id,
                object_name=f"term-{term_id}",
                theme=self.theme,
                icon=resources.Icon.BOOK,
            )
            button.setAccessibleDescription(
                QCoreApplication.translate("TopicView", "Explain the word %1").replace(
                    "%1", entry.term
                )
            )
            button.activated.connect(self.termRequested)
            flow.addWidget(button)
            self.term_buttons.append(button)
        layout.addWidget(flow_host)

    def _add_helpful(self, layout: QVBoxLayout) -> None:
        """Was this helpful? Two big buttons, then a thank-you; one answer per topic."""
        self.helpful_box = QWidget()
        self.helpful_box.setObjectName("helpful")
        box = QVBoxLayout(self.helpful_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16)
        self.thank_you = self._plain_label(
            QCoreApplication.translate("TopicView", "Thank you for telling us."), "thankYou"
        )
        question = self._plain_label(
            QCoreApplication.translate("TopicView", "Was this page helpful?"), "sectionHeading"
        )
        row = QHBoxLayout()
        row.setSpacing(self.theme.metrics.touch_gap + 8)
        self.helpful_yes = TouchButton(
            QCoreApplication.translate("TopicView", "Yes"),
            object_name="helpfulYes",
            theme=self.theme,
            icon=resources.Icon.YES,
        )
        self.helpful_no = TouchButton(
            QCoreApplication.translate("TopicView", "No"),
            object_name="helpfulNo",
            theme=self.theme,
            icon=resources.Icon.NO,
        )
        for button in (self.helpful_yes, self.helpful_no):
            button.setMinimumWidth(200)
            row.addWidget(button)
        row.addStretch(1)
        self.helpful_yes.clicked.connect(self._on_helpful_yes)
        self.helpful_no.clicked.connect(self._on_helpful_no)
        box.addWidget(question)
        box.addLayout(row)
        box.addWidget(self.thank_you)
        layout.addWidget(self.helpful_box)

    def show_helpful(self, answered: bool) -> None:
        self.helpful_yes.setVisible(not answered)
        self.helpful_no.setVisible(not answered)
        self.thank_you.setVisible(answered)

    def _on_helpful_yes(self) -> None:
        self._answer(True)

    def _on_helpful_no(self) -> None:
        self._answer(False)

    def _answer(self, yes: bool) -> None:
        if self.helpful_yes.isVisible():
            self.show_helpful(True)
            self.helpfulAnswered.emit(self.topic.id, yes)

    def _add_related(self, layout: QVBoxLayout, topic: Topic, content: LanguageContent) -> None:
        related = [t for rid in topic.meta.related if (t := content.topic(rid))]
        if not related:
            return
        heading = QCoreApplication.translate("TopicView", "Related questions")
        layout.addWidget(self._plain_label(heading, "sectionHeading"))
        for other in related:
            button = CardButton(
                other.title,
                other.meta.summary,
                key=other.id,
                object_name=f"related-{other.id}",
                theme=self.theme,
                role="secondary",
            )
            button.activated.connect(self.topicRequested)
            layout.addWidget(button)
            self.related_buttons.append(button)

    def _add_about(self, layout: QVBoxLayout, topic: Topic) -> None:
        meta = topic.meta
        heading = QCoreApplication.translate("TopicView", "About this information")
        layout.addWidget(self._plain_label(heading, "sectionHeading"))
        sources = "; ".join(f"{s.publisher}: {s.title}" for s in meta.sources)
        approval = topic.approval
        if approval.is_approved:
            # The date of the approval of the very wording on screen, never an older one.
            checked = (
                QCoreApplication.translate("TopicView", "Last checked %1. Next check due %2.")
                .replace("%1", long_date(last_checked(meta, approval), self._locale))
                .replace("%2", long_date(review_due(meta, approval), self._locale))
            )
        else:
            checked = QCoreApplication.translate(
                "TopicView", "This information is awaiting clinical review."
            )
        written = QCoreApplication.translate("TopicView", "Written from: %1.")
        about = written.replace("%1", sources) + " " + checked
        layout.addWidget(self._plain_label(about, "muted"))

    def _on_link(self, href: str) -> None:
        kind, _, target = href.partition(":")
        if kind == LinkKind.TOPIC:
            self.topicRequested.emit(target)
        elif kind == LinkKind.GLOSSARY:
            self.termRequested.emit(target)
