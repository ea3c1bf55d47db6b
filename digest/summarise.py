"""Text → sentences → a short extractive summary (pure: no I/O, no clock, nothing downloaded).

Splitting is a hand-written rule splitter rather than a library: measured on the 2,225 BBC articles
(`notes/summarise.md`), pysbd took ~13 ms/article and mis-split Spanish/Urdu, sentencex never splits
inside a quotation (a multi-sentence quote becomes one "sentence"), blingfire is unmaintained since
2021 and ignores paragraph breaks. The rules below cover abbreviations, initials, quotes, decimals,
ellipses and the full stops of CJK, Urdu and Arabic text at ~0.1 ms/article.

Summaries pick sentences by a weighted score of centrality (TextRank over word overlap), position
and length; the weights were chosen on the even-numbered BBC articles (see `notes/summarise.md`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

# --- sentence splitting -------------------------------------------------------------------------

# A candidate boundary: terminators, closing quotes/brackets, then whitespace. CJK full stops need
# no whitespace after them.
_BOUNDARY = re.compile(
    r"(?P<term>\.{2,}|…|[.!?۔؟।]+)(?P<close>[\"'”’»)\]]*)\s+"
    r"|(?P<cjk>[。！？]+)(?P<cjkclose>[」』”’）)]*)\s*"
)
# Abbreviations that introduce a name or a number: a sentence never ends on them.
_NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp
    det fr hr sra srta sr dña ud uds vs v no nos nr art fig figs pp vol ch ca approx cf al""".split()
)
# Abbreviations that may also end a sentence ("...a unit of Apple Inc. The firm"): they end one
# only when a typical sentence opener follows.
_MAYBE_FINAL = frozenset(
    """inc ltd co corp plc llc bros jr st ave rd blvd mt ft etc jan feb mar apr jun jul aug sep sept
    oct nov dec mon tue tues wed thu thur thurs fri sat sun est dept univ assn ver bzw usw ggf vgl
    ff dh zb ua sog evtl pág núm tel""".split()
)
# Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary.
_OPENERS = frozenset(
    """the a an it he she they we i you this that these those there but and in on at as if when
    while after before its his her their our my however meanwhile so yet some many most all now
    then also last earlier later since for to not what who why how where one two three more
    der die das ein eine er es wir ich aber und im el la los las un una pero y en lo o os um uma
    mas e em ele ela eles elas""".split()
)
_GERMAN_MONTHS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november dezember".split()
)
_DOTTED_ACRONYM = re.compile(r"^(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}$")  # U.S, e.g, i.e, p.m, z.B
_OPENING_PUNCT = "\"'“‘«([¿¡"
_NEXT_WORD = re.compile(r"[\"'“‘«(\[¿¡]*([^\W_]+)")
# Lines joined to the previous one: a hard-wrapped continuation (no end punctuation, lower-case).
_LINE_END_PUNCT = re.compile(r"[.!?…。！？۔؟।:;\"'”’»)\]]\s*$")


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, keeping every character of each sentence (only spaces trimmed).

    Line breaks end a sentence (headings and captions stand alone), except a hard-wrapped line that
    runs on in lower case.
    """
    sentences: list[str] = []
    for block in _blocks(text):
        sentences.extend(_split_block(block))
    return sentences


def _blocks(text: str) -> list[str]:
    """Non-empty lines, with hard-wrapped continuation lines joined back on."""
    blocks: list[str] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        if blocks and line[0].islower() and not _LINE_END_PUNCT.search(blocks[-1]):
            blocks[-1] += " " + line
        else:
            blocks.append(line)
    return blocks


def _split_block(block: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(block):
        end = m.end()
        if end >= len(block):
            break
        if m.group("cjk") is None and not _is_boundary(block, m, start):
            continue
        piece = block[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = block[start:].strip()
    if tail:
        out.append(tail)
    return out


def _is_boundary(block: str, m: re.Match[str], start: int) -> bool:
    """Decide whether a '.', '!', '?' or ellipsis followed by space ends a sentence."""
    nxt = block[m.end()]
    if nxt.islower() and not (len(block) > m.end() + 1 and block[m.end() + 1].isupper()):
        return False  # "p.m. on Friday", '?" said X' (but "iPhone" still opens a sentence)
    term = m.group("term")
    if term != "." or m.group("close"):
        return True  # !, ?, ..., or a full stop inside quotes/brackets: 'He said "no." Then'
    word_start = block.rfind(" ", start, m.start()) + 1
    prev = block[word_start : m.start()].lstrip(_OPENING_PUNCT)
    if not prev:
        return True
    low = prev.lower()
    nm = _NEXT_WORD.match(block, m.end())
    next_word = nm.group(1).lower() if nm else ""
    if low in _NEVER_FINAL:
        return False
    if len(prev) == 1 and prev.isupper():  # an initial: "George W. Bush", "J. R. R. Tolkien"
        return next_word in _OPENERS
    if low in _MAYBE_FINAL or _DOTTED_ACRONYM.match(prev):  # "Inc.", "U.S.", "e.g.", "z. B."
        return next_word in _OPENERS
    if prev.isdigit() and len(prev) <= 2 and next_word in _GERMAN_MONTHS:
        return False  # German ordinal date: "am 3. Oktober"
    if len(prev) == 1 and prev.isalpha() and low != "a":  # "z. B. viel", "u. a."
        return next_word in _OPENERS
    return True
