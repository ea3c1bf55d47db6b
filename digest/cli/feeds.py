"""`digest feeds ...`: the feed list lives in config.yaml; these commands edit it in place.

Editing is a YAML round trip with ruamel.yaml rather than a text splice: it finds the `feeds:`
list whatever its style (block or flow, any indentation), keeps every comment, blank line, key
order and quoting of the file, and writes back only what changed. PyYAML would drop the comments
that document every key, and a hand-written text edit breaks on flow lists, anchors and odd
indentation. Every edit is validated as a whole config (the same checks as `digest check`)
before the file is replaced, atomically, so a failed edit never leaves a broken config behind.

Feed state (last success, failures, next try, where a 301 moved it) is the store's: `list`
shows it, `enable` clears a 410's disabling.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypedDict

import click

from digest.cli.kit import Context, config_option, context, fail
from digest.model.errors import ConfigError
from digest.text.redact import mask_credentials, mask_data


def _now() -> datetime:
    """The one clock seam of these commands."""
    return datetime.now(UTC)


# -- config.yaml round trip -------------------------------------------------------------------


class _ConfigFile:
    """config.yaml loaded for editing: `data` is ruamel's commented tree of the file."""

    def __init__(self, ctx: Context):
        from ruamel.yaml import YAML

        from digest.config import config_path

        self.path = config_path(ctx.config_file)
        try:
            self.original = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            fail([f"{self.path}: no such config file (pass --config PATH or set $DIGEST_CONFIG)"])
            raise
        yaml = YAML()
        yaml.preserve_quotes = True
        yaml.width = 4096  # never re-wrap a long line
        yaml.indent(mapping=2, sequence=4, offset=2)
        # ruamel writes None as an empty value; the files say `null`, so keep saying it
        yaml.representer.add_representer(
            type(None),
            lambda rep, _: rep.represent_scalar("tag:yaml.org,2002:null", "null"),
        )
        self.yaml = yaml
        self.data = yaml.load(self.original)
        if not hasattr(self.data, "get") or not isinstance(self.data.get("feeds"), list):
            fail([f"{self.path}: no 'feeds:' list to edit"])
        self.feeds: list[Any] = self.data["feeds"]

    def text(self) -> str:
        out = io.StringIO()
        self.yaml.dump(self.data, out)
        return out.getvalue()

    def save(self) -> None:
        """Validate the edited file as a whole, then replace the old one atomically."""
        from digest.config import parse_config

        text = self.text()
        try:
            parse_config(text, source=str(self.path), base_dir=self.path.resolve().parent)
        except ConfigError as exc:
            fail(
                [f"not changed, the edit would make the config invalid: {p}" for p in exc.problems]
            )
        mode = self.path.stat().st_mode & 0o777
        fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".yaml", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.chmod(tmp, mode)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def append(self, url: str, name: str | None, section: str | None, **extra: Any) -> None:
        from ruamel.yaml.comments import CommentedMap

        item = CommentedMap(url=url)
        for key, value in (("name", name), ("section", section), *extra.items()):
            if value is not None:
                item[key] = value
        previous = self.feeds[-1] if self.feeds else None
        self.feeds.append(item)
        _move_trailing_lines(previous, item)

    def remove(self, index: int) -> dict[str, Any]:
        removed = self.feeds[index]
        if index == len(self.feeds) - 1 and index > 0:
            _move_trailing_lines(removed, self.feeds[index - 1])
        del self.feeds[index]
        return dict(removed)


def _move_trailing_lines(source: Any, target: Any) -> None:
    """Blank lines and comments after the last feed belong to what follows the list (the gap
    before `schedules:`), not to that feed: keep them after whichever feed is now last."""
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    if not (isinstance(source, CommentedMap) and isinstance(target, CommentedMap)) or not source:
        return
    last_key = list(source.keys())[-1]
    slot = source.ca.items.get(last_key)
    token = slot[2] if slot and len(slot) > 2 else None
    if token is None or "\n" not in token.value:
        return
    own, _, rest = token.value.partition("\n")
    if not rest:
        return
    token.value = own + "\n"
    target_key = list(target.keys())[-1]
    target_slot = target.ca.items.setdefault(target_key, [None, None, None, None])
    old = target_slot[2]
    target_slot[2] = CommentToken(
        (old.value if old is not None else "\n") + rest, CommentMark(0), None
    )


def _feed_url(item: Any) -> str:
    return str(item.get("url", "")) if hasattr(item, "get") else ""


def _find(feeds: list[Any], key: str) -> int:
    """The index of the feed whose URL is `key`, or whose name is (case-insensitively)."""
    by_url = [i for i, item in enumerate(feeds) if _feed_url(item) == key.strip()]
    if by_url:
        return by_url[0]
    folded = key.strip().casefold()
    by_name = [
        i for i, item in enumerate(feeds) if str(item.get("name") or "").casefold() == folded
    ]
    if len(by_name) == 1:
        return by_name[0]
    if by_name:
        fail([f"{len(by_name)} feeds are named {key!r}; give the URL instead"])
    fail([f"no feed with URL or name {key!r} in the config (see `digest feeds list`)"])


# -- commands ---------------------------------------------------------------------------------


class _FeedRow(TypedDict):
    """One line of `digest feeds list` (one object of its --json output)."""

    url: str
    name: str
    section: str | None
    health: str
    last_success: str | None
    failures: int
    last_error: str | None
    next_try: str | None
    moved_to: str | None
    disabled_reason: str | None


@click.group()
def feeds() -> None:
    """List, add, remove, import and export the feeds in config.yaml."""


@feeds.command("list")
@config_option
@click.option("--json", "as_json", is_flag=True, help="A JSON list, one object per feed.")
def list_(config_file: str | None, as_json: bool) -> None:
    """Show every feed with what the store knows about it."""
    from digest.ingest.poller import failing_for, feed_source

    ctx = context(config_file)
    config = ctx.config
    now = _now()
    sources = [feed_source(config, feed) for feed in config.feeds]
    states = ctx.store.feed_states_for(s.url for s in sources)
    rows: list[_FeedRow] = []
    for feed, source in zip(config.feeds, sources, strict=True):
        state = states[source.url]
        if state.disabled:
            health = "disabled"
        elif state.failures:
            failing = failing_for(state.failing_since, now, config.fetch.failing_after)
            health = "failing" if failing else "retrying"
        elif state.last_success is None:
            health = "never fetched"
        else:
            health = "ok"
        rows.append(
            {
                "url": feed.url,
                "name": source.name,
                "section": feed.section,
                "health": health,
                "last_success": state.last_success.isoformat() if state.last_success else None,
                "failures": state.failures,
                "last_error": state.last_error,
                "next_try": state.next_try.isoformat() if state.next_try else None,
                "moved_to": state.fetch_url,
                "disabled_reason": state.disabled_reason,
            }
        )
    if as_json:
        click.echo(json.dumps(mask_data(rows), indent=2, ensure_ascii=False))
        return
    width = max((len(r["name"]) for r in rows), default=4)
    for r in rows:
        line = f"{r['health']:<13} {r['name']:<{width}}  {r['url']}"
        if r["section"]:
            line += f"  [{r['section']}]"
        if r["moved_to"]:
            line += f"  (moved to {r['moved_to']})"
        if r["last_error"] and r["health"] != "ok":
            line += f"  {r['last_error']}"
        click.echo(mask_credentials(line))
    click.echo(f"{len(rows)} feeds")


@feeds.command("add")
@config_option
@click.argument("url")
@click.option("--name", default=None, help="Shown as the items' source (default: the host).")
@click.option("--section", default=None, help="Section for its items (default: categories).")
@click.option(
    "--full-text/--no-full-text",
    default=None,
    help="Fetch article pages for teaser entries (default: fetch.full_text).",
)
def add(
    config_file: str | None,
    url: str,
    name: str | None,
    section: str | None,
    full_text: bool | None,
) -> None:
    """Add a feed to config.yaml (comments and layout are kept)."""
    ctx = context(config_file)
    edit = _ConfigFile(ctx)
    if any(_feed_url(item) == url.strip() for item in edit.feeds):
        fail([f"{url} is already in {edit.path}"])
    edit.append(url.strip(), name, section, full_text=full_text)
    edit.save()
    click.echo(mask_credentials(f"added {name or url} to {edit.path}"))


@feeds.command("remove")
@config_option
@click.argument("url_or_name")
def remove(config_file: str | None, url_or_name: str) -> None:
    """Remove a feed from config.yaml (its stored articles stay in the archive)."""
    ctx = context(config_file)
    edit = _ConfigFile(ctx)
    removed = edit.remove(_find(edit.feeds, url_or_name))
    edit.save()
    click.echo(
        mask_credentials(f"removed {removed.get('name') or removed.get('url')} from {edit.path}")
    )


@feeds.command("enable")
@config_option
@click.argument("url_or_name")
def enable(config_file: str | None, url_or_name: str) -> None:
    """Fetch a disabled feed again (one that answered 410 Gone), and clear its backoff."""
    from digest.ingest.poller import feed_source

    ctx = context(config_file)
    config = ctx.config
    sources = [feed_source(config, feed) for feed in config.feeds]
    match = [
        s
        for s, f in zip(sources, config.feeds, strict=True)
        if url_or_name in (f.url, s.url) or s.name.casefold() == url_or_name.casefold()
    ]
    if not match:
        fail([f"no feed with URL or name {url_or_name!r} in the config"])
    for source in match:
        ctx.store.set_feed_enabled(source.url, True)
        click.echo(f"enabled {source.name}: fetched on the next run")


@feeds.command("import")
@config_option
@click.argument("opml_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show what would be added; change nothing.")
def import_(config_file: str | None, opml_file: Path, dry_run: bool) -> None:
    """Add the feeds of an OPML file (folders become sections); known URLs are skipped."""
    from digest.ingest.opml import OpmlError, parse_opml

    ctx = context(config_file)
    try:
        document = parse_opml(opml_file.read_bytes())
    except OpmlError as exc:
        fail([f"{opml_file}: {exc}"])
        raise
    for problem in document.problems:
        click.echo(f"warning: {opml_file}: {problem}", err=True)
    edit = _ConfigFile(ctx)
    known = {_feed_url(item) for item in edit.feeds}
    added = [feed for feed in document.feeds if feed.url not in known]
    for feed in added:
        edit.append(feed.url, feed.name, feed.section)
        line = f"{'would add' if dry_run else 'added'} {feed.name or feed.url}  {feed.url}"
        click.echo(mask_credentials(line))
    skipped = len(document.feeds) - len(added)
    if added and not dry_run:
        edit.save()
    click.echo(
        f"{len(added)} feeds {'to add' if dry_run else 'added'}, {skipped} already in the config"
        + (f", {len(document.problems)} outlines skipped" if document.problems else "")
    )


@feeds.command("export")
@config_option
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file (default: standard output).",
)
def export(config_file: str | None, output: Path | None) -> None:
    """Write the http(s) feeds as OPML 2.0, one folder per section."""
    from digest.ingest.opml import OpmlFeed, build_opml

    ctx = context(config_file)
    config = ctx.config
    entries = [
        OpmlFeed(url=feed.url, name=feed.name, section=feed.section)
        for feed in config.feeds
        if not feed.is_file
    ]
    local = len(config.feeds) - len(entries)
    data = build_opml(entries, f"{config.digest.title} feeds", _now())
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        output.write_bytes(data)
        click.echo(f"wrote {len(entries)} feeds to {output}", err=True)
    if local:
        click.echo(f"note: {local} local file feeds are not in the OPML", err=True)


COMMANDS = [feeds]
