"""`digest build` of several bench_archive projects in turns: medians under the same load.

    .venv/bin/python bench/bench_archive_paired.py [--rounds 5] LABEL=DIR[@URL] ...

The machine is shared and noisy: figures taken minutes apart (bench_archive.py runs one
backend at a time) say little about one backend against the other. This builds each project
once per round, in turns, so every project sees the same load, and prints the medians (wall,
CPU, peak; for a PostgreSQL store on this machine, the server's share as bench_archive.py
measures it) and, for each pair LABEL 0 / LABEL N, the ratio. The projects are the folders
bench_archive.py leaves with `--dir DIR` (for PostgreSQL made with `--store URL` on a server
that is still up; give the URL after `@`). Measured for issue 15 (SQLite and PostgreSQL, 0 and
300,000 archived):

    bench_archive_paired.py sqlite=/tmp/z sqlite-300k=/tmp/s pg=/tmp/zp@URL0 pg-300k=/tmp/p@URL
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_archive import Project, Run, ServerShare, build  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("projects", nargs="+", metavar="LABEL=DIR[@URL]")
    args = parser.parse_args()
    projects: dict[str, tuple[Project, ServerShare | None]] = {}
    for spec in args.projects:
        label, _, place = spec.partition("=")
        folder, _, url = place.partition("@")
        project = Project(Path(folder), datetime.now(UTC), [], url or None)
        projects[label] = (project, ServerShare(url) if url else None)
    runs: dict[str, list[Run]] = {label: [] for label in projects}
    loads = []
    for _ in range(args.rounds):
        for label, (project, share) in projects.items():
            loads.append(os.getloadavg()[0])
            runs[label].append(build(project, index=True, share=share))
    med = statistics.median
    print(
        f"{args.rounds} rounds in turns, load {min(loads):.1f}-{max(loads):.1f}"
        f" (median {med(loads):.1f}, {os.cpu_count()} CPUs); medians:"
    )
    print(f"{'':<16} {'wall s':>7} {'cpu s':>6} {'peak MB':>7} {'srv s':>6} {'srv MB':>6}")
    for label, done in runs.items():
        line = f"{label:<16} {med(r.wall for r in done):>7.2f} {med(r.cpu for r in done):>6.2f}"
        line += f" {med(r.peak_mb for r in done):>7.0f}"
        server = [r for r in done if r.server_cpu is not None]
        if server:
            line += f" {med(r.server_cpu or 0 for r in server):>6.2f}"
            line += f" {med(r.server_mb or 0 for r in server):>6.0f}"
        print(line)
    for label, done in runs.items():
        base = runs.get(label.rsplit("-", 1)[0]) if "-" in label else None
        if base is not None:
            wall = med(r.wall for r in done) / med(r.wall for r in base)
            cpu = med(r.cpu for r in done) / med(r.cpu for r in base)
            print(f"{label} / {label.rsplit('-', 1)[0]}: wall {wall:.1f}x, cpu {cpu:.1f}x")


if __name__ == "__main__":
    main()
