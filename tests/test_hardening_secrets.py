"""Issue 13 item 13: secrets are never shown, and weak or misplaced ones are refused.

- A feed URL's `user:password@` is masked on every display path: `digest fetch` (table and
  --json), `digest status` (text and --json), `digest feeds list` (text and --json), error lines,
  log records (`digest -v`, a real subprocess) and the editor's page (a real server) — for a feed
  that works and one that fails.
- A `*_env` setting that holds what looks like a secret is refused without repeating it; every
  `*_env` key of the config model has that check.
- Token secrets shorter than 32 bytes are refused; `security: none` with a username is refused
  towards any host that is not this machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Annotated, Any, get_args, get_origin

import httpx
import pytest
import yaml
from click.testing import CliRunner
from conftest import free_port
from httpserver import Scripted, ScriptedHTTPServer
from pydantic import BaseModel
from test_web import EDITOR, PASSWORD, LiveServer, log_in

from digest.cli.main import main
from digest.config import _env_name, load_config, parse_config
from digest.config.schema import Config
from digest.model.errors import ConfigError
from digest.pipeline.accounts import add_editor
from digest.pipeline.clock import utcnow
from digest.store import Store
from digest.text.redact import mask_credentials
from digest.web.app import create_app

PASSWORD_IN_URL = "s3cr3t-feed-pass"
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Private</title>'
    b"<item><title>Members only</title><link>https://members.example/1</link>"
    b"<description>Text for members.</description></item></channel></rss>"
)


def test_mask_credentials_covers_urls_inside_any_text() -> None:
    assert mask_credentials("https://u:p@h.example/x") == "https://***@h.example/x"
    assert (
        mask_credentials("see https://u:p@ss@h.example/x, then")
        == "see https://***@h.example/x, then"
    )
    assert mask_credentials("invalid URL 'http://tok@h/'") == "invalid URL 'http://***@h/'"
    # JSON stays JSON; an address that merely follows a URL is not eaten.
    text = json.dumps({"url": "https://a:b@h/f", "to": "x@y.example"}, separators=(",", ":"))
    assert json.loads(mask_credentials(text)) == {"url": "https://***@h/f", "to": "x@y.example"}
    assert mask_credentials("mail me at ada@example.org") == "mail me at ada@example.org"


def base_url(http_server: ScriptedHTTPServer) -> str:
    return http_server.base_url.replace("http://", f"http://reader:{PASSWORD_IN_URL}@")


def configure(project: Path, http_server: ScriptedHTTPServer) -> Path:
    http_server.script("/private.rss", Scripted(body=FEED))
    http_server.script("/broken.rss", Scripted(status=500, body=b"oops"))
    base = base_url(http_server)
    http_server.redirect("/moved.rss", f"{base}/private.rss", status=301)  # logged, reported
    config = project / "config.yaml"
    data = yaml.safe_load(config.read_text())
    data["feeds"] = [
        {"url": f"{base}/private.rss", "section": "World"},
        {"url": f"{base}/broken.rss", "name": "Broken"},
        {"url": f"{base}/never.rss", "name": "Never"},  # listed, never fetched
        {"url": f"{base}/moved.rss", "name": "Moved"},
        *data["feeds"],
    ]
    data["fetch"] = {"allow_networks": ["127.0.0.1/32"], "full_text": False}
    config.write_text(yaml.safe_dump(data, sort_keys=False))
    return config


def cli(config: Path, *args: str) -> str:
    result = CliRunner().invoke(main, [*args, "--config", str(config)])
    return result.output + (result.stderr if result.stderr_bytes is not None else "")


def test_feed_credentials_are_masked_on_every_display_path(
    project: Path, http_server: ScriptedHTTPServer
) -> None:
    config = configure(project, http_server)
    shown: dict[str, str] = {}
    logs = subprocess.run(  # first: the 301 is logged on the first fetch
        [sys.executable, "-m", "digest", "-v", "fetch", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    shown["digest -v fetch"] = logs.stdout + logs.stderr
    shown["fetch"] = cli(config, "fetch")
    shown["fetch --json"] = cli(config, "fetch", "--json")
    shown["status"] = cli(config, "status")
    shown["status --json"] = cli(config, "status", "--json")
    shown["feeds list"] = cli(config, "feeds", "list")
    shown["feeds list --json"] = cli(config, "feeds", "list", "--json")
    shown["feeds add"] = cli(config, "feeds", "add", "https://u:other-secret@x.example/f.xml")
    for where, text in shown.items():
        assert PASSWORD_IN_URL not in text and "other-secret" not in text, where
    assert "reader:" not in shown["fetch --json"]
    assert "***@127.0.0.1" in shown["feeds list"] and "***@127.0.0.1" in shown["status"]
    assert "HTTP 500" in shown["digest -v fetch"]  # the failing feed is still reported
    assert "moved to http://***@127.0.0.1" in shown["digest -v fetch"]
    assert "moved permanently" in shown["digest -v fetch"] and "***@" in shown["digest -v fetch"]

    store = Store.open(load_config(config).store_url)
    add_editor(store, EDITOR, PASSWORD, utcnow())
    port = free_port()
    with (
        LiveServer(create_app(load_config(config), store), port) as server,
        httpx.Client(base_url=server.url, timeout=20) as client,
    ):
        log_in(client)
        page = client.get("/")
    assert page.status_code == 200, page.text
    assert "***@127.0.0.1" in page.text
    assert PASSWORD_IN_URL not in page.text


def test_a_bad_feed_url_is_reported_without_its_password(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(f"feeds:\n  - url: 'https://user:{PASSWORD_IN_URL}@'\n")
    result = CliRunner().invoke(main, ["check", "--config", str(config)])
    assert result.exit_code == 1
    assert "has no host" in result.output and PASSWORD_IN_URL not in result.output


# -- *_env settings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("delivery.smtp.password_env", "hunter2 is my password"),
        ("delivery.smtp.password_env", "p@ssw0rd!"),
        ("web.secret_env", "Xk9fQ2mZ7pLw3abcDEF12vB"),  # a generated token
        ("web.secret_env", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
        ("web.editor_token_env", "2long-token-with-dashes"),
    ],
)
def test_a_secret_in_an_env_setting_is_refused_without_being_repeated(
    tmp_path: Path, key: str, value: str
) -> None:
    section, *rest = key.split(".")
    tree: dict[str, Any] = {"feeds": [{"url": "https://example.org/feed.xml"}]}
    node = tree.setdefault(section, {})
    for part in rest[:-1]:
        node = node.setdefault(part, {})
    node[rest[-1]] = value
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump(tree))
    result = CliRunner().invoke(main, ["check", "--config", str(config)])
    assert result.exit_code == 1
    assert key in result.output and "looks like" in result.output
    assert value not in result.output and value[:6] not in result.output


def test_variable_names_are_accepted_in_env_settings() -> None:
    text = (
        "feeds: [{url: 'https://example.org/f.xml'}]\n"
        "delivery: {smtp: {password_env: SMTP_PASSWORD}}\n"
        "web: {secret_env: digest_secret_2, editor_token_env: EDITOR_TOKEN}\n"
    )
    config = parse_config(text)
    assert config.delivery.smtp.password_env == "SMTP_PASSWORD"


def env_fields(model: type[BaseModel], path: str = "") -> list[tuple[str, Any]]:
    found = []
    for name, field in model.model_fields.items():
        where = f"{path}.{name}" if path else name
        if name.endswith("_env"):
            found.append((where, field))
        for inner in getattr(field.annotation, "__args__", (field.annotation,)):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                found.extend(env_fields(inner, where))
    return found


def test_every_env_setting_of_the_config_model_is_checked() -> None:
    fields = env_fields(Config)
    assert {where for where, _ in fields} >= {
        "delivery.smtp.password_env",
        "web.secret_env",
        "web.editor_token_env",
    }
    for where, field in fields:
        metadata = list(field.metadata)
        for inner in get_args(field.annotation):  # `EnvName | None` keeps its Annotated inside
            if get_origin(inner) is Annotated:
                metadata.extend(get_args(inner)[1:])
        validators = [getattr(m, "func", None) for m in metadata]
        assert _env_name in validators, f"{where} is not an EnvName"


# -- token secrets and clear-text logins -------------------------------------------------------


def test_token_secrets_shorter_than_32_bytes_are_refused(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = project / "config.yaml"
    weak = "short-secret"
    strong = "a" * 16 + "-long-enough-secret-for-hmac"
    for value, ok in (
        (weak, False),
        (f"{strong},{weak}", False),  # an old, weak one still accepted would still be weak
        ("x" * 31, False),
        ("é" * 16, True),  # 32 bytes in UTF-8
        (strong, True),
    ):
        monkeypatch.setenv("DIGEST_SECRET", value)
        result = CliRunner().invoke(main, ["check", "--config", str(config)])
        assert (result.exit_code == 0) is ok, (value, result.output)
        if not ok:
            assert "32 bytes" in result.output and value not in result.output
    monkeypatch.setenv("DIGEST_SECRET", weak)
    assert CliRunner().invoke(main, ["fetch", "--config", str(config)]).exit_code == 0
    result = CliRunner().invoke(main, ["send", "--config", str(config)])
    assert result.exit_code == 1 and "32 bytes" in result.output  # not only `check`


@pytest.mark.parametrize(
    ("host", "security", "refused"),
    [
        ("smtp.example.org", "none", True),
        ("192.0.2.10", "none", True),
        ("127.0.0.1", "none", False),
        ("localhost", "none", False),
        ("::1", "none", False),
        ("smtp.example.org", "starttls", False),
        ("smtp.example.org", "ssl", False),
    ],
)
def test_check_refuses_a_clear_text_login_to_another_machine(
    project: Path, monkeypatch: pytest.MonkeyPatch, host: str, security: str, refused: bool
) -> None:
    monkeypatch.setenv("SMTP_PASSWORD", "correct horse battery staple")
    config = project / "config.yaml"
    data = yaml.safe_load(config.read_text())
    data["delivery"]["transport"] = "smtp"
    data["delivery"]["smtp"].update(host=host, security=security, username="digest")
    config.write_text(yaml.safe_dump(data, sort_keys=False))
    result = CliRunner().invoke(main, ["check", "--config", str(config)])
    assert (result.exit_code == 1) is refused, result.output
    if refused:
        assert "clear text" in result.output and "starttls" in result.output
    with pytest.raises(ConfigError) if refused else _nothing():
        load_config(config)


class _nothing:  # noqa: N801 (a context manager that expects nothing)
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False
