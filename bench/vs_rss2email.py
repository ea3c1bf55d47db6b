"""rss2email 3.14 against `digest fetch && digest send`, side by side, same feeds, same sink.

    .venv/bin/python bench/vs_rss2email.py [--runs 5] [--no-real] [--cold-cache] [--from-source]
        [--baseline DIR]

1. Generates 20 feeds × 50 items (`../shared/bench/make_feeds.py --pairs 10 --items 50`).
2. Per run, alternately:
   - rss2email: `../shared/bench/rss2email_baseline.sh DIR` (digest mode; it serves DIR with
     `python3 -m http.server` on 127.0.0.1, delivers to `smtp_sink.py`, and prints the wall
     time of `r2e run`, one process, interpreter start included);
   - ours: the same `python3 -m http.server` on DIR and the same sink, a fresh project (one
     subscriber, SMTP to the sink, `fetch.allow_networks: ["127.0.0.0/8"]`, no article pages:
     rss2email fetches none either), and the wall time of `digest fetch` + `digest send` as
     two processes. Ours also summarises, relates (Check Also), renders MJML and records every
     delivery; the sink must have received exactly one message.
3. Prints both medians and the ratio (goal: ours ≤ 0.4× rss2email's; on a shared machine the
   median of each run's own ratio, ours over the rss2email run just before it, moves less with
   the load), then the same on the real feeds of ../shared/data/feeds (the files rss2email's
   script serves: .xml/.rss/.atom). `--baseline DIR` times another source tree of digest in
   each run as well (`git archive COMMIT | tar -x -C DIR`): before and after, same conditions.
   A third line times the two commands inside one process that has imported digest already
   (what `digest run` does on schedule): the pipeline's work without interpreter start and
   imports, which two fresh processes pay twice.

Bytecode: rss2email runs from a venv that pip filled, and pip compiles every module it installs
(.pyc); an editable checkout run with PYTHONDONTWRITEBYTECODE=1 (as on the development machine)
compiles every digest module from source in every process instead, ~0.1 s of each command. So
ours run with their own bytecode cache (PYTHONPYCACHEPREFIX in the bench's temp folder, filled by
one untimed warm-up run), as an installed digest would; `--from-source` leaves the environment
as it is, for the figure the checkout itself gives.

Our per-user cache (compiled templates and premailer's results, ~/.cache/digest, see
`pipeline.cache_dir`) is warm after the first run, as it is for any installation after its first
send; `--cold-cache` gives each run an empty one (DIGEST_CACHE_DIR), i.e. a first-ever send.

Only 127.0.0.1 is touched. rss2email is installed by its script into $TMPDIR/rss2email-venv on
first use (from PyPI).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED_BENCH = ROOT.parent / "shared" / "bench"
REAL_FEEDS = ROOT.parent / "shared" / "data" / "feeds"
DIGEST = Path(sys.executable).with_name("digest")
SERVED = (".xml", ".rss", ".atom")  # what rss2email_baseline.sh serves and subscribes to


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_port(port: int, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"port {port} did not open") from None
            time.sleep(0.05)


@contextmanager
def servers(feed_dir: Path, mail_dir: Path) -> Iterator[tuple[int, int]]:
    """The baseline's own pair: python3 -m http.server and smtp_sink.py, on 127.0.0.1."""
    http_port, smtp_port = free_port(), free_port()
    http = subprocess.Popen(
        ["python3", "-m", "http.server", str(http_port), "--bind", "127.0.0.1",
         "--directory", str(feed_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    sink = subprocess.Popen(
        [sys.executable, str(SHARED_BENCH / "smtp_sink.py"), str(smtp_port), str(mail_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_port(http_port)
        wait_port(smtp_port)
        while not (mail_dir / "ready").exists():
            time.sleep(0.05)
        yield http_port, smtp_port
    finally:
        for process in (sink, http):  # only the two servers started here, by pid
            process.terminate()
            process.wait(10)


def run_rss2email(feed_dir: Path, html: bool = True) -> dict[str, str] | None:
    """One baseline run; None when rss2email did not finish (its log's last line is printed)."""
    env = {**os.environ, "R2E_SECOND_RUN": "0", "R2E_HTML": "1" if html else "0", "KEEP": "0"}
    http_port, smtp_port = free_port(), free_port()
    result = subprocess.run(
        ["bash", str(SHARED_BENCH / "rss2email_baseline.sh"), str(feed_dir), str(http_port),
         str(smtp_port)],
        capture_output=True,
        text=True,
        env=env,
    )  # fmt: skip
    line = next((x for x in result.stdout.splitlines() if x.startswith("RESULT ")), None)
    if result.returncode != 0 or line is None:
        return None
    return dict(re.findall(r"(\w+)=(\S+)", line))


def write_project(project: Path, feed_dir: Path, http_port: int, smtp_port: int) -> Path:
    (project / "subscribers").mkdir(parents=True)
    (project / "subscribers" / "readers.csv").write_text("email,name\nreader@example.org,Sink\n")
    names = sorted(p.name for p in feed_dir.iterdir() if p.suffix in SERVED)
    config = {
        "digest": {
            "title": "Bench Digest",
            "from": "Bench <digest@example.org>",
            "max_items_in_email": 30,
        },
        "store": "var/digest.sqlite3",
        "subscribers": "subscribers/",
        "feeds": [
            {"url": f"http://127.0.0.1:{http_port}/{name}", "name": Path(name).stem}
            for name in names
        ],
        "schedules": [{"name": "daily", "cron": "0 7 * * *", "lookback": "1d"}],
        "delivery": {
            "transport": "smtp",
            "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none"},
        },
        "fetch": {"allow_networks": ["127.0.0.0/8"], "full_text": False},
    }
    path = project / "config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


# The same two commands in one process that has imported digest already (as `digest run`, the
# scheduler, does): the pipeline's own work, without interpreter start and imports.
IN_PROCESS = """
import contextlib, io, sys, time
from digest.cli.main import main
times = []
for step in ("fetch", "send"):
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        main.main([step, "--config", sys.argv[1]], standalone_mode=False)
    times.append(time.perf_counter() - started)
print(*times)
"""


def run_ours(
    feed_dir: Path,
    work: Path,
    *,
    in_process: bool = False,
    cold_cache: bool = False,
    env: dict[str, str] | None = None,
) -> dict[str, float]:
    mail = work / "mail"
    env = dict(env or os.environ)
    if cold_cache:
        env["DIGEST_CACHE_DIR"] = str(work / "cache")
    with servers(feed_dir, mail) as (http_port, smtp_port):
        config = write_project(work / "project", feed_dir, http_port, smtp_port)
        times = {}
        if in_process:
            out = subprocess.run(
                [sys.executable, "-c", IN_PROCESS, str(config)],
                capture_output=True,
                text=True,
                cwd=work,
                check=True,
                env=env,
            ).stdout
            times["fetch"], times["send"] = map(float, out.split())
        for step in () if in_process else ("fetch", "send"):
            started = time.perf_counter()
            result = subprocess.run(
                [str(DIGEST), step, "--config", str(config)],
                capture_output=True,
                text=True,
                cwd=work,
                env=env,
            )
            times[step] = time.perf_counter() - started
            if result.returncode != 0:
                raise RuntimeError(f"digest {step} failed:\n{result.stdout}\n{result.stderr}")
            if step == "fetch" and " 0 failed" not in result.stdout:
                raise RuntimeError(f"digest fetch had failures:\n{result.stdout}")
        received = len(list(mail.glob("*.eml")))
        if received != 1:
            raise RuntimeError(f"the sink received {received} messages, expected 1")
    return {**times, "total": times["fetch"] + times["send"]}


def bytecode_env(pycache: Path | None) -> dict[str, str]:
    """Our processes' environment: with their own bytecode cache in `pycache` (None: as is)."""
    env = dict(os.environ)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def import_time(env: dict[str, str], runs: int = 5) -> float:
    def once(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        return time.perf_counter() - started

    return statistics.median(once("import digest.cli.main") for _ in range(runs))


def compare(
    label: str,
    feed_dir: Path,
    runs: int,
    env: dict[str, str],
    cold_cache: bool = False,
    baseline: Path | None = None,
) -> None:
    files = [p for p in feed_dir.iterdir() if p.suffix in SERVED]
    older = {**env, "PYTHONPATH": str(baseline)} if baseline else None
    for warm_up in (env, older) if older else (env,):
        with tempfile.TemporaryDirectory(prefix="digest-bench-") as tmp:
            run_ours(feed_dir, Path(tmp), env=warm_up)  # untimed: fills the bytecode cache
    theirs: list[float] = []
    ours: list[dict[str, float]] = []
    warm: list[dict[str, float]] = []
    before: list[dict[str, float]] = []
    items = emails = ""
    html = True
    for n in range(runs):
        result = run_rss2email(feed_dir, html)
        if result is None and html:
            # rss2email 3.14 dies on some real feeds in HTML mode (smtplib: "500 Line too long
            # (see RFC5321 4.5.3.1.6)" from an entry's HTML) and sends nothing after it.
            print("  rss2email crashed with html-mail on; running it with R2E_HTML=0 (plain text)")
            html = False
            result = run_rss2email(feed_dir, html)
        if result is None:
            raise RuntimeError("rss2email did not finish; run its script by hand with KEEP=1")
        theirs.append(float(result["run_s"]))
        items, emails = result.get("items", "?"), result.get("emails", "?")
        with tempfile.TemporaryDirectory(prefix="digest-bench-") as tmp:
            ours.append(run_ours(feed_dir, Path(tmp), cold_cache=cold_cache, env=env))
        with tempfile.TemporaryDirectory(prefix="digest-bench-") as tmp:
            warm.append(
                run_ours(feed_dir, Path(tmp), in_process=True, cold_cache=cold_cache, env=env)
            )
        if older:
            with tempfile.TemporaryDirectory(prefix="digest-bench-") as tmp:
                before.append(run_ours(feed_dir, Path(tmp), cold_cache=cold_cache, env=older))
        print(
            f"  run {n + 1}: rss2email {theirs[-1]:.2f} s, digest {ours[-1]['total']:.2f} s"
            f" (fetch {ours[-1]['fetch']:.2f} + send {ours[-1]['send']:.2f};"
            f" in one warm process {warm[-1]['total']:.2f})"
            + (f"; baseline {before[-1]['total']:.2f} s" if before else ""),
            flush=True,
        )
    r2e = statistics.median(theirs)
    total = statistics.median(o["total"] for o in ours)
    fetch = statistics.median(o["fetch"] for o in ours)
    send = statistics.median(o["send"] for o in ours)
    print(f"{label}: {len(files)} feeds; rss2email delivered {items} entries in {emails} emails")
    print(f"  rss2email `r2e run`               median {r2e:6.2f} s")
    print(
        f"  digest fetch && digest send       median {total:6.2f} s"
        f"  (fetch {fetch:.2f} + send {send:.2f}; one email, 30 items summarised)"
    )
    print(f"  ratio digest / rss2email          {total / r2e:6.2f}   (goal ≤ 0.40)")
    paired = statistics.median(o["total"] / t for o, t in zip(ours, theirs, strict=True))
    print(
        f"  median of the runs' own ratios    {paired:6.2f}   (each run against the one beside it)"
    )
    if before:
        old = statistics.median(o["total"] for o in before)
        old_paired = statistics.median(o["total"] / t for o, t in zip(before, theirs, strict=True))
        print(
            f"  baseline {baseline}: median {old:.2f} s"
            f" (fetch {statistics.median(o['fetch'] for o in before):.2f}"
            f" + send {statistics.median(o['send'] for o in before):.2f});"
            f" ratio {old / r2e:.2f}, runs' own {old_paired:.2f}"
        )
    inside = statistics.median(o["total"] for o in warm)
    print(
        f"  the same in one warm process      median {inside:6.2f} s"
        f"  (fetch {statistics.median(o['fetch'] for o in warm):.2f}"
        f" + send {statistics.median(o['send'] for o in warm):.2f}; ratio {inside / r2e:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-real", action="store_true", help="Skip the real-feeds comparison.")
    parser.add_argument(
        "--cold-cache", action="store_true", help="An empty digest cache for every run."
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        metavar="DIR",
        help="Also time another digest source tree side by side (e.g. git archive COMMIT | tar -x"
        " -C DIR), run with PYTHONPATH=DIR.",
    )
    parser.add_argument(
        "--from-source",
        action="store_true",
        help="Run digest with the environment as is (no bytecode cache of its own).",
    )
    args = parser.parse_args()
    if not DIGEST.exists():
        sys.exit(f"{DIGEST} not found: install the project into this venv (pip install -e .)")
    with tempfile.TemporaryDirectory(prefix="vs-r2e-") as tmp:
        generated = Path(tmp) / "feeds"
        subprocess.run(
            [sys.executable, str(SHARED_BENCH / "make_feeds.py"), str(generated),
             "--pairs", "10", "--items", "50"],
            check=True,
        )  # fmt: skip
        cache = "an empty digest cache per run" if args.cold_cache else "the digest cache warm"
        env = bytecode_env(None if args.from_source else Path(tmp) / "pycache")
        code = "digest from source" if args.from_source else "digest from its own bytecode cache"
        print(
            f"load {os.getloadavg()[0]:.1f}; {args.runs} runs each, alternating; {cache}; {code}",
            flush=True,
        )
        compare("generated 20 × 50", generated, args.runs, env, args.cold_cache, args.baseline)
        if not args.no_real:
            real = Path(tmp) / "real"
            real.mkdir()
            for path in REAL_FEEDS.iterdir():
                if path.suffix in SERVED:
                    shutil.copy(path, real / path.name)
            compare(
                "real feeds of ../shared/data/feeds",
                real,
                args.runs,
                env,
                args.cold_cache,
                args.baseline,
            )
        imports = import_time(env)
    print(
        f"each digest process spends {imports:.2f} s starting Python and importing digest.cli.main"
    )
    print(f"load {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
