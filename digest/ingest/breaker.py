"""Per-host circuit breaker and negative DNS cache for one fetch run. Pure: `now` comes in.

Why: one host that does not resolve, refuses connections or never answers used to cost every
one of its pages a full failure (1,000 teasers on an unresolvable host: 202 s). The breaker
gives a host a few tries and then skips its remaining requests for the run; the caller
reports each tripped host once.

    breaker = HostBreaker()
    per request, before starting it:
        state(host, now): "closed"  -> go, at the usual per-host concurrency
                          "suspect" -> its last request failed: one request at a time
                          "open"    -> do not try; count it with skipped(host)
    per result: success(host, now) | failure(host, reason, waited, now)
    after the run: trips() -> one HostTrip per host that was skipped

A host opens after `after` failures in a row, or sooner when its failures in a row have
together made the run wait `patience` seconds (two read timeouts that ran side by side).
"Suspect" is what keeps a host that accepts connections and never answers from costing one
read timeout per `per_host` requests: after its first timeout nothing more is sent to it until
the requests already in flight have answered or failed too.

Only failures that say the host is unreachable count (no address, refused, reset, timeout);
an HTTP error status is an answer, and it closes the breaker like any other answer.

`NegativeCache` remembers names that did not resolve (RFC 2308 negative caching, kept for the
run), so a dead name costs one lookup per run, not one per page. `is_reserved_invalid` is the
RFC 6761 section 6.4 rule: names under `.invalid` never resolve and are not looked up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

BreakerState = Literal["closed", "suspect", "open"]

FAILURES_TO_OPEN = 3  # "a few" failures in a row
PATIENCE = 15.0  # seconds of waiting, summed over failures in a row, that open a host sooner
COOLDOWN = 600.0  # an open host is tried again (one request at a time) after this long
NEGATIVE_TTL = 600.0  # a name that did not resolve is not looked up again for this long


@dataclass(frozen=True)
class HostTrip:
    """A host whose remaining requests were skipped: the one line the run reports about it."""

    host: str  # host name, with ":port" when the URL named a port
    failures: int  # failures in a row that opened it
    skipped: int  # requests not made because it was open
    reason: str  # the last failure, one line

    def line(self, what: str = "requests") -> str:
        """`pages.dead.invalid: 997 pages skipped after 3 failures in a row (cannot resolve…)`."""
        plural = "" if self.failures == 1 else "s"
        return (
            f"{self.host}: {self.skipped} {what} skipped after {self.failures} failure{plural}"
            f" in a row ({self.reason})"
        )


@dataclass
class _Host:
    streak: int = 0  # failures in a row
    waited: float = 0.0  # seconds those failures took, summed
    reason: str = ""
    opened_at: float | None = None
    opened_after: int = 0  # the streak when it opened
    skipped: int = 0


class HostBreaker:
    """Counts failures in a row per host and says whether the next request may go.

    Not thread-safe on purpose: the fetch dispatcher calls it from one thread.
    """

    def __init__(
        self,
        *,
        after: int = FAILURES_TO_OPEN,
        patience: float = PATIENCE,
        cooldown: float = COOLDOWN,
    ) -> None:
        self.after = max(1, after)
        self.patience = patience
        self.cooldown = cooldown
        self._hosts: dict[str, _Host] = {}

    def state(self, host: str, now: float) -> BreakerState:
        entry = self._hosts.get(host)
        if entry is None:
            return "closed"
        if entry.opened_at is not None:
            if now - entry.opened_at < self.cooldown:
                return "open"
            # Half-open: one request at a time, and its failure opens the host again.
            entry.opened_at = None
            entry.streak = max(entry.streak, self.after - 1)
        return "suspect" if entry.streak else "closed"

    def skipped(self, host: str) -> None:
        """Count one request not made because `host` is open."""
        self._hosts.setdefault(host, _Host()).skipped += 1

    def success(self, host: str, now: float) -> None:
        """The host answered (any HTTP status): it is reachable again."""
        entry = self._hosts.get(host)
        if entry is not None:
            entry.streak, entry.waited, entry.opened_at = 0, 0.0, None

    def failure(self, host: str, reason: str, waited: float, now: float) -> None:
        """A request to `host` failed for a reason that says it is unreachable."""
        entry = self._hosts.setdefault(host, _Host())
        entry.streak += 1
        entry.waited += max(0.0, waited)
        entry.reason = reason
        if entry.opened_at is None and (
            entry.streak >= self.after or entry.waited >= self.patience
        ):
            entry.opened_at = now
            entry.opened_after = entry.streak

    def trips(self) -> list[HostTrip]:
        """One entry per host that had requests skipped, in the order the hosts were first seen."""
        return [
            HostTrip(host, entry.opened_after, entry.skipped, entry.reason)
            for host, entry in self._hosts.items()
            if entry.skipped
        ]


class NegativeCache:
    """Names that did not resolve, with why, each kept `ttl` seconds (RFC 2308 section 5)."""

    def __init__(self, ttl: float = NEGATIVE_TTL) -> None:
        self.ttl = ttl
        self._failed: dict[str, tuple[str, float]] = {}

    def get(self, name: str, now: float) -> str | None:
        """Why `name` did not resolve, if that was less than `ttl` ago."""
        entry = self._failed.get(_fold(name))
        if entry is None:
            return None
        reason, at = entry
        if now - at >= self.ttl:
            del self._failed[_fold(name)]
            return None
        return reason

    def put(self, name: str, reason: str, now: float) -> None:
        self._failed[_fold(name)] = (reason, now)


def is_reserved_invalid(name: str) -> bool:
    """True for `invalid` and names under it: RFC 6761 section 6.4 says resolver APIs should
    answer them negatively at once, without asking a DNS server (glibc does ask)."""
    folded = _fold(name)
    return folded == "invalid" or folded.endswith(".invalid")


def _fold(name: str) -> str:
    return name.rstrip(".").lower()
