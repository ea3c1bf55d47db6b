"""One `digest run` per store: an advisory lock on a file beside the SQLite file.

APScheduler's docs say several scheduler processes on one job store run jobs twice ("you can't"),
and two runners on one store would race to build and send. The lock is `flock(2)` on
`<store>.lock`: the kernel drops it when the holding process exits, however it exits (crash,
SIGKILL, power loss), so a crashed runner never leaves it stuck and there is no stale-pid guessing.
The file itself stays (it is never unlinked: deleting a locked file lets a second process lock a
new file of the same name); it holds the holder's pid, host and start time for error messages.

flock is per open file description, works across processes on one machine, and is not reliable on
NFS: keep the store on a local disk (PostgreSQL deployments will use an advisory lock there).
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from digest.store.files import open_private

__all__ = ["LockHeld", "LockInfo", "ProcessLock", "lock_path_for", "probe"]

# A `digest status` probe holds the lock for microseconds; a starting runner retries this long
# before deciding someone else really holds it.
_ACQUIRE_RETRY_SECONDS = 0.3


@dataclass(frozen=True)
class LockInfo:
    """Who holds (or last held) the lock, as written in the lock file."""

    pid: int
    host: str
    started: datetime | None
    command: str = ""

    def describe(self) -> str:
        since = f", started {self.started:%Y-%m-%d %H:%M:%S %Z}" if self.started else ""
        return f"pid {self.pid} on {self.host}{since}"


class LockHeld(Exception):
    """Another process holds the lock."""

    def __init__(self, path: Path, holder: LockInfo | None):
        self.path = path
        self.holder = holder
        who = holder.describe() if holder else "another process"
        super().__init__(f"{path} is locked by {who}")


def lock_path_for(store_url: str) -> Path | None:
    """`<sqlite file>.lock`; None for an in-memory store (nothing to share)."""
    path = store_url.removeprefix("sqlite:///")
    if path == ":memory:" or "://" in path:
        return None
    return Path(path + ".lock")


def _read_info(handle: IO[str]) -> LockInfo | None:
    handle.seek(0)
    try:
        data = json.loads(handle.read() or "null")
        if not isinstance(data, dict):
            return None
        started = data.get("started")
        return LockInfo(
            pid=int(data["pid"]),
            host=str(data.get("host", "")),
            started=datetime.fromisoformat(started) if started else None,
            command=str(data.get("command", "")),
        )
    except (ValueError, KeyError, TypeError):
        return None


class ProcessLock:
    """An exclusive, non-blocking flock on `path`; use as a context manager or acquire/release."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, command: str = "digest run") -> None:
        """Take the lock or raise LockHeld naming the holder."""
        if self._handle is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # "a+" creates the file (0600: it names this host and process) without truncating what
        # the holder wrote.
        handle = os.fdopen(open_private(self.path), "a+", encoding="utf-8")
        deadline = time.monotonic() + _ACQUIRE_RETRY_SECONDS
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_info(handle)
                    handle.close()
                    raise LockHeld(self.path, holder) from None
                time.sleep(0.05)
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
            "command": command or " ".join(sys.argv),
        }
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(info) + "\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Clear the holder line and unlock (the file stays, see the module docstring)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            handle.seek(0)
            handle.truncate()
            handle.flush()
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
            handle.close()

    def __enter__(self) -> ProcessLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def probe(path: str | os.PathLike[str]) -> LockInfo | None:
    """The holder if some process holds the lock right now, else None (for `digest status`).

    Tries a shared lock for an instant: it fails only while an exclusive holder is alive, so a
    pid left in the file by a crashed runner is never reported as running.
    """
    path = Path(path)
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115
    except FileNotFoundError:
        return None
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_info(handle) or LockInfo(pid=0, host="", started=None)
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return None
