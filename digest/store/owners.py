"""Who holds a claimed delivery, and whether that worker is still alive (this machine only)."""

from __future__ import annotations

import os
import socket


def _process_start(pid: int) -> str:
    """The kernel's start time of a process (Linux), so a reused pid is not taken for the owner."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return ""


def worker_id() -> str:
    """Who holds a claimed delivery: host, pid and the pid's start time (`host:pid[:start]`),
    so a dead owner can be recognised even when its pid has been reused."""
    start = _process_start(os.getpid())
    return f"{socket.gethostname()}:{os.getpid()}" + (f":{start}" if start else "")


# Owners (a send run's id) that are running in this process right now; see `_owner_alive`.
LIVE_RUNS: set[str] = set()


def _owner_alive(owner: str | None) -> bool:
    """Is the worker that claimed a row still there? `owner` is `host:pid[:start[:run]]`."""
    if not owner:
        return False
    parts = owner.split(":")
    host, pid = parts[0], parts[1] if len(parts) > 1 else ""
    if host != socket.gethostname():
        return True  # another machine's worker: trusted until its claim goes stale
    try:
        os.kill(int(pid), 0)
    except (ProcessLookupError, ValueError):
        return False
    except PermissionError:
        return True
    if len(parts) > 2 and parts[2] and parts[2] != _process_start(int(pid)):
        return False  # the pid now belongs to another process
    if len(parts) > 3 and int(pid) == os.getpid():
        return owner in LIVE_RUNS  # an earlier run in this very process that ended
    return True
