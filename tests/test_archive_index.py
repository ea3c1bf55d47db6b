"""The archive's term index (issue 15, digest/store/archive.py).

It stays right when articles are added, when a teaser's text is replaced by the page's full text
and when an article is deleted (the hook a retention job calls); a store from before it gets it
from its migration; Check Also picks through it agree with those over the whole archive on real
texts (a property test over samples of ../shared/data).
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import digest.store.archive as archive
import digest.store.base as store_base
from digest.compose.sections import build_sections
from digest.model.types import Article
from digest.store import Store
from digest.store.archive import (
    ARCHIVE_INDEX_ENV,
    doc_counts,
    doc_terms,
    split_terms,
    unindex_article,
)
from digest.store.dialect import Dialects
from digest.store.schema import ARCHIVE_SQLITE, MIGRATIONS

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
START = datetime(2026, 11, 20, 7, 0, tzinfo=UTC)
WINDOW_END = START + timedelta(days=1)
ARCHIVE_START = START - timedelta(days=14)


@cache
def real_texts() -> tuple[tuple[str, str, str], ...]:
    """(id, title, text) of the BBC News articles and the ECB+ documents."""
    texts: list[tuple[str, str, str]] = []
    with (DATA / "summaries" / "bbc_news_summary.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            texts.append((f"bbc-{row['id']}", row["title"], row["body"]))
    with (DATA / "stories" / "ecbplus_docs.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            title, _, body = row["text"].partition("\n")
            texts.append((f"ecb-{row['doc_id']}", title, body or title))
    return tuple(texts)


def article(key: str, title: str, text: str, published: datetime, **kw: object) -> Article:
    fields: dict[str, object] = dict(
        id=key,
        feed_url=f"https://{key.split('-')[0]}.example/feed",
        source=key.split("-")[0].upper(),
        section="World",
        title=title,
        url=f"https://example.org/{key}",
        published=published,
        text=text,
        guid=key,
        content_hash=key,
    )
    fields.update(kw)
    return Article(**fields)  # type: ignore[arg-type]


def assert_counts_match_index(store: Store) -> None:
    """`archive_df` says what the index itself counts, with no empty rows."""
    kept = store.archive_index_df()
    assert kept == store.archive_index_df(recount=True)
    assert all(count > 0 for count in kept.values())


def stem(word: str) -> str:
    (terms,) = split_terms([("", word)])
    (term,) = terms
    return term


# -- keeping the index ----------------------------------------------------------------------------


def test_added_articles_are_indexed(tmp_path: Path) -> None:
    store = Store(tmp_path / "d.sqlite3")
    texts = real_texts()
    first = [article(k, t, x, START) for k, t, x in texts[:3]]
    store.add_articles(first, START)
    assert_counts_match_index(store)
    store.add_articles([article(k, t, x, START) for k, t, x in texts[3:6]] + first[:1], START)
    assert_counts_match_index(store)
    assert store.archive_index_holding(stem("TimeWarner")) == ["bbc-business/001"]
    holders = store.archive_index_holding(stem("profits"))
    assert "bbc-business/001" in holders and len(holders) == len(set(holders))
    indexed = store.db.execute("SELECT COUNT(*) FROM archive_docs").fetchone()[0]
    assert indexed == store.count_articles() == 6


def test_a_runs_batches_store_and_index_as_each_batch_in_turn(store_url: str) -> None:
    """`digest fetch` stores every feed's articles in one call (`add_article_batches`): the same
    new articles, rows, document numbers and counts as one `add_articles` per feed, duplicates
    across feeds (same id, same link in one feed, same content) included. Both backends."""
    texts = real_texts()
    a = [article(k, t, x, START) for k, t, x in texts[:8]]
    b = [
        *(article(k, t, x, START) for k, t, x in texts[8:14]),
        a[0],  # the same id
        article("bbc-copy-1", "Copied", "A copy.", START, content_hash=a[1].content_hash),
    ]
    c = [
        article(k, t, x, START, feed_url=b[0].feed_url) for k, t, x in texts[14:20]
    ] + [article("bbc-other-url", "Same link", "Same link.", START, url=b[0].url,
                 feed_url=b[0].feed_url)]  # fmt: skip
    batches = [a, [], b, c, a[2:4]]
    one_by_one = Store.open(store_url)
    expected = [one_by_one.add_articles(batch, START) for batch in batches]
    seen = dump_index(one_by_one)
    one_by_one.close()
    at_once = Store.open(store_url)
    with at_once.transaction() as conn:  # the same database again (PostgreSQL): start empty
        for table in ("archive_df", "archive_docs", "articles"):
            conn.execute(f"DELETE FROM {table}")
    at_once.rebuild_archive_index()
    assert at_once.add_article_batches(batches, START) == expected
    assert [len(new) for new in expected] == [8, 0, 6, 6, 0]
    assert dump_index(at_once) == seen
    assert_counts_match_index(at_once)
    at_once.close()


def dump_index(store: Store) -> tuple[object, ...]:
    """Articles, documents (numbered from the first: PostgreSQL's sequence goes on), counts."""
    articles = store.db.execute("SELECT id, feed_url, url, title FROM articles ORDER BY id")
    docs = [
        tuple(row)
        for row in store.db.execute(
            "SELECT doc, article_id, first_seen, size FROM archive_docs ORDER BY doc"
        )
    ]
    docs = [(doc - docs[0][0], *rest) for doc, *rest in docs]
    holding = [store.archive_index_holding(stem(word)) for word in ("profits", "said", "market")]
    return [tuple(r) for r in articles], docs, store.archive_index_df(), holding


def test_document_counts_are_the_split_terms_counted() -> None:
    """Storing articles counts each term's documents without its occurrences (`doc_counts`,
    `doc_terms`): the same terms as `split_terms` gives, on real texts."""
    docs = [(title, text) for _, title, text in real_texts()[:400]] + [("", ""), ("Ünïcode", "")]
    split = split_terms(docs)
    counted: dict[str, int] = {}
    for terms in split:
        for term in terms:
            counted[term] = counted.get(term, 0) + 1
    assert doc_counts(docs) == counted and len(counted) > 5000
    assert doc_terms(docs) == [(i, term) for i, terms in enumerate(split) for term in sorted(terms)]
    assert split_terms(docs) == split  # the private tables are left empty


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=40), st.text(max_size=200)), max_size=6))
def test_document_counts_agree_on_any_text(docs: list[tuple[str, str]]) -> None:
    counted: dict[str, int] = {}
    for terms in split_terms(docs):
        for term in terms:
            counted[term] = counted.get(term, 0) + 1
    assert doc_counts(docs) == counted


def test_replaced_text_is_indexed_instead(tmp_path: Path) -> None:
    store = Store(tmp_path / "d.sqlite3")
    teaser = article("site-1", "Zebras escape", "Three zebras left the zoo…", START, is_teaser=True)
    other = article("site-2", "Zebra crossing", "A new zebra crossing opens.", START)
    store.add_articles([teaser, other], START)
    assert store.archive_index_holding(stem("zebras")) == ["site-1", "site-2"]
    full = article(
        "site-1", "Zebras escape", "Giraffes and okapis left the Antwerp zoo at dawn.", START
    )
    store.update_article_text(full)
    assert store.archive_index_holding(stem("zebras")) == ["site-1", "site-2"]  # title
    assert store.archive_index_holding(stem("three")) == []
    assert store.archive_index_holding(stem("giraffes")) == ["site-1"]
    assert store.archive_index_holding(stem("Antwerp")) == ["site-1"]
    assert_counts_match_index(store)
    size = store.db.execute("SELECT size FROM archive_docs WHERE article_id = 'site-1'")
    assert size.fetchone()[0] == len(full.title) + len(full.text)
    store.update_article_text(full)  # the same text again: nothing changes
    assert_counts_match_index(store)
    assert store.archive_index_holding(stem("okapis")) == ["site-1"]


def test_deleted_article_leaves_the_index(tmp_path: Path) -> None:
    """No retention job deletes articles yet; this is the hook one calls, before the DELETE."""
    store = Store(tmp_path / "d.sqlite3")
    texts = real_texts()
    store.add_articles([article(k, t, x, START) for k, t, x in texts[:4]], START)
    with store.transaction() as conn:
        unindex_article(conn, "bbc-business/001")
        conn.execute("DELETE FROM articles WHERE id = ?", ("bbc-business/001",))
        unindex_article(conn, "no-such-article")
    assert store.archive_index_holding(stem("TimeWarner")) == []
    assert_counts_match_index(store)
    assert store.db.execute("SELECT COUNT(*) FROM archive_docs").fetchone()[0] == 3


def test_a_store_from_before_gets_its_index_from_the_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    step = next(
        i
        for i, m in enumerate(MIGRATIONS)
        if isinstance(m, Dialects) and m.pick("sqlite") == ARCHIVE_SQLITE
    )
    path = tmp_path / "old.sqlite3"
    with monkeypatch.context() as old:  # the schema as it was before the index
        old.setattr(store_base, "MIGRATIONS", MIGRATIONS[:step])
        old.setattr(store_base, "SCHEMA_VERSION", step)
        before = Store(path)
        assert before.schema_version() == step
        before.close()
    texts = real_texts()
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO articles (id, feed_url, source, section, title, url, published,"
            " first_seen, text, guid, content_hash) VALUES (?, 'f', 's', 'World', ?, ?, ?, ?,"
            " ?, ?, ?)",
            [
                (
                    key,
                    title,
                    f"https://e.org/{key}",
                    START.isoformat(),
                    START.isoformat(),
                    text,
                    key,
                    key,
                )
                for key, title, text in texts[:40]
            ],
        )
    store = Store(path)
    assert store.schema_version() == len(MIGRATIONS)
    assert store.db.execute("SELECT COUNT(*) FROM archive_docs").fetchone()[0] == 40
    assert store.archive_index_holding(stem("TimeWarner")) == ["bbc-business/001"]
    assert_counts_match_index(store)
    store.add_articles([article(k, t, x, START) for k, t, x in texts[40:45]], START)
    assert_counts_match_index(store)


def test_rebuild_gives_what_the_hooks_kept(tmp_path: Path) -> None:
    store = Store(tmp_path / "d.sqlite3")
    texts = real_texts()
    store.add_articles([article(k, t, x, START) for k, t, x in texts[:30]], START)
    kept = store.archive_index_df()
    store.rebuild_archive_index()
    assert store.archive_index_df() == kept
    assert_counts_match_index(store)


@pytest.mark.parametrize("bulk", [False, True])
def test_rebuild_on_each_backend_gives_what_the_hooks_kept(
    store_url: str, bulk: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both backends; on PostgreSQL with the postings' btrees kept, or dropped and built again
    (a bulk rebuild); then articles stored around `add_articles` get indexed (`only_missing`)."""
    monkeypatch.setattr(archive, "PG_BULK", 0 if bulk else 10**9)
    store = Store.open(store_url)
    texts = real_texts()
    store.add_articles([article(k, t, x, START) for k, t, x in texts[:30]], START)
    kept, holding = store.archive_index_df(), store.archive_index_holding(stem("profits"))
    assert holding
    store.rebuild_archive_index()
    assert store.archive_index_df() == kept
    assert store.archive_index_holding(stem("profits")) == holding
    assert_counts_match_index(store)
    with store.transaction() as conn:  # stored around the hooks: not indexed
        conn.executemany(
            "INSERT INTO articles (id, feed_url, source, section, title, url, published,"
            " first_seen, text, guid, content_hash) VALUES (?, 'f', 's', 'World', ?, ?, ?, ?,"
            " ?, ?, ?)",
            [
                (k, t, f"https://e.org/{k}", START.isoformat(), START.isoformat(), x, k, k)
                for k, t, x in texts[30:40]
            ],
        )
    store.rebuild_archive_index(only_missing=True)
    assert store.db.execute("SELECT COUNT(*) FROM archive_docs").fetchone()[0] == 40
    assert_counts_match_index(store)
    whole = Store(":memory:")  # the same 40 through the hooks (the backends index alike)
    whole.add_articles([article(k, t, x, START) for k, t, x in texts[:40]], START)
    assert store.archive_index_df() == whole.archive_index_df()
    store.close()


# -- picking candidates ---------------------------------------------------------------------------


def sample_store(path: Path, seed: int, new: int, archived: int) -> tuple[Store, list[Article]]:
    """`archived` real texts first seen over 14 days, then `new` others in the issue's window."""
    rng = random.Random(seed)
    chosen = rng.sample(real_texts(), new + archived)
    batch, archive = chosen[:new], chosen[new:]
    store = Store(path)
    for day in range(14):
        seen = ARCHIVE_START + timedelta(days=day, hours=1)
        published = seen - timedelta(hours=2)
        store.add_articles([article(k, t, x, published) for k, t, x in archive[day::14]], seen)
    store.add_articles(
        [article(k, t, x, START + timedelta(hours=1)) for k, t, x in batch],
        START + timedelta(hours=2),
    )
    return store, store.articles_seen_between(START, WINDOW_END)


def picks(articles: list[Article], archive: list[Article]) -> dict[str, str | None]:
    sections = build_sections(articles, archive, max_items_per_section=10_000)
    return {
        item.article_id: item.check_also.url if item.check_also else None
        for section in sections
        for item in section.items
    }


def test_a_small_window_is_handed_over_whole(tmp_path: Path) -> None:
    store, articles = sample_store(tmp_path / "d.sqlite3", 1, 10, 60)
    whole = store.articles_seen_between(ARCHIVE_START, START)
    assert store.archive_candidates(articles, ARCHIVE_START, START, limit=60) == whole
    assert len(store.archive_candidates(articles, ARCHIVE_START, START, limit=59)) < 60


def test_the_index_can_be_bypassed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, articles = sample_store(tmp_path / "d.sqlite3", 2, 10, 60)
    monkeypatch.setenv(ARCHIVE_INDEX_ENV, "off")
    whole = store.articles_seen_between(ARCHIVE_START, START)
    assert store.archive_candidates(articles, ARCHIVE_START, START, limit=5) == whole


def test_candidates_are_archived_articles_of_the_window(tmp_path: Path) -> None:
    store, articles = sample_store(tmp_path / "d.sqlite3", 3, 20, 150)
    whole = {a.id: a for a in store.articles_seen_between(ARCHIVE_START, START)}
    candidates = store.archive_candidates(articles, ARCHIVE_START, START, per_article=4, limit=40)
    assert 0 < len(candidates) <= 40
    assert all(whole[a.id] == a for a in candidates)
    again = store.archive_candidates(articles, ARCHIVE_START, START, per_article=4, limit=40)
    assert again == candidates  # the same input, the same candidates, in the same order
    order = store.articles_seen_between(ARCHIVE_START, START)
    assert candidates == [a for a in order if a.id in {c.id for c in candidates}]


def test_the_same_store_gives_the_same_sections(tmp_path: Path) -> None:
    """Byte for byte: a copy of the store, opened afresh, picks the same candidates and so
    composes the same sections."""
    store, _ = sample_store(tmp_path / "d.sqlite3", 5, 20, 150)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes((tmp_path / "d.sqlite3").read_bytes())
    built = []
    for path in (tmp_path / "d.sqlite3", copy):
        opened = Store(path)
        news = opened.articles_seen_between(START, WINDOW_END)
        archive = opened.archive_candidates(news, ARCHIVE_START, START, per_article=4, limit=40)
        built.append(build_sections(news, archive, max_items_per_section=10_000))
        opened.close()
    assert built[0] == built[1]
    assert repr(built[0]) == repr(built[1])


def test_a_linked_archived_article_is_always_a_candidate(tmp_path: Path) -> None:
    """A site's own related link (Article.related) wins Check Also when close enough: the
    article it points to must reach compose, however little it shares."""
    from digest.model.types import RelatedLink

    store, articles = sample_store(tmp_path / "d.sqlite3", 4, 10, 120)
    whole = store.articles_seen_between(ARCHIVE_START, START)
    target = whole[-1]
    linker = article(
        "site-linker",
        "A linking report",
        articles[0].text,
        START + timedelta(hours=3),
        related=(RelatedLink(title=target.title, url=target.url, source=target.source),),
    )
    store.add_articles([linker], START + timedelta(hours=3))
    candidates = store.archive_candidates([linker], ARCHIVE_START, START, per_article=1, limit=2)
    assert target.id in {a.id for a in candidates}


# Each sample: 20 new articles and 300 archived ones drawn from the 3,207 real texts, the index
# keeping 90 (30%; 8 per new article in turns). Measured over 10 such samples (seeds 0-9): the
# whole-archive pick is among the candidates for 98% of the items (196/200, the worst sample
# 18/20) and the picks agree for 91.5% (183/200, the worst 17/20); random candidates reach 40%
# and 38%. Not all agree: compose takes IDF from the articles it is given, so a smaller archive
# can move a close second ahead (digest/store/archive.py; `bench/bench_archive.py --agreement`).
# With 20 items a sample varies (hypothesis has found 14/19): the floors are per sample, well
# above random.
RECALL_FLOOR = 0.75
AGREEMENT_FLOOR = 0.6


@settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_check_also_picks_agree_with_and_without_the_index(tmp_path: Path, seed: int) -> None:
    store, articles = sample_store(tmp_path / f"s{seed}.sqlite3", seed, 20, 300)
    whole = store.articles_seen_between(ARCHIVE_START, START)
    candidates = store.archive_candidates(articles, ARCHIVE_START, START, per_article=8, limit=90)
    assert len(candidates) <= 90 < len(whole)
    full, indexed = picks(articles, whole), picks(articles, candidates)
    assert full.keys() == indexed.keys()
    reachable = {a.url for a in candidates} | {a.url for a in articles}
    found = sum(1 for url in full.values() if url is None or url in reachable)
    agree = sum(1 for key, url in full.items() if indexed[key] == url)
    assert found / len(full) >= RECALL_FLOOR
    assert agree / len(full) >= AGREEMENT_FLOOR
    store.close()
