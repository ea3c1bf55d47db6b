"""Who holds a claimed delivery, and whether that worker is still alive (this machine only).

An owner id is `host/machine:pid:start[:run]`. `host` is the host name (for people); `machine`
names the kernel boot and the pid namespace the process lives in, because a pid means something
only there: two containers, or two machines both called `localhost`, must never read each
other's pids. Only an owner with the same `host/machine` is checked by pid (the local fast path:
a dead local process is seen at once); every other owner is alive until its lease runs out
(store/deliveries.py). Ids written before this (`host:pid[:start[:run]]`) are local when their
host is this host name, as before.
"""

from __future__ import annotations

import functools
import hashlib
import os
import socket


def _process_start(pid: int) -> str:
    """The kernel's start time of a process (Linux), so a reused pid is not taken for the owner."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return ""


@functools.cache
def _machine() -> str:
    """The boot and pid namespace this process's pids belong to (Linux), as 8 hex digits."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            boot = handle.read().strip()
        namespace = os.stat("/proc/self/ns/pid").st_ino
    except OSError:
        return ""
    return hashlib.sha256(f"{boot}:{namespace}".encode()).hexdigest()[:8]


def local_host() -> str:
    """This process's `host/machine` (the host name is read each time: `unshare --uts` and
    `hostname` may change it)."""
    machine = _machine()
    return f"{socket.gethostname()}/{machine}" if machine else socket.gethostname()


def worker_id() -> str:
    """Who holds a claimed delivery: `host/machine:pid[:start]`, so a dead owner can be
    recognised even when its pid has been reused."""
    start = _process_start(os.getpid())
    return f"{local_host()}:{os.getpid()}" + (f":{start}" if start else "")


# Owners (a send run's id) that are running in this process right now; see `_owner_alive`.
LIVE_RUNS: set[str] = set()


def is_local(owner: str | None) -> bool:
    """Can this process check the owner's pid (same host name, boot and pid namespace)?"""
    if not owner:
        return False
    host = owner.split(":", 1)[0]
    if "/" in host:
        return host == local_host()
    return host == socket.gethostname()  # an id from before machine names


def _owner_alive(owner: str | None) -> bool:
    """Is the worker that claimed a row still there? `owner` is `host/machine:pid[:start[:run]]`.
    An owner elsewhere is taken to be alive (its lease decides)."""
    if not owner:
        return False
    if not is_local(owner):
        return True
    parts = owner.split(":")
    pid = parts[1] if len(parts) > 1 else ""
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
