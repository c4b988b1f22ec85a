"""Speech mode's rules, Qt-free: what is on, how fast and loud, what a control's
description says, which hints were already given, and where a reader is in a topic.

The words themselves are translated by the UI (Qt's tr()); this module only decides
which of them are said, in what order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.core.content.document import Section, block_sentences

RATE_STEP = 0.2  # of Qt's -1..1 scale: about 15 % faster or slower a step
VOLUME_STEP = 0.2
MIN_VOLUME = 0.2  # never so soft that a reader thinks speech has stopped


def _clamp(value: float, low: float, high: float) -> float:
    return round(min(high, max(low, value)), 2)


@dataclass
class SpeechModeState:
    """Speech mode for one reader; :meth:`reset` gives the next reader the standard."""

    default_rate: float = 0.0
    default_volume: float = 1.0
    always_on: bool = False
    on: bool = False
    rate: float = 0.0
    volume: float = 1.0

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.on = self.always_on
        self.rate = self.default_rate
        self.volume = self.default_volume

    def faster(self) -> float:
        self.rate = _clamp(self.rate + RATE_STEP, -1.0, 1.0)
        return self.rate

    def slower(self) -> float:
        self.rate = _clamp(self.rate - RATE_STEP, -1.0, 1.0)
        return self.rate

    def louder(self) -> float:
        self.volume = _clamp(self.volume + VOLUME_STEP, MIN_VOLUME, 1.0)
        return self.volume

    def softer(self) -> float:
        self.volume = _clamp(self.volume - VOLUME_STEP, MIN_VOLUME, 1.0)
        return self.volume


def describe_control(name: str, role: str, state: str = "", hint: str = "") -> str:
    """ "Remission, button, selected. Double tap to open." from words already in the
    reader's language; empty parts are left out."""
    said = ", ".join(part for part in (name.strip(), role, state) if part)
    if not said:
        return hint
    return f"{said}. {hint}" if hint else f"{said}."


@dataclass
class HintMemory:
    """A hint is given the first time a reader meets each kind of control, not every
    time: a hint repeated at every button is noise."""

    _given: set[str] = field(default_factory=set)

    def first_time(self, kind: str) -> bool:
        if kind in self._given:
            return False
        self._given.add(kind)
        return True

    def reset(self) -> None:
        self._given.clear()


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str


class ReadingCursor:
    """A topic as headings and paragraphs; moves by either, and knows the one said last.

    ``position`` is -1 before the first block. Moving past either end stays at the end
    and returns None, so the UI can say "end of topic" instead of wrapping around.
    """

    def __init__(self, blocks: list[Block] | None = None) -> None:
        self.blocks = [b for b in (blocks or []) if b.text.strip()]
        self.position = -1

    def __bool__(self) -> bool:
        return bool(self.blocks)

    def current(self) -> Block | None:
        if 0 <= self.position < len(self.blocks):
            return self.blocks[self.position]
        return None

    def next(self) -> Block | None:
        if self.position + 1 >= len(self.blocks):
            return None
        self.position += 1
        return self.blocks[self.position]

    def previous(self) -> Block | None:
        if self.position <= 0:
            return None
        self.position -= 1
        return self.blocks[self.position]

    def next_heading(self) -> Block | None:
        for index in range(self.position + 1, len(self.blocks)):
            if self.blocks[index].kind is BlockKind.HEADING:
                self.position = index
                return self.blocks[index]
        return None

    def previous_heading(self) -> Block | None:
        for index in range(self.position - 1, -1, -1):
            if self.blocks[index].kind is BlockKind.HEADING:
                self.position = index
                return self.blocks[index]
        return None

    def rest(self) -> list[Block]:
        """The blocks after the current one, for reading on."""
        return self.blocks[self.position + 1 :]


def topic_blocks(title: str, sections: Iterable[Section]) -> list[Block]:
    """A topic as speech mode reads it: the title and each section's heading as headings,
    each paragraph, list or callout as one paragraph (a picture: its description)."""
    blocks = [Block(BlockKind.HEADING, title)]
    for section in sections:
        if section.heading:
            blocks.append(Block(BlockKind.HEADING, section.heading))
        for block in section.blocks:
            text = " ".join(block_sentences(block)).strip()
            if text:
                blocks.append(Block(BlockKind.PARAGRAPH, text))
    return blocks
