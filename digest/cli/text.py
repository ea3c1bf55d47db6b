"""`digest extract` and `digest summarise`: what an item's text and summary would be.

Editors use them to check a page; the quality benchmarks push whole data sets through one process
with `--json` (one JSON object per line per input).
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path

import click

from digest.cli.kit import config_option, context


def _read(source: str, config_file: str | None) -> tuple[bytes | None, str | None]:
    """Bytes of a file (.gz unpacked) or of a URL fetched with the configured policy."""
    if source.lower().startswith(("http://", "https://")):
        from digest.ingest.http import FetchRequest, fetch_one
        from digest.ingest.poller import fetch_policy

        try:
            policy = fetch_policy(context(config_file).config)
        except Exception:  # no usable config: the defaults are the safe policy
            from digest.ingest.http import FetchPolicy

            policy = FetchPolicy()
        result = fetch_one(FetchRequest(url=source), policy)
        return (None, result.error) if result.error else (result.body, None)
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, f"cannot read {source}: {exc.strerror}"
    if path.suffix == ".gz" or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except OSError as exc:
            return None, f"{source}: bad gzip data: {exc}"
    return data, None


def _text_of(source: str, data: bytes) -> str:
    from digest.ingest.extract import extract_page

    if source.lower().endswith(".txt") or source.lower().endswith(".txt.gz"):
        return data.decode("utf-8", "replace")
    url = source if source.lower().startswith(("http://", "https://")) else None
    return extract_page(data, url).text


def _emit(
    inputs: tuple[str, ...],
    as_json: bool,
    key: str,
    produce: Callable[[str, bytes], str | list[str]],
    config_file: str | None,
) -> None:
    failed = False
    for source in inputs:
        data, error = _read(source, config_file)
        if error or data is None:
            failed = True
            if as_json:
                click.echo(json.dumps({"input": source, "error": error}, ensure_ascii=False))
            else:
                click.echo(f"error: {error}", err=True)
            continue
        value = produce(source, data)
        if as_json:
            click.echo(json.dumps({"input": source, key: value}, ensure_ascii=False))
        else:
            if len(inputs) > 1:
                click.echo(f"== {source}")
            click.echo(value if isinstance(value, str) else "\n".join(value))
            if len(inputs) > 1:
                click.echo()
    if failed:
        sys.exit(1)


@click.command()
@config_option
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line per input.")
def extract(config_file: str | None, inputs: tuple[str, ...], as_json: bool) -> None:
    """Print the main text of article pages (HTML file, .html.gz, or URL)."""
    _emit(inputs, as_json, "text", _text_of, config_file)


@click.command()
@config_option
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--sentences", "-n", type=click.IntRange(1, 20), default=3, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line per input.")
def summarise(
    config_file: str | None, inputs: tuple[str, ...], sentences: int, as_json: bool
) -> None:
    """Print the summary an item would get (.txt as is; HTML is extracted first)."""
    from digest.compose.summarise import summarise as summarise_text

    def produce(source: str, data: bytes) -> list[str]:
        return list(summarise_text(_text_of(source, data), n=sentences))

    _emit(inputs, as_json, "summary", produce, config_file)


COMMANDS = [extract, summarise]
