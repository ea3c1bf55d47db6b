"""trafilatura's options for each of digest's passes over a page, built once, copied per page.

Pure. Split out of `extract`: a pass used to build its options from keyword arguments at each
call (trafilatura reads its settings one by one through configparser, ~60 µs a pass), then to
copy the ones built once with `copy.copy` (~25 µs: its generic path through `__reduce_ex__`
for an object with slots). The copy is made slot by slot here, as `copy.copy` makes it.
"""

from __future__ import annotations

from copyreg import _slotnames  # type: ignore[attr-defined]
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trafilatura.settings import Extractor

__all__ = ["page_options", "pass_options"]

_UNSET = object()


@cache
def pass_options(focus: str, fast: bool) -> Extractor:
    """trafilatura's options for one kind of pass, as `trafilatura.extract` builds them from its
    arguments, built once: building them reads its settings one by one through configparser,
    ~60 µs per pass, 4% of a small page's extraction. (Their date bounds, set at building, are
    read only by its metadata extraction, which these passes never ask for.)"""
    from trafilatura.settings import Extractor

    return Extractor(
        fast=fast,
        precision=focus == "precision",
        recall=focus == "recall",
        comments=False,
        tables=True,
        dedup=False,
    )


def page_options(url: str | None, focus: str, fast: bool) -> Extractor:
    """A copy of the pass's options for the page at `url`, as trafilatura.extract sets them.

    `copy.copy` makes an object with slots by its class's `__new__` and sets each slot that is
    set on the original (copyreg's `__reduce_ex__`): the same, without the generic path."""
    base = pass_options(focus, fast)
    options: Extractor = type(base).__new__(type(base))
    for name in _slotnames(type(base)):
        if (value := getattr(base, name, _UNSET)) is not _UNSET:
            setattr(options, name, value)
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options
