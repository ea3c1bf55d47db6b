"""Subscriber files read with a memo of the addresses email_validator accepted before
(ingest/subscribers.py, MEMO_FORMAT): the same subscribers and problems, without importing
email_validator for addresses seen before; the memo keeps only the last read's addresses."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

from digest.ingest import subscribers
from digest.ingest.subscribers import load_subscriber_folder

ROWS = (
    "email,name\n"
    "Ada@Example.ORG,Ada\n"
    "grace@EXAMPLE.org,Grace\n"
    "PostMaster@example.net,Post\n"  # (a role name: email_validator lowercases it)
    "not-an-address,Nobody\n"
    "linus@exämple.de,Linus\n"
)


def folder_with(tmp_path: Path, rows: str = ROWS) -> Path:
    folder = tmp_path / "subscribers"
    folder.mkdir(exist_ok=True)
    (folder / "readers.csv").write_text(rows, encoding="utf-8")
    return folder


def memo_of(memo_dir: Path) -> dict[str, str]:
    (path,) = memo_dir.glob("addresses-*.json")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    return dict(json.loads(path.read_text(encoding="utf-8")))


def test_a_second_read_gives_the_same_from_the_memo(tmp_path: Path) -> None:
    folder, memo_dir = folder_with(tmp_path), tmp_path / "cache"
    plain = load_subscriber_folder(folder)
    first = load_subscriber_folder(folder, memo_dir=memo_dir)
    second = load_subscriber_folder(folder, memo_dir=memo_dir)
    assert plain == first == second
    assert [s.email for s in plain.subscribers] == [
        "Ada@example.org",
        "grace@example.org",
        "postmaster@example.net",
        "linus@exämple.de",
    ]
    assert any("not-an-address" in p for p in plain.problems)
    kept = memo_of(memo_dir)
    assert "not-an-address" not in kept  # refused ones are checked again every time
    assert kept["Ada@Example.ORG"] == "Ada@example.org"


def test_a_read_from_the_memo_imports_no_email_validator(tmp_path: Path) -> None:
    folder, memo_dir = folder_with(tmp_path, ROWS.replace("not-an-address,Nobody\n", "")), tmp_path
    code = (
        "import sys; from pathlib import Path;"
        " from digest.ingest.subscribers import load_subscriber_folder as load;"
        f" r = load(Path({str(folder)!r}), memo_dir=Path({str(memo_dir / 'c')!r}));"
        " print(len(r.subscribers), 'email_validator' in sys.modules)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert [r.stdout.split() for r in runs] == [["4", "True"], ["4", "False"]]


def test_the_memo_follows_the_files_and_ignores_what_it_cannot_read(tmp_path: Path) -> None:
    folder, memo_dir = folder_with(tmp_path), tmp_path / "cache"
    load_subscriber_folder(folder, memo_dir=memo_dir)
    folder_with(tmp_path, "email\ngrace@EXAMPLE.org\n")
    load_subscriber_folder(folder, memo_dir=memo_dir)
    assert memo_of(memo_dir) == {"grace@EXAMPLE.org": "grace@example.org"}  # Ada left it
    (path,) = memo_dir.glob("addresses-*.json")
    for broken in ("{not json", '["a"]', '{"grace@EXAMPLE.org": 1}'):
        path.write_text(broken, encoding="utf-8")
        loaded = load_subscriber_folder(folder, memo_dir=memo_dir)
        assert [s.email for s in loaded.subscribers] == ["grace@example.org"]
    assert f"v{subscribers.MEMO_FORMAT}-" in path.name and "2." in path.name  # the version


def test_a_memo_of_another_validator_version_is_not_read(tmp_path: Path) -> None:
    folder, memo_dir = folder_with(tmp_path, "email\ngrace@example.org\n"), tmp_path / "cache"
    memo_dir.mkdir()
    other = memo_dir / f"addresses-v{subscribers.MEMO_FORMAT}-email-validator-0.0.1.json"
    other.write_text(json.dumps({"grace@example.org": "someone@else.example"}))
    loaded = load_subscriber_folder(folder, memo_dir=memo_dir)
    assert [s.email for s in loaded.subscribers] == ["grace@example.org"]
