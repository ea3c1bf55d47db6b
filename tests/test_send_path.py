"""What `digest send` does to be quick, checked: settings that must not change what it sends.

(The email and digest.json are compared byte for byte against the previous code on the bench's
generated feeds and on the demo config by hand, see notes/perf.md "session 5, send side"; these
tests pin the mechanisms.)
"""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from digest.pipeline.build import collector_paused
from digest.store import Store


def _python(code: str, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**environ, **env},
    ).stdout.strip()


def test_importing_digest_asks_openblas_for_one_thread() -> None:
    code = "import os, digest; print(os.environ.get('OPENBLAS_NUM_THREADS'))"
    assert _python(code) == "1"


def test_an_openblas_setting_of_the_user_wins() -> None:
    code = "import os, digest; print(os.environ['OPENBLAS_NUM_THREADS'])"
    assert _python(code, OPENBLAS_NUM_THREADS="4") == "4"


def test_numpy_under_digest_starts_no_blas_threads() -> None:
    # OpenBLAS starts its worker threads when numpy loads; with one thread it starts none.
    code = (
        "import threading, digest, numpy, os\n"
        "tasks = os.listdir(f'/proc/{os.getpid()}/task')\n"
        "print(len(tasks))"
    )
    if not os.path.isdir("/proc/self/task"):
        pytest.skip("needs /proc to count the process's threads")
    assert _python(code) == "1"


def test_collector_paused_turns_gc_off_and_back_on() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_paused_leaves_it_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_paused_restores_it_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def _run_digest(project: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "digest", *args, "--config", str(project / "config.yaml")],
        capture_output=True,
        text=True,
        cwd=project,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_fetch_build_and_send_leave_no_sqlite_journal(project: Path) -> None:
    # These commands skip Python's last collection at exit (cli.main.FREEZE_AT_EXIT), so every
    # SQLite connection must be closed by then: the send workers' too (Store.release_thread).
    # The last connection to close removes -wal and -shm, as before.
    var = project / "var"
    _run_digest(project, "fetch")
    assert sorted(p.name for p in var.iterdir() if "sqlite3" in p.name) == ["digest.sqlite3"]
    _run_digest(project, "build")
    assert sorted(p.name for p in var.iterdir() if "sqlite3" in p.name) == ["digest.sqlite3"]
    assert "3 sent" in _run_digest(project, "send")
    assert sorted(p.name for p in var.iterdir() if "sqlite3" in p.name) == ["digest.sqlite3"]


def test_release_thread_closes_only_that_threads_sqlite_connection(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "s.sqlite3"))
    main_connection = store.db
    seen: list[object] = []

    def worker() -> None:
        seen.append(store.db)
        store.release_thread()
        seen.append(getattr(store._local, "conn", None))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen[0] is not main_connection and seen[1] is None
    with pytest.raises(sqlite3.ProgrammingError):  # closed: not waiting for a collection
        seen[0].execute("SELECT 1")  # type: ignore[attr-defined]
    assert store.db is main_connection  # this thread's connection is untouched
    store.close()


def test_a_valid_theme_is_read_without_composing_its_node_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from digest.render import TEMPLATES, theme

    def no_tree(text: str) -> dict[tuple[str, ...], int]:
        raise AssertionError("the line-numbered node tree is only for problem messages")

    monkeypatch.setattr(theme, "_yaml_key_lines", no_tree)
    loaded, problems = theme.load_theme(TEMPLATES, TEMPLATES / "themes" / "dark-ink")
    assert problems == [] and loaded["colors"] and loaded["dark"]


def test_a_broken_theme_gets_the_pure_python_loaders_message(tmp_path: Path) -> None:
    import yaml

    from digest.render import TEMPLATES, theme

    text = "colors:\n  text: '#111'\n  link: [unclosed\n"
    (tmp_path / "theme.yaml").write_text(text)
    with pytest.raises(yaml.YAMLError) as caught:
        yaml.safe_load(text)
    mark = caught.value.problem_mark  # type: ignore[attr-defined]
    expected = (
        f"{tmp_path / 'theme.yaml'}:{mark.line + 1}: invalid YAML: "
        f"{caught.value.problem}"  # type: ignore[attr-defined]
    )
    _, problems = theme.load_theme(TEMPLATES, tmp_path)
    assert expected in problems


def test_a_warm_cache_renders_without_premailer(project: Path, tmp_path: Path) -> None:
    # premailer (and requests, cssutils, chardet) only on a cache miss: render/inline.py.
    code = (
        "import sys\n"
        "from digest.cli.main import main\n"
        "main(['build', '--config', sys.argv[1]], standalone_mode=False)\n"
        "print(sorted({'premailer', 'cssutils', 'requests'} & set(sys.modules)))\n"
    )
    env = {**os.environ, "DIGEST_CACHE_DIR": str(tmp_path / "cache")}
    _run_digest(project, "fetch")

    def build() -> str:
        result = subprocess.run(
            [sys.executable, "-c", code, str(project / "config.yaml")],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=project,
        )
        return result.stdout.strip().splitlines()[-1]

    assert build() == "['cssutils', 'premailer', 'requests']"  # cold: the cache is filled
    assert build() == "[]"


def test_only_the_items_an_issue_keeps_are_summarised(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime, timedelta

    from digest.compose import sections, summarise
    from digest.model.types import Article

    base = datetime(2024, 5, 1, tzinfo=UTC)
    words = (
        "volcano harbour violin glacier tractor orchard comet bakery subway lantern falcon quarry"
        " meadow turbine canyon ferry museum pepper marathon robot tunnel vineyard satellite"
        " cathedral bridge desert dolphin fortress garden island jungle kettle"
    ).split()
    articles = [
        Article(
            id=f"a{i:02d}",
            feed_url="https://example.org/feed",
            source="Example",
            section="News",
            title=f"The {words[3 * i]} and the {words[3 * i + 1]}",
            url=f"https://example.org/{i}",
            published=base + timedelta(hours=i),
            text=f"A {words[3 * i]} was seen near the {words[3 * i + 1]} on the first day."
            f" Nobody expected the {words[3 * i + 2]} to matter so much."
            f" The {words[3 * i]} keepers said the {words[3 * i + 2]} stays.",
        )
        for i in range(10)
    ]
    summarised: list[str] = []
    real = summarise.summarise

    def counting(text: str, title: str | None = None, n: int = 3) -> tuple[str, ...]:
        summarised.append(text)
        return real(text, title, n)

    monkeypatch.setattr(summarise, "summarise", counting)
    kept = sections.build_sections(articles, max_items_per_section=4)
    items = [item for section in kept for item in section.items]
    assert len(items) == 4 and len(summarised) == 4
    monkeypatch.setattr(summarise, "summarise", real)
    every = sections.build_sections(articles, max_items_per_section=100)
    ranked = [item for section in every for item in section.items]
    assert ranked[:4] == items  # the same four items, summaries and all, as without the cap
