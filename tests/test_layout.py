"""The house rules a newcomer relies on, checked: small modules and classes, pure packages pure.

(The import direction between packages is checked by import-linter in `make test`, from the
contracts in pyproject.toml.)
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "digest"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 800
MAX_CLASS_LINES = 400
# Pure packages: plain values in, plain values out. `now` comes in from the edge.
PURE = ("model", "text", "compose")
CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
               ("date", "today"), ("time", "time"), ("time", "monotonic")}  # fmt: skip
IO_MODULES = {"socket", "sqlite3", "smtplib", "subprocess", "httpx", "urllib.request", "requests",
              "threading", "multiprocessing", "random", "secrets"}  # fmt: skip


def _name(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_modules_and_classes_stay_small(path: Path) -> None:
    lines = path.read_text().count("\n")
    assert lines <= MAX_MODULE_LINES, f"{_name(path)}: {lines} lines"
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ClassDef):
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            assert size <= MAX_CLASS_LINES, f"{_name(path)}: class {node.name}: {size} lines"


PURE_MODULES = [p for p in MODULES if p.relative_to(PACKAGE).parts[0] in PURE]


@pytest.mark.parametrize("path", PURE_MODULES, ids=_name)
def test_pure_packages_read_no_clock_and_import_no_io(path: Path) -> None:
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and (owner.id, node.func.attr) in CLOCK_CALLS:
                pytest.fail(
                    f"{_name(path)}:{node.lineno}: reads the clock ({owner.id}.{node.func.attr})"
                )
        if isinstance(node, ast.Import):
            names = {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            names = {node.module or ""}
        else:
            continue
        bad = names & IO_MODULES
        assert not bad, f"{_name(path)}:{node.lineno}: imports {sorted(bad)}"


def test_the_rules_see_every_package() -> None:
    packages = {
        p.relative_to(PACKAGE).parts[0] for p in MODULES if len(p.relative_to(PACKAGE).parts) > 1
    }
    assert set(PURE) <= packages
    assert {"ingest", "render", "store", "send", "pipeline", "schedule", "web", "cli"} <= packages


def test_sending_loads_no_numpy() -> None:
    """Every `digest send` process (many at once, issue 16) imports the send loop; numpy is
    the build's (story grouping) and costs ~0.1 s CPU per start."""
    code = "import sys, digest.send.loop, digest.pipeline.sending; print('numpy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
