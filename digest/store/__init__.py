"""The store: the only package that speaks SQL, one module per area (see docs/architecture.md).

`Store` is the SQLite store, assembled from the areas. Consumers do not name it: each declares the
small `typing.Protocol` it needs (e.g. `send.loop.DeliveryLedger`), so a second backend can stand
in.
"""

from __future__ import annotations

from digest.store.articles import ArticleStore
from digest.store.deliveries import DeliveryStore
from digest.store.feeds import FeedStore
from digest.store.issues import IssueStore
from digest.store.runstate import RunStateStore
from digest.store.subscribers import SubscriberStore


class Store(FeedStore, ArticleStore, IssueStore, SubscriberStore, DeliveryStore, RunStateStore):
    """The SQLite store: every area over one file."""


__all__ = ["Store"]
