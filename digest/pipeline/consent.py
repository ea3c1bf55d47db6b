"""Consent in `digest subscribers export`: when, from which form, from which client (a keyed
hash), for every subscriber who confirmed a sign-up; empty for those an operator added.

CSV gets three more columns after the ones `import` reads (import ignores them: consent is
given by the person, not imported); JSON and YAML get a `consent` object or null.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from digest.ingest.subscribers import as_dict, iter_csv
from digest.model.types import Subscriber
from digest.store import Store

CONSENT_COLUMNS = ("consent_at", "consent_form", "consent_client")


def consent_data(store: Store, sub: Subscriber) -> dict[str, str] | None:
    consent = store.consent(sub.email)
    if consent is None:
        return None
    return {
        "requested_at": consent.requested_at.isoformat(),
        "confirmed_at": consent.confirmed_at.isoformat(),
        "form": consent.form,
        "client_hash": consent.client_hash,
        "confirm_client_hash": consent.confirm_client_hash,
    }


def as_dict_with_consent(store: Store, sub: Subscriber) -> dict[str, object]:
    return {**as_dict(sub), "consent": consent_data(store, sub)}


def iter_csv_with_consent(store: Store, subscribers: Iterable[Subscriber]) -> Iterator[str]:
    """`iter_csv`'s lines with the consent columns added (their cells need no quoting: an ISO
    time, a form name of [a-z0-9_-], a hex hash)."""
    current: list[Subscriber] = []

    def tracked() -> Iterator[Subscriber]:
        for sub in subscribers:
            current[:] = [sub]
            yield sub

    for n, line in enumerate(iter_csv(tracked())):
        if n == 0:
            yield line.rstrip("\n") + "," + ",".join(CONSENT_COLUMNS) + "\n"
            continue
        data = consent_data(store, current[0]) or {}
        cells = (data.get("confirmed_at", ""), data.get("form", ""), data.get("client_hash", ""))
        yield line.rstrip("\n") + "," + ",".join(cells) + "\n"
