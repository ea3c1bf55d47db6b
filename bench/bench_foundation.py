"""Foundation figures: `make demo`'s work after install, and `digest fetch` over the 64 real
feeds served on loopback (first run, then the all-304 rerun). Whole commands in subprocesses,
so interpreter start and imports are included. Medians of --runs.

    .venv/bin/python bench/bench_foundation.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FEEDS = ROOT.parent / "shared" / "data" / "feeds"
sys.path.insert(0, str(ROOT / "tests"))

from httpserver import ScriptedHTTPServer  # noqa: E402

DIGEST = [sys.executable, "-m", "digest"]


def fresh_project() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="digest-bench-"))
    for name in ("config.yaml", "examples", "subscribers"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, folder / name)
    return folder


def timed(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    demo, interp = [], []
    for _ in range(args.runs):
        project = fresh_project()
        interp.append(timed([sys.executable, "-c", "pass"], project))
        total = 0.0
        for command in ("check", "fetch", "build", "send"):
            total += timed([*DIGEST, command], project)
        demo.append(total)
        shutil.rmtree(project)

    first, second = [], []
    names = sorted(
        p.name for p in FEEDS.iterdir() if p.suffix in (".xml", ".rss", ".atom", ".rdf", ".gz")
    )
    with ScriptedHTTPServer(root=FEEDS) as server:
        for _ in range(args.runs):
            project = fresh_project()
            config = yaml.safe_load((project / "config.yaml").read_text())
            config["feeds"] = [{"url": server.url(f"/{n}"), "name": n} for n in names]
            config["fetch"]["allow_networks"] = ["127.0.0.0/8"]
            config["fetch"]["full_text"] = False
            (project / "config.yaml").write_text(yaml.safe_dump(config))
            first.append(timed([*DIGEST, "fetch"], project))
            second.append(timed([*DIGEST, "fetch"], project))
            out = subprocess.run(
                [*DIGEST, "fetch", "--json"],
                cwd=project,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            assert all(r["status"] == "unchanged" for r in json.loads(out))
            shutil.rmtree(project)

    med = statistics.median
    rows = [
        ("python -c pass (interpreter start)", interp),
        ("make demo work: check+fetch+build+send (4 processes)", demo),
        ("digest fetch, 64 real feeds on loopback, first run", first),
        ("digest fetch, same, second run (all 304)", second),
    ]
    print(f"{'measure':<52} {'median s':>9}  runs")
    for label, values in rows:
        print(f"{label:<52} {med(values):>9.3f}  {len(values)}")


if __name__ == "__main__":
    main()
