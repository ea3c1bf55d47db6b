"""Page by page, whether two `bench_sets.py run` outputs hold the same texts, byte for byte.

    .venv/bin/python bench/diff_texts.py START.json.gz NEW.json.gz

A speed change must leave every text as it was: `bench_sets.py compare` prints F1s, which two
different texts can share. This prints each page whose text differs, the seeds compared and
the seeds either file lacks; exit status 1 if a text differs or a seed of NEW is not in START.
"""

from __future__ import annotations

import gzip
import json
import sys


def _load(path: str) -> dict[str, dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        loaded: dict[str, dict[str, str]] = json.load(f)
    return loaded


def main() -> int:
    start, new = _load(sys.argv[1]), _load(sys.argv[2])
    pages = differ = 0
    for key, texts in new.items():
        for page, text in texts.items():
            pages += 1
            if start.get(key, {}).get(page) != text:
                differ += 1
                print(f"differs: {key} {page}")
    lacking = sorted(set(new) - set(start))
    print(
        f"{len(new)} seeds, {pages} pages: {differ} texts differ; seeds not in {sys.argv[1]}: "
        f"{lacking}; seeds only there: {sorted(set(start) - set(new))}"
    )
    return 1 if differ or lacking else 0


if __name__ == "__main__":
    sys.exit(main())
