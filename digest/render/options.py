"""What the caller chooses about a render: the digest's name and address, theme, email limits.

Kept apart from the renderer so that code that only builds options (the pipeline, from its
configuration) need not import Jinja2 and MJML to do so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RenderOptions:
    """How to render: the digest's name and address, theme, and email limits."""

    title: str
    base_url: str  # the web site's root; "view in browser" is {base_url}/issues/{issue.id}
    theme_dir: Path | None = None  # overrides any subset of templates/ files, plus theme.yaml
    max_items_in_email: int = 30  # above it the email shows the first N and links the rest
    images: bool = False  # show the stories' pictures (feed images are optional per config)
    lang: str = "en"  # <html lang>
    # Where compiled templates and premailer's results are kept between processes (speed only:
    # the output is the same without it). None: kept in memory only.
    cache_dir: Path | None = None
