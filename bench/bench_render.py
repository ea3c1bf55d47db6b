"""How long rendering one issue takes, phase by phase, and what personalising costs per subscriber.

    .venv/bin/python bench/bench_render.py [--runs 200] [--items 20]

A 20-story issue is built from real feeds (../shared/data/feeds, as tests/test_render.py does).
Printed: medians (and 10th-90th percentiles) of wall time, and median CPU time, for each phase
of the email HTML (Jinja2 → MJML → inlining), the text part, the whole `render_issue` (email
HTML + text + web page), the first (cold) render in this process, and the per-subscriber
placeholder substitution.
Goals: total < 15 ms, personalisation < 0.2 ms. The machine is shared: read the medians.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_render import feed_issue, options, qp_size  # noqa: E402

from digest.model.types import PLACEHOLDER_NAME, PLACEHOLDER_UNSUBSCRIBE  # noqa: E402
from digest.render.engine import get_renderer  # noqa: E402
from digest.render.issue import DEFAULT_TEMPLATES_DIR, render_issue  # noqa: E402
from digest.render.message import personalise  # noqa: E402

Timings = tuple[list[float], list[float]]


def measure(fn: Callable[[], object], runs: int) -> Timings:
    """Wall-clock and CPU (this thread) milliseconds of `runs` calls.

    On a shared machine a call longer than a scheduler slice is often preempted, which inflates
    wall time; the CPU time says what the code itself costs.
    """
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        fn()
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return wall, cpu


def row(name: str, timings: Timings, goal: str = "") -> str:
    wall, cpu = timings
    deciles = statistics.quantiles(wall, n=10)
    median, median_cpu = statistics.median(wall), statistics.median(cpu)
    return (
        f"{name:<36} {median:8.3f} {deciles[0]:8.3f} {deciles[-1]:8.3f} {median_cpu:8.3f}  {goal}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    args = parser.parse_args()

    issue = feed_issue(args.items, 4)
    opts = options(images=True)

    start = time.perf_counter()
    rendered = render_issue(issue, opts)  # cold: templates compiled, inline styles computed
    cold_ms = (time.perf_counter() - start) * 1000

    renderer = get_renderer(DEFAULT_TEMPLATES_DIR)
    context = renderer.context(issue, opts, web=False)
    mjml = renderer.mjml(context)
    page, css = renderer.compile(mjml)

    name, url = "Ada Lovelace", "https://digest.example.org/unsubscribe/" + "x" * 43
    html, text = rendered.html, rendered.text

    def replace_both() -> None:
        for part in (html, text):
            part.replace(PLACEHOLDER_NAME, name).replace(PLACEHOLDER_UNSUBSCRIBE, url)

    def personalise_both() -> None:
        personalise(html, name=name, unsubscribe_url=url, is_html=True)
        personalise(text, name=name, unsubscribe_url=url, is_html=False)

    runs = args.runs
    results = [
        ("context (clean text, number links)", measure(lambda: renderer.context(
            issue, opts, web=False), runs), ""),
        ("Jinja2 → MJML source", measure(lambda: renderer.mjml(context), runs), ""),
        ("MJML → HTML (mjml-python)", measure(lambda: renderer.compile(mjml), runs), ""),
        ("inline CSS (cached premailer)", measure(lambda: renderer.inline(page, css), runs), ""),
        ("Jinja2 → text part", measure(lambda: renderer.text(context), runs), ""),
        ("total render_issue (html+text+web)", measure(lambda: render_issue(issue, opts), runs),
         "goal < 15 ms"),
        ("personalise: str.replace html+text", measure(replace_both, runs * 5), "goal < 0.2 ms"),
        ("personalise: message.personalise", measure(personalise_both, runs * 5), ""),
    ]  # fmt: skip

    print(f"render benchmark: {args.items} stories from real feeds, {runs} runs, images on")
    print(f"{'phase (ms)':<36} {'median':>8} {'p10':>8} {'p90':>8} {'cpu med':>8}")
    for name_, times, goal in results:
        print(row(name_, times, goal))
    print(f"{'first render in process (cold)':<36} {cold_ms:8.1f}")
    print()
    print(
        f"sizes: HTML {len(html) / 1024:.1f} KiB, quoted-printable {qp_size(html) / 1024:.1f} KiB "
        f"(limit 80 KiB for 20 stories), text {len(text) / 1024:.1f} KiB, "
        f"web page {len(rendered.web_html) / 1024:.1f} KiB"
    )
    thirty = render_issue(feed_issue(30, 6), opts)
    print(f"30 stories: quoted-printable {qp_size(thirty.html) / 1024:.1f} KiB (limit 100 KiB)")


if __name__ == "__main__":
    main()
