"""One-line, bounded, display-safe text: what a header, a title or a name may hold.

Every value that reaches a header or a headline passes here, whichever path built the message
(the send loop, a preview, an editor's test copy), so the rules live in one place:

- C0 and C1 control characters and DEL are removed: a NUL or BEL in a Subject is not valid
  RFC 5322 text, and some clients stop displaying the header at it.
- Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
  removed: a title holding RIGHT-TO-LEFT OVERRIDE shows its words — and the `[n]` link number
  and URL that follow it in the plain-text part — in reverse ("Trojan Source", CVE-2021-42574).
  Right-to-left text itself needs none of them (the Unicode bidi algorithm orders it), and the
  HTML part marks headlines `dir="auto"`. The invisible marks U+200E/U+200F are kept: they
  cannot reorder anything beyond their neighbour.
- Whitespace runs (a pasted line break included) become one space.
- `cut_at_word` bounds a length without cutting a word in half, and says so with an ellipsis.
"""

from __future__ import annotations

import re

# Embedding/override (LRE, RLE, PDF, LRO, RLO) and isolate (LRI, RLI, FSI, PDI) controls.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# C0 controls other than whitespace, DEL and the C1 block: never text in a header or a title.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
ELLIPSIS = "…"


def strip_bidi(text: str) -> str:
    """`text` without bidirectional embedding, override or isolate controls."""
    return BIDI_CONTROLS.sub("", text)


def one_line(text: str) -> str:
    """Text fit for one header line or headline: no control or bidi override characters, and
    every whitespace run (line breaks included) one space."""
    return " ".join(BIDI_CONTROLS.sub("", _CONTROL.sub("", text)).split())


def cut_at_word(text: str, limit: int) -> str:
    """`text` if it has at most `limit` characters, else its start cut after a whole word with
    "…" appended, `limit` characters in all.

    A text with no space in its second half (a 200 KB run of letters, a long URL) is cut
    mid-word: a word boundary that far back would throw away most of what fits.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space >= limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:·-–—") + ELLIPSIS
