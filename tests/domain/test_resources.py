"""Every resource addressed by id resolves, and the bundled fonts come with licences."""

import xml.etree.ElementTree as ET

from kiosk.io import resources


def test_every_icon_id_resolves_to_svg():
    for icon in resources.Icon:
        path = resources.icon_path(icon)
        assert path.is_file(), icon
        assert ET.parse(path).getroot().tag.endswith("svg")


def test_topic_icons_named_by_content_exist():
    from kiosk.io.content_loader import load_library

    library = load_library(resources.content_dir(), resources.illustrations_dir())
    for language in library.languages.values():
        for topic in language.topics.values():
            if topic.meta.icon:
                assert resources.topic_icon_path(topic.meta.icon).is_file(), topic.id


def test_fonts_are_bundled_with_their_licences():
    names = {path.name for path in resources.font_files()}
    assert "AtkinsonHyperlegibleNext-Regular.ttf" in names
    assert "NotoSansArabic-Regular.ttf" in names
    licences = list(resources.fonts_dir().glob("OFL-*.txt"))
    assert len(licences) >= 2
    for licence in licences:
        assert "SIL Open Font License" in licence.read_text("utf-8")
