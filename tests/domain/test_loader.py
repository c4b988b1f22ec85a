"""Loading content: every bad file is reported with its line, and never stops the rest."""

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.app.collector import collector_paused
from kiosk.core.content.document import Link, Paragraph
from kiosk.io.content_loader import MAX_FILE_BYTES, load_library
from tests.conftest import FIXTURE_ILLUSTRATIONS, GOOD_CONTENT, topic_text


def load(root: Path):
    return load_library(root, FIXTURE_ILLUSTRATIONS)


def messages(library) -> list[str]:
    return [f"{p.path.name}:{p.line}: {p.severity}: {p.message}" for p in library.problems]


def test_good_content_loads_without_problems():
    library = load(GOOD_CONTENT)
    assert messages(library) == []
    en = library.language("en")
    assert [t.id for t in en.ordered_topics()] == ["alpha", "beta", "gamma"]
    assert set(en.glossary) == {"word", "other-word"}
    assert en.topic("beta").meta.related == ["alpha", "gamma"]


@pytest.fixture
def collector_while_loading(monkeypatch) -> Iterator[list[bool]]:
    """Whether automatic garbage collection was on at each topic loaded; the collector's
    own state is put back afterwards."""
    from kiosk.io import content_loader as loader

    seen: list[bool] = []
    real = loader.load_topic

    def load_topic(*args: object) -> object:
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(loader, "load_topic", load_topic)
    was = gc.isenabled()
    try:
        yield seen
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("collecting", [True, False])
def test_loading_pauses_the_garbage_collector_and_restores_it(collector_while_loading, collecting):
    # The kiosk's policy (kiosk.app.collector), around the loader as the kiosk loads.
    (gc.enable if collecting else gc.disable)()
    with collector_paused():
        assert load_library(GOOD_CONTENT, FIXTURE_ILLUSTRATIONS).topic_count
    assert collector_while_loading and not any(collector_while_loading)  # paused while loading
    assert gc.isenabled() is collecting  # and as it was after


def test_the_loader_itself_leaves_the_collector_alone(collector_while_loading):
    gc.enable()
    assert load_library(GOOD_CONTENT, FIXTURE_ILLUSTRATIONS).topic_count
    assert collector_while_loading and all(collector_while_loading)


def test_missing_folder_is_a_problem_not_a_crash(tmp_path):
    library = load(tmp_path / "nope")
    assert library.topic_count == 0
    assert "does not exist" in library.problems[0].message


BAD_FILES = {
    "empty": (b"", 1, "file is empty"),
    "blank": (b"  \n\n", 1, "file is empty"),
    "not-utf8": (b"---\nid: x\n---\ncaf\xe9\n", 4, "not UTF-8"),
    "no-front-matter": (b"Just text\n", 1, "must start with a '---' line"),
    "unclosed": (b"---\nid: unclosed\n", 1, "no closing '---'"),
    "bad-yaml": (b"---\nid: bad-yaml\ntitle: [oops\n---\ntext\n", 3, "bad YAML"),
    "not-mapping": (b"---\n- a\n- b\n---\ntext\n", 2, "expected 'key: value'"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_unreadable_files_are_skipped_with_their_line(write_topic, content_copy, name):
    raw, line, expected = BAD_FILES[name]
    write_topic(f"{name}.md", raw)
    library = load(content_copy)
    (problem,) = [p for p in library.problems if p.path.stem == name]
    assert problem.line == line
    assert expected in problem.message
    assert problem.is_error
    assert library.language("en").topic(name) is None
    # The good topics are all still there: one bad file never stops the kiosk.
    assert {"alpha", "beta", "gamma"} <= set(library.language("en").topics)


def test_oversized_file_is_skipped(write_topic, content_copy):
    write_topic("huge.md", topic_text("huge", "word " * (MAX_FILE_BYTES // 4)))
    library = load(content_copy)
    assert any("the limit is" in p.message for p in library.problems)
    assert library.language("en").topic("huge") is None


FIELD_CASES = {
    "missing title": ("title: A test topic\n", "", 2, "title: Field required"),
    "bad date": (
        "last_reviewed: 2026-01-10",
        "last_reviewed: 2026-13-45",
        10,
        "last_reviewed: Value error, '2026-13-45' is not a date",
    ),
    "number as date": (
        "last_reviewed: 2026-01-10",
        "last_reviewed: 20260110",
        10,
        "use a date in the form YYYY-MM-DD",
    ),
    "dates reversed": (
        "next_review_due: 2027-01-10",
        "next_review_due: 2025-01-10",
        11,
        "next_review_due must be after last_reviewed",
    ),
    "unknown field": ("order: 1\n", "order: 1\ncolour: red\n", 6, "colour: unknown field"),
    "bad source url": (
        "url: https://example.org/page",
        "url: not a url",
        9,
        "sources.0.url:",
    ),
    "no sources": (
        "sources:\n  - title: Test source\n    publisher: Test publisher\n"
        "    url: https://example.org/page\n",
        "sources: []\n",
        6,
        "sources: List should have at least 1 item",
    ),
    "bad id": ("id: {id}", "id: Not An Id", 2, "id: String should match pattern"),
    "two-line summary": ("summary: One line.", "summary: |\n  One\n  two", 4, "one line"),
}


@pytest.mark.parametrize("case", sorted(FIELD_CASES))
def test_invalid_front_matter_names_field_and_line(write_topic, content_copy, case):
    old, new, line, expected = FIELD_CASES[case]
    from tests.conftest import VALID_FRONT_MATTER

    front = VALID_FRONT_MATTER.replace(old, new).format(id="topic")
    path = write_topic("topic.md", topic_text("topic", front=front))
    library = load(content_copy)
    problems = [p for p in library.problems if p.path == path]
    assert problems, f"no problem reported for {case}"
    assert any(expected.removeprefix("last_reviewed: Value error, ") in p.message for p in problems)
    assert problems[0].line == line, [p.format() for p in problems]
    assert library.language("en").topic("topic") is None


def test_id_must_match_file_name(write_topic, content_copy):
    write_topic("real-name.md", topic_text("other-name"))
    library = load(content_copy)
    (problem,) = [p for p in library.problems if p.path.name == "real-name.md"]
    assert (problem.line, problem.message) == (
        2,
        "id 'other-name' must equal the file name 'real-name'",
    )


def test_dead_links_are_reported_and_shown_as_plain_text(write_topic, content_copy):
    path = write_topic(
        "links.md",
        topic_text("links", "Go to [nowhere](topic:nowhere).\n\nA [mystery](glossary:mystery).\n"),
    )
    library = load(content_copy)
    found = sorted((p.line, p.message) for p in library.problems if p.path == path)
    assert found == [
        (14, "link to unknown topic 'nowhere'"),
        (16, "link to unknown glossary term 'mystery'"),
    ]
    topic = library.language("en").topic("links")
    assert topic is not None, "a topic with a dead link is still shown"
    for block in topic.sections[0].blocks:
        assert isinstance(block, Paragraph)
        assert not any(isinstance(i, Link) for i in block.inlines)


def test_unknown_related_topic_is_reported_and_dropped(write_topic, content_copy):
    front = "id: rel\n" + (
        "title: T\nsummary: S\norder: 1\nsources:\n  - title: a\n    publisher: b\n"
        "    url: https://example.org\nlast_reviewed: 2026-01-10\n"
        "next_review_due: 2027-01-10\nrelated:\n  - alpha\n  - ghost\n"
    )
    path = write_topic("rel.md", topic_text("rel", front=front))
    library = load(content_copy)
    problems = [(p.line, p.message) for p in library.problems if p.path == path]
    assert problems == [(14, "related topic 'ghost' does not exist")]
    assert library.language("en").topic("rel").meta.related == ["alpha"]


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("missing.svg", "is missing from assets/illustrations"),
        ("../secret.svg", "leaves the assets/illustrations folder"),
        ("/etc/passwd.svg", "leaves the assets/illustrations folder"),
        ("https://example.org/x.svg", "not an address"),
        ("picture.gif", "must be .svg or .png"),
    ],
)
def test_picture_paths(write_topic, content_copy, src, expected):
    path = write_topic("pic.md", topic_text("pic", f"Text.\n\n![A picture]({src})\n"))
    library = load(content_copy)
    problems = [p.message for p in library.problems if p.path == path]
    assert len(problems) == 1 and expected in problems[0]


def test_glossary_problems(content_copy):
    (content_copy / "en" / "glossary.yaml").write_text(
        "- id: word\n  term: word\n  definition: A.\n"
        "- id: word\n  term: again\n  definition: B.\n"
        "- id: other-word\n  term: Word\n  definition: C.\n"
        "- id: bad\n  term: bad\n"
        "- id: extra\n  term: extra\n  definition: D.\n  colour: red\n",
        "utf-8",
    )
    library = load(content_copy)
    found = sorted(
        (p.line, p.severity.value, p.message)
        for p in library.problems
        if p.path.name == "glossary.yaml"
    )
    assert found == [
        (4, "error", "duplicate glossary id 'word'"),
        (7, "warning", "term 'Word' is also defined as 'word'"),
        (10, "error", "definition: Field required"),
        (15, "error", "colour: unknown field (check the spelling)"),
    ]
    assert set(library.language("en").glossary) == {"word", "other-word"}


def test_glossary_that_is_not_a_list(content_copy):
    (content_copy / "en" / "glossary.yaml").write_text("word: a thing\n", "utf-8")
    library = load(content_copy)
    assert any("expected a list" in p.message for p in library.problems)
    assert library.language("en").glossary == {}


def test_stray_files_and_folders_are_warnings(content_copy):
    (content_copy / "en" / "notes.txt").write_text("x", "utf-8")
    (content_copy / "images").mkdir()
    library = load(content_copy)
    assert sorted((p.path.name, p.severity.value) for p in library.problems) == [
        ("images", "warning"),
        ("notes.txt", "warning"),
    ]


def test_groups_and_helplines_load_and_topics_join_them():
    en = load(GOOD_CONTENT).language("en")
    assert [g.id for g in en.ordered_groups()] == ["basics", "kids"]
    assert en.groups["kids"].pathway
    sections = [(g.id if g else None, [t.id for t in ts]) for g, ts in en.home_sections()]
    assert sections == [("basics", ["alpha", "beta"]), ("kids", ["gamma"])]
    assert en.topic("beta").meta.helplines == ["test-line"]
    assert en.helplines["test-line"].phone == "0800 000 0000"


def test_unknown_group_or_helpline_is_reported_and_the_topic_stays_reachable(
    write_topic, content_copy
):
    front = (
        "id: lost\ntitle: T\nsummary: S\ngroup: nowhere\nhelplines: [test-line, ghost-line]\n"
        "order: 9\nsources:\n  - title: a\n    publisher: b\n    url: https://example.org\n"
        "last_reviewed: 2026-01-10\nnext_review_due: 2027-01-10\n"
    )
    path = write_topic("lost.md", topic_text("lost", front=front))
    library = load(content_copy)
    problems = sorted((p.line, p.message) for p in library.problems if p.path == path)
    assert problems == [
        (5, "group 'nowhere' is not in groups.yaml"),
        (6, "helpline 'ghost-line' is not in helplines.yaml"),
    ]
    en = library.language("en")
    assert en.topic("lost").meta.helplines == ["test-line"]
    assert (None, [en.topic("lost")]) in en.home_sections()


def test_bad_helpline_entries_are_reported(content_copy):
    (content_copy / "en" / "helplines.yaml").write_text(
        "- id: bad\n  name: Bad\n  phone: call us\n  hours: never\n"
        "  source_url: https://example.org\n",
        "utf-8",
    )
    library = load(content_copy)
    (problem,) = [p for p in library.problems if p.path.name == "helplines.yaml"]
    assert problem.line == 3 and problem.message.startswith("phone:")


def test_a_translation_may_point_at_english_only_topics_and_terms(write_topic, content_copy):
    path = write_topic(
        "delta.md",
        topic_text(
            "delta",
            "Zobacz [beta](topic:beta), [słowo](glossary:word) i [inne](glossary:other-word).\n\n"
            "A [nic](topic:nowhere).\n",
        ),
        language="pl",
    )
    library = load(content_copy)
    found = sorted((p.severity, p.line, p.message) for p in library.problems if p.path == path)
    assert found == [
        ("error", 16, "link to unknown topic 'nowhere'"),
        (
            "warning",
            14,
            "glossary term 'other-word' has no translation in pl/glossary.yaml: "
            "it is shown in English",
        ),
    ]
    reader = library.for_reader("pl")
    links = [i for i in reader.topics["delta"].sections[0].blocks[0].inlines if isinstance(i, Link)]
    assert [link.target for link in links] == ["beta", "word", "other-word"]
    assert reader.topics["beta"].language == "en", "the English page stands in"
    assert reader.glossary["other-word"].term == "other word"
    assert list(library.languages) == ["en", "pl"]


def test_loading_on_a_worker_thread_leaves_the_collector_alone(collector_while_loading):
    import threading

    def load_as_the_kiosk_does() -> None:
        with collector_paused():
            load_library(GOOD_CONTENT, FIXTURE_ILLUSTRATIONS)

    gc.enable()
    worker = threading.Thread(target=load_as_the_kiosk_does)
    worker.start()
    worker.join()
    # The switch is process-wide: not from a worker thread.
    assert collector_while_loading and all(collector_while_loading)
