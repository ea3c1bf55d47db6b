"""Articles: de-duplicated on arrival (guid, then link, then content hash) — table `articles`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime

from digest.model.codec import link_from_dict, link_to_dict
from digest.model.types import (
    Article,
)
from digest.store.archive import _chunks, _marks, index_articles, reindex_text
from digest.store.base import DbConnection, SqliteBase, _iso


class ArticleStore(SqliteBase):
    """Article rows."""

    def add_articles(self, articles: Iterable[Article], now: datetime) -> list[Article]:
        """Store articles not seen before; return those that were new (`add_article_batches`
        with one batch)."""
        return self.add_article_batches([list(articles)], now)[0]

    def add_article_batches(
        self, batches: Sequence[Sequence[Article]], now: datetime
    ) -> list[list[Article]]:
        """Store several batches (one per feed) in one transaction, as if each were given to
        `add_articles` in turn; return each batch's new articles.

        Dedupe order: the same id (feed + guid), then the same link in the same feed, then the
        same content anywhere (a feed that changes guids every fetch), against the stored rows
        and the articles before it, in its batch or an earlier one. The stored keys are read in
        three queries, not three per article (5,000 statements for the 1,000 articles of
        bench/vs_rss2email.py). The new ones go into the archive's term index in the same
        transaction (store/archive.py), all at once: indexed feed by feed, the 64 real feeds'
        first fetch took 1.4x the time it took before the index (bench/bench_foundation.py),
        mostly FTS5 segments and `archive_df` upserts repeated per feed. The documents are
        numbered in the same order either way.
        """
        added: list[list[Article]] = [[] for _ in batches]
        with self.transaction() as conn:
            ids, links, hashes = _stored_keys(conn, [a for batch in batches for a in batch])
            for batch, new in zip(batches, added, strict=True):
                for article in batch:
                    link = (article.feed_url, article.url)
                    if article.id in ids or (article.url and link in links):
                        continue
                    if article.content_hash in hashes:
                        continue
                    ids.add(article.id)
                    links.add(link)
                    hashes.add(article.content_hash)
                    new.append(article)
            stored = [article for new in added for article in new]
            conn.executemany(
                "INSERT INTO articles (id, feed_url, source, section, title, url, published,"
                " first_seen, text, guid, content_hash, is_teaser, related, image, image_width)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_article_row(article, now) for article in stored],
            )
            index_articles(conn, [(a.id, now, a.title, a.text) for a in stored])
        return added

    def update_article_text(self, article: Article) -> None:
        """Keep what the article page added: full text, related links, a picture (og:image)."""
        with self.transaction() as conn:
            reindex_text(conn, article.id, article.text)  # while the old text is still there
            conn.execute(
                "UPDATE articles SET text = ?, is_teaser = ?, related = ?, image = ?,"
                " image_width = ? WHERE id = ?",
                (
                    article.text,
                    int(article.is_teaser),
                    json.dumps([link_to_dict(link) for link in article.related]),
                    article.image,
                    article.image_width,
                    article.id,
                ),
            )

    def articles_seen_between(self, start: datetime, end: datetime) -> list[Article]:
        """Articles first stored in (start, end]: an issue's window."""
        rows = self.db.execute(
            "SELECT * FROM articles WHERE first_seen > ? AND first_seen <= ?"
            " ORDER BY published DESC, id",
            (_iso(start), _iso(end)),
        )
        return [self._article(row) for row in rows]

    def count_articles(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        return Article(
            id=row["id"],
            feed_url=row["feed_url"],
            source=row["source"],
            section=row["section"],
            title=row["title"],
            url=row["url"],
            published=datetime.fromisoformat(row["published"]),
            text=row["text"],
            guid=row["guid"],
            content_hash=row["content_hash"],
            is_teaser=bool(row["is_teaser"]),
            related=tuple(link_from_dict(link) for link in json.loads(row["related"])),
            image=row["image"],
            image_width=row["image_width"],
        )


def _article_row(article: Article, now: datetime) -> tuple[object, ...]:
    return (
        article.id,
        article.feed_url,
        article.source,
        article.section,
        article.title,
        article.url,
        _iso(article.published),
        _iso(now),
        article.text,
        article.guid,
        article.content_hash,
        int(article.is_teaser),
        json.dumps([link_to_dict(link) for link in article.related]),
        article.image,
        article.image_width,
    )


def _stored_keys(
    conn: DbConnection, batch: Sequence[Article]
) -> tuple[set[str], set[tuple[str, str | None]], set[str]]:
    """Which of the batch's ids, (feed, link) pairs and content hashes are stored already."""
    ids: set[str] = set()
    links: set[tuple[str, str | None]] = set()
    hashes: set[str] = set()
    for chunk in _chunks(sorted({a.id for a in batch})):
        found = conn.execute(f"SELECT id FROM articles WHERE id IN ({_marks(chunk)})", chunk)
        ids.update(row[0] for row in found)
    for feed_url in sorted({a.feed_url for a in batch}):
        urls = sorted({a.url for a in batch if a.feed_url == feed_url and a.url})
        for chunk in _chunks(urls):
            found = conn.execute(
                f"SELECT url FROM articles WHERE feed_url = ? AND url IN ({_marks(chunk)})",
                (feed_url, *chunk),
            )
            links.update((feed_url, row[0]) for row in found)
    for chunk in _chunks(sorted({a.content_hash for a in batch})):
        found = conn.execute(
            f"SELECT content_hash FROM articles WHERE content_hash IN ({_marks(chunk)})", chunk
        )
        hashes.update(row[0] for row in found)
    return ids, links, hashes
