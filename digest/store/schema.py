"""The schema: one list of migrations, applied in order; its length is the schema version.

An entry is SQL (statements separated by ";") or, where SQL cannot say it portably, a function
that takes the connection and runs inside the same migration transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from digest.store.address_merge import merge_address_case

Migration = str | Callable[[sqlite3.Connection], None]

# Each entry brings the schema from version i to i+1. Never edit a released entry: append.
MIGRATIONS: list[Migration] = [
    """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        etag TEXT,
        last_modified TEXT,
        body_hash TEXT,
        last_attempt TEXT,
        last_success TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        failing_since TEXT,
        last_error TEXT,
        next_try TEXT,
        disabled INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        feed_url TEXT NOT NULL,
        source TEXT NOT NULL,
        section TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT NOT NULL,
        published TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        text TEXT NOT NULL,
        guid TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        is_teaser INTEGER NOT NULL DEFAULT 0,
        related TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX articles_feed_guid ON articles (feed_url, guid);
    CREATE INDEX articles_feed_url ON articles (feed_url, url);
    CREATE INDEX articles_hash ON articles (content_hash);
    CREATE INDEX articles_first_seen ON articles (first_seen);
    CREATE TABLE issues (
        id TEXT PRIMARY KEY,
        schedule TEXT NOT NULL,
        period TEXT NOT NULL,
        status TEXT NOT NULL,
        subject TEXT NOT NULL,
        window_start TEXT NOT NULL,
        window_end TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        body TEXT NOT NULL,
        UNIQUE (schedule, period)
    );
    CREATE TABLE issue_items (
        issue_id TEXT NOT NULL REFERENCES issues (id),
        position INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        section TEXT NOT NULL,
        PRIMARY KEY (issue_id, position)
    );
    CREATE TABLE subscribers (
        email TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        sections TEXT,
        format TEXT NOT NULL DEFAULT 'html',
        timezone TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        key TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE deliveries (
        issue_id TEXT NOT NULL,
        email TEXT NOT NULL,
        status TEXT NOT NULL,
        message_id TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_try TEXT,
        claimed_by TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (issue_id, email)
    );
    CREATE INDEX deliveries_status ON deliveries (issue_id, status);
    CREATE TABLE meta (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: delivery retry window start, claim/retry indexes (no sort per claim), suppression list.
    """
    ALTER TABLE deliveries ADD COLUMN first_attempt TEXT;
    CREATE INDEX deliveries_queue ON deliveries (issue_id, status, email);
    CREATE INDEX deliveries_retry ON deliveries (issue_id, status, next_try);
    CREATE TABLE suppressions (
        email TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """,
    # 3: feed politeness (digest/reader.py). fetch_url: where a 301/308 moved the feed, NULL
    # while it is at its configured URL (the row stays keyed by the configured URL). ttl: the
    # feed's own <ttl> in seconds. wait_reason: why next_try is set (backoff, retry-after,
    # max-age, ttl). disabled_reason: why the feed is no longer fetched (HTTP 410).
    """
    ALTER TABLE feeds ADD COLUMN fetch_url TEXT;
    ALTER TABLE feeds ADD COLUMN moved_at TEXT;
    ALTER TABLE feeds ADD COLUMN ttl REAL;
    ALTER TABLE feeds ADD COLUMN wait_reason TEXT;
    ALTER TABLE feeds ADD COLUMN disabled_reason TEXT;
    """,
    # 4: the story's picture (digest.images): an http(s) URL ('' when none) and its declared
    # width in px (NULL when the feed gave none).
    """
    ALTER TABLE articles ADD COLUMN image TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN image_width INTEGER;
    """,
    # 5: one address, one subscriber: subscribers.identity (the case-folded address, UNIQUE),
    # case twins merged keeping the strictest status, their token keys kept as
    # subscriber_aliases, their deliveries folded (digest/store/address_merge.py).
    merge_address_case,
]

SCHEMA_VERSION = len(MIGRATIONS)
