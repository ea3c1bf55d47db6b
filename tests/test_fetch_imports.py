"""What `digest fetch` loads, and when: the poller imports no parser and no pydantic;
`preload_parsers` imports the parsers on a thread (while the store opens and feeds download)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


BROKEN = """
import sys, time
from pathlib import Path
sys.modules["feedparser"] = None  # as if it were not installed
from digest.config import parse_config
from digest.pipeline.clock import utcnow
from digest.pipeline.poll import fetch_feeds
from digest.store import Store
folder = Path(sys.argv[1])
(folder / "f.xml").write_text("<rss version='2.0'><channel><title>t</title></channel></rss>")
config = parse_config("feeds:\\n  - url: f.xml\\n", base_dir=folder)
started = time.monotonic()
try:
    fetch_feeds(config, Store(folder / "s.sqlite3"), utcnow())
except ImportError as exc:
    print("ImportError", round(time.monotonic() - started) < 10)
"""


def test_parsers_that_cannot_load_fail_the_fetch_at_once(tmp_path: Path) -> None:
    """As when the poller imported them itself: the run stops with the ImportError (no feed
    waits for a parse that cannot start)."""
    out = subprocess.run(
        [sys.executable, "-c", BROKEN, str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert out.stdout.split() == ["ImportError", "True"], out.stderr[-2000:]
