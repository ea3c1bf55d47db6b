"""config.yaml → validated settings; every mistake named with file, line and key."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from digest.config import load_config, parse_config, parse_duration
from digest.config.schema import Config as Schema
from digest.model.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent

MINIMAL = """\
feeds:
  - url: https://example.org/feed.xml
"""


def problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_config(text, source="c.yaml", base_dir=Path("/nonexistent"))
    return info.value.problems


def test_shipped_config_loads_and_documents_every_key() -> None:
    config = load_config(ROOT / "config.yaml")
    assert config.delivery.transport == "outbox"
    assert config.schedules[0].name == "daily"
    # Every key the model knows appears in the shipped file with a comment (one source of truth).
    text = (ROOT / "config.yaml").read_text()
    lines: dict[str, str] = {}
    for line in text.splitlines():
        key = line.split(":")[0].strip().lstrip("- ")
        if "#" in line or key not in lines:
            lines[key] = line

    def walk(model: type, prefix: str = "") -> list[str]:
        names = []
        for name, info in model.model_fields.items():
            if info.exclude:
                continue
            key = info.alias or name
            names.append(key)
            inner = getattr(info.annotation, "__args__", (info.annotation,))
            for sub in inner:
                if isinstance(sub, type) and hasattr(sub, "model_fields"):
                    names.extend(walk(sub, f"{prefix}{key}."))
        return names

    missing = [key for key in walk(Schema) if key not in lines]
    assert not missing, f"keys missing from config.yaml: {missing}"
    uncommented = [
        key
        for key in walk(Schema)
        if "#" not in lines[key]
        and key not in ("digest", "feeds", "schedules", "delivery", "smtp", "fetch", "web", "url")
    ]
    assert not uncommented, f"keys without a comment in config.yaml: {uncommented}"


def test_minimal_config_gets_defaults() -> None:
    config = parse_config(MINIMAL)
    assert config.digest.max_items_per_section == 10
    assert config.delivery.transport == "outbox"
    assert config.schedules[0].misfire_grace == timedelta(hours=1)


def test_misspelt_key_names_line_and_suggests() -> None:
    text = MINIMAL + "digest:\n  title: X\n  tittle: Y\n"
    [line] = problems(text)
    assert line.startswith("c.yaml:5: digest.tittle: unknown key 'tittle'")
    assert "did you mean 'title'" in line


def test_every_problem_is_reported_at_once() -> None:
    text = """\
feeds:
  - url: ftp://example.org/feed.xml
schedules:
  - name: daily
    cron: "61 * * * *"
delivery:
  transport: pigeon
"""
    lines = problems(text)
    assert len(lines) == 3
    assert lines[0].startswith("c.yaml:2: feeds[0].url:") and "ftp" in lines[0]
    assert lines[1].startswith("c.yaml:5: schedules[0].cron:")
    assert lines[2].startswith("c.yaml:7: delivery.transport:") and "'outbox'" in lines[2]


def test_bad_timezone_and_duration() -> None:
    lines = problems(
        MINIMAL + "schedules:\n  - name: d\n    timezone: Mars/Base\n    lookback: soon\n"
    )
    assert any("schedules[0].timezone" in line and "Mars/Base" in line for line in lines)
    assert any("schedules[0].lookback" in line and "'30m'" in line for line in lines)


def test_missing_feed_file_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("feeds:\n  - url: feeds/missing.xml\n")
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "config.yaml")
    assert "c" and "feeds[0].url: no such file" in info.value.problems[0]
    assert info.value.problems[0].startswith(f"{tmp_path / 'config.yaml'}:2:")


def test_invalid_yaml_names_line() -> None:
    [line] = problems("feeds:\n  - url: [unclosed\n")
    assert line.startswith("c.yaml:") and "not valid YAML" in line


def test_no_feeds_is_an_error() -> None:
    [line] = problems("digest:\n  title: X\n")
    assert "feeds" in line and "required" in line


def test_relative_paths_follow_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "f.xml").write_text("<rss/>")
    (tmp_path / "config.yaml").write_text("feeds:\n  - url: f.xml\nstore: db/x.sqlite3\n")
    config = load_config(tmp_path / "config.yaml")
    assert config.store_url == str(tmp_path / "db" / "x.sqlite3")
    assert config.feed_path(config.feeds[0]) == tmp_path / "f.xml"


def test_password_only_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    config = parse_config(MINIMAL + "delivery:\n  smtp:\n    password_env: MY_SMTP_PW\n")
    monkeypatch.delenv("MY_SMTP_PW", raising=False)
    with pytest.raises(ConfigError, match="MY_SMTP_PW is not set"):
        config.delivery.smtp.password()
    monkeypatch.setenv("MY_SMTP_PW", "s3cret")
    assert config.delivery.smtp.password() == "s3cret"
    assert "s3cret" not in repr(config)


@pytest.mark.parametrize(
    ("text", "seconds"), [("90s", 90), ("30m", 1800), ("1h", 3600), ("2d", 172800), (45, 45)]
)
def test_durations(text: object, seconds: int) -> None:
    assert parse_duration(text).total_seconds() == seconds


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (".inf", "not a finite duration"),
        (".nan", "not a finite duration"),
        ("100000000000000000", "too long a duration"),
        ("99999999999w", "too long a duration"),
    ],
)
def test_an_endless_duration_is_one_line_not_a_crash(value: str, says: str) -> None:
    lines = problems(MINIMAL + f"schedules:\n  - name: d\n    lookback: {value}\n")
    assert len(lines) == 1, lines
    assert lines[0].startswith("c.yaml:") and "schedules[0].lookback" in lines[0]
    assert says in lines[0]
