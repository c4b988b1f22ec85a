"""The topic screen: the built topic pages, kept and shown again.

Each page (:class:`kiosk.ui.views.topic_page.TopicPage`) owns its widgets; this view
keeps a bounded number of them, least recently shown first out, and relays what a
reader asks for on the page on screen.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QLocale, QObject, QRect, Qt, Signal
from PySide6.QtWidgets import QScrollBar, QStackedWidget, QWidget

from kiosk.core.content.library import LanguageContent, Topic
from kiosk.core.settings import HospitalSection
from kiosk.ui.look import unmark_region
from kiosk.ui.theme import Theme
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.views.topic_page import PageOptions, TopicPage
from kiosk.ui.widgets.buttons import CardButton, TouchButton

KEPT_PAGES = 24  # more than the library's topics in one language, and a bound


@dataclass(frozen=True)
class PageKey:
    """What a kept page was built from: a page is shown again only for the same."""

    topic: str
    topic_language: str
    reader_language: str
    content_version: int  # raised whenever the content, pictures, look or dates change
    hospital: str | None  # the hospital's contacts as shown, or None
    take_home: bool


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
        self._speaking: QWidget | None = None
        self._helpful_answered = False
        self._locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        self._kept: OrderedDict[PageKey, TopicPage] = OrderedDict()
        self._current: TopicPage | None = None
        self._version = 0
        # Shown when no topic is (after a reset): the next reader starts on a fresh page.
        self._blank = ScrollPage(theme, "topicPage")
        self.addWidget(self._blank)

    # -- what is on screen ----------------------------------------------------------------
    @property
    def page(self) -> ScrollPage:
        """The scroll page on screen."""
        current = self.currentWidget()
        assert isinstance(current, ScrollPage)
        return current

    @property
    def topic(self) -> Topic | None:
        return self._current.topic if self._current is not None else None

    @property
    def section_widgets(self) -> list[QWidget]:
        return self._current.section_widgets if self._current is not None else []

    @property
    def spoken_boxes(self) -> list[tuple[QWidget, str]]:
        return self._current.spoken_boxes if self._current is not None else []

    @property
    def term_buttons(self) -> list[TouchButton]:
        return self._current.term_buttons if self._current is not None else []

    @property
    def related_buttons(self) -> list[CardButton]:
        return self._current.related_buttons if self._current is not None else []

    @property
    def urgent_box(self) -> QWidget | None:
        return self._current.urgent_box if self._current is not None else None

    @property
    def take_home_button(self) -> TouchButton | None:
        return self._current.take_home_button if self._current is not None else None

    @property
    def helpful_yes(self) -> TouchButton:
        return self._on_screen_page().helpful_yes

    @property
    def helpful_no(self) -> TouchButton:
        return self._on_screen_page().helpful_no

    @property
    def thank_you(self) -> QWidget:
        return self._on_screen_page().thank_you

    def _on_screen_page(self) -> TopicPage:
        assert self._current is not None, "no topic is shown"
        return self._current

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
    def _key(self, topic: Topic, content: LanguageContent, options: PageOptions) -> PageKey:
        hospital = options.hospital
        return PageKey(
            topic.id,
            topic.language,
            content.code,
            self._version,
            hospital.model_dump_json() if hospital is not None else None,
            options.take_home,
        )

    def _keep(self, key: PageKey, page: TopicPage, *, first_out: bool = False) -> None:
        self._kept[key] = page
        self._kept.move_to_end(key, last=not first_out)
        while len(self._kept) > KEPT_PAGES:
            _, dropped = self._kept.popitem(last=False)
            self._remove(dropped)

    def _remove(self, page: ScrollPage, *, now: bool = False) -> None:
        if page is self.currentWidget():
            self.setCurrentWidget(self._blank)
        if page is self._current:
            self._current = None
        self.removeWidget(page)
        unmark_region(page)
        if now:
            # Out of the window at once, so a theme change walking the window's widgets
            # skips it instead of recolouring a page that is about to go. Never deleted
            # at once: this runs inside a tap's event delivery, and deleting widgets
            # there crashed Qt (QApplication::notify, found by the random-tap test).
            page.setParent(None)
        page.deleteLater()

    def _drop_one_not_for(self, content: LanguageContent) -> bool:
        """Make room by dropping the oldest kept page of another language."""
        for key, page in self._kept.items():
            if key.reader_language != content.code and page is not self.currentWidget():
                del self._kept[key]
                self._remove(page)
                return True
        return False

    @property
    def kept_pages(self) -> int:
        return len(self._kept)

    def drop_kept_pages(self) -> None:
        """Forget every kept page (new look, content, pictures or date language)."""
        self._version += 1
        for page in self._kept.values():
            self._remove(page, now=True)
        self._kept.clear()

    # -- building ----------------------------------------------------------------------
    def _new_page(self, topic: Topic, content: LanguageContent, options: PageOptions) -> TopicPage:
        page = TopicPage(
            self.theme,
            topic,
            content,
            options,
            illustrations=self._illustrations,
            locale=self._locale,
        )
        page.topicRequested.connect(self.topicRequested)
        page.termRequested.connect(self.termRequested)
        page.takeHomeRequested.connect(self.takeHomeRequested)
        page.helpfulAnswered.connect(self._on_helpful)
        self.addWidget(page)
        self.pageAdded.emit(page)
        return page

    def show_topic(
        self,
        topic: Topic,
        content: LanguageContent,
        hospital: HospitalSection | None = None,
        *,
        take_home: bool = False,
        helpful_answered: bool = False,
    ) -> None:
        options = PageOptions(hospital, take_home)
        key = self._key(topic, content, options)
        page = self._kept.get(key)
        if page is None:
            page = self._new_page(topic, content, options)
        self._keep(key, page)
        self._show(page, helpful_answered)

    def _show(self, page: TopicPage, helpful_answered: bool) -> None:
        self.setCurrentWidget(page)
        self._current = page
        self._helpful_answered = helpful_answered
        self.highlight_section(-1)
        page.show_helpful(helpful_answered)
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
        options = PageOptions(hospital, take_home)
        key = self._key(topic, content, options)
        if key in self._kept:
            return False
        if len(self._kept) >= KEPT_PAGES - 1 and not self._drop_one_not_for(content):
            return False
        page = self._new_page(topic, content, options)
        self._keep(key, page, first_out=True)  # a guess: the first to go
        # A hidden widget keeps its resize events pending until it is shown, and with
        # them the scroll area's sizing and the text's layout. Rendering a corner of it
        # delivers them now (Qt sends pending resize events before rendering).
        page.resize(self.size())
        page.grab(QRect(0, 0, 1, 1))
        return True

    def section_texts(self) -> list[str]:
        """What read-aloud says for the page on screen (see TopicPage.section_texts)."""
        return self._current.section_texts() if self._current is not None else []

    def spoken_widgets(self) -> list[QWidget]:
        """The widgets :meth:`section_texts` speaks for, in the same order."""
        return self._current.spoken_widgets() if self._current is not None else []

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

    def retheme(self, theme: Theme) -> None:
        """Pages built from now on use ``theme``; each built page is a region of its own
        and takes a new look in place (:mod:`kiosk.ui.look`)."""
        self.theme = theme

    def forget(self) -> None:
        """Show a blank page, so the next reader's first visit starts at the top.

        The built pages stay (bounded), to be shown again quickly.
        """
        self.setCurrentWidget(self._blank)
        self._current = None
        self._mark_speaking(None)

    def _on_helpful(self, topic_id: str, yes: bool) -> None:
        if self._current is not None and self._current.topic.id == topic_id:
            self._helpful_answered = True
        self.helpfulAnswered.emit(topic_id, yes)
