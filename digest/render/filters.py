"""The filters templates may use beyond Jinja's own (templates/README.md lists them), and the
tidying of the plain-text part.

Dates are written in UTC because one render serves every subscriber, whatever their time zone.
The text part is wrapped here rather than in the templates so that a link's `[n]` stays glued
to its last word and a long URL is never broken.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

TEXT_WIDTH = 72


def date_long(value: datetime) -> str:
    """Like "Saturday, 28 November 2026", in UTC: one render serves every time zone."""
    value = value.astimezone(UTC) if value.tzinfo else value
    return f"{value:%A}, {value.day} {value:%B %Y}"


def date_short(value: datetime) -> str:
    """Like "28 Nov 2026", in UTC."""
    value = value.astimezone(UTC) if value.tzinfo else value
    return f"{value.day} {value:%b %Y}"


_NBSP = "\u00a0"
_BREAKABLE = re.compile(r"[ \t\r\f\v]+")


def wrap(text: object, width: int = TEXT_WIDTH, indent: str = "") -> str:
    """Greedy word wrap of each line at `width` columns.

    A word longer than the line (a URL) is never broken. A no-break space glues words together
    (see `with_ref`) and comes out as a plain space.
    """
    out: list[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in _BREAKABLE.split(paragraph.strip()):
            if not word:
                continue
            if line and len(indent) + len(line) + 1 + len(word) > width:
                out.append(indent + line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(indent + line if line else "")
    return "\n".join(out).replace(_NBSP, " ")


def with_ref(text: object, ref: int) -> str:
    """`text [ref]` with the number glued to the last word, so wrapping never orphans it."""
    return f"{text}{_NBSP}[{ref}]" if ref else str(text)


_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def tidy_text(text: str) -> str:
    """Trailing spaces off, blank-line runs to one: text templates can then be written freely."""
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"
