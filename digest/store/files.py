"""Files that hold secrets are created private (0600) and reported when others can read them.

The SQLite store holds the token secret (whoever reads it can forge unsubscribe and preference
links for everyone) and the subscriber list. It is created 0600 before SQLite first opens it;
SQLite gives its `-wal` and `-shm` side files the database file's own permissions, so they
follow. The run lock (`<store>.lock`) is created 0600 too: it names the running process and
host. Outbox files already are (mkstemp). Files that already exist are left as the operator
set them — they may have a reason (a backup group) — and `digest check` says which ones other
local users can read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store is imported by every command; pydantic only where needed
    from digest.config import Config

PRIVATE_MODE = 0o600
SIDE_FILES = ("-wal", "-shm", "-journal", ".lock")


def create_private(path: str | os.PathLike[str]) -> None:
    """Create `path` empty with mode 0600 unless it exists (umask can only narrow it)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def open_private(path: str | os.PathLike[str]) -> int:
    """A read/write, append descriptor on `path`, creating it 0600 (what "a+" would open)."""
    return os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, PRIVATE_MODE)


def store_files(store_path: str | os.PathLike[str]) -> list[Path]:
    """The SQLite file and whichever of its side files (WAL, shared memory, journal, run lock)
    exist now."""
    base = Path(store_path)
    candidates = [base, *(Path(f"{base}{suffix}") for suffix in SIDE_FILES)]
    return [path for path in candidates if path.exists()]


def secret_file_warnings(config: Config) -> list[str]:
    """`digest check`: the store, its side files and the DKIM key, when others can read them."""
    paths = [] if "://" in config.store_url else store_files(config.store_url)
    key_file = (config.delivery.dkim or {}).get("key_file")
    if key_file:
        paths.append(config.path(key_file))
    return readable_by_others(paths)


def readable_by_others(paths: Iterable[Path]) -> list[str]:
    """One warning per file that its group or other users can read or write."""
    warnings = []
    for path in paths:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except OSError:
            continue
        if mode & 0o077:
            warnings.append(
                f"{path} has mode {mode:04o}: other local users can read it, and it holds"
                f" secrets (the store's token secret and subscriber list, or a key);"
                f" run: chmod 600 {path}"
            )
    return warnings
