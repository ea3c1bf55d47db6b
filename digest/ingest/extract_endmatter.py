"""End matter: the short notices a site prints after the story (copyright, contacts, DOIs).

Pure: takes a chosen text's paragraphs, returns paragraphs. No network, disk or clock.

Why: after an article's last paragraph many sites print lines that are about the article, not
of it: the agency's copyright notice ("© Thomson Reuters 2009 All rights reserved", "Copyright
2012 Reuters. All rights reserved.", "© RIPRODUZIONE RISERVATA"), the press office's or the
reporter's e-mail address and telephone, the paper's DOI, a parenthesised credit ("(Reporting
by ...; Editing by ...)", "(Borítókép: NAME / MTI)"). Every extractor keeps them, since they sit
in the article's container; the gold texts leave them out (the 181 real pages' gold drops
Reuters', Barron's, Space.com's and nj.com's such lines, and keeps a few: cbslocal's and
Hawaii News Now's copyright line). They are marked by signs that do not depend on the page's
language: the © sign or the word "copyright", an e-mail address, a DOI, a telephone number on a
short line, a paragraph wholly in parentheses.

Only a run of such paragraphs at the very end goes: the walk back from the last paragraph stops
at the first one without a mark, so a line inside the story is never dropped (a story's last
paragraph that asks readers to call the police on a number is prose, and ends the walk). The run
is short (`TAIL_MAX_WORDS`) and the story before it at least `STORY_MIN_RATIO` times as long.
Measured with bench/bench_sets.py (sets A-X) and bench/bench_extract.py: notes/h-fixg.md.
"""

from __future__ import annotations

import re
from itertools import islice

from digest.ingest.extract_shingles import _WORD

__all__ = ["STORY_MIN_RATIO", "TAIL_MAX_WORDS", "drop_end_matter"]

TAIL_MAX_WORDS = 60  # words in the trailing run of notices (leave-one-set-out: 60 in every fold)
STORY_MIN_RATIO = 2.0  # the text before the run: at least this many times its words
_PHONE_LINE_MAX_WORDS = 15  # a number in a longer paragraph is the story's ("call 101 ...")

_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved", re.IGNORECASE)
# an address whose domain ends in a name of letters ("dom@host:/etc" in a shell prompt is none)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b")
_DIGIT = re.compile(r"\d")
_DOI = re.compile(r"\b10\.\d{4,9}/\S+")
# groups of digits separated by spaces, dots or hyphens, an optional "+" and area code in brackets
_PHONE = re.compile(r"(?<![\w.])\+?\(?\d{1,4}\)?(?:[ .-]\(?\d{2,5}\)?){2,4}(?![\w.])")


def _is_phone(number: str) -> bool:
    """A telephone number, not a version or an IPv4 address (four groups joined by dots)."""
    return number.count(".") < 3


def is_notice(para: str) -> bool:
    """A paragraph that carries one of end matter's marks.

    Each pattern runs only where a substring test finds its sign (the last paragraph of most
    texts is prose and has none): this is read for every page, so it must cost next to nothing.
    """
    if para.startswith("(") and para.endswith(")"):
        return True
    if "@" in para and _EMAIL.search(para):
        return True
    if "10." in para and _DOI.search(para):
        return True
    lower = para.lower()
    if ("©" in para or "(c)" in lower or "copyright" in lower or "rights reserved" in lower) and (
        _COPYRIGHT.search(para)
    ):
        return True
    if not _DIGIT.search(para):
        return False
    if (
        sum(1 for _ in islice(_WORD.finditer(para), _PHONE_LINE_MAX_WORDS + 1))
        > _PHONE_LINE_MAX_WORDS
    ):
        return False
    return any(_is_phone(m.group()) for m in _PHONE.finditer(para))


def drop_end_matter(paras: list[str]) -> list[str]:
    """`paras` without the run of notices that ends them, if it is short and follows a story.

    Words are counted only from the end, and the story's only when there is a run to weigh:
    on most texts the last paragraph carries no mark and one look at it is all."""
    cut, tail, run = None, 0, 0  # `run`: the words of the run that would go
    for i in range(len(paras) - 1, 0, -1):  # never the first paragraph: something must remain
        para = paras[i].strip()
        if not is_notice(para):
            break
        tail += len(_WORD.findall(para))
        if tail > TAIL_MAX_WORDS:
            break
        cut, run = i, tail
    if cut is None:
        return paras
    story = 0
    for para in paras[:cut]:
        story += len(_WORD.findall(para))
        if story >= STORY_MIN_RATIO * run:
            return paras[:cut]
    return paras
