from kiosk.core.content.document import Callout, Image, Link, LinkKind, ListBlock, Paragraph, Text
from kiosk.core.content.markdown import parse_body


def test_sections_paragraphs_lists_callouts_and_pictures():
    body = parse_body(
        "Intro with **bold** text.\n\n"
        "## First question?\n\n"
        "- one\n- [two](glossary:two)\n\n"
        "1. step\n2. step\n\n"
        "![A picture](pic.svg)\n\n"
        "> Call us.\n",
        first_line=10,
    )
    assert not body.issues
    intro, first = body.sections
    assert intro.heading is None
    assert intro.blocks == (
        Paragraph((Text("Intro with "), Text("bold", strong=True), Text(" text."))),
    )
    assert first.heading == "First question?"
    bullets, steps, picture, callout = first.blocks
    assert isinstance(bullets, ListBlock) and not bullets.ordered
    assert bullets.items[1] == (Link(LinkKind.GLOSSARY, "two", (Text("two"),)),)
    assert isinstance(steps, ListBlock) and steps.ordered and len(steps.items) == 2
    assert picture == Image("pic.svg", "A picture")
    assert callout == Callout(((Text("Call us."),),))
    kinds = {(r.kind, r.target, r.line) for r in body.references}
    assert kinds == {("glossary", "two", 15), ("image", "pic.svg", 20)}


def test_link_line_is_exact_inside_a_long_paragraph():
    body = parse_body("First line\nsecond line\nthird [x](topic:far) line\n", first_line=5)
    assert [(r.target, r.line) for r in body.references] == [("far", 7)]


def test_plain_text_reads_as_sentences():
    body = parse_body("## Who can have it\n\n- children\n- young people\n")
    assert body.sections[0].plain_text() == "Who can have it.\nchildren.\nyoung people."


def test_wrong_heading_levels_are_errors():
    body = parse_body("# Title again\n\ntext\n\n### Too deep\n\nmore\n")
    messages = [(i.line, i.message) for i in body.issues]
    assert len(messages) == 2
    assert messages[0][0] == 1 and "use '##'" in messages[0][1]
    assert messages[1][0] == 5 and "found ###" in messages[1][1]


def test_web_links_and_unknown_schemes_are_errors_and_become_text():
    body = parse_body("See [site](https://example.org) and [x](other).\n")
    assert len(body.issues) == 2
    assert "cannot be opened on an offline kiosk" in body.issues[0].message
    assert "is not topic:ID or glossary:ID" in body.issues[1].message
    (paragraph,) = body.sections[0].blocks
    assert isinstance(paragraph, Paragraph)
    assert all(isinstance(item, Text) for item in paragraph.inlines)


def test_picture_problems():
    body = parse_body("![](no-alt.svg)\n\nText with ![inline](x.svg) picture.\n")
    messages = [i.message for i in body.issues]
    assert any("has no alt text" in m for m in messages)
    assert any("on a line of its own" in m for m in messages)


def test_empty_link_text_and_code_blocks_are_errors():
    body = parse_body("A [](topic:x) link.\n\n    code block\n")
    messages = [i.message for i in body.issues]
    assert any("no text to tap" in m for m in messages)
    assert any("code blocks" in m for m in messages)


def test_raw_html_is_shown_as_text_never_interpreted():
    body = parse_body("<b>bold?</b> <script>x</script>\n")
    (paragraph,) = body.sections[0].blocks
    assert isinstance(paragraph, Paragraph)
    assert "<script>" in "".join(i.text for i in paragraph.inlines)


def test_nested_lists_are_flattened_with_a_warning():
    body = parse_body("- one\n  - inner\n- two\n")
    (block,) = body.sections[0].blocks
    assert isinstance(block, ListBlock)
    assert [item[0].text for item in block.items] == ["one", "inner", "two"]
    assert [i.is_error for i in body.issues] == [False]
