"""Behaviour: what a tap does, where Back goes, what an idle reset clears.

The controller receives its services (the content library, the settings) and the
window's views; it never reaches for globals.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kiosk.core.content.library import LanguageContent, Library, ReaderContent, Topic
from kiosk.core.content.visibility import reader_content
from kiosk.core.navigation import Route, Screen
from kiosk.core.settings import Settings
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.router import Router
from kiosk.ui.views.attract_view import CHILDREN_PATHWAY
from kiosk.ui.views.home_view import HomeView
from kiosk.ui.views.tile_page import Tile, TilePage, TileSection
from kiosk.ui.views.topic_view import TopicView

log = logging.getLogger(__name__)


def topic_tiles(
    topics: list[Topic], content: LanguageContent | None = None, english_only: str = ""
) -> list[Tile]:
    """Tiles for ``topics``; a page the reader's language lacks says so on its card."""

    def badge(topic: Topic) -> str:
        fallback = isinstance(content, ReaderContent) and content.is_fallback(topic)
        return english_only if fallback else ""

    return [
        Tile(
            Route.topic(t.id),
            t.title,
            t.meta.summary,
            t.meta.icon,
            badge=badge(t),
            urgent=t.meta.urgent_line and t.meta.group == URGENT_GROUP,
        )
        for t in topics
    ]


URGENT_GROUP = "urgent"
"""The group on Home that holds the "Call now" card (groups.yaml)."""


def home_sections(
    content: LanguageContent, more_heading: str, english_only: str = ""
) -> list[TileSection]:
    """Home's groups; a pathway group (the children's) is one tile opening its own page."""
    sections = []
    grouped = any(group is not None for group, _ in content.home_sections())
    for group, topics in content.home_sections():
        tiles = topic_tiles(topics, content, english_only)
        if group is None:
            sections.append(TileSection(more_heading if grouped else None, tiles))
        elif group.pathway:
            tile = Tile(Route.group(group.id), group.title, group.summary, group.icon)
            sections.append(TileSection(group.title, [tile]))
        else:
            sections.append(TileSection(group.title, tiles))
    return sections


def has_pathway(content: LanguageContent, group_id: str) -> bool:
    """Whether ``group_id`` is a pathway with pages to show (its tile is on Home)."""
    group = content.groups.get(group_id)
    return group is not None and group.pathway and bool(content.group_topics(group_id))


class _HomeScreen:
    def __init__(self, view: HomeView) -> None:
        self._view = view

    def enter(self, route: Route) -> bool:
        self._view.scroll_to_top()
        return True

    def widget(self) -> QWidget:
        return self._view


class _GroupScreen:
    def __init__(self, view: TilePage, content: Callable[[], LanguageContent]) -> None:
        self._view = view
        self._content = content
        self._shown: str | None = None

    def enter(self, route: Route) -> bool:
        content = self._content()
        group = content.groups.get(route.target or "")
        topics = content.group_topics(route.target)
        if group is None or not topics:
            return False
        if self._shown != group.id:
            self._view.set_heading(group.title, group.summary)
            tiles = topic_tiles(topics, content, self._view.english_only_label())
            self._view.set_sections([TileSection(None, tiles)])
            self._shown = group.id
        self._view.scroll_to_top()
        return True

    def forget(self) -> None:
        self._shown = None

    def widget(self) -> QWidget:
        return self._view


class _TopicScreen:
    def __init__(self, view: TopicView, controller: NavigationController) -> None:
        self._view = view
        self._controller = controller

    def enter(self, route: Route) -> bool:
        controller = self._controller
        content = controller.content()
        topic = content.topic(route.target or "")
        if topic is None:
            return False
        if self._view.topic is not topic:
            self._view.show_topic(
                topic,
                content,
                controller.settings.hospital,
                take_home=controller.take_home_link(topic) is not None,
                helpful_answered=topic.id in controller.helpful_answered,
            )
        return True

    def widget(self) -> QWidget:
        return self._view


class NavigationController(QObject):
    """Navigation: what a tap on a tile, link, term, Home or Back does."""

    helpfulAnswered = Signal(str, str, bool)  # topic id, language, yes
    contentChanged = Signal()  # another language or new content: other pages to show

    def __init__(self, window: KioskWindow, library: Library, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.settings = settings
        self.language = settings.language.default
        # One view per language, kept: the pages built for it are kept under its identity,
        # so a reader switching back finds them built.
        self._views: dict[str, ReaderContent] = {}
        self.helpful_answered: set[str] = set()  # this reader's answers: one per topic

        self.router = Router(window.screens, self)
        self._group_screen = _GroupScreen(window.group_view, self.content)
        self.router.register(Screen.HOME, _HomeScreen(window.home_view))
        self.router.register(Screen.GROUP, self._group_screen)
        self.router.register(Screen.TOPIC, _TopicScreen(window.topic_view, self))
        self.router.routeChanged.connect(self._on_route_changed)

        bar = window.top_bar
        bar.homeRequested.connect(self.go_home)
        bar.backRequested.connect(self.go_back)
        window.home_view.routeChosen.connect(self.open_route)
        window.group_view.routeChosen.connect(self.open_route)
        window.topic_view.topicRequested.connect(self.open_topic)
        window.topic_view.termRequested.connect(self.open_term)
        window.topic_view.takeHomeRequested.connect(self.open_take_home)
        window.topic_view.helpfulAnswered.connect(self._on_helpful)

        self.show_content()
        self.router.reset()

    # -- services --------------------------------------------------------------------
    def content(self) -> ReaderContent:
        """The reader's language, with English wherever a translation is missing."""
        view = self._views.get(self.language)
        if view is None:
            view = self._views[self.language] = reader_content(
                self.library, self.language, self.settings.content_policy(), dt.date.today()
            )
        return view

    def set_language(self, code: str) -> None:
        """Switch the content to ``code``, staying on the same screen where possible."""
        if code == self.language:
            return
        self.language = code
        self.show_content()
        self.window.topic_view.forget()
        self.router.refresh()
        self.contentChanged.emit()

    def show_content(self) -> None:
        """(Re)build the screens that list content, after loading or a language change."""
        home = self.window.home_view
        content = self.content()
        home.set_sections(home_sections(content, home.more_heading(), home.english_only_label()))
        self.window.attract_view.offer_children(has_pathway(content, CHILDREN_PATHWAY))
        self._group_screen.forget()

    # -- actions ---------------------------------------------------------------------
    def open_route(self, route: Route) -> None:
        self.window.glossary_card.dismiss()
        self.window.take_home_card.dismiss()
        self.router.navigate(route)

    def open_topic(self, topic_id: str) -> None:
        self.open_route(Route.topic(topic_id))

    def open_term(self, term_id: str) -> None:
        entry = self.content().term(term_id)
        if entry is None:
            log.warning("unknown glossary term %r", term_id)
            return
        self.window.glossary_card.show_term(entry)

    def take_home_link(self, topic: Topic) -> tuple[str, str] | None:
        """(address, publisher) for the topic's QR code: the hospital's own page if the
        settings name one, else the topic's first source with a public address."""
        take_home = self.settings.take_home
        if not take_home.enabled:
            return None
        override = take_home.links.get(topic.id)
        if override is not None:
            return str(override.url), override.publisher
        source = topic.meta.take_home_source
        if source is None or source.url is None:
            return None
        return str(source.url), source.publisher

    def prepare_topic(self, topic_id: str) -> bool:
        """Build the page for ``topic_id`` ahead of time (see PagePreparer)."""
        content = self.content()
        topic = content.topic(topic_id)
        if topic is None:
            return False
        return self.window.topic_view.prepare(
            topic,
            content,
            self.settings.hospital,
            take_home=self.take_home_link(topic) is not None,
        )

    def open_take_home(self, topic_id: str) -> None:
        topic = self.content().topic(topic_id)
        link = self.take_home_link(topic) if topic else None
        if link is not None:
            self.window.take_home_card.show_link(*link)

    def _on_helpful(self, topic_id: str, yes: bool) -> None:
        if topic_id in self.helpful_answered:
            return
        self.helpful_answered.add(topic_id)
        topic = self.content().topic(topic_id)
        self.helpfulAnswered.emit(topic_id, topic.language if topic else self.language, yes)

    def go_home(self) -> None:
        self.window.glossary_card.dismiss()
        self.router.home()

    def go_back(self) -> None:
        self.window.glossary_card.dismiss()
        self.router.back()

    def reset_navigation(self) -> None:
        """Privacy reset of what this controller holds: path, open card, scroll places."""
        self.helpful_answered.clear()
        self.window.glossary_card.dismiss()
        self.window.take_home_card.dismiss()
        self.window.topic_view.forget()
        self.router.reset()
        for page in (self.window.home_view, self.window.group_view):
            page.scroll_to_top()

    def set_library(self, library: Library) -> None:
        """New content (a reload from the staff screen): rebuild lists, start at Home."""
        self.library = library
        self._views = {}
        self.show_content()
        self.reset_navigation()
        self.window.topic_view.drop_kept_pages()  # built from the old content
        self.contentChanged.emit()

    def _on_route_changed(self, route: Route) -> None:
        self.window.top_bar.set_can_go_back(self.router.history.can_go_back)
