"""Same-story merging and Check Also measured end to end: feeds -> `digest fetch` -> `digest build`
-> digest.json, on ECB+ (tuning topics 1-35, held-out topics 36-45) and on our labelled day of real
news (the 181 Zyte pages, bench/data/zyte_stories.json).

    .venv/bin/python bench/stories_e2e.py [tune|heldout|zyte|all] [--keep DIR]

How the feeds are made (a fixed recipe, the same for every method measured):
* ECB+: each document is one RSS 2.0 entry. Title = its first line (a headline for `ecbplus`
  docs, the lead sentence for `ecb` docs), content:encoded = the other lines as <p> paragraphs,
  link = https://ecb.example/<doc_id>, guid = doc_id. The documents are dealt to 24 feeds
  ("outlets") by a hash of their id. Every entry is dated within one day (the same fixed day,
  minutes from a hash of the id): a daily digest sees one day's news, and ECB+'s two events per
  topic, years apart in reality, arrive together here; the publication dates cannot tell them
  apart, only the text can.
* Zyte: one feed per site (domain); title = the page's og:title minus " | Site", content = the
  gold body text (paragraphs), link = the page URL; dated 19 Nov 2019 (the pages are of 18-20 Nov).
* All feeds are local files, `full_text: false`, so nothing is fetched; one section; up to 200
  items per section (no item is capped away); empty archive (a fresh store).

Scores (from digest.json alone, articles found by URL):
* B³ precision/recall/F1 over articles, items = lead + "also covered by" links;
* Check Also: per item with a link, "same story" when the link's story equals the item's lead's
  story; p@1 = among the other links (another story), the share in the lead's topic
  (ECB+ topics; for Zyte, the labelled topics, items without a labelled topic left out).
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
TUNE_TOPICS = frozenset(range(1, 36))
HELDOUT_TOPICS = frozenset(range(36, 46))
N_FEEDS = 24
ECB_DAY = datetime(2026, 3, 2, tzinfo=UTC)
ZYTE_DAY = datetime(2019, 11, 19, tzinfo=UTC)


@dataclass(frozen=True)
class Entry:
    doc: str  # label key
    feed: str  # feed (outlet) name
    title: str
    paragraphs: tuple[str, ...]
    url: str
    published: datetime


@dataclass(frozen=True)
class Labels:
    story: dict[str, str]  # doc -> story
    topic: dict[str, str]  # doc -> topic ("" = none)


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.sha1(text.encode()).digest()[:8], "big")


def ecb_entries(topics: frozenset[int]) -> tuple[list[Entry], Labels]:
    entries, story, topic = [], {}, {}
    for line in (DATA / "stories" / "ecbplus_docs.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["topic_id"] not in topics:
            continue
        lines = row["text"].split("\n")
        doc = row["doc_id"]
        h = _hash(doc)
        entries.append(
            Entry(
                doc=doc,
                feed=f"outlet-{h % N_FEEDS:02d}",
                title=lines[0],
                paragraphs=tuple(lines[1:]) or (lines[0],),
                url=f"https://ecb.example/{doc}",
                published=ECB_DAY - timedelta(minutes=(h >> 8) % 1440),
            )
        )
        story[doc] = row["story_id"]
        topic[doc] = str(row["topic_id"])
    return entries, Labels(story, topic)


def zyte_entries() -> tuple[list[Entry], Labels]:
    from urllib.parse import urlsplit

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_stories import load_zyte  # its title cleaning: one copy

    articles, story, topic = load_zyte()
    labels = json.loads((ROOT / "bench" / "data" / "zyte_stories.json").read_text("utf-8"))
    topical = {k for keys in labels["topics"].values() for k in keys}
    entries = []
    for a in articles:
        host = urlsplit(a.url).hostname or "site"
        host = host.removeprefix("www.")
        paragraphs = tuple(p.strip() for p in a.text.split("\n") if p.strip())
        entries.append(
            Entry(
                doc=a.id,
                feed=host,
                title=a.title,
                paragraphs=paragraphs or (a.text,),
                url=a.url,
                published=ZYTE_DAY + timedelta(minutes=_hash(a.id) % 1440),
            )
        )
    return entries, Labels(story, {k: (v if k in topical else "") for k, v in topic.items()})


def write_feeds(folder: Path, entries: list[Entry]) -> list[str]:
    """One RSS 2.0 file per feed name; returns the feed names in a fixed order."""
    by_feed: dict[str, list[Entry]] = {}
    for e in sorted(entries, key=lambda e: (e.feed, e.doc)):
        by_feed.setdefault(e.feed, []).append(e)
    (folder / "feeds").mkdir(parents=True, exist_ok=True)
    for name, items in by_feed.items():
        parts = [
            '<?xml version="1.0" encoding="utf-8"?>',
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
            f"<channel><title>{html.escape(name)}</title><link>https://{name}/</link>",
            "<description>test feed</description>",
        ]
        for e in items:
            body = "".join(f"<p>{html.escape(p)}</p>" for p in e.paragraphs)
            parts.append(
                "<item>"
                f"<title>{html.escape(e.title)}</title>"
                f"<link>{html.escape(e.url)}</link>"
                f'<guid isPermaLink="false">{html.escape(e.doc)}</guid>'
                f"<pubDate>{format_datetime(e.published)}</pubDate>"
                f"<content:encoded><![CDATA[{body}]]></content:encoded>"
                "</item>"
            )
        parts.append("</channel></rss>")
        (folder / "feeds" / f"{name}.xml").write_text("\n".join(parts), encoding="utf-8")
    return list(by_feed)


def write_config(folder: Path, feeds: list[str]) -> Path:
    import yaml

    (folder / "subscribers").mkdir(exist_ok=True)
    (folder / "subscribers" / "list.csv").write_text("email,name\nreader@example.org,Reader\n")
    config = {
        "digest": {
            "title": "Stories bench",
            "from": "Bench <bench@example.org>",
            "base_url": "http://127.0.0.1:8025",
            "max_items_per_section": 200,
            "archive_days": 14,
        },
        "store": "var/digest.sqlite3",
        "subscribers": "subscribers/",
        "preview": "var/preview",
        "feeds": [
            {"url": f"feeds/{name}.xml", "name": name, "section": "News", "full_text": False}
            for name in feeds
        ],
        "schedules": [{"name": "daily", "cron": "0 7 * * *", "timezone": "UTC", "lookback": "1d"}],
        "delivery": {"transport": "outbox", "outbox": "var/outbox"},
    }
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def digest_cli(*args: str, config: Path) -> None:
    """`digest` of this tree (not the installed one: a git archive measures its own code)."""
    path = os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))
    subprocess.run(
        [sys.executable, "-m", "digest", *args, "--config", str(config)],
        check=True,
        cwd=config.parent,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": path},
    )


def build(entries: list[Entry], folder: Path) -> dict:
    """feeds -> digest fetch -> digest build -> the parsed digest.json."""
    config = write_config(folder, write_feeds(folder, entries))
    digest_cli("fetch", config=config)
    digest_cli("build", config=config)
    return json.loads((folder / "var" / "preview" / "digest.json").read_text("utf-8"))


def fetched(entries: list[Entry], folder: Path) -> Path:
    """feeds -> digest fetch only: the config path, for in-process builds over the same store."""
    config = write_config(folder, write_feeds(folder, entries))
    digest_cli("fetch", config=config)
    return config


# ---------------------------------------------------------------- scores
@dataclass(frozen=True)
class Score:
    articles: int
    missing: int  # fed in, but in no item (deduplicated by the store, or capped)
    items: int
    p: float
    r: float
    f1: float
    links: int  # items with a Check Also link
    same_story: int  # ... to an article of the lead's story
    other_story: int  # ... to another story (with a topic label, for p@1)
    right_topic: int  # ... of those, in the lead's topic

    @property
    def same_share(self) -> float:
        return self.same_story / self.links if self.links else 0.0

    @property
    def p_at_1(self) -> float:
        return self.right_topic / self.other_story if self.other_story else 0.0

    def line(self) -> str:
        return (
            f"B3 P={self.p:.3f} R={self.r:.3f} F1={self.f1:.3f} ({self.items} items, "
            f"{self.articles} articles, {self.missing} not shown) | Check Also p@1 "
            f"{self.p_at_1:.3f} ({self.right_topic}/{self.other_story}), same story "
            f"{self.same_story}/{self.links} = {self.same_share:.1%}"
        )


def bcubed(groups: list[list[str]], story: dict[str, str]) -> tuple[float, float, float]:
    gold = Counter(story[d] for g in groups for d in g)
    p = r = 0.0
    n = 0
    for g in groups:
        counts = Counter(story[d] for d in g)
        for d in g:
            p += counts[story[d]] / len(g)
            r += counts[story[d]] / gold[story[d]]
            n += 1
    p, r = p / n, r / n
    return p, r, 2 * p * r / (p + r)


def score_items(items: list[dict], entries: list[Entry], labels: Labels) -> Score:
    """Items as digest.json writes them (url, also[].url, check_also.url)."""
    doc_of = {e.url: e.doc for e in entries}
    groups = []
    same = other = right = links = 0
    for item in items:
        docs = [doc_of[item["url"]], *(doc_of[a["url"]] for a in item["also"])]
        groups.append(docs)
        link = item.get("check_also")
        if not link:
            continue
        links += 1
        target, lead = doc_of[link["url"]], docs[0]
        if labels.story[target] == labels.story[lead]:
            same += 1
        elif labels.topic[lead]:
            other += 1
            right += labels.topic[target] == labels.topic[lead]
    shown = sum(len(g) for g in groups)
    p, r, f = bcubed(groups, labels.story)
    return Score(len(entries), len(entries) - shown, len(items), p, r, f, links, same, other, right)


def score_digest(data: dict, entries: list[Entry], labels: Labels) -> Score:
    return score_items([i for s in data["sections"] for i in s["items"]], entries, labels)


# ---------------------------------------------------------------- in-process variants
def stored_articles(config: Path) -> list:
    """The articles `digest fetch` stored, as `digest build` reads them."""
    from datetime import UTC, datetime

    sys.path.insert(0, str(ROOT))
    from digest.store import Store

    store = Store(config.parent / "var" / "digest.sqlite3")
    try:
        return store.articles_seen_between(
            datetime(1970, 1, 1, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC)
        )
    finally:
        store.close()


def build_items(
    articles: list,
    group_kw: dict | None = None,
    check_kw: dict | None = None,
    lead: str = "central",
) -> list[dict]:
    """What `sections.build_sections` puts in digest.json (lead, also, check_also), without the
    summaries, for variants of the grouping and Check Also settings. `lead="longest"` is the
    v1-v3 rule (full text, then most text). `bench_stories.py` checks that the shipped settings
    give the very items `digest build` wrote."""
    sys.path.insert(0, str(ROOT))
    from digest.compose.related import group_same_story, pick_check_also
    from digest.compose.sections import _lead_key

    ordered = sorted(articles, key=lambda a: a.id)
    merged = group_same_story(ordered, **(group_kw or {}))
    if lead == "longest":
        merged = [
            (min(g, key=_lead_key), *(a for a in g if a is not min(g, key=_lead_key)))
            for g in merged
        ]
    follow = pick_check_also(merged, [], **(check_kw or {}))
    items = []
    for group in merged:
        lead_article = group[0]
        pick = follow.get(lead_article.id)
        items.append(
            {
                "url": lead_article.url,
                "also": [{"url": a.url} for a in group[1:]],
                "check_also": {"url": pick.url} if pick is not None and pick.url else None,
            }
        )
    return items


def labelled(which: str) -> tuple[list[Entry], Labels]:
    if which == "zyte":
        return zyte_entries()
    return ecb_entries(TUNE_TOPICS if which == "tune" else HELDOUT_TOPICS)


def run(which: str, keep: Path | None = None) -> Score:
    entries, labels = labelled(which)
    if keep is not None:
        folder = keep / which
        folder.mkdir(parents=True, exist_ok=True)
        return score_digest(build(entries, folder), entries, labels)
    with tempfile.TemporaryDirectory() as tmp:
        return score_digest(build(entries, Path(tmp)), entries, labels)


NAMES = {
    "tune": "ECB+ topics 1-35 (tuning)",
    "heldout": "ECB+ topics 36-45 (held out)",
    "zyte": "real news, 181 Zyte pages",
}


def main() -> None:
    args = sys.argv[1:]
    keep = None
    if "--keep" in args:
        keep = Path(args[args.index("--keep") + 1])
        del args[args.index("--keep") : args.index("--keep") + 2]
    which = args[0] if args else "all"
    for name in ("tune", "heldout", "zyte") if which == "all" else (which,):
        print(f"{NAMES[name]:30s} {run(name, keep).line()}", flush=True)


if __name__ == "__main__":
    main()
