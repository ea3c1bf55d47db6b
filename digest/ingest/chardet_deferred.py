"""feedparser without chardet's import cost: chardet is loaded when feedparser first guesses an
encoding, not when feedparser is imported.

feedparser imports cchardet or chardet (whichever is installed; neither is a dependency of
digest) to guess the encoding of a document that declares none and is not UTF-8, which only its
salvaging parser meets; the lxml reader of `ingest.parse` never asks. chardet's import was
~23 ms of every `digest fetch` (`python -c "import feedparser"` with and without it, medians of
15, load 2.6). `defer_chardet()`, called before feedparser is first imported, lends feedparser a
stand-in whose `detect` imports the real chardet and calls it: the same guesses, later.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any


def defer_chardet() -> None:
    """Import feedparser's encodings module with the stand-in (once; nothing to do when
    feedparser is loaded already, or chardet is not installed, or cchardet is, which
    feedparser prefers and which is quick to import)."""
    if "feedparser.encodings" in sys.modules or "chardet" in sys.modules:
        return
    if importlib.util.find_spec("chardet") is None or importlib.util.find_spec("cchardet"):
        return
    stand_in = types.ModuleType(
        "chardet", "Loads chardet at its first use (ingest.chardet_deferred)."
    )
    stand_in.detect = _detect  # type: ignore[attr-defined]
    sys.modules["chardet"] = stand_in
    try:
        import feedparser.encodings  # noqa: F401  (takes the stand-in as its chardet)
    finally:
        if sys.modules.get("chardet") is stand_in:
            del sys.modules["chardet"]  # anyone else importing chardet gets the real one


def _detect(data: bytes) -> Any:
    import chardet

    return chardet.detect(data)
