"""Values quoted back in messages, cut to a readable length.

A settings value, a file name or a key may be any size: a 50 MB value echoed whole into
a warning made a 52 MB log file at every start, past the log's 1 MB cap (issue 18).
Every message that quotes what it was given quotes it through :func:`shown`.
"""

from __future__ import annotations

MAX_SHOWN = 80  # characters of a quoted value: enough to recognise it, never a flood


def shown(value: object, limit: int = MAX_SHOWN) -> str:
    """``repr(value)``, cut to ``limit`` characters, saying how long the value was."""
    if isinstance(value, str):
        # repr of only the start: repr of a 50 MB string would cost 50 MB first.
        text = repr(value[: limit + 1])
        if len(value) <= limit and len(text) <= limit + 2:
            return text
        return f"{text[:limit]}… ({len(value):,} characters)"
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"


def clip(text: str, limit: int) -> str:
    """``text`` itself, cut to ``limit`` characters (for keys and whole messages)."""
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"
