"""`subscribers/` files ↔ subscribers; address validation; signed unsubscribe tokens.

Files are what ops edit; the store is the truth for status. A bad row is reported as `file:line`
and skipped, the rest load.
"""

from __future__ import annotations

import csv
import hmac
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from email_validator import EmailNotValidError, validate_email
from itsdangerous import BadSignature, URLSafeSerializer

from digest.model.types import Subscriber, SubscriberStatus

FORMATS = ("html", "text")
SALT = "digest-unsubscribe"
CSV_COLUMNS = ("email", "name", "sections", "timezone", "format")
# Accepted on import so an export (or another tool's) round-trips; a file can only take someone
# out with it (unsubscribed/bounced/complained), never re-subscribe: the store decides status.
OPTIONAL_COLUMNS = ("status",)
MAX_NAME = 200
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class LoadedSubscribers:
    """What the files held: good rows, and one line per bad row."""

    subscribers: tuple[Subscriber, ...]
    problems: tuple[str, ...]


def normalise_address(address: str) -> str:
    """Validate syntax only (no DNS at load) and return the normalised address."""
    result = validate_email(address.strip(), check_deliverability=False)
    return result.normalized


def _subscriber(fields: dict[str, Any], where: str) -> Subscriber:
    raw = str(fields.get("email") or "").strip()
    if not raw:
        raise ValueError("email is empty")
    try:
        email = normalise_address(raw)
    except EmailNotValidError as exc:
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
    name = " ".join(_CONTROL.sub("", str(fields.get("name") or "")).split())
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


def parse_csv(text: str, source: str) -> LoadedSubscribers:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "email" not in header:
        return LoadedSubscribers((), (f"{source}:1: header row must start 'email,name'",))
    reader.fieldnames = header
    subs: dict[str, Subscriber] = {}
    lines: dict[str, int] = {}
    problems: list[str] = []
    try:
        for row in reader:
            line = reader.line_num
            fields = {k: v for k, v in row.items() if k and v not in (None, "")}
            if None in row:
                problems.append(f"{source}:{line}: more columns than the header names; row skipped")
                continue
            if not any(str(v).strip() for v in fields.values()):
                continue  # a blank line
            try:
                sub = _subscriber(fields, f"{source}:{line}")
            except ValueError as exc:
                problems.append(f"{source}:{line}: {exc}; row skipped")
                continue
            if sub.email in subs:
                problems.append(
                    f"{source}:{line}: {sub.email} is also on line {lines[sub.email]};"
                    " this later row is used"
                )
            subs[sub.email] = sub
            lines[sub.email] = line
    except csv.Error as exc:
        problems.append(f"{source}:{reader.line_num}: not valid CSV ({exc}); rest of file skipped")
    return LoadedSubscribers(tuple(subs.values()), tuple(problems))


def parse_yaml(text: str, source: str) -> LoadedSubscribers:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return LoadedSubscribers(
            (), (f"{source}:{mark.line + 1 if mark else 1}: not valid YAML; file skipped",)
        )
    nodes: list[Any] = []
    if isinstance(data, dict) and "subscribers" in data:
        data = data["subscribers"]
        root = next(v for k, v in root.value if k.value == "subscribers")  # type: ignore[union-attr]
    if data is None:
        return LoadedSubscribers((), ())
    if not isinstance(data, list):
        return LoadedSubscribers(
            (), (f"{source}:1: expected a list of subscribers (- email: ...); file skipped",)
        )
    nodes = list(root.value) if isinstance(root, yaml.SequenceNode) else [None] * len(data)
    subs: list[Subscriber] = []
    problems: list[str] = []
    for entry, node in zip(data, nodes, strict=False):
        line = node.start_mark.line + 1 if node is not None else 1
        if isinstance(entry, str):
            entry = {"email": entry}
        if not isinstance(entry, dict):
            problems.append(f"{source}:{line}: expected 'email: ...'; entry skipped")
            continue
        try:
            subs.append(_subscriber(entry, f"{source}:{line}"))
        except ValueError as exc:
            problems.append(f"{source}:{line}: {exc}; entry skipped")
    return LoadedSubscribers(tuple(subs), tuple(problems))


def load_subscriber_file(path: Path) -> LoadedSubscribers:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return LoadedSubscribers((), (f"{path}: cannot read: {exc}",))
    if path.suffix.lower() == ".csv":
        return parse_csv(text, str(path))
    return parse_yaml(text, str(path))


def load_subscriber_folder(folder: Path) -> LoadedSubscribers:
    """Every .csv/.yaml/.yml file in the folder; later files win for a repeated address."""
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: subscribers folder does not exist")
    by_email: dict[str, Subscriber] = {}
    problems: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".csv", ".yaml", ".yml") or path.name.startswith("."):
            continue
        loaded = load_subscriber_file(path)
        problems.extend(loaded.problems)
        for sub in loaded.subscribers:
            by_email[sub.email] = sub
    return LoadedSubscribers(tuple(by_email.values()), tuple(problems))


def to_csv(subscribers: Iterable[Subscriber]) -> str:
    return "".join(iter_csv(subscribers))


def iter_csv(subscribers: Iterable[Subscriber]) -> Iterator[str]:
    """CSV text, a line at a time (the same header `import` reads), for streaming exports."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["email", "name", "sections", "timezone", "format", "status"])
    yield out.getvalue()
    for sub in subscribers:
        out.seek(0)
        out.truncate()
        writer.writerow(
            [
                sub.email,
                sub.name,
                "|".join(sub.sections or ()),
                sub.timezone or "",
                sub.format,
                sub.status.value,
            ]
        )
        yield out.getvalue()


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
        self._keys = list(secrets)
        self._serializer = URLSafeSerializer(list(reversed(secrets)), salt=SALT)

    def sign(self, key: str) -> str:
        return str(self._serializer.dumps(key))

    def verify(self, token: str) -> str | None:
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
