"""ROUGE and speed of `digest.compose.summarise` against Lead-3 and TextRank-3 on BBC News Summary.

Run from the project root:  .venv/bin/python bench/bench_summarise.py [--workers 2] [--repeats 3]
Splitter comparison:        .venv/bin/python bench/bench_summarise.py --splitters
(compares `split_sentences` with pysbd, sentencex and blingfire where those are importable, e.g.
with PYTHONPATH pointing at a `pip install --target` folder; none is a dependency.)

Data: ../shared/data/summaries/bbc_news_summary.jsonl (2,225 articles; reference = the raw
`summary` field). Scoring follows ../shared/data/tools/bbc_baselines.py: rouge-score F1 x 100,
Porter stemmer, candidate = the picked sentences joined by spaces. The "(ref. splitter)" rows use
that script's regex splitter and reproduce its figures; the other rows use `split_sentences`.
The summariser's weights were chosen on the even lines of the JSONL (0-based), so the odd lines are
a held-out half.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.compose.summarise import lead, split_sentences, summarise, textrank  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "summaries" / "bbc_news_summary.jsonl"
METRICS = ("rouge1", "rouge2", "rougeL")
_REF_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'A-Z0-9])")


def reference_split(text: str) -> list[str]:
    """The splitter of bbc_baselines.py, kept here to reproduce its published reference points."""
    return [s.strip() for s in _REF_SPLIT.split(text.replace("\n", " ")) if s.strip()]


def _pick(split: Callable[[str], list[str]], chooser: Callable[[list[str]], list[int]]):
    def run(row: dict) -> str:
        sentences = split(row["body"])
        return " ".join(sentences[i] for i in chooser(sentences))

    return run


SYSTEMS: dict[str, Callable[[dict], str]] = {
    "Lead-3 (ref. splitter)": _pick(reference_split, lead),
    "TextRank-3 (ref. splitter)": _pick(reference_split, textrank),
    "Lead-3": _pick(split_sentences, lead),
    "TextRank-3": _pick(split_sentences, textrank),
    "summarise (ours)": lambda row: " ".join(summarise(row["body"], row["title"], n=3)),
}


def time_system(run: Callable[[dict], str], rows: list[dict], repeats: int) -> float:
    """Median over repeats of the median per-article milliseconds (the machine is shared)."""
    medians = []
    for _ in range(repeats):
        times = []
        for row in rows:
            start = time.perf_counter()
            run(row)
            times.append(time.perf_counter() - start)
        medians.append(statistics.median(times) * 1000)
    return statistics.median(medians)


def _score_chunk(chunk: list[tuple[str, dict[str, str]]]) -> list[dict[str, tuple[float, ...]]]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    out = []
    for reference, candidates in chunk:
        scores = {}
        for name, candidate in candidates.items():
            result = scorer.score(reference, candidate)
            scores[name] = tuple(result[m].fmeasure for m in METRICS)
        out.append(scores)
    return out


def _mean(scores: list[tuple[float, ...]]) -> tuple[float, ...]:
    return tuple(100 * statistics.fmean(s[k] for s in scores) for k in range(len(METRICS)))


def _library_splitters() -> dict[str, Callable[[str], list[str]]]:
    found: dict[str, Callable[[str], list[str]]] = {}
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        found["pysbd 0.3"] = lambda t: [s.strip() for s in segmenter.segment(t) if s.strip()]
    except ImportError:
        pass
    try:
        import sentencex

        found["sentencex"] = lambda t: [s.strip() for s in sentencex.segment("en", t) if s.strip()]
    except ImportError:
        pass
    try:
        import blingfire

        found["blingfire"] = lambda t: [s for s in blingfire.text_to_sentences(t).split("\n") if s]
    except ImportError:
        pass
    return found


def compare_splitters(rows: list[dict], repeats: int) -> None:
    """Quality: share of the reference summaries' characters that whole split sentences cover
    (the references were cut from the articles by someone else's splitter), and the hand-written
    cases of tests/test_summarise.py. Speed: median ms per article."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("cases", ROOT / "tests" / "test_summarise.py")
    assert spec and spec.loader
    cases_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cases_module)
    cases = cases_module.SPLIT_CASES
    splitters = {"split_sentences (ours)": split_sentences, "bbc_baselines regex": reference_split}
    splitters.update(_library_splitters())
    print(f"{'splitter':24} {'sent/art':>8} {'ref chars covered':>18} {'cases':>7} {'ms/art':>7}")
    for name, split in splitters.items():
        covered = total = count = 0
        for row in rows:
            sentences = split(row["body"])
            count += len(sentences)
            covered += sum(len(s) for s in sentences if s in row["summary"])
            total += len(row["summary"])
        passed = sum(split(text) == expected for text, expected in cases)
        ms = time_system(lambda row, split=split: split(row["body"]), rows, repeats)
        print(
            f"{name:24} {count / len(rows):8.2f} {covered / total:18.4f} "
            f"{passed:3d}/{len(cases):<3d} {ms:7.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--splitters", action="store_true", help="compare sentence splitters")
    args = parser.parse_args()

    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    if args.splitters:
        compare_splitters(rows, args.repeats)
        return
    timings = {name: time_system(run, rows, args.repeats) for name, run in SYSTEMS.items()}
    candidates = [{name: run(row) for name, run in SYSTEMS.items()} for row in rows]
    work = [(row["summary"], cands) for row, cands in zip(rows, candidates, strict=True)]
    size = max(1, len(work) // (args.workers * 8))
    chunks = [work[i : i + size] for i in range(0, len(work), size)]
    with Pool(args.workers) as pool:
        scored = [s for part in pool.map(_score_chunk, chunks) for s in part]

    print(f"BBC News Summary, {len(rows)} articles, rouge-score F1 x 100 (Porter stemmer)")
    print(f"{'system':28} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'ms/article (median)':>20}")
    for name in SYSTEMS:
        r1, r2, rl = _mean([s[name] for s in scored])
        print(f"{name:28} {r1:6.2f} {r2:6.2f} {rl:6.2f} {timings[name]:20.3f}")
    print()
    print("halves (weights chosen on even lines; odd lines held out):")
    for name in ("Lead-3", "TextRank-3", "summarise (ours)"):
        for half, parity in (("even", 0), ("odd", 1)):
            r1, r2, rl = _mean([s[name] for k, s in enumerate(scored) if k % 2 == parity])
            print(f"  {name + ' ' + half:26} {r1:6.2f} {r2:6.2f} {rl:6.2f}")


if __name__ == "__main__":
    main()
