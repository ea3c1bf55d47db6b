"""`digest hold` and `digest approve` work without the web stack.

Approving and holding live in `digest.pipeline.lifecycle`; only `digest serve` imports
`digest.web`. Each check runs the commands in a fresh interpreter, because this test process has
long since imported Starlette for the web tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from test_end_to_end import edit_config

from digest.config import load_config
from digest.pipeline.build import build_issue
from digest.pipeline.clock import utcnow
from digest.pipeline.poll import fetch_feeds
from digest.store import Store

WEB_STACK = ("starlette", "uvicorn", "digest.web")

# Runs the commands through click in one fresh interpreter, then reports what got imported.
SCRIPT = """
import json, sys
from click.testing import CliRunner
from digest.cli.main import main

config_file, web_stack = sys.argv[1], tuple(sys.argv[2:])
report = {}
for command in ("hold", "approve"):
    result = CliRunner().invoke(main, [command, "--config", config_file])
    loaded = sorted(
        m for m in sys.modules if any(m == p or m.startswith(p + ".") for p in web_stack)
    )
    report[command] = {"exit": result.exit_code, "output": result.output, "web": loaded}
print(json.dumps(report))
"""


def test_hold_and_approve_never_import_the_web_stack(project: Path) -> None:
    config_file = project / "config.yaml"
    # Due since midnight UTC, so approving sends at once (through the outbox) in every run.
    edit_config(
        config_file,
        schedules=[
            {"name": "daily", "cron": "0 0 * * *", "timezone": "UTC", "approval": "required"}
        ],
    )
    config = load_config(config_file)
    store = Store.open(config.store_url)
    now = utcnow()
    fetch_feeds(config, store, now)
    built = build_issue(config, store, config.schedules[0], now)
    assert built.record is not None

    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(config_file), *WEB_STACK],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=project,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])

    assert report["hold"]["exit"] == 0, report["hold"]["output"]
    assert "held" in report["hold"]["output"]
    assert report["hold"]["web"] == []
    assert report["approve"]["exit"] == 0, report["approve"]["output"]
    assert "sending now" in report["approve"]["output"]
    assert report["approve"]["web"] == []  # not even on the sending path
    assert store.issue(built.record.issue.id).status == "sent"  # type: ignore[union-attr]
