"""The store: the only package that speaks SQL, one module per area (see docs/architecture.md).

`Store` is assembled from the areas; `Store.open(url)` picks the backend (an SQLite path, or
`postgresql://USER@HOST[:PORT]/DBNAME`: store/base.py, store/postgres.py). Consumers below the
pipeline do not name it: each declares the small `typing.Protocol` it needs (e.g.
`send.loop.DeliveryLedger`).
"""

from __future__ import annotations

from digest.store.accounts import AccountStore
from digest.store.archive import ArchiveStore
from digest.store.articles import ArticleStore
from digest.store.bounces import BounceStore
from digest.store.deliveries import DeliveryStore
from digest.store.feeds import FeedStore
from digest.store.holders import HolderStore
from digest.store.issues import IssueStore
from digest.store.leases import LeaseStore
from digest.store.ratelimits import RateLimitStore
from digest.store.runstate import RunStateStore
from digest.store.signups import SignupStore
from digest.store.subscribers import SubscriberStore


class Store(
    FeedStore,
    ArticleStore,
    ArchiveStore,
    IssueStore,
    SubscriberStore,
    DeliveryStore,
    RunStateStore,
    AccountStore,
    RateLimitStore,
    SignupStore,
    BounceStore,
    LeaseStore,
    HolderStore,
):
    """The store: every area over one SQLite file or one PostgreSQL database."""


__all__ = ["Store"]
