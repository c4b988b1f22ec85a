"""The content patients see: it must pass the checker with no errors and no warnings."""

import datetime as dt

from kiosk import resources
from kiosk.domain.content.checker import check_content


def test_bundled_content_is_clean_as_for_a_release():
    report = check_content(
        resources.content_dir(), resources.illustrations_dir(), today=dt.date.today(), strict=True
    )
    assert [p.format() for p in report.problems] == []
    assert report.library.topic_count >= 1
