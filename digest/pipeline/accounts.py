"""Editor accounts: passwords hashed with argon2id, logins rate-limited, sessions in the store.

    add_editor / change_password / remove_editor      `digest editors add | passwd | remove`
    log_in(store, name, password, client, now):        the web login form
        take a hit from the client's bucket and the account's     # store.take: atomic
        over either limit -> refused (no password is checked)
        verify the argon2 hash (a dummy hash for unknown names: same time, no enumeration)
        ok -> the account's bucket cleared, a new server-side session
    end_session / session_editor                       logout, and every editor request

Why argon2-cffi: the maintained binding of the Password Hashing Competition winner (RFC 9106),
with `check_needs_rehash` so stronger parameters apply to a password at its next login. The
parameters are OWASP's minimum for argon2id (19 MiB, 2 passes, 1 lane): about 0.2 s on a small
two-core server; argon2-cffi's default (64 MiB, 4 lanes) took a second there.

Rate limits count attempts, not failures, and are taken before the password is checked: a
burst of parallel guesses is counted one by one (the old 0.5 s delay per request let forty
parallel guesses through in 1.6 s). Per account: 5 attempts per 15 minutes, cleared when the
owner logs in; per client address: 20 per 15 minutes. (Someone can lock an account for 15
minutes by guessing; its owner can still use the CLI, which needs no login.)
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from digest.store import Store

SESSION_AGE = timedelta(hours=12)  # an editor login lasts a working day
LOGIN_WINDOW = timedelta(minutes=15)
LOGIN_PER_ACCOUNT = 5  # attempts per account per window
LOGIN_PER_CLIENT = 20  # attempts per client address per window
MIN_PASSWORD = 12  # characters
MAX_PASSWORD = 1024  # hashing a megabyte per request would be a way to load the server
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")


@lru_cache(maxsize=1)
def hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """Verified against when the name is unknown, so both answers take the same time."""
    return hasher().hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A name or password that cannot be used, with what to do instead."""


def check_name(name: str) -> str:
    if not NAME.match(name):
        raise AccountError(
            f"{name!r} is not a usable editor name; use letters, digits, '.', '_', '-' or '@'"
            " (at most 64, starting with a letter or digit)"
        )
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must have at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"the password must have at most {MAX_PASSWORD} characters")
    return password


def add_editor(store: Store, name: str, password: str, now: datetime) -> bool:
    """A new account; False when the name is taken."""
    check_name(name)
    return store.add_editor(name, hasher().hash(check_password(password)), now)


def change_password(store: Store, name: str, password: str, now: datetime) -> bool:
    """A new password; every session of the editor ends. False when there is no such editor."""
    check_name(name)
    return store.set_editor_password(name, hasher().hash(check_password(password)), now)


def remove_editor(store: Store, name: str) -> bool:
    return store.remove_editor(name)


def keyed_hash(secret: str, value: str) -> str:
    """A value kept only as HMAC-SHA256 under a secret of the store (client addresses)."""
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()[:32]


class LoginOutcome(StrEnum):
    OK = "ok"
    WRONG = "wrong"  # unknown name or wrong password: one answer for both
    LIMITED = "limited"  # too many attempts from this client or for this account


@dataclass(frozen=True)
class LoginResult:
    outcome: LoginOutcome
    session_id: str = ""  # the cookie value when outcome is OK
    expires_at: datetime | None = None


def log_in(store: Store, name: str, password: str, client: str, now: datetime) -> LoginResult:
    """Check a login attempt against the rate limits and the stored hash; see the docstring."""
    client_bucket = "login-client:" + keyed_hash(store.secret("rate_limit"), client)
    account_bucket = "login-account:" + name[:64].casefold()
    if not store.take(client_bucket, LOGIN_PER_CLIENT, LOGIN_WINDOW, now):
        return LoginResult(LoginOutcome.LIMITED)
    if not store.take(account_bucket, LOGIN_PER_ACCOUNT, LOGIN_WINDOW, now):
        return LoginResult(LoginOutcome.LIMITED)
    if len(password) > MAX_PASSWORD:
        return LoginResult(LoginOutcome.WRONG)
    stored = store.editor_password_hash(name) if NAME.match(name) else None
    if not _verify(stored or _dummy_hash(), password) or stored is None:
        return LoginResult(LoginOutcome.WRONG)
    if hasher().check_needs_rehash(stored):
        store.rehash_editor_password(name, stored, hasher().hash(password))
    store.clear_rate(account_bucket)
    session_id = secrets.token_urlsafe(32)
    expires = now + SESSION_AGE
    store.start_editor_session(session_id, name, now, expires)
    return LoginResult(LoginOutcome.OK, session_id, expires)


def _verify(stored: str, password: str) -> bool:
    try:
        return hasher().verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def session_editor(store: Store, session_id: str, now: datetime) -> str | None:
    if not session_id or len(session_id) > 128:
        return None
    return store.session_editor(session_id, now)


def end_session(store: Store, session_id: str) -> bool:
    return bool(session_id) and store.end_editor_session(session_id)
