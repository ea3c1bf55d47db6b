"""Issue → email: view model, theme, Jinja2 → MJML → HTML → inlined CSS, text twin, MIME message.

`TEMPLATES` is the one place that says where the bundled templates are, kept here (not in a module
that imports Jinja2 and MJML) so that code that only needs the path stays light.
"""

from pathlib import Path


def _bundled_templates() -> Path:
    """The top-level `templates/` of a checkout, else the copy inside an installed wheel."""
    checkout = Path(__file__).resolve().parents[2] / "templates"
    if (checkout / "digest.mjml.j2").is_file():
        return checkout
    return Path(__file__).resolve().parents[1] / "templates"


TEMPLATES = _bundled_templates()
