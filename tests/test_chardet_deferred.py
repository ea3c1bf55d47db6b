"""feedparser's encoding guess (chardet) is loaded at its first use, not with feedparser
(digest/ingest/chardet_deferred.py): importing the parser loads no chardet, and a feed that only
chardet can decode parses exactly as with chardet imported up front."""

from __future__ import annotations

import subprocess
import sys

# Latin-1 bytes, no encoding declared, and not well-formed (the lxml reader refuses it), so
# feedparser's salvaging parser reads it and asks chardet what it is.
PARSE = r"""
import sys
if sys.argv[1] == "early":
    import chardet
from datetime import UTC, datetime
from digest.ingest.parse import parse_feed
from digest.model.types import FeedSource
print("chardet" in sys.modules)
body = (
    "<rss version='2.0'><channel><title>Caf\xe9 cr\xe8me & co</title><item>"
    "<title>D\xe9j\xe0 vu \xe0 l'h\xf4tel</title><link>https://e.org/1</link>"
    "<description>Tr\xe8s bien, na\xefve fa\xe7ade, \xe9t\xe9 br\xfbl\xe9</description>"
    "</item></channel></rss>"
).encode("latin-1")
now = datetime(2026, 12, 5, tzinfo=UTC)
parsed = parse_feed(body, FeedSource(url="https://e.org/f", name="f"), now)
print("chardet" in sys.modules, parsed.parser, parsed.title)
print([(a.title, a.text) for a in parsed.articles])
"""


def run(when: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", PARSE, when], capture_output=True, text=True, check=True
    ).stdout
    return out.splitlines()


def test_chardet_is_loaded_at_the_first_guess_with_the_same_result() -> None:
    later, early = run("later"), run("early")
    assert later[0] == "False" and early[0] == "True"  # importing the parser loaded no chardet
    assert later[1].startswith("True feedparser Caf")  # ...until feedparser guessed
    assert later[1:] == early[1:]
    assert "Déjà vu" in later[2]
