"""The schema: one list of migrations, applied in order; its length is the schema version.

An entry is SQL (statements separated by ";") or, where SQL cannot say it portably, a function
that takes the connection and runs inside the same migration transaction. The same list, the same
version numbers, on both backends: SQL written for SQLite is translated for PostgreSQL
(store/postgres.py `translate_ddl`); a step neither SQL nor translation can share is written once
per backend (`Dialects`), side by side here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from digest.store.address_merge import merge_address_case
from digest.store.dialect import Dialects

Migration = str | Callable[[Any], None] | Dialects

ARCHIVE_SQLITE = """
    CREATE TABLE archive_docs (
        doc INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE,
        first_seen TEXT NOT NULL,
        size INTEGER NOT NULL
    );
    CREATE INDEX archive_docs_first_seen ON archive_docs (first_seen, doc, size);
    CREATE VIRTUAL TABLE archive_terms USING fts5 (
        title, text, content='', detail=none, columnsize=0,
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE archive_vocab USING fts5vocab (archive_terms, row);
    CREATE VIRTUAL TABLE archive_postings USING fts5vocab (archive_terms, instance);
    CREATE TABLE archive_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
    CREATE INDEX articles_url ON articles (url);
    CREATE INDEX issues_schedule_window ON issues (schedule, window_end, created_at);
    INSERT INTO archive_docs (article_id, first_seen, size)
        SELECT id, first_seen, length(title) + length(text) FROM articles ORDER BY first_seen, id;
    INSERT INTO archive_terms (rowid, title, text)
        SELECT d.doc, a.title, a.text FROM archive_docs d JOIN articles a ON a.id = d.article_id;
    INSERT INTO archive_df (term, df) SELECT term, doc FROM archive_vocab;
    """

ARCHIVE_POSTGRES = """
CREATE TABLE archive_docs (
    doc INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    first_seen TEXT NOT NULL,
    size INTEGER NOT NULL
);
CREATE INDEX archive_docs_first_seen ON archive_docs (first_seen, doc, size);
CREATE TABLE archive_postings (
    term TEXT NOT NULL,
    doc BIGINT NOT NULL,
    PRIMARY KEY (term, doc)
);
CREATE INDEX archive_postings_doc ON archive_postings (doc);
CREATE VIEW archive_vocab AS SELECT term, COUNT(*) AS doc FROM archive_postings GROUP BY term;
CREATE TABLE archive_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX issues_schedule_window ON issues (schedule, window_end, created_at);
INSERT INTO archive_docs (article_id, first_seen, size)
    SELECT id, first_seen, length(title) + length(text) FROM articles ORDER BY first_seen, id
"""

LEASES = """
ALTER TABLE deliveries ADD COLUMN lease_until REAL;
CREATE INDEX deliveries_in_flight ON deliveries (issue_id, claimed_by) WHERE status = 'sending';
DROP INDEX deliveries_status;
DROP INDEX deliveries_queue;
DROP INDEX deliveries_retry;
CREATE INDEX deliveries_queue ON deliveries (issue_id, email) WHERE status = 'queued';
CREATE INDEX deliveries_retry ON deliveries (issue_id, next_try) WHERE status = 'deferred';
ALTER TABLE feeds ADD COLUMN claimed_by TEXT;
ALTER TABLE feeds ADD COLUMN claim_until REAL;
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until REAL NOT NULL,
    since TEXT NOT NULL
);
"""
# SQLite's epoch_now() is a Python function registered on each connection (store/base.py).
EPOCH_NOW_POSTGRES = """
CREATE FUNCTION epoch_now() RETURNS DOUBLE PRECISION LANGUAGE sql VOLATILE
    AS 'SELECT EXTRACT(EPOCH FROM clock_timestamp())::float8'
"""

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
    # 6: the archive's term index, so a build reads only the archived articles that can be
    # Check Also picks (digest/store/archive.py): FTS5 over title and text (contentless,
    # no positions), each indexed article's number and first-seen time, each term's document
    # count, its size in characters; an index on articles.url for a new article's own related
    # links, and one on issues (schedule, window_end, created_at) so a build reads the previous
    # issue alone instead of sorting every past one, bodies and all. Existing articles are
    # indexed here (about 0.3 ms each).
    Dialects(
        sqlite=ARCHIVE_SQLITE,
        # PostgreSQL has no FTS5: the same terms (made by SQLite's own tokenizer in memory,
        # store/archive.py) in a plain postings table; the view answers as fts5vocab's row table
        # does. A PostgreSQL store is always created at the newest version, so no article
        # exists yet to be indexed here.
        postgresql=ARCHIVE_POSTGRES,
    ),
    # 7: the audience (issue 14). Editor accounts (argon2 hashes, digest/pipeline/accounts.py)
    # and their server-side sessions, keyed by a hash of the cookie so a copy of the store
    # logs nobody in; fixed-window rate-limit counters shared by every web process (login,
    # sign-up); sign-up requests waiting for confirmation (double opt-in) and the consent a
    # confirmation records (client addresses only as keyed hashes); late bounces and
    # complaints, one row per processed report (its key makes reprocessing a no-op).
    """
    CREATE TABLE editors (
        name TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        password_changed_at TEXT NOT NULL
    );
    CREATE TABLE editor_sessions (
        id TEXT PRIMARY KEY,
        editor TEXT NOT NULL REFERENCES editors (name) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    CREATE INDEX editor_sessions_editor ON editor_sessions (editor);
    CREATE TABLE rate_limits (
        bucket TEXT PRIMARY KEY,
        window_start TEXT NOT NULL,
        hits INTEGER NOT NULL
    );
    CREATE TABLE signups (
        nonce TEXT PRIMARY KEY,
        identity TEXT NOT NULL UNIQUE,
        email TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        sections TEXT,
        format TEXT NOT NULL DEFAULT 'html',
        timezone TEXT,
        form TEXT NOT NULL,
        client_hash TEXT NOT NULL,
        requested_at TEXT NOT NULL
    );
    CREATE INDEX signups_requested_at ON signups (requested_at);
    CREATE TABLE consents (
        identity TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        requested_at TEXT NOT NULL,
        confirmed_at TEXT NOT NULL,
        form TEXT NOT NULL,
        client_hash TEXT NOT NULL,
        confirm_client_hash TEXT NOT NULL
    );
    CREATE TABLE bounce_events (
        report_key TEXT PRIMARY KEY,
        identity TEXT NOT NULL,
        issue_id TEXT,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL,
        received_at TEXT NOT NULL
    );
    CREATE INDEX bounce_events_identity ON bounce_events (identity, kind, received_at);
    CREATE INDEX bounce_events_issue ON bounce_events (issue_id, kind);
    """,
    # 8: work shared by many processes on many machines (issue 16). deliveries.lease_until: when
    # a `sending` row stops belonging to its sender unless renewed (seconds since the epoch, by
    # the database's clock on PostgreSQL), with a small partial index of the rows in flight for
    # the heartbeat; feeds.claimed_by / claim_until: a runner fetching the feed (so N runners
    # split the feeds); leases: named leases (a schedule's leader), holder and expiry. The
    # queue and retry indexes become partial (only the rows in that state): a delivery row then
    # costs 2 index entries to queue instead of 5, and a status change touches only the indexes
    # of the states it leaves and enters (queueing 1,000,000 on PostgreSQL: 39.5 s → see
    # docs/scaling.md); deliveries_status, a prefix of the old queue index, goes.
    Dialects(sqlite=LEASES, postgresql=LEASES + EPOCH_NOW_POSTGRES),
]

SCHEMA_VERSION = len(MIGRATIONS)
