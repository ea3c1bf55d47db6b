"""Articles: de-duplicated on arrival (guid, then link, then content hash) — table `articles`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime

from digest.model.codec import link_from_dict, link_to_dict
from digest.model.types import (
    Article,
)
from digest.store.archive import index_articles, reindex_text
from digest.store.base import SqliteBase, _iso


class ArticleStore(SqliteBase):
    """Article rows."""

    def add_articles(self, articles: Iterable[Article], now: datetime) -> list[Article]:
        """Store articles not seen before; return those that were new.

        Dedupe order: the same id (feed + guid), then the same link in the same feed, then the
        same content anywhere (a feed that changes guids every fetch). The new ones go into the
        archive's term index in the same transaction (store/archive.py).
        """
        added: list[Article] = []
        with self.transaction() as conn:
            for article in articles:
                if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                    continue
                if (
                    article.url
                    and conn.execute(
                        "SELECT 1 FROM articles WHERE feed_url = ? AND url = ?",
                        (article.feed_url, article.url),
                    ).fetchone()
                ):
                    continue
                if conn.execute(
                    "SELECT 1 FROM articles WHERE content_hash = ?", (article.content_hash,)
                ).fetchone():
                    continue
                conn.execute(
                    "INSERT INTO articles (id, feed_url, source, section, title, url, published,"
                    " first_seen, text, guid, content_hash, is_teaser, related, image, image_width)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
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
                    ),
                )
                added.append(article)
            index_articles(conn, [(a.id, now, a.title, a.text) for a in added])
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
