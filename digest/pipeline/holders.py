"""`digest status`'s view of who holds work: leaders, senders, fetchers (issue 16).

The command reads `store.held_work()` (store/holders.py) and passes the rows here with an
`alive` callable (`local_liveness`, the one call here that looks at processes: store/owners.py)
that can tell, for a holder on this machine only, whether its process is still there; a holder
on another machine is known only by its lease. The rest is pure formatting. A run-out lease
is shown, not hidden: its deliveries wait for any sender to take them over, and a run-out leader
lease means the schedule is leaderless until a runner's next sweep.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC

from digest.pipeline.status import utc_minute
from digest.store.holders import HeldWork

__all__ = ["Holder", "WorkHeld", "local_liveness", "work_held"]


def local_liveness(owner: str) -> bool | None:
    """Whether a holder's process is still running, when it is on this machine (same host
    name, boot and pid namespace); None for a holder elsewhere."""
    from digest.store.owners import _owner_alive, is_local

    return _owner_alive(owner) if is_local(owner) else None


@dataclass(frozen=True)
class Holder:
    """A process as its owner id names it: `host/machine:pid[:start[:run]]`."""

    id: str
    host: str
    pid: int | None
    alive: bool | None  # None: on another machine, only its lease speaks for it

    @classmethod
    def parse(cls, owner: str, alive: Callable[[str], bool | None]) -> Holder:
        host_part, _, rest = owner.partition(":")
        pid_text = rest.split(":", 1)[0]
        return cls(
            id=owner,
            host=host_part.split("/", 1)[0] or "?",
            pid=int(pid_text) if pid_text.isdigit() else None,
            alive=alive(owner) if owner else None,
        )

    def text(self) -> str:
        where = f"{self.host} pid {self.pid}" if self.pid is not None else self.host
        if self.alive is None:
            return where
        return f"{where} ({'running' if self.alive else 'gone'}, this machine)"

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "host": self.host, "pid": self.pid, "alive": self.alive}


@dataclass(frozen=True)
class WorkHeld:
    """Everything held, by kind, with the lease time left (seconds; < 0: ran out)."""

    entries: tuple[tuple[HeldWork, Holder], ...]
    shared: bool  # PostgreSQL: runners on other machines are seen only here

    def of(self, kind: str) -> list[tuple[HeldWork, Holder]]:
        return [(work, holder) for work, holder in self.entries if work.kind == kind]

    def runner_line(self) -> str:
        """The `runner` line for a shared store, where no lock file can say who runs."""
        leaders = {holder.id for work, holder in self.of("leader") if _left(work) > 0}
        if not leaders:
            return "runner     no runner leads a schedule (start one with 'digest run')"
        return f"runner     {len(leaders)} leading (see 'work held'); any number may help send"

    def lines(self) -> list[str]:
        out = ["work held (from the store: leaders, senders, fetchers, on every machine)"]
        if not self.entries:
            out.append("  nothing: no schedule leader, no claimed delivery, no feed being fetched")
        for work, holder in self.entries:
            out.append("  " + _line(work, holder))
        return out

    def as_json(self) -> dict[str, object]:
        def item(work: HeldWork, holder: Holder) -> dict[str, object]:
            return {
                "holder": holder.as_json(),
                "what": work.what,
                "count": work.count,
                "seconds_left": None if work.seconds_left is None else round(work.seconds_left, 1),
                "since": work.since.astimezone(UTC).isoformat(timespec="seconds")
                if work.since
                else None,
            }

        return {
            kind: [item(work, holder) for work, holder in self.of(kind)]
            for kind in ("leader", "lease", "sending", "fetching")
        }


def work_held(
    rows: Iterable[HeldWork], alive: Callable[[str], bool | None], *, shared: bool
) -> WorkHeld:
    """The report from the store's rows; `alive(owner)` is None for a holder elsewhere."""
    entries = tuple((work, Holder.parse(work.holder, alive)) for work in rows)
    return WorkHeld(entries, shared)


def _left(work: HeldWork) -> float:
    return work.seconds_left if work.seconds_left is not None else 0.0


def _lease_text(seconds: float | None, expired: str = "") -> str:
    if seconds is None:
        return "no lease (claimed before leases existed)"
    if seconds >= 0:
        return f"lease {_duration(seconds)} left"
    return f"lease ran out {_duration(-seconds)} ago" + (f"; {expired}" if expired else "")


def _line(work: HeldWork, holder: Holder) -> str:
    if work.kind == "leader":
        since = f", since {utc_minute(work.since)}" if work.since else ""
        lease = _lease_text(work.seconds_left, "a runner takes the schedule at its next sweep")
        return f"leader   {work.what}: {holder.text()}{since}; {lease}"
    if work.kind == "sending":
        lease = _lease_text(work.seconds_left, "any sender takes them over")
        unit = "delivery" if work.count == 1 else "deliveries"
        return f"sending  {work.what}: {holder.text()} holds {work.count} {unit}; {lease}"
    if work.kind == "fetching":
        unit = "feed" if work.count == 1 else "feeds"
        lease = _lease_text(work.seconds_left)
        return f"fetching {holder.text()}: {work.count} {unit}; {lease}"
    return f"lease    {work.what}: {holder.text()}; {_lease_text(work.seconds_left, 'free')}"


def _duration(seconds: float) -> str:
    whole = int(round(seconds))
    if whole < 60:
        return f"{whole}s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}m {secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"
