"""The archive's term index: Check Also's candidates without reading the whole archive.

Why: composing an issue compares its new articles with every article stored in the
`archive_days` before it (Check Also). Handing all of them to `compose` cost about 1 ms and
30 KB per archived article at every build: 300,000 archived articles (500 feeds × 40 a day ×
14 days) took 318 s and 8.4 GB (issue 15). So each article's terms are indexed once, when it is
stored, and a build asks the index for the few archived articles that can matter.

* `archive_terms`: an SQLite FTS5 index of title and text, porter-stemmed, contentless (the text
  stays in `articles` only) and without positions (`detail=none`: which documents hold a term
  is all we ask).
* `archive_docs`: the index's integer document number of each article, its first-seen time (the
  archive window is a range of it) and its size in characters. Its own table rather than
  `articles.rowid`, which VACUUM may renumber.
* `archive_df`: how many indexed articles hold each term. FTS5 can count that itself, but only
  by walking the term's whole posting list (~6 ms for a common word at 300,000 articles, and a
  build looks up thousands of terms); this table answers in microseconds.

At build time (`archive_candidates`): the new articles' terms, split by the index's own
tokenizer (`split_terms`: FTS5 in a private in-memory database, so the terms match) and weighted as
textsim weighs them (1 + log tf, title ×2, times IDF); the posting lists of those terms, rarest
first, within a budget of entries (common words are the longest lists and add the least); each
archived article of the window scored against each new article by the IDF-weighted terms they
share over size^0.4 (a document-length norm: measured on the real sample, it finds the Check
Also pick far more often than raw overlap, and size^0.4 does as well as the exact count of
distinct terms); the best `per_article` of each new article in turns, `limit` in all, and the
archived articles a new article links to. Only those rows are read and handed to `compose`
as its archive. A window of no more than `limit` articles is handed over whole, as before the
index: small archives get exactly the old picks.

Recall over precision: compose scores whatever it is given again, so an extra candidate costs
time only, a missing one changes a pick. Copies of a new article (one wire story in many feeds)
are never its follow-up (compose drops near-duplicates) and would crowd the list, so only two
are kept. Measured on distinct real texts (200 new, 3,188 archived, 3 samples;
`bench/bench_archive.py --agreement 3`): keeping 2,000 (the default, 24 per new article) the
whole-archive pick is among the candidates for 100% of the items and the pick is the same for
97%; keeping 1,000, 98% and 93%; keeping 500, 86% and 81%. The rest differ because compose
takes IDF from the articles it is given: a smaller archive can move a close second ahead (a
random sample of the window added instead of more candidates does worse). Exact agreement would
need compose to take the archive's document counts (`archive_df`) as its IDF.
$DIGEST_ARCHIVE_INDEX=off bypasses the index (every archived article: the old path), for
benchmarks and comparisons.

numpy is imported where it is used: the store is imported by every command.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from digest.model.types import Article
from digest.store.base import POSTGRESQL, DbConnection, SqliteBase, _iso, is_sqlite

if TYPE_CHECKING:
    import numpy as np

ARCHIVE_INDEX_ENV = "DIGEST_ARCHIVE_INDEX"  # "off": every archived article, no index
TOKENIZE = "porter unicode61 remove_diacritics 2"  # as the migration's archive_terms

PER_ARTICLE = 24  # candidates kept per new article (small issues; big ones meet LIMIT first)
LIMIT = 2000  # candidates in all (and: a window this small is handed over whole)
MAX_POSTINGS = 3_000_000  # posting-list entries read per build, rarest terms first
TITLE_BOOST = 2  # a title occurrence counts this many times (textsim's default)
SIZE_POWER = 0.4  # score / size**SIZE_POWER
NEAR_COPY = 0.9  # score / the article's own score: a copy (picks measured: at most 0.78)
NEAR_COPIES_KEPT = 2  # copies kept per new article (compose drops near-duplicates anyway)

_CHUNK = 500  # parameters per IN (...) list: well under SQLite's limit
PG_BULK = 10_000  # PostgreSQL: documents indexed at once past which the postings' btrees are
# dropped and built again (`_pg_rebuild`)

Window = tuple[str | None, str | None]
Terms = dict[str, float]  # term -> count, title occurrences × TITLE_BOOST

_TOKENIZERS = threading.local()


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))


def _top(positions: np.ndarray, scores: np.ndarray, count: int) -> list[int]:
    """The `count` best positions, best first; ties to the smaller position (the older)."""
    import numpy as np

    if count <= 0:
        return []
    if positions.size > count:
        edge = np.partition(scores, positions.size - count)[positions.size - count]
        keep = scores >= edge  # ties at the edge: all of them, then by position
        positions, scores = positions[keep], scores[keep]
    order = np.lexsort((positions, -scores))[:count]
    return [int(p) for p in positions[order]]


# -- keeping the index ------------------------------------------------------------------------


def _tokenizer() -> sqlite3.Connection:
    """This thread's in-memory SQLite database, used only to split texts into terms with the
    index's tokenizer: `scratch` (positions and columns: each term's count, title apart) and
    `bag` (detail=none: only which documents hold which terms), both contentless and emptied
    with 'delete-all' (a DELETE would tokenize every text again)."""
    tokenizer: sqlite3.Connection | None = getattr(_TOKENIZERS, "conn", None)
    if tokenizer is None:
        tokenizer = sqlite3.connect(":memory:", isolation_level=None)
        for table, detail in (("scratch", "full"), ("bag", "none")):
            tokenizer.execute(
                f"CREATE VIRTUAL TABLE {table} USING fts5(title, text, content='',"
                f" detail={detail}, tokenize='{TOKENIZE}')"
            )
        tokenizer.execute("CREATE VIRTUAL TABLE scratch_terms USING fts5vocab(scratch, instance)")
        tokenizer.execute("CREATE VIRTUAL TABLE bag_df USING fts5vocab(bag, row)")
        tokenizer.execute("CREATE VIRTUAL TABLE bag_pairs USING fts5vocab(bag, instance)")
        _TOKENIZERS.conn = tokenizer
    return tokenizer


def _tokenized(table: str, docs: Sequence[tuple[str, str]], query: str) -> list[tuple[Any, ...]]:
    """`query`'s rows over the private table `table` holding `docs` (rowid = position)."""
    conn = _tokenizer()
    conn.execute("BEGIN")
    try:
        conn.executemany(
            f"INSERT INTO {table} (rowid, title, text) VALUES (?, ?, ?)",
            [(i, title, text) for i, (title, text) in enumerate(docs)],
        )
        return conn.execute(query).fetchall()
    finally:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        conn.execute("COMMIT")


def split_terms(docs: Sequence[tuple[str, str]]) -> list[Terms]:
    """Each (title, text) as the index's terms with their counts (title occurrences ×
    TITLE_BOOST): split by SQLite's own FTS5 tokenizer, in a private in-memory database (one
    per thread), so the terms are exactly the index's. Any store backend can use it."""
    rows = _tokenized(
        "scratch",
        docs,
        "SELECT doc, term, col, COUNT(*) FROM scratch_terms GROUP BY doc, term, col",
    )
    split: list[Terms] = [{} for _ in docs]
    for doc, term, col, count in rows:
        terms = split[doc]
        terms[term] = terms.get(term, 0.0) + (TITLE_BOOST if col == "title" else 1) * count
    return split


def doc_counts(docs: Sequence[tuple[str, str]]) -> dict[str, int]:
    """How many of these (title, text) hold each term, as the index spells it: the documents'
    share of `archive_df`. What storing articles needs, without counting each term's
    occurrences (`split_terms`): measured on the 1,000 generated articles of
    bench/vs_rss2email.py, 7 ms instead of 150 ms."""
    return dict(_tokenized("bag", docs, "SELECT term, doc FROM bag_df"))


def doc_terms(docs: Sequence[tuple[str, str]]) -> list[tuple[int, str]]:
    """(position, term) for each distinct term of each (title, text), by position, then term."""
    rows = _tokenized("bag", docs, "SELECT doc, term FROM bag_pairs")
    return sorted((doc, term) for doc, term in rows)


def _count_terms(conn: DbConnection, docs: list[tuple[int, str, str]], sign: int) -> None:
    """Add (sign=1) or take away (sign=-1) these (doc, title, text) documents in `archive_df`
    (and, on PostgreSQL, in its postings)."""
    if not is_sqlite(conn):
        _pg_count_terms(conn, docs, sign)
        return
    counts = doc_counts([(title, text) for _, title, text in docs])
    conn.executemany(
        "INSERT INTO archive_df (term, df) VALUES (?, ?)"
        " ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
        [(term, sign * count) for term, count in sorted(counts.items())],
    )
    if sign < 0:
        conn.executemany(
            "DELETE FROM archive_df WHERE term = ? AND df <= 0", [(t,) for t in sorted(counts)]
        )


def index_articles(conn: DbConnection, rows: Sequence[tuple[str, datetime, str, str]]) -> None:
    """Index newly stored articles, (id, first seen, title, text) each, in the caller's
    transaction (`ArticleStore.add_articles`). Documents are numbered in the order given."""
    if not rows:
        return
    conn.executemany(
        "INSERT INTO archive_docs (article_id, first_seen, size) VALUES (?, ?, ?)",
        [
            (article_id, _iso(seen), len(title) + len(text))
            for article_id, seen, title, text in rows
        ],
    )
    numbers: dict[str, int] = {}
    for chunk in _chunks([article_id for article_id, _, _, _ in rows]):
        found = conn.execute(
            f"SELECT article_id, doc FROM archive_docs WHERE article_id IN ({_marks(chunk)})",
            chunk,
        )
        numbers.update((row[0], int(row[1])) for row in found)
    docs = [(numbers[article_id], title, text) for article_id, _, title, text in rows]
    if is_sqlite(conn):
        conn.executemany("INSERT INTO archive_terms (rowid, title, text) VALUES (?, ?, ?)", docs)
    _count_terms(conn, docs, 1)


def _indexed(conn: DbConnection, article_id: str) -> tuple[int, str, str] | None:
    row = conn.execute(
        "SELECT d.doc, a.title, a.text FROM archive_docs d JOIN articles a ON a.id = d.article_id"
        " WHERE d.article_id = ?",
        (article_id,),
    ).fetchone()
    return (row[0], row[1], row[2]) if row is not None else None


def _forget(conn: DbConnection, doc: int, title: str, text: str) -> None:
    # A contentless FTS5 table forgets a document only when given the values it indexed.
    if not is_sqlite(conn):
        _pg_count_terms(conn, [(doc, title, text)], -1)
        return
    conn.execute(
        "INSERT INTO archive_terms (archive_terms, rowid, title, text) VALUES ('delete', ?, ?, ?)",
        (doc, title, text),
    )
    _count_terms(conn, [(doc, title, text)], -1)


def unindex_article(conn: DbConnection, article_id: str) -> None:
    """Take a stored article out of the index; call in the transaction that deletes its row,
    before the DELETE (the index must be given the text it indexed)."""
    indexed = _indexed(conn, article_id)
    if indexed is None:
        return
    _forget(conn, *indexed)
    conn.execute("DELETE FROM archive_docs WHERE doc = ?", (indexed[0],))


def reindex_text(conn: DbConnection, article_id: str, text: str) -> None:
    """The article's text is about to become `text` (a teaser replaced by the page's full
    text): call in the UPDATE's transaction, before it."""
    indexed = _indexed(conn, article_id)
    if indexed is None or indexed[2] == text:
        return
    doc, title, _ = indexed
    _forget(conn, *indexed)
    if is_sqlite(conn):
        conn.execute(
            "INSERT INTO archive_terms (rowid, title, text) VALUES (?, ?, ?)", (doc, title, text)
        )
    conn.execute("UPDATE archive_docs SET size = ? WHERE doc = ?", (len(title) + len(text), doc))
    _count_terms(conn, [(doc, title, text)], 1)


# -- the store's side ---------------------------------------------------------------------------


class ArchiveStore(SqliteBase):
    """Check Also's archive, through the term index."""

    def archive_candidates(
        self,
        articles: Sequence[Article],
        since: datetime,
        until: datetime,
        *,
        per_article: int = PER_ARTICLE,
        limit: int = LIMIT,
        max_postings: int = MAX_POSTINGS,
    ) -> list[Article]:
        """The archived articles (first stored in (since, until]) worth comparing `articles`
        with, in `articles_seen_between`'s order: all of them when there are no more than
        `limit`, else those that share most of the new articles' distinctive terms."""
        if os.environ.get(ARCHIVE_INDEX_ENV, "").lower() in ("off", "0", "no", "false"):
            return self.articles_seen_between(since, until)
        window = (_iso(since), _iso(until))
        total = self.db.execute(
            "SELECT COUNT(*) FROM archive_docs WHERE first_seen > ? AND first_seen <= ?", window
        ).fetchone()[0]
        if total <= limit:
            return self.articles_seen_between(since, until)
        if not articles:
            return []
        docs = self._best_docs(articles, window, per_article, limit, max_postings)
        docs |= self._linked_docs(articles, window)
        return self._articles_of_docs(sorted(docs))

    if TYPE_CHECKING:  # provided by ArticleStore, with which Store mixes this class

        def articles_seen_between(self, start: datetime, end: datetime) -> list[Article]:
            raise NotImplementedError

        @staticmethod
        def _article(row: sqlite3.Row) -> Article:
            raise NotImplementedError

    def rebuild_archive_index(self, *, only_missing: bool = False) -> None:
        """Index the stored articles in bulk, as the migration does: all of them again (to
        repair), or `only_missing` (after a bulk load that went around `add_articles`). The
        document counts are counted again from the index either way."""
        if self.dialect == POSTGRESQL:
            self._pg_rebuild(only_missing=only_missing)
            return
        with self._writing() as conn:
            if not only_missing:
                conn.execute("DELETE FROM archive_docs")
                conn.execute("INSERT INTO archive_terms (archive_terms) VALUES ('delete-all')")
            last = conn.execute("SELECT COALESCE(MAX(doc), 0) FROM archive_docs").fetchone()[0]
            conn.execute(
                "INSERT INTO archive_docs (article_id, first_seen, size)"
                " SELECT id, first_seen, length(title) + length(text) FROM articles"
                " WHERE id NOT IN (SELECT article_id FROM archive_docs) ORDER BY first_seen, id"
            )
            conn.execute(
                "INSERT INTO archive_terms (rowid, title, text) SELECT d.doc, a.title, a.text"
                " FROM archive_docs d JOIN articles a ON a.id = d.article_id WHERE d.doc > ?",
                (last,),
            )
            conn.execute("DELETE FROM archive_df")
            conn.execute("INSERT INTO archive_df (term, df) SELECT term, doc FROM archive_vocab")

    def archive_index_df(self, *, recount: bool = False) -> dict[str, int]:
        """Each indexed term's document count: as kept in `archive_df`, or (`recount`, slow:
        walks the whole index) as the index itself counts it. For tests and checks."""
        table = "archive_vocab" if recount else "archive_df"
        column = "doc" if recount else "df"
        return {row[0]: row[1] for row in self.db.execute(f"SELECT term, {column} FROM {table}")}

    def archive_index_holding(self, term: str) -> list[str]:
        """The ids of the indexed articles that hold a term (as the index spells it)."""
        rows = self.db.execute(
            "SELECT d.article_id FROM archive_postings p JOIN archive_docs d ON d.doc = p.doc"
            " WHERE p.term = ? ORDER BY d.article_id",
            (term,),
        )
        return [row[0] for row in rows]

    # -- selection ------------------------------------------------------------------------

    def _archived_df(self, counts: list[Terms]) -> tuple[dict[str, int], int]:
        """How many archived articles hold each of the new articles' terms (the new articles,
        being stored, are indexed too: their own share is taken off), and how many are indexed."""
        in_batch: dict[str, int] = {}
        for per_term in counts:
            for term in per_term:
                in_batch[term] = in_batch.get(term, 0) + 1
        terms = sorted(in_batch)
        archived: dict[str, int] = {}
        pg = self.dialect == POSTGRESQL  # one statement: 16 IN lists of 500 were 16 seq scans
        for chunk in _chunks(terms, max(1, len(terms)) if pg else _CHUNK):
            rows = self.db.execute(
                "SELECT term, df FROM archive_df WHERE term"
                + (" = ANY(?)" if pg else f" IN ({_marks(chunk)})"),
                (list(chunk),) if pg else chunk,
            )
            for term, df in rows:
                if df - in_batch[term] > 0:
                    archived[term] = df - in_batch[term]
        indexed = self.db.execute("SELECT COUNT(*) FROM archive_docs").fetchone()[0]
        return archived, indexed

    def _window_docs(self, window: Window) -> tuple[np.ndarray, np.ndarray]:
        """The window's document numbers and sizes (two numbers per archived article: the one
        per-build read that grows with the archive, ~0.1 s at 300,000)."""
        import numpy as np

        row = self.db.execute(
            f"SELECT {self._concat('doc')}, {self._concat('size')} FROM"
            " (SELECT doc, size FROM archive_docs WHERE first_seen > ? AND first_seen <= ?"
            " ORDER BY first_seen, doc) AS window_docs",
            window,
        ).fetchone()
        if not row[0]:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return (
            np.fromstring(row[0], dtype=np.int64, sep=","),
            np.fromstring(row[1], dtype=np.int64, sep=","),
        )

    def _concat(self, column: str) -> str:
        """A column's values as one comma-separated text (one row to fetch, not thousands)."""
        if self.dialect == POSTGRESQL:
            return f"string_agg(({column})::text, ',')"
        return f"group_concat({column})"

    def _pg_rebuild(self, *, only_missing: bool) -> None:
        """`rebuild_archive_index` on PostgreSQL: the documents numbered in one statement, their
        postings made and COPY'd 1,000 articles at a time (never every text at once), the
        counts counted again from the postings. When more documents come than are indexed
        already, the postings' two btrees are dropped and built again after the COPY (a sorted
        build instead of ~200 random insertions per article: 20,000 articles, 3.9 million
        postings, in 38 s instead of 53 s, load 6; the COPYs alone 3 s instead of 30 s)."""
        with self._writing() as conn:
            if not only_missing:
                conn.execute("DELETE FROM archive_postings")
                conn.execute("DELETE FROM archive_docs")
            last = conn.execute("SELECT COALESCE(MAX(doc), 0) FROM archive_docs").fetchone()[0]
            indexed = conn.execute("SELECT COUNT(*) FROM archive_docs").fetchone()[0]
            added = conn.execute(
                "INSERT INTO archive_docs (article_id, first_seen, size)"
                " SELECT id, first_seen, length(title) + length(text) FROM articles a"
                " WHERE NOT EXISTS (SELECT 1 FROM archive_docs d WHERE d.article_id = a.id)"
                " ORDER BY first_seen, id"
            ).rowcount
            bulk = added > max(indexed, PG_BULK) and os.environ.get("DIGEST_PG_BULK") != "off"
            if bulk:
                conn.execute("ALTER TABLE archive_postings DROP CONSTRAINT archive_postings_pkey")
                conn.execute("DROP INDEX archive_postings_doc")
            index_existing_docs(conn, after=last)
            if bulk:
                conn.execute("SET LOCAL maintenance_work_mem = '256MB'")
                conn.execute("ALTER TABLE archive_postings ADD PRIMARY KEY (term, doc)")
                conn.execute("CREATE INDEX archive_postings_doc ON archive_postings (doc)")
            conn.execute("DELETE FROM archive_df")
            conn.execute("INSERT INTO archive_df (term, df) SELECT term, doc FROM archive_vocab")

    def _posting_lists(self, terms: Sequence[str]) -> Iterator[tuple[str, np.ndarray]]:
        """Each term's posting list (document numbers). PostgreSQL: 1,000 terms a statement (a
        statement per term, ~7,000 of them, cost 0.9 ms each in round trips alone)."""
        if self.dialect != POSTGRESQL:
            for term in terms:
                yield term, self._posting_list(term)
            return
        import numpy as np

        for chunk in _chunks(terms, 1000):
            rows = self.db.execute(
                f"SELECT term, {self._concat('doc')} FROM archive_postings"
                " WHERE term = ANY(?) GROUP BY term",
                (list(chunk),),
            )
            for term, docs in rows:
                yield term, np.fromstring(docs, dtype=np.int64, sep=",")

    def _posting_list(self, term: str) -> np.ndarray:
        import numpy as np

        row = self.db.execute(
            f"SELECT {self._concat('doc')} FROM archive_postings WHERE term = ?", (term,)
        ).fetchone()
        if not row[0]:
            return np.zeros(0, dtype=np.int64)
        return np.fromstring(row[0], dtype=np.int64, sep=",")

    def _best_docs(
        self,
        articles: Sequence[Article],
        window: Window,
        per_article: int,
        limit: int,
        max_postings: int,
    ) -> set[int]:
        import numpy as np

        counts = split_terms([(a.title, a.text) for a in articles])
        archived, indexed = self._archived_df(counts)
        docs, sizes = self._window_docs(window)
        slot = np.full(int(docs.max()) + 1 if docs.size else 1, -1, dtype=np.int64)
        slot[docs] = np.arange(docs.size)  # document number -> position in the window
        norm = np.power(sizes.astype(np.float64) + 1.0, SIZE_POWER)
        idf = {t: math.log((1.0 + indexed) / (1.0 + df)) + 1.0 for t, df in archived.items()}
        chosen: list[str] = []
        budget = max_postings
        for term in sorted(archived, key=lambda t: (archived[t], t)):  # rarest first
            if archived[term] > budget:
                break
            budget -= archived[term]
            chosen.append(term)
        postings: dict[str, np.ndarray] = {}
        for term, found in self._posting_lists(chosen):
            found = slot[found[found < slot.size]]
            postings[term] = found[found >= 0]
        ranked = [
            self._ranked(terms, len(a.title) + len(a.text), postings, idf, norm, per_article)
            for terms, a in zip(counts, articles, strict=True)
        ]
        picked: set[int] = set()
        for depth in range(per_article + NEAR_COPIES_KEPT):  # in turns: each keeps its best
            for best in ranked:
                if depth < len(best):
                    picked.add(int(docs[best[depth]]))
                    if len(picked) >= limit:
                        return picked
        return picked

    @staticmethod
    def _ranked(
        per_term: Terms,
        size: int,
        postings: dict[str, np.ndarray],
        idf: dict[str, float],
        norm: np.ndarray,
        per_article: int,
    ) -> list[int]:
        """One new article's best window positions: (1 + log tf) × IDF² summed over the terms
        it shares with an archived article, over that article's size norm; ties to the older.
        A count per window position (no sort of the hits: common terms make millions).

        Copies (a score of at least NEAR_COPY of the article's own: the same terms at the same
        size, e.g. one wire story in many feeds) are never a follow-up in compose (near-
        duplicates), yet would fill the list: at most NEAR_COPIES_KEPT of them, after the rest.
        """
        import numpy as np

        shared = [(t, c) for t, c in sorted(per_term.items()) if t in postings]
        lists = [postings[t] for t, _ in shared]
        weights = np.array([(1.0 + math.log(c)) * idf[t] ** 2 for t, c in shared])
        if not lists or not weights.size:
            return []
        scores = np.bincount(
            np.concatenate(lists),
            weights=np.repeat(weights, [len(found) for found in lists]),
            minlength=norm.size,
        )
        hit = np.flatnonzero(scores)
        scores = scores[hit] / norm[hit]
        copy = scores >= NEAR_COPY * weights.sum() / (size + 1.0) ** SIZE_POWER
        best = _top(hit[~copy], scores[~copy], per_article)
        return best + _top(hit[copy], scores[copy], NEAR_COPIES_KEPT)

    def _linked_docs(self, articles: Sequence[Article], window: Window) -> set[int]:
        """Archived articles a new article links to (the site's own Check Also)."""
        urls = sorted({link.url for a in articles for link in a.related if link.url})
        found: set[int] = set()
        for chunk in _chunks(urls):
            rows = self.db.execute(
                "SELECT d.doc FROM articles a JOIN archive_docs d ON d.article_id = a.id"
                f" WHERE a.url IN ({_marks(chunk)}) AND d.first_seen > ? AND d.first_seen <= ?",
                (*chunk, *window),
            )
            found.update(row[0] for row in rows)
        return found

    def _articles_of_docs(self, docs: Sequence[int]) -> list[Article]:
        found: list[Article] = []
        for start in range(0, len(docs), _CHUNK):
            chunk = docs[start : start + _CHUNK]
            rows = self.db.execute(
                "SELECT a.* FROM archive_docs d JOIN articles a ON a.id = d.article_id"
                f" WHERE d.doc IN ({_marks(chunk)})",
                chunk,
            )
            found.extend(self._article(row) for row in rows)
        # `articles_seen_between`'s order: compose reads the archive in a canonical order, but
        # a URL two articles share resolves to the later one there, as it did before the index.
        found.sort(key=lambda a: a.id)
        found.sort(key=lambda a: a.published, reverse=True)
        return found


# -- PostgreSQL: the same terms in a plain postings table ----------------------------------------
# PostgreSQL has no FTS5. Its index is `archive_postings (term, doc)` (+ the view `archive_vocab`,
# schema.py), filled with the very terms FTS5 makes: the texts go through the same tokenizer in a
# private in-memory SQLite database, so both backends pick the same Check Also candidates and a
# copied store builds the same issue. About 190 rows per article.
# Measured (bench/bench_archive.py, 300,000 archived, 200 new): a build 6.0 s wall, 4.0 s CPU,
# 215 MB, and 1.2 s CPU in the server; the same picks and digest as SQLite. What it costs: the
# store is 5.5 GB (58 M postings rows and their two btrees, 4.7 GB; SQLite 1.2 GB) and storing
# an article 7.4 ms (~190 insertions at random places of the (term, doc) key; SQLite 0.5 ms).
# An array of documents per term (or a GIN index) would be the lever for both.


def _doc_terms(docs: list[tuple[int, str, str]]) -> list[tuple[str, int]]:
    """(term, doc) for each distinct term of each document, as the FTS5 index would hold it,
    by document: a document's postings then lie together in the table, so taking it out
    (retention, a replaced text) reads a few heap pages, not one per term (EXPLAIN BUFFERS of
    the DELETE, 5,000 articles: ~230 buffer hits instead of ~450; the time alike while all is
    cached; not measured at 300,000, where the table outgrows memory). Sorted by SQLite:
    +5 ms per 1,000 articles (Python's sort took 75 ms)."""
    numbers = [doc for doc, _, _ in docs]
    pairs = _tokenized("bag", [(title, text) for _, title, text in docs], _BAG_PAIRS)
    return [(term, numbers[position]) for position, term in pairs]


_BAG_PAIRS = "SELECT doc, term FROM bag_pairs ORDER BY doc"
_COPY_SAFE = str.maketrans("", "", "\\\t\n\r")


def _pg_count_terms(conn: DbConnection, docs: list[tuple[int, str, str]], sign: int) -> None:
    """Add (sign=1) or take away (sign=-1) these documents' postings and their `archive_df`:
    postings COPY'd in (or deleted by document), counts in one statement (arrays)."""
    pairs = _doc_terms(docs)
    if sign > 0:
        _copy_postings(conn, pairs)
    else:
        conn.execute("DELETE FROM archive_postings WHERE doc = ANY(?)", ([d for d, _, _ in docs],))
    df = sorted(Counter(term for term, _ in pairs).items())
    conn.execute(
        "INSERT INTO archive_df (term, df) SELECT * FROM unnest(?::text[], ?::int[])"
        " ON CONFLICT (term) DO UPDATE SET df = archive_df.df + excluded.df",
        ([term for term, _ in df], [sign * count for _, count in df]),
    )
    if sign < 0:
        conn.execute(
            "DELETE FROM archive_df WHERE df <= 0 AND term = ANY(?)", ([t for t, _ in df],)
        )


def _copy_postings(conn: DbConnection, pairs: list[tuple[str, int]]) -> None:
    """COPY (term, doc) pairs into the postings: one block of text (terms are letters and
    digits, as the tokenizer splits them: nothing to escape; checked), not a call per row."""
    raw = conn.raw  # type: ignore[attr-defined]  # PostgreSQL's connection (store/postgres.py)
    block = "".join([f"{term}\t{doc}\n" for term, doc in pairs])
    with raw.cursor().copy("COPY archive_postings (term, doc) FROM STDIN") as copy:
        if len(block.translate(_COPY_SAFE)) == len(block) - 2 * len(pairs):
            copy.write(block)
            return
        for pair in pairs:  # a term COPY would read as an escape: row by row
            copy.write_row(pair)


def index_existing_docs(conn: DbConnection, *, after: int = 0) -> None:
    """Build the term index of the documents `archive_docs` already numbers (those numbered
    above `after`), whose `archive_df` is already right (`digest store copy`: the numbers and
    counts are copied, each backend's own index is made here), 1,000 articles at a time."""
    last = after
    while True:
        rows = conn.execute(
            "SELECT d.doc, a.title, a.text FROM archive_docs d JOIN articles a"
            " ON a.id = d.article_id WHERE d.doc > ? ORDER BY d.doc LIMIT 1000",
            (last,),
        ).fetchall()
        if not rows:
            return
        docs = [(int(row[0]), row[1], row[2]) for row in rows]
        if is_sqlite(conn):
            conn.executemany(
                "INSERT INTO archive_terms (rowid, title, text) VALUES (?, ?, ?)", docs
            )
        else:
            _copy_postings(conn, _doc_terms(docs))
        last = docs[-1][0]
