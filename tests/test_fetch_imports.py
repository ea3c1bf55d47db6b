"""What `digest fetch` loads, and when: the poller imports no parser and no pydantic;
`preload_parsers` imports the parsers on a thread (while the store opens and feeds download)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys, threading
import digest.pipeline.poll as poll
heavy = ("digest.ingest.parse", "digest.ingest.extract", "feedparser", "chardet",
         "pydantic", "lxml.html")
print(sorted(m for m in heavy if m in sys.modules))
poll.preload_parsers()
poll.preload_parsers()  # once
for thread in threading.enumerate():
    if thread.name == "import-parsers":
        thread.join()
print(sorted(m for m in heavy if m in sys.modules))
print(sum(t.name == "import-parsers" for t in threading.enumerate()))
"""


def test_the_poller_loads_the_parsers_only_when_asked_and_on_a_thread() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == "[]"
    assert out[1] == str(sorted(["digest.ingest.extract", "digest.ingest.parse", "feedparser",
                                 "lxml.html"]))  # fmt: skip
    assert out[2] == "0"
