"""`subscribers/` files ↔ subscribers; address validation; signed unsubscribe tokens.

Files are what ops edit; the store is the truth for status. A bad row is reported as `file:line`
and skipped, the rest load.

One address is one subscriber: rows whose addresses differ only in case (`address_key`,
digest/text/address.py) are one person, in one file or across files. Each later row is reported
as `file:line` naming the earlier one, and the two are folded: the later row's details, the
stricter status (a row that takes someone out is never undone by a twin that does not).

CSV exports are opened in spreadsheets, which run a cell starting with `=`, `+`, `-`, `@`, tab
or CR as a formula (OWASP "CSV injection"): such cells are written with a leading `'`, which
spreadsheets show as text. Import removes that one `'` again, so an export reads back as it was
written; see `neutralise_cell` for the exact, reversible rule.
"""

from __future__ import annotations

import csv
import hmac
import importlib.util
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from digest.model.types import STRICTNESS, Subscriber, SubscriberStatus
from digest.text.address import address_key, needs_smtputf8
from digest.text.plain import one_line

FORMATS = ("html", "text")
SALT = "digest-unsubscribe"
CSV_COLUMNS = ("email", "name", "sections", "timezone", "format")
# Accepted on import so an export (or another tool's) round-trips; a file can only take someone
# out with it (unsubscribed/bounced/complained), never re-subscribe: the store decides status.
# (consent_* are written by export and ignored on import: consent is given, not imported.)
OPTIONAL_COLUMNS = ("status", "consent_at", "consent_form", "consent_client")
MAX_NAME = 200
# OWASP CSV injection: a cell starting with one of these is read as a formula by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CELL_GUARD = "'"


@dataclass(frozen=True)
class LoadedSubscribers:
    """What the files held: good rows, one line per bad row, and notes (not wrong, but worth
    knowing before the first send: addresses only an SMTPUTF8 server can deliver)."""

    subscribers: tuple[Subscriber, ...]
    problems: tuple[str, ...]
    notes: tuple[str, ...] = ()


def strictest(first: SubscriberStatus, second: SubscriberStatus) -> SubscriberStatus:
    """The status that keeps the person out, of two."""
    return max(first, second, key=STRICTNESS.index)


class _Fold:
    """Rows in reading order → one subscriber per address; every later twin reported."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[Subscriber, str]] = {}
        self.problems: list[str] = []
        self.notes: list[str] = []

    def add(self, sub: Subscriber, where: str) -> None:
        identity = address_key(sub.email)
        earlier = self.rows.get(identity)
        if earlier is not None:
            first, first_where = earlier
            status = strictest(first.status, sub.status)
            self.problems.append(
                f"{where}: {sub.email} is the same address as {first.email} at {first_where};"
                f" folded into one subscriber (this row's details, status {status.value})"
            )
            sub = replace(sub, email=first.email, status=status)
        elif needs_smtputf8(sub.email):
            self.notes.append(
                f"{where}: {sub.email}: the part before '@' is not ASCII, so only a mail server"
                " that offers SMTPUTF8 (RFC 6531) can take it; digest sends it that way when the"
                " server offers it and otherwise records the delivery failed with this reason"
            )
        self.rows[identity] = (sub, where)

    def result(self, problems: list[str]) -> LoadedSubscribers:
        return LoadedSubscribers(
            tuple(sub for sub, _ in self.rows.values()),
            tuple(problems + self.problems),
            tuple(self.notes),
        )


def normalise_address(address: str) -> str:
    """Validate syntax only (no DNS at load) and return the normalised address."""
    raw = address.strip()
    memo = _MEMO.get()
    if memo is not None and (known := memo.known.get(raw)) is not None:
        memo.used[raw] = known
        return known
    from email_validator import validate_email  # loaded on first use: every command imports this

    normalized: str = validate_email(raw, check_deliverability=False).normalized
    if memo is not None:
        memo.used[raw] = normalized
    return normalized


# -- the addresses email_validator accepted before -----------------------------------------------
# Every `digest send` reads the subscriber files again, and email_validator's import (its Unicode
# regexes) was ~25 ms of each (more than validating a few thousand addresses). So a folder read
# with `memo_dir` (the per-user cache, pipeline.settings.cache_dir) keeps what it accepted, raw ->
# normalised, in a file named for email_validator's version and these options (MEMO_FORMAT): a
# later read takes those from it and imports email_validator only for addresses it has not seen.
# Refused addresses are not kept (their message comes from email_validator every time). The file
# holds only the addresses of the last read (a removed subscriber leaves it then), mode 0600.

MEMO_FORMAT = 1  # change with the validate_email call above: older memo files are then not read


@dataclass
class _Memo:
    known: dict[str, str]
    used: dict[str, str]


_MEMO: ContextVar[_Memo | None] = ContextVar("address_memo", default=None)


def _memo_file(memo_dir: Path) -> Path | None:
    spec = importlib.util.find_spec("email_validator")
    if spec is None or spec.origin is None:
        return None
    try:
        text = (Path(spec.origin).parent / "version.py").read_text(encoding="utf-8")
    except OSError:
        return None
    version = re.search(r"""__version__\s*=\s*["']([\w.+-]+)["']""", text)
    if version is None:
        return None
    return memo_dir / f"addresses-v{MEMO_FORMAT}-email-validator-{version.group(1)}.json"


def _read_memo(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        return {}
    return data


def _write_memo(path: Path, entries: dict[str, str]) -> None:
    """Replaced atomically; a cache that cannot be written is no cache (nothing fails)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(entries, handle, ensure_ascii=False, sort_keys=True)
        os.replace(tmp, path)
    except OSError:
        pass


def _subscriber(fields: dict[str, Any], where: str) -> Subscriber:
    raw = str(fields.get("email") or "").strip()
    if not raw:
        raise ValueError("email is empty")
    try:
        email = normalise_address(raw)
    except ValueError as exc:  # email_validator's EmailNotValidError
        raise ValueError(f"{raw!r} is not a valid address: {exc}") from None
    sections = fields.get("sections")
    if isinstance(sections, str):
        sections = [s.strip() for s in sections.replace(";", "|").split("|") if s.strip()]
    elif sections is not None and not isinstance(sections, list):
        raise ValueError("sections must be a list or 'a|b|c'")
    fmt = str(fields.get("format") or "html").strip().lower()
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r} must be one of {', '.join(FORMATS)}")
    tz = str(fields.get("timezone") or "").strip() or None
    if tz:
        from digest.model.cadence import validate_timezone

        validate_timezone(tz)
    unknown = set(fields) - set(CSV_COLUMNS) - set(OPTIONAL_COLUMNS)
    if unknown:
        raise ValueError(
            f"unknown field(s) {', '.join(sorted(unknown))}; valid: {', '.join(CSV_COLUMNS)}"
        )
    name = one_line(str(fields.get("name") or ""))  # no controls, no bidi overrides
    if len(name) > MAX_NAME:
        raise ValueError(f"name is {len(name)} characters long; at most {MAX_NAME}")
    raw_status = str(fields.get("status") or "active").strip().lower()
    try:
        status = SubscriberStatus(raw_status)
    except ValueError:
        valid = ", ".join(s.value for s in SubscriberStatus)
        raise ValueError(f"status {raw_status!r} must be one of {valid}") from None
    return Subscriber(
        email=email,
        name=name,
        sections=_sections(sections),
        format=fmt,
        timezone=tz,
        status=status,
    )


def _sections(value: list[Any] | None) -> tuple[str, ...] | None:
    """None means every section; an empty list in a file means the same."""
    names = tuple(str(s).strip() for s in value or () if str(s).strip())
    return names or None


def _read_csv(text: str, source: str) -> tuple[list[tuple[Subscriber, str]], list[str]]:
    """Every good row with its `file:line`, and one line per bad row."""
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "email" not in header:
        return [], [f"{source}:1: header row must start 'email,name'"]
    reader.fieldnames = header
    rows: list[tuple[Subscriber, str]] = []
    problems: list[str] = []
    try:
        for row in reader:
            line = reader.line_num
            fields = {k: restore_cell(v) for k, v in row.items() if k and v not in (None, "")}
            if None in row:
                problems.append(f"{source}:{line}: more columns than the header names; row skipped")
                continue
            if not any(str(v).strip() for v in fields.values()):
                continue  # a blank line
            try:
                rows.append((_subscriber(fields, f"{source}:{line}"), f"{source}:{line}"))
            except ValueError as exc:
                problems.append(f"{source}:{line}: {exc}; row skipped")
    except csv.Error as exc:
        problems.append(f"{source}:{reader.line_num}: not valid CSV ({exc}); rest of file skipped")
    return rows, problems


def _read_yaml(text: str, source: str) -> tuple[list[tuple[Subscriber, str]], list[str]]:
    """Every good entry with its `file:line`, and one line per bad entry."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return [], [f"{source}:{mark.line + 1 if mark else 1}: not valid YAML; file skipped"]
    nodes: list[Any] = []
    if isinstance(data, dict) and "subscribers" in data:
        data = data["subscribers"]
        root = next(v for k, v in root.value if k.value == "subscribers")  # type: ignore[union-attr]
    if data is None:
        return [], []
    if not isinstance(data, list):
        return [], [f"{source}:1: expected a list of subscribers (- email: ...); file skipped"]
    nodes = list(root.value) if isinstance(root, yaml.SequenceNode) else [None] * len(data)
    rows: list[tuple[Subscriber, str]] = []
    problems: list[str] = []
    for entry, node in zip(data, nodes, strict=False):
        line = node.start_mark.line + 1 if node is not None else 1
        if isinstance(entry, str):
            entry = {"email": entry}
        if not isinstance(entry, dict):
            problems.append(f"{source}:{line}: expected 'email: ...'; entry skipped")
            continue
        try:
            rows.append((_subscriber(entry, f"{source}:{line}"), f"{source}:{line}"))
        except ValueError as exc:
            problems.append(f"{source}:{line}: {exc}; entry skipped")
    return rows, problems


def _folded(reads: list[tuple[list[tuple[Subscriber, str]], list[str]]]) -> LoadedSubscribers:
    """Files read in order → one subscriber per address, twins reported and folded."""
    fold = _Fold()
    problems: list[str] = []
    for rows, file_problems in reads:
        problems.extend(file_problems)
        for sub, where in rows:
            fold.add(sub, where)
    return fold.result(problems)


def parse_csv(text: str, source: str) -> LoadedSubscribers:
    return _folded([_read_csv(text, source)])


def parse_yaml(text: str, source: str) -> LoadedSubscribers:
    return _folded([_read_yaml(text, source)])


def _read_file(path: Path) -> tuple[list[tuple[Subscriber, str]], list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{path}: cannot read: {exc}"]
    if path.suffix.lower() == ".csv":
        return _read_csv(text, str(path))
    return _read_yaml(text, str(path))


def load_subscriber_file(path: Path) -> LoadedSubscribers:
    return _folded([_read_file(path)])


def load_subscriber_folder(folder: Path, *, memo_dir: Path | None = None) -> LoadedSubscribers:
    """Every .csv/.yaml/.yml file in the folder, in name order; an address repeated (in any
    case) is reported where it repeats and folded (later details, stricter status).
    `memo_dir`: where the addresses validated before are kept (see MEMO_FORMAT)."""
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: subscribers folder does not exist")
    memo_file = _memo_file(memo_dir) if memo_dir is not None else None
    memo = _Memo(_read_memo(memo_file), {}) if memo_file is not None else None
    token = _MEMO.set(memo)
    try:
        loaded = _folded(
            [
                _read_file(path)
                for path in sorted(folder.iterdir())
                if path.suffix.lower() in (".csv", ".yaml", ".yml")
                and not path.name.startswith(".")
            ]
        )
    finally:
        _MEMO.reset(token)
    if memo_file is not None and memo is not None and memo.used != memo.known:
        _write_memo(memo_file, memo.used)
    return loaded


def to_csv(subscribers: Iterable[Subscriber]) -> str:
    return "".join(iter_csv(subscribers))


def iter_csv(subscribers: Iterable[Subscriber]) -> Iterator[str]:
    """CSV text, a line at a time (the same header `import` reads), for streaming exports."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    # The writer quotes only cells holding the line terminator: one holding a bare CR would
    # end the row for every reader, so its row is written with every cell quoted.
    quoting = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(["email", "name", "sections", "timezone", "format", "status"])
    yield out.getvalue()
    for sub in subscribers:
        out.seek(0)
        out.truncate()
        cells = [
            sub.email,
            sub.name,
            "|".join(sub.sections or ()),
            sub.timezone or "",
            sub.format,
            sub.status.value,
        ]
        safe = [neutralise_cell(cell) for cell in cells]
        (quoting if any("\r" in cell for cell in safe) else writer).writerow(safe)
        yield out.getvalue()


def neutralise_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: `'` before a cell that starts with a formula
    character (= + - @ tab CR, the OWASP rule), and before one that starts with `'` itself, so
    that `restore_cell` can tell the guard from a quote the value really began with."""
    if value.startswith(FORMULA_STARTS) or value.startswith(CELL_GUARD):
        return CELL_GUARD + value
    return value


def restore_cell(value: str) -> str:
    """The inverse of `neutralise_cell` on import: one leading `'` is dropped when what follows
    is a formula character or another `'` (which `neutralise_cell` would have guarded); any
    other leading `'` (a name like 'Tis) is kept. A hand-written `'=x` reads as `=x`, which is
    what a spreadsheet user who typed it meant."""
    if value.startswith(CELL_GUARD) and value[1:].startswith((*FORMULA_STARTS, CELL_GUARD)):
        return value[1:]
    return value


def as_dict(sub: Subscriber) -> dict[str, object]:
    """A subscriber as JSON/YAML data (the fields a file may hold, plus status)."""
    return {
        "email": sub.email,
        "name": sub.name,
        "sections": list(sub.sections) if sub.sections is not None else None,
        "timezone": sub.timezone,
        "format": sub.format,
        "status": sub.status.value,
    }


class TokenSigner:
    """HMAC-signed unsubscribe tokens carrying the subscriber's opaque key, never the address.

    `secrets` is newest first: tokens are signed with the first and verified with any, so keys
    can rotate while old tokens keep working.
    """

    def __init__(self, secrets: list[str]):
        if not secrets:
            raise ValueError("at least one secret is needed")
        from itsdangerous import URLSafeSerializer

        self._keys = list(secrets)
        self._serializer = URLSafeSerializer(list(reversed(secrets)), salt=SALT)

    def sign(self, key: str) -> str:
        return str(self._serializer.dumps(key))

    def verify(self, token: str) -> str | None:
        from itsdangerous import BadSignature, URLSafeSerializer

        try:
            value = self._serializer.loads(token)
        except (BadSignature, UnicodeDecodeError, ValueError):
            return None
        if not isinstance(value, str):
            return None
        # base64 ignores the spare low bits of its last character, so a token altered there
        # still verifies; accept only the one canonical spelling (a token from an older key is
        # canonical under that key).
        if not any(
            hmac.compare_digest(token, str(URLSafeSerializer(key, salt=SALT).dumps(value)))
            for key in self._keys
        ):
            return None
        return value
