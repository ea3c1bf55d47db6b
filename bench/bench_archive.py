"""`digest build` against a growing archive: the cost must follow the new articles, not the archive.

    .venv/bin/python bench/bench_archive.py [--sizes 0,30000,100000,300000] [--new 200]
        [--before-max 300000] [--runs 1] [--history 730] [--dir DIR] [--no-extras]
        [--postgres | --store postgresql://USER@HOST[:PORT]/DBNAME]

Issue 15. A project with one daily schedule (lookback 1 day, `archive_days: 14`) whose store
holds `--new` articles first seen in the last hour (the issue's window) and an archive of real
texts first seen over the 14 days before it. The archive grows through the sizes given; at each
size `digest build` runs as a subprocess, timed (wall and CPU) with its peak memory (ru_maxrss
from wait4), twice: *before* (DIGEST_ARCHIVE_INDEX=off: every archived article handed to compose,
the old path; sizes up to --before-max) and *after* (the term index, digest/store/archive.py).
Each mode's ratio is to its own no-archive build in the same run (the machine is shared: only
ratios measured together mean much). Every build starts from a store without issues (a fresh
first build of the period, not a refresh).

Texts: the real articles of ../shared/data (BBC News bodies, ECB+ documents, the article
benchmark's gold bodies: 3,388), copy k of a text rotated by k sentences so copies differ;
500 feeds, 5 sections. The rows are written in one transaction (executemany), then indexed in
bulk (`Store.rebuild_archive_index(only_missing=True)`: what the migration does for an existing
store); both are timed. The new articles are copies too, so a Check Also pick is one of many
near-identical copies: the table counts the builds' picks that are the same article and those
that are a copy of the same text (which copy wins is decided by floating-point crumbs; for the
quality of the picks on distinct real texts, run `--agreement N`).

PostgreSQL (issue 16's store): `--postgres` starts a throwaway cluster as the tests do
(tests/pg.py: initdb + pg_ctl, loopback, fsync off, default shared_buffers) and stops it at the
end; `--store URL` uses an existing empty database. The rows go in by COPY, the index is built by
the same `rebuild_archive_index(only_missing=True)`, then `VACUUM (ANALYZE)` (what autovacuum
would do within a minute: index-only scans and the planner's statistics), timed apart. The
builds' `store:` is the URL. The build process's rusage does not hold the server's work: when
the server runs on this machine, `srv s` is the CPU its processes spent during the build (a
backend that exits hands its times to the postmaster's cutime/cstime) and `srv MB` the peak
private memory (RssAnon, sampled every 20 ms; shared_buffers not counted) of the build's
backends; `all s` = the build's CPU + the server's, `x all` its ratio.

Then the other costs that grow with stored data, at the largest size:
* indexing at fetch time: `add_articles` of --new articles into the full store (the per-article
  price of keeping the index);
* issue history: the same build after --history past issues (bodies of the built issue) are
  stored, to show the build reads one previous issue, not all of them;
* the build's SQL, traced in-process: each statement with its query plan, so a scan of a table
  that grows (articles, issues, feeds) shows up (PostgreSQL: each statement's calls and time in
  the build, and EXPLAIN (ANALYZE, BUFFERS) of its first call; writes EXPLAINed only).

Every row is the median run of --runs builds (by wall time).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.model.types import Article  # noqa: E402
from digest.store import Store  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
DIGEST = ROOT / ".venv" / "bin" / "digest"
FEEDS = 500
NEW_STRIDE = 17  # new article i is a copy of text i * NEW_STRIDE
SECTIONS = ("World", "Business", "Technology", "Politics", "Culture")
CONFIG = """\
digest:
  title: Bench Digest
  from: "Bench <bench@example.org>"
  base_url: "http://127.0.0.1:8025"
  archive_days: 14
store: {store}
subscribers: subscribers/
preview: var/preview
feeds:
{feeds}
schedules:
  - name: daily
    cron: "0 7 * * *"
    timezone: UTC
    lookback: 1d
delivery:
  transport: outbox
  outbox: var/outbox
"""
ISSUES_INDEX = "CREATE INDEX issues_schedule_window ON issues (schedule, window_end, created_at)"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def real_texts() -> list[tuple[str, str]]:
    """(title, text) of every real article in ../shared/data."""
    texts: list[tuple[str, str]] = []
    with (DATA / "summaries" / "bbc_news_summary.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            texts.append((row["title"], row["body"]))
    with (DATA / "stories" / "ecbplus_docs.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            title, _, body = row["text"].partition("\n")
            texts.append((title, body or title))
    gold = json.loads((DATA / "articles" / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(gold):
        body = gold[key]["articleBody"]
        texts.append((_SENTENCE.split(body, maxsplit=1)[0][:120], body))
    return texts


def rotated(text: str, k: int) -> str:
    sentences = _SENTENCE.split(text)
    k %= max(1, len(sentences))
    return " ".join(sentences[k:] + sentences[:k])


def article_row(n: int, title: str, text: str, first_seen: datetime, rng: random.Random) -> tuple:
    feed = n % FEEDS
    published = first_seen - timedelta(minutes=rng.randrange(0, 180))
    return (
        f"bench-{n}",
        f"https://feed{feed}.example/rss",
        f"Feed {feed}",
        SECTIONS[feed % len(SECTIONS)],
        title,
        f"https://feed{feed}.example/a/{n}",
        published.isoformat(timespec="microseconds"),
        first_seen.isoformat(timespec="microseconds"),
        text,
        f"guid-{n}",
        f"hash-{n}",
    )


INSERT = (
    "INSERT INTO articles (id, feed_url, source, section, title, url, published, first_seen,"
    " text, guid, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass
class Project:
    folder: Path
    now: datetime
    texts: list[tuple[str, str]]
    url: str | None = None  # a PostgreSQL store's URL; None: the SQLite file var/digest.sqlite3
    archived: int = 0

    @property
    def config(self) -> Path:
        return self.folder / "config.yaml"

    @property
    def store_path(self) -> Path:
        return self.folder / "var" / "digest.sqlite3"

    @property
    def store_url(self) -> str:
        return self.url or str(self.store_path)

    @classmethod
    def create(cls, folder: Path, new: int, url: str | None = None) -> Project:
        (folder / "subscribers").mkdir(parents=True, exist_ok=True)
        feeds = "\n".join(
            f"  - url: https://feed{i}.example/rss\n    name: Feed {i}\n"
            f"    section: {SECTIONS[i % len(SECTIONS)]}"
            for i in range(FEEDS)
        )
        store = url or "var/digest.sqlite3"
        (folder / "config.yaml").write_text(
            CONFIG.format(feeds=feeds, store=store), encoding="utf-8"
        )
        project = cls(folder, datetime.now(UTC), real_texts(), url)
        Store.open(project.store_url).close()  # the schema, through the migrations
        rng = random.Random(15)
        rows = [
            article_row(
                -1 - i,
                *project.texts[(i * NEW_STRIDE) % len(project.texts)],
                project.now - timedelta(minutes=5 + i % 50),
                rng,
            )
            for i in range(new)
        ]
        project.bulk_insert(rows)
        project.index_missing()
        return project

    def bulk_insert(self, rows: Iterable[tuple]) -> None:
        if self.url is not None:  # PostgreSQL: COPY, streamed
            import psycopg

            columns = INSERT[INSERT.index("(") + 1 : INSERT.index(")")]
            with psycopg.connect(self.url) as conn, conn.cursor() as cursor:
                with cursor.copy(f"COPY articles ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            return
        with sqlite3.connect(self.store_path, isolation_level=None) as conn:
            conn.execute("BEGIN")
            conn.executemany(INSERT, rows)
            conn.execute("COMMIT")

    def grow(self, size: int) -> tuple[float, float, float]:
        """Archive up to `size` articles, first seen over the 14 days before the window:
        (seconds to write the rows, to index them, to vacuum and analyse: PostgreSQL only)."""
        rng = random.Random(size)
        start = self.now - timedelta(days=1)

        def rows() -> Iterator[tuple]:  # made as they are written: this process stays small
            for n in range(self.archived, size):
                title, text = self.texts[n % len(self.texts)]
                copy = n // len(self.texts) + 1
                seen = start - timedelta(seconds=rng.uniform(60, 14 * 86400 - 60))
                yield article_row(n, title, rotated(text, copy), seen, rng)

        began = time.perf_counter()
        self.bulk_insert(rows())
        written = time.perf_counter() - began
        began = time.perf_counter()
        self.index_missing()
        indexed = time.perf_counter() - began
        began = time.perf_counter()
        self.vacuum()
        self.archived = size
        return written, indexed, time.perf_counter() - began

    def index_missing(self) -> None:
        """What the migration does for an existing store, in a process of its own (this one's
        peak memory is the floor of every build's ru_maxrss: a child inherits it)."""
        code = (
            "import sys; from digest.store import Store; "
            "s = Store.open(sys.argv[1]); s.rebuild_archive_index(only_missing=True); s.close()"
        )
        subprocess.run([sys.executable, "-c", code, self.store_url], check=True, cwd=ROOT)

    def vacuum(self) -> None:
        """PostgreSQL: what autovacuum does within a minute of a bulk load (the visibility map
        for index-only scans, the planner's statistics), done now so every build sees it."""
        if self.url is None:
            return
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            for table in ("articles", "archive_docs", "archive_postings", "archive_df"):
                conn.execute(f"VACUUM (ANALYZE) {table}")

    def execute(self, sql: str, rows: list[tuple] | None = None) -> list[tuple]:
        """One statement (`?` placeholders) through the store, on either backend."""
        store = Store.open(self.store_url)
        try:
            if rows is not None:
                with store.transaction() as conn:
                    conn.executemany(sql, rows)
                return []
            return [tuple(row) for row in store.db.execute(sql).fetchall()]
        finally:
            store.close()

    def clear_issues(self) -> None:
        self.execute("DELETE FROM issue_items")
        self.execute("DELETE FROM issues")


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    output: str
    server_cpu: float | None = None  # PostgreSQL: the server's CPU seconds for this build
    server_mb: float | None = None  # PostgreSQL: peak private memory of the build's backends


def _proc_stat(pid: int | str) -> list[str]:
    """/proc/PID/stat's fields from the state on (field n of proc(5) is [n - 3])."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        return stat.read().rsplit(")", 1)[1].split()


class ServerShare:
    """What the PostgreSQL server spends on one build, when it runs on this machine (/proc):
    CPU of the postmaster's processes (a backend that exits hands its times to the postmaster's
    cutime/cstime, so the sum before and after covers it) and the peak private memory (RssAnon,
    summed; shared_buffers are not in it) of the build's backends, sampled every 20 ms."""

    def __init__(self, url: str):
        import psycopg

        self.dbname = url.rsplit("/", 1)[1].split("?")[0]
        with psycopg.connect(url) as conn:
            backend = conn.execute("SELECT pg_backend_pid()").fetchone()[0]  # type: ignore[index]
        try:
            self.postmaster: int | None = int(_proc_stat(backend)[1])
        except OSError:
            self.postmaster = None  # another machine's server: the child's figures only
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _children(self) -> list[int]:
        """The postmaster's children: from /proc/PID/task/PID/children (a scan of every process
        instead, each 20 ms, took enough CPU from the build to slow it by seconds)."""
        try:
            with open(f"/proc/{self.postmaster}/task/{self.postmaster}/children") as children:
                return [int(pid) for pid in children.read().split()]
        except OSError:
            pass
        found = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    if int(_proc_stat(entry)[1]) == self.postmaster:
                        found.append(int(entry))
                except (OSError, IndexError, ValueError):
                    continue
        return found

    def _backends(self) -> list[int]:
        """The postmaster's children serving this database (`postgres: ROLE DBNAME ...`)."""
        found = []
        for pid in self._children():
            try:
                with open(f"/proc/{pid}/cmdline", encoding="utf-8", errors="replace") as cmd:
                    words = cmd.read().replace("\0", " ").split()
            except OSError:
                continue
            if len(words) > 2 and words[2] == self.dbname:
                found.append(pid)
        return found

    def cpu(self) -> float:
        assert self.postmaster is not None
        ticks = 0
        own = _proc_stat(self.postmaster)
        ticks += sum(int(own[i]) for i in (11, 12, 13, 14))
        for pid in self._children():
            try:
                child = _proc_stat(pid)
            except OSError:
                continue
            ticks += int(child[11]) + int(child[12])
        return ticks / os.sysconf("SC_CLK_TCK")

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            total = 0
            for pid in self._backends():
                try:
                    with open(f"/proc/{pid}/status", encoding="ascii") as status:
                        for line in status:
                            if line.startswith("RssAnon:"):
                                total += int(line.split()[1])
                except OSError:
                    continue
            self.peak_kb = max(self.peak_kb, total)

    def start(self) -> float:
        self.peak_kb = 0
        self._stop.clear()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self.cpu()

    def finish(self, began: float) -> tuple[float, float]:
        """(server CPU seconds since `began`, peak MB), once the build's backends are gone."""
        deadline = time.monotonic() + 5
        while self._backends() and time.monotonic() < deadline:
            time.sleep(0.02)
        self._stop.set()
        assert self._thread is not None
        self._thread.join()
        return self.cpu() - began, self.peak_kb / 1024


def build(project: Project, *, index: bool, share: ServerShare | None = None) -> Run:
    """`digest build` in a subprocess: wall time, CPU time and peak RSS of that process (and
    the PostgreSQL server's share, when `share` can see it)."""
    project.clear_issues()
    env = dict(os.environ, DIGEST_ARCHIVE_INDEX="on" if index else "off")
    watching = share is not None and share.postmaster is not None
    server_began = share.start() if share is not None and watching else 0.0
    began = time.perf_counter()
    process = subprocess.Popen(
        [
            str(DIGEST),
            "build",
            "--config",
            str(project.config),
            "--out",
            str(project.folder / "var" / ("after" if index else "before")),
        ],
        cwd=project.folder,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"digest build failed:\n{output}")
    run = Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)
    if share is not None and watching:
        run.server_cpu, run.server_mb = share.finish(server_began)
    return run


def median(runs: list[Run]) -> Run:
    """The run of median wall time (the upper middle of an even count)."""
    return sorted(runs, key=lambda r: r.wall)[len(runs) // 2]


def check_also(project: Project, mode: str) -> dict[str, str | None]:
    data = json.loads((project.folder / "var" / mode / "digest.json").read_text("utf-8"))
    return {
        item["article_id"]: (item.get("check_also") or {}).get("url")
        for section in data["sections"]
        for item in section["items"]
    }


def source_text(url: str | None, texts: int) -> int | None:
    """Which real text an article of this bench is a copy of (its URL ends in its number)."""
    if url is None:
        return None
    n = int(url.rsplit("/", 1)[1])
    return n % texts if n >= 0 else ((-1 - n) * NEW_STRIDE) % texts


def trace_build(project: Project) -> list[str]:
    """The build's statements (in this process), each with its query plan's scans: SQLite's
    EXPLAIN QUERY PLAN, or on PostgreSQL EXPLAIN (ANALYZE) of the first call of each statement
    (its scans and time; writes only EXPLAINed) and the calls' count and time in the build."""
    from digest.config import load_config
    from digest.pipeline.build import build_issue

    project.clear_issues()
    config = load_config(project.config)
    store = Store.open(project.store_url)
    if project.url is not None:
        lines = _pg_trace(store, lambda: build_issue(config, store, config.schedule(None), now()))
        store.close()
        return lines
    statements: list[str] = []
    store.db.set_trace_callback(statements.append)  # type: ignore[union-attr]
    build_issue(config, store, config.schedule(None), now())
    store.db.set_trace_callback(None)  # type: ignore[union-attr]
    lines = []
    seen: set[str] = set()
    for sql in statements:
        shape = _shape(sql)
        head = shape.split()[0].upper() if shape.split() else ""
        if shape in seen or head not in ("SELECT", "INSERT", "UPDATE", "DELETE"):
            continue
        seen.add(shape)
        try:
            plan = store.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        except sqlite3.Error:
            continue
        steps = "; ".join(row[3] for row in plan)
        lines.append(f"{' '.join(shape.split())[:110]}\n      plan: {steps}")
    store.close()
    return lines


def now() -> datetime:
    return datetime.now(UTC)


def _shape(sql: str) -> str:
    shape = re.sub(r"'[^']*'|\b\d+\b", "?", sql)
    return re.sub(r"(\?\s*,\s*)+\?", "?,...", " ".join(shape.split()))


def _pg_trace(store: Store, run: Callable[[], object]) -> list[str]:
    """Run the build recording each statement's shape, calls and time (the wrappers of
    store/postgres.py), then EXPLAIN the first call of each shape."""
    from digest.store import postgres

    calls: dict[str, list] = {}  # shape -> [count, seconds, first sql, its parameters]
    originals = (postgres.PgReader.execute, postgres.PgConnection.execute)

    def timed(original: Callable[..., Any]) -> Callable[..., Any]:
        def execute(self: Any, sql: str, parameters: Any = (), /) -> Any:
            began = time.perf_counter()
            try:
                return original(self, sql, parameters)
            finally:
                entry = calls.setdefault(_shape(sql), [0, 0.0, sql, parameters])
                entry[0] += 1
                entry[1] += time.perf_counter() - began

        return execute

    postgres.PgReader.execute = timed(originals[0])  # type: ignore[method-assign]
    postgres.PgConnection.execute = timed(originals[1])  # type: ignore[method-assign]
    try:
        run()
    finally:
        postgres.PgReader.execute, postgres.PgConnection.execute = originals  # type: ignore[method-assign]
    lines = []
    for shape, (count, seconds, sql, parameters) in sorted(
        calls.items(), key=lambda item: -item[1][1]
    ):
        head = shape.split()[0].upper() if shape.split() else ""
        if head not in ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH"):
            continue
        explain = "EXPLAIN (ANALYZE, BUFFERS) " if head in ("SELECT", "WITH") else "EXPLAIN "
        try:
            plan = [row[0] for row in store.db.execute(explain + sql, parameters).fetchall()]
        except Exception as exc:  # noqa: BLE001  # a statement EXPLAIN cannot take
            plan = [f"(no plan: {type(exc).__name__})"]
        steps = [p.strip().lstrip("-> ").split("  (")[0] for p in plan if "Scan" in p]
        timing = [p.strip() for p in plan if p.startswith("Execution Time")]
        lines.append(
            f"{shape[:110]}\n      {count} calls, {seconds * 1000:.0f} ms in the build;"
            f" plan: {'; '.join(steps) or plan[0][:80]} {' '.join(timing)}"
        )
    return lines


def add_history(project: Project, count: int) -> None:
    """`count` past daily issues of the schedule, each with the body of the built one."""
    found = project.execute("SELECT body FROM issues LIMIT 1")
    text = found[0][0] if found else "{}"
    rows = []
    for day in range(1, count + 1):
        end = project.now - timedelta(days=day)
        rows.append(
            (
                f"daily-past-{day}",
                "daily",
                f"past-{day}",
                "sent",
                "Past issue",
                (end - timedelta(days=1)).isoformat(),
                end.isoformat(),
                end.isoformat(),
                text,
            )
        )
    project.execute(
        "INSERT INTO issues (id, schedule, period, status, subject, window_start, window_end,"
        " created_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def fetch_side(project: Project, new: int) -> float:
    """Seconds per article of `add_articles` (dedupe, insert and index) into the full store."""
    store = Store.open(project.store_url)
    now = datetime.now(UTC)
    articles = [
        Article(
            id=f"fetch-{i}",
            feed_url="https://feed0.example/rss",
            source="Feed 0",
            section="World",
            title=title,
            url=f"https://feed0.example/fetch/{i}",
            published=now,
            text=rotated(text, 7),
            guid=f"fetch-{i}",
            content_hash=f"fetch-{i}",
        )
        for i, (title, text) in enumerate(project.texts[:new])
    ]
    began = time.perf_counter()
    store.add_articles(articles, now)
    elapsed = time.perf_counter() - began
    with store.transaction() as conn:  # leave the bench store as it was
        from digest.store.archive import unindex_article

        for article in articles:
            unindex_article(conn, article.id)
            conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
    store.close()
    return elapsed / max(1, new)


def agreement(seeds: int, new: int) -> None:
    """Check Also over the whole archive vs through the index, on distinct real texts (the big
    archive above is copies: its picks say nothing of quality). Each seed: `new` texts are the
    issue's, the other 3,188 are archived over 14 days; the index keeps `limit` of them."""
    from digest.compose.sections import build_sections

    texts = real_texts()
    start = datetime(2026, 11, 20, 7, 0, tzinfo=UTC)
    since = start - timedelta(days=14)
    configs = ((24, 2000), (16, 1000), (8, 500))
    totals = {c: [0, 0, 0] for c in configs}  # items, pick among the candidates, same pick

    def picks(articles: list[Article], archive: list[Article]) -> dict[str, str | None]:
        sections = build_sections(articles, archive, max_items_per_section=10_000)
        return {
            i.article_id: i.check_also.url if i.check_also else None
            for s in sections
            for i in s.items
        }

    def make(n: int, title: str, text: str, published: datetime) -> Article:
        return Article(
            id=f"t{n}",
            feed_url=f"https://feed{n % FEEDS}.example/rss",
            source=f"Feed {n % FEEDS}",
            section="World",
            title=title,
            url=f"https://feed{n % FEEDS}.example/a/{n}",
            published=published,
            text=text,
            guid=f"t{n}",
            content_hash=f"t{n}",
        )

    for seed in range(seeds):
        order = list(range(len(texts)))
        random.Random(seed).shuffle(order)
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "a.sqlite3")
            archived = order[new:]
            for day in range(14):
                seen = since + timedelta(days=day, hours=1)
                batch = [make(n, *texts[n], seen - timedelta(hours=2)) for n in archived[day::14]]
                store.add_articles(batch, seen)
            fresh = [make(n, *texts[n], start + timedelta(hours=1)) for n in order[:new]]
            store.add_articles(fresh, start + timedelta(hours=2))
            articles = store.articles_seen_between(start, start + timedelta(days=1))
            full = picks(articles, store.articles_seen_between(since, start))
            for per_article, limit in configs:
                candidates = store.archive_candidates(
                    articles, since, start, per_article=per_article, limit=limit
                )
                got = picks(articles, candidates)
                reachable = {a.url for a in candidates} | {a.url for a in articles}
                total = totals[(per_article, limit)]
                total[0] += len(full)
                total[1] += sum(1 for url in full.values() if url is None or url in reachable)
                total[2] += sum(1 for key, url in full.items() if got[key] == url)
            store.close()
    print(f"\nCheck Also through the index vs over the whole archive ({seeds} samples of {new}")
    print(f"new and {len(texts) - new} archived distinct real texts):")
    for (per_article, limit), (items, found, same) in totals.items():
        print(
            f"  keep {limit:>4} ({per_article:>2} per new article): pick among the candidates"
            f" {found}/{items} ({found / items:.1%}), same pick {same}/{items} ({same / items:.1%})"
        )


def server_columns(run: Run, base: Run) -> str:
    if run.server_cpu is None or base.server_cpu is None:
        return ""
    total, base_total = run.cpu + run.server_cpu, base.cpu + base.server_cpu
    return (
        f" {run.server_cpu:>6.2f} {run.server_mb or 0:>6.0f} {total:>6.2f}"
        f" {total / base_total:>6.1f}"
    )


def open_postgres(args: argparse.Namespace) -> tuple[str | None, Callable[[], None]]:
    """The store URL to bench (None: SQLite) and what stops the server we started."""
    if args.store:
        return args.store, lambda: None
    if not args.postgres:
        return None, lambda: None
    from tests.pg import start_cluster, stop_cluster  # the tests' throwaway cluster

    cluster = start_cluster()
    url = cluster.url(cluster.new_database("bench"))
    print(f"PostgreSQL {cluster.bindir.parent.name}: throwaway cluster on port {cluster.port}")
    return url, lambda: stop_cluster(cluster)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0,30000,100000,300000")
    parser.add_argument("--new", type=int, default=200)
    parser.add_argument("--before-max", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=1, help="builds per row: the median is shown")
    parser.add_argument("--history", type=int, default=730)
    parser.add_argument("--dir", default=None, help="work folder (default: a temporary one)")
    parser.add_argument(
        "--postgres", action="store_true", help="the store on a throwaway PostgreSQL cluster"
    )
    parser.add_argument(
        "--store", default=None, metavar="URL", help="the store on this (empty) PostgreSQL database"
    )
    parser.add_argument(
        "--no-extras", action="store_true", help="only the table (no fetch side, history, SQL)"
    )
    parser.add_argument(
        "--agreement", type=int, default=0, metavar="N", help="only: Check Also agreement, N seeds"
    )
    args = parser.parse_args()
    if args.agreement:
        agreement(args.agreement, args.new)
        return
    url, stop = open_postgres(args)
    try:
        bench(args, url)
    finally:
        stop()


def bench(args: argparse.Namespace, url: str | None) -> None:
    sizes = [int(s) for s in args.sizes.split(",")]
    folder = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="bench-archive-"))
    project = Project.create(folder, args.new, url)
    share = ServerShare(url) if url is not None else None
    print(f"project {folder}; store {project.store_url}")
    print(f"{len(project.texts)} real texts; {args.new} new articles; median of {args.runs}")
    print(f"load: {os.getloadavg()[0]:.1f} (1-min load average, {os.cpu_count()} CPUs)")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process: {own:.0f} MB, the floor of a child's ru_maxrss)\n")
    header = (
        f"{'archived':>9} {'mode':<7} {'wall s':>7} {'cpu s':>7} {'peak MB':>8}"
        f" {'x wall':>7} {'x cpu':>6}"
    )
    if share is not None and share.postmaster is not None:
        header += f" {'srv s':>6} {'srv MB':>6} {'all s':>6} {'x all':>6}"
    print(header + "  Check Also: same pick, a copy of the same text")
    base: dict[str, Run] = {}
    for size in sizes:
        written, indexed, vacuumed = project.grow(size)
        if size:
            print(
                f"{'':>9} (rows written {written:.1f} s, indexed {indexed:.1f} s"
                + (f", vacuum+analyse {vacuumed:.1f} s)" if url else ")")
                + f" load {os.getloadavg()[0]:.1f}"
            )
        results: dict[str, Run] = {}
        for mode in ("before", "after"):
            if mode == "before" and size > args.before_max:
                continue
            runs = [build(project, index=mode == "after", share=share) for _ in range(args.runs)]
            run = median(runs)
            results[mode] = run
            base.setdefault(mode, run)
            agree = ""
            if mode == "after" and "before" in results:
                a, b = check_also(project, "after"), check_also(project, "before")
                same = sum(a[k] == b.get(k) for k in a)
                texts = len(project.texts)
                alike = sum(source_text(a[k], texts) == source_text(b.get(k), texts) for k in a)
                agree = f"{same}/{len(a)}, {alike}/{len(a)}"
            print(
                f"{size:>9} {mode:<7} {run.wall:>7.2f} {run.cpu:>7.2f} {run.peak_mb:>8.0f}"
                f" {run.wall / base[mode].wall:>7.1f} {run.cpu / base[mode].cpu:>6.1f}"
                f"{server_columns(run, base[mode])}  {agree}",
                flush=True,
            )
    if not args.no_extras:
        extras(args, project, share)
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n(this script's own peak: {peak_self:.0f} MB)")


def extras(args: argparse.Namespace, project: Project, share: ServerShare | None) -> None:
    """The other costs that grow with stored data, at the largest size."""
    per_article = fetch_side(project, args.new) * 1000
    print(
        f"\nfetch side: add_articles {per_article:.2f} ms per article"
        f" (dedupe + insert + index) into {project.archived:,} stored"
    )
    runs = args.runs
    plain = median([build(project, index=True, share=share) for _ in range(runs)])
    add_history(project, args.history)
    history = median([build(project, index=True, share=share) for _ in range(runs)])
    project.execute("DROP INDEX issues_schedule_window")  # the build's one read of the history
    unindexed = median([build(project, index=True, share=share) for _ in range(runs)])
    project.execute(ISSUES_INDEX)
    print(f"issue history ({args.history} past issues, each with the body of this issue):")
    for label, run in (
        ("no past issue", plain),
        ("past issues", history),
        ("past issues, no (schedule, window_end) index", unindexed),
    ):
        print(f"  {label:<46} {run.wall:>6.2f} s wall {run.cpu:>6.2f} s cpu {run.peak_mb:>5.0f} MB")
    print("\nthe build's SQL at the largest size (scans of growing tables would show here):")
    for line in trace_build(project):
        print("  " + line)


if __name__ == "__main__":
    main()
