"""`digest extract` / `digest summarise` on files and a loopback URL."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from digest.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SEED_HTML = ROOT / "tests" / "data" / "seed_article.html"
SEED_TXT = ROOT.parent / "shared" / "seed" / "article.txt"
ARTICLES = ROOT.parent / "shared" / "data" / "articles" / "html"


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_extract_drops_boilerplate() -> None:
    code, out = invoke("extract", str(SEED_HTML))
    assert code == 0
    assert out.startswith("Russian President Putin wants guarantees")
    for junk in ("Leave a Reply", "Your email address will not be published", "Check Also"):
        assert junk not in out


def test_json_is_one_object_per_line_per_input() -> None:
    pages = sorted(ARTICLES.iterdir())[:2]
    code, out = invoke("extract", "--json", str(SEED_HTML), *map(str, pages))
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["input"] for r in rows] == [str(SEED_HTML), *map(str, pages)]
    assert all(len(r["text"]) > 200 for r in rows)


def test_summarise_txt_as_is_and_html_extracted() -> None:
    code, out = invoke("summarise", "--json", "--sentences", "2", str(SEED_TXT), str(SEED_HTML))
    assert code == 0
    txt, html = (json.loads(line)["summary"] for line in out.splitlines())
    assert len(txt) == 2 and txt[0].startswith("Russian President Putin wants guarantees")
    assert html[0] == txt[0]


def test_url_input_over_loopback(http_server, tmp_path: Path) -> None:
    http_server.root = SEED_HTML.parent
    config = tmp_path / "config.yaml"
    config.write_text(
        "feeds:\n  - url: https://example.org/feed\nfetch:\n  allow_networks: ['127.0.0.1/32']\n"
    )
    code, out = invoke("summarise", "--config", str(config), http_server.url("/seed_article.html"))
    assert code == 0, out
    assert out.startswith("Russian President Putin wants guarantees")


def test_missing_file_is_an_error_line_and_exit_1() -> None:
    code, out = invoke("extract", "/nonexistent/page.html")
    assert code == 1 and "cannot read /nonexistent/page.html" in out
