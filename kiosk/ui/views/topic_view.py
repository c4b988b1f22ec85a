"""A topic: title, its short answer, sections with pictures, words explained, related
questions and where the information comes from."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

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
from kiosk.ui.look import unmark_region
from kiosk.ui.rich_text import (
    ARABIC_LINE_HEIGHT,
    LINE_HEIGHT,
    has_links,
    list_html,
    paragraph_html,
)
from kiosk.ui.theme import Theme
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.widgets.buttons import CardButton, TouchButton
from kiosk.ui.widgets.flow_layout import FlowLayout
from kiosk.ui.widgets.illustration import make_illustration

ILLUSTRATION_MAX_HEIGHT = 520
RIGHT_TO_LEFT = frozenset({"ar"})


def long_date(day: dt.date, locale: QLocale) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


# Attributes that belong to the page on screen; a kept page brings its own back.
_PAGE_ATTRIBUTES = (
    "section_widgets",
    "spoken_boxes",
    "term_buttons",
    "related_buttons",
    "take_home_button",
    "helpful_box",
    "helpful_yes",
    "helpful_no",
    "thank_you",
)
KEPT_PAGES = 24  # more than the library's topics in one language, and a bound


@dataclass
class _KeptPage:
    """A built page, kept hidden in the stack to be shown again as it is."""

    page: ScrollPage
    widgets: dict[str, Any]
    # Held so that the ids in the cache key cannot be reused by other objects.
    keys: tuple[object, ...]


MARKER_NAME = "speakingMarker"
MARKER_WIDTH, MARKER_GAP = 8, 16  # px, in the reading column's 48 px margin


class TopicView(QStackedWidget):
    """The topic screen: a stack of built pages, one of them shown.

    Building a page (labels, buttons, the style sheet's polish, text layout) is most of
    what a tap on a topic costs, and so is moving a built page between parents (Qt
    polishes a moved widget again for the style sheet). So every page is built once
    into a scroll page of its own, stays in this stack, and is shown again by switching
    to it (measured in bench/README.md). The stack is bounded by :data:`KEPT_PAGES`.
    """

    topicRequested = Signal(str)
    termRequested = Signal(str)
    takeHomeRequested = Signal(str)
    helpfulAnswered = Signal(str, bool)  # topic id, yes
    pageAdded = Signal(object)  # a new ScrollPage, for whoever watches its scrolling

    def __init__(self, theme: Theme, illustrations: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topicView")
        self.theme = theme
        self._illustrations = illustrations
        self.topic: Topic | None = None
        self.section_widgets: list[QWidget] = []
        self._speaking: QWidget | None = None
        # The "Who can I talk to?" boxes, each with what read-aloud says for it.
        self.spoken_boxes: list[tuple[QWidget, str]] = []
        self.term_buttons: list[TouchButton] = []
        self.related_buttons: list[CardButton] = []
        self.take_home_button: TouchButton | None = None
        self._shown_with: tuple[LanguageContent | None, HospitalSection | None] = (None, None)
        self._options: dict[str, bool] = {}
        self._locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        self._kept: OrderedDict[tuple[int, ...], _KeptPage] = OrderedDict()
        self._on_screen: tuple[int, ...] | None = None
        self._line_height = LINE_HEIGHT
        self._page_rtl = False
        # Shown when no topic is (after a reset): the next reader starts on a fresh page.
        self._blank = ScrollPage(theme, "topicPage")
        self.addWidget(self._blank)

    @property
    def page(self) -> ScrollPage:
        """The scroll page on screen."""
        current = self.currentWidget()
        assert isinstance(current, ScrollPage)
        return current

    def pages(self) -> list[ScrollPage]:
        return [w for i in range(self.count()) if isinstance(w := self.widget(i), ScrollPage)]

    def content_widget(self) -> QWidget | None:
        """What the page on screen scrolls: the title, sections and the rest."""
        return self.page.widget()

    def scroll_to_top(self) -> None:
        self.page.scroll_to_top()

    def verticalScrollBar(self) -> QScrollBar:
        return self.page.verticalScrollBar()

    def set_illustrations(self, folder: Path) -> None:
        self._illustrations = folder
        self.drop_kept_pages()

    def set_locale(self, locale: QLocale) -> None:
        """Dates on the page are written in the reader's language.

        Kept pages stay: a page is kept for one language's content, whose locale it was
        written in, and dropping them all here cost most of a language change (seconds
        with every page built, bench/look_change.py). Pages of other languages make room
        for this one's as it prepares them (:meth:`prepare`).
        """
        self._locale = locale

    # -- kept pages --------------------------------------------------------------------
    def _key(
        self, topic: Topic, content: LanguageContent, hospital: HospitalSection | None, **opts: bool
    ) -> tuple[int, ...]:
        return (id(topic), id(content), id(hospital), int(opts.get("take_home", False)))

    def _keep_current(self) -> None:
        """Remember the page on screen with the widgets that belong to it."""
        key = self._on_screen
        if key is None or self.topic is None:
            return
        widgets = {name: getattr(self, name, None) for name in _PAGE_ATTRIBUTES}
        self._kept[key] = _KeptPage(self.page, widgets, (self.topic, *self._shown_with))
        self._kept.move_to_end(key)
        while len(self._kept) > KEPT_PAGES:
            _, dropped = self._kept.popitem(last=False)
            self._remove(dropped.page)

    def _remove(self, page: ScrollPage, *, now: bool = False) -> None:
        if page is self.currentWidget():
            self.setCurrentWidget(self._blank)
        self.removeWidget(page)
        unmark_region(page)
        if now:
            # Out of the window at once, so a theme change walking the window's widgets
            # skips it instead of recolouring a page that is about to go. Never deleted
            # at once: this runs inside a tap's event delivery, and deleting widgets
            # there crashed Qt (QApplication::notify, found by the random-tap test).
            page.setParent(None)
        page.deleteLater()

    def _show_kept(self, key: tuple[int, ...]) -> bool:
        kept = self._kept.get(key)
        if kept is None:
            return False
        self._kept.move_to_end(key)
        for name, widget in kept.widgets.items():
            setattr(self, name, widget)
        self.setCurrentWidget(kept.page)
        self._on_screen = key
        self.highlight_section(-1)
        return True

    def _drop_one_not_for(self, content: LanguageContent) -> bool:
        """Make room by dropping the oldest kept page of another language."""
        for key, kept in self._kept.items():
            if kept.keys[1] is not content and kept.page is not self.currentWidget():
                del self._kept[key]
                self._remove(kept.page)
                return True
        return False

    @property
    def kept_pages(self) -> int:
        return len(self._kept)

    def drop_kept_pages(self) -> None:
        """Forget every kept page (new look, content, pictures or date language)."""
        self._on_screen = None
        for kept in self._kept.values():
            self._remove(kept.page, now=True)
        self._kept.clear()

    # -- building ----------------------------------------------------------------------
    def show_topic(
        self,
        topic: Topic,
        content: LanguageContent,
        hospital: HospitalSection | None = None,
        *,
        take_home: bool = False,
        helpful_answered: bool = False,
    ) -> None:
        key = self._key(topic, content, hospital, take_home=take_home)
        self._keep_current()
        self.topic = topic
        self._shown_with = (content, hospital)
        self._options = {"take_home": take_home, "helpful_answered": helpful_answered}
        if not self._show_kept(key):
            self._build(topic, content, hospital, take_home=take_home)
            self._on_screen = key
            self._keep_current()
        self._show_helpful(helpful_answered)
        self.scroll_to_top()

    def prepare(
        self,
        topic: Topic,
        content: LanguageContent,
        hospital: HospitalSection | None = None,
        *,
        take_home: bool = False,
    ) -> bool:
        """Build a page ahead of time, hidden, so that its first showing is quick.

        Polished and laid out now, while nobody waits, so showing it later is only a
        switch. Never pushes out a page a reader has opened: False when there is no
        room, or when the page is already kept.
        """
        key = self._key(topic, content, hospital, take_home=take_home)
        if key in self._kept:
            return False
        if len(self._kept) >= KEPT_PAGES - 1 and not self._drop_one_not_for(content):
            return False
        on_screen = {name: getattr(self, name, None) for name in _PAGE_ATTRIBUTES}
        shown_with = self._shown_with
        self._shown_with = (content, hospital)
        try:
            page = self._build(topic, content, hospital, take_home=take_home, show=False)
            widgets = {name: getattr(self, name, None) for name in _PAGE_ATTRIBUTES}
        finally:
            for name, value in on_screen.items():
                setattr(self, name, value)
            self._shown_with = shown_with
        self._kept[key] = _KeptPage(page, widgets, (topic, content, hospital))
        self._kept.move_to_end(key, last=False)  # a guess: the first to go
        # A hidden widget keeps its resize events pending until it is shown, and with
        # them the scroll area's sizing and the text's layout. Rendering a corner of it
        # delivers them now (Qt sends pending resize events before rendering).
        page.resize(self.size())
        page.grab(QRect(0, 0, 1, 1))
        return True

    def _new_page(self, *, show: bool = True) -> ScrollPage:
        page = ScrollPage(self.theme, "topicPage")
        self.addWidget(page)
        if show:
            self.setCurrentWidget(page)
        self.pageAdded.emit(page)
        return page

    def _build(
        self,
        topic: Topic,
        content: LanguageContent,
        hospital: HospitalSection | None,
        *,
        take_home: bool,
        show: bool = True,
    ) -> ScrollPage:
        m = self.theme.metrics
        self._line_height = ARABIC_LINE_HEIGHT if topic.language == "ar" else LINE_HEIGHT
        self._page_rtl = topic.language in RIGHT_TO_LEFT
        page = self._new_page(show=show)
        _, outer = page.new_column(max_width=m.reading_width)
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
        self.spoken_boxes = []
        # First after the title: a reader who feels unwell must not have to look for it.
        self.urgent_box: QFrame | None = None
        if topic.meta.urgent_line:
            self._add_urgent_line(layout, hospital)
        self.take_home_button: TouchButton | None = None
        if take_home:
            self.take_home_button = TouchButton(
                self.tr("Take this home"),
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
        if topic.meta.hospital_contacts and hospital is not None and hospital.contacts:
            self._add_hospital(layout, hospital)
        self._add_terms(layout, topic, content)
        self._add_helpful(layout)
        self._add_related(layout, topic, content)
        self._add_about(layout, topic)
        return page

    def _notes(self, topic: Topic, content: LanguageContent) -> list[QLabel]:
        notes = []
        if topic.language != content.code:
            notes.append(self.tr("This page is not yet in your language. Here it is in English."))
        translated = topic.language != DEFAULT_LANGUAGE
        if translated and not topic.approval.is_approved:
            notes.append(self.tr("This translation is awaiting review by a clinician."))
        stale = isinstance(content, ReaderContent) and topic.id in content.stale_translations
        if translated and stale:
            notes.append(self.tr("The English page has changed since this was translated."))
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
        if self.topic is None:
            return []
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

    def highlight_section(self, index: int) -> None:
        """Mark the part being read aloud, and bring it into view."""
        widgets = self.spoken_widgets()
        for number, widget in enumerate(widgets):
            speaking = number == index
            if bool(widget.property("speaking")) != speaking:
                widget.setProperty("speaking", speaking)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        speaking_widget = widgets[index] if 0 <= index < len(widgets) else None
        self._mark_speaking(speaking_widget)
        if speaking_widget is not None:
            self.page.ensureWidgetVisible(speaking_widget, 0, 80)

    # The bar beside the part being read sits in the reading column's margin, outside the
    # text: drawn as a border it would cover the first letters of every line.
    def _mark_speaking(self, widget: QWidget | None) -> None:
        previous = self._speaking
        if previous is not None and previous is not widget and shiboken6.isValid(previous):
            previous.removeEventFilter(self)
        for marker in self.findChildren(QWidget, MARKER_NAME):
            marker.hide()
        self._speaking = widget
        if widget is not None:
            widget.installEventFilter(self)
            self._place_marker(widget)

    def _place_marker(self, widget: QWidget) -> None:
        parent = widget.parentWidget()
        if parent is None:
            return
        marker = parent.findChild(QWidget, MARKER_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        if marker is None:
            marker = QWidget(parent)
            marker.setObjectName(MARKER_NAME)
            marker.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            marker.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = widget.geometry()
        if widget.isRightToLeft():
            x = box.right() + 1 + MARKER_GAP
        else:
            x = box.left() - MARKER_GAP - MARKER_WIDTH
        marker.setGeometry(x, box.top(), MARKER_WIDTH, box.height())
        marker.show()
        marker.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.Move)
        if moved and watched is self._speaking and isinstance(watched, QWidget):
            self._place_marker(watched)
        return super().eventFilter(watched, event)

    def _plain_label(self, text: str, object_name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

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
            spoken.append(spoken_hours(hours) if self._speaks_english() else hours)
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
        """The "Call now" box: the hospital's 24-hour number when the settings give one,
        otherwise the one the reader's team gave them; and 999."""
        frame = QFrame()
        frame.setObjectName("urgentLine")
        box = QVBoxLayout(frame)
        box.setContentsMargins(32, 24, 24, 24)
        box.setSpacing(8)
        heading = self.tr("Call now, day or night")
        box.addWidget(self._plain_label(heading, "urgentHeading"))
        spoken = [heading]
        signs = self.tr(
            "A temperature of 37.5 degrees or above, or below 36, shivering, "
            "or suddenly feeling unwell: ring at once. Do not take paracetamol first."
        )
        box.addWidget(self._plain_label(signs, "topicText"))
        spoken.append(signs)
        number = hospital.urgent_line if hospital is not None else ""
        if number:
            spoken += self._contact_lines(
                box, self.tr("This hospital's 24-hour line"), number, None, None
            )
        else:
            own = self.tr("Ring the 24-hour number your team gave you.")
            box.addWidget(self._plain_label(own, "contactName"))
            spoken.append(own)
        spoken += self._contact_lines(
            box, self.tr("Very unwell, or hard to wake? Ring"), "999", None, None
        )
        layout.addWidget(frame)
        self.urgent_box = frame
        self.spoken_boxes.append((frame, "\n".join(spoken)))

    def _speaks_english(self) -> bool:
        content = self._shown_with[0]
        return content is None or content.code == "en"

    def _add_helplines(self, layout: QVBoxLayout, topic: Topic, content: LanguageContent) -> None:
        helplines = [content.helplines[h] for h in topic.meta.helplines if h in content.helplines]
        if not helplines:
            return
        heading = self.tr("Who can I talk to?")
        frame, box = self._contact_box("helplines", heading)
        spoken = [heading]
        for helpline in helplines:
            spoken += self._contact_lines(
                box, helpline.name, helpline.phone, helpline.hours, helpline.description
            )
        layout.addWidget(frame)
        self.spoken_boxes.append((frame, "\n".join(spoken)))

    def _add_hospital(self, layout: QVBoxLayout, hospital: HospitalSection) -> None:
        heading = hospital.name or self.tr("At this hospital")
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
        self.term_buttons = []
        if not seen:
            return
        layout.addWidget(self._plain_label(self.tr("Words explained"), "sectionHeading"))
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
                self.tr("Explain the word %1").replace("%1", entry.term)
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
        self.thank_you = self._plain_label(self.tr("Thank you for telling us."), "thankYou")
        question = self._plain_label(self.tr("Was this page helpful?"), "sectionHeading")
        row = QHBoxLayout()
        row.setSpacing(self.theme.metrics.touch_gap + 8)
        self.helpful_yes = TouchButton(
            self.tr("Yes"), object_name="helpfulYes", theme=self.theme, icon=resources.Icon.YES
        )
        self.helpful_no = TouchButton(
            self.tr("No"), object_name="helpfulNo", theme=self.theme, icon=resources.Icon.NO
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

    def _show_helpful(self, answered: bool) -> None:
        self.helpful_yes.setVisible(not answered)
        self.helpful_no.setVisible(not answered)
        self.thank_you.setVisible(answered)

    def _on_helpful_yes(self) -> None:
        self._answer(True)

    def _on_helpful_no(self) -> None:
        self._answer(False)

    def _answer(self, yes: bool) -> None:
        if self.topic is not None and self.helpful_yes.isVisible():
            self._show_helpful(True)
            self._options["helpful_answered"] = True
            self.helpfulAnswered.emit(self.topic.id, yes)

    def _add_related(self, layout: QVBoxLayout, topic: Topic, content: LanguageContent) -> None:
        self.related_buttons = []
        related = [t for rid in topic.meta.related if (t := content.topic(rid))]
        if not related:
            return
        layout.addWidget(self._plain_label(self.tr("Related questions"), "sectionHeading"))
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
        layout.addWidget(self._plain_label(self.tr("About this information"), "sectionHeading"))
        sources = "; ".join(f"{s.publisher}: {s.title}" for s in meta.sources)
        approval = topic.approval
        if approval.is_approved:
            # The date of the approval of the very wording on screen, never an older one.
            checked = (
                self.tr("Last checked %1. Next check due %2.")
                .replace("%1", long_date(last_checked(meta, approval), self._locale))
                .replace("%2", long_date(review_due(meta, approval), self._locale))
            )
        else:
            checked = self.tr("This information is awaiting clinical review.")
        about = self.tr("Written from: %1.").replace("%1", sources) + " " + checked
        label = self._plain_label(about, "muted")
        layout.addWidget(label)

    def retheme(self, theme: Theme) -> None:
        """Pages built from now on use ``theme``; each built page is a region of its own
        and takes a new look in place (:mod:`kiosk.ui.look`)."""
        self.theme = theme

    def forget(self) -> None:
        """Show a blank page, so the next reader's first visit starts at the top.

        The built pages stay (bounded), to be shown again quickly.
        """
        self._keep_current()
        self.setCurrentWidget(self._blank)
        self.topic = None
        self._on_screen = None
        self.section_widgets, self.term_buttons, self.related_buttons = [], [], []
        self._mark_speaking(None)
        self.spoken_boxes = []

    # -- behaviour ---------------------------------------------------------------------
    def _on_link(self, href: str) -> None:
        kind, _, target = href.partition(":")
        if kind == LinkKind.TOPIC:
            self.topicRequested.emit(target)
        elif kind == LinkKind.GLOSSARY:
            self.termRequested.emit(target)
