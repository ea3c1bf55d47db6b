"""Subscriber files: validation with file:line, formats, tokens."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest.subscribers import (
    TokenSigner,
    load_subscriber_folder,
    parse_csv,
    parse_yaml,
    to_csv,
)


def test_csv_bad_rows_are_reported_and_skipped() -> None:
    text = "email,name,sections\nok@example.org,Ok,World|Tech\nnot-an-address,Bad,\n,Empty,\n"
    loaded = parse_csv(text, "s.csv")
    assert [s.email for s in loaded.subscribers] == ["ok@example.org"]
    assert loaded.subscribers[0].sections == ("World", "Tech")
    assert loaded.problems[0].startswith("s.csv:3: 'not-an-address' is not a valid address")
    assert loaded.problems[1].startswith("s.csv:4: email is empty")


def test_yaml_lines_and_fields() -> None:
    text = "- email: a@example.org\n  format: text\n- email: b@example.org\n  format: pdf\n"
    loaded = parse_yaml(text, "s.yaml")
    assert [(s.email, s.format) for s in loaded.subscribers] == [("a@example.org", "text")]
    assert loaded.problems == ("s.yaml:3: format 'pdf' must be one of html, text; entry skipped",)


def test_bundled_subscribers_load() -> None:
    folder = Path(__file__).resolve().parent.parent / "subscribers"
    loaded = load_subscriber_folder(folder)
    assert not loaded.problems
    assert len(loaded.subscribers) >= 2


def test_missing_folder() -> None:
    with pytest.raises(FileNotFoundError):
        load_subscriber_folder(Path("/nonexistent/subscribers"))


def test_csv_round_trip() -> None:
    loaded = parse_csv("email,name\nA@Example.org,Ann\n", "s.csv")
    assert loaded.subscribers[0].email == "A@example.org"  # domain normalised, local part kept
    assert to_csv(loaded.subscribers).splitlines()[1].startswith("A@example.org,Ann,")


def test_tokens_sign_verify_rotate_and_reject_forgeries() -> None:
    old = TokenSigner(["old-secret"])
    token = old.sign("key123")
    assert "@" not in token
    rotated = TokenSigner(["new-secret", "old-secret"])
    assert rotated.verify(token) == "key123"  # old tokens keep working
    assert rotated.verify(rotated.sign("k2")) == "k2"
    assert TokenSigner(["other"]).verify(token) is None
    assert rotated.verify(token[:-2] + ("AA" if not token.endswith("AA") else "BB")) is None
    assert rotated.verify("garbage") is None


def test_a_token_altered_in_its_spare_base64_bits_is_refused() -> None:
    signer = TokenSigner(["s3cret"])
    token = signer.sign("key123")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    last = alphabet.index(token[-1])
    # Characters that differ only in the low bits decode to the same signature bytes.
    twins = [alphabet[(last & ~3) | low] for low in range(4)]
    for twin in twins:
        altered = token[:-1] + twin
        assert signer.verify(altered) == ("key123" if altered == token else None)
