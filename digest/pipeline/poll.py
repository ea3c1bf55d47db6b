"""The fetch stage, as the CLI, the scheduler and the web app call it.

    fetch_feeds(config, store, now):
        for feed in config.feeds (concurrently, per-host limit):
            result = fetch(feed, conditional on stored etag / last-modified)   # ingest.http
            304 or same bytes  -> "unchanged"
            failure            -> recorded, backed off; the other feeds go on
            else articles = parse_feed(bytes)                                   # ingest.parse
                 teasers -> fetch the article page -> extract_page              # ingest.extract
                 store.add_articles (dedupe: guid, then link, then content hash)

The polite poller itself lives in `ingest.poller` and needs only the `FeedLedger` protocol of the
store; this module is where the concrete store is handed to it.
"""

from __future__ import annotations

from digest.ingest.poller import (
    FeedReport,
    feed_source,
    fetch_feeds,
    fetch_policy,
    fill_full_text,
    preload_parsers,
)

__all__ = [
    "FeedReport",
    "feed_source",
    "fetch_feeds",
    "fetch_policy",
    "fill_full_text",
    "preload_parsers",
]
