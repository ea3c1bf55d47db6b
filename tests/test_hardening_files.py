"""Issue 13 item 9: files that hold secrets are private.

The SQLite store (token secret, subscriber list) and its -wal and -shm side files, the run lock
and a subscriber export are created 0600 whatever the umask lets through; `digest check` warns,
naming the file and the fix, when any of them (or the DKIM key) is readable by group or others.
Real files, real modes, the real `digest` command.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from digest.cli.main import main
from digest.model.types import Subscriber
from digest.store import Store
from digest.store.lock import ProcessLock, lock_path_for

NOW = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The umask most systems ship (022): what made the store 0644 before."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_store_and_its_side_files_are_created_private(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "var" / "digest.sqlite3"
    store = Store(path)
    store.sync_subscribers([Subscriber(email="ada@example.org")], NOW)
    assert store.secret()  # the token secret is in this file
    reader = Store(path)  # a second connection keeps the WAL and shared memory in place
    assert reader.count_subscribers() == 1
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    assert wal.exists() and shm.exists()
    for file in (path, wal, shm):
        assert mode(file) == 0o600, (file, oct(mode(file)))
    reader.close()
    store.close()


def test_the_run_lock_is_created_private(tmp_path: Path, open_umask: None) -> None:
    lock_path = lock_path_for(str(tmp_path / "digest.sqlite3"))
    assert lock_path is not None
    with ProcessLock(lock_path):
        assert mode(lock_path) == 0o600
    assert mode(lock_path) == 0o600


def run(config: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [*args, "--config", str(config)])
    return result.exit_code, result.stdout, result.stderr


def test_check_warns_about_readable_secret_files_and_passes_on_private_ones(
    project: Path, open_umask: None
) -> None:
    config = project / "config.yaml"
    key = project / "dkim.pem"
    key.write_text("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n")
    key.chmod(0o644)
    data = yaml.safe_load(config.read_text())
    data["delivery"]["dkim"] = {"selector": "s1", "key_file": "dkim.pem"}
    config.write_text(yaml.safe_dump(data, sort_keys=False))

    code, out, _ = run(config, "subscribers", "list")  # creates the store through the CLI
    assert code == 0, out
    store = project / "var" / "digest.sqlite3"
    assert mode(store) == 0o600
    code, out, err = run(config, "check")
    assert code == 0, out + err
    assert str(key) in err and "chmod 600" in err  # the key is readable: a warning, not a failure
    assert str(store) not in err

    store.chmod(0o644)  # as every store made before this fix was
    code, out, err = run(config, "check")
    assert code == 0, out + err
    warning = next(line for line in err.splitlines() if str(store) in line)
    assert "0644" in warning and f"chmod 600 {store}" in warning

    store.chmod(0o600)
    key.chmod(0o600)
    code, out, err = run(config, "check")
    assert code == 0 and "chmod" not in err, err


def test_a_subscriber_export_file_is_private(project: Path, open_umask: None) -> None:
    out_file = project / "export.csv"
    code, out, err = run(project / "config.yaml", "subscribers", "export", "-o", str(out_file))
    assert code == 0, out + err
    assert mode(out_file) == 0o600
    assert "ada@example.org" in out_file.read_text()
