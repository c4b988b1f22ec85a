"""Typed, validated front matter and glossary entries (pydantic)."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    HttpUrl,
    model_validator,
)

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_ID_RE = re.compile(ID_PATTERN)


def _iso_date(value: Any) -> Any:
    """Accept a YAML date or an ISO ``YYYY-MM-DD`` string, nothing looser.

    Pydantic would otherwise read a number as seconds since 1970, which hides typos.
    """
    if isinstance(value, dt.datetime):
        raise ValueError("use a date (YYYY-MM-DD) without a time")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"'{value}' is not a date in the form YYYY-MM-DD") from None
    raise ValueError("use a date in the form YYYY-MM-DD")


def _one_line(value: str) -> str:
    if "\n" in value.strip():
        raise ValueError("must fit on one line")
    return value.strip()


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
TopicId = Annotated[str, Field(pattern=ID_PATTERN, max_length=60)]
OneLine = Annotated[str, Field(min_length=1), AfterValidator(_one_line)]


class Audience(StrEnum):
    GENERAL = "general"
    CHILDREN = "children"


HASH_PATTERN = r"^sha256:[0-9a-f]{64}$"
ContentHash = Annotated[str, Field(pattern=HASH_PATTERN)]


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: OneLine
    publisher: OneLine
    url: HttpUrl | None = None
    note: str | None = None
    checked: IsoDate | None = None
    """When the author last read this source against the topic."""
    review_due: IsoDate | None = None
    """The source page's own "next review due" date, where it gives one."""


class Review(BaseModel):
    """One clinical approval, written by ``kiosk content approve`` (never by hand)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    by: Annotated[OneLine, Field(max_length=80)]
    role: Annotated[OneLine, Field(max_length=120)]
    """For example "Clinical nurse specialist, haematology"."""
    date: IsoDate
    hash: ContentHash
    """Exactly what was approved (kiosk.core.content.governance.content_hash)."""


class TopicMeta(BaseModel):
    """The front matter of one topic file."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: TopicId
    title: Annotated[OneLine, Field(max_length=80)]
    summary: Annotated[OneLine, Field(max_length=120)]
    order: int
    sources: Annotated[list[Source], Field(min_length=1)]
    last_reviewed: IsoDate
    next_review_due: IsoDate
    related: list[TopicId] = Field(default_factory=list)
    group: TopicId | None = None
    icon: TopicId | None = None
    audience: Audience = Audience.GENERAL
    translation_of: TopicId | None = None
    translated_from: ContentHash | None = None
    """For a translation: the hash of the English topic it was made from."""
    author: Annotated[OneLine, Field(max_length=80)] | None = None
    reviews: list[Review] = Field(default_factory=list)
    review_interval_months: Annotated[int, Field(ge=1, le=120)] | None = None
    """Months between clinical checks; the library's maximum applies (the checker)."""
    review_status: str | None = None
    """No longer used: the state comes from ``reviews``; the checker says so."""
    helplines: list[TopicId] = Field(default_factory=list)
    """Helplines (from helplines.yaml) shown in a "Who can I talk to?" box."""
    hospital_contacts: bool = False
    """Show this hospital's own contacts (from the kiosk's settings) on this topic."""
    urgent_line: bool = False
    """Show the "Call now" box: the hospital's 24-hour number (``[hospital] urgent_line``)
    or, without one, the number the reader's team gave them, and 999."""

    @property
    def take_home_source(self) -> Source | None:
        """The page a reader's phone opens from "Take this home": the first source with a
        public address. So each topic lists first the page that matches its question
        (tests/domain/test_take_home_pages.py pins which page that is)."""
        return next((source for source in self.sources if source.url is not None), None)

    @model_validator(mode="after")
    def _dates_in_order(self) -> TopicMeta:
        if self.next_review_due <= self.last_reviewed:
            raise ValueError("next_review_due must be after last_reviewed")
        return self


class GroupEntry(BaseModel):
    """A heading on Home that gathers topics (``groups.yaml``)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: TopicId
    title: Annotated[OneLine, Field(max_length=60)]
    summary: Annotated[str, Field(max_length=120)] = ""
    order: int
    pathway: bool = False
    """Shown on Home as one tile that opens its own page (the children's pathway)."""
    icon: TopicId | None = None


class Helpline(BaseModel):
    """A phone line, written once (``helplines.yaml``); numbers are copied exactly."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: TopicId
    name: Annotated[OneLine, Field(max_length=80)]
    phone: Annotated[str, Field(pattern=r"^[0-9][0-9 ]{4,20}[0-9]$")]  # 116 123 is 7 long
    hours: Annotated[OneLine, Field(max_length=80)]
    description: Annotated[str, Field(max_length=200)] = ""
    source_url: HttpUrl


class GlossaryEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: TopicId
    term: Annotated[OneLine, Field(max_length=60)]
    definition: Annotated[str, Field(min_length=1, max_length=600)]


def is_valid_id(value: str) -> bool:
    return bool(_ID_RE.match(value))
